/**
 * patternsByLastCode / patternsByLastCharacterOf choose the patterns a block is asked by its last
 * character from a table (boilerplate.ts, BY_LAST_CHARACTER). A pattern left out would never be
 * asked: furniture would silently become a document.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { isBoilerplate, patternsByLastCharacterOf, patternsByLastCode } from '../../ingest/parse/boilerplate.ts';

type ByLast = Array<[lastCharacters: string, pattern: RegExp]>;
/** What isAnchoredFurniture asked before the table: each entry whose characters hold the last one. */
const byIncludes = (byLast: ByLast, text: string) => {
  const last = text[text.length - 1];
  return byLast.filter(([lastCharacters]) => last !== undefined && lastCharacters.includes(last)).map(([, pattern]) => pattern);
};

describe('patternsByLastCharacterOf', () => {
  const a = /a$/;
  const b = /b$/;
  const c = /c$/;
  const byLast: ByLast = [['0123456789', a], ['eE', b], ['tr…', c], ['9t', b]];
  const table = patternsByLastCode(byLast);

  it('asks exactly the entries whose characters hold the last one, in their order', () => {
    const endings = ['', '0', '5', '9', 'e', 'E', 't', 'r', '…', 'x', 'T', 'R', '.', ' ', '“', '’', 'é', '\u2025', '\u2027', '𝕏', '\uD835', '\uDD4F'];
    for (const ending of endings) {
      for (const text of [ending, `Jane Doe${ending}`]) expect(patternsByLastCharacterOf(text, table), JSON.stringify(text)).toEqual(byIncludes(byLast, text));
    }
  });

  it('refuses a character of two code units, which a table by code cannot hold', () => {
    expect(() => patternsByLastCode([['𝕏', a]])).toThrow();
  });

  it('asks the furniture patterns of the fixtures’ lines by their last character as before', () => {
    let asked = 0;
    for (const line of fixtureLines()) {
      const patterns = patternsByLastCharacterOf(line);
      if (patterns.length > 0) asked += 1;
      const last = line[line.length - 1]!;
      expect(patterns.length > 0, line).toBe(/[0-9eEtr]/.test(last));
    }
    expect(asked).toBeGreaterThan(50);
  });

  it('still finds the furniture asked by its last character', () => {
    for (const line of ['Northfield Water Board – Independent Review Page 7', 'The Guardian - Back to home', 'Eleanor Pryce Transport correspondent', 'Kim Sato, Staff Writer', 'Tom Reid, Political Editor']) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });
});
