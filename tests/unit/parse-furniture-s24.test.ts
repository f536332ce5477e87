/** Furniture read in session 24: a news page's sign-off and share chrome at a plain text's end. */
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
