import { describe, expect, it } from 'vitest';
import { isDateLine, isFullDate, lastLinesOf } from '../../ingest/parse/page-date.ts';
import { parseStandaloneDate } from '../../ingest/parse/dates.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('lastLinesOf: a text\'s last lines with words, read from its end', () => {
  const splitting = (text: string, count: number) => text.split('\n').map((line) => line.trim()).filter(Boolean).slice(-count);

  it('reads as splitting, trimming and filtering the whole text do', () => {
    const texts = ['', '\n', '\n\n', 'a', 'a\n', '\na', 'a\nb', ' a \n\n  \n b\t\n', 'x\n'.repeat(20), 'one\n\ntwo\nthree\n\n\nfour  \n five\nsix\nseven\neight\nnine\n\n'];
    for (const text of texts) for (const count of [1, 2, 8, 30]) expect(lastLinesOf(text, count), JSON.stringify(text)).toEqual(splitting(text, count));
    const fixture = fixtureLines().slice(0, 400).join('\n\n \n');
    for (const count of [1, 8, 100]) expect(lastLinesOf(fixture, count)).toEqual(splitting(fixture, count));
  });
});

describe('isFullDate: a date alone naming its day and its year', () => {
  it('answers as isDateLine does of the date of a short line', () => {
    const lines = [...fixtureLines().filter((line) => line.length <= 40), '14 February 2022', 'June 2016', 'Jun 16', '2016', 'Sunday 19 May 2024'];
    for (const line of lines) expect(isFullDate(parseStandaloneDate(line)), line).toBe(isDateLine(line));
  });
});
