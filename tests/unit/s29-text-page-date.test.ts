import { describe, expect, it } from 'vitest';
import { isDateLine, isFullDate } from '../../ingest/parse/page-date.ts';
import { parseStandaloneDate } from '../../ingest/parse/dates.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('isFullDate: a date alone naming its day and its year', () => {
  it('answers as isDateLine does of the date of a short line', () => {
    const lines = [...fixtureLines().filter((line) => line.length <= 40), '14 February 2022', 'June 2016', 'Jun 16', '2016', 'Sunday 19 May 2024'];
    for (const line of lines) expect(isFullDate(parseStandaloneDate(line)), line).toBe(isDateLine(line));
  });
});
