/** Date readings of timeline articles never seen before (session 24, dat2). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const events = (text: string) => parseText(text).filter((d) => d.type === 'event');
const dayOf = (d: { date?: string | null; month?: string | number | null; year?: string | number | null }) => String(d.date ?? d.month ?? d.year);
const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', name), 'utf8');

describe('a time under a month’s or a season’s entry', () => {
  it('stays a line of that entry, its time as written (`March 2021`, then `At 6pm – …`)', () => {
    const text = 'Timeline\n\n2 February 2021 – The council meets.\n\nMarch 2021\n\nAt 6pm – The pool closes.\n\nSummer 2021\n\nAround 3pm – The queues grow.\n\n2 September 2021 – It reopens.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.minuteOfDay ?? null, d.text])).toEqual([
      ['2021-02-02', '2 February 2021', null, 'The council meets.'],
      ['2021-03', 'March 2021', null, 'At 6pm – The pool closes.'],
      ['2021', 'Summer 2021', null, 'Around 3pm – The queues grow.'],
      ['2021-09-02', '2 September 2021', null, 'It reopens.'],
    ]);
  });

  it('still times an entry under a day (`14 March 2021`, then `At 6pm – …`)', () => {
    const text = 'Timeline\n\n2 February 2021 – The council meets.\n\n14 March 2021\n\nAt 6pm – The pool closes.\n';
    const timed = events(text).find((d) => d.text.includes('pool'));
    expect(timed?.date).toBe('2021-03-14');
    expect(timed?.minuteOfDay).toBe(18 * 60);
  });
});

describe('fixture: dates-lido-season.txt', () => {
  const documents = parseArticle(fixture('dates-lido-season.txt'), { slug: 'dates-lido-season', format: 'text' }).documents;
  it('reads its entries, the month’s and the season’s times kept in their entries', () => {
    const dated = documents.filter((d) => d.type === 'event').map((d) => [dayOf(d), d.dateText]);
    expect(dated).toEqual([
      ['2021-01-12', '12 January 2021'], ['2021-02-03', '3 February 2021'], ['2021-03', 'March 2021'],
      ['2021-04-14', '14 April 2021'], ['2021-05-29', '29 May 2021'], ['2021', 'Summer 2021'],
      ['2021-09-09', '9 September 2021'], ['2021-10-22', '22 October 2021'], ['2021-11-16', '16 November 2021'],
    ]);
    const quote = documents.find((d) => d.type === 'quote');
    expect([quote?.speaker, quote && dayOf(quote)]).toEqual(['Hannah Orme', '2021-03']);
  });
});

describe('a dated update’s label after the last entry', () => {
  it('opens an entry of its own, dated that day, the label left out (`Update, 14 May:`, `UPDATE (May 16):`)', () => {
    const text = 'Timeline\n\n12 May 2024 – The council meets.\n\n13 May 2024 – The mayor resigns.\n\nUpdate, 14 May: The deputy mayor takes over.\n\nUpdate 15 May 2024: A vote is called.\n\nUPDATE (May 16): The vote passes.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2024-05-12', '12 May 2024', 'The council meets.'],
      ['2024-05-13', '13 May 2024', 'The mayor resigns.'],
      ['2024-05-14', '14 May', 'The deputy mayor takes over.'],
      ['2024-05-15', '15 May 2024', 'A vote is called.'],
      ['2024-05-16', 'May 16', 'The vote passes.'],
    ]);
  });

  it('leaves an undated update in the entry before (`Update: the council has replied.`)', () => {
    const text = 'Timeline\n\n12 May 2024 – The council meets.\n\n13 May 2024 – The mayor resigns.\n\nUpdate: the council has replied.\n';
    expect(events(text).at(-1)?.text.replace(/\s+/g, ' ')).toBe('The mayor resigns. Update: the council has replied.');
  });
});
