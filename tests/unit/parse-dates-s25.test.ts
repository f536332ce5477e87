/** Date readings of timeline articles never seen before (session 25, dat). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { TimelineDocumentListSchema } from '../../core/schema.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const events = (text: string) => parseText(text).filter((d) => d.type === 'event');
const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', name), 'utf8');
const dayOf = (d: { date?: string | null; month?: string | number | null; year?: string | number | null }) => String(d.date ?? d.month ?? d.year);

describe('a quarter or half of a fiscal year, or of a year written short', () => {
  it('opens an entry, year-only by the year it is named for (`Q3 FY21 –`, `H2 FY2024:`, `Q2’22 –`, `3Q21 –`, `1H 2022 –`)', () => {
    const text = 'Results\n\nQ1 2021 – Sales rise.\n\nQ3 FY21 – The plant opens.\n\nQ2’22 – A customer leaves.\n\n3Q22 – Costs climb.\n\n1H 2023 – A loss.\n\nQ4 fiscal 2023: Shares fall.\n\nH2 FY2024 – The shares are suspended.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2021', 'Q1 2021', 'Sales rise.'],
      ['2021', 'Q3 FY21', 'The plant opens.'],
      ['2022', 'Q2’22', 'A customer leaves.'],
      ['2022', '3Q22', 'Costs climb.'],
      ['2023', '1H 2023', 'A loss.'],
      ['2023', 'Q4 fiscal 2023', 'Shares fall.'],
      ['2024', 'H2 FY2024', 'The shares are suspended.'],
    ]);
  });

  it('leaves a French clock’s time a time (`1h50 —` under a day)', () => {
    const text = 'Timeline\n\nMarch 3, 2024 — The strike begins.\n\n1h50 — The last train leaves.\n';
    expect(events(text).map((d) => [dayOf(d), d.minuteOfDay ?? null])).toEqual([
      ['2024-03-03', null],
      ['2024-03-03', 110],
    ]);
  });
});

describe('a short gloss in brackets after a date, before its separator', () => {
  it('is the date’s, kept in its text (`Q1 2023 (January–March) – …`, `14 March 2020 (Day 1):`, alone `Summer 2019 (June–August)`)', () => {
    const text = 'Timeline\n\nLate 2022 – The chief executive resigns.\n\nQ1 2023 (January–March) – An audit finds errors.\n\n14 March 2023 (Day 1): The trial opens.\n\nSummer 2023 (June–August)\n\nThe factory is mothballed.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2022', 'Late 2022', 'The chief executive resigns.'],
      ['2023', 'Q1 2023 (January–March)', 'An audit finds errors.'],
      ['2023-03-14', '14 March 2023 (Day 1)', 'The trial opens.'],
      ['2023', 'Summer 2023 (June–August)', 'The factory is mothballed.'],
    ]);
  });
});

describe('a fiscal year opening a paragraph', () => {
  it('is an entry after one dated by the year alone (`Q1 2023 –`, then `FY2023 – Revenue falls`)', () => {
    const text = 'Key dates\n\nLate 2022 – The chief executive resigns.\n\nQ1 2023 – An audit finds errors.\n\nFY2023 – Revenue falls by a third.\n\nFiscal 2024: Sales recover.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2022', 'Late 2022', 'The chief executive resigns.'],
      ['2023', 'Q1 2023', 'An audit finds errors.'],
      ['2023', 'FY2023', 'Revenue falls by a third.'],
      ['2024', 'Fiscal 2024', 'Sales recover.'],
    ]);
  });

  it('stays a line of a day’s entry, a forecast’s label (`Fiscal 2025: the company now expects a loss`)', () => {
    const text = 'Results\n\nMarch 3, 2024 — The company reports a loss.\n\nFY2025 – The company now expects a loss.\n\nMay 14, 2024 — Shares fall.';
    expect(events(text).map((d) => [dayOf(d), d.text])).toEqual([
      ['2024-03-03', 'The company reports a loss.\n\nFY2025 – The company now expects a loss.'],
      ['2024-05-14', 'Shares fall.'],
    ]);
  });
});

describe('weekdays that deny every year the prose argues for', () => {
  const week = (days: string) => `The week the depot walked out\n\nDrivers have complained about rotas since 2019. Last month their patience ran out.\n\n${days}`;

  it('take the first later year that gives them all (`since 2019`, then `Tuesday 14 March` … `Friday 24 March`: 2023)', () => {
    const text = week('Tuesday 14 March – Drivers vote to strike.\n\nThursday 16 March – Managers offer talks.\n\nMonday 20 March – The buses stay in.\n\nFriday 24 March – A deal is struck.\n');
    expect(events(text).map(dayOf)).toEqual(['2023-03-14', '2023-03-16', '2023-03-20', '2023-03-24']);
  });

  it('leave the year named when most of them fit it (one slip: `Monday 14 March` in 2019, a Thursday)', () => {
    const text = week('Monday 14 March – Drivers vote to strike.\n\nSaturday 16 March – Managers offer talks.\n\nWednesday 20 March – The buses stay in.\n');
    expect(events(text).map(dayOf)).toEqual(['2019-03-14', '2019-03-16', '2019-03-20']);
  });

  it('never move back before the year named', () => {
    // 14 March was a Tuesday in 2017 and 2023: the story is after `since 2019`, so 2023.
    const text = week('Tuesday 14 March – Drivers vote to strike.\n\nFriday 17 March – A deal is struck.\n');
    expect(events(text).map(dayOf)).toEqual(['2023-03-14', '2023-03-17']);
  });
});

describe('fixture: dates-quarterly-slide.txt (a company’s fall told by quarters, halves and fiscal years)', () => {
  const { title, documents } = parseArticle(fixture('dates-quarterly-slide.txt'), { slug: 'dates-quarterly-slide', format: 'text' });
  const entries = documents.filter((d) => d.type === 'event');

  it('reads every entry, year-only, its date’s words as written', () => {
    expect(title).toBe('From darling to delisting: the quarters that broke Brantwell Foods');
    expect(TimelineDocumentListSchema.safeParse(documents).success).toBe(true);
    expect(entries.map((d) => [dayOf(d), d.dateText])).toEqual([
      ['2020', 'Q1 2020'], ['2020', 'Q3 2020'], ['2021', 'H1 2021'], ['2021', 'Q3 FY21'], ['2021', 'Second half of 2021'],
      ['2022', 'Q1 2022'], ['2022', "Q2'22"], ['2022', 'Third quarter of 2022'], ['2022', 'Late 2022'],
      ['2023', 'Q1 2023 (January–March)'], ['2023', 'FY2023'], ['2024', 'H2 FY24'],
    ]);
    expect(entries.every((d) => d.section === 'Key dates' && d.month === null && d.date === null)).toBe(true);
  });

  it('keeps each entry’s own text, and the closing section out of the timeline', () => {
    expect(entries[3]!.text).toBe('The Corby factory opens six months late and £40m over budget.');
    expect(entries[6]!.text).toMatch(/^One supermarket customer refuses/);
    expect(entries[10]!.text).toBe('Revenue falls by a third. The Corby factory is mothballed.');
    expect(documents.at(-1)).toMatchObject({ type: 'passage', section: 'What happens next' });
  });

  it('dates the quotations by their entries and names their speakers', () => {
    const quotes = documents.filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.speaker, d.year])).toEqual([['Martin Keele', 2020], ['Priya Anand', 2022]]);
  });
});

describe('a part of a season or a quarter with its year', () => {
  it('opens an entry, year-only as the season is (`Early autumn 2023 –`, `Late Q4 2023:`, `Late spring of 2024` alone)', () => {
    const text = 'Timeline\n\nSummer 2023 – He asks to leave.\n\nEarly autumn 2023 – He is left out.\n\nLate Q4 2023: Talks resume.\n\nLate spring of 2024\n\nHe signs.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2023', 'Summer 2023', 'He asks to leave.'],
      ['2023', 'Early autumn 2023', 'He is left out.'],
      ['2023', 'Late Q4 2023', 'Talks resume.'],
      ['2024', 'Late spring of 2024', 'He signs.'],
    ]);
  });
});

describe('a name for the day and its date opening a paragraph, before a separator', () => {
  it('dates the entry, the name kept as its label (`Deadline day, 1 September 2023 – …`, `Election night – 4 July 2024: …`)', () => {
    const text = 'Timeline\n\nSummer 2023 – He asks to leave.\n\nDeadline day, 1 September 2023 – A £40m move collapses.\n\nElection night – 4 July 2024: Labour wins.\n\nChristmas Eve, 24 December 2024 – Snow falls.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2023', 'Summer 2023', 'He asks to leave.'],
      ['2023-09-01', '1 September 2023', 'Deadline day: A £40m move collapses.'],
      ['2024-07-04', '4 July 2024', 'Election night: Labour wins.'],
      ['2024-12-24', '24 December 2024', 'Christmas Eve: Snow falls.'],
    ]);
  });

  it('leaves a sentence a sentence (`Polling day, 4 July, was wet.`)', () => {
    const text = 'Timeline\n\n3 July 2024 – Campaigning ends.\n\nPolling day, 4 July, was wet.\n\n5 July 2024 – The count ends.\n';
    expect(events(text).map((d) => [dayOf(d), d.text])).toEqual([
      ['2024-07-03', 'Campaigning ends.\n\nPolling day, 4 July, was wet.'],
      ['2024-07-05', 'The count ends.'],
    ]);
  });
});

describe('a week of a month', () => {
  it('dates its entry by the month, its words as written (`1st week of February 2024 –`, `The first week of March 2024:`, `Second week of April –`, `The last weekend of May` alone)', () => {
    const text = 'Timeline\n\nJanuary 2024 – Rovers sign him.\n\n1st week of February 2024 – He debuts.\n\nThe first week of March 2024: He scores.\n\nSecond week of April – He is injured.\n\nThe last weekend of May\n\nHe returns.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2024-01', 'January 2024', 'Rovers sign him.'],
      ['2024-02', '1st week of February 2024', 'He debuts.'],
      ['2024-03', 'The first week of March 2024', 'He scores.'],
      ['2024-04', 'Second week of April', 'He is injured.'],
      ['2024-05', 'The last weekend of May', 'He returns.'],
    ]);
  });
});

describe('a sporting season named so', () => {
  it('dates its entry by its first year (`The 2023-24 season –`, `The 2024/25 campaign:`, `2026 season –`; not alone, `The 2019 season.`)', () => {
    const text = 'Timeline\n\nJanuary 2023 – Rovers sign him.\n\nThe 2023-24 season – He scores 19 goals.\n\nThe 2024/25 campaign: He is captain.\n\n2026 season – He retires.\n\nThe 2027 season.\n\nHe coaches.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2023-01', 'January 2023', 'Rovers sign him.'],
      ['2023', 'The 2023-24 season', 'He scores 19 goals.'],
      ['2024', 'The 2024/25 campaign', 'He is captain.'],
      ['2026', '2026 season', 'He retires.\n\nThe 2027 season.\n\nHe coaches.'],
    ]);
  });
});

describe('a week, a weekend, a night or a part of the day of a date', () => {
  it('is dated that day, the first of a range (`The week of 10 July –`, `Weekend of 15-16 July 2023 –`, `The night of 20 July –`, `Overnight 21-22 July –`, `The early hours of 23 July 2023 –`, `Morning of 24 July` alone)', () => {
    const text = 'Timeline\n\nJanuary 2023 – The club is sold.\n\nThe week of 10 July – Training resumes.\n\nWeekend of 15-16 July 2023 – Fans protest.\n\nThe night of 20 July – A fire breaks out.\n\nOvernight 21-22 July – Police arrive.\n\nThe early hours of 23 July 2023 – Arrests.\n\nMorning of 24 July\n\nThe ground reopens.\n\nThe evening of the vote – Nothing happens.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2023-01', 'January 2023', 'The club is sold.'],
      ['2023-07-10', 'The week of 10 July', 'Training resumes.'],
      ['2023-07-15', 'Weekend of 15-16 July 2023', 'Fans protest.'],
      ['2023-07-20', 'The night of 20 July', 'A fire breaks out.'],
      ['2023-07-21', 'Overnight 21-22 July', 'Police arrive.'],
      ['2023-07-23', 'The early hours of 23 July 2023', 'Arrests.'],
      ['2023-07-24', 'Morning of 24 July', 'The ground reopens.\n\nThe evening of the vote – Nothing happens.'],
    ]);
  });
});

describe('a month with its year written short', () => {
  it('dates its entry by the month (`Apr-2023 –`, `May ’23 –`, `Mid-Aug ’24` alone), while `July 23 –` stays a day', () => {
    const text = "Timeline\n\nJanuary 2023 – A.\n\nApr-2023 – B.\n\nMay '23 – C.\n\nJuly 23 – D.\n\nMid-Aug ’24\n\nE.\n";
    expect(events(text).map((d) => [dayOf(d), d.dateText])).toEqual([
      ['2023-01', 'January 2023'], ['2023-04', 'Apr-2023'], ['2023-05', "May '23"], ['2023-07-23', 'July 23'], ['2024-08', 'Mid-Aug ’24'],
    ]);
  });
});

describe('a quarter or a half without its year', () => {
  it('is an entry under a year’s heading, or after a dated entry, run on by its first month (`Q4`, then `Q1` is the next year’s)', () => {
    const byYear = 'Key dates\n\n2021\n\nQ1 – Sales rise.\n\nQ3 – The plant opens.\n\n2022\n\nH1 – A loss.\n\nQ4: Shares fall.\n';
    expect(events(byYear).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2021', 'Q1', 'Sales rise.'], ['2021', 'Q3', 'The plant opens.'], ['2022', 'H1', 'A loss.'], ['2022', 'Q4', 'Shares fall.'],
    ]);
    const runOn = 'Key dates\n\nQ3 2021 – The plant opens.\n\nQ4 – Sales fall.\n\nQ1 – A loss.\n\nQ2\n\nShares fall.\n';
    expect(events(runOn).map((d) => [dayOf(d), d.dateText])).toEqual([['2021', 'Q3 2021'], ['2021', 'Q4'], ['2022', 'Q1'], ['2022', 'Q2']]);
  });
});

describe('a date given as when something began or about when', () => {
  it('dates its entry (`Late on 6 March –`, `Early on 7 March –`, `On or about 10 March 2023 –`, `Sometime in April 2023 –`)', () => {
    const text = 'Timeline\n\nJanuary 2023 – A.\n\nLate on 6 March – B.\n\nEarly on 7 March – C.\n\nOn or about 10 March 2023 – D.\n\nSometime in April 2023 – E.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2023-01', 'January 2023', 'A.'], ['2023-03-06', 'Late on 6 March', 'B.'], ['2023-03-07', 'Early on 7 March', 'C.'],
      ['2023-03-10', 'On or about 10 March 2023', 'D.'], ['2023-04', 'Sometime in April 2023', 'E.'],
    ]);
  });
});

describe('two days joined by a slash or an ampersand', () => {
  it('date their entry by the first (`The night of 4/5 March 2023 –`, `May 10 & 11 –`, `12/13 May` alone), while `5/14/2023` stays one day', () => {
    const text = 'Timeline\n\nJanuary 2023 – A.\n\nThe night of 4/5 March 2023 – B.\n\nMay 10 & 11 – C.\n\n12/13 May\n\nD.\n\n5/14/2023 – E.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText])).toEqual([
      ['2023-01', 'January 2023'], ['2023-03-04', 'The night of 4/5 March 2023'], ['2023-05-10', 'May 10 & 11'], ['2023-05-12', '12/13 May'], ['2023-05-14', '5/14/2023'],
    ]);
  });
});

describe('a decade before 1800, or written with an apostrophe', () => {
  it('dates its entry by its first year (`The 1340s –`, `Early 1500s –`, `The 1620’s –`)', () => {
    const text = 'Timeline\n\n1066 – A.\n\nThe 1340s – B.\n\nEarly 1500s – C.\n\nThe 1620’s – D.\n\n1801 – E.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText])).toEqual([
      ['1066', '1066'], ['1340', 'The 1340s'], ['1500', 'Early 1500s'], ['1620', 'The 1620’s'], ['1801', '1801'],
    ]);
  });
});

describe('a century', () => {
  it('dates its entry by its first year (`Late 12th century –`, `Mid-18th century –`, `The 19th century` alone)', () => {
    const text = 'Timeline\n\n1066 – A.\n\nLate 12th century – B.\n\nMid-18th century – C.\n\nThe 19th century\n\nD.\n\n1901 – E.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['1066', '1066', 'A.'], ['1100', 'Late 12th century', 'B.'], ['1700', 'Mid-18th century', 'C.'], ['1800', 'The 19th century', 'D.'], ['1901', '1901', 'E.'],
    ]);
  });
});

describe('a football transfer window with its year', () => {
  it('dates its entry, year-only by the season or by its month (`Winter transfer window 2023 –`, `January 2023 window:`, `The summer window, 2023 –`)', () => {
    const text = 'Transfer saga\n\nSummer 2022 – Rovers enquire.\n\nWinter transfer window 2023 – A £20m bid is rejected.\n\nJanuary 2023 window: Rovers return with £25m.\n\nThe summer window, 2023 – A third bid.\n\nThe January transfer window 2024 – He signs.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText])).toEqual([
      ['2022', 'Summer 2022'], ['2023', 'Winter transfer window 2023'], ['2023-01', 'January 2023 window'], ['2023', 'The summer window, 2023'], ['2024-01', 'The January transfer window 2024'],
    ]);
  });
});

describe('a quarter written after its year', () => {
  it('dates its entry by that year (`2023 Q2 –`, `2023-Q3 –`, `FY2023 Q4 –`), not `2025 Quarterly –`', () => {
    const text = 'Timeline\n\nJanuary 2023 – A.\n\n2023 Q2 – B.\n\n2023-Q3 – C.\n\nFY2023 Q4 – D.\n\n2025 Quarterly – E.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2023-01', 'January 2023', 'A.'], ['2023', '2023 Q2', 'B.'], ['2023', '2023-Q3', 'C.'], ['2023', 'FY2023 Q4', 'D.\n\n2025 Quarterly – E.'],
    ]);
  });
});

describe('a name for the day after its date and a comma', () => {
  it('is the date’s, kept in its text (`Nov. 5, 2024, Election Day —`, `4 July 2024, polling day:`)', () => {
    const text = 'Timeline\n\nOct. 1, 2024 — A.\n\nNov. 5, 2024, Election Day — B.\n\n4 July 2025, polling day: C.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2024-10-01', 'Oct. 1, 2024', 'A.'], ['2024-11-05', 'Nov. 5, 2024, Election Day', 'B.'], ['2025-07-04', '4 July 2025, polling day', 'C.'],
    ]);
  });
});

describe('two parts of years together', () => {
  it('date their entry by the first year (`Spring/summer 2023 –`, `Late 2023/early 2024 –`, `Autumn 2024 to spring 2025 –`)', () => {
    const text = 'Timeline\n\nJanuary 2023 – A.\n\nSpring/summer 2023 – B.\n\nLate 2023/early 2024 – C.\n\nAutumn 2024 to spring 2025 – D.\n\nWinter 2025/26 – E.\n';
    expect(events(text).map((d) => [dayOf(d), d.dateText, d.text])).toEqual([
      ['2023-01', 'January 2023', 'A.'], ['2023', 'Spring/summer 2023', 'B.'], ['2023', 'Late 2023/early 2024', 'C.'],
      ['2024', 'Autumn 2024 to spring 2025', 'D.'], ['2025', 'Winter 2025/26', 'E.'],
    ]);
  });
});
