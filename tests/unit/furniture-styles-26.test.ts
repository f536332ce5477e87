/** Furniture read in session 26: a byline under a one-sentence standfirst, a news page copied whole as text. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' });
const read = (text: string) => parseText(text).documents.map((d) => `${d.type} ${d.date ?? '-'} ${d.section ? `§${d.section} ` : ''}${d.text}`);

describe('a byline under a one-sentence standfirst', () => {
  const headline = 'Council votes to close Ostbury pool after 40 years';
  const standfirst = 'The decision ends a two-year fight by swimmers to save the Victorian baths.';
  const story = 'The council voted on Tuesday to close the pool, citing rising costs.\n\n3 March 2021 – The first inspection found cracks.\n\n14 May 2022 – The pool closed for repairs.\n';
  const expected = [
    `passage - ${standfirst}`,
    'passage - The council voted on Tuesday to close the pool, citing rising costs.',
    'event 2021-03-03 The first inspection found cracks.',
    'event 2022-05-14 The pool closed for repairs.',
  ];

  for (const byline of ['By Jane Smith', 'Jane Smith, Political Correspondent', 'Jane Smith and Tom Lee']) {
    it(`reads \`${byline}\` and its date on the lines under headline and standfirst, no blank line between, as the byline`, () => {
      const parsed = parseText(`${headline}\n${standfirst}\n${byline}\n14 March 2024\n\n${story}`);
      expect(parsed.title).toBe(headline);
      expect(read(`${headline}\n${standfirst}\n${byline}\n14 March 2024\n\n${story}`)).toEqual(expected);
    });

    it(`reads \`${byline}\` and its date set apart by blank lines as the byline and the page’s date, not an entry`, () => {
      const text = `${headline}\n\n${standfirst}\n\n${byline}\n\n14 March 2024\n\n${story}`;
      expect(parseText(text).title).toBe(headline);
      expect(read(text)).toEqual(expected);
    });
  }

  it('dates a timeline that states no year from the byline’s date set apart under it', () => {
    const text = `${headline}\n\n${standfirst}\n\nBy Jane Smith\n\n14 March 2024\n\nThe council voted on Tuesday to close the pool.\n\n3 March – The first inspection found cracks.\n\n9 March – The pool closed.\n`;
    expect(parseText(text).documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2024-03-03', '2024-03-09']);
  });

  it('keeps a date alone under a byline as the first entry when more dates stand alone below it', () => {
    const text = `${headline}\n\nBy Jane Smith\n\n3 March 2021\n\nThe first inspection found cracks.\n\n14 May 2022\n\nThe pool closed for repairs.\n`;
    expect(read(text)).toEqual(['event 2021-03-03 The first inspection found cracks.', 'event 2022-05-14 The pool closed for repairs.']);
  });

  it('keeps names under a story’s first sentence as a section’s heading when no date stands under them', () => {
    const text = `${headline}\n\n${standfirst}\n\nJane Smith and Tom Lee\n\nThey met the mayor on Tuesday.\n`;
    expect(read(text)).toContain('passage - §Jane Smith and Tom Lee They met the mayor on Tuesday.');
  });

  it('keeps a first paragraph’s wrapped line that goes on in lower case, over a byline', () => {
    const text = `The council voted on Tuesday to close the pool\nafter forty years of swimming.\nBy Jane Smith\n\nThe vote was close.\n`;
    expect(read(text)[0]).toBe('passage - The council voted on Tuesday to close the pool after forty years of swimming.');
  });
});
