/** Date readings of timeline articles never seen before (session 23, dates). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const events = (text: string) => parseText(text).filter((d) => d.type === 'event');

describe('a time after a date and a dash', () => {
  it('keeps the date and its time: `12 March 2024 – 3pm: …`, `May 4 - 10:30 a.m. — …`', () => {
    const text = 'Council crisis\n\n11 March 2024 – 9am: The finance director warns.\n\n12 March 2024 – 3pm: The council votes.\n\n13 March 2024 - 10:30 a.m. — The mayor resigns.\n\nMarch 14 – 4.15pm\n\nThe auditor arrives.\n';
    expect(events(text).map((d) => [d.date, d.minuteOfDay, d.dateText, d.text])).toEqual([
      ['2024-03-11', 540, '11 March 2024 – 9am', 'The finance director warns.'],
      ['2024-03-12', 900, '12 March 2024 – 3pm', 'The council votes.'],
      ['2024-03-13', 630, '13 March 2024 - 10:30 a.m.', 'The mayor resigns.'],
      ['2024-03-14', 975, 'March 14 – 4.15pm', 'The auditor arrives.'],
    ]);
  });

  it('still reads a range of days (`May 6–8 —`), not a time', () => {
    expect(events('Storm\n\nMay 3, 2024 — Warnings.\n\nMay 6–8 — The water recedes.\n').map((d) => [d.date, d.dateText, d.minuteOfDay])).toEqual([
      ['2024-05-03', 'May 3, 2024', null],
      ['2024-05-06', 'May 6–8', null],
    ]);
  });
});

describe('a range of months as an entry’s date', () => {
  it('dates `March–April 2020 – …`, `June to August 2020: …` by their first month, the text as written', () => {
    const text = 'Drought\n\nJanuary 2020 – Reservoirs fall.\n\nMarch–April 2020 – Hosepipe bans spread.\n\nJune to August 2020: The driest summer.\n\nNovember–February 2021 – Rain returns.\n\nJune – July\n\nThe bans are lifted.\n\nAugust–September – A review.\n';
    expect(events(text).map((d) => [d.month, d.dateText, d.text])).toEqual([
      ['2020-01', 'January 2020', 'Reservoirs fall.'],
      ['2020-03', 'March–April 2020', 'Hosepipe bans spread.'],
      ['2020-06', 'June to August 2020', 'The driest summer.'],
      // Across the turn of the year, the first month is the year before's.
      ['2020-11', 'November–February 2021', 'Rain returns.'],
      ['2021-06', 'June – July', 'The bans are lifted.'],
      ['2021-08', 'August–September', 'A review.'],
    ]);
  });
});
