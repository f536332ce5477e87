/** Furniture read in session 24: a news page's sign-off and share chrome at a plain text's end, and its timestamp at the top. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;

describe('sign-off furniture at a plain text’s end', () => {
  const story = 'Council votes to close pool\n\nThe council voted on Tuesday to close the pool.\n\nIt will reopen in May.\n';
  for (const [label, tail] of [
    ['with blank lines', '\nExplore more on these topics\n\nOstbury\nLocal government\n\nShare\n\nReuse this content\n\nMost viewed\n\ncomments (123)\n'],
    ['a line each', 'Explore more on these topics\nOstbury\nLocal government\nShare\nReuse this content\nMost viewed\nComments (123)\n'],
  ] as const) {
    it(`makes no document of the share and topic chrome (${label})`, () => {
      const texts = parseText(story + tail).map((d) => d.text);
      expect(texts).toEqual(['The council voted on Tuesday to close the pool.', 'It will reopen in May.']);
    });
  }
});

describe('a live blog copied as text, its page stamped once at the top', () => {
  const blog = (stamp: string) =>
    `Council live: pool vote\n\n${stamp}\n\nThe council meets tonight to decide the pool's future.\n\n18.02 BST\n\nThe council voted 7-5 to close the pool.\n\n17.45 BST\n\nCampaigners gathered outside the town hall.\n`;

  it('dates the posts stamped with times only by the page’s timestamp line', () => {
    const events = parseText(blog('Tue 14 May 2024 18.02 BST')).filter((d) => d.type === 'event');
    expect(events.map((d) => [d.date, d.minuteOfDay, d.text])).toEqual([
      ['2024-05-14', 18 * 60 + 2, 'The council voted 7-5 to close the pool.'],
      ['2024-05-14', 17 * 60 + 45, 'Campaigners gathered outside the town hall.'],
    ]);
  });

  it('keeps a timeline whose entries are labelled by such lines: the first is an entry, not the page’s stamp', () => {
    const text = 'Council timeline\n\n14 May 2024 18.02 BST\n\nThe council voted to close the pool.\n\n15 May 2024 09.10 BST\n\nCampaigners gathered outside.\n';
    const events = parseText(text).filter((d) => d.type === 'event');
    expect(events.map((d) => [d.date, d.text])).toEqual([
      ['2024-05-14', 'The council voted to close the pool.'],
      ['2024-05-15', 'Campaigners gathered outside.'],
    ]);
  });
});
