/**
 * sequenceFinder stands in for an alternation of short patterns (`favou?r` with `i`, `\d{5}`,
 * `\bAP\b`), and holdsAnyFurnitureGuard for three guards of isBoilerplate read at once: the same
 * answer on every text, or furniture would silently pass as documents (or documents go as furniture).
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { holdsAnyFurnitureGuard, holdsAnyUnanchoredGuard, isBoilerplate, NAME_LED_GUARD } from '../../ingest/parse/boilerplate.ts';
import { asWord, caseless, sequenceFinder, WORD_EDGE } from '../../ingest/parse/sequence-scan.ts';

/** A small generator of the same numbers on every run. */
function randomOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `count` texts of up to `longest` pieces drawn from `pieces`. */
function randomTexts(pieces: string[], { count, longest, seed }: { count: number; longest: number; seed: number }): string[] {
  const random = randomOf(seed);
  return Array.from({ length: count }, () => {
    const length = Math.floor(random() * (longest + 1));
    let text = '';
    for (let index = 0; index < length; index += 1) text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

/** The finder answers each text as the reference does, and both answers are well represented. */
function expectAgreement(finder: (text: string) => boolean, reference: (text: string) => boolean, texts: string[]): void {
  let found = 0;
  for (const text of texts) {
    expect(finder(text), JSON.stringify(text)).toBe(reference(text));
    if (reference(text)) found += 1;
  }
  expect(found).toBeGreaterThan(texts.length / 10);
  expect(found).toBeLessThan((texts.length * 9) / 10);
}

describe('sequenceFinder', () => {
  const finder = sequenceFinder([caseless('ab'), caseless('ba:'), ['0123456789', '0123456789 ', '0123456789'], asWord('Cd'), asWord('1'), ['@'], [WORD_EDGE, 'x']]);
  // The caseless sequences with `i`, the others without.
  const reference = (text: string) => /ab|ba:/i.test(text) || /\d[\d ]\d|\bCd\b|\b1\b|@|(?:^|\W)x/.test(text);

  it('finds each kind of sequence, and nothing else', () => {
    expect(finder('xx AB yy')).toBe(true);
    expect(finder('Ba:')).toBe(true);
    expect(finder('1 2')).toBe(true);
    expect(finder('Cd')).toBe(true);
    expect(finder('(Cd)')).toBe(true);
    expect(finder('cd')).toBe(false);
    expect(finder('Cde')).toBe(false);
    expect(finder('aCd')).toBe(false);
    expect(finder('_Cd')).toBe(false);
    expect(finder('é1é')).toBe(true);
    expect(finder('21')).toBe(false);
    expect(finder('x')).toBe(true);
    expect(finder('yx')).toBe(false);
    expect(finder('')).toBe(false);
  });

  it('agrees with the patterns on random texts of their characters, letters in both cases, word and other characters', () => {
    const pieces = [...'abABcdCDxX:01 2@_é-', 'Cd', ' Cd ', ' 1 ', 'ba:'];
    expectAgreement(finder, reference, randomTexts(pieces, { count: 20000, longest: 7, seed: 3 }));
  });

  it('matches no character beyond ASCII to an ASCII letter, as `i` without `u` does not', () => {
    const words = sequenceFinder([caseless('sk')]);
    for (const text of ['ſk', 'sK', 'SK', 'sK', 'ſK']) expect(words(text), text).toBe(/sk/i.test(text));
  });

  it('reads a word edge as `\\b` beside a word: any character but [A-Za-z0-9_], and the text’s ends', () => {
    const word = sequenceFinder([asWord('AP')]);
    const edges = ['', ' ', '.', '_', 'a', 'Z', '9', 'é', '“', '\n', '-'];
    for (const before of edges) for (const after of edges) expect(word(`${before}AP${after}`), `${before}AP${after}`).toBe(/\bAP\b/.test(`${before}AP${after}`));
  });

  it('refuses what it would not read as a pattern does', () => {
    expect(() => sequenceFinder([[]])).toThrow();
    expect(() => sequenceFinder([['a', '']])).toThrow();
    expect(() => sequenceFinder([['😀']])).toThrow();
    expect(sequenceFinder([])('anything')).toBe(false);
  });
});

describe('holdsAnyFurnitureGuard', () => {
  const reference = (text: string) => holdsAnyUnanchoredGuard(text) || NAME_LED_GUARD.test(text);

  it('says what holdsAnyUnanchoredGuard or NAME_LED_GUARD says, on every line of the fixtures', () => {
    let held = 0;
    for (const line of fixtureLines()) {
      expect(holdsAnyFurnitureGuard(line), line).toBe(reference(line));
      if (reference(line)) held += 1;
    }
    expect(held).toBeGreaterThan(100);
  });

  it('says what they say on each of their words, numbers and marks, in any case and place', () => {
    const samples = [
      'FAVOR', 'a Favour', 'Reader-funded', 'x:y', 'a/b', 'Getty Images', 'AP Photo', 'Admin', 'reach out', 'Reach', '501(c)(3)', 'call 0800 123 4567', '12345', 'on 116 123', 'a1166', '116', '988', '9880', '1-800-', 'sign-up', 'Sign Up',
      'Jane Doe is a reporter', 'Jane Doe is an editor', 'this is about', 'his army', 'Kim covers transport', 'Kim Covers', 'Jane Doe, Associated Press', 'AP', 'APPROVED', 'CAP', 'AFP.', 'the Newsroom', 'News', 'PA Media', 'PA Medias', 'Press', 'press', 'Home | News', 'a · b', 'a • b', 'a » b', 'a › b', 'a > b', '@jane', 'Bloomberg', 'writes about', 'Wire_', 'Wire-', 'nothing here', 'ſign up',
    ];
    for (const sample of samples) expect(holdsAnyFurnitureGuard(sample), sample).toBe(reference(sample));
  });

  it('agrees with them on random texts of their pieces', () => {
    const pieces = ['is', ' a', 'an', ' the', 'AP', 'P', 'A', 'News', 'Press', 'min', 'sign', ' up', '1', '6', '9', '8', '0', ' ', '-', '_', 'x', 'é', '|', ':', 'Wire', 'd'];
    expectAgreement(holdsAnyFurnitureGuard, reference, randomTexts(pieces, { count: 20000, longest: 6, seed: 5 }));
  });

  it('leaves isBoilerplate marking furniture behind each guard', () => {
    for (const line of ['Jane Doe, Associated Press', 'Home | News | Sport | Business', 'Photo: Jane Doe', 'If you need support, call 0800 123 4567.', 'Jane Doe is a senior reporter covering health for the Ostbury Echo.', 'By Jane Doe']) {
      expect(isBoilerplate(line), line).toBe(true);
    }
    expect(isBoilerplate('Jane Doe approved the budget on Tuesday.')).toBe(false);
  });
});
