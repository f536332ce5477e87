/**
 * Cheap tests of a line's first (or last) character asked before a pattern: isBylineLine by
 * openingTest and the last-character table, withCredits by opensWithDash (isCommentsHeading asks
 * its pattern alone, checked here too). A guard
 * that refused a line its pattern matches would change what becomes a document: each must admit
 * every match, on the fixtures' lines and on lines of each pattern.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { isBylineLine, isCommentsHeading } from '../../ingest/parse/boilerplate.ts';
import { CREDIT_LINE, opensWithDash, withCredits } from '../../ingest/parse/credits.ts';
import type { Block } from '../../ingest/parse/blocks.ts';

describe('isCommentsHeading', () => {
  it('finds the headings over readers’ comments, in any case, with ſ for s as `iu` reads it', () => {
    for (const line of ['3 thoughts on “The bridge saga”', 'One response to “Bridge”', 'TWO COMMENTS ON “X”', 'ſix replies to “Y”', 'Discussion about this post', 'discussion about this story', '12 Reactions to "Z"']) {
      expect(isCommentsHeading(line), line).toBe(true);
    }
    for (const line of ['“3 thoughts on the bridge”', 'The discussion about this post', 'Three thoughts', '']) expect(isCommentsHeading(line), line).toBe(false);
  });
});

describe('isBylineLine', () => {
  it('finds bylines with `By` and names with a desk', () => {
    for (const line of ['By Sam Ortiz, Staff Writer', 'by Ana Ruiz | Reuters', 'BY JANE DOE', 'Edited by Owen Pryce and Farah Nadeem', 'prepared by Dr. Miriam Okonjo', 'Eleanor Pryce Transport correspondent', 'Kim Sato, Staff Writer', 'Élise Marchand, Senior Reporter']) {
      expect(isBylineLine(line), line).toBe(true);
    }
    for (const line of ['By Tuesday, Ostbury had no bridge.', 'Kim Sato, Staff Writers', 'The writer', '']) expect(isBylineLine(line), line).toBe(false);
  });
});

describe('opensWithDash', () => {
  it('admits every credit line of the fixtures and of each dash', () => {
    const lines = [...fixtureLines(), ...['—', '–', '―', '--', '-'].flatMap((dash) => [`${dash} Martin Greaves`, `${dash}Peggy Hayes, 2003`, `${dash} @hosei`])];
    let credits = 0;
    for (const line of lines) {
      if (!CREDIT_LINE.test(line)) continue;
      credits += 1;
      expect(opensWithDash(line), line).toBe(true);
    }
    expect(credits).toBeGreaterThanOrEqual(12);
    for (const line of ['Martin Greaves', '“— Martin”', ' — Martin', '']) expect(opensWithDash(line), line).toBe(false);
  });

  it('leaves withCredits joining a credit to its quotation', () => {
    const blocks: Block[] = [
      { kind: 'blockquote', text: 'We will fight this all the way.', gapBefore: 1 },
      { kind: 'paragraph', text: '― Martin Greaves', gapBefore: 1 },
      { kind: 'paragraph', text: '“Never again.”', gapBefore: 1 },
      { kind: 'paragraph', text: '-- Helen Osei, 2003', gapBefore: 1 },
    ];
    expect(withCredits(blocks).map((block) => block.text)).toEqual(['“We will fight this all the way.” — Martin Greaves', '“Never again.” — Helen Osei, 2003']);
  });
});
