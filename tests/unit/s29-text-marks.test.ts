import { describe, expect, it } from 'vitest';
import { mayHoldMarks } from '../../ingest/parse/markdown.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

/** mayHoldMarks reads a text by its codes: it must answer as the pattern of its marks does. */
const MARK_CHARACTER = /[[\]*_¹²³⁰⁴-⁹^]/;

describe('mayHoldMarks: whether a text holds a Markdown or citation mark', () => {
  it('answers as the pattern does for every character of the BMP, alone and inside words', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      for (const text of [character, `words ${character} words`]) expect(mayHoldMarks(text), `U+${code.toString(16)}`).toBe(MARK_CHARACTER.test(text));
    }
  });

  it('answers as the pattern does for the fixture lines, and for an empty text', () => {
    for (const line of [...fixtureLines(), '']) expect(mayHoldMarks(line), line).toBe(MARK_CHARACTER.test(line));
  });
});
