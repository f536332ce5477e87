/** The parser's CPU work of session 30 (speakers): answers shared between articles stay each article's own. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const speakersOf = (...paragraphs: string[]) =>
  parseArticle(`Inquiry report row\n\n${paragraphs.join('\n\n')}\n`, { slug: 't', format: 'text' })
    .documents.filter((document) => document.type === 'quote')
    .map((quote) => quote.speaker);

describe('the trailing attributions kept for every article (trailingKept)', () => {
  it('gives the same credit after a quotation to each article’s own person', () => {
    // `Smith said.` is read once and kept; the short form is then resolved against each article's names.
    const credit = '"We will appeal every part of this ruling," Smith said.';
    expect(speakersOf('Anna Smith runs the depot.', credit)).toEqual(['Anna Smith']);
    expect(speakersOf('Tom Smith chairs the board.', credit)).toEqual(['Tom Smith']);
    expect(speakersOf('Anna Smith runs the depot.', credit)).toEqual(['Anna Smith']);
  });

  it('gives a pronoun’s credit to whoever each article named last', () => {
    const credit = '"Nobody told us the bridge was closing this week," she said.';
    expect(speakersOf('Maria Hale visited the site.', credit)).toEqual(['Maria Hale']);
    expect(speakersOf('Ana Ruiz visited the site.', credit)).toEqual(['Ana Ruiz']);
  });
});

describe('wordyAndNoTitle reads sentence punctuation only when the words leave it in question', () => {
  it('answers as before for titles, punctuated titles and quotations', async () => {
    const { wordyAndNoTitle } = await import('../../ingest/parse/quotes.ts');
    // Capitals only: a title, unless it has sentence punctuation.
    expect(wordyAndNoTitle('Banking on Trust: A Life in Lindmouth', 4)).toBe(false);
    expect(wordyAndNoTitle('We Will Fight On.', 4)).toBe(true);
    expect(wordyAndNoTitle('We Will Fight On”', 4)).toBe(false);
    expect(wordyAndNoTitle('Stop. Think Again Now', 4)).toBe(true);
    expect(wordyAndNoTitle('Hold The Line; Keep Going', 4)).toBe(true);
    // A word in lower case: a quotation once it has enough words, punctuated or not.
    expect(wordyAndNoTitle('Meeting agency vote contract', 4)).toBe(true);
    expect(wordyAndNoTitle('Meeting agency vote', 4)).toBe(false);
    expect(wordyAndNoTitle('We won.', 4)).toBe(false);
    // Small words only: no significant word, so no title either.
    expect(wordyAndNoTitle('Of The And In', 4)).toBe(true);
  });
});

describe('blanks, the run splitSentences masks a quotation with', () => {
  it('is what `repeat` makes, below, at and beyond the kept run', async () => {
    const { blanks, splitSentences } = await import('../../ingest/parse/sentences.ts');
    for (let length = 0; length <= 5000; length += 1) expect(blanks(length)).toBe('X'.repeat(length));
    // A full stop inside a quotation ends no sentence; its closing marks do.
    expect(splitSentences('She said: “It was late. We left.” Then the hall emptied.').map((sentence) => sentence.text)).toEqual(['She said: “It was late. We left.”', 'Then the hall emptied.']);
  });
});
