/**
 * slashDateOf asks SLASH_DATE only of a text holding a `/`, and DASHED_DATE only of one holding a
 * `-`: it must find what the two patterns find, asked of every text.
 */
import { describe, expect, it } from 'vitest';
import { DASHED_DATE, SLASH_DATE, slashDateOf } from '../../ingest/parse/dates.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

const asPatterns = (text: string) => SLASH_DATE.exec(text) ?? DASHED_DATE.exec(text);

describe('slashDateOf (its patterns asked only of a text holding their separator)', () => {
  it('reads slash and dashed dates', () => {
    expect(slashDateOf('3/28/2024')?.slice(1, 4)).toEqual(['3', '28', '2024']);
    expect(slashDateOf('c. 11-4-2023')?.slice(1, 4)).toEqual(['11', '4', '2023']);
    expect(slashDateOf('w/c 14/03')?.slice(1, 3)).toEqual(['14', '03']);
    expect(slashDateOf('June 16, 2016')).toBeNull();
  });
  it('finds what the patterns find on every fixture line, and on slash and dashed dates after their openings', () => {
    const lines = fixtureLines();
    const openings = ['', 'c. ', 'ca. ', 'circa ', 'around ', 'w/c ', 'w/b. ', 'week of ', 'week commencing on ', 'Tue., ', 'Thursday ', 'Mon, '];
    const dates = ['3/28', '14/03/2022', '3/28/24', '11-4-2023', '1-12-99', '03/02/2022 — x', '12/5/20245', '4-5', '4/5/'];
    const texts = [...lines, ...openings.flatMap((opening) => dates.map((date) => `${opening}${date}`)), ...lines.slice(0, 300).map((line) => `3/4 ${line}`)];
    let found = 0;
    for (const text of texts) {
      const expected = asPatterns(text);
      if (expected) found += 1;
      expect(slashDateOf(text) ? [...slashDateOf(text)!] : null, text).toEqual(expected ? [...expected] : null);
    }
    expect(found).toBeGreaterThan(50);
  });
});
