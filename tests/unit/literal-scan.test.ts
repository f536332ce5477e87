/**
 * literalFinder stands in for an alternation of literals with the `i` flag: the same answer on
 * every text, or furniture would silently pass as documents (or documents go as furniture).
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { holdsAnyUnanchoredGuard } from '../../ingest/parse/boilerplate.ts';
import { literalFinder } from '../../ingest/parse/literal-scan.ts';

const escaped = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (literals: string[]) => new RegExp(literals.map(escaped).join('|'), 'i');

/** A small generator of the same numbers on every run. */
function randomOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}


/**
 * 20,000 texts of up to `longest` characters drawn from `alphabet`: the finder answers each as the
 * alternation does, and both answers are well represented among them.
 */
function expectAgreementOnRandomTexts(finder: (text: string) => boolean, reference: RegExp, { alphabet, longest, seed }: { alphabet: string[]; longest: number; seed: number }): void {
  const random = randomOf(seed);
  let found = 0;
  for (let sample = 0; sample < 20000; sample += 1) {
    const length = Math.floor(random() * (longest + 1));
    let text = '';
    for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
    expect(finder(text), text).toBe(reference.test(text));
    if (reference.test(text)) found += 1;
  }
  expect(found).toBeGreaterThan(2000);
  expect(found).toBeLessThan(18000);
}

describe('literalFinder', () => {
  const literals = ['favor', 'favour', 'inbox', 'reader-', 'min', 'from ', 'sign up', 'if you can', 'ifs', 'fab', 'abab', '501(c)', ':', '©'];
  const finder = literalFinder(literals);
  const reference = alternation(literals);

  it('finds a literal anywhere, in either case, and nothing else', () => {
    expect(finder('Please do us a FaVoUr today')).toBe(true);
    expect(finder('a 501(C) nonprofit')).toBe(true);
    expect(finder('© 2024')).toBe(true);
    expect(finder('admin')).toBe(true);
    expect(finder('fro')).toBe(false);
    expect(finder('sign  up')).toBe(false);
    expect(finder('')).toBe(false);
  });

  it('matches no character beyond ASCII to an ASCII letter, as `i` without `u` does not', () => {
    // The long s, the kelvin sign, the dotted and dotless i: upper or lower case of an ASCII letter.
    for (const text of ['ſign up', 'iſ you can', 'İf you can', 'ıf you can', 'Mİn', 'mın', 'readerー']) {
      expect(finder(text), text).toBe(reference.test(text));
      expect(finder(text), text).toBe(false);
    }
  });

  it('agrees with the alternation on random texts of the literals’ characters, overlaps and all', () => {
    const alphabet = [...new Set(literals.join('') + literals.join('').toUpperCase() + 'xſK')];
    expectAgreementOnRandomTexts(finder, reference, { alphabet, longest: 13, seed: 7 });
  });

  it('finds a literal that ends inside another one’s path, on random texts of few characters', () => {
    // `bc` inside `abcd`, `bab` and `ab` inside `abab`: the automaton's suffixes at work.
    const overlapping = ['abcd', 'bc', 'abab', 'bab', 'cab', 'dd'];
    const overlappingFinder = literalFinder(overlapping);
    const overlappingReference = alternation(overlapping);
    expect(overlappingFinder('xabce')).toBe(true);
    expect(overlappingFinder('abac')).toBe(false);
    expectAgreementOnRandomTexts(overlappingFinder, overlappingReference, { alphabet: [...'abcdABCD x'], longest: 8, seed: 11 });
  });

  it('agrees with the alternation on every line of the fixtures', () => {
    const words = literalFinder(['support', 'inbox', 'photo by', 'more about', 'code', ':', '@', '©']);
    const wordsReference = alternation(['support', 'inbox', 'photo by', 'more about', 'code', ':', '@', '©']);
    for (const line of fixtureLines()) expect(words(line), line).toBe(wordsReference.test(line));
  });

  it('refuses what it would not read as the alternation does', () => {
    expect(() => literalFinder(['Inbox'])).toThrow();
    expect(() => literalFinder(['café'])).toThrow();
    expect(() => literalFinder([''])).toThrow();
    expect(literalFinder([])('anything')).toBe(false);
  });
});

describe('holdsAnyUnanchoredGuard', () => {
  // The one regular expression it replaced, word for word.
  const REPLACED =
    /favou?r|unlike|support|inbox|permission|deductible|reader-|cookies|commission|affiliate|:|\/|getty images|shutterstock|ap photo|photo by|photograph by|picture by|contributed|@|min|more about|contacted|reach |if you can|unsubscribe|sign up|patreon|501\(c\)|like you|as little as|inbox|small favo|funded by readers|from |make a |subscribe |creative commons|cc by|all rights reserved|©|podcasts|code|javascript|\d[\d ]{6}|\d{5}|\b(?:116|988)\b|\d-\d{3}-/i;

  it('says what the single regular expression said, on every line of the fixtures', () => {
    let held = 0;
    for (const line of fixtureLines()) {
      expect(holdsAnyUnanchoredGuard(line), line).toBe(REPLACED.test(line));
      if (REPLACED.test(line)) held += 1;
    }
    expect(held).toBeGreaterThan(20);
  });

  it('says what it said on each of its words and numbers, in any case and place', () => {
    const samples = ['FAVOR', 'a Favour', 'Reader-funded', 'x:y', 'a/b', 'Getty Images', 'AP Photo', 'Admin', 'reach out', 'Reach', '501(c)(3)', 'call 0800 123 4567', '12345', 'on 116 123', 'a1166', '988', '1-800-', 'sign-up', 'Sign Up', 'subscribe', 'Subscribe now', 'from', 'From here', 'PodCasts', 'JavaScript', '©', 'nothing here', 'ſign up'];
    for (const sample of samples) expect(holdsAnyUnanchoredGuard(sample), sample).toBe(REPLACED.test(sample));
  });
});
