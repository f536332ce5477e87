/**
 * The furniture patterns are asked as unions chosen by a block's first character, those holding a
 * Unicode property in unions of their own shared by every opening (unionsByOpening in
 * boilerplate.ts). A block whose union left out a pattern that matches it would silently become a
 * document: the unions a line is asked must say what all the patterns say.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { UNITED_PATTERNS, unionsByOpeningOf } from '../../ingest/parse/boilerplate.ts';


describe('unionsByOpeningOf', () => {
  const says = (line: string) => unionsByOpeningOf(line).some((union) => union.test(line));
  const all = (line: string) => UNITED_PATTERNS.some((pattern) => pattern.test(line));

  it('says what the patterns say, on every short line of the fixtures', () => {
    let furniture = 0;
    for (const line of fixtureLines().filter((line) => line.length <= 200)) {
      expect(says(line), line).toBe(all(line));
      if (all(line)) furniture += 1;
    }
    expect(furniture).toBeGreaterThan(20);
  });

  it('asks the patterns holding a Unicode property at each of their openings', () => {
    // Those that need a separator (`Club Media · 21 May 2024`) are asked behind NAME_LED_GUARD: s29-furniture-separated.test.ts;
    // a quoted title's `“…” redirects here` behind its words: s29-furniture-quote-opening.test.ts.
    const lines = [
      'By Jane Doe, Staff Writer',
      'Edited by Owen Pryce and Farah Nadeem',
      'Posted by Ana Ruiz',
      'Words by Elodie Marchetti · Photographs by Sam Oyelaran',
      'More about Maren Oduya',
      'Follow NBS North East on Facebook, Twitter and Instagram.',
      'Proudly powered by WordPress',
      'SOURCE Lumora Biosystems, Inc.',
      'Download the Ostbury Echo app for more updates.',
      'Like us on Facebook',
      'Join the Ostbury Echo on WhatsApp',
      '📲📲',
      'Translated from the Romanian original published by Recorder',
      '© 2024 Daily Clarion',
      '↑ Smith, J. (2020).',
      '— · —',
    ];
    for (const line of lines) {
      expect(all(line), line).toBe(true);
      expect(says(line), line).toBe(true);
    }
  });

  it('says the same of blocks opening beyond ASCII, past the characters given unions of their own', () => {
    const openings = [...'“”‘’«»—–·•©®™€£¥§¶†‡…↑→►▶✓ÉéÀàÖöÇçŁłΣσДд'].concat(Array.from({ length: 300 }, (_unused, index) => String.fromCodePoint(0x4e00 + index)), ['📲', '👉', '𝕏']);
    const tails = ['', ' Photo: Jane Doe', 'The Bridge” redirects here. For the film, see The Bridge (film).', ' Read more', 'lise Marchand · 3 June 2024', ' 2024 Daily Clarion. All rights reserved.'];
    for (let round = 0; round < 2; round += 1) {
      for (const opening of openings) for (const tail of tails) expect(says(opening + tail), opening + tail).toBe(all(opening + tail));
    }
    for (const line of fixtureLines().filter((line) => line.length <= 200)) expect(says(line), line).toBe(all(line));
  });
});
