/** Speaker rules added in session 26: each on a tiny article, and one fixture of our own. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const quotesOf = (...paragraphs: string[]) => parseText(`Inquiry report row\n\n${paragraphs.join('\n\n')}\n`).filter((document) => document.type === 'quote');
/** The speakers of a text article's quotations, in order, each paragraph its own. */
const speakers = (...paragraphs: string[]) => quotesOf(...paragraphs).map((quote) => quote.speaker);

describe('a role, then a described name in apposition', () => {
  it('reads `the report’s author, naval architect Fiona Lyall, told` and `said the club’s chairman, retired judge Alan Moore` as the one named', () => {
    expect(
      speakers(
        '"The hull was never designed for this load," the report\'s author, naval architect Fiona Lyall, told the inquiry.',
        '"We accept every finding," said the club\'s chairman, retired judge Alan Moore.',
        'The report\'s author, naval architect Fiona Lyall, said: "The hull was never designed for this load."',
      ),
    ).toEqual(['Fiona Lyall', 'Alan Moore', 'Fiona Lyall']);
  });

  it('keeps no speaker when the apposition names no one (`the report’s author told`, `said the club’s chairman, speaking outside court`)', () => {
    expect(
      speakers(
        '"We will read it with care," the report\'s author told the inquiry.',
        '"We will read it with care," said the club\'s chairman, speaking outside court.',
        '"We will read it with care," said his lawyer, former judge Ann Lee and Tom Reed.',
      ),
    ).toEqual([null, null, null]);
  });
});
