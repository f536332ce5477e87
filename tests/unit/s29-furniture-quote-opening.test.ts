/**
 * A wiki's hatnote on a quoted title (`“The Bridge” redirects here. …`) is asked behind its words
 * among the guarded patterns, not in the unions by opening (boilerplate.ts): a block opening with
 * a quotation mark is asked no union. The hatnote must still be found, in any case and with
 * either quotation mark, and a story's quotation must not be taken for it.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { isBoilerplate, unionsByOpeningOf } from '../../ingest/parse/boilerplate.ts';

const HATNOTE = /^["“][^"“”]{1,60}["”] redirects here\b.{0,120}$/i;

describe('a quoted title’s hatnote', () => {
  it('is still furniture, in any case and with either mark', () => {
    for (const line of ['“The Bridge” redirects here. For the film, see The Bridge (film).', '"Ostbury strike" redirects here. For other uses, see Ostbury (disambiguation).', '“Harbour Affair” REDIRECTS HERE.', '"X" Redirects Here', '“Bridge" redirects here']) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it('is not a story’s quotation that mentions a redirect', () => {
    for (const line of ['“The traffic redirects here every morning,” she said.', '“We will fight this all the way.”', '"Redirects here" was the sign’s only text.', '“The Bridge” redirects here, the council said, to a page on a different bridge entirely and at great length beyond what any hatnote would ever say about it.']) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('agrees with its pattern on every short line of the fixtures that opens with a quotation mark', () => {
    let quoted = 0;
    for (const line of fixtureLines().filter((line) => line.length <= 200 && /^["“]/.test(line))) {
      quoted += 1;
      if (HATNOTE.test(line)) expect(isBoilerplate(line), line).toBe(true);
    }
    expect(quoted).toBeGreaterThan(10);
  });

  it('leaves a block opening with “ no union to ask', () => {
    expect(unionsByOpeningOf('“We will fight this all the way.”')).toEqual([]);
  });
});
