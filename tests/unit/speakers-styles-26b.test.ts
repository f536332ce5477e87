/** Speaker rules added in session 26's second round: each on a tiny article. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const quotesOf = (...paragraphs: string[]) => parseText(`Lorry crash report\n\n${paragraphs.join('\n\n')}\n`).filter((document) => document.type === 'quote');
/** The speakers of a text article's quotations, in order, each paragraph its own. */
const speakers = (...paragraphs: string[]) => quotesOf(...paragraphs).map((quote) => quote.speaker);

describe('an age used as a noun', () => {
  it('is the one person the article gave that age (`Brendan Gallen, 44,` … `the 44-year-old told Reuters`)', () => {
    expect(
      speakers(
        'Brendan Gallen, 44, a lorry driver, was first on the scene. Mary Tobin (61) lives nearby.',
        '"I have never seen anything like it," the 44-year-old told Reuters.',
        '"We ran as fast as we could to the gate," said the 61-year-old.',
        'The 44-year-old told Reuters: "I have never seen anything like it."',
      ),
    ).toEqual(['Brendan Gallen', 'Mary Tobin', 'Brendan Gallen']);
  });

  it('names no one when two people or no one were given the age', () => {
    expect(
      speakers(
        'Brendan Gallen, 44, a lorry driver, was first on the scene. Tom Reed, 44, came later.',
        '"I have never seen anything like it," the 44-year-old told Reuters.',
        '"I heard it from a mile away in the town," the 30-year-old said.',
      ),
    ).toEqual([null, null]);
  });
});
