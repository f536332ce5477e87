/** Page furniture on never-seen articles (session 23): wiki apparatus, footnotes, bylines, notices, kickers, embedded posts. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
/** Each document as `type section: text`, short enough to compare whole. */
const compact = (documents: ReturnType<typeof parseText>) => documents.map((d) => `${d.type[0]} ${d.section ?? '-'}: ${d.text}`);

describe('wiki apparatus', () => {
  it('reads a wiki section label copied with its `[edit]` and no blank line under it as a heading, so its lines are its entries', () => {
    const text = [
      'Ostbury tram strike', '', 'Background[edit]', '', 'Tram crews worked eleven-hour shifts.', '',
      'Strike[edit]',
      '3 May 1911 – 400 drivers and conductors walk out.[4]',
      '21 June 1911 – The company agrees to a ten-hour day.[6]',
      'Legacy[edit]', '', 'A plaque was unveiled at the depot in 2011.', '',
      'See also[edit]', 'List of tramway strikes', 'References[edit]', '^ "Strike settled". Ostbury Echo. 22 June 1911.',
    ].join('\n');
    expect(compact(parseText(text))).toEqual([
      'p Background: Tram crews worked eleven-hour shifts.',
      'e Strike: 400 drivers and conductors walk out.',
      'e Strike: The company agrees to a ten-hour day.',
      'p Legacy: A plaque was unveiled at the depot in 2011.',
    ]);
  });
});
