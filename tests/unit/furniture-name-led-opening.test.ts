/**
 * openingTest answers whether a text's first character may open a match of some patterns, from a
 * table (boilerplate.ts asks it before scanning for the name-led lines' words). A text it wrongly
 * rules out is never asked the patterns: furniture would silently become a document.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { isBoilerplate, openingTest } from '../../ingest/parse/boilerplate.ts';


describe('openingTest', () => {
  const patterns = [/^(?:(?:follow|find) )?\p{Lu}[a-z]+ on X$/u, /^[Bb]y the \p{Lu}/u, /^\(?photo:/i];
  const opens = openingTest(patterns);

  it('admits every character a pattern may open with, in its flags, beyond ASCII too', () => {
    for (const text of ['Jane on X', 'follow Jane on X', 'find', 'by the', 'By', 'Élise', 'Σ', '𝐀x', '(photo', 'PHOTO', 'Photo', '']) expect(opens(text), text).toBe(true);
    for (const text of ['“Jane', 'jane', '1 Jane', ' Jane', 'é', 'σ', '📲 x', 'x']) expect(opens(text), text).toBe(false);
  });

  it('admits the first character of every match in the fixtures, and of lines opening beyond ASCII', () => {
    const lines = fixtureLines();
    const beyond = [...'“”«—–·•©ÉéÀÖöÇŁΣσДд↑►'].concat(Array.from({ length: 300 }, (_unused, index) => String.fromCodePoint(0x4e00 + index)), ['📲', '𝐀', '𝕏']);
    const texts = [...lines, ...[...'AaBbFfJ'].concat(beyond).flatMap((opening) => [`${opening}ane on X`, `${opening}lise Marchand covers health`, `${opening}y the Press`, `${opening}hoto: AP`])];
    let matched = 0;
    for (const pattern of [...patterns, /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)+ (?:is|covers)\b/u]) {
      const test = openingTest([pattern]);
      for (const text of texts) {
        if (!pattern.test(text)) continue;
        matched += 1;
        expect(test(text), `${pattern} on ${text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20);
  });

  it('gives way to any text when a pattern may open with anything', () => {
    const any = openingTest([/^\p{Lu}/u, /jane/]);
    expect(any('“Jane')).toBe(true);
    expect(any('1')).toBe(true);
  });
});

describe('isBoilerplate on name-led lines', () => {
  it('still finds them where they open with a capital, beyond ASCII too', () => {
    for (const line of ['Jane Doe is on X as @janedoe', 'Home | News | Sport | Business', 'Jane Doe, Associated Press', 'By the Associated Press', 'Élise Marchand | Reuters', 'Jane Doe is a senior reporter covering health for the Ostbury Echo.', 'Follow Jane Doe on X: @janedoe', 'Tom Reid is the Echo’s Local Democracy Reporter.']) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });
});
