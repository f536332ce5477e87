/**
 * The page's date labels (public/js/format.js) and its reading of a URL (public/js/state.js):
 * plain browser JavaScript with no DOM use, so it runs here as it does in the page. A date is
 * labelled by the day, else the month, else the year as the article wrote it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';

type DocumentDate = (doc: object) => { text: string; datetime: string; approximate: boolean } | null;
const { documentDate, shortQuery } = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'public', 'js', 'format.js')).href)) as { documentDate: DocumentDate; shortQuery: (query: string) => string };

describe('documentDate', () => {
  it('labels a day, a month, and a year-only entry by the words the article used', () => {
    expect(documentDate({ date: '2016-07-27', month: '2016-07', year: 2016, dateText: 'July 27', dateApproximate: false })).toEqual({ text: 'Jul 27, 2016', datetime: '2016-07-27', approximate: false });
    expect(documentDate({ date: null, month: '2018-07', year: 2018, dateText: 'Early July 2018', dateApproximate: false })).toEqual({ text: 'July 2018', datetime: '2018-07', approximate: false });
    expect(documentDate({ date: null, month: null, year: 2015, dateText: 'Spring 2015', dateApproximate: false })).toEqual({ text: 'Spring 2015', datetime: '2015', approximate: false });
  });

  it('adds the time of day a live blog gave its entry, and nothing for a date with a year only', () => {
    expect(documentDate({ date: '2023-03-14', month: '2023-03', year: 2023, dateText: 'March 14, 2023, 10:15 a.m.', dateApproximate: false })!.text).toBe('Mar 14, 2023, 10:15 a.m.');
    expect(documentDate({ date: '2024-01-06', month: '2024-01', year: 2024, dateText: 'Jan. 6, 2024, 4 p.m. ET', dateApproximate: false })!.text).toBe('Jan 6, 2024, 4 p.m. ET');
    expect(documentDate({ date: '2016-06-09', month: '2016-06', year: 2016, dateText: 'June 9 at 16:30', dateApproximate: false })!.text).toBe('Jun 9, 2016, 16:30');
    expect(documentDate({ date: '2016-06-09', month: '2016-06', year: 2016, dateText: 'June 9, 2016', dateApproximate: false })!.text).toBe('Jun 9, 2016');
    expect(documentDate({ date: '2016-06-16', month: '2016-06', year: 2016, dateText: '2016-06-16', dateApproximate: false })!.text).toBe('Jun 16, 2016');
    expect(documentDate({ date: '2023-03-14', month: '2023-03', year: 2023, dateText: '14 March 2023, 16.40 GMT', dateApproximate: false })!.text).toBe('Mar 14, 2023, 16.40 GMT');
    expect(documentDate({ date: '2023-03-14', month: '2023-03', year: 2023, dateText: '14.3.2023', dateApproximate: false })!.text).toBe('Mar 14, 2023');
  });

  it('adds an ISO stamp’s time, with UTC for its Z', () => {
    expect(documentDate({ date: '2024-01-19', month: '2024-01', year: 2024, dateText: '2024-01-19T15:20Z', dateApproximate: false })!.text).toBe('Jan 19, 2024, 15:20 UTC');
    expect(documentDate({ date: '2024-01-19', month: '2024-01', year: 2024, dateText: '2024-01-19T09:30:00+05:30', dateApproximate: false })!.text).toBe('Jan 19, 2024, 09:30');
  });

  it('labels an entry that lost its date after a year-only one by the year, marked approximate', () => {
    expect(documentDate({ date: null, month: null, year: 2015, dateText: null, dateApproximate: true })).toEqual({ text: '2015', datetime: '2015', approximate: true });
  });

  it('gives no date for a passage', () => {
    expect(documentDate({ date: null, month: null, year: null, dateText: null, dateApproximate: false })).toBeNull();
  });
});

type State = { type: string[]; month: string[]; speaker: string[] };
const { parseState, speakersAsIndexed } = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'public', 'js', 'state.js')).href)) as {
  parseState: (search: string) => State;
  speakersAsIndexed: (selected: string[], counts: Record<string, number>) => string[] | null;
};

describe('parseState', () => {
  it('reads a filter in the bracket form the API takes too, once', () => {
    expect(parseState('?month[]=2016-07&month=2016-08&month[]=2016-08&type[]=quote')).toMatchObject({ month: ['2016-08', '2016-07'], type: ['quote'], speaker: [] });
  });
});

describe('speakersAsIndexed', () => {
  it('spells a link’s speaker as the index does, and leaves alone one spelt so or unknown', () => {
    expect(speakersAsIndexed(['donald trump', 'Roger Stone'], { 'Donald Trump': 6, 'Roger Stone': 2 })).toEqual(['Donald Trump', 'Roger Stone']);
    expect(speakersAsIndexed(['Donald Trump'], { 'Donald Trump': 6 })).toBeNull();
    expect(speakersAsIndexed(['nobody known'], { 'Donald Trump': 6 })).toBeNull();
  });

  it('spells a speaker given without accents, with another apostrophe or without initials’ stops as the index does', () => {
    expect(speakersAsIndexed(["Jen O'Malley", 'Elodie Marchand', 'D K Shivakumar'], { 'Jen O’Malley': 1, 'Élodie Marchand': 1, 'D. K. Shivakumar': 2 })).toEqual(['Jen O’Malley', 'Élodie Marchand', 'D. K. Shivakumar']);
    expect(speakersAsIndexed(['Jen Omalley'], { 'Jen O’Malley': 1 })).toBeNull();
    // Two people who fold alike are not guessed between.
    expect(speakersAsIndexed(["Sean O'Brien"], { 'Seán O’Brien': 3, 'Sean O’Brien': 2 })).toEqual(['Sean O’Brien']);
    expect(speakersAsIndexed(['Sean OBrien'], { 'Seán OBrien': 3, 'Séan OBrien': 2 })).toBeNull();
  });
});

describe('shortQuery', () => {
  it('drops a paste’s own quotation marks, which the page’s would double, and keeps the ones inside', () => {
    expect(shortQuery('“If it’s what you say I love it”')).toBe('If it’s what you say I love it');
    expect(shortQuery('"time in the barrel"')).toBe('time in the barrel');
    expect(shortQuery('the “fake news” line')).toBe('the “fake news” line');
  });
});
