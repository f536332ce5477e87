/**
 * blockText's test of whether a page's text needs cleaning, its two classes of one character made
 * one (MAY_CHANGE_IN_BLOCK): it must find what the two patterns it was built of find, no more.
 */
import { describe, expect, it } from 'vitest';
import { MAY_CHANGE_IN_BLOCK } from '../../ingest/parse/html-blocks.ts';
import { CITATION_MARK_CHARACTER } from '../../ingest/parse/markdown.ts';
import { UNTIDY_SPACE } from '../../ingest/parse/normalize-text.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

const asBothPatterns = (text: string) => CITATION_MARK_CHARACTER.test(text) || UNTIDY_SPACE.test(text);

describe('MAY_CHANGE_IN_BLOCK (citation marks and untidy white space in one class)', () => {
  it('finds every citation mark and every untidy space, and not a tidy text', () => {
    for (const text of ['[12]', 'unsafe.¹', '40 m²', '⁴', '^3', 'a\tb', 'a\nb', 'a\u00a0b', 'a\u2009b', 'a\u3000b', 'a\ufeffb', 'a  b', 'a \nb']) expect(MAY_CHANGE_IN_BLOCK.test(text), text).toBe(true);
    for (const text of ['Council approves the plan.', ' leading', 'trailing ', '', '“We will fight,” Lin said — again.']) expect(MAY_CHANGE_IN_BLOCK.test(text), text).toBe(false);
  });
  it('answers as the two patterns for every character, alone, after or before a space, and among letters', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      for (const text of [character, ` ${character}`, `${character} `, `a${character}b`]) if (MAY_CHANGE_IN_BLOCK.test(text) !== asBothPatterns(text)) expect(MAY_CHANGE_IN_BLOCK.test(text), `U+${code.toString(16)}`).toBe(asBothPatterns(text));
    }
  });
  it('answers as the two patterns on every fixture line', () => {
    for (const line of fixtureLines()) for (const text of [line, line.replaceAll(' ', '  '), line.replaceAll(' ', '\t')]) expect(MAY_CHANGE_IN_BLOCK.test(text), text).toBe(asBothPatterns(text));
  });
});
