/** Each parsing rule on a tiny named fixture. */
import { describe, expect, it } from 'vitest';
import { hasTopLevelAlternative, isBoilerplate, SHORT_BLOCK_PATTERNS } from '../../ingest/parse/boilerplate.ts';
import { datesNamed, eventsNamed, parseLeadingDate, minutesOfDay, parseLeadingTime, timeOfDate, parseStandaloneDate, withSlashDatesDayFirst, yearsNamed } from '../../ingest/parse/dates.ts';
import { htmlToBlocks } from '../../ingest/parse/html-blocks.ts';
import { loadPage } from '../../ingest/parse/html-page.ts';
import { ArticleNames, bareWord, endsSentence, isNameWord, isTitleWord, stripTitles } from '../../ingest/parse/names.ts';
import { collapseWhitespace } from '../../ingest/parse/normalize-text.ts';
import { pageDateOfHtml } from '../../ingest/parse/page-date.ts';
import { withoutCaptures } from '../../ingest/parse/pattern-sources.ts';
import { ArticleParseError, parseArticle } from '../../ingest/parse/parse-article.ts';
import { findQuotations } from '../../ingest/parse/quotes.ts';
import { lettersAndStopsBefore, splitSentences } from '../../ingest/parse/sentences.ts';
import { SpeakerAttributor } from '../../ingest/parse/speakers.ts';
import { textToBlocks } from '../../ingest/parse/text-blocks.ts';
import { assignYears } from '../../ingest/parse/years.ts';
import { weekdaysDisagreeWith } from '../../ingest/weekday-check.ts';

const parseText = (text: string, year?: number) => parseArticle(text, { slug: 't', format: 'text', ...(year ? { year } : {}) }).documents;
const parseHtml = (html: string) => parseArticle(html, { slug: 'h', format: 'html' }).documents;
/** The speakers of a text article's quotations, in order. */
const speakers = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((quote) => quote.speaker);

describe('dates', () => {
  it('dates a live blog stamped with times only by the page’s date, across midnight', () => {
    const text = 'Election night live\n\nBy Dana Whitcomb\nTuesday, November 5, 2024\n\n7:00 p.m. ET — Polls close in Georgia.\n\n11:58 p.m. ET — Still no call in Pennsylvania.\n\n12:20 a.m. ET — Turnout in Allegheny County is high.\n';
    expect(parseText(text).map((d) => [d.type, d.date, d.minuteOfDay])).toEqual([['event', '2024-11-05', 1140], ['event', '2024-11-05', 1438], ['event', '2024-11-06', 20]]);
    // Without the page's date, no day to give them: paragraphs, as before; nor with only a `Last
    // updated` stamp, which is the last post's day, not the first's.
    expect(parseText(text.replace('Tuesday, November 5, 2024\n', '')).map((d) => d.type)).toEqual(['passage', 'passage', 'passage']);
    expect(parseText(text.replace('Tuesday, November 5, 2024\n', 'Last updated November 6, 2024, 2:14 a.m. ET\n')).map((d) => d.type)).toEqual(['passage', 'passage', 'passage']);
    // Told newest first across midnight, its first posts are of a day after the page's: no guess.
    const newestFirst = 'Election night live\n\nBy Dana Whitcomb\nTuesday, November 5, 2024\n\n12:20 a.m. ET — Turnout is high.\n\n11:58 p.m. ET — No call yet.\n\n7:00 p.m. ET — Polls close.\n';
    expect(parseText(newestFirst).map((d) => d.type)).toEqual(['passage', 'passage', 'passage']);
  });

  it('keeps an ISO stamp’s time of day', () => {
    const log = parseText('Moon landing log\n\n2024-01-19T14:30Z — Go for landing.\n\n2024-01-19T15:20:00Z — Touchdown on the Moon.\n');
    expect(log.map((d) => [d.date, d.minuteOfDay])).toEqual([['2024-01-19', 870], ['2024-01-19', 920]]);
  });

  it('reads a time zone after a date without a time, bare or in brackets, as the date’s', () => {
    const text = 'Water crisis timeline\n\n12th Jan, 2024: The water board warns of low levels.\n\nJan 29, 2024 (IST): Residents report that tanker prices have doubled.\n\n3 Feb 2024 ET — Borewells are found dry.\n';
    expect(parseText(text).map((d) => [d.date, d.text])).toEqual([
      ['2024-01-12', 'The water board warns of low levels.'],
      ['2024-01-29', 'Residents report that tanker prices have doubled.'],
      ['2024-02-03', 'Borewells are found dry.'],
    ]);
  });

  it('knows the same zones after a date as after a time (one list): `(SAST)`, `NZST —`, `(AWST)`', () => {
    const text = 'Power cuts timeline\n\nA summary paragraph about what follows.\n\n4 March 2024 (SAST): Stage six load-shedding begins.\n\n5 March 2024 NZST — Auckland reports outages.\n\n6 March 2024 (AWST): Perth is spared.\n';
    expect(parseText(text).filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([
      ['2024-03-04', 'Stage six load-shedding begins.'],
      ['2024-03-05', 'Auckland reports outages.'],
      ['2024-03-06', 'Perth is spared.'],
    ]);
  });

  it.each([
    ['Jun 16', { month: 6, day: 16, year: null }],
    ['June 16', { month: 6, day: 16, year: null }],
    ['Jun 16, 2016', { month: 6, day: 16, year: 2016 }],
    ['16 June 2016', { month: 6, day: 16, year: 2016 }],
    ['2016-06-16', { month: 6, day: 16, year: 2016 }],
    ['June 2016', { month: 6, day: null, year: 2016 }],
    ['Sept. 5', { month: 9, day: 5, year: null }],
    ['Monday, June 16, 2016', { month: 6, day: 16, year: 2016 }],
    ['Jun 03:', { month: 6, day: 3, year: null }],
    ['Early June 2016', { month: 6, day: null, year: 2016, text: 'Early June 2016' }],
    ['the end of June 2016', { month: 6, day: null, year: 2016 }],
    ['Spring 2020', { month: null, day: null, year: 2020 }],
    ['Summer of 2020', { month: null, day: null, year: 2020 }],
    ['Mid-2019', { month: null, day: null, year: 2019 }],
    ['FY2024', { month: null, day: null, year: 2024, text: 'FY2024' }],
    ['FY 2025:', { month: null, day: null, year: 2025, text: 'FY 2025' }],
    ['FY24', { month: null, day: null, year: 2024 }],
    ['fiscal 2023', { month: null, day: null, year: 2023 }],
    ['c. 1850:', { month: null, day: null, year: 1850, text: 'c. 1850' }],
    ['circa 1850', { month: null, day: null, year: 1850 }],
    ['c.1855', { month: null, day: null, year: 1855 }],
    ['June 9, 2016, 4 p.m.', { month: 6, day: 9, year: 2016, text: 'June 9, 2016, 4 p.m.' }],
    ['June 9 at 16:30', { month: 6, day: 9, year: null }],
    ['July 19th, late evening', { month: 7, day: 19, year: null }],
    ['June 9 (morning)', { month: 6, day: 9, year: null }],
    ['July 20th, early hours', { month: 7, day: 20, year: null }],
    ['July 22 (midday)', { month: 7, day: 22, year: null }],
    ['July 24, overnight', { month: 7, day: 24, year: null }],
    ['(Aug. 30, 2019)', { month: 8, day: 30, year: 2019, text: 'Aug. 30, 2019' }],
    ['[March 2020]:', { month: 3, day: null, year: 2020 }],
  ])('reads the standalone date %s', (text, expected) => {
    expect(parseStandaloneDate(text)).toMatchObject(expected);
  });

  it.each(['Mar 35', 'Mayday', 'FY', 'FY 123', 'c. 18', 'as on Jun 7 when he', 'June 16 was a hot day', '2016', 'Spring', 'Late night 2016', '(see June 9)', '(2016)'])('sees no standalone date in %j', (text) => {
    expect(parseStandaloneDate(text)).toBeNull();
  });

  it('reads a date that opens a paragraph before a separator, and only then', () => {
    expect(parseLeadingDate('May 4, 2021 — The council votes')).toMatchObject({ date: { month: 5, day: 4, year: 2021 }, rest: 'The council votes' });
    expect(parseLeadingDate('May 4, 2021: Vote held')).toMatchObject({ rest: 'Vote held' });
    expect(parseLeadingDate('16 June 2016 – Something happens')).toMatchObject({ date: { day: 16, month: 6 } });
    expect(parseLeadingDate('Jun 7 when he promised a speech')).toBeNull();
  });

  it('reads a bare year before a dash or colon only, and a part of a year before any separator', () => {
    expect(parseLeadingDate('2014: Russia annexes Crimea.')).toMatchObject({ date: { month: null, day: null, year: 2014, text: '2014' }, rest: 'Russia annexes Crimea.' });
    expect(parseLeadingDate('1998 – The first strike.')).toMatchObject({ date: { year: 1998 } });
    expect(parseLeadingDate('2014. Russia annexes Crimea.')).toBeNull();
    expect(parseLeadingDate('2014 was the year it began.')).toBeNull();
    expect(parseLeadingDate('Late 2019. The government cancels it.')).toMatchObject({ date: { year: 2019, month: null }, rest: 'The government cancels it.' });
  });

  it('reads a range opening a paragraph as its first date, the whole range as the date text', () => {
    expect(parseLeadingDate('2014–2016: A long drought.')).toMatchObject({ date: { year: 2014, month: null, text: '2014–2016' }, rest: 'A long drought.' });
    expect(parseLeadingDate('June 2017 – March 2018: The inquiry sits.')).toMatchObject({ date: { year: 2017, month: 6, text: 'June 2017–March 2018' }, rest: 'The inquiry sits.' });
    // A dash that separates the date from the text is no range.
    expect(parseLeadingDate('2019 – The council resigns.')).toMatchObject({ date: { year: 2019, text: '2019' }, rest: 'The council resigns.' });
  });

  it('keeps a sentence that opens with "On" and a full date whole, and needs the day, and the comma or the year', () => {
    expect(parseLeadingDate('On 14 January 2019 the council announced a rota.')).toMatchObject({ date: { month: 1, day: 14, year: 2019 } });
    expect(parseLeadingDate('On June 9, 2016, the three men meet.')).toMatchObject({ date: { month: 6, day: 9, year: 2016, text: 'June 9, 2016' }, rest: 'On June 9, 2016, the three men meet.' });
    expect(parseLeadingDate('On Monday, 6 September, pilots walk out.')).toMatchObject({ date: { month: 9, day: 6, year: null } });
    expect(parseLeadingDate('On June 2016, nothing.')).toBeNull();
    expect(parseLeadingDate('On June 9 the three men meet.')).toBeNull();
    expect(parseLeadingDate('Once June 9, 2016, came, they met.')).toBeNull();
  });

  it('reads a time of day after a leading date as part of it', () => {
    expect(parseLeadingDate('June 9, 2016, 4 p.m.: The meeting')).toMatchObject({ date: { day: 9, text: 'June 9, 2016, 4 p.m.' }, rest: 'The meeting' });
    expect(parseLeadingDate('June 9, 2016: at 4 p.m. they met')).toMatchObject({ date: { text: 'June 9, 2016' }, rest: 'at 4 p.m. they met' });
    expect(parseStandaloneDate('June 2016, 10 people')).toBeNull();
  });

  it('finds the dates the prose names with their year, not impossible ones', () => {
    expect(datesNamed('a text dated March 2, 2017, and on 14 Sept. 2016; not February 30, 2017; by March 2019')).toEqual([
      { year: 2017, month: 3, day: 2 },
      { year: 2016, month: 9, day: 14 },
      { year: 2019, month: 3, day: null },
    ]);
  });

  it('finds the events the prose names by their year, by the longest word of their name', () => {
    expect(eventsNamed('the run-up to the 2019 world championships, before the 2016 election; its 2022 re-election campaign; in 2019 and')).toEqual([
      { year: 2019, word: 'championships' },
      { year: 2016, word: 'election' },
      { year: 2022, word: 're-election' },
    ]);
  });

  it('reads Jun. and Jul. with a full stop as months', () => {
    expect(parseStandaloneDate('Jun. 16, 2016')).toMatchObject({ year: 2016, month: 6, day: 16 });
    expect(parseLeadingDate('Jul. 4 — Fireworks')?.date).toMatchObject({ month: 7, day: 4 });
  });

  it('finds the years the prose names, not numbers that look like them', () => {
    expect(yearsNamed('the 2016 election, 30,000 emails, Guccifer 2.0 and 1999')).toEqual([2016, 1999]);
    expect(yearsNamed('its 2030 net-zero target, the 2050 goal, a goal by 2035, the 2021-22 season')).toEqual([2021, 2022]);
  });
});

describe('years', () => {
  it('dates an HTML page by a stamp among its first lines when its markup has none, the stamp itself furniture', () => {
    const season = '<html><body><div class="content"><h1>Season review 2023–24</h1><p class="meta">Club Media · 21 May 2024</p><p>It was the season Rovers went top for the first time since 2009.</p><table><tr><td>Sat 12 Aug</td><td>Debutant Luca Fenn scores twice.</td></tr><tr><td>Tue 2 Jan</td><td>Top of the table.</td></tr><tr><td>Sat 13 Apr</td><td>Promotion sealed.</td></tr></table></div></body></html>';
    expect(parseHtml(season).map((d) => [d.type, d.date])).toEqual([['passage', null], ['event', '2023-08-12'], ['event', '2024-01-02'], ['event', '2024-04-13']]);
    const flood = '<html><body><main><h1>Kessling flood</h1><div class="articleDate">Published 4 March 2021</div><p>The river burst its banks.</p><p><strong>1 March</strong> – A flood alert.</p><p><strong>3 March</strong> – 400 homes are evacuated.</p></main></body></html>';
    expect(parseHtml(flood).filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2021-03-01', '2021-03-03']);
  });

  it('takes the page’s year over a background year when nothing else tells them apart and the timeline ends just before the page', () => {
    const article = (since: string) => `Ten days\n\nPublished 18 March 2024\n\nThe council has had money troubles since ${since}. This is what happened.\n\nMon 4 Mar — An anonymous email arrives.\n\nFri 15 Mar — The finance officer resigns.\n`;
    const dates = (text: string) => parseArticle(text, { slug: 'diary', format: 'text' }).documents.filter((d) => d.type === 'event').map((d) => d.date);
    // 2019 gives those weekdays as well as 2024 does.
    expect(dates(article('2019'))).toEqual(['2024-03-04', '2024-03-15']);
    // Evidence for the year named still wins: a month the prose names with its year on the entries' month.
    expect(dates(article('2019, and was warned in March 2019'))).toEqual(['2019-03-04', '2019-03-15']);
  });

  it('warns when a year given by hand puts most named weekdays on other days, and offers one that fits', () => {
    const diary = (year: number) => parseArticle('Bridge diary\n\nTuesday 14 March — Closed.\n\nThursday 16 March — Divers.\n\nMarch 18 — Reopened.\n', { slug: 'diary', format: 'text', year }).documents;
    expect(weekdaysDisagreeWith(diary(2022), 2022)).toBe('--year 2022: 2 of the 2 entries that name a weekday fall on another day ("Tuesday 14 March" is a Monday in 2022); --year 2023 fits them all');
    expect(weekdaysDisagreeWith(diary(2023), 2023)).toBeNull();
    // One weekday can be a slip; most must disagree.
    const oneOfThree = parseArticle('Diary\n\nTuesday 14 March — Closed.\n\nFriday 15 March — Divers.\n\nSaturday 18 March — Reopened.\n', { slug: 'diary', format: 'text', year: 2023 }).documents;
    expect(weekdaysDisagreeWith(oneOfThree, 2023)).toBeNull();
  });

  it('counts back from the anchor, a month earlier than the one before starting a new year', () => {
    const entries = [11, 12, 1, 3].map((month) => ({ month, statedYear: null }));
    expect(assignYears(entries, { yearsNamed: [2019] })).toEqual([2018, 2018, 2019, 2019]);
  });

  it('lets an entry’s own year win and runs forward from it', () => {
    const entries = [{ month: 12, statedYear: 2020 }, { month: 2, statedYear: null }, { month: 5, statedYear: null }];
    expect(assignYears(entries, { yearsNamed: [1990] })).toEqual([2020, 2021, 2021]);
  });

  it('reads a timeline written newest first in time order', () => {
    const months = [10, 10, 9, 7, 3].map((month) => ({ month, statedYear: null }));
    expect(assignYears(months, { yearsNamed: [2023] })).toEqual([2023, 2023, 2023, 2023, 2023]);
    const acrossNewYear = [{ month: 3, statedYear: 2023 }, { month: 11, statedYear: null }, { month: 6, statedYear: null }, { month: 2, statedYear: null }];
    expect(assignYears([{ month: 5, statedYear: 2023 }, ...acrossNewYear], { yearsNamed: [] })).toEqual([2023, 2023, 2022, 2022, 2022]);
  });

  it('reads a timeline newest first when its first and last stated years say so, whatever the months between do', () => {
    const entries = [
      { month: 2, statedYear: 2024 },
      { month: 1, statedYear: null },
      { month: 12, statedYear: null },
      { month: 11, statedYear: null },
      { month: 10, statedYear: 2023 },
    ];
    expect(assignYears(entries, { yearsNamed: [2023, 2024] })).toEqual([2024, 2024, 2023, 2023, 2023]);
  });

  it('lets the --year option anchor the last entry', () => {
    const entries = [6, 3].map((month) => ({ month, statedYear: null }));
    expect(assignYears(entries, { yearOption: 2012, yearsNamed: [2016] })).toEqual([2011, 2012]);
  });

  it('orders nothing by a year-only entry: the entries after it keep its year', () => {
    const entries = [{ month: null, statedYear: 2014 }, { month: 3, statedYear: null }, { month: 1, statedYear: null }];
    expect(assignYears(entries, { yearsNamed: [] })).toEqual([2014, 2014, 2015]);
  });

  it('lets a month the prose names with its year move the anchor only when it lands on an entry’s month', () => {
    // `warned in November 2019` about a timeline from November to March; 2019 the only year named.
    const entries = [11, 12, 1, 3].map((month) => ({ month, statedYear: null }));
    expect(assignYears(entries, { yearsNamed: [2019] })).toEqual([2018, 2018, 2019, 2019]);
    expect(assignYears(entries, { yearsNamed: [2019], datesNamed: [{ year: 2019, month: 11, day: null }] })).toEqual([2019, 2019, 2020, 2020]);
    // A month found in both years of the timeline argues for neither: the latest year named stays.
    const longer = [2, 6, 11, 2].map((month) => ({ month, statedYear: null }));
    expect(assignYears(longer, { yearsNamed: [2023], datesNamed: [{ year: 2023, month: 2, day: null }] })).toEqual([2022, 2022, 2022, 2023]);
  });

  it('lets an event the prose names by its year place the one entry that tells it', () => {
    // `the run-up to the 2019 world championships`, told in the September entry.
    const entries = [1, 3, 9, 12, 2, 6].map((month) => ({ month, statedYear: null, text: month === 9 ? 'The world championships open in Doha.' : 'Something happens.' }));
    expect(assignYears(entries, { yearsNamed: [2019] })).toEqual([2018, 2018, 2018, 2018, 2019, 2019]);
    expect(assignYears(entries, { yearsNamed: [2019], eventsNamed: [{ year: 2019, word: 'championships' }] })).toEqual([2019, 2019, 2019, 2019, 2020, 2020]);
    // Entries of both years telling of it decide nothing.
    const both = entries.map((entry) => ({ ...entry, text: 'The championships go on.' }));
    expect(assignYears(both, { yearsNamed: [2019], eventsNamed: [{ year: 2019, word: 'championships' }] })).toEqual([2018, 2018, 2018, 2018, 2019, 2019]);
  });

  it('reads the years of articles whose latest year named is not the last entry’s', () => {
    const years = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => d.date);
    // A target year names no year the story reached; a letter dated the day before its entry does.
    expect(years('Bin strike\n\nThe council says its rota is needed to meet its 2030 net-zero target.\n\n14 January: The council announces a rota.\n\n4 March: Tuttle writes to every household. The letter, dated 3 March 2019, warns of disruption.\n\n27 May: Collections resume.')).toEqual([
      '2019-01-14', '2019-03-04', '2019-05-27',
    ]);
    // When the story began: its first entry (of the month named, if one is).
    const water = 'Aug. 3 - Residents deliver a petition.\n\nDec. 3 - The judge refuses to dismiss the case.\n\nJan. 8 - The board replaces its engineer.\n\nAug. 15 - The trial opens.';
    expect(years(`Water case\n\nThe trouble began in the summer of 2018, when residents complained.\n\n${water}`)).toEqual(['2018-08-03', '2018-12-03', '2019-01-08', '2019-08-15']);
    expect(years(`Water case\n\nThe trouble began in August 2018, when residents complained.\n\n${water}`)).toEqual(['2018-08-03', '2018-12-03', '2019-01-08', '2019-08-15']);
    // An event with a capitalised name, and a season that names the year it ends in.
    expect(years('Cup run\n\nIt all changed after the 2019 Rugby World Cup.\n\nSep. 20 - The Rugby World Cup opens in Tokyo.\n\nNov. 2 - The final.\n\nJan. 14 - Training resumes.\n\nMar. 3 - The squad is named.')).toEqual([
      '2019-09-20', '2019-11-02', '2020-01-14', '2020-03-03',
    ]);
    expect(years('A season\n\nIt was a terrible 2021-22 season.\n\nAug 7 - The opener is lost.\n\nJan 3 - The manager goes.\n\nMay 14 - Relegation.')).toEqual(['2021-08-07', '2022-01-03', '2022-05-14']);
  });

  it('moves the year only forward from the latest year named: earlier dates and years are background', () => {
    const years = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => d.date);
    const entries = '\n\nJan. 1 - The second phase takes effect.\n\nApril 9 - Shops report fewer bags.\n\nOct. 2 - A review opens.';
    // An anniversary of an earlier date on an entry's day, a company that began earlier.
    expect(years(`Bags\n\nShoppers have paid for bags since Jan. 1, 2018, when the law took effect. The 2020 review is due.${entries}`)).toEqual(['2020-01-01', '2020-04-09', '2020-10-02']);
    expect(years(`Bags\n\nThe firm began in 2019 as a two-person startup. Its 2020 accounts tell the rest.${entries}`)).toEqual(['2020-01-01', '2020-04-09', '2020-10-02']);
    // A target after `by` names no year the story reached.
    expect(yearsNamed('on sale by spring 2026, by the end of 2027, in 2024')).toEqual([2024]);
  });

  it('lets a full date the prose names that falls on an entry’s day pick the year', () => {
    // `won the 2016 mayoral race`, then `a text dated March 2, 2017` about the Mar 2 entry.
    const entries = [[1, 9], [3, 2], [11, 21], [3, 10]].map(([month, day]) => ({ month: month!, day: day!, statedYear: null }));
    expect(assignYears(entries, { yearsNamed: [2016, 2017], datesNamed: [] })).toEqual([2016, 2016, 2016, 2017]);
    expect(assignYears(entries, { yearsNamed: [2016, 2017], datesNamed: [{ year: 2017, month: 3, day: 2 }] })).toEqual([2017, 2017, 2017, 2018]);
  });

  it('reads the years of an article that names more of them than a call takes arguments', () => {
    const yearsNamed = Array.from({ length: 200_000 }, (_, index) => 1900 + (index % 120));
    expect(assignYears([{ month: 1, statedYear: null }], { yearsNamed })).toEqual([2019]);
  });

  it('gives no year to entries counted back beyond the years a date can have', () => {
    const entries = Array.from({ length: 2400 }, (_, index) => ({ month: index % 2 === 0 ? 6 : 1, statedYear: null }));
    const years = assignYears(entries, { yearsNamed: [2020] });
    expect(years[0]).toBe(2020);
    expect(years.at(-1)).toBeNull();
    expect(years.every((year) => year === null || (year >= 1000 && year <= 2199))).toBe(true);
  });

  it('dates entries by a season the prose names with its year', () => {
    const documents = parseText('Bus dispute\n\nDrivers balloted in the autumn of 2022.\n\n14 November: The union announces the result.\n\n23 December: A second strike.\n\n4 January: An all-out strike begins.');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2022-11-14', '2022-12-23', '2023-01-04']);
    expect(datesNamed('in the winter of 2022')).toEqual([]);
  });

  it('leaves years unknown when nothing names one', () => {
    expect(assignYears([{ month: 1, statedYear: null }], { yearsNamed: [] })).toEqual([null]);
  });

  it('takes the years of a timeline whose prose names none from the page’s own date', () => {
    const entries = [{ month: 11, day: 20, statedYear: null }, { month: 1, day: 4, statedYear: null }];
    expect(assignYears(entries, { yearsNamed: [], pageDate: { year: 2024, month: 1, day: 10 } })).toEqual([2023, 2024]);
    // An entry later in the year than the page's date is the year before (a week's grace for a live blog's last posts).
    expect(assignYears([{ month: 12, day: 30, statedYear: null }], { yearsNamed: [], pageDate: { year: 2024, month: 1, day: 2 } })).toEqual([2023]);
    expect(assignYears([{ month: 1, day: 15, statedYear: null }], { yearsNamed: [], pageDate: { year: 2024, month: 1, day: 10 } })).toEqual([2024]);
    // The prose's years still come first: a timeline of 2016 told on a page of 2018.
    expect(assignYears([{ month: 7, day: 27, statedYear: null }], { yearsNamed: [2016], pageDate: { year: 2018, month: 3, day: 1 } })).toEqual([2016]);
  });

  it('leaves a season’s months to the latest year named: a recap’s pre-season, a financial year', () => {
    // A rule dating a season's first entry by a July cut-off was withdrawn: it misdated all three.
    const months = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => d.month);
    expect(months('Rovers 2022-23: the season in review\n\nJune\n\nA new manager.\n\nAugust\n\nOne point.\n\nMay\n\nSafety.')).toEqual(['2022-06', '2022-08', '2023-05']);
    expect(months('The trust’s 2022-23: a year in the red\n\nApril\n\nThe deficit is forecast.\n\nMarch\n\nThe accounts close.')).toEqual(['2022-04', '2023-03']);
  });

  it('lets the weekdays the entries name pick among the years the evidence offers', () => {
    // 15 March was a Wednesday in 2023 (and 1972), a Monday in 1971.
    const entries = [{ month: 3, day: 14, weekday: 2, statedYear: null }, { month: 3, day: 15, weekday: 3, statedYear: null }];
    expect(assignYears(entries, { yearsNamed: [1971], pageDate: { year: 2023, month: 3, day: 15 } })).toEqual([2023, 2023]);
    expect(assignYears(entries, { yearsNamed: [1971] })).toEqual([1972, 1972]);
    // Weekdays that fit no year offered change nothing.
    expect(assignYears(entries.map((entry) => ({ ...entry, weekday: 5 })), { yearsNamed: [1971] })).toEqual([1971, 1971]);
  });

  it('reads a live blog’s year from its byline and weekdays, not from a background year', () => {
    const html = `<html><body><h1>Budget vote – as it happened</h1><p class="byline">Hannah Okoro and Dev Patel · Wed 15 Mar 2023 01.14 GMT</p>
      <h3>Wednesday 15 March</h3><p>The vote is passed at 1am after a six-hour debate about the libraries.</p>
      <h3>Tuesday 14 March</h3><p>Eleanor Finch has used Hollins Park library every week since 1971. She learned to read there.</p></body></html>`;
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2023-03-15', '2023-03-14']);
  });

  it('reads a page’s date from its metadata or byline, never from its story', () => {
    const events = (html: string) => parseHtml(`<html><head>${html}</head></html>`).filter((d) => d.type === 'event').map((d) => d.date);
    const story = '<body><h1>Harbour works</h1><p>March 3 — The council approves the plan for the harbour wall.</p><p>April 9 — Work begins on the harbour wall.</p></body>';
    expect(events(`<meta property="article:published_time" content="2022-05-01T09:00:00Z"></head>${story}`)).toEqual(['2022-03-03', '2022-04-09']);
    expect(events(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-20T10:00:00+01:00"}</script></head>${story}`)).toEqual(['2021-03-03', '2021-04-09']);
    expect(events(`</head>${story.replace('<h1>Harbour works</h1>', '<h1>Harbour works</h1><div class="article-meta">By Ann Lee | <time datetime="2020-06-02">2 June 2020</time></div>')}`)).toEqual(['2020-03-03', '2020-04-09']);
    // A date in the story is an entry's or the background's, not the page's.
    expect(events(`</head>${story.replace('<h1>Harbour works</h1>', '<h1>Harbour works</h1><p>The wall was built on 1 May 1890.</p>')}`)).toEqual(['1890-03-03', '1890-04-09']);
    expect(events(`</head>${story}`)).toEqual([null, null]);
    // The one publication stamp of a page; a feed stamps each of its posts so, and gives none.
    const pageDate = (html: string) => pageDateOfHtml(loadPage(html));
    expect(pageDate('<p>By Ann Lee <time pubdate datetime="2019-12-01">1 December</time></p>')).toEqual({ year: 2019, month: 12, day: 1 });
    expect(pageDate('<span class="dt-published">2 June 2020</span><p>Text.</p>')).toEqual({ year: 2020, month: 6, day: 2 });
    expect(pageDate('<span class="dt-published">2 June 2020</span><span class="dt-published">3 June 2020</span>')).toBeNull();
    expect(pageDate('<div class="byline">By Ann Lee and Dev Patel</div><p>On 2 June 2020 the council met.</p>')).toBeNull();
  });

  it('takes no site section, menu or account links over a plain-text headline for the title', () => {
    const title = (text: string) => parseText(`${text}\n\nThe council met on Monday to discuss the plan.`)[0]!.articleTitle;
    expect(title('CONSUMER | MONEY\n\nBaby monitor recall: what happened and when')).toBe('Baby monitor recall: what happened and when');
    expect(title("SPORT / FOOTBALL / WOMEN'S SUPER LEAGUE\n\nEastvale Women: the season that changed everything")).toBe('Eastvale Women: the season that changed everything');
    expect(title('Skip to main content\nLOCAL NEWS\n\nRiver Lune flood: a week of rising water')).toBe('River Lune flood: a week of rising water');
    expect(title('Business | Companies | Markets\nLog in  Subscribe\n\nBrightcoin collapse: from darling to administration')).toBe('Brightcoin collapse: from darling to administration');
    // A headline of its own: not a kicker.
    expect(title('Mill closure\n\nA town loses its biggest employer')).toBe('Mill closure');
    expect(title('LOCKDOWN\n\nHow Britain shut down in a week')).toBe('LOCKDOWN');
    expect(title('LOCKDOWN\nHow one town lived through 2020')).toContain('LOCKDOWN');
    expect(title('NHS | The crisis in our A&E departments')).toBe('NHS | The crisis in our A&E departments');
    // Nor a table's rows at the top: they stay.
    expect(parseText('Date | What happened\n--- | ---\n12 March 2024 | The strike begins\n14 March 2024 | Talks fail').map((d) => d.text).join(' ')).toContain('Talks fail');
  });

  it('reads a plain-text article’s date from a byline or publication line among its first lines', () => {
    const events = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => d.date);
    const entries = '\n\nMarch 3 — The council approves the plan.\n\nApril 9 — Work begins.';
    expect(events(`Harbour works\nBy Ann Lee · 2 June 2020${entries}`)).toEqual(['2020-03-03', '2020-04-09']);
    expect(events(`Harbour works\nPublished: 1 June 2021${entries}`)).toEqual(['2021-03-03', '2021-04-09']);
    expect(events(`Harbour works\nSaturday, June 5, 2021 · 8 min read${entries}`)).toEqual(['2021-03-03', '2021-04-09']);
    expect(events(`Harbour works\nLive updates | Last updated 9:48 p.m. PT, June 5, 2021${entries}`)).toEqual(['2021-03-03', '2021-04-09']);
    // On or before the page: a year back for a page early in the next one; the page's own year for
    // the dates just ahead that a preview lists.
    expect(events('Harbour works\nPublished: 10 January 2022\n\nOctober 3 — The council approves the plan.\n\nNovember 9 — Work begins.')).toEqual(['2021-10-03', '2021-11-09']);
    expect(events(`Key dates\nPublished 23 May 2024\n\n30 May — Parliament is dissolved.\n\n7 June — Nominations close.\n\n4 July — Polling day.`)).toEqual(['2024-05-30', '2024-06-07', '2024-07-04']);
    // A retrospective told by its weekdays, which the page's year denies: the latest year before it that gives them all.
    expect(events(`A decade ago\nPublished 12 March 2024\n\nFriday 7 March — The first strike.\n\nSaturday 8 March — Talks fail.\n\nSunday 9 March — The pits close.`)).toEqual(['2014-03-07', '2014-03-08', '2014-03-09']);
    // A byline's date on the line under it (or over it) dates the page, and is no entry: the
    // paragraph after it is no event, and a season's months fall before the page.
    const summary = (text: string) => parseText(text).map((d) => `${d.type[0]} ${d.date ?? d.month ?? '-'} ${d.text}`);
    expect(summary('Brackley’s season\nBy Owen Pritchard\nSunday 19 May 2024\n\nNobody gave Brackley hope.\n\nAugust\nA 4-0 defeat on the opening day.\n\nApril 27\nA win seals fifth place.')).toEqual([
      'p - Nobody gave Brackley hope.', 'e 2023-08 A 4-0 defeat on the opening day.', 'e 2024-04-27 A win seals fifth place.',
    ]);
    expect(summary('The memory protein\n14 February 2022\nBy Hannah Lowe, Science Correspondent\n\nIn 2016 a lab announced a protein.\n\nMarch 2021 — An inquiry opens.\n\n10 February 2022 — The paper is retracted.')).toEqual([
      'p - In 2016 a lab announced a protein.', 'e 2021-03 An inquiry opens.', 'e 2022-02-10 The paper is retracted.',
    ]);
    // A dateline right under the title, set apart from what follows.
    expect(summary('Kettle recall: a timeline\n2021-09-30\n\nHalden recalled 410,000 kettles.\n\n- 2019-11-04: Halden logs the first complaint.\n- 2021-09-27: The recall is announced.')).toEqual([
      'p - Halden recalled 410,000 kettles.', 'e 2019-11-04 Halden logs the first complaint.', 'e 2021-09-27 The recall is announced.',
    ]);
    // A dateline followed by more dates set the same way is a timeline's first entry; one over a byline dates the page.
    expect(summary('Covid: the first weeks\n3 March 2020\n\nThe first case is confirmed.\n\n11 March 2020\n\nA pandemic is declared.')).toEqual([
      'e 2020-03-03 The first case is confirmed.', 'e 2020-03-11 A pandemic is declared.',
    ]);
    expect(summary('Harlow flood\n14 February 2022\nBy Hannah Lowe, Environment Correspondent\n\nThe town counts the cost.\n\n9 February — Rain begins.\n\n11 February — The river bursts its banks.')).toEqual([
      'p - The town counts the cost.', 'e 2022-02-09 Rain begins.', 'e 2022-02-11 The river bursts its banks.',
    ]);
    // A year inside someone's words is their comparison, not the story's: the page's date dates the timeline.
    expect(summary('River flood\n\nBy Sam Hill\nDecember 30, 2023\n\nResidents fought the water.\n\nDecember 26\nThe manager said the defences had "held better than 2015".\n\nDecember 29\nWater levels began to fall.').filter((d) => d.startsWith('e'))).toEqual([
      'e 2023-12-26 The manager said the defences had "held better than 2015".', 'e 2023-12-29 Water levels began to fall.',
    ]);
    // Nor a year someone remembers: an undated timeline rather than a misdated one (`I was here in 2007`).
    expect(summary('The flood\n\nAnn Reeve lost her home. "I was here in 2007 too," she said.\n\nMarch — Heavy rain begins.\n\nJune — The first homes are flooded.').filter((d) => d.startsWith('e'))).toEqual([
      'e - Heavy rain begins.', 'e - The first homes are flooded.',
    ]);
    // Weekdays alone date nothing, even under a page's date: a retrospective, a preview or a blog told newest first would be misdated.
    expect(summary('Fire live\nPublished Thursday 17 August 2023\n\nMonday\n\n6:12 a.m. — Smoke is reported.\n\nWednesday\n\n8:00 a.m. — Containment reaches 15%.').filter((d) => d.startsWith('e'))).toEqual([]);
    // Run on into its entry's text, the date under a byline is the first entry's; another story's card with a reading time dates nothing.
    expect(summary('Partygate\nBy Hannah Lowe\n19 June 2020\nA cake is presented in the Cabinet Room.\n\n18 December 2020\nA party is held in Number 10.')).toEqual([
      'e 2020-06-19 A cake is presented in the Cabinet Room.', 'e 2020-12-18 A party is held in Number 10.',
    ]);
    expect(events('Ten years on\nPreviously in this series: The night the ferry sank, 11 November 2013 · 6 min read\n\nMarch 3 — The ferry leaves port.\n\nApril 9 — The inquiry opens.')).toEqual([null, null]);
    // Apart from the byline, a date line is the timeline's first entry.
    expect(summary('The memory protein\nBy Hannah Lowe\n\n14 February 2021\nA lab announces a protein.\n\n10 February 2022\nThe paper is retracted.')).toEqual([
      'e 2021-02-14 A lab announces a protein.', 'e 2022-02-10 The paper is retracted.',
    ]);
    // `By` before a date opens a sentence of the story.
    expect(events(`Harbour works\n\nBy 3 March 2021, the council had run out of money.${entries}`)).toEqual(['2021-03-03', '2021-04-09']);
    expect(events(`Harbour works${entries}`)).toEqual([null, null]);
  });
});

describe('more ways to write an entry’s date', () => {
  it.each([
    ['an approximate date', 'Around 14 May 2021', { year: 2021, month: 5, day: 14 }],
    ['a range written with to', 'June 3 to June 5, 2022', { year: 2022, month: 6, day: 3 }],
    ['a range of days written with to', '3 to 5 June 2022', { year: 2022, month: 6, day: 3 }],
    ['a season across the turn of a year', 'Winter 2019/20', { year: 2019, month: null, day: null }],
    ['a holiday', 'Christmas Eve 2022', { year: 2022, month: 12, day: 24 }],
    ['a decade', 'The 1990s', { year: 1990, month: null, day: null }],
    ['part of a decade', 'the mid-1990s', { year: 1990, month: null, day: null }],
    ['a range said in words', 'Between 3 and 5 June 2022', { year: 2022, month: 6, day: 3 }],
    ['a day as an ordinal word', 'The twenty-first of June 2021', { year: 2021, month: 6, day: 21 }],
    ['a day as an ordinal word, with no year', 'The first of May', { year: null, month: 5, day: 1 }],
    ['Easter, by its year', 'Easter Sunday 2023', { year: 2023, month: 4, day: 9 }],
    ['a feast set by Easter', 'Good Friday 2024', { year: 2024, month: 3, day: 29 }],
    ['a two-digit year', '14/5/23', { year: 2023, month: 5, day: 14 }],
    ['a two-digit year of the last century', '5/14/98', { year: 1998, month: 5, day: 14 }],
    ['an ordinal word before the month', 'Fourteenth July', { year: null, month: 7, day: 14 }],
    ['the month, then the day after the', 'June the thirtieth', { year: null, month: 6, day: 30 }],
    ['the month, then the day in figures after the', 'July the 2nd', { year: null, month: 7, day: 2 }],
    ['a season across two years', '2019–20 season', { year: 2019, month: null, day: null }],
    ['a season across two years, with a slash', '2022/23', { year: 2022, month: null, day: null }],
    ['a short year after an apostrophe', "Mar 15 '22", { year: 2022, month: 3, day: 15 }],
    ['a short year after the month', '14 Mar 22', { year: 2022, month: 3, day: 14 }],
    ['hyphens between day, month and year', '12-Mar-2022', { year: 2022, month: 3, day: 12 }],
    ['a year before 1800', '19 August 1745', { year: 1745, month: 8, day: 19 }],
    ['a military time after the date', '12 March 2022, 0600 hrs', { year: 2022, month: 3, day: 12 }],
  ])('reads %s', (_name, text, date) => {
    expect(parseStandaloneDate(text)).toMatchObject({ ...date, text });
    expect(parseLeadingDate(`${text}: The line floods.`)).toMatchObject({ date: { ...date, text }, rest: 'The line floods.' });
  });

  it('reads no date in a sentence that only opens like one', () => {
    expect(parseLeadingDate('About 200 people came to the hall.')).toBeNull();
    expect(parseLeadingDate('Christmas shopping began early that year.')).toBeNull();
    expect(parseLeadingDate('The first of may be the last: the vote is close.')).toBeNull();
    expect(parseLeadingDate('The first of many votes — it fails.')).toBeNull();
    expect(parseLeadingDate('Easter egg hunts: the village hall.')).toBeNull();
    // Two years that do not follow each other are no season: `2016-06` is no date read here.
    expect(parseLeadingDate('2016-06 figures: the line floods.')).toBeNull();
  });

  it('reads two-digit slash years day first when one of the article’s dates can only be', () => {
    const dates = ['03/02/23', '14/03/23'].map((text) => parseStandaloneDate(text));
    expect(withSlashDatesDayFirst(dates)).toMatchObject([{ year: 2023, month: 2, day: 3 }, { year: 2023, month: 3, day: 14 }]);
  });
});

describe('live blogs and stamps', () => {
  it.each([
    ['0600 hrs', 360],
    ['1545 hrs', 945],
    ['1130Z', 690],
    ['2100 BST', 1260],
    ['6.45pm BST (1.45pm EDT)', 1125],
    ['3pm GMT / 10am ET', 900],
    ['Noon', 720],
    ['12 noon', 720],
    ['Midnight', 0],
    ['16h50', 1010],
    ['9pm-10pm', 1260],
    ['9am–11am', 540],
  ])('reads the live blog stamp %s', (time, minutes) => {
    expect(timeOfDate(`14 March 2023, ${time}`)).toBe(minutes);
    expect(parseLeadingTime(`${time} — Trading is halted.`)).toEqual({ time, rest: 'Trading is halted.' });
    expect(minutesOfDay(time)).toBe(minutes);
  });

  it('reads a stamp written with a full stop and no separator (`2.05pm The chair …`)', () => {
    expect(parseLeadingTime('2.05pm Whitcombe breaks down.')).toEqual({ time: '2.05pm', rest: 'Whitcombe breaks down.' });
    expect(parseLeadingTime('9.58 am The witness returns.')).toEqual({ time: '9.58 am', rest: 'The witness returns.' });
    const events = parseText('Inquiry live\n\nTuesday 15 June 2021\n\n9.58am Whitcombe returns to the witness box.\n\n10:40 Whitcombe says he read only the summary.\n\n2.05pm Whitcombe breaks down.').filter((d) => d.type === 'event');
    expect(events.map((d) => [d.minuteOfDay, d.text])).toEqual([
      [598, 'Whitcombe returns to the witness box.'],
      [640, 'Whitcombe says he read only the summary.'],
      [845, 'Whitcombe breaks down.'],
    ]);
    // A price or a score is no stamp: it has no am or pm.
    expect(parseLeadingTime('2.05 Shares closed lower.')).toBeNull();
  });

  it('dates the days known by name that fall on the same date every year (`Christmas Eve —`, `Boxing Day`), by chronology', () => {
    const events = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => `${d.date ?? d.month} ${d.text}`);
    expect(events('Strikes\nPublished 20 February 2023\n\nDecember 14 — Nurses walk out.\n\nChristmas Eve — Ambulance crews announce dates.\n\nNew Year’s Day — Talks will resume, the minister says.\n\nJanuary 18 — A second strike begins.')).toEqual([
      '2022-12-14 Nurses walk out.', '2022-12-24 Ambulance crews announce dates.', '2023-01-01 Talks will resume, the minister says.', '2023-01-18 A second strike begins.',
    ]);
    expect(events('Season\n\nNovember 2023\nLisa Hartnell becomes manager.\n\nBoxing Day\nA 2-2 draw at Alvechurch.\n\nHalloween 2024\nThe club is sold.')).toEqual([
      '2023-11 Lisa Hartnell becomes manager.', '2023-12-26 A 2-2 draw at Alvechurch.', '2024-10-31 The club is sold.',
    ]);
    // In a sentence, or before an aside, a named day is no entry's date.
    expect(parseLeadingDate('Christmas Eve was quiet in the ward.')).toBeNull();
    expect(parseLeadingDate('Christmas Day – the first without snow – passed quietly.')).toBeNull();
    expect(parseLeadingDate('Boxing Day. The sales began at dawn.')).toBeNull();
    expect(parseLeadingDate('Christmas Day: a time for family, said the bishop.')).toBeNull();
    expect(parseStandaloneDate('Christmas')).toBeNull();
  });

  it('reads no stamp in a 24-hour time with a full stop and no separator: a numbered paragraph, a version or a race time reads the same', () => {
    for (const text of ['14.05 The river bursts its banks.', '10.12 The panel found no fault.', '22.04 Ubuntu ships a new kernel.', '4.12 The inquiry heard from the matron.']) {
      expect(parseLeadingTime(text), text).toBeNull();
    }
  });

  it('moves a blog told oldest first into the next day when its clock passes midnight', () => {
    const events = parseText('Results night\n\nThursday 2 May 2024\n\n22:40 — First result.\n\n23:52 — Three results declared.\n\n00:30 — The recount begins.\n\n03:20 — Final result declared.').filter((d) => d.type === 'event');
    expect(events.map((d) => d.date)).toEqual(['2024-05-02', '2024-05-02', '2024-05-03', '2024-05-03']);
    // Told newest first, the clock runs back and no day moves.
    const newest = parseText('Results night\n\nThursday 2 May 2024\n\n23:52 — Three results declared.\n\n22:40 — First result.\n\n21:05 — Ballot boxes arrive.').filter((d) => d.type === 'event');
    expect(newest.map((d) => d.date)).toEqual(['2024-05-02', '2024-05-02', '2024-05-02']);
  });

  it('dates a day named without its month from the entry before: the next such weekday, or that day of the month', () => {
    const week = parseText('A week in court\n\nMonday 6 November 2023 — The trial opens.\n\nTuesday — The first witness is heard.\n\nThursday, 10am: The defence opens.\n\nFriday 10 November 2023 — The jury is sent home.').filter((d) => d.type === 'event');
    expect(week.map((d) => [d.date, d.text])).toEqual([
      ['2023-11-06', 'The trial opens.'],
      ['2023-11-07', 'The first witness is heard.'],
      ['2023-11-09', 'The defence opens.'],
      ['2023-11-10', 'The jury is sent home.'],
    ]);
    const month = parseText('A month of firsts\n\nMarch 2021\n\n4th — The trust signs its lease.\n\nThursday 11th — Clearing begins.\n\n18th: The rails arrive.').filter((d) => d.type === 'event');
    expect(month.map((d) => d.date)).toEqual(['2021-03-04', '2021-03-11', '2021-03-18']);
    // Told newest first (by its dates, or as it says), the labels step back in time.
    const newest = parseText('Flood: latest first\n\nFriday 12 March 2021 — The water receded.\n\nThursday — The army withdrew.\n\nMonday 8 March 2021 — The river burst its banks.').filter((d) => d.type === 'event');
    expect(newest.map((d) => d.date)).toEqual(['2021-03-12', '2021-03-11', '2021-03-08']);
    // A sentence opening with a weekday is no label.
    const sentence = parseText('Strike\n\nMonday 6 March 2023 — Talks open.\n\nTuesday was quiet on the picket line.\n\nFriday 10 March 2023 — The strike ends.').filter((d) => d.type === 'event');
    expect(sentence.map((d) => d.date)).toEqual(['2023-03-06', '2023-03-10']);
  });

  it('dates a moment told from the entry before (`The next morning`, `Two days later`), or makes it approximate (`Weeks later`)', () => {
    const events = parseText(
      'The search\n\nSaturday 8 October 2022\n\nVale leaves her cottage.\n\nThe next morning\n\nTeams begin searching.\n\nTwo days later — A walker finds her rucksack.\n\nWeeks later\n\nThe search is scaled back.\n\n12 December 2022\n\nAn inquest opens. Two days later, the coroner spoke.',
    ).filter((d) => d.type === 'event');
    expect(events.map((d) => [d.date, d.month, d.dateApproximate])).toEqual([
      ['2022-10-08', '2022-10', false],
      ['2022-10-09', '2022-10', false],
      ['2022-10-11', '2022-10', false],
      [null, '2022-10', true],
      ['2022-12-12', '2022-12', false],
    ]);
  });

  it('reads slash dates day first when the article writes its other dates so, or when only that keeps them in order', () => {
    const dates = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => d.date);
    expect(dates('School\n\n04/03/2021 - Consultation.\n\n11/03/2021 - Parents organise.\n\n06/04/2021 - Petition.\n\n10/05/2021 - Vote.')).toEqual(['2021-03-04', '2021-03-11', '2021-04-06', '2021-05-10']);
    expect(dates('Bridge\n\n4th March, 2021 — Contract.\n\n05/01/2022 — Warning.\n\n21st July, 2022 — Collapse.')).toEqual(['2021-03-04', '2022-01-05', '2022-07-21']);
    // In order month first, they stay month first.
    expect(dates('School\n\n03/04/2021 - Consultation.\n\n03/11/2021 - Parents organise.\n\n04/06/2021 - Petition.')).toEqual(['2021-03-04', '2021-03-11', '2021-04-06']);
  });

  it('reads a British blog’s dotted times before a dash', () => {
    const events = parseText('Budget day\n\n14 March 2023\n\n11.50 — The chancellor arrives.\n\n12.30 — The chancellor rises to speak.').filter((d) => d.type === 'event');
    expect(events.map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-03-14', '14 March 2023, 11.50', 'The chancellor arrives.'],
      ['2023-03-14', '14 March 2023, 12.30', 'The chancellor rises to speak.'],
    ]);
  });

  it('reads an ISO stamp with seconds and zone before the entry’s text, with no separator', () => {
    const events = parseText('Line log\n\n2021-05-14T09:30:00Z A lease is agreed.\n\n2021-05-15T10:00:00+01:00 The first work party meets.').filter((d) => d.type === 'event');
    expect(events.map((d) => [d.date, d.text])).toEqual([['2021-05-14', 'A lease is agreed.'], ['2021-05-15', 'The first work party meets.']]);
  });

  it('takes a year planned, not reached, for no year of the story', () => {
    const events = parseText('Bus contract\n\nFerrow won the contract in 2021. It was due to run until 2027, but the firm handed it back.\n\nOctober 9\n\nFerrow cancels services.\n\nJanuary 12\n\nFerrow hands back the contract.').filter((d) => d.type === 'event');
    expect(events.map((d) => d.date)).toEqual(['2020-10-09', '2021-01-12']);
  });

  it('takes a year foreseen with will or would for no year of the story', () => {
    const events = parseText('Bridge works\n\nThe bridge was approved in 2021 and will open in 2025.\n\nMarch 3 — The council approves the design.\n\nJune 9 — Work starts.').filter((d) => d.type === 'event');
    expect(events.map((d) => d.date)).toEqual(['2021-03-03', '2021-06-09']);
    expect(yearsNamed('The pier, shut in 2019, will not reopen until 2027; it won’t be finished before 2028.')).toEqual([2019]);
    // A year the story reached stays, whatever the sentence foresees after it.
    expect(yearsNamed('In 2024 the council said it will vote soon.')).toEqual([2024]);
    // Found by an adversarial tester: `would` in a story told in the past looks back on what
    // happened; `will` may be a noun; a clause of its own has its own year.
    expect(yearsNamed('The pit, sunk in 1952, would close in 1984 after a strike.')).toEqual([1952, 1984]);
    expect(yearsNamed('It went ahead against the will of most residents in 2019.')).toEqual([2019]);
    expect(yearsNamed('An inquiry will examine what the council did in 2019.')).toEqual([2019]);
  });
});

describe('dates set in HTML elements', () => {
  const events = (html: string) => parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.text]);
  const expected = [['2021-03-14', 'Dockers vote to strike.'], ['2021-04-02', 'First walkout.']];

  it('reads a date whose parts stand in elements of their own, with or without spaces between them', () => {
    expect(events('<article><h1>Dock strike</h1><div class="row"><div class="d"><span>14</span><span>Mar</span><span>2021</span></div><p>Dockers vote to strike.</p></div><div class="row"><div class="d"><span>2</span><span>Apr</span><span>2021</span></div><p>First walkout.</p></div></article>')).toEqual(expected);
    expect(events('<article><h1>Dock strike</h1><p><span>March</span> <span>14</span>, <span>2021</span> — Dockers vote to strike.</p><p><span>April</span> <span>2</span>, <span>2021</span> — First walkout.</p></article>')).toEqual(expected);
    // Sub- and superscripts stay in their word.
    expect(parseHtml('<article><h1>Air</h1><p>March 14, 2021 — CO<sub>2</sub> rises on the 2<sup>nd</sup> day.</p><p>April 2, 2021 — It falls.</p></article>')[0]!.text).toBe('CO2 rises on the 2nd day.');
  });

  it('takes the year a <time> leaves out of its text from its datetime attribute', () => {
    expect(events('<article><h1>Dock strike</h1><ol><li><time datetime="2021-03-14">Mar. 14</time> — Dockers vote to strike.</li><li><time datetime="2021-04-02">2 April</time> — First walkout.</li></ol></article>')).toEqual(expected);
  });

  it('ends a timeline set in repeated rows (an accordion, divs of one class) where its container ends', () => {
    const html = (rows: string) => `<article><h1>Dock strike</h1><div class="tl">${rows}</div><p>The port did not respond to requests for comment.</p></article>`;
    for (const rows of [
      '<details><summary>14 March 2021</summary><p>Dockers vote to strike.</p></details><details><summary>2 April 2021</summary><p>First walkout.</p></details>',
      '<div class="row"><div class="d">14 March 2021</div><p>Dockers vote to strike.</p></div><div class="row"><div class="d">2 April 2021</div><p>First walkout.</p></div>',
    ]) {
      const documents = parseHtml(html(rows));
      expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual(expected);
      expect(documents.at(-1)).toMatchObject({ type: 'passage', text: 'The port did not respond to requests for comment.' });
    }
  });

  it('reads Word’s tab after a date as the entry’s separator', () => {
    const tab = '<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp; </span>';
    expect(events(`<div class="WordSection1"><p class="MsoNormal">14 March 2021${tab}Dockers vote to strike.</p><p class="MsoNormal">2 April 2021${tab}First walkout.</p></div>`)).toEqual(expected);
  });

  it('takes a bold number counting what follows it for no year (`<strong>2000</strong> sandbags`)', () => {
    const documents = parseHtml('<article><h1>Floods</h1><p><b>March 3, 2021</b> The first homes flooded.</p><p><b>March 5, 2021</b> The army arrived.</p><h2>By the numbers</h2><ul><li><strong>2000</strong> sandbags handed out</li><li><strong>1500</strong> homes without power</li></ul></article>');
    expect(documents.filter((d) => d.type === 'passage').map((d) => d.text)).toEqual(['2000 sandbags handed out', '1500 homes without power']);
  });

  it('gives a date set in bold back to its paragraph when no timeline forms', () => {
    const documents = parseHtml('<article><h1>Pier</h1><p>The plan was shelved.</p><p><b>1 December 2023:</b> The cabinet votes to shelve it.</p><p>The money goes elsewhere.</p></article>');
    expect(documents.map((d) => [d.type, d.text])).toEqual([
      ['passage', 'The plan was shelved.'],
      ['passage', '1 December 2023: The cabinet votes to shelve it.'],
      ['passage', 'The money goes elsewhere.'],
    ]);
  });

  it('drops Word’s footnote and comment marks, footnotes and reviewers’ comments', () => {
    const html = '<div class=WordSection1><p class=MsoNormal><b>14 March 2021</b> Dockers vote to strike.<a href="#_ftn1" name="_ftnref1">[1]</a></p><p class=MsoNormal><b>2 April 2021</b> First walkout.<a class=msocomanchor href="#_msocom_1">[BE1]</a></p></div><div style="mso-element:footnote-list"><div style="mso-element:footnote" id=ftn1><p>[1] Minutes of the meeting, item 7.</p></div></div><div style="mso-element:comment-list"><div style="mso-element:comment"><p>Check this date with Derek.</p></div></div>';
    expect(events(html)).toEqual(expected);
    expect(parseHtml(html).length).toBe(2);
  });

  it('takes a Word or Docs title paragraph for the title when the page sets its sections in several <h1>', () => {
    const html = '<html><head><title>Chronology – Halden fire</title></head><body><div class=WordSection1><p class=MsoTitle>Chronology of the Halden fire</p><h1>Before the fire</h1><p class=MsoNormal><b>14 March 2021</b> Dockers vote to strike.</p><h1>The fire</h1><p class=MsoNormal><b>2 April 2021</b> First walkout.</p></div></body></html>';
    const documents = parseArticle(html, { slug: 'h', format: 'html' }).documents;
    expect(documents.map((d) => [d.articleTitle, d.section, d.date, d.text])).toEqual([
      ['Chronology of the Halden fire', 'Before the fire', '2021-03-14', 'Dockers vote to strike.'],
      ['Chronology of the Halden fire', 'The fire', '2021-04-02', 'First walkout.'],
    ]);
  });

  it('drops the page’s own date marked as such, wherever it stands', () => {
    const documents = parseHtml(
      '<article><div class="top"><h1>Dock strike</h1><div class="meta"><a class="author">Tamsin Okoro</a> <time class="dt-published" datetime="2024-02-12" pubdate>February 12, 2024</time></div></div><p>Few expected the strike to last.</p><h3>14 March 2021</h3><p>Dockers vote to strike.</p><h3>2 April 2021</h3><p>First walkout.</p></article>',
    );
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual(expected);
    expect(documents.some((d) => d.type === 'passage' && d.text === 'Few expected the strike to last.')).toBe(true);
  });
});

describe('timeline entries', () => {
  it('reads a timeline told year by year: a bare year with what happened under it is an entry of that year', () => {
    const yearly = (documents: ReturnType<typeof parseText>) => documents.filter((d) => d.type === 'event').map((d) => [d.year, d.month, d.text]);
    const expected = [[2011, null, 'The owner announces plans to sell the ground.'], [2012, null, 'The supporters’ trust is formed.']];
    expect(yearly(parseText('The ground\n\n2011\n\nThe owner announces plans to sell the ground.\n\n2012\n\nThe supporters’ trust is formed.'))).toEqual(expected);
    expect(yearly(parseHtml('<article><h1>The ground</h1><h3>2011</h3><p>The owner announces plans to sell the ground.</p><h3>2012</h3><p>The supporters’ trust is formed.</p></article>'))).toEqual(expected);
    expect(yearly(parseHtml('<article><h1>The ground</h1><dl><dt>2011</dt><dd>The owner announces plans to sell the ground.</dd><dt>2012</dt><dd>The supporters’ trust is formed.</dd></dl></article>'))).toEqual(expected);
    expect(yearly(parseHtml('<article><h1>The ground</h1><ul><li><strong>2011</strong> The owner announces plans to sell the ground.</li><li><strong>2012</strong> The supporters’ trust is formed.</li></ul></article>'))).toEqual(expected);
    // A year with nothing but dated entries under it stays their heading.
    const headed = parseText('The ground\n\n2011\n\nMarch 3 — The owner announces a sale.\n\nJune 9 — The trust is formed.').filter((d) => d.type === 'event');
    expect(headed.map((d) => d.date)).toEqual(['2011-03-03', '2011-06-09']);
  });

  it('never starts an entry at a date inside a sentence', () => {
    const documents = parseText('Jun 1\n\nFirst thing happens.\n\nJun 2\n\nAs on Jun 7 when he spoke, nothing changed.\n\nIn 2016.');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.text)).toEqual(['First thing happens.', 'As on Jun 7 when he spoke, nothing changed.\n\nIn 2016.']);
  });

  it('holds every paragraph of an entry in one event', () => {
    const documents = parseText('March 3, 2021\n\nOne.\n\nTwo.\n\nMarch 4, 2021\n\nThree.');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.text)).toEqual(['One.\n\nTwo.', 'Three.']);
  });

  it('uses year headings for the entries under them', () => {
    const documents = parseText('2019\n\nNov 2\n\nA.\n\n2020\n\nJan 5\n\nB.\n\nFeb 1\n\nC.');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2019-11-02', '2020-01-05', '2020-02-01']);
  });

  it('reads a timeline written as a list of dated items', () => {
    const documents = parseHtml('<article><ul><li><b>2016-06-16:</b> Launch.</li><li><b>2016-07-01:</b> Second step.</li></ul></article>');
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([['2016-06-16', 'Launch.'], ['2016-07-01', 'Second step.']]);
  });

  it('reads a month standing alone, with or without its part, as a month-only entry after a dated one', () => {
    const documents = parseHtml('<article><h3>September 2022</h3><p>A.</p><h3>Mid-October</h3><p>B.</p><h3>Late March</h3><p>C.</p><h3>May 1, 2023</h3><p>D.</p></article>');
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.month, d.dateText])).toEqual([
      ['2022-09', 'September 2022'],
      ['2022-10', 'Mid-October'],
      ['2023-03', 'Late March'],
      ['2023-05', 'May 1, 2023'],
    ]);
    expect(parseStandaloneDate('May')).toMatchObject({ month: 5, day: null, year: null });
    expect(parseStandaloneDate('Mayday')).toBeNull();
  });

  it('ends the timeline at a subheading in sentence case, one word included', () => {
    for (const heading of ['What happens next', 'Aftermath', 'Where things stand?']) {
      const documents = parseText(`Harbour Timeline\n\nJun 1, 2021\n\nOne.\n\nJun 2, 2021\n\nTwo.\n\n${heading}\n\n"This case will take years to resolve," said Louis Fontaine.`);
      expect(documents.filter((d) => d.type === 'event').map((d) => d.text)).toEqual(['One.', 'Two.']);
      expect(documents.filter((d) => d.type === 'quote').map((d) => [d.date, d.section])).toEqual([[null, heading]]);
    }
    // A short entry that ends its sentence, or holds a figure, is no heading.
    const documents = parseText('Jun 1, 2021\n\nOne.\n\nJun 2, 2021\n\nThe vote passes.\n\nTurnout was 41 percent\n\nJun 3, 2021\n\nThree.');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.text)).toEqual(['One.', 'The vote passes.\n\nTurnout was 41 percent', 'Three.']);
  });

  it('takes no year a story has not reached (a target "by 2035") as the anchor', () => {
    expect(yearsNamed('In 2026 the talks aim for $400bn a year by 2035.')).toEqual([2026]);
  });

  it('treats an article with fewer than two dates as narrative', () => {
    const documents = parseText('On June 3, 2020 — the council met.\n\nIt was long.');
    expect(documents.every((d) => d.type === 'passage')).toBe(true);
  });
});

describe('quotations', () => {
  it.each([
    ['curly quotes', 'He said “we will build the bridge again.”', 'we will build the bridge again.'],
    ['straight quotes', 'He said "we will build the bridge again."', 'we will build the bridge again.'],
    ['a mismatched opening mark', '”I actually have communicated with him.”', 'I actually have communicated with him.'],
  ])('finds %s', (_name, text, expected) => {
    expect(findQuotations(text).map((quote) => quote.text)).toEqual([expected]);
  });

  it.each([
    ['a name', '“Mike Erickson,” who was an operative'],
    ['a title', 'appeared on “This Week” on Sunday'],
    ['a title of four words', 'his book “The Art of the Deal” sold'],
    ['a scare-quoted word', 'it was “weird” that they met'],
    ['a short phrase', 'Russia has “thousands of emails” and more'],
    ['a short phrase closed by a comma, with no verb of speaking after it', 'Critics called it “a mess,” and left.'],
    ['a term named before a verb of speaking', 'The so-called “red wall,” said analysts, had crumbled.'],
    ['a word set off before a verb', 'The word “sorry,” wrote Lee, was missing.'],
    ['a one-word answer', '“Yes,” said Lee.'],
    ['a short title before a verb', '“Project Fear,” said critics.'],
    // Found by an adversarial tester: short words inside a sentence are named or reported, not said.
    ['a scare quote ending its sentence before the next one’s verb', 'Critics dubbed it a “white elephant.” Mayor Ann Lee said it would pay.'],
    ['words reported inside a sentence', 'John Park insisted the deal was “dead and buried,” Lee told reporters.'],
    ['a chant named inside a sentence', 'Voters chanted “four more years,” Lee said.'],
    ['a term after as', 'Residents described the decision as “totally unfair,” said Tom Hale.'],
    ['a scare-quoted name', 'The utility’s “rapid response team,” Mayor Ann Lee said, took nine hours.'],
  ])('finds no quotation in %s', (_name, text) => {
    expect(findQuotations(text)).toEqual([]);
  });

  it.each([
    ['“We are confident,” said its chief executive, Dana Reyes.', 'We are confident'],
    ['"It is over," Mayor Ann Lee said.', 'It is over'],
    ['“Not today!” he shouted.', 'Not today!'],
    ['“No comment,” a spokesman replied.', 'No comment'],
    ['Supplies fail. “No comment,” a spokesman for the utility said.', 'No comment'],
  ])('finds a short quotation closed by its own mark and followed by a verb of speaking: %s', (text, expected) => {
    expect(findQuotations(text).map((quote) => quote.text)).toEqual([expected]);
  });

  it('keeps what a third adversarial tester found the short-quotation rules inventing', () => {
    const quotes = (text: string) => parseText(`Hearing\n\nJan 1, 2022 — A hearing.\n\nJan 2, 2022 — ${text}`).filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker]);
    // An answer after a question is someone else's; a sentence after may name another voice.
    expect(quotes('“Did you know about the payments at all?” Ana Ruiz asked. “No, ma\'am.”')).toEqual([['Did you know about the payments at all?', 'Ana Ruiz']]);
    expect(quotes('“We will keep fighting this all the way,” Hale said. “Never again.” That was Reyes’s verdict.')).toEqual([['We will keep fighting this all the way', 'Hale']]);
    expect(quotes('“Can everyone at the back hear me?” Reyes shouted. “Yes, we can!” The rally lasted an hour.').map(([text]) => text)).toEqual(['Can everyone at the back hear me?']);
    // No one, or a passive, after the verb.
    expect(quotes('“Thank you,” wrote nobody on the petition.')).toEqual([]);
    expect(quotes('“Who knows?” answered by nobody, the question hung there.')).toEqual([]);
    // Elisions inside a sentence open no quotation of several paragraphs.
    expect(quotes("They moved to the 'burbs, like thousands of others that spring.")).toEqual([]);
    expect(quotes("Fans drank there 'cos it was the last proper pub in town.")).toEqual([]);
  });

  it('reads a quotation of several paragraphs in single marks, each but the last left open', () => {
    // Found by a tester: the open paragraph's words were lost.
    const quotes = parseText("Club\n\n29th April 2023\nA win clinches the title.\n\n'Thirty-one years,' said Rhian Lewis-Hart. 'Thirty-one years my dad waited for this, and he never saw it.\n\n'So this one is for him, and for every one of you.'\n\n30th April 2023\nThe band formed in the '80s and played. 'Tis the season to be jolly, they sang.").filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.text, d.speaker])).toEqual([
      ['Thirty-one years', 'Rhian Lewis-Hart'],
      ['Thirty-one years my dad waited for this, and he never saw it.', 'Rhian Lewis-Hart'],
      ['So this one is for him, and for every one of you.', 'Rhian Lewis-Hart'],
    ]);
  });

  it('reads a short quotation going on after its attribution as the same voice', () => {
    // Found by a tester: `It is statistics.` was dropped for its three words.
    const quotes = parseText('Figures\n\nJan 1, 2022 — Hale defends the figures. “We have been clear about the numbers from the start,” Hale told reporters. “It is statistics.”\n\nJan 2, 2022 — “We are done with this council and its endless delays,” Lee said. “Fake news” is what critics called it.').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.text, d.speaker])).toEqual([
      ['We have been clear about the numbers from the start', 'Hale'],
      ['It is statistics.', 'Hale'],
      ['We are done with this council and its endless delays', 'Lee'],
    ]);
  });

  it('credits a short quotation to the one the verb after it names', () => {
    const quotes = parseText('Water\n\nHow the town lost its water.\n\nMarch 3, 2023 — A main bursts.\n\nMarch 12, 2023 — Supplies fail again. “We are sure,” said the utility’s chief executive, Dana Reyes.').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.text, d.speaker, d.date])).toEqual([['We are sure', 'Dana Reyes', '2023-03-12']]);
  });

  it('finds single-quoted quotations beside double-quoted ones, but not inside them', () => {
    expect(findQuotations('"We were shocked by the tests," she said. \'We knew we had to speak out,\' she added.').map((quote) => quote.text)).toEqual([
      'We were shocked by the tests',
      'We knew we had to speak out',
    ]);
    expect(findQuotations('“The ‘deep state’ is a myth and we all know it,” she said.').map((quote) => quote.text)).toEqual(['The ‘deep state’ is a myth and we all know it']);
  });

  it('joins a quotation interrupted by its attribution, and keeps the interruption apart', () => {
    const text = '“We will not,” Mayor Ann Lee said, “give up this fight for anyone.”';
    const [quote, ...rest] = findQuotations(text);
    expect(rest).toEqual([]);
    expect(quote!.text).toBe('We will not give up this fight for anyone.');
    expect(text.slice(quote!.aside!.start, quote!.aside!.end)).toBe(' Mayor Ann Lee said, ');
    // Two sentences, or a second part that starts a sentence of its own, stay two quotations.
    expect(findQuotations('“We will win this vote,” Lee said. “And then we rebuild the old bridge.”')).toHaveLength(2);
    expect(findQuotations('“We will win this vote,” Lee said, “And then we rebuild the old bridge.”')).toHaveLength(2);
  });
});

describe('more pasted furniture and forms', () => {
  it('drops a PDF’s running header and page numbers, and a repeated pull quote', () => {
    const documents = parseText(
      'Water Board Report\n\nCONFIDENTIAL — DRAFT\n\nMarch 3, 2022\n\nThe board meets. "We cannot wait any longer for the money," Mia Long said.\n\nPage 2 of 12\n\nCONFIDENTIAL — DRAFT\n\nMarch 9, 2022\n\nThe notice is issued.\n\n> We cannot wait any longer for the money\n\nCONFIDENTIAL — DRAFT',
    );
    expect(documents.filter((d) => /CONFIDENTIAL|Page 2/.test(d.text) || /CONFIDENTIAL/.test(d.section ?? ''))).toEqual([]);
    expect(documents.filter((d) => d.type === 'quote').map((d) => d.speaker)).toEqual(['Mia Long']);
  });

  it('credits a Markdown blockquote by a credit with where it was said, or set apart by an empty line', () => {
    for (const quote of ['> We shipped it too early and we all knew it.\n> — Kofi Asante, in the postmortem', '> We shipped it too early and we all knew it.\n>\n> — Kofi Asante']) {
      const documents = parseText(`Project History\n\nMarch 3, 2022\n\nThe release ships.\n\n${quote}\n\nMarch 9, 2022\n\nThe fix ships.`);
      expect(documents.filter((d) => d.type === 'quote').map((d) => [d.speaker, d.text])).toEqual([['Kofi Asante', 'We shipped it too early and we all knew it.']]);
    }
  });

  it('reads a range of years before a dash as the entry’s date', () => {
    expect(parseLeadingDate('2016–2019 – Oversees the merger.')).toMatchObject({ date: { year: 2016, text: '2016–2019' }, rest: 'Oversees the merger.' });
    expect(parseLeadingDate('2016–19 – Oversees the merger.')).toMatchObject({ date: { year: 2016, text: '2016–19' }, rest: 'Oversees the merger.' });
    expect(parseLeadingDate('2016 – 19 people die in the fire.')).toMatchObject({ date: { year: 2016, text: '2016' }, rest: '19 people die in the fire.' });
  });

  it('lets she reach no further back than her entry', () => {
    const documents = parseText('1993: Marguerite Hale joins the consultancy Pryor Wendell.\n\n1998: In a 2011 interview she recalled: "I was twenty-seven and terrified of everything."');
    expect(documents.filter((d) => d.type === 'quote').map((d) => d.speaker)).toEqual([null]);
  });
});

describe('text pasted from PDFs, e-mails and forums', () => {
  const documents = (text: string) => parseText(text).map((d) => [d.type, d.section, d.speaker, d.text]);

  it('joins a word a PDF broke at a line’s end, keeping a name’s own hyphen', () => {
    const [event, quote] = parseText('Inquiry\n\n2 August 2022\n\nAn inspection finds seepage.\n\n9 February 2023\n\nThe spillway fails. Later that day Venn-\nHardcastle said: "We will cooperate with the investi-\ngation in full."\nThe board chair Priscilla Venn-Hardcastle resigned.').slice(1);
    expect(event!.text).toContain('Later that day Venn-Hardcastle said: "We will cooperate with the investigation in full."');
    expect(quote).toMatchObject({ speaker: 'Priscilla Venn-Hardcastle', text: 'We will cooperate with the investigation in full.' });
    // A pair the text writes hyphenated elsewhere keeps its hyphen.
    expect(parseText('Notes\n\n2 August 2022\n\nA long-\nterm plan is agreed, a long-term one.\n\n3 August 2022\n\nDone.')[0]!.text).toBe('A long-term plan is agreed, a long-term one.');
  });

  it('drops a running header with its page number, and reads a scene break as a break', () => {
    expect(documents('Inquiry\n\n14 March 2022\n\nEngineers deliver a survey.\n\nNORTHFIELD CIVIC REVIEW          2\n\nThe board takes no action.\n\n2 August 2022\n\nA second inspection.\n\n* * *\n\nThe trial is in September.')).toEqual([
      ['event', null, null, 'Engineers deliver a survey.\n\nThe board takes no action.'],
      ['event', null, null, 'A second inspection.'],
      ['passage', null, null, 'The trial is in September.'],
    ]);
    const withPage = documents("Inquiry\n\n14 March 2022\n\nEngineers deliver a survey.\n\nST. BRENDAN'S INDEPENDENT REVIEW          Page 2 of 9\n\nThe board takes no action.\n\n2 August 2022\n\nA second inspection.");
    expect(withPage[0]![3]).toBe('Engineers deliver a survey.\n\nThe board takes no action.');
  });

  it('keeps a prefix’s hyphen at a line’s end, and reads a year on a line of its own over the text under it', () => {
    expect(parseText('Notes\n\n2 August 2022\n\nLomax, a self-\nemployed consultant, and her ex-\nhusband wrote.\n\n3 August 2022\n\nDone.')[0]!.text).toBe('Lomax, a self-employed consultant, and her ex-husband wrote.');
    const years = parseText('The club\n\nMarch 2016\nThe owner bought the club.\n\n2019\nThe owner sold the ground.\n\n2020\nThe club entered administration.').filter((d) => d.type === 'event');
    expect(years.map((d) => [d.year, d.month])).toEqual([[2016, '2016-03'], [2019, null], [2020, null]]);
  });

  it('keeps a short line without a full stop inside an entry as a line of it, not a heading, unless it names a time', () => {
    expect(documents('Mill\n\n2 February 2021\n\nThe trust is founded.\n\nLater that year\n\nWork starts at the mill.\n\n9 November 2025\n\nThe line reopens.')[1]).toEqual(['passage', 'Later that year', null, 'Work starts at the mill.']);
    expect(documents('Bridge saga\n\n6 March 2023\n\nThe council meets.\n\nNo vote is taken\n\nCouncillors agree to meet again.\n\n8 March 2023\n\nThe leader resigns.')).toEqual([
      ['event', null, null, 'The council meets.\n\nNo vote is taken\n\nCouncillors agree to meet again.'],
      ['event', null, null, 'The leader resigns.'],
    ]);
  });

  it('drops a newsletter’s footer lines, a pasted e-mail’s headers, and CMS, tool and forum chrome', () => {
    for (const line of [
      'You are receiving this email because you subscribed to The Dispatch.', 'Unsubscribe | Update your preferences', 'Was this email forwarded to you? Sign up here.',
      'From: The Harbour Dispatch <news@harbourdispatch.example>', 'Sent: Tuesday, March 5, 2024 9:12 AM', 'Subject: The Pelling Bridge saga', '---------- Forwarded message ---------',
      'Log in to post comments', 'Submitted by Rosalind Achterberg on Thu, 11/03/2022 - 09:12', 'Created by Kwame Asante, last modified by Lena Brückner on Mar 21, 2024',
      'Published using Google Docs', 'Report abuseLearn more', 'Print Email', 'Posted by u/quarry_watcher', '412 points · 57 comments', 'Share Save Hide Report',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it('reads a blockquote holding quotations of its own as an excerpt, its quotations attributed inside it', () => {
    const quotes = parseText('What the papers said\n\n> The council approved the design. Council leader Martin Ebbs called it "a bridge this town will be proud of."\n\n> Cracks appeared during testing. "This is exactly what testing is for, nobody was at risk."').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.speaker, d.text])).toEqual([['Martin Ebbs', 'a bridge this town will be proud of.'], [null, 'This is exactly what testing is for, nobody was at risk.']]);
  });
});

describe('front matter', () => {
  it('drops a static site’s front matter, keeping its title as the article’s', () => {
    const { title, documents } = parseArticle('---\ntitle: "The Lantern Hill fire: a timeline"\nauthor: Priya Natarajan\ndate: 2024-02-11\n---\n\nAugust 14, 2023\n\nLightning ignites brush.\n\nAugust 22, 2023\n\nCrews reach containment.', { slug: 't', format: 'text' });
    expect(title).toBe('The Lantern Hill fire: a timeline');
    expect(documents.map((d) => [d.type, d.text])).toEqual([['event', 'Lightning ignites brush.'], ['event', 'Crews reach containment.']]);
  });
});

describe('lists of links in plain text', () => {
  it.each([
    ['bulleted under a label', 'Read more:\n- Quill charged with fraud\n- Charity suspends fundraising'],
    ['headlines between blank lines under a label', 'Related\n\nAdjei: the making of "the Engine"\n\nFive things we learned from pre-season'],
    ['lines after a label with its first link', 'Read more: Quill charged with fraud\nCharity suspends fundraising'],
  ])('drops them %s, and keeps the paragraph after them', (_name, links) => {
    const documents = parseText(`Trial Notes\n\nThe trial continues on Thursday.\n\n${links}\n\nThe jury was sent home early.`);
    expect(documents.map((d) => d.text)).toEqual(['The trial continues on Thursday.', 'The jury was sent home early.']);
  });

  it('drops a wiki page’s chrome copied as text: skip links, its contents, and its apparatus under their labels', () => {
    const page = [
      'Timeline of the strike', 'From Wikipedia, the free encyclopedia', 'Jump to navigation', 'Jump to search', '',
      'This is a timeline of the strike.', '', 'Contents', '1 1989', '2 See also', '', '1989[edit]', '',
      'March – A settlement is agreed.', '', 'April 2 – Workers return to the mills.', '',
      'See also[edit]', 'Labour movements in the Ostrava Basin', 'Kreml Street mill', '',
      'References[edit]', '^ Hroch, P. (1994). The Long Strike. Ostrava University Press. p. 12.', '^ "Thousands walk out at Kreml Street". Basin Herald. 10 March 1987.', '',
      'This page was last edited on 3 May 2023, at 11:02 (UTC).',
    ].join('\n');
    const documents = parseText(page);
    expect(documents.map((d) => [d.type, d.date ?? d.month, d.text, d.section])).toEqual([
      ['passage', null, 'This is a timeline of the strike.', null],
      ['event', '1989-03', 'A settlement is agreed.', null],
      ['event', '1989-04-02', 'Workers return to the mills.', null],
    ]);
  });
});

describe('timelines pasted as lines and tables', () => {
  it('reads no bare number before a dash as a day: a box of figures is no timeline', () => {
    const events = parseText('Flood\n\nJune 9, 2023 — The river bursts its banks.\n\nJune 10, 2023 — Roads close.\n\nBy the numbers\n\n12 — roads closed for a week\n\n3 — schools shut').filter((d) => d.type === 'event');
    expect(events.map((d) => d.date)).toEqual(['2023-06-09', '2023-06-10']);
  });

  it('reads a bare year before a lower-case phrase as a count, and a sub-item or a wrapped line under the last bullet as its entry’s', () => {
    const documents = parseText('Flood\n\nMarch 3, 2022 — The river bursts its banks.\n\nMarch 9, 2022 — Engineers blame a culvert.\n\nKey numbers\n\n1200: homes flooded\n\n2000 — sandbags handed out');
    expect(documents.filter((d) => d.type === 'event')).toHaveLength(2);
    expect(parseText('Timeline\n\n- March 3, 2022 — The river bursts its banks at Marsh Lane.\n- March 9, 2022 — Engineers blame a blocked culvert under the\nA14, which thousands of drivers use every day.\n  - Council leader Tom Reid said: "We will find out who failed to inspect it."\n\nThe council has since promised a review.').map((d) => [d.type, d.date])).toEqual([
      ['event', '2022-03-03'],
      ['event', '2022-03-09'],
      ['quote', '2022-03-09'],
      ['passage', null],
    ]);
  });

  it('drops the links under a Markdown Related heading, and credits no one for words that arrived from someone unnamed', () => {
    const texts = parseText('Flood\n\nMarch 3, 2022 — The river bursts its banks.\n\nMarch 9, 2022 — Engineers blame a culvert.\n\n## Related\n\n[Harlow council leader resigns](https://example.com/a)\n\n[Flood insurance: what you need to know.](https://example.com/b)\n\n## What happens next\n\nThe review reports in June.').map((d) => d.text);
    expect(texts.join(' ')).not.toMatch(/Harlow council|Flood insurance/);
    const quotes = parseText('Vote\n\nMay 9, 2023 — Campaigner Tom Tate writes to every councillor.\n\nMay 10, 2023 — Tate waited until Friday, when the reply came: "The matter is closed and will not be reopened."\n\nMay 11, 2023 — Tate\'s email went unanswered until the council wrote back: "The matter is closed for good."').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => d.speaker)).toEqual([null, null]);
  });

  it('reads a post stamped `Updated at` or `At` before a dash, keeps a subheading after a list of links, and drops X-born from a name', () => {
    const blog = parseText('Storm live\n\nTuesday 14 November 2023\n\n2.10pm — Power cuts hit 4,000 homes.\n\nUpdated at 3.20pm — The river bursts its banks.\n\nAt 6pm — Police urge people to stay indoors.').filter((d) => d.type === 'event');
    expect(blog.map((d) => [d.minuteOfDay, d.text])).toEqual([[850, 'Power cuts hit 4,000 homes.'], [920, 'The river bursts its banks.'], [1080, 'Police urge people to stay indoors.']]);
    expect(parseText('Storm live\n\nTuesday 14 November 2023\n\nUpdate, 17.05 — Police urge people to stay indoors.\n\n23:10 — The rain eases.').filter((d) => d.type === 'event').map((d) => d.minuteOfDay)).toEqual([1025, 1390]);
    expect(parseText('Dam\n\nFebruary 9, 2023\n\nAt 3:40 a.m. the spillway fails.\n\nFebruary 10, 2023\n\nHomes are flooded.')[0]!.text).toBe('At 3:40 a.m. the spillway fails.');
    const texts = parseText('Bridge\n\nThe bridge will stay shut, the council said.\n\nRead more:\nBridge closure: what we know\n\nWho will pay for the repairs?\n\nThat is the question nobody wants to answer.').map((d) => d.section ?? d.text);
    expect(texts).toContain('Who will pay for the repairs?');
    const quote = parseText('Race\n\nMay 2, 2023 — Kenyan-born Ruth Kemboi sets a record. "I trained for this day all year," Kemboi said.\n\nMay 3, 2023 — The race ends.').find((d) => d.type === 'quote');
    expect(quote?.speaker).toBe('Ruth Kemboi');
  });

  it('drops the headlines under a Read more label, questions too', () => {
    const events = parseText('Takeover\n\n25 October 2023\nThe trust buys the club for £1.\n\n2 December 2023\nRovers win 3-0 under fan ownership.\n\nRead more:\nFan-owned clubs: does the model work?\nElmfield Road: a ground with 134 years of history').filter((d) => d.type === 'event');
    expect(events.map((d) => d.text)).toEqual(['The trust buys the club for £1.', 'Rovers win 3-0 under fan ownership.']);
  });

  it('reads a date with a part of the day before its entry (July 19th, late evening –)', () => {
    const events = parseText('Paper\n\nHow the story broke in 2021.\n\nJuly 19th – The editor calls the owner.\n\nJuly 19th, late evening – The editor decides to publish.\n\nJuly 20th, morning – The story runs.').filter((d) => d.type === 'event');
    expect(events.map((d) => [d.date, d.text])).toEqual([
      ['2021-07-19', 'The editor calls the owner.'],
      ['2021-07-19', 'The editor decides to publish.'],
      ['2021-07-20', 'The story runs.'],
    ]);
  });

  it('reads entries dated at their end, and days counted from a start the prose states', () => {
    const events = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => [d.date, d.text]);
    expect(events('Bridge\n\nFour years of closures.\n\nBridge closed after corrosion is found — March 3, 2021\n\nCouncil votes to repair it (June 17, 2021)\n\nBridge reopens — October 2, 2023')).toEqual([
      ['2021-03-03', 'Bridge closed after corrosion is found'],
      ['2021-06-17', 'Council votes to repair it'],
      ['2023-10-02', 'Bridge reopens'],
    ]);
    expect(events('Strike\n\nThe hunger strike began on Monday 6 November 2023.\n\nDay 1: Forty men refuse dinner.\n\nDay 12: The last men end their strike.')).toEqual([
      ['2023-11-06', 'Forty men refuse dinner.'],
      ['2023-11-17', 'The last men end their strike.'],
    ]);
    expect(events('Strike\n\nThe strike began in November 2023.\n\nDay 1 (Monday 6 November): Forty men refuse dinner.\n\nDay 5 (Friday 10 November): Two men go to hospital.')).toEqual([
      ['2023-11-06', 'Forty men refuse dinner.'],
      ['2023-11-10', 'Two men go to hospital.'],
    ]);
    // A label on a line of its own, its entry under it (found by a tester: the entries were lost as
    // passages, and the label's month joined the speaker's name, `November Dame Frances`).
    expect(events('Inquiry\n\nThe inquiry began in November 2023.\n\nDay 1 (Monday 6 November)\nDame Frances opens the inquiry.\n\nDay 2 (Tuesday 7 November)\n\nThe first families give evidence.')).toEqual([
      ['2023-11-06', 'Dame Frances opens the inquiry.'],
      ['2023-11-07', 'The first families give evidence.'],
    ]);
    // A count before the day's own date, as an inquiry's day headings give it (a tester's: no events at all).
    expect(events('Inquiry diary\n\nDay 1 — Monday 14 June 2021\n\nCounsel sets out the evidence.\n\nDay 2 — Tuesday 15 June\n\nThe engineer breaks down.\n\nDay 3: 16 June – The families give evidence.')).toEqual([
      ['2021-06-14', 'Counsel sets out the evidence.'],
      ['2021-06-15', 'The engineer breaks down.'],
      ['2021-06-16', 'The families give evidence.'],
    ]);
    // Counted from the last day whose label states its date, not from a date the prose gives for
    // something else (a tester's outbreak: Day 2 took the day after the report's publication).
    expect(events('Outbreak\n\nThis timeline is drawn from the incident report, published on 28 April 2023.\n\nDay 1, Monday 27 February: Two residents fall ill.\n\nDay 2: Four more residents are unwell.\n\nDay 4: Samples confirm norovirus.\n\n6 March 2023: Cases reach 38.')).toEqual([
      ['2023-02-27', 'Two residents fall ill.'],
      ['2023-02-28', 'Four more residents are unwell.'],
      ['2023-03-02', 'Samples confirm norovirus.'],
      ['2023-03-06', 'Cases reach 38.'],
    ]);
    expect(events('Strike\n\nThe strike began on Monday 6 November 2023.\n\nDay 3 of the strike brought rain.\n\nDay 4 of the strike was dry.')).toEqual([]);
    // A name for the day before its date (`Deadline day, Friday 30 August`) dates the posts under it;
    // `Monday night` and `48 hours later` are told from the entry before; `On Monday, 11/03/2024,`
    // opens an entry, its order told by the weekday (tester-68's transfer saga and Nigerian report).
    expect(events('Transfer\n\nMonday 26 August 2024 — Arsenal return with a third offer.\n\nDeadline day, Friday 30 August\n\n4.40pm — Lindau say the documents have not arrived.\n\n11.02pm — The window shuts.').map(([date]) => date)).toEqual(['2024-08-26', '2024-08-30', '2024-08-30']);
    expect(events('Saga\n\nSunday 4 August 2024 — Kessler is left out of the squad.\n\nMonday night — The opening bid is rejected.\n\n48 hours later — A second bid is turned down.\n\nFriday 16 August 2024 — Kessler trains.').map(([date]) => date)).toEqual(['2024-08-04', '2024-08-05', '2024-08-07', '2024-08-16']);
    expect(events('Market\n\nTuesday, 5th March, 2024: The traders meet.\n\nOn Monday, 11/03/2024, police arrived at the market with two bulldozers.\n\n12th March, 2024 – Traders march.').map(([date]) => date)).toEqual(['2024-03-05', '2024-03-11', '2024-03-12']);
    // A label alone after a day whose label states its date counts from that date (a tester's war blog).
    expect(events('War in Ukraine: key moments\n\nDay 412 — Wednesday 12 April 2023\n\n23:45 — Air raid alerts sound across the east.\n\nDay 413\n\n09:20 — The air force says it shot down 14 drones.')).toEqual([
      ['2023-04-12', 'Air raid alerts sound across the east.'],
      ['2023-04-13', 'The air force says it shot down 14 drones.'],
    ]);
    // A weekday alone after a day whose year the article leaves out, placed by the weekday that day names.
    expect(events('Saga\n\nBy Sam Whitlock\nSaturday 31 August 2024\n\nThursday 1 August — Arsenal make their first approach.\n\nFriday 16 August — Kessler trains.\n\nTuesday — Vogt fires back.\n\nMonday 26 August — A third offer.').map(([date]) => date)).toEqual(['2024-08-01', '2024-08-16', '2024-08-20', '2024-08-26']);
    // A weekday's part of the day after an entry of that weekday is later that day; a slash date's
    // weekday settles its order only when one reading falls on it; a person's dates in brackets
    // are no release's (a second adversarial tester's cases).
    expect(events('Bridge\n\nMarch 21, 2024 — The bridge shakes.\n\nThursday night — The council orders it closed.\n\nMarch 25, 2024 — Repairs begin.').map(([date]) => date)).toEqual(['2024-03-21', '2024-03-21', '2024-03-25']);
    expect(events('Bridge\n\n05/02/2023 — Cracks are found.\n\nOn Tuesday, 05/09/2023, police closed the bridge.\n\n05/22/2023 — Repairs begin.').map(([date]) => date)).toEqual(['2023-05-02', '2023-05-09', '2023-05-22']);
    expect(events('Founders\n\nMary Shaw (12 March 1932) — the oldest of the founders.\n\nAnn Lee (3 May 1940) — the youngest.')).toEqual([]);
    // A docket's verb before each date, a release's name before its date in brackets (tester-68).
    expect(events('Docket\n\nFiled 03/14/2024 — Complaint.\n\nFiled 04/22/2024 — Motion to dismiss.\n\nEntered 06/27/2024 — Order.')).toEqual([
      ['2024-03-14', 'Filed: Complaint.'],
      ['2024-04-22', 'Filed: Motion to dismiss.'],
      ['2024-06-27', 'Entered: Order.'],
    ]);
    expect(events('Release history\n\n- v1.0 (14 June 2015) — First paid plan.\n- v2.1 (3 March 2019) — Shared workspaces.').map(([date]) => date)).toEqual(['2015-06-14', '2019-03-03']);
    // A label alone, without its own date, takes none from a backstory's date (a diary's days).
    expect(events('Everest\n\nShe first stood on the summit on 5 May 2008. Fifteen years later she went back.\n\nDay 1\n\nWe flew into Lukla in cloud.\n\nDay 2\n\nRest day in Phakding.')).toEqual([]);
    // A timeline dated at its entries' start keeps a date one entry cites at its end.
    expect(events('Bridge\n\nMarch 3, 2021 — Bridge closes.\n\nJune 17, 2021 — Council votes, citing a report (May 2, 2021)\n\nOctober 2, 2023 — Bridge reopens.').map(([date]) => date)).toEqual(['2021-03-03', '2021-06-17', '2023-10-02']);
  });

  it('ends a timeline of bullets with its list, and reads a line right under an item as the item’s', () => {
    const documents = parseText('Closure\n\nIntro paragraph about the school.\n\nJanuary 2024\n- 9th: The finance committee meets\n  and votes.\n- 23rd: The chief executive visits.\n\nThe trust said falling rolls made the school unsustainable.');
    expect(documents.map((d) => [d.type, d.date, d.text])).toEqual([
      ['passage', null, 'Intro paragraph about the school.'],
      ['event', '2024-01-09', 'The finance committee meets and votes.'],
      ['event', '2024-01-23', 'The chief executive visits.'],
      ['passage', null, 'The trust said falling rolls made the school unsustainable.'],
    ]);
    // An item that is only a date labels the lines under it, and Word's `o` marks a sub-item.
    const numbered = parseText('Chronology\n\n1. 12 September 2022\nThe finance director presents a budget.\no Callan tells members: "We are on track this year."\n\n2. 17 October 2022\nAuditors flag costs.');
    expect(numbered.filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([
      ['2022-09-12', 'The finance director presents a budget.\n\nCallan tells members: "We are on track this year."'],
      ['2022-10-17', 'Auditors flag costs.'],
    ]);
  });

  const entries = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => `${d.date ?? d.month} ${d.text}`);

  it('keeps a dated line after an inline link label, and the story line after it', () => {
    expect(entries('Port deal\n\n21 February 2023\n\nThe audit committee opens a review.\n\nRELATED: Port workers vote to strike over pay\n\n30 May 2023\n\nAshdown resigns.')).toEqual([
      '2023-02-21 The audit committee opens a review.', '2023-05-30 Ashdown resigns.',
    ]);
    expect(entries('Port deal\n\n21 February 2023\n\nThe audit committee opens a review.\n\nRELATED\n\n30 May 2023\n\nAshdown resigns.')).toEqual([
      '2023-02-21 The audit committee opens a review.', '2023-05-30 Ashdown resigns.',
    ]);
  });

  it('reads one entry per line without blank lines, but not a wrapped line that opens with a date', () => {
    expect(entries('Depot\n\nJan. 9, 2024 - The agency announces the sale.\nJan. 23, 2024 - Residents learn of reroutes.\nFeb. 6, 2024 - The first protest is held.')).toEqual([
      '2024-01-09 The agency announces the sale.', '2024-01-23 Residents learn of reroutes.', '2024-02-06 The first protest is held.',
    ]);
    expect(entries('Depot\n\nJan. 9, 2024 - The agency says it will decide by\nFeb. 6 - or so it says.\n\nFeb. 20, 2024 - A motion is filed.')).toHaveLength(2);
  });

  it('reads tables pasted as tab-separated rows or Markdown pipes, without their column labels', () => {
    const rows = ['14 September 2021\tThe council publishes its draft budget.', '2 October 2021\tAbout 300 people attend a meeting.'];
    expect(entries(`Library\n\nDate\tEvent\n${rows.join('\n')}`)).toEqual(['2021-09-14 The council publishes its draft budget.', '2021-10-02 About 300 people attend a meeting.']);
    const piped = ['| Date | What happened |', '|------|---------------|', ...rows.map((row) => `| ${row.replace('\t', ' | ')} |`)];
    expect(entries(`Library\n\n${piped.join('\n')}`)).toEqual(['2021-09-14 The council publishes its draft budget.', '2021-10-02 About 300 people attend a meeting.']);
    // A row is a paragraph of its own, whether or not its text ends a sentence.
    expect(entries('Library\n\n| 14 Sep 2021 | Draft budget |\n| 2 Oct 2021 | Public meeting |')).toEqual(['2021-09-14 Draft budget', '2021-10-02 Public meeting']);
  });

  it('reads a live blog’s times pasted as text, on their own line or before the text with no separator', () => {
    const times = (text: string) => parseText(`Floods\n\nThe storm of August 2021 flooded the valley.\n\nSaturday 14 August\n\n${text}`).filter((d) => d.type === 'event').map((d) => `${d.dateText} ${d.text}`);
    const expected = ['14 August, 02:40 The river bursts its banks.', '14 August, 11am The army is put on standby.'];
    expect(times('02:40\nThe river bursts its banks.\n\n11am\nThe army is put on standby.').map((line) => line.replace('Saturday ', ''))).toEqual(expected);
    expect(times('02:40 The river bursts its banks.\n\n11am The army is put on standby.').map((line) => line.replace('Saturday ', ''))).toEqual(expected);
  });

  it('reads AP’s ranges across months, more weekdays, and drops Wikipedia’s [edit]', () => {
    const dates = (text: string) => parseText(`Fire\n\n${text}`).filter((d) => d.type === 'event').map((d) => `${d.date} ${d.text}`);
    expect(dates('Aug. 26, 2020 — Rain helps crews.\n\nAug. 30-Sept. 2, 2020 — Crews backburn.\n\nWeds 9 Sep 2020 — Residents go home.\n\nThur 10 Sep 2020 — Roads reopen.')).toEqual([
      '2020-08-26 Rain helps crews.', '2020-08-30 Crews backburn.', '2020-09-09 Residents go home.', '2020-09-10 Roads reopen.',
    ]);
    expect(parseText('Fire\n\nAftermath[edit]\n\nThe valley was rebuilt.')[0]).toMatchObject({ section: 'Aftermath', text: 'The valley was rebuilt.' });
  });

  it('reads no month opening an aside between dashes, and no tweet’s footer, as an entry', () => {
    const entries = parseText('Season\n\nAug. 3 - The club loses the opener.\n\nMarch 2 - The manager is sacked.\n\nMay – the month the club was relegated – was the worst of all.\n\nJune 9 - A new owner arrives.').filter((d) => d.type === 'event');
    expect(entries.map((d) => d.dateText)).toEqual(['Aug. 3', 'March 2', 'June 9']);
    const html = parseHtml('<article><h1>Board</h1><p><strong>Sept. 26, 2023</strong> – Parents pack the gym.</p><div class="tweet"><div>It is late and parents are still lining up.</div><div>1:15 AM ∙ Sep 27, 2023</div></div><p><strong>Oct. 3, 2023</strong> – A trustee resigns.</p></article>');
    expect(html.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2023-09-26', '2023-10-03']);
  });

  it('reads a season standing alone as the first year of the entries under it, which run on by chronology', () => {
    const dates = parseText('Two seasons\n\nHow the club fell apart.\n\n2021/22\n\nAug 7 — The opener is lost.\n\nJan 3 — A new owner arrives.\n\n2022–23\n\nAug 6 — Life in the lower league.\n\nMarch 4 — Promotion.')
      .filter((d) => d.type === 'event')
      .map((d) => d.date);
    expect(dates).toEqual(['2021-08-07', '2022-01-03', '2022-08-06', '2023-03-04']);
  });

  it('reads a month without its year before a separator, and never as a transcript’s speaker', () => {
    const documents = parseText('Library\n\nNov. 3, 2019 — The council votes to close it.\n\nMid-December — Protesters occupy it.\n\nJanuary — The occupation ends.\n\nLate February: The library closes its doors.');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.month)).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(documents.filter((d) => d.type === 'quote')).toEqual([]);
  });

  it('reads a month without its year before an entry that holds a number early (`April – … 17 mills`)', () => {
    const documents = parseText('Strike\n\nMarch 9, 1987 – Workers walk out.\n\nApril – The strike spreads to 17 mills.\n\nJune – 3,000 workers march.');
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.month, d.text])).toEqual([
      ['1987-03', 'Workers walk out.'],
      ['1987-04', 'The strike spreads to 17 mills.'],
      ['1987-06', '3,000 workers march.'],
    ]);
    // A figure or an age after the month is a list inside an entry (`June – 18mm`, `April – 23, a student`).
    const rainfall = parseText('Drought\n\n9 August 2022 – A hosepipe ban is announced. Rainfall at the reservoir:\nJune – 18mm, a third of the average\nJuly – 5mm\n\n1 September 2022 – The ban is lifted.');
    expect(rainfall.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2022-08-09', '2022-09-01']);
  });

  it('reads a short turn that asks a question as a turn, never as a subheading', () => {
    const documents = parseText('Inquiry\n\nCounsel Jonathan Pryce questioned the engineer Derek Whitcombe.\n\nPRYCE: Did you read the 2018 inspection report?\nWHITCOMBE: I read the summary.\nPRYCE: Not the report itself?\nWHITCOMBE: No. I relied on the summaries.');
    expect(documents.filter((d) => d.type === 'quote').map((d) => d.text)).toEqual([
      'Did you read the 2018 inspection report?', 'I read the summary.', 'Not the report itself?', 'No. I relied on the summaries.',
    ]);
    expect(documents.every((d) => d.section === null)).toBe(true);
  });

  it('reads a fiscal year opening a paragraph as part of the entry it is under, not an entry of its own', () => {
    const documents = parseText('Results\n\nMarch 3, 2024 — The company reports a loss.\n\nFiscal 2025: the company now expects a loss.\n\nMay 14, 2024 — Shares fall.');
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([
      ['2024-03-03', 'The company reports a loss.\n\nFiscal 2025: the company now expects a loss.'],
      ['2024-05-14', 'Shares fall.'],
    ]);
  });

  it('reads e-mail header lines in capitals as lines too, and a turn after a timestamp with its fraction', () => {
    const documents = parseText('How a parish council lost £48,000\n\n12 September 2022\nThe clerk, Denise Hollis, receives an email.\n\nFROM: Accounts\nTO: Denise Hollis\nRE: Change of bank details\n\n14 September 2022\nMs Hollis forwards the request to the chairman.');
    expect(documents.every((d) => d.section === null)).toBe(true);
    const quotes = parseText('Episode 88\n\nMarch 3, 2023 — Rachel Adeyemi talks to the bus driver Kwame Asante.\n\n[00:00:19.500] KWAME ASANTE: The whole deck sort of dipped and came back.').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => d.speaker)).toEqual(['Kwame Asante']);
  });

  it('reads an e-mail’s header lines quoted in an entry as lines of it, never a heading that ends the timeline', () => {
    const documents = parseText('How a parish council lost £48,000\n\n12 September 2022\nThe clerk, Denise Hollis, receives an email.\n\nFrom: Accounts\nTo: Denise Hollis\nSubject: Change of bank details\n\n> Please note we have moved our business account.\n\n14 September 2022\nMs Hollis forwards the request to the chairman.');
    expect(documents.every((d) => d.section === null)).toBe(true);
    expect(documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2022-09-12', '2022-09-14']);
  });

  it('reads a report’s title over its subtitle as the title, and `Prepared by` as a byline', () => {
    const result = parseArticle('Independent Review of the Harrowgate Reservoir Spill\nFinal Report to the Board of the Calder Vale Water Authority\n\nPrepared by Dr. Miriam Okonjo, Independent Reviewer\nPublished 2 October 2023\n\n6 March 2023\nEngineers log a crack in the spillway apron.\n\n14 March 2023\nThe crack has lengthened.', { slug: 'review', format: 'text' });
    expect(result.documents[0]!.articleTitle).toBe('Independent Review of the Harrowgate Reservoir Spill');
    expect(result.documents.map((d) => [d.type, d.section, d.text])).toEqual([
      ['passage', null, 'Final Report to the Board of the Calder Vale Water Authority'],
      ['event', null, 'Engineers log a crack in the spillway apron.'],
      ['event', null, 'The crack has lengthened.'],
    ]);
  });

  it('reads a report’s numbered heading standing alone as a section, and a numbered list as a list', () => {
    expect(parseText('Reservoir review\n\n1. Summary\n\nThis review examines how the Authority responded.\n\n2. Findings\n\nThe review finds that the crack was identified early.').map((d) => [d.section, d.text])).toEqual([
      ['Summary', 'This review examines how the Authority responded.'],
      ['Findings', 'The review finds that the crack was identified early.'],
    ]);
    expect(parseText('Shopping\n\nWe need:\n\n1. Bread\n2. Milk\n\nThat is all.').map((d) => d.section)).toEqual([null, null, null, null]);
    // Not an entry's numbered demands, each with its paragraph, nor one item after a colon
    // (a third adversarial tester's cases): the events after them keep no section.
    const protests = parseText('Protests\n\nMay 25, 2020 — George Floyd dies in police custody.\n\nMay 28, 2020 — Organisers publish their demands.\n\n1. Defund the Police\n\nOrganisers want money moved to social services.\n\n2. Release All Protesters\n\nMore than 600 people were arrested.\n\nJune 7, 2020 — The council pledges change.');
    expect(protests.filter((d) => d.type === 'event').map((d) => [d.date, d.section])).toEqual([['2020-05-25', null], ['2020-05-28', null], ['2020-06-07', null]]);
    expect(parseText('Recall\n\nThe petition lists one grievance:\n\n1. Misuse of Public Funds\n\nThe clerk certifies the signatures.').map((d) => d.section)).toEqual([null, null, null]);
  });

  it('keeps a headline wrapped over two lines whole, and a title or story line that only starts like a byline', () => {
    expect(parseArticle('How a Small Town Council Lost Control of Its\nWater Supply and Never Got It Back\n\nMarch 4, 2021 — The council signs a lease.\n\nJune 9, 2022 — Rates rise.', { slug: 'x', format: 'text' }).documents[0]!.articleTitle).toBe('How a Small Town Council Lost Control of Its Water Supply and Never Got It Back');
    expect(parseArticle('Prepared by Hand\n\nThe bakery still shapes every loaf by hand, as it has since 1921.', { slug: 'x', format: 'text' }).documents[0]!.articleTitle).toBe('Prepared by Hand');
    for (const line of ['Written by Kate Bush and produced by Del Palmer', 'Prepared by Hand']) expect(isBoilerplate(line), line).toBe(false);
  });

  it('drops a furniture sentence wrapped over two lines whole, its head or its tail, and nothing of the story', () => {
    const documents = parseText("Docket guide\n\n03/14/2024 - Plaintiffs oppose the motion.\n\n03/26/2024 - Joint status report filed.\n\nQuestions about this case? Contact the Workers' Rights Clinic at\nclinic@example.org or call 206-555-0143.\n\nDo you have a story about your local council? Email us at\ntips@ashbyparvaherald.co.uk\n\nThe court will rule in May.");
    expect(documents.map((d) => d.text)).toEqual(['Plaintiffs oppose the motion.', 'Joint status report filed.\n\nThe court will rule in May.']);
  });

  it('reads no label as a transcript turn: a speaker taking turns is named again', () => {
    const documents = parseText('Report\n\nKey Takeaway: the wall was inspected twice before the collapse of last year.\n\nMarch 2, 2021\n\nThe wall falls.');
    expect(documents.filter((d) => d.type === 'quote')).toEqual([]);
  });
});

describe('credit lines in plain text', () => {
  it.each([
    ['a blockquote with its credit on its last line', '> Overwhelmed by your generosity, every penny goes to the kids.\n> — Martin Greaves'],
    ['a blockquote, then the credit as a paragraph', '> Overwhelmed by your generosity, every penny goes to the kids.\n\n— Martin Greaves'],
    ['a pasted post, then its handle and date', 'Overwhelmed by your generosity, every penny goes to the kids. #Appeal\n\n— Martin Greaves (@mgreaves) April 3, 2020'],
    ['a credit with what the person does before the name', '> Overwhelmed by your generosity, every penny goes to the kids.\n\n— Poet Martin Greaves'],
  ])('credits %s', (_name, text) => {
    const documents = parseText(`Appeal Timeline\n\nMarch 2019\n\nA payment is made.\n\nApril 2020\n\nThe appeal opens.\n\n${text}\n\nOctober 2020\n\nAn accountant is dismissed.`);
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.speaker, d.month])).toEqual([['Martin Greaves', '2020-04']]);
    expect(documents.filter((d) => d.type === 'event').map((d) => d.section)).toEqual([null, null, null]);
  });

  it('leaves a paragraph signed off by a bare name as it is', () => {
    const documents = parseText('Appeal Timeline\n\nMarch 2019\n\nA payment is made.\n\nApril 2020\n\nThe appeal opens.\n\nThanks to everyone who wrote in about this story.\n\n— Jane Doe');
    expect(documents.filter((d) => d.type === 'quote')).toEqual([]);
  });
});

describe('credits of HTML blockquotes', () => {
  const creditedSpeakers = (blockquote: string) =>
    parseHtml(
      `<article><h1>Harbour</h1><h3>May 2, 2022</h3><p>Morag Keillor spoke first. "We have heard promises like that for years now," she told the hall.</p>${blockquote}<h3>May 3, 2022</h3><p>Next.</p></article>`,
    )
      .filter((d) => d.type === 'quote')
      .map((d) => [d.speaker, d.attribution]);

  it.each([
    ['a titled name', '<cite>Dr. Helen Osei, University of Lindmouth</cite>', '— Dr. Helen Osei'],
    ['a description before the name', '<cite>marine biologist Helen Osei</cite>', '— marine biologist Helen Osei'],
  ])('reads %s', (_name, cite, attribution) => {
    expect(creditedSpeakers(`<blockquote><p>If the channel goes, the shellfish go with it for good.</p>${cite}</blockquote>`)[1]).toEqual(['Helen Osei', attribution]);
  });

  it('reads a credit set as a paragraph after the blockquote', () => {
    expect(creditedSpeakers('<blockquote><p>If the channel goes, the shellfish go with it for good.</p></blockquote><p>— Helen Osei</p>')[1]).toEqual(['Helen Osei', '— Helen Osei']);
    // With who the person is after a comma, in words only.
    expect(creditedSpeakers('<blockquote><p>If the channel goes, the shellfish go with it for good.</p></blockquote><p>— Paul Girard, former head of security</p>')[1]).toEqual(['Paul Girard', '— Paul Girard']);
    expect(creditedSpeakers('<blockquote><p>If the channel goes, the shellfish go with it for good.</p></blockquote><p>— Sarah Lyle, 58, CEO of Lyle Risk Consulting, Oslo</p>')[1]).toEqual(['Sarah Lyle', '— Sarah Lyle']);
    // Dialogue is no credit.
    expect(creditedSpeakers('<blockquote><p>Where are you? Your mum is going out of her mind.</p></blockquote><p>— Ryan, stop messaging me and leave me alone</p>')[1]).toEqual([null, null]);
    expect(parseHtml('<article><h1>Quay</h1><blockquote><p>If the channel goes, the shellfish go with it for good.</p></blockquote><p>— Paul Girard, former head of security</p></article>').map((d) => d.type)).toEqual(['passage', 'quote']);
  });

  it('credits a post by a bare handle to no one, never to whoever spoke before', () => {
    const post = '<blockquote class="twitter-tweet"><p>Tweet text from the account about the quay.</p>&mdash; @hosei <a href="#">May 2, 2022</a></blockquote>';
    expect(creditedSpeakers(post)[1]).toEqual([null, '— @hosei May 2, 2022']);
  });
});

describe('transcripts', () => {
  it('reads a turn in capitals on the line under a wrapped question, as a PDF runs them together', () => {
    const quotes = parseText('Review\n\n1 June 2023 — Nadia Okafor is interviewed.\n\n12 June 2023 — Interview with Nadia Okafor\n\nQ: When you asked for the money, did you think the\nfinance committee understood the risk?\nOKAFOR: I think they understood it the way people understand a smoke alarm\nthat has never gone off.').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.speaker, d.text])).toEqual([['Nadia Okafor', 'I think they understood it the way people understand a smoke alarm that has never gone off.']]);
  });

  it('reads turns labelled with a title, and a shared surname as the one who took the last turn', () => {
    const quotes = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((d) => [d.speaker, d.text]);
    expect(quotes('Trial\n\nMarch 3, 2023\n\nProsecutor Tariq Hussain questioned bank manager Linda Dale-Moreno.\n\nMR HUSSAIN: Did you approve the transfer yourself?\n\nMS DALE-MORENO: No. I was on leave that week.\n\nMR. HUSSAIN: Who approved it, then, if you were away?')).toEqual([
      ['Tariq Hussain', 'Did you approve the transfer yourself?'],
      ['Linda Dale-Moreno', 'No. I was on leave that week.'],
      ['Tariq Hussain', 'Who approved it, then, if you were away?'],
    ]);
    expect(quotes('Feud\n\nFebruary 2, 2020 — Marco Pellegrino is away. His wife, Donna Pellegrino, is interviewed.\n\nQ: How are you coping?\n\nDonna Pellegrino: It has been the worst year of our lives.\n\nQ: Have you spoken to Luca Pellegrino?\n\nPellegrino: Not since the funeral.')).toEqual([
      ['Donna Pellegrino', 'It has been the worst year of our lives.'],
      ['Donna Pellegrino', 'Not since the funeral.'],
    ]);
  });

  it('reads turns after a recording’s timestamp as without it', () => {
    const quotes = parseText('Episode 88\n\nMarch 3, 2023 — Rachel Adeyemi talks to the bus driver Kwame Asante.\n\n[00:00:14] RACHEL ADEYEMI: Kwame, take me back to that evening. What did you see?\n\n[00:00:19] KWAME ASANTE: The whole deck sort of dipped and came back.\n(00:01:02) KWAME ASANTE: Like a trampoline, and then it was still.').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.speaker, d.text])).toEqual([
      ['Rachel Adeyemi', 'Kwame, take me back to that evening. What did you see?'],
      ['Kwame Asante', 'The whole deck sort of dipped and came back.'],
      ['Kwame Asante', 'Like a trampoline, and then it was still.'],
    ]);
  });

  it("credits a turn to the person the article names in full, and never the interviewer's or a label's", () => {
    const documents = parseText(
      'The Files\n\nMarch 2019\n\nA payment is made.\n\nNovember 2019\n\nThe director resigns.\n\nThe interview\n\nWe put our findings to Martin Greaves.\n\nQ: Did you own Kestrel Holdings at the time?\n\nGREAVES: I had an interest in it, through a family trust.\n\nMartin Greaves: It was an investment that would have paid for playgrounds.\n\nGreaves: I would make the same investment again tomorrow.\n\nNote: This interview has been edited for length.\n\nLONDON: The inquiry opens on Monday morning.',
    );
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.speaker, d.attribution, d.text])).toEqual([
      ['Martin Greaves', 'GREAVES:', 'I had an interest in it, through a family trust.'],
      ['Martin Greaves', 'Martin Greaves:', 'It was an investment that would have paid for playgrounds.'],
      ['Martin Greaves', 'Greaves:', 'I would make the same investment again tomorrow.'],
    ]);
    expect(documents.filter((d) => d.type === 'passage').map((d) => d.section)).not.toContain('Q: Did you own Kestrel Holdings at the time?');
    // A line holding a quotation is no heading, however short: `Hill said: “…”` is a quotation.
    expect(textToBlocks('She told jurors: "I was frightened of losing my job."')[0]!.kind).toBe('paragraph');
    expect(textToBlocks('Hill said: "We will appeal."')[0]!.kind).toBe('paragraph');
  });
});

describe('single quotation marks', () => {
  it('reads double marks inside single ones as a quotation within the quotation', () => {
    expect(findQuotations('\'He looked at me and said "never again, not on my watch" and walked out,\' said Priya Hadley.').map((quote) => quote.text)).toEqual([
      'He looked at me and said "never again, not on my watch" and walked out',
    ]);
  });

  it('reads guillemets around other marks as one quotation with a quotation inside (French style)', () => {
    expect(findQuotations('Élodie Marchand speaks for many: «The mayor told us “be patient”, and we have been patient for two summers.»').map((quote) => quote.text)).toEqual([
      'The mayor told us “be patient”, and we have been patient for two summers.',
    ]);
    expect(findQuotations('«We waited for two long summers», she said. “Then we gave up on them all,” he added.').map((quote) => quote.text)).toEqual([
      'We waited for two long summers',
      'Then we gave up on them all',
    ]);
  });

  it("does not close a quotation at a plural's apostrophe, unless nothing later can close it", () => {
    expect(findQuotations("Loame said: 'People's patience has run out, and the swimmers' group won't wait any longer.'").map((quote) => quote.text)).toEqual([
      "People's patience has run out, and the swimmers' group won't wait any longer.",
    ]);
    expect(findQuotations("'We won all of the votes' said Lee. 'It was very close in the end,' she added.").map((quote) => quote.text)).toEqual([
      'We won all of the votes',
      'It was very close in the end',
    ]);
    // A decade's mark later in the quotation opens no other one.
    expect(findQuotations("He argues the sun was low. 'The drivers' union has warned about that junction since the '90s,' he tells the court.").map((quote) => quote.text)).toEqual([
      "The drivers' union has warned about that junction since the '90s",
    ]);
  });
});

describe('quotations of several paragraphs', () => {
  it('reads each paragraph left open as a quotation of the same speaker, as the last one closes it', () => {
    const quotes = parseText(
      'Jun 1, 2021\n\nOne.\n\nJun 2, 2021\n\n"This is not a red-state problem," Patricia Doyle said. "It is a steel-and-concrete problem, and there are thousands of these bridges.\n\n"Every one of them is somebody\'s commute."',
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.text, d.speaker])).toEqual([
      ['This is not a red-state problem', 'Patricia Doyle'],
      ['It is a steel-and-concrete problem, and there are thousands of these bridges.', 'Patricia Doyle'],
      ["Every one of them is somebody's commute.", 'Patricia Doyle'],
    ]);
  });

  it('credits a quotation left open with the attribution of the paragraph it runs into', () => {
    const quotes = parseText(
      'Boatyard row\n\nMarch 3, 2021\n\n"We will fight this all the way to the top," Walter Lane said.\n\n"I understand the family\'s anger, I really do. But the lease has expired.\n\n"We have a duty to the public purse," said Miriam Achebe, the board\'s chair.\n\nDecember 9, 2021\n\nThe council met again.',
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((d) => d.speaker)).toEqual(['Walter Lane', 'Miriam Achebe', 'Miriam Achebe']);
  });

  it('never opens a quotation at a closing mark left over', () => {
    expect(findQuotations('He said the vote was over and walked out of the hall” as they watched.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('reads no speaker for `she` after a sentence naming two people, one of them heard from', () => {
    const quoted = (sentence: string) => speakers(`Bridge inquiry\n\n14 June 2021: The inquiry opens.\n\n16 June 2021: ${sentence}\n\n“Sam walked over that bridge every day,” she said.`);
    expect(quoted('The inquiry hears from Marta Koval, whose partner, Samuel Oyelaran, died in the collapse.')).toEqual([null]);
    expect(quoted('The inquiry hears from Marta Koval.')).toEqual(['Marta Koval']);
    expect(quoted('Marta Koval arrived from New York.')).toEqual(['Marta Koval']);
  });

  it('reads the name before a pronoun’s aside (`Berg, he said, was “…”`) as whom he spoke of', () => {
    expect(speakers('Strike diary\n\n4 March 2021: Union leader Anna Berg met the mill owner, Thomas Hale, for two hours.\n\n5 March 2021: Hale replied. Berg, he said, was “living in a world that no longer exists.” “I have made my final offer,” he said.')).toEqual([
      'Thomas Hale', 'Thomas Hale',
    ]);
  });

  it('credits a name a lower-case role describes, after a determiner, `according to` or `from`', () => {
    const day = (text: string) => `Strike\n\n8 May 2023 — Talks fail.\n\n9 May 2023 — ${text}`;
    expect(speakers(day('The union leader Moira Gallacher visited the picket line. "We will not go back without a written offer," she said.'))).toEqual(['Moira Gallacher']);
    expect(speakers(day('Our business correspondent Aled Pryce has been looking at the figures. "Harwick handles one in eight containers," he said.'))).toEqual(['Aled Pryce']);
    expect(speakers(day('According to inspector Paul Wendt, the cranes were "not safe to operate in high wind."'))).toEqual(['Paul Wendt']);
    expect(speakers(day('According to her lawyer Tom Reed, she was "completely blindsided by the decision."'))).toEqual(['Tom Reed']);
    expect(speakers(day('An email from procurement officer Lynn Badeaux reads: "Senator\'s office says these folks can move fast."'))).toEqual(['Lynn Badeaux']);
    // A function word ends the description: the one named after it is not the source.
    expect(speakers(day('According to a spokesman for Jane Ortiz, the plan was "never going to work."'))).toEqual([null]);
    expect(speakers(day('An email from a spokesman for Jane Ortiz reads: "We have no comment at this time."'))).toEqual([null]);
    expect(speakers(day('A spokesman for Jane Ortiz arrived. "We have nothing to add," he said.'))).toEqual([null]);
  });

  const speakerOf = (text: string) => parseText(`Jan 1, 2020\n\nOpening entry.\n\nJan 2, 2020\n\n${text}`).filter((d) => d.type === 'quote').map((d) => d.speaker);

  it.each([
    ['“…,” she said after the subject', 'Mayor Dana Whitfield opened the meeting. “We cannot keep this bridge open,” she said.', ['Dana Whitfield']],
    ['X told reporters: "…"', 'Council member Omar Castillo told reporters: "The estimate was wrong from day one."', ['Omar Castillo']],
    ['“…,” said X', '“This is the best news in a decade,” said Governor Ann Lee.', ['Ann Lee']],
    ['the subject, not the object, of says of', 'Jane Roe says of Smith’s statement: “I cannot think of bigger lies.”', ['Jane Roe']],
    ['no rule at all', 'Crowds chant “No more closed bridges in our town!” along Main Street.', [null]],
    ['the owner of a charge, not the one who denies it', 'Alistair Venn met Morag Keillor. Venn denied Keillor’s charge that “the company hid the survey from the town.”', ['Morag Keillor']],
    ['the owner of a warning before the sentence’s speaker', 'Responding to Keillor’s warning that “the seabed will never recover from this,” Alistair Venn said the company would watch it. Morag Keillor left.', ['Morag Keillor']],
    ['a reply, never to the one who asked', 'Helen Osei spoke to host Tom Hart. “Will the beds survive the dredging?” Hart asked. “Only if they stop at two metres,” she replied.', ['Tom Hart', null]],
    ['a reply in the present, never to the one who spoke', 'In the debate, Mayor Stephen Pryce accuses Ruth Adebayo of having "no costed plan for anything". She replies: "I had a costed plan for keeping people alive at night."', ['Stephen Pryce', null]],
    ['a reply in the next paragraph, never to the one who asked', 'Alistair Venn met Morag Keillor. “Will you take the offer?” Venn asked her.\n\n“Not in a hundred years,” she replied.', ['Alistair Venn', null]],
    ['no he after a woman by her title, nor she after a man', 'Mrs Helena Vance spoke first. “It was a joke, a bad joke,” he said.\n\nMr Tom Reed stood up. “I regret nothing at all,” she said.\n\nMr Tom Reed sat down. “I regret nothing at all,” he said.', [null, null, 'Tom Reed']],
    ['any verb in a short clause closing the quotation’s sentence', 'Ann Lee wrote the code alone. “We had one laptop and a generator,” Bob Stone smiles.', ['Bob Stone']],
    ['someone unnamed with any verb, never the speaker before', '“We started very small back then,” Ann Lee said. “We had one laptop and a generator,” her husband remembers.', ['Ann Lee', null]],
    ['no closing verb that passes on words or is an auxiliary', 'Nora Quinn waited. “We are leaving the coalition today,” Quinn was told by an aide.', [null]],
    ['a British single quotation ends its sentence', 'Fiona Blackwood said: ‘I have become a distraction to this government.’ Gareth Lyle said nothing.'.replace(/[‘’]/g, "'"), ['Fiona Blackwood']],
    ['she, after a sentence whose subject asked her by name: the one asked', 'I asked Sarah Quint whether she would resign too. “My job is to fix this, not to walk away from it,” she said.\n\nRobert Hale asked Mary Jones whether she would go. “Not in a hundred years, not ever,” she said.', ['Sarah Quint', 'Mary Jones']],
    ['she, after a sentence whose subject asked her', 'Robert Hale asked her whether the toddlers would recover. “Some of the damage is permanent,” she answered.', [null]],
    ['someone unnamed relaying, not the one who reports it', 'Sian Pritchard spoke to reporters. She said her husband had told her: “Dan needs me at the unit tonight.”', [null]],
    ['he, after a sentence whose subject is someone unnamed, behind an opening phrase', 'On 2 March 2021, the claimant emailed the depot manager, Leon Batty, to report overloading. He wrote: “If one of these goes, somebody is going to get killed.”', [null]],
    ['never a name inside the quotation before', 'Anthony Pryce read aloud. “Tom says it is sorted now,” he read. “Who is Tom, if not the minister?”', [null, null]],
    ['shot back that, and read a statement', 'Councilwoman Priya Anand shot back that “the children are the ones drinking the water, Roy.”\n\nOutside court, Sian Pritchard read a statement: “Owen was a gentle man.”', ['Priya Anand', 'Sian Pritchard']],
    ['not the writer of a note read aloud', 'Rita Moss read the note aloud: “Tom says it is all fine now.”', [null]],
    ['a full name after its title or rank, and before a US party and state', '"We will not allow this to happen again on our watch," UN Secretary-General António Guterres said.\n\n"The operation will continue for as long as it takes," Vice Adm. Brad Cooper said.\n\n"The government has made its position very clear indeed," Taoiseach Micheál Martin said.\n\n"The American people deserve answers about all of this," said Rep. Jim Jordan (R-Ohio).', ['António Guterres', 'Brad Cooper', 'Micheál Martin', 'Jim Jordan']],
    ['initials run together end no sentence', '"The president was warned about this repeatedly by his staff," said H.R. McMaster.\n\n"We will cut taxes for every working family in this state," J.D. Vance said.', ['H.R. McMaster', 'J.D. Vance']],
    ['an initial inside a name keeps its full stop; a letter ending one, or initials without stops, stay', '"We will not take this lying down, not now," said George W. Bush.\n\n"We will not take this lying down, not now," said Malcolm X.\n\n"We will not take this lying down, not now," said JD Vance.\n\nSecretary of Defense Lloyd J. Austin III said: "We will not take this lying down, not now."', ['George W. Bush', 'Malcolm X', 'JD Vance', 'Lloyd J. Austin III']],
    ['a full name before its post-nominals', 'The defence barrister, Jonathan Reid KC, rose.\n\nMr Reid told the jury the case was “built on hindsight and bad luck.”', ['Jonathan Reid']],
    ['never the one whose claims are hit back at after a colon', 'Paul Venn hit back at Sarah Keillor’s claims: “The numbers simply do not support any of it.”', [null]],
    ['no one for someone’s critics, allies or neighbours', 'Ann Lee arrived just after six. “Get out of this town and never come back,” Lee’s critics say.\n\nLee’s critics were scathing: “This is a disaster for the town.”', [null, null]],
    ['no one for words passed on after the verb', 'Ann Lee arrived. “Get out of this town,” Lee said Peter Hale told her. “Never sell the boat,” Lee recalls her father saying. “Sign it off today, please,” Lee wrote, quoting Peter Hale’s email.', [null, null, null]],
    ['no one for a street’s residents, or a name before found or read', 'Ann Lee arrived. “Get out of this town,” Lee Street residents say. “Go home and never come back,” Lee found scrawled on her door. “The harbour is not for sale,” Lee read aloud.', [null, null, null]],
    ['a title of the other sex never resolves to the wrong spouse', 'Mrs Mary Smith has run the shop for 30 years with her husband. “We have never seen it this empty,” Mr Smith said.\n\nSir Peter Hale’s widow spoke at the unveiling. “He would have been so proud,” Lady Hale said.', ['Smith', 'Hale']],
    ['she, after a sentence about her, owning its subject', 'Peter Hale opened the meeting. Ann Lee’s frustration was obvious. “We have waited three years,” she said.', ['Ann Lee']],
    ['he, after a sentence owned by someone else that names him', 'Nora Quinn’s report accused Robert Vail of lying. “I told the truth under oath,” he said.', ['Robert Vail']],
    ['she after asking her lawyer, who is her own', 'Ann Lee asked her lawyer whether the deal was safe. “I was told it was fine,” she said.', ['Ann Lee']],
    ['no participle opening a sentence as a first name', 'Leaked WhatsApp messages showed his brother, Callum Blackwood, writing to an officer: ‘Fi says it is sorted, just sign it off.’'.replace(/[‘’]/g, "'"), [null]],
    ['the one quoted as saying', 'Nora Quinn met Alan Brisco. “We are leaving the coalition today,” Quinn quoted Brisco as saying.', ['Alan Brisco']],
    ['sex learnt from someone’s kin: his wife, her husband', 'John Smith and his wife have run the shop for years. “We have never seen it this empty,” Mrs Smith said.\n\nMary Jones and her husband, Tom Jones, opened it. “We never saw it this empty,” he said.\n\nSarah Lopez and her husband Dave Lopez own the house. “We cannot afford a court case,” Mr Lopez said.', ['Smith', null, 'Dave Lopez']],
    ['no pronoun beside two people named', 'Blaise met Teodora Finlay on the quay, where she warned him that “the town will not wait another year.” Anna Blaise agreed.', [null]],
    ['“…,” description X said', '“We will appeal this ruling,” White House spokesman Josh Earnest said.', ['Josh Earnest']],
    ['“…,” X said, “…”', 'Mayor Tom Lee closes the bridge. “We will not,” Jane Roe said, “give up this fight.”', ['Jane Roe']],
    ['“…,” Dr. X said: an abbreviation does not end the attribution', '“We were shocked by what the tests showed,” Dr. Mona Haddad said.', ['Mona Haddad']],
    ['double marks, then single ones in the same paragraph', '"We were shocked by the tests," Dr. Mona Haddad said. \'We knew we had to speak out,\' she later added.', ['Mona Haddad', 'Mona Haddad']],
    ['X, a description, said: “…”', 'Ari Cohen, a spokesman for the firm, said: “We cannot keep this bridge open.”', ['Ari Cohen']],
    ['“…,” the role said, the role given after the name', 'Dana Whitfield, the mayor, opened the meeting. “We cannot keep this bridge open,” the mayor said.', ['Dana Whitfield']],
    ['“…,” possessive description X said', '“We will appeal this ruling,” Trump’s lawyer Rudy Giuliani said on Fox.', ['Rudy Giuliani']],
    ['“…,” a spokesman for X said: not X', '“We will appeal this ruling,” a spokesman for Mayor Tom Lee said.', [null]],
    ['“…,” an unnamed speaker told: not the sentence before', 'Mayor Tom Lee closes the bridge. “We will appeal this ruling,” the lawyer for the residents told reporters.', [null]],
    ['“…,” said a description, X', '“He is being made a scapegoat for this,” said his lawyer, Ann Lee.', ['Ann Lee']],
    ['“…,” said a named owner’s role, X: never the owner', '"These accusations are absurd," said the Ukrainian army\'s spokesman, Oleh Ivanov.\n\n"We reject every word of these claims," said the Chinese foreign ministry\'s spokesman, Wang Wenbin.\n\n"We reject every word of these claims," said the French operator\'s spokesman, Luc Moreau.\n\n"We reject every word of these claims," said the Russian army\'s spokesman.', ['Oleh Ivanov', 'Wang Wenbin', 'Luc Moreau', null]],
    ['“…,” said an unnamed person outside or near a place: never the place', '"We have followed this club through thick and thin," said a fan outside Old Trafford.\n\n"Everyone here saw the car go past at speed," said a witness near Baltimore.\n\n"We have been queuing since five this morning," said a man standing outside Grenfell Tower.', [null, null, null]],
    ['“…,” said a body’s or a title’s words, then the person: the person', '"We are making these shots free for every American," said Health and Human Services Secretary Xavier Becerra.\n\n"We need to be careful not to cut rates too quickly," said Bank of England governor Andrew Bailey.\n\n"Inflation is proving more persistent than we hoped," said the Bank of England\'s chief economist, Huw Pill.\n\n"Every department will have to find its own savings," said Culture, Media and Sport Secretary Lisa Nandy.', ['Xavier Becerra', 'Andrew Bailey', 'Huw Pill', 'Lisa Nandy']],
    ['“…,” said several people: no one of them', '"We are calling on the government to act right now," said Alan Smith and Ann Lee.\n\n"We have been let down by everyone involved here," said Smith and his wife.\n\n"The agreement must be honoured by every single party," said Britain, France and Germany in a joint statement.', [null, null, null]],
    ['“…,” said a title with its of or for words, then the holder: the holder', '"We are fixing the foundations of the economy," said Chancellor of the Exchequer Rachel Reeves.\n\n"The scale of the violations is staggering," said UN High Commissioner for Human Rights Volker Türk.\n\n"The funding is shrinking fast," said the UN High Commissioner for Refugees, Filippo Grandi.\n\n"We will keep talking to both sides," said Secretary of State John F. Kerry.\n\n"The system is broken and it is failing people," the Secretary of State for Work and Pensions, Liz Kendall, said.\n\n"We must pray for peace in every home," Archbishop of Canterbury Justin Welby said.\n\n"We will keep talking to both sides," said Secretary of State Blinken.', ['Rachel Reeves', 'Volker Türk', 'Filippo Grandi', 'John F. Kerry', 'Liz Kendall', 'Justin Welby', null]],
    ['“…,” said the title with its of or for words, then the holder after a comma; none named, or two: no one', '"We need to be careful not to cut rates too quickly," said the Governor of the Bank of England, Andrew Bailey.\n\n"We need to be careful not to cut rates too quickly," said the Governor of New South Wales.\n\n"Wales will not be left behind by this government," said the Secretary of State for Wales, Jo Stevens, and the First Minister, Eluned Morgan.\n\n"We will not be leaving this place without a deal," said Prime Minister of Belgium Alexander De Croo.\n\n"We will not be leaving this place without a deal," said Secretary of Health and Human Services Robert F. Kennedy Jr.', ['Andrew Bailey', null, null, 'Alexander De Croo', 'Robert F. Kennedy Jr']],
    ['a quotation its own sentence credits to several people is no one’s, never the sentence before’s subject', 'March 1, 2022 — Sanctions were announced against six individuals. "Those who profit from this war will face the consequences," the Secretary of State for the Home Department, Yvette Cooper, and the Foreign Secretary, David Lammy, said in a joint statement.', [null]],
    ['a title is never a name: qualified, compound, plural or unknown to English; a time after since is no one', '"The figures simply do not add up at all," said the Shadow Chancellor of the Exchequer.\n\n"The figures simply do not add up at all," said Under-Secretary-General Tom Fletcher.\n\n"The figures simply do not add up at all," said the Presidents of France and Germany, Emmanuel Macron and Frank-Walter Steinmeier.\n\n"The figures simply do not add up at all," said the Ceann Comhairle of Dáil Éireann, Seán Ó Fearghaíl.\n\nJo Stevens, who has held the post since July, added: "The figures simply do not add up at all."', [null, 'Tom Fletcher', null, 'Seán Ó Fearghaíl', 'Jo Stevens']],
    ['the title with its of or for words and an honourable holder before a quotation', 'The Governor of New South Wales, the Honourable Margaret Beazley AC KC, said: "The state will rebuild every town the fires took."', ['Margaret Beazley']],
    ['titles joined by and, and a body’s words listed with commas, before the holder', '"We will not back down on this at all," said Chairman and Chief Executive of JPMorgan Chase Jamie Dimon.\n\n"We will not back down on this at all," said the Crown Prince and Prime Minister of Saudi Arabia, Mohammed bin Salman.\n\n"We will not back down on this at all," said Secretary of State for Foreign, Commonwealth and Development Affairs David Lammy.', ['Jamie Dimon', 'Mohammed bin Salman', 'David Lammy']],
    ['a month after a day’s number is a date, never the one who says', 'The keeper’s log for 9 August says only: "Submarine seen three miles out and reported."\n\nThe keeper’s log for 9 June says only: "Submarine seen three miles out and reported."', [null, null]],
    ['a credit with a colon after a quotation that closed its sentence introduces the next one', 'Ms Fairbrother forwards it with the note "Can we discuss this on Thursday?" Mr Lindqvist said: "I read it as a request for a meeting, not as a warning."\n\n"We will win this one, believe me," Ann Lee said: "We will do it soon enough."', [null, 'Lindqvist', 'Ann Lee', 'Ann Lee']],
    ['X said what someone else used to say: that one’s words, no one named', 'Asked whether it was worth it, Rosa Quispe said what her late mother used to tell her: "Whoever does not fight has already lost."\n\nRosa Quispe said what she has always said: "Whoever does not fight has already lost."', [null, 'Rosa Quispe']],
    ['X, an aside, declined … but said: X; an unnamed person, the title X, says: X', 'Peter Hollander, reached by phone, declined to comment on the filing but said: "I hope the people in Reno keep their jobs."\n\nA pastor, the Rev. Samuel Ortiz, says: "Nobody is banning anything. We are asking what belongs."', ['Peter Hollander', 'Samuel Ortiz']],
    ['a titled name, or one in a setting where people speak, then where and a colon, no verb: that one; a place: no one', 'NSW Premier Dominic Perrottet at the 9am presser: "This is a one-in-500-year event and we are throwing everything at it."\n\nAnn Lee, in a statement: "This is a one-in-500-year event and we are throwing everything at it."\n\nVictoria Park at dawn: "This is a one-in-500-year event and we are throwing everything at it."', ['Dominic Perrottet', 'Ann Lee', null]],
    ['X reported that … “fragment”: X’s words; `reported` as an adjective introduces nothing', 'The engineer Alan Stevenson reported that the rock is "as sound as any I have seen".\n\nThe reported "savings" never appeared, the auditor found.', ['Alan Stevenson']],
    ['a body, a place or an event before a setting and a colon is no speaker (a tester’s adversarial cases)', 'General Motors in a statement: "We are reviewing the recall of these cars."\n\nMajor League Baseball in a statement: "We are reviewing the recall of these cars."\n\nVictoria Park at the rally: "We are reviewing the recall of these cars."\n\nBloody Sunday at the inquiry: "The soldiers fired on a crowd of people."', [null, null, null, null]],
    ['a credit with more than a name and its verb before its colon credits the quotation before it', '"Where is the money going?" Ann Lee asked, before adding: "Residents deserve answers tonight."\n\n"We are not going anywhere!" Ann Lee told the crowd in Leeds: "We will stay until the end."', ['Ann Lee', 'Ann Lee', 'Ann Lee', 'Ann Lee']],
    ['but said after a relative clause is not the sentence’s subject’s; a day’s month is no part of a name; someone else’s words retold by the speaker stay hers', 'Tom Bell sued the council, which declined to comment on the case but said: "We will defend our position robustly."\n\nOn 3 June Ann Lee said: "We will not back down on this at all."\n\nRosa Quispe explained what the doctors told her: "They said I had six months to live."', [null, 'Ann Lee', 'Rosa Quispe']],
    ['a name with an aside in brackets (party, ward, state): the name, never the aside', 'Cllr Gareth Jones (Lib Dem, Ashcombe North) said the scheme was "overbearing and in the wrong place".\n\nCllr Tom Brierley (Con, Ashcombe South), seconding, said: "I was sceptical before the site visit. I am not sceptical now."\n\n"Republicans are holding the entire government hostage again," Sen. Chuck Schumer (D-N.Y.) said.', ['Gareth Jones', 'Tom Brierley', 'Chuck Schumer']],
    ['she replies, according to a named record: she, never the record', 'Margaret Hart gives evidence to a Senate committee on offshore oil. She replies, according to the Hansard record: "Then you have not been listening to enough fishermen."', ['Margaret Hart']],
    ['X of a body of several words, or of an owner’s words, said: X; a spokesman for it: no one', 'Prof. Lena Hurwitz of Northwestern\'s law school said: "Judges are used to a supervisor making a decision."\n\nDalton\'s attorney, Rosa Estrada of the Workers\' Law Collective, said: "The testimony confirms what every picker knew."\n\nA spokesman for the Workers\' Law Collective said: "Judges are used to a supervisor making a decision."', ['Lena Hurwitz', 'Rosa Estrada', null]],
    ['honorifics of Nigerian English and police ranks are titles, no part of the name', 'Its Chairman, Alhaji Rasheed Balogun, told journalists the traders were not against development.\n\nThe Police Public Relations Officer, SP Omolola Odutola, stated, "The command has deployed men to the market."\n\nThe Market Women leader, Iyaloja Sadiat Ogunbanjo, said: "Let the government invite us to the table."', ['Omolola Odutola', 'Sadiat Ogunbanjo']],
    ['a role with the name in brackets after it: the name', 'The council leader (Cllr Ann Lee) said: "We will not back down on this at all."', ['Ann Lee']],
    ['a title whose of words hold a dotted abbreviation (U.S.), then the holder', '"We will act on this before the summer," said Secretary of the U.S. Treasury Janet Yellen.\n\n"We will act on this before the summer," said Secretary of the U.S. Department of Health and Human Services Robert F. Kennedy Jr.\n\n"We will act on this before the summer," said a farmer who moved to the U.S. Then Ron Jarmin left.', ['Janet Yellen', 'Robert F. Kennedy Jr', null]],
    ['a title with its of or for words, then the holder, before a quotation', 'Mayor of London Sadiq Khan later said: "The city will not be divided."\n\nChancellor of the Exchequer Rachel Reeves, 45, told MPs: "We will not back down."', ['Sadiq Khan', 'Rachel Reeves']],
    ['“…,” said a body’s name with its words, then the person: the person', '"Small firms cannot absorb another rise in costs this year," said Federation of Small Businesses policy chair Tina McKenzie.\n\n"Children are dying of hunger in these camps every single day," said Save the Children\'s country director, Ann Lee.\n\n"The sums simply do not add up for the next government," said the Institute for Fiscal Studies\' Paul Johnson.\n\n"The planet cannot wait for another round of empty promises," said Friends of the Earth campaigner Ann Lee.', ['Tina McKenzie', 'Ann Lee', 'Paul Johnson', 'Ann Lee']],
    ['“…,” said an unnamed person, a team’s, outside a place: no one', '"We have followed this club through thick and thin for years," said a Liverpool fan outside Anfield.', [null]],
    ['“…,” said people with titles, or bodies, joined: no one; X of a body in a place: X', '"Our findings point to a much wider pattern of harm," wrote Dr Maria Gonzalez and Professor Lars Eriksen.\n\n"Providers must act on these complaints without any further delay," said Ofcom and the Information Commissioner\'s Office.\n\n"The zloty will stay under pressure for several more months," said Tomasz Kowalczyk of ING in Warsaw.\n\n"Students deserve far better support than they are getting," said Tom Ashdown of Queen Mary University.', [null, null, 'Tomasz Kowalczyk', 'Tom Ashdown']],
    ['“…,” said an owner’s role, then its holder: the holder', '"We will not accept any of these terms at all," said Ukraine\'s foreign minister Oleksandr Hrytsenko.\n\n"Growth will slow sharply in the second half of the year," said the IMF\'s chief economist Pierre-Olivier Lemaire.\n\n"The operation will go on for as long as it takes," said Israel\'s military spokesman Lt. Col. Avi Shalev.\n\n"We never said the plan would be cheap for anyone," said a spokeswoman for Hallett.', ['Oleksandr Hrytsenko', 'Pierre-Olivier Lemaire', 'Avi Shalev', null]],
    ['a name with a particle: whole', '"Nobody is above the law in this country, nobody," said Hassan bin Ali al-Farsi.\n\n"Our farmers need support, not more regulation from Brussels," said Jean-Luc d\'Aubigné.', ['Hassan bin Ali al-Farsi', 'Jean-Luc d\'Aubigné']],
    ['“…,” said a family, a campaign or a couple named: no one of them', '"Our hearts go out to everyone affected by this tragedy," said the Patel family.\n\n"We have done nothing wrong here at all, nothing," said the Trump campaign.\n\n"We ask for privacy as we grieve our beloved son," said his parents, Mark and Julie Denton.', [null, null, null]],
    ['“…,” the owner’s role X said, without commas: X', '"We reject these claims completely and without reservation," the Kremlin\'s spokesman Dmitry Peskov told reporters.\n\n"The government is in real trouble over this now," the BBC\'s political editor Chris Mason said.\n\n"We reject every word of these claims today," the council\'s spokesman said.', ['Dmitry Peskov', 'Chris Mason', null]],
    ['“…,” said X of a place: still X', '"The results surprised everyone on the research team," said Lars Hegge of Bergholm University.', ['Lars Hegge']],
    ['“…,” the named owner’s role, X, said', '"These accusations are absurd," the Kremlin\'s spokesman, Dmitry Peskov, said.\n\n"We reject every word of these claims," the Chinese foreign ministry\'s spokesman, Wang Wenbin, said.', ['Dmitry Peskov', 'Wang Wenbin']],
    ['“…,” said X’s description, Y: Y', 'Mayor Greg Hallett closed the bridge. “We will not comment on personnel matters,” said Hallett’s chief of staff, Theo Brandt.', ['Theo Brandt']],
    ['“…,” said a spokeswoman for X: not X', 'Mayor Greg Hallett closed the bridge. “We will not comment on personnel matters,” said a spokeswoman for Hallett.', [null]],
    ['“…,” said the role’s spokesman: not the role', 'Mayor Greg Hallett closed the bridge. “We will not comment on personnel matters,” said the mayor’s spokesman.', [null]],
    ['A spokesman for X said: “…”: not X', 'Mayor Dana Whitfield left. A spokesman for Whitfield said: "The mayor will cooperate fully with the review."', [null]],
    ['a spokesperson for a body with a long name: not the end of its name', 'A spokesperson for the Department of Health and Social Care said: "We will review the findings carefully."', [null]],
    ['“…,” X, age, said', '“My son was nineteen years old,” Linda Marsh, 47, said.', ['Linda Marsh']],
    ['“…,” X, who…, said', '“This is the biggest scandal in a generation,” Patricia Oyelaran-Hughes, who chairs the committee, said.', ['Patricia Oyelaran-Hughes']],
    ['“…,” the role, X, said', '“We will publish the full report,” the acting secretary, Omar Lindqvist, said Tuesday.', ['Omar Lindqvist']],
    ['“…,” according to X', '“The plates had corroded for years,” according to Dennis Amato.', ['Dennis Amato']],
    ['“…,” according to a statement from X', '“The plates had corroded for years,” according to a statement from Dennis Amato.', ['Dennis Amato']],
    ['“…,” according to a spokesman for X: not X', '“The plates had corroded for years,” according to a spokesman for Dennis Amato.', [null]],
    ['X, who … in Place, said: not the place', 'Jonas Weber, who runs a payments start-up in Berlin, said his company had lost "roughly a week of revenue to the outage".', ['Jonas Weber']],
    ['X, age, of Place, said: not the place', 'Denise Parker, 41, of Salem, said: "We were never told the water was unsafe."', ['Denise Parker']],
    ['X was blunt: “…”: a colon hands it to the subject', 'Dennis Amato was more direct: "The bridge should have been closed years ago."', ['Dennis Amato']],
    ['X called it “…” and vowed: the conjunction goes on with the subject', 'Mayor Dana Hill called the plan "a betrayal of every family in this town" and vowed to fight it.', ['Dana Hill']],
    ['a quotation attributed in its own sentence never runs on from the one before', '"I did my job and I have the emails," Mark Delaney said.\n\n"He is being made a scapegoat for this," her lawyer said.', ['Mark Delaney', null]],
    ['a role the article never fills is null, not the sentence before', 'Priya Raman confronted the director at the meeting. "I have nothing to hide from this council," the director said.', [null]],
    ['a title after a description is dropped', '“We will fix the roads this year,” said Shadow Transport Secretary Rebecca Holloway.', ['Rebecca Holloway']],
    ['an abbreviated title is the role spelt out', 'Gov. Ana María de la Cruz signed the order. "We will not wait for Washington on this," said the governor.', ['Ana María de la Cruz']],
    ['she after a sentence naming a broadcaster and a person', 'In her first interview, with BBC Radio 4’s Today programme, Priya Nandakumar is candid. “The numbers I inherited did not reflect reality,” she said.', ['Priya Nandakumar']],
    ['a post embedded with its handle and date', '> Ministers have had months to fix this, and commuters pay the price.\n\n— Olu Benn MP (@OluBennMP) March 14, 2023', ['Olu Benn']],
    ['“…,” X said when asked: X, the one asked', 'The vote was close. "We will keep the library open for now," Helen Marsh said when asked about the vote.', ['Helen Marsh']],
    ['a clergy title is no part of the name; a generation after it stays', '"We will miss her every single day," said Fr Colm Walsh at the funeral.\n\n"I never saw her lose her temper once," said Sr Brigid Nolan.\n\n"We will not back down on this at all," said John Smith Sr.', ['Colm Walsh', 'Brigid Nolan', 'John Smith Sr']],
    ['a person named right after an owner speaks; the owner is no part of the name', '"We have done everything the rules allowed us to do," said Sydney Water\'s Anna Ruiz.\n\nTransgrid\'s Paul Kemp said the outage was "entirely avoidable with better planning".\n\n"We have done everything the rules allowed us to do," said Victor Hale\'s wife.', ['Anna Ruiz', 'Paul Kemp', null]],
    ['a blockquote with its own marks after a paragraph whose quotation was credited: no one’s, or its credit line’s, a year after the name', 'Her nephew, Colm Hayes, spoke. "She gave half of west Cork a second life," he said.\n\n> "Surgery is a team sport. The day you think you are the star, put down the knife."\n\nThe funeral is on Friday.\n\nHer nephew, Colm Hayes, spoke. "She gave half of west Cork a second life," he said.\n\n> "Surgery is a team sport. The day you think you are the star, put down the knife."\n\n— Peggy Hayes, 2003', ['Colm Hayes', null, 'Colm Hayes', 'Peggy Hayes']],
    ['a post embedded by a body whose name has its small words; two people credited are no one', '> Please do not go to the seafront to film the waves tonight.\n\n— Devon & Cornwall Police (@DC_Police) March 14, 2023\n\nThe wind rose.\n\n> Please do not go to the seafront to film the waves tonight.\n\n— Devon and Cornwall Police (@DC_Police) March 14, 2023\n\nThe wind fell.\n\n> Please do not go to the seafront to film the waves tonight.\n\n— Alan Smith and Ann Lee', ['Devon & Cornwall Police', 'Devon and Cornwall Police', null]],
    ['a dash opening a line of dialogue is no credit', 'Traders confront the director, Helen Achterberg.\n\n— Helen, please just answer the question for once!', []],
    ['Mr Justice X, then the judge', 'Mr Justice Harwood heard the case. The judge said the failures were "systemic rather than individual in every case".', ['Harwood']],
    ['a headline is no quotation, and a noun phrase before the verb names no one', 'The Veldmoor Courier runs a story headlined "Tram to nowhere: the black hole in our city", which a council spokesman describes as "speculative, premature and deeply irresponsible".', [null]],
    ['a title with a subtitle is no quotation', 'Anna Berg publishes her memoir, "Banking on Trust: A Life in Lindmouth", in the spring.', []],
    ['a description, the name, where the person works, then the verb', 'Political scientist Lars Hegge of Bergholm University wrote that the affair was "a failure of the whole inspection system".', ['Lars Hegge']],
    ['an unnamed source many words long is no one, not the sentence before', 'Daniel Osei announced the cuts. "The company will lose a third of its staff," an official who was not authorised to speak publicly said.', [null]],
    ['a standalone quotation after a sentence with no verb of speaking: no one', 'Celia Ramos came under fire from her own party.\n\n"She has sold out the river to the oil companies."', [null]],
    ['a reply with a verb that attributes only after a quotation', '"We will win this fight," said Nora Quinn. "Not this time and not ever," Alan Brisco shot back.', ['Nora Quinn', 'Alan Brisco']],
    ['narrative between two quotations stops the second running on', '"We will win this fight," said Nora Quinn. The chamber erupted in noise. "This is a disgrace to the whole house."', ['Nora Quinn', null]],
    ['words relayed through someone else are the speaker’s', 'Tom Barrow said that Ellen Marsh had told him: "The contract is already signed."\n\nQuinn was told by Alan Brisco: "We are leaving the coalition today."\n\nThe Times quoted Sergei Ivanov as saying: "The expulsions are a hostile act."', ['Ellen Marsh', 'Alan Brisco', 'Sergei Ivanov']],
    ['said the Nationality role, said X’s role: no one', '"We cannot accept this draft," said the German minister.\n\n"We cannot accept this draft," said Victor Hale’s wife.\n\nAccording to Nimbra’s chief executive, the fault is "a supplier problem, not a design problem".', [null, null, null]],
    ['a nationality before a role at the end of the clause', '"We will not sign this draft," said one veteran African negotiator.', [null]],
    ['quoted an unnamed source as saying: not the outlet', 'The BBC quoted a ministry source as saying: "The expulsions are a hostile act."', [null]],
    ['X’s role, Name, said', '"We will win in the end," Koh’s campaign manager, Jen O’Malley, said.', ['Jen O’Malley']],
    ['he after a sentence whose subject is someone unnamed', 'Robert Vail was charged. Vail’s lawyer objected to the date. "My client has nothing to hide from anyone," he said.', [null]],
    ['she in parentheses means the sentence’s own subject', 'Alan Brisco attacked the bill. Nora Quinn defended it ("It will save thousands of lives," she said) against him.', ['Nora Quinn']],
    ['she said of X: never X', 'Alan Brisco voted against the bill. "I have never seen such cowardice," she said of Brisco.', [null]],
    ['a verb of speaking not done names no one', 'Leah Grantham forwarded the exchange to her manager, who did not reply.\n\n"The revenue was booked before a single unit shipped."', [null]],
    ['as X put it', 'As Nora Quinn put it, "the bill is the best chance we will get."', ['Nora Quinn']],
    ['a conjunction and a role before the subject, then a colon', 'But minority leader Alan Brisco was unconvinced: "They are counting chickens before they hatch."', ['Alan Brisco']],
    ['a conjunction and a qualified role before the subject, then a colon', 'But shadow chancellor Rachel Reeves was unconvinced: "They are counting chickens before they hatch."', ['Rachel Reeves']],
    ['any verb of speaking keeps a new quotation from running on', '"We will never close this factory," Mayor Luc Brassard said.\n\n"Then why are the gates already locked?" cried Marie Duval.\n\n"Nobody has been honest with us for a year," Pierre Lenoir whispered.', ['Luc Brassard', 'Marie Duval', 'Pierre Lenoir']],
    ['said Place role X: the name after the role', '"Every crack will be fixed before the autumn," said Vardell mayor Karin Aasen.', ['Karin Aasen']],
    ['according to Place role X', 'According to Halstow council leader Tom Price, "the cuts were signed off at board level".', ['Tom Price']],
    ['according to X, someone else said: not X', 'According to Karin Aasen, the minister promised residents that "every crack will be fixed before the autumn".', [null]],
    ['a quotation alone after a sentence opened by a common noun: no one', 'Dev Kapoor arrived early. Talks began at once.\n\n"Our members did not choose this fight at all."', [null]],
    ['a title and a name, then an apposition naming a place: he is the name', 'Her neighbour Jim Fairley said he had stayed. "Stupid, probably," he said.\n\nThe Rev. Thomas Achebe, pastor at Oakhurst Community Church, said the church would stay open. "Nobody should sleep in their car tonight," he told reporters.', ['Jim Fairley', 'Thomas Achebe']],
    ['a trade before a name, an age and a colon', 'Sewing operator Rehana Begum, 27, told us: "We were locked in until the order was finished."\n\nIn Felixstowe, docker Lee Ward, 44, told us: "Nobody has been paid since March."', ['Rehana Begum', 'Lee Ward']],
    ['a short answer a verb hands over with a colon', 'Asked by Mr Marsh whether she had ever hit a child, Ann Lee replied: "Never. Not once."', ['Ann Lee']],
    ['a short text someone shows is no quotation', 'Jo Fox held up the letter, which said: "Request denied." The notice on the door said: "No entry."', []],
    ['a short text a thing tells or a reply states is no quotation', 'The council’s website told residents: "Collections suspended." Its reply states: "No further action."', []],
    ['a short answer after the chairman’s reply', 'Asked whether he would resign, the chairman replied: "Absolutely not."', [null]],
    ['her own question, answered by her', 'Gwen Parry, 44, has led the crew for a decade. "What would I change?" she asks herself. "Almost everything, if I am honest," she replies.', ['Gwen Parry', 'Gwen Parry']],
    ['an answer in the present to the writer’s own question is hers', 'Ann Reeve, 64, left politics in 2010. "I have no regrets at all, none," she says. Is she sad? "Not really, no," she replies.', ['Ann Reeve', 'Ann Reeve']],
    ['a capitalised description, a role, a name and a who-clause', 'Shift supervisor Darren Mulvey, who was above the collapse, said later: "The whole mountain just groaned."\n\nMine boss Fiona Kerslake, who flew in overnight, said: "We have heard their voices."', ['Darren Mulvey', 'Fiona Kerslake']],
    ['a name asked in an apposition is she', 'Lisa Hartnell took over in May. Hartnell, asked whether she could sleep, laughed. ‘Not tonight,’ she said.', ['Lisa Hartnell']],
    ['a name asked, when or who was', 'Maria Hartnell, 52, when asked whether she could sleep, laughed. "Sleep? What is sleep?" she said.\n\nJoan Pike, who was asked whether she would move, shook her head. "I was born in this house," she said.', ['Maria Hartnell', 'Joan Pike']],
    ['the one asked after an apposition is not the asker', 'Mark Dean took the stand. The prosecutor, Tom Hale KC, asked whether he had ever owned a knife. "Never, not once," he replied.', [null]],
    // `he` could be either: Det. Supt. Helen Ward said officers had spoken to Callum's father, Ian Moss.
    ['he after a subject who said something naming someone else: no one', 'Det. Insp. Graham Whyte said there was nothing to suggest Callum Reid had come to harm.\n\n"We need anyone who was there that night to come forward," he said.', [null]],
    ['a phrase of place or side before the subject', 'In Clacton, Reform leader Nigel Farage, 60, told supporters: “This is just the beginning.”\n\nFor Labour, shadow chancellor Rachel Reeves, speaking on the BBC, said: “We are taking nothing for granted.”\n\nAt Conservative headquarters, party chairman Richard Holden, who held his seat, told activists: “We will rebuild from here.”', ['Nigel Farage', 'Rachel Reeves', 'Richard Holden']],
    ['a club, then its manager after a comma', 'Kessling Rovers, manager Carl Mensah, 52, told reporters: “This squad can finish in the top half.”', ['Carl Mensah']],
    ['she after a sentence naming two people: no one', 'Marcus Oduya sat down as Ana Ferreira walked to the front. "I just want my job back," she said.', [null]],
    ['said a or two, a name, then a role: whom unnamed people work for, not a speaker', '"We earn less than the minimum wage," said an Uber driver outside the depot.\n\n"Nobody told us about the closure," said two Amazon workers at the gate.\n\n"We were never asked about it," said a Labour councillor at the meeting.', [null, null, null]],
    ['said a, then a name qualifying any noun, or a party and MP: no one', '"He is the only one who can win this," said a Trump supporter outside the rally.\n\n"We have been here since six this morning," said a Liverpool fan.\n\n"The prime minister has full confidence in her," said a Downing Street source.\n\n"We will not let this rest at all," said a Tory MP.\n\n"The figures speak for themselves here," said six Tesco workers.', [null, null, null, null, null]],
    ['said another party MP, then the name: the name speaks', '"We will not let this rest at all," said another Tory MP, Jim Hart.\n\n"This is a scandal of the first order," said one Labour MP, Diane Abbott.', ['Jim Hart', 'Diane Abbott']],
    ['said a, a description, then the name: the name speaks', '"I have nothing more to say today," said a tearful Mary Jones outside court.\n\n"We were never asked about it," said a Labour councillor, Jim Hart.', ['Mary Jones', 'Jim Hart']],
  ])('%s', (_name, text, expected) => {
    expect(speakerOf(text)).toEqual(expected);
  });

  it('takes the speaker of a quotation standing as its own paragraph from the paragraph before', () => {
    expect(speakerOf('The Harbor Union sends a letter to the mayor.\n\n“We will strike on Monday unless the offer improves.”')).toEqual(['Harbor Union']);
    // A live blog's perfect tense: `has (just) given a statement`, `has written a letter`.
    expect(speakerOf('The director, Anne-Sophie Delacroix, has just given a short statement to reporters.\n\n“We followed every protocol that we had in place.”')).toEqual(['Anne-Sophie Delacroix']);
    expect(speakerOf('Ana Ruiz has written a letter to the board.\n\n“We followed every protocol that we had in place.”')).toEqual(['Ana Ruiz']);
    // Given one (`is given a formal letter by management`) is no speech; a sentence handing the words over decides.
    expect(speakerOf('Nurse Aisha Kaur is given a formal letter by hospital management.\n\n“Continued non-payment may result in disciplinary action.”')).toEqual([null]);
    expect(speakerOf('Porter Glen Rowe, who has given a statement to investigators, is suspended. The trust’s notice to staff reads:\n\n“A member of staff has been suspended pending investigation.”')).toEqual([null]);
    expect(speakerOf('Dev Shah sends a letter to the council. It reads:\n\n“We will not accept the closure of the library.”')).toEqual(['Dev Shah']);
  });

  it('resolves a short form to the fullest form in the same article', () => {
    const names = new ArticleNames(['Roger Stone met Donald Trump Jr and Donald Trump.', 'Stone left.']);
    expect(names.canonical('Stone')).toBe('Roger Stone');
    expect(names.canonical('Trump Jr')).toBe('Donald Trump Jr');
    expect(names.canonical('Trump')).toBe('Donald Trump');
  });

  it('keeps the words of an attribution that names no one, so an attributed fragment stays a quotation', () => {
    const [quote] = parseText('Jan 1, 2020\n\nOpening entry.\n\nJan 2, 2020\n\nThe regulator says it has “serious concerns about the robustness of the cost forecasting”.').filter((d) => d.type === 'quote');
    expect(quote).toMatchObject({ text: 'serious concerns about the robustness of the cost forecasting', speaker: null, attribution: 'The regulator says it has' });
  });

  it('leaves a short form two people share as it is, unless one of them is named far more often', () => {
    expect(new ArticleNames(['Oliver Smith hired Hannah Smith.', 'Smith left.']).canonical('Smith')).toBe('Smith');
    expect(new ArticleNames(['Donald Trump spoke.', 'Donald Trump left.', 'Donald Trump won.', 'Melania Trump smiled.']).canonical('Trump')).toBe('Donald Trump');
    // A first name of one person only (or a family name written first) resolves; of two, it stays.
    expect(new ArticleNames(['Gordon Pike wrote to the council.', 'Gordon said no.']).canonical('Gordon')).toBe('Gordon Pike');
    expect(new ArticleNames(['Chief Inspector Nguyen Van An spoke.']).canonical('Nguyen')).toBe('Nguyen Van An');
    expect(new ArticleNames(['Donald Trump met Donald Trump Jr.']).canonical('Donald')).toBe('Donald');
  });

  it('takes no name from a heading in title case', () => {
    // Found by a tester: `Hale` stood for `Hale Trial`, from the headline `The Hale Trial`.
    expect(speakers('The Hale Trial\n\nHow the trial went.\n\nMarch 6, 2023 — “We will prove every charge in this case,” Hale told reporters.\n\nMarch 7, 2023 — The jury is sworn in.')).toEqual(['Hale']);
    expect(speakers('Dana Reyes and the Water Crisis\n\nMarch 6, 2023 — Mayor Dana Reyes visits the works. “We will fix this within the week,” Reyes said.\n\nMarch 7, 2023 — Supplies return.')).toEqual(['Dana Reyes']);
  });

  it('credits words a record shows someone saying to that one, not to the record', () => {
    const people = 'Jan 1, 2020\n\nCouncillor Tom Baker and Ann Lee met. ';
    expect(speakers(`Jan 1, 2020\n\nCouncillor Tom Baker opposes the plan. The minutes record him saying: “This depot will poison the river for a generation.”`)).toEqual(['Tom Baker']);
    expect(speakers(`Jan 1, 2020\n\nAnn Lee backs the plan. Minutes show her telling colleagues: “We cannot afford another year of delay.”`)).toEqual(['Ann Lee']);
    expect(speakers(`${people}A recording captures Baker shouting: “You will regret this decision, all of you.”`)).toEqual(['Tom Baker']);
    // After a verb of sending, the participle stays the subject's.
    expect(speakers(`${people}Baker emailed Lee saying: “This depot will poison the river for a generation.”`)).toEqual(['Tom Baker']);
    // Found by the second adversarial tester: a recollection is the one recalling's account, and a
    // participle in a relative clause gives way to the sentence's own verb of speaking.
    expect(speakers(`${people}Baker recalls Lee shouting at the drivers: “He was white as a sheet, I had never seen him like that.”`)).toEqual(['Tom Baker']);
    expect(speakers(`${people}The inspector, who saw Lee complaining about the cost, wrote in her report: “The owner repeatedly refused the upgrade.”`)).toEqual([null]);
  });

  it('reads the subject past an apposition ending in a determiner, and someone’s words described before a colon', () => {
    const people = 'Jan 1, 2020\n\nCouncillor Ann Tate and Bill Ross met. ';
    expect(speakers(`${people}Tate, who voted no, said: “We will regret this decision for a generation.”`)).toEqual(['Ann Tate']);
    expect(speakers(`${people}Ross's verdict on the protest was brief: “It changes nothing at all about the plan.”`)).toEqual(['Bill Ross']);
    expect(speakers(`${people}Tate's response came within the hour: “The council has ignored its own consultation.”`)).toEqual(['Ann Tate']);
    // What the words met with is no saying of them: the words after may be the reaction (an adversarial tester's case).
    expect(speakers(`${people}Tate's statement drew a furious rebuke from Ross: “This budget abandons every nurse in the country.”`)).not.toEqual(['Ann Tate']);
    // Someone else's, unnamed: no one.
    expect(speakers(`${people}Ross's lawyer was blunt: “My client has nothing further to add today.”`)).toEqual([null]);
  });

  it('reads the name a who-clause is about, a role whose holder has a title, and her memo as hers', () => {
    const mayor = "Flood\n\n20 January 2024 — Aldermere's mayor, Councillor Bridget Fenwick, visits the river wall.\n\n21 January 2024 — ";
    expect(speakers(`${mayor}The final word goes to Fenwick's deputy, Tom Hale, who told us this morning: 'We are battered and we are soaked, but we are not beaten.'`)).toEqual(['Tom Hale']);
    expect(speakers(`${mayor}Fenwick opened the town hall. 'We have blankets, hot food and a lot of volunteers,' the mayor said.`)).toEqual(['Bridget Fenwick']);
    expect(speakers('Hospital\n\n14 November 2022 — The security chief, Nadia Okafor, asks for money. Her memo warns: "It is not a question of if, but when."\n\n9 December 2022 — The request is deferred.')).toEqual(['Nadia Okafor']);
    expect(speakers('Outage\n\n5 September 2022 — Tobias Engel traced the fault. His post-mortem said: "We tested the happy path a thousand times."\n\n9 September 2022 — It ends.')).toEqual(['Tobias Engel']);
    expect(speakers('Board\n\n15 November 2023 — Vice-chair Emma Holloway opened the meeting. "We have gone from a fight to a plan," Holloway said.\n\n16 November 2023 — It ends.')).toEqual(['Emma Holloway']);
  });

  it('reads the name after someone’s role words and past an age, and a role that is something’s', () => {
    // A second entry, so that the first is a timeline's.
    const inTimeline = (text: string) => speakers(`${text}\n\nDecember 1, 2023 — Talks resume.`);
    expect(inTimeline('Strike\n\nSeptember 26, 2023 — His colleague Tom Baker, 29, said: "They pay us less for the same job."')).toEqual(['Tom Baker']);
    expect(inTimeline('Strike\n\nSeptember 28, 2023 — "They pay us less for the same job," his daughter, Ann Lee, 31, said.')).toEqual(['Ann Lee']);
    expect(inTimeline('Review\n\nOctober 14, 2022 — "On the evidence we have seen, there is no link," the review\'s chair, Nicholas Obi, said.')).toEqual(['Nicholas Obi']);
    // Someone's role with no name after it names no one.
    expect(inTimeline('Strike\n\nSeptember 26, 2023 — Tom Baker stayed home. His colleague, 29, said: "They pay us less for the same job."')).toEqual([null]);
  });

  it('learns sex from kin in an apposition, and takes the one asked whether he did for who answers', () => {
    // `Mr` says only the sex: beside someone of no known sex it names no one, whatever the counts.
    expect(speakers('Inquiry\n\nMay 2, 2023 — The inquiry heard from Aisha Hussain and her husband, Karim Hussain. The barrister is Imran Hussain.\n\nMay 3, 2023 — The hearing resumed. "We told the police everything we knew," Mr Hussain said.')).toEqual(['Hussain']);
    // `Ms` is not her brother: unresolved rather than the wrong person.
    expect(speakers('Firm\n\nJune 12, 2022 — Anna Moore and her brother, Erik Lindqvist, met the buyers. "It is a sad day for all of us," Ms Lindqvist said.')).toEqual(['Lindqvist']);
    expect(speakers('Farm\n\nJune 12, 2022 — Chidi Okafor milks the herd; his wife, Ngozi Okafor, runs the accounts. "We lost four calves that month alone," Mr Okafor said.')).toEqual(['Chidi Okafor']);
    // Asked by name, `he` may be either of them: no one (`… then turned to the chair. “…,” he said.`).
    expect(speakers('Planning\n\nMay 2, 2023 — Councillor Mark Hart chairs the committee. The developer, Tom Reid, attends.\n\nMay 9, 2023 — Hart asked Reid whether he had seen the letter, then turned to the chair. "I have no further questions," he said.')).toEqual([null]);
    // `he` in `asked whether he had` is the one asked, not the one asking.
    expect(speakers('Trial\n\nMarch 10, 2023 — Tom Baker said he had raised concerns. Eleanor Hart asked whether he had kept copies. "I believe so, but I could not find them," he replied.')).toEqual([null]);
  });

  it('hands over no other office, and no role that is a verb’s object', () => {
    const before = 'Town hall\n\nJune 2, 2021 — Mayor Donald Price opens the hall.\n\nJune 9, 2021 — ';
    const after = '\n\nJune 16, 2021 — "We have heard every complaint and the answer is still no," the mayor said.';
    for (const taking of ['Jane Ortiz is appointed deputy mayor.', "Jane Ortiz succeeds him as mayor's chief of staff.", 'Jane Ortiz confirmed the mayor had seen the report.', 'Jane Ortiz named the mayor and two councillors.', "Jane Ortiz became the mayor's fiercest critic."]) {
      expect(speakers(`${before}${taking}${after}`), taking).toEqual(['Donald Price']);
    }
  });

  it('keeps given names shaped like role nouns, and takes no kin word across a reporting clause', () => {
    expect(speakers('Court\n\nMay 2, 2023 — Tyler James Moran appeared in court. "I did nothing wrong," he told the judge.\n\nMay 3, 2023 — "I was not there that night," Moran told the court.')).toEqual(['Tyler James Moran', 'Tyler James Moran']);
    expect(speakers('Firm\n\nMarch 5, 2023 — Victor Salinas Ortega spoke. "We are doing everything possible," he said.\n\nMarch 6, 2023 — Esther Salinas Ortega spoke. "The company will cooperate with every inquiry," she said.')).toEqual(['Victor Salinas Ortega', 'Esther Salinas Ortega']);
    // A middle initial, and a given name shaped like a nationality (`Susan`): names in full.
    expect(speakers('Board\n\nMay 2, 2023 — The board meets. Susan B. Moran, a parent, speaks. "We are not going away," she said.\n\nMay 10, 2023 — Mark T. Hale, a teacher, backs her. "We are not going away either," Hale said.')).toEqual(['Susan B. Moran', 'Mark T. Hale']);
    // Nor a given name ending like `-man` (`Norman`), which the shape alone would take for a role.
    expect(speakers('Court\n\nMay 2, 2023 — Norman James Tebbit appeared in court. "I did nothing wrong," Tebbit said.\n\nMay 3, 2023 — It ends.')).toEqual(['Norman James Tebbit']);
    // A role noun before the name still goes: `Promoter Gideon Rask`.
    expect(speakers('Festival\n\nMay 2, 2022 — Promoter Gideon Rask opens the gates.\n\nMay 3, 2022 — "This is the festival I wanted as a boy," Rask said.')).toEqual(['Gideon Rask']);
    expect(speakers('Trial\n\nMay 2, 2023 — The trial of Lena Ward opens.\n\nMay 3 — Ward had been living with her mother, David Osei said in his evidence.\n\nMay 4 — Osei was recalled. "I saw her leave the house at midnight," he told the court.')).toEqual(['David Osei']);
  });

  it('hands a role over when someone takes over as it, succeeds someone as it, or is appointed to a role of two words', () => {
    const text = [
      'Town hall',
      'June 2, 2021 — Mayor Donald Price announces he will retire. "It has been the privilege of my life," the mayor said.',
      'September 30, 2021 — Price retires. Jane Ortiz takes over as mayor.',
      'October 14, 2021 — A report criticises the town. "We accept every one of the recommendations," the mayor said.',
      'November 2, 2021 — Chief Constable Martin Greaves retires. Ruth Bell is appointed chief constable.',
      'November 9, 2021 — "We will recruit 40 more officers," the chief constable said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Donald Price', 'Jane Ortiz', 'Ruth Bell']);
    expect(speakers(text.replace('Jane Ortiz takes over as mayor', 'Jane Ortiz succeeds him as mayor'))).toEqual(['Donald Price', 'Jane Ortiz', 'Ruth Bell']);
  });

  it('reads a surname before a generation’s suffix as the full name, when no name ends with it', () => {
    expect(speakers('Season\n\nNov. 14, 2023: Marcus Long Jr. scores 41. "My dad played in this building," Long said.')).toEqual(['Marcus Long Jr']);
    // A name that ends with the short form wins: `Trump` is not Donald Trump Jr.
    expect(speakers('Campaign\n\nJan 1, 2016: Donald Trump and Donald Trump Jr spoke. "We will win this state," Trump said.')).toEqual(['Donald Trump']);
  });

  it('keeps every particle of a name, before the verb and after it', () => {
    const said = (name: string) => `Names\n\nMarch 1, 2022 — "We have decided to go ahead with it," said ${name}.`;
    for (const name of ['Khalid al-Mansouri', 'Sarah bint Faisal', 'Rhiannon ap Gwilym', 'Jan ter Horst', 'Maria do Carmo']) expect(speakers(said(name))).toEqual([name]);
    expect(speakers('Trial\n\nMarch 6, 2023 — Daniel de la Cruz KC told the jury the case was "about a simple betrayal of trust by one person."')).toEqual(['Daniel de la Cruz']);
    expect(speakers('Trial\n\nMarch 6, 2023 — "We have decided to go ahead with it," Mehmet el-Amin told reporters.')).toEqual(['Mehmet el-Amin']);
  });

  it('drops a role word opening an entry’s text after its date, and keeps a first name shaped like one', () => {
    expect(speakers('Island ferry\n\nOct 3, 2022 — The timetable changes.\n\nOct 17 — Shopkeeper Declan Moran says takings are down.\n\nNov 8 — Moran said: "We had a good summer this year."')).toEqual(['Declan Moran']);
    expect(speakers('Ferry\n\nCoxswain Ruari Penhale logs the wind.\n\n"A fish box tells you nothing good," Penhale said.')).toEqual(['Ruari Penhale']);
    expect(speakers('Outage\n\n2023-03-17 — Pieter van Aalst said: "We are working around the clock on this."')).toEqual(['Pieter van Aalst']);
  });

  it('reads a surname that is also a title as the person the article names in full, and only so', () => {
    expect(speakers('Jan 1, 2020\n\nJudge Anna King heard the case. “The plan stands as it was drafted,” King said in her ruling.')).toEqual(['Anna King']);
    expect(speakers('Jan 1, 2020\n\nTom Bishop spoke first. Judge Bishop said: “The court will sit again on Monday morning.”')).toEqual(['Tom Bishop']);
    expect(speakers('Jan 1, 2020\n\nThe board met. “The plan stands as it was drafted,” Chairman said.')).toEqual([null]);
  });

  it('reads a short form two people share as the one of them named last, whatever the counts', () => {
    const family = 'Jan 1, 2020\n\nPresident Joe Biden said he would not pardon his son. Joe Biden repeated the pledge. Joe Biden left.\n\nJan 3, 2020\n\n';
    expect(speakers(`${family}Hunter Biden appeared in court. Speaking outside, Biden said: “I am not guilty.”`)).toEqual(['Hunter Biden']);
    expect(speakers(`${family}Hunter Biden declined to comment. Joe Biden spoke on Friday. “My son did nothing wrong,” Biden said.`)).toEqual(['Joe Biden']);
    // Without anyone named just before, the counts still decide, or nothing does.
    expect(speakers(`${family}The court sat. “I am not guilty,” Biden said.`)).toEqual(['Joe Biden']);
    // Not someone the sentence before says died.
    expect(speakers(`${family}Hunter Thompson’s widow, Anita Thompson, spoke at the memorial. Hunter Thompson died in 2005. “He would have hated all of this fuss,” Thompson said.`)).toEqual(['Thompson']);
    // Not someone named inside a rank's abbreviation cut for a sentence end.
    expect(speakers(`${family}Linda Marsh, whose son Pvt. Daniel Marsh was killed, speaks at a vigil. “I want to know who read those reports,” Marsh, 47, said.`)).toEqual(['Marsh']);
  });

  it('reads a description again before the surname alone as a title (`Baker Hale` after `Baker Tom Hale`)', () => {
    const names = new ArticleNames(['Baker Tom Hale has run the shop since 1990.', 'His daughter, Ann Hale, helps out.', 'Baker Hale says trade has halved.']);
    expect(names.canonical('Baker Hale')).toBe('Tom Hale');
    expect(names.canonical('Hale', [], 'Tom Hale')).toBe('Tom Hale');
  });

  it('gives words someone was told to the named `by` agent, or to no one, never to the one told', () => {
    const quotes = (text: string) => parseText(`Jan 1, 2020\n\nThe regulator opened a file.\n\nJan 2, 2020\n\n${text}`).filter((d) => d.type === 'quote').map((d) => d.speaker);
    expect(quotes('Desmond Hart contacts the regulator. He is told his concerns will be “looked at in due course”.')).toEqual([null]);
    expect(quotes('Ruth Lomax was warned by her manager that the report would “end her career in this industry”.')).toEqual([null]);
    expect(quotes('Ruth Lomax was warned by Peter Vance that the report would “end her career in this industry”.')).toEqual(['Peter Vance']);
    // Who was asked is who answers.
    expect(quotes('Celia Ramos was asked about the lawsuit at a news conference.\n\n“I have no comment on pending litigation of any kind.”')).toEqual(['Celia Ramos']);
  });

  it('reads a role with words before it (`the council leader said`), but not another holder’s (`the former mayor`)', () => {
    const quotes = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((d) => d.speaker);
    expect(quotes('Harbour\n\nMarch 3, 2021\n\nThe chair of the harbour board, Miriam Achebe, spoke. "The lease expired and we have a duty," the chair said.\n\nMarch 4, 2021\n\nThe board met.')).toEqual(['Miriam Achebe']);
    expect(quotes('Library\n\nMarch 3, 2021\n\nThe council leader, Graham Tate, defended the vote. "Nobody goes into politics to close libraries," the council leader said.\n\nMarch 4, 2021\n\nThe headteacher, Ruth Bell, spoke. "Our pupils use that library every week," the headteacher said.')).toEqual(['Graham Tate', 'Ruth Bell']);
    // A role that is itself such a word is still a role, however the attribution stands.
    expect(quotes('Council\n\nMarch 3, 2021\n\nThe deputy, Ann Lee, spoke. "We will find the money for this library," the deputy said.\n\nMarch 4, 2021\n\nThe deputy said: "We will find the money for this library."')).toEqual(['Ann Lee', 'Ann Lee']);
    expect(quotes('City\n\nJan 5, 2020\n\nMayor Dana Whitfield took office, replacing former mayor Tom Reese. "The city is broke and we have to say so," the former mayor said.\n\nJan 6, 2020\n\nShe met staff.')).toEqual([null]);
  });

  it('credits words received from someone to the sender, and a role two people held to its holder at the time', () => {
    const quotes = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((d) => d.speaker);
    expect(quotes('Bridge row\n\nThe mayor, Jane Ortiz, and her predecessor, Donald Price, feud.\n\nMarch 3, 2021\n\nPrice got a reply from Ortiz within minutes: "There is nothing left to talk about, Donald."\n\nDecember 9, 2021\n\nThe council met.')).toEqual(['Jane Ortiz']);
    expect(quotes('Bridge row\n\nMarch 3, 2021\n\nMayor Donald Price closed the bridge. "I am not going to gamble with lives," the mayor said.\n\nNovember 8, 2022\n\nJane Ortiz was elected mayor.\n\nJanuary 9, 2023\n\nThe bridge reopened. "This is a great day for the whole city," the mayor said.')).toEqual(['Donald Price', 'Jane Ortiz']);
  });

  it('never takes for the speaker someone the article says died, or who just did not act', () => {
    const quotes = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((d) => d.speaker);
    expect(quotes('Garage fire\n\nMay 2, 2019\n\nPeter Hale died in the fire. His son Simon Hale was away.\n\nAugust 8, 2022\n\nPeter Hale was remembered as a gentle man. "We want answers from the garage owners," Hale said.')).toEqual(['Hale']);
    expect(quotes('Sale\n\nMarch 2, 2021\n\nThe yard is valued.\n\nMarch 9, 2021\n\nClaire Marsh met the buyers. Dennis Marsh did not attend. "This is the right decision for the business," Marsh told reporters.')).toEqual(['Marsh']);
  });

  it('gives words of someone unnamed to no one, and words of one named in an apposition to them', () => {
    const quotes = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((d) => d.speaker);
    const story = (sentence: string) => `Bridge\n\nThe mayor, Jane Ortiz, took office.\n\nMay 15, 2021\n\n${sentence}\n\nMay 16, 2021\n\nThe council met.`;
    expect(quotes(story('Ortiz recalled her mother\'s words: "Never trust a man who promises you a bridge."'))).toEqual([null]);
    expect(quotes(story('Ortiz recalled the words of her predecessor, Ana Ruiz: "This town deserves a mayor who finishes things."'))).toEqual(['Ana Ruiz']);
    expect(quotes(story('Ortiz got a reply from her lawyer within minutes: "Do not say another word about the bridge."'))).toEqual([null]);
    expect(quotes(story('Ruth Lomax, warned by colleagues that "the union will not back you on this one," went to the press.'))).toEqual([null]);
  });

  it('gives a verb joined by `and` the sentence’s subject (`Shaw unveiled a plaque and said:`)', () => {
    const quotes = parseText('Hub\n\nMarch 3, 2023\n\nMartin Shaw unveiled a new hub and said: "This building belongs to the people of Harlow now."\n\nMarch 4, 2023\n\nAmy Tran stood up and said: "I am asking to see the paperwork today."').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => d.speaker)).toEqual(['Martin Shaw', 'Amy Tran']);
  });

  it('reads a nickname in quotation marks inside a name as that person', () => {
    const quotes = parseText(
      'Bakery row\n\nBrothers Francis "Frank" Dunmore and Thomas Dunmore inherited the bakery.\n\nJan. 14, 2019\n\n"Mam always said the place was mine to run," Frank said.\n\nFeb. 2, 2019\n\n"I sat through the whole meeting and said nothing," Frank Dunmore said.',
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Francis Dunmore', 'Francis Dunmore']);
    // Not when someone else has the nickname for a first name.
    const names = new ArticleNames(['Francis "Frank" Dunmore and Frank Ellis met.', 'Frank Ellis spoke.']);
    expect(names.canonical('Frank')).toBe('Frank');
  });

  it('takes words written on a sign, banner, placard or plaque for no quotation', () => {
    const quotes = parseText(
      'Library row\n\nMarch 3, 2021\n\nAnn Lee spoke at a rally, where supporters held up a banner: "We stand with Ann and the library."\n\nMarch 4, 2021\n\nCampaigners carried placards reading "Books not budgets for us" and "Hands off Fenwick Road now".\n\nMarch 5, 2021\n\nA plaque on the wall says: "This library was opened by the people of Fenwick." Lee, holding a banner, said: "We will win this fight for the library."',
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([['Ann Lee', 'We will win this fight for the library.']]);
  });

  it('gives words the sentence says are someone’s to them: recalled, quoted, on video', () => {
    const quotes = parseText(
      'Bridge row\n\nThe mayor, Jane Ortiz, and her predecessor, Donald Price, have feuded for years.\n\nMarch 3, 2021\n\nOrtiz mocked Price\'s 2019 promise that "the bridge will outlast all of us here."\n\nMarch 4, 2021\n\nOrtiz recalled Price\'s words: "This bridge will outlast all of us."\n\nMarch 5, 2021\n\nOrtiz shared a video of Price saying "this bridge will outlast all of us here."',
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Donald Price', 'Donald Price', 'Donald Price']);
  });

  it('never grows a one-word name into a place or body that opens with it', () => {
    const names = new ArticleNames(['Residents of Harlow Green say the flooding is worse.', 'The Kestrel Mine collapse.', 'Harlow said in a statement.', 'Gordon Pike wrote.']);
    expect(names.canonical('Harlow')).toBe('Harlow');
    expect(names.canonical('Kestrel')).toBe('Kestrel');
    expect(names.canonical('Gordon')).toBe('Gordon Pike');
  });

  it('keeps a name whole beside a hashtag of its first word, and drops ages, compound roles and imperatives before it', () => {
    const names = new ArticleNames(['Amara Jane Lindgren spoke. #amara #savethepier', 'Sixteen-year-old Nia Hale spoke.', 'Churchwarden Audrey Penhaligon spoke.', 'Ask Ibrahim Tennant for the figures.', 'Penhaligon, Hale and Tennant agreed.']);
    expect(names.canonical('Lindgren')).toBe('Amara Jane Lindgren');
    expect(names.canonical('Hale')).toBe('Nia Hale');
    expect(names.canonical('Penhaligon')).toBe('Audrey Penhaligon');
    expect(names.canonical('Tennant')).toBe('Ibrahim Tennant');
  });

  it('takes `the 24-year-old` for someone unnamed, so `he` after it is no one named before', () => {
    const quotes = parseText('Tomás Rivera has signed Danny Rivera. Tomás Rivera called it a coup.\n\n“He is the profile we wanted,” Rivera said.\n\nThe 24-year-old was delighted. “It is a dream,” he said.').filter((d) => d.type === 'quote');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Tomás Rivera', null]);
  });

  it('lets a title pick between people who share a name, even against the one named more often', () => {
    const texts = ['Governor Margaret Hale thanked finance chair Peter Hale.', 'Peter Hale smiled.', 'Peter Hale left.', 'Peter Hale returned.'];
    expect(new ArticleNames(texts).canonical('Hale', ['governor'])).toBe('Margaret Hale');
    expect(new ArticleNames(texts).canonical('Hale', ['chair'])).toBe('Peter Hale');
    expect(new ArticleNames(texts).canonical('Hale')).toBe('Peter Hale');
    const quotes = parseText(
      `${texts.join(' ')}\n\nNov 4, 2021\n\nGovernor Hale tweets about the decision.\n\n“Pier 9 will bring 3,000 jobs to the waterfront.”\n\nNov 5, 2021\n\nWhether Margaret Hale knew is unclear. “I knew nothing about it,” Margaret Hale said.`,
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Margaret Hale', 'Margaret Hale']);
    // A conjunction opening a sentence is no part of the name after it.
    expect(stripTitles(['Whether', 'Margaret', 'Hale'])?.name).toBe('Margaret Hale');
    expect(stripTitles(['Although', 'Hale'])?.name).toBe('Hale');
  });

  it('drops a role-shaped word that only ever opens sentences from before a full name', () => {
    const names = new ArticleNames(['Chemist Rosalind Achterberg posts a thread.', 'Promoter Gideon Rask announces the line-up.', 'Silicon Valley Bank fails.', 'Achterberg and Rask spoke.']);
    expect(names.canonical('Achterberg')).toBe('Rosalind Achterberg');
    expect(names.canonical('Rask')).toBe('Gideon Rask');
    expect(names.canonical('Silicon Valley Bank')).toBe('Silicon Valley Bank');
    // Nor is a word for someone's kin opening a sentence.
    expect(new ArticleNames(['Widow Angela Reyes responded.', 'Reyes spoke.']).canonical('Reyes')).toBe('Angela Reyes');
    // A party member's label is no part of the name.
    expect(stripTitles(['Democrat', 'Luis', 'Ortega'])?.name).toBe('Luis Ortega');
    // A word the article writes inside a sentence is a name, not a description.
    expect(new ArticleNames(['Walter Scott Fitzgerald wrote.', 'We met Walter later.']).canonical('Fitzgerald')).toBe('Walter Scott Fitzgerald');
  });

  it('drops a title that follows a description, but not a name word that happens to be a title', () => {
    expect(stripTitles(['Arizona', 'Governor', 'Celia', 'Ramos'])).toEqual({ name: 'Celia Ramos', titles: ['governor'] });
    expect(stripTitles(['Sen.', 'Ann', 'Lee'])).toEqual({ name: 'Ann Lee', titles: ['senator'] });
    expect(stripTitles(['Martin', 'Luther', 'King', 'Jr'])).toEqual({ name: 'Martin Luther King Jr', titles: [] });
    expect(stripTitles(['Prosecutor', 'Imogen', 'Tarrant', 'KC'])).toEqual({ name: 'Imogen Tarrant', titles: ['prosecutor'] });
    expect(stripTitles(['Olu', 'Benn', 'MP'])).toEqual({ name: 'Olu Benn', titles: [] });
    expect(stripTitles(['Mr', 'Justice', 'Harwood'])).toEqual({ name: 'Harwood', titles: ['mr', 'judge'] });
  });

  it('resolves "the mayor" to the one person the article calls Mayor', () => {
    expect(new ArticleNames(['Mayor Dana Whitfield spoke.']).byRole('mayor')).toBe('Dana Whitfield');
    expect(new ArticleNames(['Mayor A Bee spoke.', 'Mayor C Dee spoke.']).byRole('mayor')).toBeNull();
  });

  it('learns a role from an apposition, and only a title word as a role', () => {
    expect(new ArticleNames(['The transport minister, Alan Reyes, unveils the plan.']).byRole('minister')).toBe('Alan Reyes');
    expect(new ArticleNames(['Its chief executive, Helen Brandt, says no.']).byRole('executive')).toBeNull();
    expect(new ArticleNames(['The old harbour, Port Ellery, is closed.']).byRole('harbour')).toBeNull();
    expect(new ArticleNames(['Dana Whitfield, the mayor, spoke.']).byRole('mayor')).toBe('Dana Whitfield');
    expect(new ArticleNames(['Ari Cohen, a spokesman for the firm, spoke.']).byRole('spokesman')).toBe('Ari Cohen');
    expect(new ArticleNames(['Brazil’s environment minister, Alan Reyes, arrived.']).byRole('minister')).toBe('Alan Reyes');
    expect(new ArticleNames(['The US special envoy, Karen Holloway, spoke.']).byRole('envoy')).toBe('Karen Holloway');
    expect(new ArticleNames(['The transport minister, Alan Reyes, met the health minister, Gwen Hall.']).byRole('minister')).toBeNull();
  });
});

describe('Markdown in plain text', () => {
  it.each([
    ['**June 9, 2016** — They meet.', 'June 9, 2016 — They meet.'],
    ['__June 9__: They *finally* meet.', 'June 9: They finally meet.'],
    ['See the [court filing](https://example.org/filing.pdf).', 'See the court filing.'],
    ['***Both*** marks', 'Both marks'],
    ['He called it f**k and f**k again', 'He called it f**k and f**k again'],
    ['The field is snake_case_name or 2*3*4', 'The field is snake_case_name or 2*3*4'],
  ])('reads %j as %j', (line, expected) => {
    expect(textToBlocks(line)[0]!.text).toBe(expected);
  });

  it('drops the citation marks of a page copied as text, but not a link or a note label', () => {
    expect(textToBlocks('A judge sides with the city.[citation needed] The vote was 5–2.[12][13] See [b]: and [1](https://x.org).')[0]!.text).toBe(
      'A judge sides with the city. The vote was 5–2. See [b]: and 1.',
    );
  });

  it('splits a date on a line of its own from the lines under it', () => {
    expect(textToBlocks('April 25, 2014\nThe city switches\nits water source.').map((block) => block.text)).toEqual(['April 25, 2014', 'The city switches its water source.']);
  });

  it('reads "* " bullets, and "> " lines as a blockquote of their own', () => {
    expect(textToBlocks('Intro here.\n* one\n*two* words\n> Quoted line\n> goes on.\nAfter.').map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Intro here.'],
      ['list-item', 'one'],
      ['paragraph', 'two words'],
      ['blockquote', 'Quoted line goes on.'],
      ['paragraph', 'After.'],
    ]);
  });
});

describe('blocks', () => {
  it('reads a table dated in a later column as one entry a row, dated by its own cell', () => {
    const html = '<html><body><article><h1>Warnings</h1><p>The table lists each warning and when it was sent.</p><table><tr><th>Warning</th><th>Date</th><th>Sent to</th></tr><tr><td>Email from a night carer</td><td>14 Feb 2022</td><td>Regulator</td></tr><tr><td>Complaint about weight loss</td><td>2 May 2022</td><td>Care home manager</td></tr></table></article></body></html>';
    const documents = parseHtml(html).filter((d) => d.type === 'event');
    expect(documents.map((d) => [d.date, d.text])).toEqual([
      ['2022-02-14', 'Email from a night carer\n\nRegulator'],
      ['2022-05-02', 'Complaint about weight loss\n\nCare home manager'],
    ]);
    // A short first cell too (a version), on a page with nothing before the table.
    const releases = '<html><body><article><h1>Release history</h1><table><tr><th>Version</th><th>Released</th><th>Highlights</th></tr><tr><td>1.0</td><td>2015-01-20</td><td>First public release</td></tr><tr><td>2.0</td><td>2016-05-03</td><td>Sync across devices</td></tr></table></article></body></html>';
    expect(parseHtml(releases).map((d) => [d.type, d.date, d.text])).toEqual([
      ['event', '2015-01-20', '1.0\n\nFirst public release'],
      ['event', '2016-05-03', '2.0\n\nSync across devices'],
    ]);
  });

  it('drops a Google Docs export’s comments and their marks', () => {
    const html = '<html><body class="doc-content"><p class="c5 title"><span>Harbour Bridge closure</span></p><p><span>18 May 2022</span><span>&nbsp;&ndash; Routine inspection records corrosion on cable 4.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p><p><span>1 July 2022</span><span>&nbsp;&ndash; The bridge is closed.</span></p><div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Confirm wording with Falk report p.12 &ndash; Priya</span></p></div></body></html>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => d.text)).toEqual(['Routine inspection records corrosion on cable 4.', 'The bridge is closed.']);
  });

  it('drops a wire’s and a release’s sign-offs, a byline with its date after a dot, WordPress’s likes and post footer, and a call to action', () => {
    for (const line of ["Follow AP's coverage of the elections at https://apnews.com/hub/election-2020.", 'News provided by Acme Hydration Inc.', 'Club Media · 21 May 2024', 'Like this: Like Loading...', 'Loading...', 'Posted in News, Roads | Tagged bridge | 3 Comments']) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Posted in 2019, the video went viral.', 'Follow the money, she said.', 'Loading the van took all night.']) expect(isBoilerplate(line), line).toBe(false);
    // A news site's links, app and stamp lines between entries, a sign-up and an appeal in a line.
    for (const line of ['Also Read | Chennai water crisis 2019: What the city learnt', 'Download The Indian Express App for more updates.', 'First uploaded on: 21-03-2024 at 18:42 IST', 'Get the latest Pools news sent to your inbox. Sign up here.', 'Support independent journalism in Munster. Please consider making a donation – every euro helps.']) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ["First published on the council's website in 2019, the report was ignored.", 'Download speeds fell by half.', 'Get the latest news on the strike as it happens.']) expect(isBoilerplate(line), line).toBe(false);
    // A transcript's own notes and a forum's sorting and buttons.
    for (const line of ['(CROSSTALK)', 'This transcript was produced by CQ Roll Call and may contain errors.', 'Subscribe to CQ Roll Call transcripts | Terms of use', 'Sort by: best', 'Reply Share Report Save Follow']) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['This transcript was produced by a court stenographer and shows that Hale lied.', 'Subscribe to the idea that the council knew.']) expect(isBoilerplate(line), line).toBe(false);
    // A timestamped transcript note, a media player's position, the page's own licence.
    for (const line of ['[00:01:02] (CROSSTALK)', '00:00 / 42:17 Listen on Apple Podcasts Spotify', '00:00 / 42:17', 'Text licensed under CC BY-NC 4.0. Images © their owners.', 'This article is licensed under a Creative Commons licence.']) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['12:30 / 13:00 — the trains stopped at the border', 'The museum releases its images under CC BY 4.0.', 'Text messages licensed the deal, Hale said.']) expect(isBoilerplate(line), line).toBe(false);
    // A share prompt, a sign-off, a copyright notice of any length, a funding note (tester-68).
    for (const line of ['Kindly share this story:', "Thanks for reading. If you're a Fernhill user, tell us your own story.", 'Thank you for reading. This live blog is no longer being updated.', 'Copyright 2024 Daily Clarion. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from DAILY CLARION.', 'The Local Democracy Reporting Service is funded by the BBC and provides public interest journalism across the UK.']) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Share this story with your MP, the campaigners urged, and demand answers before the vote on Tuesday.', 'Thanks for reading the report, Hale told the committee.', 'This story began in 2019, when the first cracks appeared.', 'The Local Democracy Reporting Service asked Ashcombe Council why the report was withheld; a spokesman said: "It contained commercially sensitive material."', "This report was produced by the council's own auditors, and it found £2m was unaccounted for.", 'Copyright holders often print "all rights reserved" on their work, but the phrase has had no legal force since 2000, Prof Ann Lee told the court on Tuesday, adding that it was a relic of an old treaty.']) expect(isBoilerplate(line), line).toBe(false);
    expect(isBoilerplate('Copyright 2024 Acme Co. Ltd. All rights reserved.')).toBe(true);
    // A rubric over an HTML headline.
    expect(parseArticle('<html><body><article><div class="rubric"><a href="/science">Science</a></div><h1>The Engineer Who Counted the Sewage</h1><p>He put the letter on his manager\'s desk and walked out.</p></article></body></html>', { slug: 'x', format: 'html' }).documents.map((d) => d.text)).toEqual(["He put the letter on his manager's desk and walked out."]);
    // A newspaper's section alone over the headline, and a Markdown `Related posts` list.
    expect(parseArticle('NEWS\n\nKuto market relocation: Traders in standoff\n\nTension remained high in Abeokuta on Friday.', { slug: 'x', format: 'text' }).documents[0]!.articleTitle).toBe('Kuto market relocation: Traders in standoff');
    expect(parseText('Fernhill at nine\n\nFernhill turns nine this year.\n\n**Related posts**\n- [How we rebuilt sync in Rust](https://fernhill.app/blog/rust-sync)\n- [Our approach to encryption](https://fernhill.app/blog/e2ee)').map((d) => d.text)).toEqual(['Fernhill turns nine this year.']);
    // A live page's editors and the label over its pinned post.
    for (const line of ['Edited by Owen Pryce and Farah Nadeem', 'Pinned']) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Reported by Reuters on Monday, the deal collapsed.', 'Pinned down by gunfire, the soldiers waited.']) expect(isBoilerplate(line), line).toBe(false);
    // `Related Topics` over its topics, which would otherwise name the next section.
    expect(parseText('Hartlepool 2-1 Barrow\n\nHartlepool came from behind to beat Barrow.\n\nRelated Topics\nHartlepool United\nBarrow\n\nThe club thanked its fans.\n').map((d) => [d.section, d.text])).toEqual([[null, 'Hartlepool came from behind to beat Barrow.'], [null, 'The club thanked its fans.']]);
    // `News provided by` over the provider's name, a line of its own.
    const release = parseText('Acme Issues Update on Recall\n\nNews provided by\nAcme Hydration Inc.\nMar 18, 2021, 08:00 ET\n\n2021-01-11 — The first reports arrive.\n\n2021-03-04 — Acme announces a recall.\n');
    expect(release.map((d) => d.text)).toEqual(['The first reports arrive.', 'Acme announces a recall.']);
    const page = '<html><body><main><h1>Our story</h1><dl><dt>January 20, 2015</dt><dd><p>Version 1.0 launches.</p></dd><dt>March 30, 2020</dt><dd><p>Shared workspaces launch.</p></dd></dl><section class="cta"><h2>Join 40 million thinkers</h2><p>Start free. No credit card required.</p></section><section class="careers"><h2>We are hiring</h2><p>We are looking for people who care about craft.</p></section></main></body></html>';
    expect(parseHtml(page).map((d) => d.text)).toEqual(['Version 1.0 launches.', 'Shared workspaces launch.']);
  });

  it('reads a section’s kind and its quoted title as a subheading, which ends the timeline', () => {
    const text = 'Charity\n\n3 March 2021\n\nThe accounts are signed.\n\n14 September 2021\n\nGreaves speaks at a gala.\n\nInterview: "I have nothing to hide"\n\nWe put our findings to Martin Greaves in a recorded interview.\n';
    expect(parseText(text).map((d) => [d.type, d.date, d.section, d.text])).toEqual([
      ['event', '2021-03-03', null, 'The accounts are signed.'],
      ['event', '2021-09-14', null, 'Greaves speaks at a gala.'],
      ['passage', null, 'Interview: "I have nothing to hide"', 'We put our findings to Martin Greaves in a recorded interview.'],
    ]);
  });

  it('drops a site’s name and its menu copied as one line over the headline, which is the title', () => {
    const page = parseArticle('Pelham Village News\n\nHome   About   Parish Council   What\'s On   Contact\n\nThe Pelham bridge saga: a timeline\n\n4/3/2021\nCracks are found in the arch.\n\n23/3/2021\nRepairs begin.\n', { slug: 'p', format: 'text' });
    expect(page.title).toBe('The Pelham bridge saga: a timeline');
    expect(page.documents.map((d) => [d.section, d.text])).toEqual([[null, 'Cracks are found in the arch.'], [null, 'Repairs begin.']]);
  });

  it('drops a row of share buttons set apart by spaces, and reads a byline’s date over it as the page’s', () => {
    const text = 'Driver jailed: how the case unfolded\n\nBy Harriet Quiller, Courts Reporter\nFriday 7th February 2020, 4:51 pm\nShare  Tweet  Email\n\nA delivery driver who killed a cyclist has been jailed for six years. Here is how the case unfolded.\n\n12th March 2019 – The crash happens on the A390.\n\n7th February 2020 – The judge jails Pascoe for six years.\n';
    expect(parseText(text).map((d) => [d.type, d.date, d.text.slice(0, 22)])).toEqual([
      ['passage', null, 'A delivery driver who '],
      ['event', '2019-03-12', 'The crash happens on t'],
      ['event', '2020-02-07', 'The judge jails Pascoe'],
    ]);
    expect(isBoilerplate('Share Facebook Twitter')).toBe(true);
    expect(isBoilerplate('Share the love this winter')).toBe(false);
  });

  it('ends the article at readers’ comments: WordPress’s heading over them in text, a comments section by its class or id in HTML', () => {
    const text = 'The bridge saga: a timeline\n\n4/3/2021\nCracks are found in the arch.\n\n23/3/2021\nRepairs begin.\n\n3 thoughts on "The bridge saga: a timeline"\n\nMargaret H says:\n21/05/2021 at 9:14 am\n"Thank you for keeping us all informed, it\'s been a nightmare," she wrote.\n\nLeave a Reply\n';
    expect(parseText(text).map((d) => [d.type, d.text])).toEqual([['event', 'Cracks are found in the arch.'], ['event', 'Repairs begin.']]);
    // Under a `Related` list, whose links it might otherwise be read as.
    expect(parseText(text.replace('3 thoughts on', 'Related\n\n3 thoughts on')).map((d) => d.text)).toEqual(['Cracks are found in the arch.', 'Repairs begin.']);
    for (const section of ['<div class="comments-section">', '<section id="discussion-area">']) {
      const html = `<html><body><article><h1>Ten days</h1><p><strong>4 March 2024</strong> — An anonymous email arrives.</p><p><strong>15 March 2024</strong> — The finance officer resigns.</p>${section}<h4>Discussion about this post</h4><p>Alan R. — “Brilliant reporting as ever, Nadia, truly.”</p>${section.startsWith('<div') ? '</div>' : '</section>'}</article></body></html>`;
      expect(parseHtml(html).map((d) => d.text)).toEqual(['An anonymous email arrives.', 'The finance officer resigns.']);
    }
  });

  it('drops a cookie banner and rows of menu links on a page without an article element', () => {
    const html = '<html><body><div class="cookie-notice"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p><a href="/privacy">Find out more</a></div><div class="top"><a href="/">Home</a> | <a href="/services">Services</a> | <a href="/news">News</a></div><div class="page"><h1>Library closure</h1><p>The library closed after a fight.</p><ul><li><a href="/a">The proposal</a></li><li><a href="/b">The petition</a></li><li><a href="/c">The vote</a></li></ul><p><b>4 March 2022</b> – The council proposes closing it.</p><p><b>2 February 2024</b> – The library closes.</p></div><div><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/access">Accessibility</a></div></body></html>';
    const documents = parseHtml(html);
    expect(documents.map((d) => d.text).join(' | ')).not.toMatch(/cookies|Home|Services|Terms|Privacy/);
    expect(documents.filter((d) => d.type === 'event').map((d) => d.text)).toEqual(['The council proposes closing it.', 'The library closes.']);
    // A list of links is no menu row: its items stay.
    expect(documents.map((d) => d.text)).toContain('The petition');
  });

  it('keeps what a second adversarial tester found furniture rules taking from stories', () => {
    const page = (body: string) => `<html><body><article><h1>Story</h1><p>How it went.</p>${body}</article></body></html>`;
    const texts = (html: string) => parseHtml(html).map((d) => d.text).join(' | ');
    // A table of vote counts, names linked in prose, a cell of linked names.
    expect(texts(page('<table><tr><th>Date</th><th>Ayes</th><th>Noes</th></tr><tr><td>March 12, 2019</td><td>242</td><td>391</td></tr><tr><td>March 29, 2019</td><td>286</td><td>344</td></tr></table>'))).toContain('242');
    expect(texts(page('<p><b>March 3, 2023</b> — The judges are named. They are:</p><p><a href="/a">Esi Edugyan</a>, <a href="/b">Adjoa Andoh</a>, <a href="/c">Mary Chan</a></p><p><b>May 1, 2023</b> — The authors are <span><a href="/d">Paul Lynch</a>, <a href="/e">Paul Murray</a>, <a href="/f">Ann Lee</a></span> and three more.</p>'))).toMatch(/Esi Edugyan.*Paul Lynch, Paul Murray, Ann Lee and three more/);
    // A report's history set as a definition list; a timeline whose class holds `cookie`.
    expect(texts(page('<dl><dt>Published</dt><dd>September 5, 2023 — The centre publishes its preliminary report on the storm.</dd><dt>Updated</dt><dd>February 20, 2024 — The final report raises the toll.</dd></dl>'))).toContain('preliminary report');
    expect(texts(page('<div class="timeline cookie-war-timeline"><p><b>March 3, 2023</b> — Crumbs opens opposite the bakery.</p><p><b>June 1, 2023</b> — The case is settled.</p></div>'))).toContain('Crumbs opens');
  });

  it('drops a Substack post’s header, counts and footnote marks', () => {
    // Found by a tester: the header's date, `∙ Paid` badge and like counts opened a fake entry.
    const html = '<html><body><article><h1>The Oculis contract</h1><div class="post-header"><div class="post-meta"><div>Tamsin Loy</div><div class="post-date">Feb 6, 2024</div><div>∙ Paid</div></div><div class="post-ufi"><a class="like-button">142</a><a class="comment-button">37</a></div></div><p>Hi all, this week is long.</p><p><strong>Sept. 13, 2022</strong> — A sales pitch.</p><p><strong>Oct. 4, 2022</strong> — A meeting, and questions.<sup><a class="footnote-anchor" href="#footnote-1">1</a></sup></p></article></body></html>';
    expect(parseHtml(html).map((d) => [d.type, d.text])).toEqual([
      ['passage', 'Hi all, this week is long.'],
      ['event', 'A sales pitch.'],
      ['event', 'A meeting, and questions.'],
    ]);
  });

  it('drops AMP’s ads, share buttons, menus and consent notices', () => {
    const html = '<html><body><amp-sidebar id="s"><ul><li><a href="/">Home</a></li></ul></amp-sidebar><amp-user-notification id="c"><p>We use cookies to improve your experience and to show you relevant adverts.</p></amp-user-notification><article><h1>Harbour strike</h1><p>How the dock strike unfolded.</p><amp-social-share type="twitter">Share on Twitter</amp-social-share><p><strong>May 3, 2022</strong> — Dockers walk out.</p><amp-ad width="300" height="250"><div placeholder>Advertisement</div><div fallback>Ad could not load</div></amp-ad><p><strong>May 9, 2022</strong> — Talks collapse.</p></article></body></html>';
    expect(parseHtml(html).map((d) => [d.type, d.text])).toEqual([
      ['passage', 'How the dock strike unfolded.'],
      ['event', 'Dockers walk out.'],
      ['event', 'Talks collapse.'],
    ]);
  });

  it('drops a byline that is only a link to its writer’s page (Medium), not a post’s or a person’s page', () => {
    const chrome = '<div><div><a href="/@janedoe?source=post_page">Jane Doe</a></div></div>';
    const html = `<html><body><article><h1>How our co-op lost its warehouse</h1>${chrome}<p>Our co-op rented it for a decade; see <a href="/people/ravi-shah">Ravi Shah</a> on why.</p><p><strong>January 9, 2023</strong> — The landlord announces a sale.</p><p><strong>February 2, 2023</strong> — Members vote to make an offer.</p><h2>2019</h2><p>March 3 — The lease is renewed.</p></article></body></html>`;
    expect(parseHtml(html).map((d) => [d.type, d.text])).toEqual([
      ['passage', 'Our co-op rented it for a decade; see Ravi Shah on why.'],
      ['event', 'The landlord announces a sale.'],
      ['event', 'Members vote to make an offer.'],
      ['event', 'The lease is renewed.'],
    ]);
    // Found by an adversarial tester: a dated item linking to a post, a cell or a credit linking to someone's page.
    const linked = '<html><body><article><h1>Exodus</h1><p>How it went.</p><ul><li><a href="https://mastodon.social/@yoyoel/109376372">November 18, 2022 — Roth posts his first thread.</a></li><li><a href="https://medium.com/@yoyoel/why-i-left-5c1e">November 19, 2022 — Roth explains why he left.</a></li></ul><blockquote><p>“I invested in Twitter because I believe in its potential.”</p><cite><a href="https://www.forbes.com/profile/elon-musk/">Elon Musk</a></cite></blockquote></article></body></html>';
    expect(parseHtml(linked).map((d) => [d.type, d.text, d.speaker])).toEqual([
      ['passage', 'How it went.', null],
      ['event', 'Roth posts his first thread.', null],
      ['event', 'Roth explains why he left.', null],
      ['passage', '“I invested in Twitter because I believe in its potential.” — Elon Musk', null],
      ['quote', 'I invested in Twitter because I believe in its potential.', 'Elon Musk'],
    ]);
  });

  it('drops a page’s metadata list above the story (GOV.UK’s From, Published, Last updated)', () => {
    const metadata = '<div class="gem-c-metadata"><dl class="gem-c-metadata__list"><dt>From:</dt><dd><a href="/org">Environment Agency</a></dd><dt>Published</dt><dd>14 March 2023</dd><dt>Last updated</dt><dd>2 May 2023 — <a href="#history">See all updates</a></dd></dl></div>';
    const html = `<html><body><main><h1>Flood defence programme: timeline</h1><p>How the programme was agreed.</p>${metadata}<div class="govspeak"><p><strong>June 2021</strong> – The agency proposes a barrier.</p><p><strong>October 2021</strong> – Ministers approve the funding.</p></div></main></body></html>`;
    // Its dates once opened entries of their own (`Last updated`, `See all updates`), its labels passages.
    expect(parseHtml(html).map((d) => [d.type, d.month, d.text])).toEqual([
      ['passage', null, 'How the programme was agreed.'],
      ['event', '2021-06', 'The agency proposes a barrier.'],
      ['event', '2021-10', 'Ministers approve the funding.'],
    ]);
  });

  it('keeps what a class word holding “metadata” wraps: a story, an entry’s date, a quotation’s credit', () => {
    // Found by an adversarial tester when such classes were dropped as furniture.
    const page = (body: string) => `<html><body><h1>Depot</h1><div class="most-popular"><ul><li>One</li><li>Two</li></ul></div>${body}</body></html>`;
    const story = page('<div class="article-metadata-and-body"><p>How a depot became a row.</p><p><b>May 1, 2022</b> — The board buys the depot.</p><p><b>May 8, 2022</b> — Engineers find asbestos.</p></div>');
    expect(parseHtml(story).filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2022-05-01', '2022-05-08']);
    const cards = page('<article><p>A year of trouble.</p><div class="item"><div class="item-metadata"><span>March 3, 2023</span></div><p>The cells fail testing.</p></div><div class="item"><div class="item-metadata"><span>April 11, 2023</span></div><p>Investors ask for reports.</p></div></article>');
    expect(parseHtml(cards).filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2023-03-03', '2023-04-11']);
    const credited = page('<article><p>The water crisis.</p><p><b>June 5, 2023</b> — A main bursts.</p><blockquote><p>We will have the water back on within the week, and nobody will be left without.</p><div class="quote-metadata">— Dana Reyes, chief executive, Lindmouth Water</div></blockquote><p><b>June 12, 2023</b> — Supplies fail again.</p></article>');
    expect(parseHtml(credited).filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([['We will have the water back on within the week, and nobody will be left without.', 'Dana Reyes']]);
  });

  it('keeps a row’s other dates in its entry under their column’s label, dated by the first', () => {
    const table = (head: string, rows: string[]) => `<html><body><article><h1>Potholes</h1><p>The council logged every pothole on Mill Lane.</p><table>${head}${rows.join('')}</table></article></body></html>`;
    const row = (...cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    const events = (html: string) => parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.text]);
    // Each date once opened an entry of its own: the reported date was lost, the row dated by the repair.
    expect(events(table('<tr><th>Reported</th><th>Repaired</th><th>What happened</th></tr>', [row('3 March 2021', '19 March 2021', 'A cyclist reported a hole.'), row('8 April 2021', '2 June 2021', 'A bus lost a wheel.')]))).toEqual([
      ['2021-03-03', 'A cyclist reported a hole.\n\nRepaired: 19 March 2021'],
      ['2021-04-08', 'A bus lost a wheel.\n\nRepaired: 2 June 2021'],
    ]);
    // After the text, the later date once opened an empty entry and was lost.
    expect(events(table('<tr><th>Reported</th><th>What happened</th><th>Repaired</th></tr>', [row('3 March 2021', 'A cyclist reported a hole.', '19 March 2021'), row('8 April 2021', 'A bus lost a wheel.', '2 June 2021')]))).toEqual([
      ['2021-03-03', 'A cyclist reported a hole.\n\nRepaired: 19 March 2021'],
      ['2021-04-08', 'A bus lost a wheel.\n\nRepaired: 2 June 2021'],
    ]);
    // Found by an adversarial tester: a plan's dates do not date the rows when another column does.
    expect(events(table('<tr><th>Planned</th><th>Actual</th><th>Milestone</th></tr>', [row('1 March 2021', '14 September 2021', 'Contract signed.'), row('1 June 2021', '3 February 2022', 'First section closed.')]))).toEqual([
      ['2021-09-14', 'Contract signed.\n\nPlanned: 1 March 2021'],
      ['2022-02-03', 'First section closed.\n\nPlanned: 1 June 2021'],
    ]);
    // A row with a cell spanning columns is not labelled by position.
    const spanning = table('<tr><th>Reported</th><th>Inspected</th><th>What happened</th><th>Repaired</th></tr>', [row('3 March 2021', '5 March 2021', 'A hole.', '19 March 2021'), '<tr><td>8 April 2021</td><td colspan="2">A bus lost a wheel.</td><td>2 June 2021</td></tr>']);
    expect(parseHtml(spanning).map((d) => d.text).join(' ')).not.toContain('What happened:');
    // A table dated in a later column keeps its other dates the same way.
    expect(events(table('<tr><th>Warning</th><th>Sent</th><th>Answered</th></tr>', [row('Email from a carer', '14 Feb 2022', '1 Mar 2022'), row('A complaint', '2 May 2022', '9 May 2022')]))).toEqual([
      ['2022-02-14', 'Email from a carer\n\nAnswered: 1 Mar 2022'],
      ['2022-05-02', 'A complaint\n\nAnswered: 9 May 2022'],
    ]);
  });

  it('credits no one for an uncredited blockquote after a paragraph whose quotation has its own credit', () => {
    const html = '<html><body><article><h1>Brightloop</h1><h3>April 11, 2023</h3><p>The cells fail testing. Kevin Tolliver emails the board. “We have a cathode problem, not a process problem,” he wrote.</p><blockquote><p><em>Everybody in that room knew what a cathode problem meant.</em></p></blockquote><h3>June 2023</h3><p>Investors ask for weekly reporting.</p></article></body></html>';
    expect(parseHtml(html).filter((d) => d.type === 'quote').map((d) => d.speaker)).toEqual(['Kevin Tolliver', null]);
  });

  it('ends a timeline of cards whose classes alternate left and right with their container', () => {
    const card = (side: string, date: string, text: string) => `<div class="timeline-item timeline-${side}"><h3>${date}</h3><p>${text}</p></div>`;
    const html = `<html><body><article><h1>Library</h1><p>Here is how we got here.</p><div class="timeline">${card('left', 'March 3, 2023', 'The board votes.')}${card('right', 'June 9, 2023', 'The library closes.')}</div><p>A hearing in the lawsuit is set for February.</p></article></body></html>`;
    expect(parseHtml(html).map((d) => d.type)).toEqual(['passage', 'event', 'event', 'passage']);
  });

  it('drops a Related heading with the links set as paragraphs under it', () => {
    const html = '<html><body><article><h1>T</h1><p>Intro paragraph of the story about the takeover.</p><h3>Related</h3><p><a href="/x">Other deals</a></p><p><a href="/y">More deals</a></p></article></body></html>';
    expect(htmlToBlocks(html).blocks.map((block) => block.text)).toEqual(['Intro paragraph of the story about the takeover.']);
  });

  it('reads a page nested deeper than browsers nest, keeping its text', () => {
    const html = `<html><body><article><h1>Deep</h1>${'<div>'.repeat(3000)}<p>June 3, 2021 — The deepest entry.</p>${'</div>'.repeat(3000)}</article></body></html>`;
    expect(htmlToBlocks(html).blocks.map((block) => block.text)).toEqual(['June 3, 2021 — The deepest entry.']);
  });

  it('reads a Markdown callout as the writer’s note, not a quotation', () => {
    const documents = parseText('Outage\n\n> [!NOTE]\n> This timeline is updated as we learn more about it.\n\nMarch 3, 2024 — Alerts fire.\n\n> [!warning]- Provisional\n> Some figures may change in the coming days.\n\n> “We are rolling back the deploy right now,” said Sam Ortiz.\n\nMarch 4, 2024 — Service returns.');
    expect(documents.filter((d) => d.type === 'quote').map((d) => d.text)).toEqual(['We are rolling back the deploy right now']);
    expect(documents.map((d) => d.text).join(' ')).not.toContain('[!');
    expect(documents.find((d) => d.type === 'passage')?.text).toBe('This timeline is updated as we learn more about it.');
  });

  it('joins hard-wrapped lines, counts blank lines as the gap, and reads bullets and headings', () => {
    expect(textToBlocks('The Big Story Here\n\nA paragraph that\nwraps.\n\n\n• first\n• second')).toEqual([
      { kind: 'heading', text: 'The Big Story Here', gapBefore: 1 },
      { kind: 'paragraph', text: 'A paragraph that wraps.', gapBefore: 1 },
      { kind: 'list-item', text: 'first', gapBefore: 2, structure: 1 },
      { kind: 'list-item', text: 'second', gapBefore: 1, structure: 1 },
    ]);
  });

  it('normalises NFC and non-breaking spaces but keeps curly quotes', () => {
    expect(textToBlocks('Cafe\u0301\u00a0said “hi  there”.')[0]!.text).toBe('Café said “hi there”.');
  });

  it('keeps a story whose own classes hold a furniture word, and drops the furniture inside it', () => {
    const story = '<h1>Council timeline</h1><h3>May 1, 2022</h3><p>The council meets about the roads.</p><div class="share-bar">Share this on Facebook</div><h3>May 2, 2022</h3><p>Second thing happens today.</p>';
    const pages = [
      `<body><article class="typography newsletter-post post">${story}</article></body>`,
      `<body><article class="post category-social-care tag-council">${story}</article></body>`,
      `<body class="single has-sidebar"><div class="article-body">${story}</div><div class="sidebar">Most read</div></body>`,
      `<body><div class="wrapper has-sidebar"><div>${story}</div></div></body>`,
    ];
    for (const page of pages) {
      const texts = htmlToBlocks(page).blocks.map((block) => block.text);
      expect(texts).toEqual(['May 1, 2022', 'The council meets about the roads.', 'May 2, 2022', 'Second thing happens today.']);
    }
  });

  it('loses no part of a story set in cards, figures, card headers or paywalled blocks', () => {
    const summary = (html: string) =>
      parseHtml(html).map((d) => `${d.type[0]} ${d.date ?? d.month ?? '-'} ${d.type === 'quote' ? `[${d.speaker}] ` : ''}${d.text.replace(/\s+/g, ' ')}`);
    // The story in <main>, teaser cards as <article>s beside it.
    expect(summary('<body><main><h1>Transit tax</h1><p>Measure T looked easy.</p><p><strong>March 2023</strong> — The council votes.</p><p><strong>November 7, 2023</strong> — Measure T fails.</p><div><article><h3>Rents rose</h3><p>A long teaser paragraph about rents that is longer than the story itself, by a good margin.</p></article></div></main></body>').slice(0, 3)).toEqual([
      'p - Measure T looked easy.', 'e 2023-03 The council votes.', 'e 2023-11-07 Measure T fails.',
    ]);
    // Each entry its own <article>, or its own `.content` card.
    expect(summary('<body><main><h2>Orla Quay</h2><p>Ten years from plan to tenant.</p><article><h3>6 May 2014</h3><p>A masterplan is published.</p></article><article><h3>21 November 2017</h3><p>The developer withdraws after three years.</p></article></main></body>')).toEqual([
      'p - Ten years from plan to tenant.', 'e 2014-05-06 A masterplan is published.', 'e 2017-11-21 The developer withdraws after three years.',
    ]);
    // A card's own <header> holds its date and headline; the text under the headline is the entry's.
    expect(summary('<body><main><h1>Orla Quay</h1><ol><li><div><header><time>6 May 2014</time><h3>Masterplan unveiled</h3></header><p>A masterplan is published.</p></div></li><li><div><header><time>21 November 2017</time><h3>Developer pulls out</h3></header><p>The developer withdraws.</p></div></li></ol></main></body>')).toEqual([
      'e 2014-05-06 Masterplan unveiled A masterplan is published.', 'e 2017-11-21 Developer pulls out The developer withdraws.',
    ]);
    // A WordPress table in a figure; a quotation credited by its figure's caption.
    expect(summary('<article><h1>Evictions</h1><figure class="wp-block-table"><table><tr><td>March 4, 2022</td><td>Harbor Crest buys Linden Court.</td></tr><tr><td>April 18, 2022</td><td>Tenants receive letters.</td></tr></table></figure><figure><blockquote><p>People were told to trust us on the details, and that was hard.</p></blockquote><figcaption>— Ellen Cho, mayor of Brightwater</figcaption></figure></article>').filter((line) => !line.startsWith('p'))).toEqual([
      'e 2022-03-04 Harbor Crest buys Linden Court.', 'e 2022-04-18 Tenants receive letters.', 'q - [Ellen Cho] People were told to trust us on the details, and that was hard.',
    ]);
    // A story set in several paywalled blocks is the story, not a paywall box.
    expect(summary('<main><article><h1>Port strike</h1><div class="paywall"><p><strong>May 2, 2022</strong> — Talks collapse over the wage offer.</p></div><div class="paywall"><p><strong>June 20, 2022</strong> — A mediator brokers a deal.</p></div></article></main>')).toEqual([
      'e 2022-05-02 Talks collapse over the wage offer.', 'e 2022-06-20 A mediator brokers a deal.',
    ]);
  });

  it('drops a pull quote that repeats the story sentence by sentence, and keeps one that does not', () => {
    const quotes = (pull: string) =>
      parseHtml(`<article><h1>Veltrix</h1><h3>June 2020</h3><p>“We are not a start-up any more,” Strand said at the launch. “We are the company the start-ups want to be.”</p>${pull}</article>`)
        .filter((d) => d.type === 'quote')
        .map((d) => d.text);
    expect(quotes('<figure class="wp-block-pullquote"><blockquote><p>We are not a start-up any more. We are the company the start-ups want to be.</p><cite>Oliver Strand</cite></blockquote></figure>')).toHaveLength(2);
    expect(quotes('<figure class="wp-block-pullquote"><blockquote><p>Nobody at the company has ever been told to hide anything from anyone.</p><cite>Oliver Strand</cite></blockquote></figure>')).toHaveLength(3);
  });

  it('drops a byline with its publication <time>, and reads the standfirst under the headline as story text', () => {
    const summary = (html: string) => parseHtml(html).map((d) => `${d.type[0]} ${d.date ?? d.month ?? '-'} ${d.section ?? ''}| ${d.text}`);
    expect(summary('<article><h1>Glenmarrow ferry</h1><div><div>By Isla Roderick</div><div><time datetime="2024-02-19">19 February 2024</time></div></div><p>The ferry is the only way to a hospital.</p><h2>How it unfolded</h2><p><b>14 April 2022:</b> The ferry is withdrawn.</p><p><b>31 January 2024:</b> A new vessel is delayed.</p></article>')).toEqual([
      'p - | The ferry is the only way to a hospital.', 'e 2022-04-14 How it unfolded| The ferry is withdrawn.', 'e 2024-01-31 How it unfolded| A new vessel is delayed.',
    ]);
    expect(summary('<article><h1>Transit tax</h1><div><p>Sam Whitcombe</p><p><time>Nov 20, 2023</time> · 8 min read</p></div><p>Measure T looked easy.</p><p><strong>March 2023</strong> — The council votes.</p><p><strong>November 7, 2023</strong> — Measure T fails.</p></article>')).toEqual([
      'p - | Measure T looked easy.', 'e 2023-03 | The council votes.', 'e 2023-11-07 | Measure T fails.',
    ]);
    expect(summary('<article><h1>The Orrin saga</h1><h3>A timeline of the year a battery breakthrough unravelled</h3><p><strong>10 January 2022</strong> — A preprint is posted.</p><p><strong>2 February 2022</strong> — A chemist doubts it.</p></article>')).toEqual([
      'p - | A timeline of the year a battery breakthrough unravelled', 'e 2022-01-10 | A preprint is posted.', 'e 2022-02-02 | A chemist doubts it.',
    ]);
  });

  it('keeps an entry or a paragraph whose <time> stands beside a passive `by` (`backed by a hedge fund`), and drops a byline’s `March 9, 2023 · By Isla Roderick, staff writer`', () => {
    const summary = (html: string) => parseHtml(html).map((d) => `${d.type[0]} ${d.date ?? '-'} | ${d.text}`);
    expect(summary('<article><h1>Breach</h1><p><time datetime="2023-03-09">March 9, 2023</time> — The bank is shut.</p><p><time datetime="2023-05-16">May 16, 2023</time> — A seller, backed by a hedge fund, lists the database.</p><p><time>June 16, 2023</time> — The bill is approved by Parliament</p></article>')).toEqual([
      'e 2023-03-09 | The bank is shut.', 'e 2023-05-16 | A seller, backed by a hedge fund, lists the database.', 'e 2023-06-16 | The bill is approved by Parliament',
    ]);
    expect(summary('<article><h1>Breach</h1><p>The bank was bought on <time>March 9, 2023</time> by a hedge fund based in Dublin</p></article>')).toEqual(['p - | The bank was bought on March 9, 2023 by a hedge fund based in Dublin']);
    expect(summary('<article><h1>Breach</h1><p><time>March 9, 2023</time> · By Isla Roderick, staff writer</p><p>The bank is shut.</p></article>')).toEqual(['p - | The bank is shut.']);
    // `By` and names first, then a role's words at most; not an entry's `Approved by Parliament and the Senate`.
    expect(summary('<article><h1>Bill</h1><p><time>May 4, 2023</time> — Approved by Parliament and the Senate</p><p><time>June 1, 2023</time> Acquired by Microsoft for $7.5bn</p></article>')).toEqual([
      'e 2023-05-04 | Approved by Parliament and the Senate', 'e 2023-06-01 | Acquired by Microsoft for $7.5bn',
    ]);
    expect(summary('<article><h1>Water</h1><p><time>March 9, 2023</time> by María de la Cruz and Pieter van der Berg, health and environment correspondents</p><p>The bank is shut.</p></article>')).toEqual(['p - | The bank is shut.']);
  });

  it('reads a <q> element as the quotation a browser shows in marks, once', () => {
    const quotes = (html: string) => parseHtml(html).filter((d) => d.type === 'quote').map((d) => `${d.speaker}: ${d.text}`);
    expect(quotes('<article><h1>Heist</h1><p><strong>19 January 2025</strong> — Thieves break in.</p><p><strong>20 January 2025</strong> — Culture minister Héloïse Varenne visits. She said: <q>This is not just a theft. It is an attack on <q>our</q> history.</q></p></article>')).toEqual([
      'Héloïse Varenne: This is not just a theft. It is an attack on ‘our’ history.',
    ]);
    expect(parseHtml('<article><h1>Heist</h1><p>Ana Ruiz said: <q>“We saw nothing at all that night.”</q></p></article>')[0]!.text).toBe('Ana Ruiz said: “We saw nothing at all that night.”');
    // Marks the page typed around it, a typed quotation around it, an apostrophe opening it.
    expect(parseHtml('<article><h1>Heist</h1><p>Ana Ruiz said: “<q>We saw nothing at all that night.</q>”</p></article>')[0]!.text).toBe('Ana Ruiz said: “We saw nothing at all that night.”');
    expect(parseHtml('<article><h1>Heist</h1><p>“My manager told me <q>sign the sheet</q>, and I did,” Bronwen Pugh said.</p></article>')[0]!.text).toBe('“My manager told me ‘sign the sheet’, and I did,” Bronwen Pugh said.');
    expect(parseHtml("<article><h1>Heist</h1><p>The chair said: <q>'Tis not for us to decide guilt today.</q></p></article>")[0]!.text).toBe("The chair said: “'Tis not for us to decide guilt today.”");
  });

  it('drops furniture named by its component or test id (the BBC’s tag list, Medium’s byline), and a live blog post’s author line', () => {
    const texts = (html: string) => parseHtml(html).map((d) => d.text);
    expect(texts('<article><h1>Mine</h1><div data-component="text-block"><p>The inquiry is due to report in June.</p></div><div data-component="tag-list" class="ssrcss-tags"><ul><li><a href="/t/1">Mining accidents</a></li><li><a href="/t/2">Australia</a></li></ul></div></article>')).toEqual(['The inquiry is due to report in June.']);
    expect(texts('<article><h1>Transfer</h1><div><a href="/@mb" data-testid="authorName">Marco Bellandi</a><span>·</span></div><div><span data-testid="storyReadTime">7 min read</span><span data-testid="storyPublishDate">Sep 3, 2024</span></div><p>It was no done deal.</p></article>')).toEqual(['It was no done deal.']);
    // A component holding the story's own parts (an embedded post), a class naming an analysis, stay.
    const story = '<p>The post drew thousands of replies within the hour, most of them from engineers who had worked on the project.</p><p>By the evening the company had issued a statement of its own, saying that nothing had been decided.</p>';
    expect(texts(`<article><h1>Musk</h1>${story}<div data-component="social-embed"><blockquote><p>We will build it anyway.</p>— Elon Musk</blockquote></div></article>`).slice(2)).toEqual(['“We will build it anyway.” — Elon Musk', 'We will build it anyway.']);
    expect(texts(`<article><h1>Care</h1>${story}<div class="contribution-analysis"><p>The home closed in 2019.</p></div></article>`).slice(2)).toEqual(['The home closed in 2019.']);
    expect(texts('<main><h1>Heist – live</h1><article class="post"><p><time datetime="2025-01-19T14:05:00+01:00">14.05 CET</time></p><p>A scooter is found in a car park.</p><p class="post-author">— Elodie Marchetti</p></article><article class="post"><p><time datetime="2025-01-19T11:20:00+01:00">11.20 CET</time></p><p>The minister arrives.</p><p class="post-author">— Jakob Ferreira</p></article></main>')).toEqual(['A scooter is found in a car park.', 'The minister arrives.']);
  });

  it('ends a section of its own text at a year’s heading, and keeps a timeline’s heading over its years', () => {
    const sections = (html: string) => parseHtml(html).map((d) => `${d.type[0]} ${d.section}`);
    expect(sections('<article><h1>Sepsis</h1><h2>Key points</h2><ul><li>41 deaths may have been avoidable.</li></ul><h2>2021</h2><h3>March 9, 2021</h3><p>A nurse warns of delays.</p><h2>2022</h2><h3>February 15, 2022</h3><p>The coroner reports.</p></article>')).toEqual(['p Key points', 'e null', 'e null']);
    expect(sections('<article><h1>Sepsis</h1><h2>Timeline</h2><h3>2021</h3><h4>March 9, 2021</h4><p>A nurse warns of delays.</p><h3>2022</h3><h4>February 15, 2022</h4><p>The coroner reports.</p></article>')).toEqual(['e Timeline', 'e Timeline']);
    // By rank: a year under its own section's rank ends it, one a rank below is one of its years, an introduction or not.
    expect(sections('<article><h1>Breach</h1><h2>Summary</h2><p>Attackers had access for months.</p><h2>2021</h2><h3>March 2, 2021</h3><p>An audit finds traffic.</p><h3>May 2, 2021</h3><p>A lead resigns.</p></article>')).toEqual(['p Summary', 'e null', 'e null']);
    expect(sections('<article><h1>Theranos</h1><h2>Part one: The rise</h2><p>For a decade it could do no wrong.</p><h3>2003</h3><p><strong>March</strong> — Holmes founds the company.</p><h3>2014</h3><p><strong>June</strong> — Fortune puts her on its cover.</p></article>')).toEqual(['p Part one: The rise', 'e Part one: The rise', 'e Part one: The rise']);
    expect(parseText('Horizon\n\n## Timeline\n\nThe key moments:\n\n### 1999\n\nSeptember — Horizon is rolled out.\n\n### 2009\n\nMay — The first investigation.').map((d) => `${d.type[0]} ${d.section}`)).toEqual(['p Timeline', 'e Timeline', 'e Timeline']);
  });

  it('reads an old page laid out in tables whole, its bold headline the title, without its caption’s credit or print links', () => {
    const page = (title: string, head = '') => `<html><head><title>${title}</title>${head}</head><body>
      <table><tr><td class="nav"><a href="/">Home</a> | <a href="/news/">News</a></td></tr></table>
      <table><tr><td><font><b>The Ward 3 recount</b><br>
      <p>Nobody can say for sure who won the race for the Ward 3 seat on the council.</p>
      <table align="right"><tr><td><img src="/h.jpg"><br><font size="1">Marjorie Hollis speaks to supporters on Dec. 3. (Ledger photo by Sam Ortega)</font></td></tr></table>
      <table><tr><th>Date</th><th>What happened</th></tr><tr><td>Nov. 5, 2024</td><td>Farrow leads by 31 votes.</td></tr><tr><td>Nov. 8, 2024</td><td>Hollis pulls ahead by 6 votes.</td></tr></table>
      <p>Both candidates say they will accept the result of the count.</p>
      <p>Printer-friendly version | E-mail this story</p></font></td>
      <td><p>TIMELINE</p><p>1884 — The mill opens.</p></td></tr></table></body></html>`;
    const parsed = parseArticle(page('Gresham County Ledger - The Ward 3 recount'), { slug: 'h', format: 'html' });
    const texts = parsed.documents.map((d) => d.text).join(' | ');
    for (const kept of ['Nobody can say', 'Farrow leads', 'Hollis pulls ahead', 'Both candidates', 'The mill opens']) expect(texts).toContain(kept);
    for (const dropped of ['Ledger photo', 'Printer-friendly']) expect(texts).not.toContain(dropped);
    expect(parsed.documents[0]!.articleTitle).toBe('The Ward 3 recount');
    // Open Graph names the story when the page has no <h1>.
    expect(parseArticle(page('Gresham County Ledger', '<meta property="og:title" content="The Ward 3 recount | Gresham County Ledger">'), { slug: 'h', format: 'html' }).documents[0]!.articleTitle).toBe('The Ward 3 recount');
  });

  it('keeps a dispatch’s next date after its author line, which is no byline over the story', () => {
    const events = parseHtml('<article><h1>Letters from Kyiv</h1><p>Our correspondents have filed every week.</p><h3>January 3, 2024</h3><p>The sirens started at four.</p><p>By Tom Reid</p><h3>January 10, 2024</h3><p>The power came back.</p></article>').filter((d) => d.type === 'event');
    expect(events.map((d) => d.date)).toEqual(['2024-01-03', '2024-01-10']);
  });

  it('drops a byline’s date set next to it in the same paragraph (`By … Staff Writer<br>Thursday, April 11, 2024`), which is no entry', () => {
    const events = parseHtml('<article><h1>Mill closure</h1><p>By Wendell Harms, Gazette Staff Writer<br>Thursday, April 11, 2024</p><p>The mill employed 310 people.</p><p><b>Oct. 3, 2023</b> — Workers are told.</p><p><b>Nov. 15</b> — The council offers a tax abatement.</p><p><b>Jan. 8, 2024</b> — The closure is confirmed.</p><p><b>March 29</b> — The last shift ends.</p></article>');
    expect(events.map((d) => `${d.type[0]} ${d.date ?? '-'}`)).toEqual(['p -', 'e 2023-10-03', 'e 2023-11-15', 'e 2024-01-08', 'e 2024-03-29']);
  });

  it('reads a leading date set in a link', () => {
    const events = parseHtml('<article><h1>Bridge</h1><p>The bridge closed after a long fight.</p><p><a href="/1"><strong>March 3, 2021</strong></a> The council delays the repair.</p><p><a href="/2"><strong>June 9, 2021</strong></a> Engineers find a crack.</p></article>').filter((d) => d.type === 'event');
    expect(events.map((d) => `${d.date} ${d.text}`)).toEqual(['2021-03-03 The council delays the repair.', '2021-06-09 Engineers find a crack.']);
  });

  it('drops a lone stamp marked as one beside the headline, and reads cards that print their date last', () => {
    const summary = (html: string) => parseHtml(html).map((d) => `${d.type[0]} ${d.date ?? '-'} | ${d.text.replace(/\s+/g, ' ')}`);
    expect(summary('<article><h1>Water plant</h1><div data-qa="timestamp"><span>April 2, 2024 at 6:00 a.m. EDT</span></div><p>The town fought for three years.</p><p><strong>Sept. 14, 2021</strong> — The board buys the farm.</p><p><strong>Nov. 30, 2021</strong> — A hearing is held.</p></article>')).toEqual([
      'p - | The town fought for three years.', 'e 2021-09-14 | The board buys the farm.', 'e 2021-11-30 | A hearing is held.',
    ]);
    // A live blog's day in a bare paragraph beside the headline is the timeline's.
    expect(summary('<article><h1>Strike live</h1><p>14 March 2023</p><div><p><time>4:40pm</time></p><p>The union confirms a strike.</p></div><div><p><time>5:05pm</time></p><p>Talks collapse.</p></div></article>').map((line) => line.slice(0, 12))).toEqual([
      'e 2023-03-14', 'e 2023-03-14',
    ]);
    const card = (title: string, date: string) => `<div class="block"><div class="content"><h2>${title}</h2><p>${title} happens to the dam.</p><div><span class="cd-timeline__date">${date}</span><a href="#">Read more</a></div></div></div>`;
    expect(summary(`<main><h1>Dam</h1><section>${card('Cracks found', 'Apr 3, 2019')}${card('Funding', 'Jun 12, 2019')}${card('Work completed', 'Sep 30, 2023')}</section></main>`)).toEqual([
      'e 2019-04-03 | Cracks found Cracks found happens to the dam.', 'e 2019-06-12 | Funding Funding happens to the dam.', 'e 2023-09-30 | Work completed Work completed happens to the dam.',
    ]);
  });

  it('drops the publication date beside the headline, never a timeline’s dates', () => {
    const texts = (html: string) => htmlToBlocks(html).blocks.map((block) => block.text);
    expect(texts('<article><div class="post-header"><h1>The saga</h1><h3 class="subtitle">A year</h3><div class="post-date">Dec 12, 2022</div></div><div><h3>10 January 2022</h3><p>First.</p></div></article>')).toEqual([
      'A year', '10 January 2022', 'First.',
    ]);
    expect(texts('<article><h1>The saga</h1><div class="entry-date">Jan 3, 2022</div><p>First.</p><div class="entry-date">Jan 9, 2022</div><p>Second.</p></article>')).toEqual([
      'Jan 3, 2022', 'First.', 'Jan 9, 2022', 'Second.',
    ]);
    expect(texts('<article><h1>The saga</h1><div class="timeline"><p>Jan 3, 2022</p><p>First.</p></div></article>')).toEqual(['Jan 3, 2022', 'First.']);
  });

  it('reads the largest article container, splits at <br>, and widens the gap at empty paragraphs', () => {
    const { blocks, title } = htmlToBlocks(
      '<html><head><title>T</title></head><body><article><h1>Title</h1><p><b>Jun 16</b><br>Text.</p><p>&nbsp;</p><p>Later.</p><blockquote><p>Quoted words here now.</p></blockquote></article><article><p>x</p></article></body></html>',
    );
    expect(title).toBe('Title');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Jun 16', gapBefore: 1, opensNext: true },
      { kind: 'paragraph', text: 'Text.', gapBefore: 1 },
      { kind: 'paragraph', text: 'Later.', gapBefore: 2 },
      { kind: 'blockquote', text: 'Quoted words here now.', gapBefore: 1 },
    ]);
  });

  it('credits an embedded Facebook post by its `Posted by … on …` line', () => {
    const quotes = parseHtml(
      '<article><h1>Pier</h1><p><b>12 September 2023:</b> The society asks again.</p><div class="fb-post"><blockquote><p>We have asked the council four times to publish the reviews.</p>Posted by <a href="#">Thornbury Civic Society</a> on&nbsp;<a href="#">Tuesday, 12 September 2023</a></blockquote></div><p><b>19 October 2023:</b> The reviews are published.</p></article>',
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.speaker, d.text])).toEqual([['Thornbury Civic Society', 'We have asked the council four times to publish the reviews.']]);
  });

  it('credits an embedded post by the dash line after its paragraph', () => {
    const { blocks } = htmlToBlocks(
      '<article><blockquote class="twitter-tweet"><p>Ministers have had months to fix this.</p>&mdash; Olu Benn MP (@OluBennMP) <a href="/s/1">March 14, 2023</a></blockquote></article>',
    );
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([['paragraph', '“Ministers have had months to fix this.” — Olu Benn MP (@OluBennMP) March 14, 2023']]);
  });

  it('drops a list of links under a heading such as "Read next", and tag links', () => {
    const { blocks } = htmlToBlocks(
      '<body><p>Story.</p><h2>Read Next</h2><ul><li><a href="/x">Chip stocks slide</a></li></ul><ul><li><a rel="tag" href="/t">Transport</a></li></ul><h2>Background</h2><ul><li>A key point.</li></ul></body>',
    );
    expect(blocks.map((block) => block.text)).toEqual(['Story.', 'Background', 'A key point.']);
  });

  it('drops the sections a press release or a page closes with, and a Wikipedia infobox', () => {
    const documents = parseHtml(
      '<article><table class="infobox"><tr><th>Date</th><td>March 2019 – November 2021</td></tr></table><p>Lumora recalls a test.</p><h2>About Lumora</h2><p>Lumora Biosystems makes tests for hospitals.</p><h2>Forward-looking statements</h2><p>This release contains statements about the future.</p></article>',
    );
    expect(documents.map((d) => d.text)).toEqual(['Lumora recalls a test.']);
  });

  it('numbers top-level lists and tables, nested ones included in theirs, and drops a row of column labels', () => {
    const { blocks } = htmlToBlocks(
      '<body><p>Intro.</p><table><tr><th>Date</th><th>Event</th></tr><tr><th colspan="2">2019</th></tr><tr><td>May 4</td><td>A.</td></tr></table><ul><li>One<ul><li>Two</li></ul></li></ul><p>End.</p></body>',
    );
    expect(blocks.map((block) => [block.text, block.structure])).toEqual([
      ['Intro.', undefined],
      ['2019', 1],
      ['May 4', 1],
      ['A.', 1],
      ['One', 2],
      ['Two', 2],
      ['End.', undefined],
    ]);
  });
});

describe('boilerplate', () => {
  it.each([
    'Story continues below advertisement',
    'Continue reading the main story',
    'skip past newsletter promotion',
    'Skip twitter post by Mayor Dana Whitfield',
    'Image caption, Crews at the bridge on Tuesday',
    'Veltrix’s headquarters in Swindon. Photograph: Ledger Pictures',
    'View this post on Instagram',
    'This interview has been edited for length and clarity.',
    'Story continues below',
    'Article continues below advertisement',
    'Copy link',
    'Copy link to clipboard',
    'This story was made possible by our members.',
    'Become a member for £5 a month.',
    '1.2K',
    'Edited and condensed for clarity.',
    'A post shared by Juno Tarrow (@junotarrow)',
    'Listen to this article · 6 min',
    'You’ve read 3 of 5 free articles this month.'.replace('’', "'"),
    'Maren Oduya covers health and social care for The Times. More about Maren Oduya',
    'In the UK, the charity Independent Age can be contacted on 0800 319 6789',
    'If you have been affected by this story, call 0800 123 4567.',
    'Call 0800 123 4567 for free, confidential advice.',
    'Worried about a child? Please call 0808 800 5000 or visit our website.',
    'Samaritans can be reached on 116 123.',
    'If you need to talk, you can call 0800 123 4567 at any time.',
    'Help is available 24 hours a day – call 0800 123 4567.',
    'Support is available (call 0800 123 4567).',
    'For free and confidential advice call 0800 123 4567.',
    'Lines are open 24/7; call 0800 123 4567.',
    'Allow X content? This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read the cookie policy and privacy policy before accepting.',
    'Matt Johnson / Flickr',
    'Photo: Tom Lee / Valley Ledger',
    'Liked it? Take a second to support Community on Patreon!',
    'This is a Creative Commons article. The original version of this article appeared here.',
    'The original version of this article appeared here.',
    'Please enter your comment!',
    'Please enter your name here',
    'Leave a Reply',
    'Share this:',
    '© 2022 Valley Ledger. All rights reserved.',
    'By Sam Ortiz, Staff Writer',
    'By Ana Ruiz and Tom Lee | Reuters',
    '(AP Photo/Evan Vucci)',
    'Related posts',
    '12 comments',
    'This story has been updated.',
    'This article was updated on May 3 to correct the name of the mayor.',
    'Updated: March 3, 2021, 10:04 a.m.',
    'Last updated 3 May 2022',
    'Thanks for reading! Subscribe for free to receive new posts and support my work.',
    'Residents queue for water at the depot. Picture: Supplied',
    'Eleanor Pryce Transport correspondent',
    'Associated Press writer Kim Sato in Salem, Oregon, contributed to this report.',
    '(Reporting by Ana Ruiz; Editing by Tom Lee)',
    'Do you know more? Contact Rachel Doyle on Signal or at rdoyle@example.org',
    'Maya Kessler covers water policy for the Ledger. Reach her at mkessler@example.org.',
    'If this story has raised concerns for you, contact Lifeline on 13 11 14.',
    'Fri 18 Nov 2022 07.00 GMT Last modified on Fri 18 Nov 2022 15.41 GMT',
    'Updated 4:32 PM EDT, Wed April 17, 2024',
    'Published Saturday, 22 July 2023, 5:00am',
    'Our journalism is funded by readers like you. Support the Northern Post from just £1.',
    'Support the Chronicle',
    'This article was amended on 16 June 2023. An earlier version gave the wrong date for the vote.',
    'Related: How the harbour deal fell apart',
    'Read next',
    'Comments (214)',
    'Sign in or create your Guardian account to join the discussion.',
    'Privacy notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
    'Reuse this content',
    '___',
    '###',
    'SOURCE Lumora Biosystems, Inc.',
    'Media contact: Dana Lee, +1 555 0100',
    'For the dam itself, see Kessling Dam.',
    'Please turn on JavaScript to use this feature',
    'Rachel Doyle Health Reporter Published Saturday, 22 July 2023, 5:00am 9 min',
    '6 min read',
    'Get the day’s top stories delivered straight to your inbox every morning.',
    'Millions of readers turn to the Chronicle for open, independent journalism. Unlike many others, we have no shareholders and no billionaire owner. If you can, please support us with a single contribution from just £1, or better still, a regular one.',
    // Found by a tester of never-seen articles.
    "The Wrexley Town Supporters' Trust is a not-for-profit body owned by its members. Join today from just £10 a year at wrexleytrust.org.uk/join",
    'Have a tip about Veltrax? Contact us securely via Signal at +1 415 555 0199.',
    'This episode is sponsored by Brightline Mattresses. Go to brightline.com/deep and use code DEEP for 20% off your first order.',
    'Listen on Apple Podcasts, Spotify, or wherever you get your podcasts.',
    'LIVE',
    'From Wikipedia, the free encyclopedia',
    'Correction: An earlier version of this story misstated the number of counts on which Talbot was acquitted.',
    // Found by testers of never-seen articles, this session.
    'Support local journalism. The Ledger depends on readers like you. Become a member today for as little as $5 a month.',
    'Correction, Sept. 15, 2022: An earlier version of this story misstated the size of the first order.',
    'Follow NBS North East on Facebook, Twitter and Instagram. Send your story ideas to the newsroom.',
    'Greg Palumbo covers education for the Sentinel. Reach him at 570-555-0192.',
    'This story appeared in the March 20, 2022, print edition of the Dunmore Daily Sentinel on page A1.',
    'Words by Elodie Marchetti · Photographs by Sam Oyelaran',
    'Clearwater Investigations is a 501(c)(3) nonprofit. EIN 84-3320018.',
    'Jump to navigation',
    'This page was last edited on 3 May 2023, at 11:02 (UTC).',
    "Get the day's top stories delivered to your inbox every morning.",
    'Enter your email address',
    'Subscribe',
    'Log in',
    'Facebook Twitter Email',
    'If you value our reporting, please consider making a donation. Every contribution, however big or small, keeps our journalism independent.',
    'Enjoyed this? Forward it to a friend.',
    'Was this forwarded to you? Subscribe here.',
    "You're receiving this because you signed up at weeklyledger.example.",
    "Lumora's Dunmore headquarters. Photo: Sasha Bellweather / CC BY-SA 4.0",
    // Found by two testers' new articles: kickers before bylines, closed comments, translations' credits, live blogs' notices, sign-offs.
    'Exclusive | Kirsty Baird, Crime Reporter',
    'Live updates | Last updated 9:48 p.m. PT, Aug. 17, 2023',
    'By the Sierra Sentinel staff',
    'Comments are closed on this article.',
    'Comment policy: Comments on this article are closed.',
    'Most viewed',
    'Have your say: 23 comments. Log in to comment.',
    'Support independent consumer journalism. Donate from £3.',
    'Translated from the Romanian original published by Gazeta Nordului',
    'Author: Irina Popescu | Translation: Mark Ellis',
    'Translation reviewed by our editors. Read the original (in Romanian) here.',
    'Follow our coverage on X @SierraSentinel',
    'This live blog is no longer being updated. Read our latest story here.',
    'Thanks for reading Packet Loss! If you found this useful, the best thing you can do is forward it to one person.',
    'If you liked this, give it a clap or fifty and follow The Final Third.',
    '7 min readSep 3, 2024',
    'Compiled by Dr. Helga Sørensen and Amir Tavakoli · Last updated 12 April 2025',
    'BUSINESS | By Carl Jansen and Mei Takahashi | Oct. 2, 2023 at 5:00 a.m. EDT',
    'Gift this article Save Comment 58',
    'Share on Facebook Share on Twitter Share via Email',
    '·',
    // A helpline whose lead-in speaks of the page, the service or to the reader (a withdrawn fix kept these).
    'This article contains references to suicide. If you need support, call 116 123.',
    'Help is available 24 hours a day. Call 0800 123 4567.',
    'Suicide is the biggest killer of men under 50. If you are struggling, call 116 123.',
    'Monday to Friday, 9am to 5pm. Call 0800 068 4141.',
    'You are not alone. Call 116 123.',
    // Its lead-in speaks of always, of the service or of the reader: no date, nothing that happened.
    'Lines are open 9 a.m. to 5 p.m. weekdays and 10 a.m. to 2 p.m. on Saturdays. Call 0300 123 3393.',
    'Samaritans operate round the clock, every day of the year. Call 116 123.',
    'In the U.S., call 1-800-273-8255. In the U.K., call 116 123.',
    'Domestic abuse affects one in four women in England and Wales. If you are affected, call 0808 2000 247.',
    'Open from Monday to Friday. For free advice, call 0800 138 1111.',
    'Samaritans is a registered charity. Call 116 123.',
    // Dates and events that belong to the page, the service's founding or the reader's own case.
    'This piece was originally published in March. If you need support, call 116 123.',
    'Debt charity StepChange was founded in 1993. For free, impartial debt advice, call 0800 138 1111.',
    'Anyone who has been affected by suicide can find support. Call 0300 111 5065.',
    'If you have missed a payment, do not panic. Call 0800 138 1111.',
    'One in 2000 people will be affected. Call 0800 138 1111.',
    // A number given with whom to call.
    'For confidential support, call the Samaritans on 116 123 or visit a local Samaritans branch. See www.samaritans.org for details.',
    'Call the National Domestic Abuse Helpline on 0808 2000 247.',
    'Victim Support can be contacted, in confidence, on freephone 08 08 16 89 111.',
    // A number that opens like a year is no date: `on 1800 737 732`.
    'In Australia, the family violence counselling service is on 1800 737 732. Or call 13 11 14.',
    // Numbers written the US way, and the short ones.
    'If you are having thoughts of suicide, call or text 988.',
    'For confidential support, call the Samaritans on 116123.',
    'In the US, call 1-800-273-8255.',
    // A past tense that is the service's own, a participle after `is`, a question to the reader.
    'Our volunteers answered 2 million calls. Call 116 123.',
    'The helpline is closed on Christmas Day. For urgent help, call 116 123.',
    'Feeling isolated or alone? Call 116 123.',
    'Scammed or defrauded? Call Action Fraud on 0300 123 2040.',
    // A support service giving its number, with no call said to the reader.
    'Struggling with debt? StepChange offers free advice on 0800 138 1111.',
    "Concerned about someone's drinking? Al-Anon's confidential helpline is 0800 0086 811.",
    'Lonely or isolated? The Silver Line for older people is free on 0800 4 70 80 90.',
    'Young people can call Childline free on 0800 1111; calls won’t show on the phone bill.',
    'Those affected can call the National Gambling Helpline on 0808 8020 133.',
    'Founded by bereaved parents, Cruse Bereavement Support offers a listening ear on 0808 808 1677.',
    "Men who experienced domestic abuse can call the Men's Advice Line on 0808 8010 327.",
    // A text line's keyword and short code.
    'If you need support, text SHOUT to 85258.',
    'In the US, text HOME to 741741 to reach a crisis counselor.',
    'For free, confidential support at any time, call 116 123 or text "SHOUT" to 85258.',
  ])('drops %j', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each([
    'Search warrant served on Trump Tower.',
    'Home sales fall for a third month.',
    'The council asks residents to donate blankets.',
    'By then the council had voted.',
    'Updated figures show the deficit grew by 3 billion in 2020.',
    'Support for the plan collapses after the vote.',
    'The mayor posts a photo: the bridge closed at dawn, with police at both ends of it for the night.',
    'Published reports in 2019 said the firm had lost 4 million.',
    'Jane Fox is a reporter who broke the story in March.',
    'Updated 3 times since Monday, the guidance now says schools stay shut',
    'Step 1: 10 minutes',
    '10:05 a.m. — The judge calls a recess of 20 minutes',
    // A price in a story is no appeal: this paragraph of a fixture was dropped as one (`from £9.8bn`).
    'The consortium publishes a revised budget of £14.2bn, up from £9.8bn.',
    'Fares rose from £5 in March.',
    'Words by the river were carved into the bench.',
    'The council will consider a donation from the trust.',
    'Subscribers were told the price would rise.',
    'Follow the money, the inspector told the court.',
    'The charity, which depends on donations, told readers it would close.',
    'Live music returned to the square in 2021.',
    // Found by the second adversarial tester: the same words in reporting.
    'June 2, 2021 — Influencers told followers to use code GLOW for 20% off the supplements, which regulators later banned.',
    'The leisure centre reopened. Membership now costs from £5 a week, the council said.',
    'Have a tip for detectives? Police asked anyone who saw the van to call 101, quoting incident 4471.',
    'The show, available wherever you get your podcasts, was downloaded 200m times in 2021.',
    'This show is sponsored by a gambling firm, the complaint alleged, in breach of the code.',
    "Correction: A previous version of the council's own report gave the wrong figure, Lee said.",
    '242',
    'Exclusive | The council knew in 2019',
    'Comments are closed, the moderator said, after threats.',
    'Translated from the Romanian, the letter reads as a threat.',
    'Most viewed of all the videos was the one from the bridge.',
    'Thanks for reading the report, Hale told the committee.',
    'Ana Ruiz covers the story, she says, because nobody else will.',
    'Kate Adie reports on the Tiananmen Square massacre for the BBC.',
    'A hotline for the family, which can be reached at (01279) 555-0199 day or night, is set up. "Every call matters," said Supt. Gail Rowe.',
    'Passed | By House and Senate | 3 March 2022',
    // A box's heading alone: dropped, it would leave the box's paragraph to the last entry.
    'Support independent journalism',
    'Translation checked by a second reporter becomes mandatory for every story.',
    'Support Local Journalism Week launches, with 40 papers taking part.',
    'BREAKING | Updated death toll now stands at 820, the interior ministry says',
    'Analysis | Published figures suggest most of the dead were in villages.',
    '✓',
    '4',
    // A story's paragraph that ends with a number to call: it says when something happened, or that it did.
    'The library closed in March after the council cut its budget. If you need support, call 116 123.',
    'Detectives are investigating after a man was stabbed in Harlow on Saturday night. Anyone with information, call 0800 555 111.',
    'The recycling centre on Mill Lane will close for refurbishment from 1 June. Residents can use the Harlow site instead, or call 01279 446655.',
    'Sewage was released into the River Stort 40 times last year. To report pollution, call 0800 80 70 60.',
    "The council's advice centre on Kitson Way has closed. For help with housing, call 01279 446655.",
    'Smith, 34, of no fixed abode, was jailed for 18 months at Chelmsford Crown Court. Victims of crime, call 0808 16 89 111.',
    'In May the swimming club, founded in 1962, lost its pool. To join, call 07700 900123.',
    'Free parking will end at the Water Gardens car park next month. For permits, call 01279 446000.',
    // A service's number in a story: what happened before it, a line that is no support service's.
    'The bank cut its branch opening hours. It now offers help on 0345 300 0000 only.',
    "A landslip blocks the coast road. Devon County Council's highways line is 0345 155 1004.",
    "Thames Water's emergency hotline is 0800 316 9800, yet more than 40,000 calls went unanswered as homes flooded.",
    'Ofcom fined the broadband firm £2m because its complaints line is free on 0800 953 0000 for landlines only, not mobiles.',
    // What happened told in the simple past, with no date.
    "Thieves stole lead from the roof of St Mary's Church. Anyone with information, call 0800 555 111.",
    'The council scrapped the night bus. To complain, call 01279 446000.',
    'Burglars forced open a rear door and took jewellery. Police are keen to trace a man seen nearby. Call 0800 555 111.',
    // The sentence just before `. Call` counts too.
    'The bakery on Fore Street closed on Saturday. Call 01392 123456 for refunds.',
    'The fete is on Dec. 3 at the green. Call 01392 123456 to book a stall.',
    'Roadworks start tomorrow on the A120. For diversions, call 0300 123 5000.',
    'The library closed in March. For outstanding loans, call the library on 01279 446000.',
    // `call` + words + a number that is not a call to the reader: a noun, reported talk, an attribution, a dated appeal.
    'Call volumes to the Samaritans on 116 123 doubled during the first lockdown, figures show.',
    'The jury heard the messages ended the same way each time – call the driver on 07700 900 456 and wait by the bins.',
    'For questions about the merger, call the bank on 0345 600 2290, the company added.',
    'The 988 line took five million calls in its first year, and wait times fell to 35 seconds.',
    'If you were on the 07:42 from Brighton on Monday and saw the assault, call British Transport Police on 0800 40 50 40.',
    // `text` + a number that is a story's: a dated appeal, reported talk, a past tense, no keyword.
    'The appeal closed on Friday. Text GIVE to 70085 to donate.',
    'Viewers were told to text YES to 63333 to keep their favourite in the show.',
    'Last year 40,000 people texted SHOUT to 85258 during exam season.',
    'If the landlord refuses, text the council on 07700 900123.',
    // Long paragraphs with numbers in them.
    'The council set up a hotline, 0800 555 0100, on Monday, and by Friday it had taken 4,000 calls. Officers said most callers wanted to know when the bridge would reopen, and some asked about compensation. You can call it until the end of the month.',
    'Residents were told to ring 0800 555 0100 or email floods@harlow.gov.uk. The line was staffed by 40 volunteers, and the email address received 900 messages at 0800 555 0100 in its first week. Officials at harlow.gov.uk published the figures.',
  ])(
    'keeps the real sentence %j',
    (text) => {
      expect(isBoilerplate(text)).toBe(false);
    },
  );

  it.each([
    // Each needs a word only a guard lets through: the guarded patterns still match anywhere in the block.
    'Harbour at dawn. Getty Images',
    'Ana Ruiz / Shutterstock',
    'Become a patron: support us on Patreon',
    'Manage your preferences or unsubscribe at any time',
    'Text © 2023 Valley Ledger',
    'Licensed under Creative Commons BY 4.0',
  ])('drops %j, matched past its start', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('tries the short-block patterns at a block’s start only', () => {
    // Anchored, each is tried at the first character: scanned at every position they cost more than all the rest.
    expect(SHORT_BLOCK_PATTERNS.filter((pattern) => !pattern.source.startsWith('^') || hasTopLevelAlternative(pattern.source))).toEqual([]);
    expect(hasTopLevelAlternative('^a|b')).toBe(true);
    expect(hasTopLevelAlternative('^(a|b)c')).toBe(false);
    expect(hasTopLevelAlternative('^a[:|/]')).toBe(false);
    expect(hasTopLevelAlternative('^a\\|b')).toBe(false);
  });

  it('joins the short-block patterns into unions whose groups capture nothing', () => {
    // withoutCaptures is only for sources that refer back to no group.
    expect(SHORT_BLOCK_PATTERNS.filter((pattern) => /\\(?:[1-9]|k<)/.test(pattern.source))).toEqual([]);
    expect(withoutCaptures('^(a|b)(?:c)(?=d)(?<e>f)[(]\\(g\\)')).toBe('^(?:a|b)(?:c)(?=d)(?<e>f)[(]\\(g\\)');
  });
});

describe('parseArticle', () => {
  it('fails clearly when an article yields no documents', () => {
    expect(() => parseText('Please enter your comment!\n\nShare this:')).toThrow(ArticleParseError);
  });

  it('makes ids only of A-Z a-z 0-9 - _', () => {
    const documents = parseArticle('Jan 1, 2020\n\nA.\n\nJan 2, 2020\n\nB.', { slug: 'ça va / ok', format: 'text' }).documents;
    expect(documents.every((d) => /^[A-Za-z0-9_-]+$/.test(d.id))).toBe(true);
  });
});

describe('more styles', () => {
  it('reads numeric dates month first, or day first when the first number cannot be a month', () => {
    expect(parseStandaloneDate('6/16/2015')).toMatchObject({ month: 6, day: 16, year: 2015 });
    expect(parseStandaloneDate('16/6/2015')).toMatchObject({ month: 6, day: 16, year: 2015 });
    expect(parseLeadingDate('6/16/2015 - Launch day')).toMatchObject({ date: { month: 6, day: 16 }, rest: 'Launch day' });
  });

  it('reads a time of day standing alone or before a separator, and no number that is not one', () => {
    expect(parseLeadingTime('10:05 a.m.')).toEqual({ time: '10:05 a.m.', rest: null });
    expect(parseLeadingTime('10 a.m. The hearing opens.')).toEqual({ time: '10 a.m.', rest: 'The hearing opens.' });
    expect(parseLeadingTime('3 p.m. ET — Recess.')).toEqual({ time: '3 p.m. ET', rest: 'Recess.' });
    expect(parseLeadingTime('14:30: Vote')).toEqual({ time: '14:30', rest: 'Vote' });
    expect(parseLeadingTime('10.50 dollars each')).toBeNull();
    expect(parseLeadingTime('3 people died')).toBeNull();
    expect(parseLeadingTime('10:05 The hearing')).toEqual({ time: '10:05', rest: 'The hearing' });
    expect(parseLeadingTime('11am The army')).toEqual({ time: '11am', rest: 'The army' });
    expect(parseLeadingTime('25:70 The hearing')).toBeNull();
    expect(parseLeadingTime('10:05 the hearing')).toBeNull();
    expect(parseLeadingTime('Update, 11:42: Services are restored')).toEqual({ time: '11:42', rest: 'Services are restored' });
    expect(parseLeadingTime('Updated figures: 11 dead')).toBeNull();
    expect(parseLeadingTime('16.40 GMT')).toEqual({ time: '16.40 GMT', rest: null });
    expect(parseLeadingTime('16.40 of the budget')).toBeNull();
  });

  it('reads quarters, approximate dates, ordinal days after "the", and a range of years alone', () => {
    expect(parseStandaloneDate('Q3 2021')).toMatchObject({ year: 2021, month: null, text: 'Q3 2021' });
    expect(parseLeadingDate('The first half of 2022: Sales fall.')).toMatchObject({ date: { year: 2022, month: null }, rest: 'Sales fall.' });
    expect(parseLeadingDate('c. May 2021 – Police raid the offices.')).toMatchObject({ date: { year: 2021, month: 5, text: 'c. May 2021' } });
    expect(parseStandaloneDate('The 14th of May')).toMatchObject({ month: 5, day: 14, year: null });
    expect(parseStandaloneDate('1998–2001')).toMatchObject({ year: 1998, month: null, text: '1998–2001' });
  });

  it('reads every slash date of an article day first when one of them can only be', () => {
    const dates = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => d.date);
    expect(dates('03/02/2022\n\nThe home is inspected.\n\n14/03/2022\n\nA nurse resigns.')).toEqual(['2022-02-03', '2022-03-14']);
    expect(dates('03/02/2022\n\nThe home is inspected.\n\n04/11/2022\n\nA nurse resigns.')).toEqual(['2022-03-02', '2022-04-11']);
  });

  it('reads no date in an aside between dashes', () => {
    expect(parseLeadingDate('1994 – the year the stations were automated – was the first time it failed.')).toBeNull();
    expect(parseLeadingDate('March 2020 – the month the world shut its doors – barely registered here.')).toBeNull();
    expect(parseLeadingDate('March 2020 – The council shuts the library.')).not.toBeNull();
  });

  it('reads an ISO date with its time of day', () => {
    expect(parseLeadingDate('2023-03-16T14:00Z — The review is announced.')).toMatchObject({ date: { year: 2023, month: 3, day: 16, text: '2023-03-16T14:00Z' }, rest: 'The review is announced.' });
    expect(parseStandaloneDate('2023-03-16T14:00:30+01:00')).toMatchObject({ year: 2023, month: 3, day: 16 });
  });

  it('starts time-stamped entries only after a date: times alone make no timeline', () => {
    expect(parseText('9 a.m. — Doors open.\n\n10 a.m. — Speeches begin.').every((d) => d.type === 'passage')).toBe(true);
  });

  it('reads dotted dates day first and ISO dates with slashes, but no decimal number', () => {
    expect(parseStandaloneDate('9.6.2016')).toMatchObject({ month: 6, day: 9, year: 2016 });
    expect(parseLeadingDate('16.06.2016: Vote held')).toMatchObject({ date: { month: 6, day: 16, year: 2016 }, rest: 'Vote held' });
    expect(parseStandaloneDate('2016/06/09')).toMatchObject({ month: 6, day: 9, year: 2016 });
    expect(parseStandaloneDate('31.02.2016')).toBeNull();
    expect(parseLeadingDate('3.5 million people: a record')).toBeNull();
  });

  it('attributes “according to X” to X, and “according to the mayor” by role', () => {
    const quotes = parseText(
      'Mayor Dana Whitfield spoke first.\n\nJan 1, 2020\n\nAccording to Omar Castillo, “the estimate was wrong from day one.”\n\nJan 2, 2020\n\nAccording to the mayor, “the bridge will reopen in spring.”',
    ).filter((d) => d.type === 'quote');
    expect(quotes.map((d) => d.speaker)).toEqual(['Omar Castillo', 'Dana Whitfield']);
  });
});

describe('titles', () => {
  it('take a plain-text article’s opening line when it reads like a headline, in sentence case too', () => {
    const title = (text: string) => parseArticle(text, { slug: 'from-slug', format: 'text' }).title;
    expect(title('How the council lost its vote\n\nMay 4, 2021: A.\n\nMay 5, 2021: B.')).toBe('How the council lost its vote');
    expect(title('Who knew what, and when?\n\nMay 4, 2021: A.\n\nMay 5, 2021: B.')).toBe('Who knew what, and when?');
    // A sentence, a date or a lone line is no headline.
    expect(title('The council lost its vote.\n\nMay 4, 2021: A.\n\nMay 5, 2021: B.')).toBe('From Slug');
    expect(title('May 3, 2021\n\nThe council meets.\n\nMay 5, 2021: B.')).toBe('From Slug');
  });


  it('take the page title without the site name when the page has no h1', () => {
    expect(parseArticle('<html><head><title>Timeline of the recall - Wikipedia</title></head><body><p>Jan 1, 2020 — A.</p><p>Jan 2, 2020 — B.</p></body></html>', { slug: 'x', format: 'html' }).title).toBe('Timeline of the recall');
  });
});

describe('HTML pages a tester of never-seen articles wrote', () => {
  const events = (html: string) => parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date ?? d.month, d.text]);

  it('drops a pull quote that repeats the story even when it holds a short sentence', () => {
    const documents = parseHtml(`<article><h1>Wine</h1><p><strong>14 June 2016.</strong> Solberg buys into the scheme.</p>
      <p>"He walked me through the cellar with a candle," Solberg recalled. "A candle! I thought, this is a man who respects tradition."</p>
      <p><strong>9 March 2017.</strong> A second scheme is sold.</p>
      <blockquote class="pullquote"><p>“He walked me through the cellar with a candle. A candle! I thought, …”</p><footer>— Henrik Solberg</footer></blockquote></article>`);
    expect(documents.filter((d) => d.type === 'quote').map((d) => d.date)).toEqual(['2016-06-14', '2016-06-14']);
    expect(documents.at(-1)!.text).toBe('A second scheme is sold.');
  });

  it('strips an honorific from a speaker: Maître, Herr', () => {
    const speakersOf = (html: string) => parseHtml(html).filter((d) => d.type === 'quote').map((d) => d.speaker);
    expect(speakersOf('<p><b>24 Nov 2021</b> — His lawyer, Maître Sophie Laurent, said the ruling was “a grave injustice to my client.”</p><p><b>25 Nov 2021</b> — Herr Dieter Braun said: “We will appeal the decision at once.”</p>')).toEqual(['Sophie Laurent', 'Dieter Braun']);
  });

  it('dates a live blog from a stamp whose class says it was updated', () => {
    const html = `<main><h1>Harwick strike – as it happened</h1><p class="updated">Last updated Wed 10 May 2023</p>
      <h2>Wednesday 10 May</h2><p>Talks resume at the port.</p><h2>Tuesday 9 May</h2><p>Pickets return to the gates.</p></main>`;
    expect(events(html)).toEqual([['2023-05-10', 'Talks resume at the port.'], ['2023-05-09', 'Pickets return to the gates.']]);
  });

  it('reads an ISO month (`2020-04`) in a table or a heading; a season stays a season', () => {
    const table = `<table><tr><th>Date</th><th>What happened</th></tr><tr><td>2020-03-27</td><td>The order is placed.</td></tr>
      <tr><td>2020-04</td><td>Donations are made.</td></tr><tr><td>2020-07-02</td><td>Auditors flag failures.</td></tr></table>`;
    expect(events(table)).toEqual([['2020-03-27', 'The order is placed.'], ['2020-04', 'Donations are made.'], ['2020-07-02', 'Auditors flag failures.']]);
    expect(parseStandaloneDate('2020-04')).toMatchObject({ year: 2020, month: 4, day: null });
    expect(parseStandaloneDate('2011-12')).toMatchObject({ year: 2011, month: null });
    expect(parseStandaloneDate('2020-13')).toBeNull();
  });

  it('drops the page’s date beside a headline that stands alone in its header', () => {
    const html = `<article><header><h1>Hospital closure: what happened and when</h1></header>
      <div data-component="timestamp-block"><time datetime="2021-01-19T07:00:00.000Z">19 January 2021</time></div>
      <div><p>The unit closes for good at midnight on Monday.</p></div><h2>2019</h2><h3>Tuesday 12 November</h3><p>A consultation opens.</p>
      <h3>Monday 2 December</h3><p>The consultation closes.</p><div data-component="links-block"><h2>Related Topics</h2><ul><li><a href="#">NHS</a></li><li><a href="#">Hospitals</a></li></ul></div></article>`;
    const documents = parseHtml(html);
    expect(documents.map((d) => [d.type, d.date, d.text])).toEqual([
      ['passage', null, 'The unit closes for good at midnight on Monday.'],
      ['event', '2019-11-12', 'A consultation opens.'],
      ['event', '2019-12-02', 'The consultation closes.'],
    ]);
  });

  it('drops the separator after a bold date in an item that holds a paragraph of its own', () => {
    const html = `<ol><li><strong>3/4/21</strong> — A teacher files a grievance.</li><li><strong>Sept. 14</strong> — The paper publishes the logs.
      <p>The board member read from the logs.</p></li></ol>`;
    expect(events(html)).toEqual([['2021-03-04', 'A teacher files a grievance.'], ['2021-09-14', 'The paper publishes the logs.\n\nThe board member read from the logs.']]);
  });
});

describe('plain-text articles a tester of never-seen articles wrote', () => {
  it('reads slash dates as the article says it writes them', () => {
    const dates = (text: string) => parseText(text).filter((d) => d.type === 'event').map((d) => d.date);
    const entries = '\n\n03/04/2021 — The regulator opens an inquiry.\n\n05/06/2021 — Shares fall.\n\n07/08/2021 — The chief executive resigns.';
    expect(dates(`Ferrovane\n\nDates in this article are given day/month/year.${entries}`)).toEqual(['2021-04-03', '2021-06-05', '2021-08-07']);
    expect(dates(`Ferrovane\n\nAll dates are MM/DD/YYYY.${entries}`)).toEqual(['2021-03-04', '2021-05-06', '2021-07-08']);
    expect(dates(`Ferrovane${entries}`)).toEqual(['2021-03-04', '2021-05-06', '2021-07-08']);
  });

  it('credits an interview’s answers to the one person it interviews, and an FAQ’s to no one', () => {
    const qa = '\n\nQ: How did you find the files?\n\nA: Honestly, by accident. I was looking for something else entirely.\n\nQ: Why did they not reply?\n\nA: I do not know. I emailed their press office twice.';
    const quotes = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((d) => [d.speaker, d.text]);
    expect(quotes(`The breach\n\nResearcher Tomas Ilinca found the files.\n\nInterview with Tomas Ilinca${qa}`)).toEqual([
      ['Tomas Ilinca', 'Honestly, by accident. I was looking for something else entirely.'],
      ['Tomas Ilinca', 'I do not know. I emailed their press office twice.'],
    ]);
    expect(quotes(`Your questions answered${qa}`)).toEqual([]);
  });

  it('drops a site’s menu copied a word or two a line, and a Markdown image', () => {
    const documents = parseText('Skip to main content\nNews\nPolitics\nBusiness\nSubscribe\nLog in\n\nHow the reservoir crisis unfolded\n\n![The reservoir](img/res.jpg)\nFor nine weeks, residents were told the water was safe.');
    expect(parseArticle('Skip to main content\nNews\nPolitics\nBusiness\nSubscribe\nLog in\n\nHow the reservoir crisis unfolded\n\nText.', { slug: 't', format: 'text' }).title).toBe('How the reservoir crisis unfolded');
    expect(documents.map((d) => d.text)).toEqual(['For nine weeks, residents were told the water was safe.']);
  });

  it('keeps the lines under `More from …`, which may be the story’s own', () => {
    // Dropping them as a list of links was withdrawn: `More from the report:` headed the story's bullets.
    const documents = parseText('Flood\n\nMarch 3, 2023 — The report is published.\n\nMore from the report:\n- Three warnings from the agency went unanswered\n\nMay 6, 2023 — The inquiry opens.');
    expect(documents.some((d) => d.text.includes('Three warnings from the agency went unanswered'))).toBe(true);
  });
});

describe('what an adversarial tester found in this session’s rules', () => {
  const texts = (text: string) => parseText(text).map((d) => d.text);
  const events = (documents: ReturnType<typeof parseText>) => documents.filter((d) => d.type === 'event').map((d) => d.date ?? d.month);

  it('keeps story text that mentions prices, donors, a 501(c)(3), following or reaching someone', () => {
    for (const sentence of [
      'Netflix launches a tier priced for as little as $6.99 a month.',
      '"Every bed in this building depends on donors like you," she says.',
      'Reed registers Hope Rising as a 501(c)(3) nonprofit in Delaware.',
      'Follow the links on Facebook and you land on a page selling passes.',
      'The agent told renters they could reach him on 0161 496 0123 at any hour.',
      '"Please consider making a donation to the flood fund," the mayor said.',
    ]) {
      expect(texts(`Story\n\n3 November 2022 – ${sentence}\n\n8 December 2022 – The story goes on.`)[0]).toBe(sentence);
    }
  });

  it('keeps a story’s own `References`, `Notes` or `Contents` over its paragraph or lines', () => {
    const documents = parseText('Fake head\n\nReferences\nBoth of his references were written by Hale himself, police found.\n\n2 September 2022 – Hale is suspended.\n\n20 January 2023 – Hale pleads guilty.');
    expect(events(documents)).toEqual(['2022-09-02', '2023-01-20']);
    expect(documents.some((d) => d.text.includes('Both of his references'))).toBe(true);
    const inventory = parseText('House clearance\n\n12 May 2022 – The house is opened.\nContents\nA Lowry sketch wrapped in newspaper\n£40,000 in a biscuit tin\n\n19 May 2022 – The sale.');
    expect(inventory[0]!.text).toContain('A Lowry sketch wrapped in newspaper');
  });

  it('takes no page date from another story’s card or an embedded video’s JSON-LD', () => {
    const page = (extra: string) => events(parseHtml(`<html><head>${extra}</head><body><article><h1>Fire</h1><p>Tuesday 14 November — The fire starts.</p><p>Wednesday 15 November — The fire is out.</p></article>
      <aside class="related"><div class="post-meta">By Tom Reed · 12 May 2019</div></aside></body></html>`));
    expect(page('')).toEqual([null, null]);
    expect(page('<script type="application/ld+json">{"@type":"VideoObject","datePublished":"2016-01-20"}</script>')).toEqual([null, null]);
    expect(page('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-20T09:00:00Z"}]}</script>')).toEqual(['2023-11-14', '2023-11-15']);
  });

  it('dates a retrospective by the years its opening says the story is back, and a live blog newest first across New Year', () => {
    expect(events(parseText('Ten years on: the week the dam gave way\nPublished 12 March 2024\n\n7 March – The first crack.\n\n8 March – The evacuation.\n\n9 March – The dam gives way.'))).toEqual(['2014-03-07', '2014-03-08', '2014-03-09']);
    expect(events(parseText('New Year storm: live\nBy Ann Lee · 2 January 2024\n\n1 January – Rivers peak.\n\n31 December – The rain starts.\n\n30 December – A warning is issued.'))).toEqual(['2024-01-01', '2023-12-31', '2023-12-30']);
  });

  it('keeps a timeline’s month heading beside its headline, and reads no range of years as a month', () => {
    const html = '<article><header><h1>Lockdown</h1></header><h2 class="timeline-heading">March 2020</h2><p>12 March – Schools close.</p><p>16 March – Pubs close.</p></article>';
    expect(events(parseHtml(html))).toEqual(['2020-03-12', '2020-03-16']);
    expect(parseStandaloneDate('2001-05')).toBeNull();
    expect(parseStandaloneDate('1997-01')).toBeNull();
  });

  it('credits neither the one addressed nor a name after people in the plural', () => {
    expect(speakers('Care home\n\n2 March 2021 – Care worker Ellen Price raises staff shortages. She recalled warning manager Tom Reed: "Somebody is going to die in here."\n\n9 March 2021 – Outbreak.')).toEqual(['Ellen Price']);
    expect(speakers('Audit\n\n2 March 2023 – The leader resigns. According to prosecutors Tom Reed "treated the council as a personal bank account."\n\n9 March 2023 – Charges.')).toEqual([null]);
  });

  it('keeps a capitals label over a subheading a heading, and a pull quote with words of its own', () => {
    const documents = parseText('Collapse\n\n9 March 2014 – The pits close.\n\n10 March 2014 – Protests.\n\nANALYSIS: The warnings nobody heeded\n\nThe signs were there for years.');
    expect(documents.at(-1)).toMatchObject({ type: 'passage', section: 'ANALYSIS: The warnings nobody heeded' });
    const pulled = parseHtml('<article><h1>Bridge</h1><p><b>4 May 2019</b> — "We thought it would hold," said the engineer, Colin Brandt.</p><p><b>9 May 2019</b> — The inquiry opens.</p><blockquote class="pullquote"><p>“We thought it would hold. I was wrong. Eleven died.”</p></blockquote></article>');
    expect(pulled.some((d) => d.text.includes('I was wrong. Eleven died.'))).toBe(true);
  });

  it('reads a day’s count before its date however it is set off (`Day One:`, `Day 2,`, `Day 3 |`)', () => {
    expect(events(parseText('Trial\n\nDay One: Monday 14 June 2021\n\nThe trial opens.\n\nDay 2, Tuesday 15 June 2021\n\nThe first witness.\n\nDay 3 | 16 June 2021\n\nThe jury retires.'))).toEqual(['2021-06-14', '2021-06-15', '2021-06-16']);
  });
});

describe('what a second adversarial tester found', () => {
  const events = (documents: ReturnType<typeof parseText>) => documents.filter((d) => d.type === 'event').map((d) => d.date ?? d.month);
  const entry = (text: string) => `Story\n\n3 January 2013 – It begins.\n\n14 January 2013 – ${text}\n\n20 January 2013 – It ends.`;

  it('keeps story text that looks like a licence, a menu, a sign-up or an account link', () => {
    expect(parseText(entry('The museum releases 150,000 images under CC BY 4.0, allowing reuse.'))[1]!.text).toBe('The museum releases 150,000 images under CC BY 4.0, allowing reuse.');
    const named = parseText('Crash\n\n3 May 2023 – Five men die. They were named as:\n\nGareth Pryce\nDafydd Owen\nTomasz Nowak\n\n4 May 2023 – An inquiry opens.');
    expect(named.some((d) => `${d.text} ${d.section}`.includes('Dafydd Owen'))).toBe(true);
    expect(parseText(entry('The page read:\nEnter your email address to claim your refund'))[1]!.text).toContain('Enter your email address to claim your refund');
    expect(parseText('Vote\n\n16 January 2023 – Nominations open.\n\n20 January 2023 – Hustings.\n\nRegister\n\nThe deadline to register to vote is 17 April.').at(-1)).toMatchObject({ type: 'passage', section: 'Register' });
  });

  it('drops a site’s menu with an item of three words, share links naming Instagram, and a linked image', () => {
    const documents = parseText('Skip to main content\nNews\nSport\nCost of living\nBusiness\n\nThe floods: what happened\n\nFacebook Twitter Instagram WhatsApp Email\n\n[![Flooded street](thumb.jpg)](https://example.org/flood.jpg)\nThe river rose overnight.');
    expect(parseArticle('News\nSport\nCost of living\nBusiness\nSign in\n\nThe floods: what happened\n\nText.', { slug: 't', format: 'text' }).title).toBe('The floods: what happened');
    // Without the site's chrome beside them, short lines at the top are the story's: a headline set over three lines.
    expect(parseArticle('The Fall\nOf The\nHouse Of Usher\n\nText.', { slug: 't', format: 'text' }).title).toBe('The Fall Of The House Of Usher');
    expect(documents.map((d) => [d.text, d.section])).toEqual([['The river rose overnight.', null]]);
  });

  it('credits an interview’s answers only to the person the article itself interviews', () => {
    const qa = '\n\nQ: When does the road reopen?\n\nA: The council says the road should reopen by Friday afternoon.';
    const answers = (text: string) => parseText(text).filter((d) => d.type === 'quote').map((d) => d.speaker);
    expect(answers(`Road closure: your questions\n\nPolice spoke to Daniel Okafor, the driver, at the scene.${qa}`)).toEqual([]);
    expect(answers(`Power cuts\n\nChief executive Jonathan Brearley gave an interview with BBC Radio Scotland.${qa}`)).toEqual([]);
    expect(answers(`Interview With Tomas Ilinca: the files\n\nResearcher Tomas Ilinca found them.${qa}\n\nQ: Is it true you talked to Mihai Dobre, the finance director?\n\nA: Yes, the night before the board met.`)).toEqual(['Tomas Ilinca', 'Tomas Ilinca']);
    expect(answers(`The files\n\nWe interviewed Tomas Ilinca, who found them.${qa}`)).toEqual(['Tomas Ilinca']);
    expect(answers(`Strike\n\nThe Herald spoke to Mick Lynch Tuesday about the dispute.${qa}`)).toEqual([]);
  });

  it('credits `she` after a letter or a call from an organisation', () => {
    expect(speakers('Bills\n\n3 May 2023 – Pensioner Sandra Okoro receives a letter from Thames Water demanding £912. "I was in tears at the kitchen table," she said.\n\n9 May 2023 – The bill is cancelled.')).toEqual(['Sandra Okoro']);
  });

  it('takes the page’s year unless the title frames the story years back, the weekdays deny it, or it is a preview', () => {
    const dates = (text: string) => events(parseText(text));
    const spring = '\n\n3 March – Plans are drawn.\n\n27 March – A vote.\n\n18 April – Work starts.';
    expect(dates(`Bypass\nPublished 20 April 2024\n\nResidents were first promised a bypass five years ago.${spring}`)).toEqual(['2024-03-03', '2024-03-27', '2024-04-18']);
    expect(dates(`Chairman Colin Price, six years on the board, stands down\nPublished 20 April 2024${spring}`)).toEqual(['2024-03-03', '2024-03-27', '2024-04-18']);
    // An anniversary piece runs from the event, a year back, up to the page.
    expect(dates('One year on from the Kessling floods\nPublished 14 March 2024\n\n10 March – The river bursts its banks.\n\n15 November – The inquiry opens.\n\n5 March – The report is published.')).toEqual(['2023-03-10', '2023-11-15', '2024-03-05']);
    expect(dates('Festival programme\nPublished 10 January 2025\n\nFriday 7 March – Opening night.\n\nSaturday 8 March – The main stage.\n\nSunday 9 March – Closing.')).toEqual(['2025-03-07', '2025-03-08', '2025-03-09']);
    // One weekday a slip: the page's year stands.
    expect(dates('Live\nPublished 15 March 2024\n\n13 March – Rain.\n\nWednesday 14 March – Floods.\n\n15 March – Clean-up.')).toEqual(['2024-03-13', '2024-03-14', '2024-03-15']);
    // Strike dates announced six weeks ahead.
    expect(dates('Strike dates\nPublished 3 January 2024\n\n14 February – The first walkout.\n\n24 February – The second.')).toEqual(['2024-02-14', '2024-02-24']);
    // The publication line at the end, under a story of any length (tester-55: four entries lost every date).
    const days = ['Monday 3 March:\nThe river rises.', 'Tuesday 4 March:\nResidents are evacuated.', 'Wednesday 5 March:\nThe barriers hold.', 'Thursday 6 March:\nWater falls.', 'Friday 7 March:\nThe clean-up begins.'];
    expect(dates(`The Severn floods\n\n${days.join('\n\n')}\n\nPublished 8 March 2025`)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']);
  });

  it('takes no page date from a latest-news box, reads slash dates as the article itself says, and removes the stamp beside an article’s headline under a site’s', () => {
    const latest = parseHtml('<main><h1>Fire</h1><p>Tuesday 14 November — The fire starts.</p><p>Wednesday 15 November — The fire is out.</p><section class="latest-news"><span class="byline">By Tom Reed, 12 June 2019</span></section></main>');
    expect(events(latest)).toEqual([null, null]);
    const british = 'Passports\n\nThe form asked applicants for their date of birth in mm/dd/yyyy format.\n\n04/05/2022 – Queues form.\n\n14 May 2022 – Staff are hired.\n\n06/06/2022 – The backlog peaks.';
    expect(events(parseText(british))).toEqual(['2022-05-04', '2022-05-14', '2022-06-06']);
    const html = '<header class="site-header"><h1 class="site-title">Kessling Courier</h1><nav>Menu</nav></header><article><h1>Bridge closes</h1><p class="story-date">3 March 2021</p><p>The bridge has been closed for repairs since last spring.</p><p><b>4 May 2019</b> — Cracks found.</p><p><b>9 June 2019</b> — Closed.</p></article>';
    expect(parseHtml(html).map((d) => [d.type, d.date])).toEqual([['passage', null], ['event', '2019-05-04'], ['event', '2019-06-09']]);
  });

  it('reads a diary grouped newest month first, each month’s days in order', () => {
    expect(events(parseText('Diary\nPublished 20 February 2024\n\n3 February – A.\n\n17 February – B.\n\n8 January – C.\n\n22 January – D.\n\n4 December – E.\n\n18 December – F.'))).toEqual([
      '2024-02-03', '2024-02-17', '2024-01-08', '2024-01-22', '2023-12-04', '2023-12-18',
    ]);
  });
});

describe('what a third adversarial tester found', () => {
  const events = (documents: ReturnType<typeof parseText>) => documents.filter((d) => d.type === 'event').map((d) => d.date ?? d.month);
  const entry = (text: string) => parseText(`Story\n\n2 April 2024 – ${text}\n\n9 April 2024 – It goes on.`)[0]!.text;

  it('keeps story sentences shaped like contact lines, follow lines, a charity’s status or an appeal', () => {
    for (const sentence of [
      'Pensioners receive letters. Reach them on 0161 496 0999 and a man answers as "Sergeant Davies".',
      'Follow Andrew Tate on TikTok and within a week the app is serving you little else, our test found.',
      'Hope Rising is a 501(c)(3) charity, so donations are tax-deductible, a point Reed made in every pitch.',
      'Essex Police launch an appeal. Anyone who saw Amy should call 0800 555 0142 or 101, quoting incident 4410.',
      'Volunteers are told to call 0800 555 0142 if they see the boat.',
      'Detectives said: "If you saw Amy that night, call 0800 555 0142."',
      'Officers urge anyone who saw the car to come forward or call 0800 555 0142.',
      'Victims receive a text that reads: Call 0800 123 4567 to stop the payment.',
      'Jingle launched. Its slogan, Call 0800 00 1066, becomes a national catchphrase.',
    ]) {
      expect(entry(sentence)).toBe(sentence);
    }
    // A timeline's entry is never a helpline line, even when it holds one.
    const inquest = parseText('Inquest\n\n2 April 2024 – The inquest opens. If you have been affected by this story, call 0800 123 4567.\n\n9 April 2024 – It closes.');
    expect(inquest.map((document) => document.date)).toEqual(['2024-04-02', '2024-04-09']);
    const appeal = parseText('Flood fund\n\nPlease consider donating to the flood fund, Mayor Ann Lee told residents on Monday.\n\n2 April 2024 – The fund opens.\n\n9 April 2024 – It closes.');
    expect(appeal[0]!.text).toBe('Please consider donating to the flood fund, Mayor Ann Lee told residents on Monday.');
    // Outside the timeline, a story's paragraph that ends with a number is a passage; the helpline box after it is not.
    const closure = parseText(
      'Library closure\n\nThe library closed in March after the council cut its budget. For outstanding loans, call 01279 446000.\n\n2 April 2024 – The council votes.\n\n9 April 2024 – The doors shut.\n\nIf you are struggling, call 116 123. Lines are open 24 hours a day.',
    );
    expect(closure.filter((document) => document.type === 'passage').map((document) => document.text)).toEqual([
      'The library closed in March after the council cut its budget. For outstanding loans, call 01279 446000.',
    ]);
    // A helpline line under the timeline is not read as the last entry's continuation.
    const inquestEnd = parseText(
      'Inquest\n\n2 April 2024 – The inquest opens.\n\n9 April 2024 – The coroner records her conclusion.\n\nFor confidential support, call the Samaritans on 116 123 or visit a local Samaritans branch.',
    );
    expect(inquestEnd.map((document) => document.text)).toEqual(['The inquest opens.', 'The coroner records her conclusion.']);
  });

  it('dates no entry by a year said inside a quotation, single-quoted included', () => {
    const dates = (text: string) => parseText(text).filter((document) => document.type === 'event').map((document) => document.date);
    expect(dates("Harbour dispute\n\nThe dockers' leader called it 'worse than the strike of 1989' at the rally.\n\n2 April – The port closes.\n\n9 April – Talks begin.")).toEqual([null, null]);
    expect(dates('Harbour dispute\n\nThe dockers’ leader called it “worse than the strike of 1989” at the rally.\n\n2 April – The port closes.\n\n9 April – Talks begin.')).toEqual([null, null]);
    expect(dates('Harbour dispute\n\nThe dockers struck in 1989, and again this spring.\n\n2 April – The port closes.\n\n9 April – Talks begin.')).toEqual(['1989-04-02', '1989-04-09']);
  });

  it('finds the interviewee in the article’s own framing, and no one in someone else’s talk', () => {
    const qa = '\n\nQ: What happened?\n\nA: The files were for sale on a forum for a week.';
    const answers = (framing: string) => parseText(`The files\n\n${framing}${qa}`).filter((d) => d.type === 'quote' && d.text.startsWith('The files were')).map((d) => d.speaker);
    expect(answers('Interview With Tomas Ilinca On Leaving Romania')).toEqual(['Tomas Ilinca']);
    expect(answers('Q&A With The Novelist Tomas Ilinca')).toEqual(['Tomas Ilinca']);
    expect(answers("Q&A with Labour's Rachel Reeves")).toEqual(['Rachel Reeves']);
    expect(answers('We spoke to Kessling Rovers manager Carl Mensah after the final whistle.')).toEqual(['Carl Mensah']);
    expect(answers("Interview with Tomas Ilinca's widow")).toEqual([]);
    expect(answers('In an interview with Laura Kuenssberg, she said there was no more money.')).toEqual([]);
    expect(answers('"I spoke to Boris Johnson about it," he said.')).toEqual([]);
  });

  it('credits `she` after evidence heard from an organisation', () => {
    expect(speakers('Inquest\n\n14 March 2024 – Dev Patel sits through a day on which the inquest hears evidence from Northern Rail. "Nobody has said sorry," he said.\n\n15 March 2024 – The inquest ends.')).toEqual(['Dev Patel']);
  });

  it('shifts years only for a title that opens with its framing, counted from the page’s day, and reads a preview across New Year', () => {
    const dates = (text: string) => events(parseText(text));
    expect(dates('Police reopen case of girl who vanished 30 years ago\nPublished 20 April 2024\n\n2 February – A tip arrives.\n\n19 March – A search.\n\n18 April – An arrest.')).toEqual(['2024-02-02', '2024-03-19', '2024-04-18']);
    expect(dates('Ten years on: how the floods unfolded\nPublished 3 January 2025\n\n27 December – Rain.\n\n30 December – Floods.\n\n2 January – Clean-up.')).toEqual(['2014-12-27', '2014-12-30', '2015-01-02']);
    expect(dates('What happens next\nPublished 18 December 2024\n\n6 January – Talks resume.\n\n20 January – A vote.\n\n13 February – The deadline.')).toEqual(['2025-01-06', '2025-01-20', '2025-02-13']);
  });

  it('takes a stated slash order only from a note on the article’s own dates', () => {
    const text = 'Register\n\nBirth dates in the old parish register are written mm/dd/yyyy.\n\n04/05/2022 – The register is found.\n\n14 May 2022 – It is copied.\n\n06/06/2022 – It is published.';
    expect(events(parseText(text))).toEqual(['2022-05-04', '2022-05-14', '2022-06-06']);
  });
});

describe('what a regression tester found, comparing with the parser before this session', () => {
  const events = (documents: ReturnType<typeof parseText>) => documents.filter((d) => d.type === 'event').map((d) => d.date ?? d.month);

  it('reads a recap that starts just after its page as a recap, not a preview', () => {
    expect(events(parseText('Rovers: the season in review\nPublished 20 May 2024\n\nJuly – A new manager.\n\nDecember – Top of the table.\n\nMay – Promotion.'))).toEqual(['2023-07', '2023-12', '2024-05']);
    expect(events(parseText('Our year in review\nPublished 28 December 2023\n\nJanuary – The mill closes.\n\nApril – The strike.\n\nNovember – The mill reopens.'))).toEqual(['2023-01', '2023-04', '2023-11']);
  });

  it('credits the name before a pronoun’s aside when no one else has been named', () => {
    expect(speakers('Ward 7 inquiry diary\n\nThe inquiry into deaths on Ward 7 continued this week.\n\nDay 6 — Monday 23 May\nThe inquiry heard from the ward’s former matron, Joan Ellery. Ellery, she said, had raised staffing concerns "at every meeting I was allowed into".')).toEqual(['Joan Ellery']);
  });
});

describe('what two testers of never-seen articles found (tester-71, tester-72)', () => {
  const entry = (sentence: string) => `Library fight timeline\n\nA summary paragraph about the events that follow.\n\nSept. 28, 2023 — ${sentence}\n\nSept. 29, 2023 — A panel sits.`;

  it('reads a surname after a dotted honorific as a name written inside the sentence', () => {
    expect(speakers(entry('Mr. Strand said: "We will win this appeal in the end."'))).toEqual(['Strand']);
    expect(speakers(entry('"We will win this appeal in the end," Ms. Wexler said.'))).toEqual(['Wexler']);
    // A sentence's last word before a full stop still ends it: `Reports` opens the next one.
    expect(speakers(entry('He was reached. Reports said: "We will win this appeal in the end."'))).toEqual([null]);
  });

  it('reads an Australian councillor’s `Cr` and an Irish deputy’s `TD` as titles', () => {
    expect(speakers(entry('Cr Elly Bird said the council met. "We will win this appeal in the end," Cr Bird said.'))).toEqual(['Elly Bird']);
    expect(speakers(entry('Local TD Catherine Connolly said: "We will win this appeal in the end."'))).toEqual(['Catherine Connolly']);
  });

  it('keeps a first name shaped like a participle after a title', () => {
    expect(speakers(entry('"We will win this appeal in the end," said Prof. Mohammed Siddiqui.'))).toEqual(['Mohammed Siddiqui']);
    expect(speakers(entry('"We will win this appeal in the end," said Lt. Col. Ahmed Siddiqui.'))).toEqual(['Ahmed Siddiqui']);
    // Without a title, a participle opening a sentence is still no first name: `speakers` above has its case.
  });

  it('drops a paywall meter, a wire’s publication note, a feedback box and links to a paper’s standards', () => {
    for (const line of [
      'You have 2 free articles remaining this month. Subscribe for unlimited access.',
      'Gift this article   Share full article   142 comments',
      'This report by The Canadian Press was first published April 16, 2024.',
      'Is this page useful?',
      'Report a problem with this page',
      'Report an error  Editorial code of conduct',
    ]) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['You have 2 free articles to read, the mayor said.', 'Report an error in the budget, the auditor said.', 'This report by the auditor was first published in 2019 and ignored, she said.'])
      expect(isBoilerplate(line), line).toBe(false);
  });

  it('reads a moment told from the entry before, set in bold at the start of a list item, as that entry’s label', () => {
    const html = '<html><body><article><h1>Storm timeline</h1><ul><li><strong>Jan. 2, 2023</strong> Schools stay closed.</li><li><strong>Later that day</strong> The governor declares an emergency.</li><li><strong>The next morning</strong> National Guard troops arrive.</li></ul></article></body></html>';
    const events = parseArticle(html, { slug: 't', format: 'html' }).documents.filter((d) => d.type === 'event');
    expect(events.map((d) => [d.date, d.text])).toEqual([
      ['2023-01-02', 'Schools stay closed.'],
      ['2023-01-02', 'The governor declares an emergency.'],
      ['2023-01-03', 'National Guard troops arrive.'],
    ]);
  });

  it('reads a date over the byline at the top as the page’s, not a first entry’s', () => {
    const article = (top: string) => `The Greenway that never was: a timeline\n\n${top}\n\nIt was announced with fanfare in 2015. Nothing is built.\n\n2015\n\nMarch: The Department allocates money.\n\n2016\n\nMay: Work stops.`;
    const first = (top: string) => parseText(article(top))[0]!;
    expect(first('Sunday, 21st January 2024\n\nBy Síle Ní Fhlatharta, Western Correspondent')).toMatchObject({ type: 'passage', date: null });
    // A first entry's date, with no byline under it, still opens the timeline.
    expect(first('21 January 2014')).toMatchObject({ type: 'event', date: '2014-01-21' });
  });

  it('reads times in the zones of papers outside Europe and North America, and `around` before a time', () => {
    const text = 'Outage timeline\n\nA summary paragraph about what follows.\n\n16 November 2023, 06:02 UTC — Payments fail.\n\n07:30 UTC (09h30 SAST) — An incident is declared.\n\n12h30 SAST — The chief executive apologises.\n\n4.15pm AEDT — A warning goes out.\n\n30th October 2024, around 6.30 pm: The bridge gives way.';
    const documents = parseText(text).filter((d) => d.type === 'event');
    expect(documents.map((d) => [d.date, d.minuteOfDay, d.text])).toEqual([
      ['2023-11-16', 362, 'Payments fail.'],
      ['2023-11-16', 450, 'An incident is declared.'],
      ['2023-11-16', 750, 'The chief executive apologises.'],
      ['2023-11-16', 975, 'A warning goes out.'],
      ['2024-10-30', 1110, 'The bridge gives way.'],
    ]);
  });
});

describe('fast paths answer as the plain rules do', () => {
  it.each(['tidy text', ' leading', 'trailing ', 'two  spaces', 'tab\there', 'line\nbreak', 'nbsp\u00a0here', '\u2003', '', '   '])(
    'collapseWhitespace(%j)',
    (text) => {
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
    },
  );

  it.each(['Stone', 'Jr’s,', '“Jr’s,', "Mook's", "Mook’s’", '“Hello', '(Smith)', '“(', 'was.', 'says', 'its', '’s', "'s", "'", '', 'Café’s'])('bareWord(%j)', (token) => {
    expect(bareWord(token)).toBe(token.replace(/^[“"‘'(\[]+/, '').replace(/[”"’')\],.;:!?]+$/, '').replace(/['’]s$/, ''));
  });

  it.each(['Stone', 'Smith-Jones', 'O’Brien', "O'Brien", 'St.', 'USA', 'A', 'Jr', 'Sr.', 'XIV', 'Émile', 'Zoë', 'Łódź', 'José-María',
    'Stone,', 'A1', 'Mc/Donald', 'Zoë1', 'ÉMILE', 'Ωmega', 'stone', '2.0', 'Hello…', ''])('isNameWord(%j)', (word) => {
    expect(isNameWord(word)).toBe(/^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^(Jr|Sr)\.?$/.test(word) || /^[IVX]{2,4}$/.test(word));
  });

  it('resolves he after a paragraph without quotations to the last person that paragraph names', () => {
    const speakerAfter = (paragraph: string) => {
      const quoted = '“We will win this vote, and then we will rebuild the old bridge,” he said.';
      const attributor = new SpeakerAttributor(new ArticleNames([paragraph, quoted]));
      expect(attributor.attribute(paragraph, [], undefined)).toEqual([]);
      return attributor.attribute(quoted, findQuotations(quoted), paragraph)[0]!.speaker;
    };
    // `He spoke` names no one, so the sentence before it decides.
    expect(speakerAfter('Mayor Dana Whitfield met the press on Monday. He spoke for an hour.')).toBe('Dana Whitfield');
    expect(speakerAfter('Dana Whitfield met the press. Tom Reyes left early.')).toBe('Tom Reyes');
    expect(speakerAfter('Dana Whitfield met the press. The rain began at noon.')).toBe('Dana Whitfield');
    // No subject: the one full name of the sentence (`Monday` is one word, so not a person).
    expect(speakerAfter('Tom Reyes arrived. On Monday the press met Dana Whitfield.')).toBe('Dana Whitfield');
    // Two people named: `he` could be either, so it is no one rather than a guess.
    expect(speakerAfter('Tom Reyes arrived. On Monday the press met Dana Whitfield and Ann Lee.')).toBeNull();
    expect(speakerAfter('Marcus Bell listened as Helen Okafor testified.')).toBeNull();
  });

  it('drops a description only when the article writes it as a whole lower-case word', () => {
    const canonicalWith = (other: string) => new ArticleNames(['Cowhand Ellen Park spoke.', other]).canonical('Cowhand Ellen Park');
    expect(canonicalWith('Other cowhands agreed.')).toBe('Ellen Park');
    expect(canonicalWith('A cowhand, too.')).toBe('Ellen Park');
    expect(canonicalWith('The cowhandhood agreed.')).toBe('Cowhand Ellen Park');
    expect(canonicalWith('Les écowhands agreed.')).toBe('Cowhand Ellen Park');
    expect(canonicalWith('Cowhands agreed.')).toBe('Cowhand Ellen Park');
  });

  it('ends a sentence after a long word but not after an abbreviation', () => {
    const long = 'x'.repeat(70);
    expect(splitSentences(`He wrote ${long}jr. Then he left.`).map((sentence) => sentence.text)).toEqual([`He wrote ${long}jr.`, 'Then he left.']);
    expect(splitSentences('He met Smith Jr. Then he left.')).toHaveLength(1);
  });

  it('reads a word as ending a sentence as /[.!?…:]["”’\')\\]]*$/ would', () => {
    const words = ['said.', '“Go!”', 'follows:', 'end…', 'what?’', 'that.)', 'this.]', "it.'", 'council', '', '.', '"', 'U.S', 'a.b', '”.”', 'x:’”'];
    for (const word of words) expect(endsSentence(word), word).toBe(/[.!?…:]["”’')\]]*$/.test(word));
  });

  it('takes a title with or without its full stop, and at a sentence’s end', () => {
    for (const word of ['Gov', 'gov.', 'Gov.', 'gov..', 'Lt', 'lt.', 'Mayor', 'mayor.', 'Dr.', 'DR', 'mr']) expect(isTitleWord(word), word).toBe(true);
    for (const word of ['Govs', 'Ltd', 'May', 'Mayo', '.', '', 'mayor..']) expect(isTitleWord(word), word).toBe(false);
  });

  it('reads the word before a full stop as the pattern /[\\p{L}.]*$/u would, letters outside ASCII included', () => {
    const texts = ['Dr. Haddad', 'the U.S. said', 'Émile Zola.', 'naïve café.', '𝐀𝐁c.', 'x\uDC00ab.', '\uD835\uDC00b.', 'a\uD835b.', '123abc.', 'Łódź.', '中文字.', 'الرئيس.'];
    for (const text of texts) {
      for (let index = 0; index <= text.length; index += 1) {
        for (const limit of [0, Math.max(0, index - 2)]) {
          const window = text.slice(limit, index);
          expect(lettersAndStopsBefore(text, index, limit), `${JSON.stringify(window)}`).toBe(index - /[\p{L}.]*$/u.exec(window)![0].length);
        }
      }
    }
    expect(splitSentences('Gen. Łukasz Nowak arrived. Then Ñ. Ortiz spoke. It ended.').map((sentence) => sentence.text)).toEqual(['Gen. Łukasz Nowak arrived.', 'Then Ñ. Ortiz spoke.', 'It ended.']);
  });

  it('ends a sentence after a unit set against its figure (`7.1m.`), not after an initial (`J.`)', () => {
    expect(splitSentences('The Eden peaks at 7.1m. “We are watching,” said Ruth Calloway. J. Smith came.').map((sentence) => sentence.text)).toEqual([
      'The Eden peaks at 7.1m.', '“We are watching,” said Ruth Calloway.', 'J. Smith came.',
    ]);
    const quotes = parseText('Flood\n\nDecember 5, 2023 — The Eden peaks at 7.1m. “We are watching the defences,” said Ruth Calloway. “Nobody should be complacent.”').filter((d) => d.type === 'quote');
    expect(quotes.map((d) => d.speaker)).toEqual(['Ruth Calloway', 'Ruth Calloway']);
  });

  it('ends a sentence before a «guillemet» or „low mark” quotation too', () => {
    expect(splitSentences('He issued a statement. «It was short,» he says. „We agree,” she said.').map((sentence) => sentence.text)).toEqual([
      'He issued a statement.',
      '«It was short,» he says.',
      '„We agree,” she said.',
    ]);
  });

  it('treats a paragraph holding only white space and comments as empty', () => {
    const { blocks } = htmlToBlocks('<article><p>One.</p><p> <!-- note --> <b> </b></p><p>Two.</p><p><i>Three.</i></p></article>');
    expect(blocks.map((block) => [block.text, block.gapBefore])).toEqual([['One.', 1], ['Two.', 2], ['Three.', 1]]);
  });
});
