import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, isPlainLongWord, lettersAndStopsBefore, splitSentences } from '../../ingest/parse/sentences.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('parser helpers of the CPU work (session 29, speakers)', () => {
  // The reading isPlainLongWord spares: the word cut out, lower-cased, its last full stop dropped,
  // then looked up and tried as one letter or as initials.
  const mayBeAbbreviationOrInitial = (text: string, start: number, end: number) => {
    const word = text.slice(start, end).toLowerCase().replace(/\.$/, '');
    return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  };

  it('isPlainLongWord holds only of words no abbreviation or initial is, on the fixtures', () => {
    let plain = 0;
    let other = 0;
    for (const line of fixtureLines()) {
      for (let index = 0; index < line.length; index += 1) {
        if (!'.!?…'.includes(line[index]!)) continue;
        const start = lettersAndStopsBefore(line, index, Math.max(0, index - 64));
        if (isPlainLongWord(line, start, index)) {
          plain += 1;
          expect(mayBeAbbreviationOrInitial(line, start, index), line.slice(start, index)).toBe(false);
        } else other += 1;
      }
    }
    // Both answers are given on the fixtures.
    expect(plain).toBeGreaterThan(100);
    expect(other).toBeGreaterThan(100);
  });

  it('isPlainLongWord: longer than every abbreviation and without a full stop', () => {
    const plain = (word: string) => isPlainLongWord(`${word}.`, 0, word.length);
    expect(plain('council')).toBe(true);
    expect(plain('Yesterday')).toBe(true);
    for (const abbreviation of ABBREVIATIONS) {
      expect(plain(abbreviation)).toBe(false);
      expect(plain(abbreviation.toUpperCase())).toBe(false);
    }
    expect(plain('approx')).toBe(false);
    expect(plain('H.R.M.S')).toBe(false);
    expect(plain('Corp.Ltd')).toBe(false);
  });

  it('lower-casing shortens no character, within or beyond the basic plane', () => {
    const shortened: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (character.toLowerCase().length < character.length) shortened.push(code);
    }
    expect(shortened).toEqual([]);
  });

  it('splitSentences still keeps abbreviations and initials inside a sentence', () => {
    const text = 'Sen. Ana Ruiz met Dr. J. Hale in the U.S. capital yesterday. The meeting ran late.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(['Sen. Ana Ruiz met Dr. J. Hale in the U.S. capital yesterday.', 'The meeting ran late.']);
  });
});
