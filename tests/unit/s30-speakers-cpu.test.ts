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
