import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../ingest/parse/text-blocks.ts';

/**
 * textToBlocks reads table rows only in a text holding a tab, a bar or a carriage return, and
 * collapses a paragraph's joined lines again only in a text with Markdown or citation marks: each
 * kind of text below must read as it did when every text was read the long way.
 */
describe('textToBlocks: the short ways for plain texts', () => {
  it('reads a tab-separated table dated in its first cell', () => {
    const blocks = textToBlocks('Timeline of the pool\n\nDate\tEvent\n14 September 2021\tThe council votes to close the pool.\n3 May 2022\tThe pool reopens.\n');
    expect(blocks.map((block) => block.text)).toEqual(['Timeline of the pool', '14 September 2021 — The council votes to close the pool.', '3 May 2022 — The pool reopens.']);
  });

  it('reads a Markdown pipe table, its column labels and rule row dropped', () => {
    const blocks = textToBlocks('Timeline of the pool\n\n| Date | Event |\n|---|---|\n| 14 September 2021 | The council votes to close the pool. |\n| 3 May 2022 | The pool reopens. |\n');
    expect(blocks.map((block) => block.text)).toEqual(['Timeline of the pool', '14 September 2021 — The council votes to close the pool.', '3 May 2022 — The pool reopens.']);
  });

  it('splits lines at CRLF and at a lone CR', () => {
    const crlf = textToBlocks('The council met on Tuesday and the long\r\nmeeting ran late into the night.\r\n\r\nIt voted to close the pool.\r\n');
    expect(crlf.map((block) => block.text)).toEqual(['The council met on Tuesday and the long meeting ran late into the night.', 'It voted to close the pool.']);
    const cr = textToBlocks('The council met on Tuesday.\r\rIt voted to close the pool.');
    expect(cr.map((block) => block.text)).toEqual(['The council met on Tuesday.', 'It voted to close the pool.']);
  });

  it('joins a plain paragraph collapsed, a word broken at a hyphen joined again', () => {
    const blocks = textToBlocks('The council met   on Tuesday and the investi-\ngation  went on  into the night.\n\nIt voted.\n');
    expect(blocks.map((block) => block.text)).toEqual(['The council met on Tuesday and the investigation went on into the night.', 'It voted.']);
  });

  it('collapses a marked paragraph once its marks are gone', () => {
    const blocks = textToBlocks('The council met on **Tuesday**  and\nthe *meeting* ran late.[12]\n\nIt voted.\n');
    expect(blocks.map((block) => block.text)).toEqual(['The council met on Tuesday and the meeting ran late.', 'It voted.']);
  });
});
