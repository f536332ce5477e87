/** US floating holidays (`Thanksgiving 2023 –`, `Labor Day —`, `Election Day:`) opening timeline entries (session 28). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { movableFeastOn, parseLeadingDate, parseStandaloneDate } from '../../ingest/parse/dates.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const events = (text: string) => parseText(text).filter((d) => d.type === 'event');
/** An article of one intro paragraph, then the entries given, one paragraph each. */
const article = (...entries: string[]) => `The year\n\nWhat happened.\n\n${entries.join('\n\n')}\n`;

describe('a floating holiday with its year', () => {
  it('is placed by the calendar: the nth (or last) weekday of its month in that year', () => {
    const text = article(
      'Martin Luther King Jr. Day 2021 – A march.',
      "Presidents Day, 2021 – Offices close.",
      // 31 May 2021 is a Monday: the last Monday is the month's last day.
      'Memorial Day 2021 – A parade.',
      "Mother's Day 2022 – Flowers.",
      "Father’s Day 2022 — Grills.",
      'Labor Day 2022: Strike ends.',
      'Columbus Day 2022 | A protest.',
      // 1 November 2022 is a Tuesday: Election Day is the Tuesday after the first Monday, the 8th.
      'Election Day 2022 – Voters turn out.',
      'Thanksgiving 2022 – A food drive.',
      'Election Day 2024 – Votes.',
    );
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2021-01-18', 'Martin Luther King Jr. Day 2021', 'A march.'],
      ['2021-02-15', 'Presidents Day, 2021', 'Offices close.'],
      ['2021-05-31', 'Memorial Day 2021', 'A parade.'],
      ['2022-05-08', "Mother's Day 2022", 'Flowers.'],
      ['2022-06-19', 'Father’s Day 2022', 'Grills.'],
      ['2022-09-05', 'Labor Day 2022', 'Strike ends.'],
      ['2022-10-10', 'Columbus Day 2022', 'A protest.'],
      ['2022-11-08', 'Election Day 2022', 'Voters turn out.'],
      ['2022-11-24', 'Thanksgiving 2022', 'A food drive.'],
      ['2024-11-05', 'Election Day 2024', 'Votes.'],
    ]);
  });

  it('reads standing alone over its entry, the long name with its commas too', () => {
    expect(parseStandaloneDate('Martin Luther King, Jr. Day, 2024')).toEqual({ month: 1, day: 15, year: 2024, text: 'Martin Luther King, Jr. Day, 2024' });
    expect(parseStandaloneDate('Thanksgiving Day 2023:')).toEqual({ month: 11, day: 23, year: 2023, text: 'Thanksgiving Day 2023' });
    // Without its year: its month orders it, its day waits for the year chronology gives.
    expect(parseStandaloneDate('Labor Day')).toEqual({ month: 9, day: null, year: null, text: 'Labor Day' });
  });
});

describe('a floating holiday without its year', () => {
  it('takes its year by chronology, then its day in that year, as a movable feast does', () => {
    const text = article(
      'October 30, 2023 – Polls open early.',
      'Election Day: Turnout is high.',
      'Thanksgiving – Shelters fill.',
      'January 5 – Snow.',
      'MLK Day – A march.',
      "Presidents’ Day — A storm.",
      'Memorial Day',
      'Flags go up on Main Street.',
    );
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-10-30', 'October 30, 2023', 'Polls open early.'],
      ['2023-11-07', 'Election Day', 'Turnout is high.'],
      ['2023-11-23', 'Thanksgiving', 'Shelters fill.'],
      ['2024-01-05', 'January 5', 'Snow.'],
      ['2024-01-15', 'MLK Day', 'A march.'],
      ['2024-02-19', 'Presidents’ Day', 'A storm.'],
      ['2024-05-27', 'Memorial Day', 'Flags go up on Main Street.'],
    ]);
  });

  it('is moved to its day for the year given, by rule for any year (movableFeastOn)', () => {
    expect(movableFeastOn('Thanksgiving Day', 2030)).toEqual({ month: 11, day: 28 });
    expect(movableFeastOn('Election Day', 2016)).toEqual({ month: 11, day: 8 });
    expect(movableFeastOn('Election Day', 2020)).toEqual({ month: 11, day: 3 });
    expect(movableFeastOn('Memorial Day', 2027)).toEqual({ month: 5, day: 31 });
    expect(movableFeastOn("Father's Day", 2025)).toEqual({ month: 6, day: 15 });
    // The Easter feasts as before.
    expect(movableFeastOn('Good Friday', 2024)).toEqual({ month: 3, day: 29 });
    // Another date's text is no holiday's.
    expect(movableFeastOn('Labor Day weekend', 2024)).toBeNull();
  });

  it('stays undated with no year known, as a feast does', () => {
    expect(events(article('Labor Day – The strike begins.', 'Columbus Day – It ends.')).map((d) => [d.date, d.month, d.dateText])).toEqual([
      [null, null, 'Labor Day'],
      [null, null, 'Columbus Day'],
    ]);
  });
});

describe('what is no floating holiday entry', () => {
  it('refuses a sentence, an aside, a lower-case colon, and words that only contain the name', () => {
    for (const text of [
      'Thanksgiving was quiet.',
      'Thanksgiving dinner – a family affair.',
      'Memorial Day weekend – Traffic backs up.',
      'Memorial Day – the wettest in years – passed quietly.',
      'Labor Day: a time for rest',
      'Thanksgivings – Every year the same.',
      "Labor Day's parade – It rained.",
      'Presidential Day – A debate.',
      'Electoral Day – Votes.',
      'The Thanksgiving Day – A parade.',
    ]) expect(parseLeadingDate(text), text).toBeNull();
    expect(parseStandaloneDate('Thanksgiving weekend')).toBeNull();
    expect(parseStandaloneDate('Mother of the year')).toBeNull();
  });

  it('leaves a holiday inside a paragraph to its entry', () => {
    const docs = events(article('November 20, 2023 – Donations arrive. Thanksgiving – the busiest day – is near.', 'Thanksgiving was quiet.', 'November 27, 2023 – Shelves are bare.'));
    expect(docs.map((d) => [d.date, d.text])).toEqual([
      ['2023-11-20', 'Donations arrive. Thanksgiving – the busiest day – is near.\n\nThanksgiving was quiet.'],
      ['2023-11-27', 'Shelves are bare.'],
    ]);
  });
});

describe('the never-seen fixture dates-us-holidays.txt', () => {
  const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'dates-us-holidays.txt'), 'utf8');
  const documents = parseArticle(text, { slug: 'dates-us-holidays', format: 'text' }).documents;

  it('dates every entry, holidays by the calendar of the year chronology gives', () => {
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.id, d.date, d.dateText])).toEqual([
      ['dates-us-holidays-event-001', '2023-11-23', 'Thanksgiving 2023'],
      ['dates-us-holidays-event-002', '2023-12-12', 'December 12, 2023'],
      ['dates-us-holidays-event-003', '2024-01-15', 'Martin Luther King Jr. Day'],
      ['dates-us-holidays-event-004', '2024-02-19', "Presidents' Day"],
      ['dates-us-holidays-event-005', '2024-03-18', 'March 18, 2024'],
      ['dates-us-holidays-event-006', '2024-05-27', 'Memorial Day'],
      ['dates-us-holidays-event-007', '2024-06-16', "Father's Day"],
      ['dates-us-holidays-event-008', '2024-09-02', 'Labor Day, 2024'],
      ['dates-us-holidays-event-009', '2024-10-14', 'Columbus Day'],
      ['dates-us-holidays-event-010', '2024-11-05', 'Election Day'],
      ['dates-us-holidays-event-011', '2024-11-28', 'Thanksgiving Day'],
      ['dates-us-holidays-event-012', '2024-12-20', 'December 20, 2024'],
    ]);
  });

  it('keeps a sentence that opens with a holiday in its entry, and the closing paragraph a passage', () => {
    const thanksgiving = documents.find((d) => d.id === 'dates-us-holidays-event-011')!;
    expect(thanksgiving.text).toBe(
      'Distribution runs out of turkeys by 11 a.m. for the first time.\n\nThanksgiving was quieter at the Elm Street site, where volunteers served hot meals instead.',
    );
    expect(documents.filter((d) => d.type === 'passage').map((d) => d.text)).toEqual([
      "By the end of 2024 the Ridgeway County Food Bank was feeding twice as many families as it had two years before, from the same warehouse on Route 9. This is how a busy year turned into a crisis.",
      "The food bank expects to move by Mother's Day next year, though Vega warned that construction could slip.",
    ]);
  });

  it('gives the quotes their speakers and their holiday entries', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.id, d.speaker, d.eventId, d.date, d.text])).toEqual([
      ['dates-us-holidays-quote-001', 'Marisol Vega', 'dates-us-holidays-event-001', '2023-11-23', 'We have never seen a line like that one, and we have been doing this for thirty years'],
      ['dates-us-holidays-quote-002', 'Wendell Greer', 'dates-us-holidays-event-006', '2024-05-27', 'If the pantry needs a roof, we have one'],
      ['dates-us-holidays-quote-003', 'Dennis Okafor', 'dates-us-holidays-event-010', '2024-11-05', 'The voters saw the lines with their own eyes'],
      ['dates-us-holidays-quote-004', 'Dennis Okafor', 'dates-us-holidays-event-010', '2024-11-05', 'They knew what the money was for.'],
    ]);
  });
});
