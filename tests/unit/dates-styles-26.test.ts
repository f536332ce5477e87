/** Date readings of timeline articles never seen before (session 26, dates). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { TimelineDocumentListSchema } from '../../core/schema.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const parseHtml = (html: string) => parseArticle(html, { slug: 'h', format: 'html' }).documents;
const events = (text: string) => parseText(text).filter((d) => d.type === 'event');
const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', name), 'utf8');

describe('a date with a short gloss after a comma', () => {
  it('dates its entry and keeps the gloss in its text: `Nov. 6, the morning after – …`', () => {
    const text =
      'The recount\n\nThe county counted twice.\n\nNov. 5, 2020 – Polls close and the first results come in.\n\nNov. 6, the morning after – Both candidates claim victory.\n\nNov. 7, a Saturday — The clerk orders a recount.\n\nNov. 9, two days later: The recount begins.\n\nNov. 11 – Results are certified.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2020-11-05', 'Nov. 5, 2020', 'Polls close and the first results come in.'],
      ['2020-11-06', 'Nov. 6', 'the morning after – Both candidates claim victory.'],
      // A weekday is the date's own, as `Nov. 7, Saturday` is: it tells the year.
      ['2020-11-07', 'Nov. 7, a Saturday', 'The clerk orders a recount.'],
      ['2020-11-09', 'Nov. 9', 'two days later: The recount begins.'],
      ['2020-11-11', 'Nov. 11', 'Results are certified.'],
    ]);
  });

  it('reads a day-first date and a year before the gloss: `12 May, two days later:`, `3 March 2023, a Friday —`', () => {
    const text = 'The strike\n\nIt went on.\n\n1 March 2023 – Workers walk out.\n\n3 March 2023, a Friday — The union meets.\n\n12 May, two days later: Talks collapse.\n';
    expect(events(text).map((d) => [d.date, d.dateText])).toEqual([
      ['2023-03-01', '1 March 2023'],
      ['2023-03-03', '3 March 2023, a Friday'],
      ['2023-05-12', '12 May'],
    ]);
  });

  it('reads the date with its gloss standing alone over its entry, in text and HTML', () => {
    const text = 'The recount\n\nThe county counted twice.\n\nNov. 5, 2020\nPolls close.\n\nNov. 6, the morning after\nBoth candidates claim victory.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2020-11-05', 'Nov. 5, 2020', 'Polls close.'],
      ['2020-11-06', 'Nov. 6, the morning after', 'Both candidates claim victory.'],
    ]);
    const html =
      '<article><h1>The recount</h1><p>The county counted twice.</p><ul><li><strong>Nov. 5, 2020</strong> Polls close.</li><li><strong>Nov. 6, the morning after</strong> Both claim victory.</li></ul></article>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.dateText])).toEqual([
      ['2020-11-05', 'Nov. 5, 2020'],
      ['2020-11-06', 'Nov. 6, the morning after'],
    ]);
  });

  it('reads a gloss between dashes too, not as an aside: `Nov. 6 — the morning after — Both …`', () => {
    const text =
      'The recount\n\nThe county counted twice.\n\nNov. 5, 2020 – Polls close.\n\nNov. 6 — the morning after — Both candidates claim victory.\n\nNov. 7 – the day the count ended – was long.\n\nNov. 9 – Results are certified.\n';
    expect(events(text).map((d) => [d.date, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2020-11-05', 'Polls close.'],
      ['2020-11-06', 'the morning after — Both candidates claim victory. Nov. 7 – the day the count ended – was long.'],
      ['2020-11-09', 'Results are certified.'],
    ]);
  });

  it('reads the gloss after a date set in bold and a comma, dropping only the comma', () => {
    const html =
      '<article><h1>The recount</h1><p>The county counted twice in 2020.</p><ul><li><strong>Nov. 5</strong> – Polls close.</li><li><strong>Nov. 6</strong>, the morning after – Both candidates claim victory.</li><li><b>Nov. 9</b>, two days later: The recount begins.</li><li><b>Nov. 11</b>, the clerk certifies the result.</li></ul></article>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([
      ['2020-11-05', 'Polls close.'],
      ['2020-11-06', 'the morning after – Both candidates claim victory.'],
      // Not an entry of its own two days after the 9th.
      ['2020-11-09', 'two days later: The recount begins.'],
      ['2020-11-11', 'the clerk certifies the result.'],
    ]);
  });

  it('reads a gloss holding a time (`19 April, just after 3pm –`), but no gloss without a word of when (`20 April, the mayor –`)', () => {
    const text = 'The strike\n\nIt went on in 2023.\n\n1 April 2023 – Workers walk out.\n\n19 April, just after 3pm – Talks collapse.\n\n20 April, the mayor – A statement.\n\n21 April – The strike ends.\n';
    expect(events(text).map((d) => [d.date, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2023-04-01', 'Workers walk out.'],
      ['2023-04-19', 'just after 3pm – Talks collapse. 20 April, the mayor – A statement.'],
      ['2023-04-21', 'The strike ends.'],
    ]);
  });

  it('reads a gloss of when before the date, kept as the entry’s label: `The following Monday, 3 April –`, `That Friday (7 April) –`', () => {
    const text =
      'The strike\n\nIt went on in 2023.\n\n1 April 2023 – Workers walk out.\n\nThe following Monday, 3 April – Pickets block the gates.\n\nThat Friday (7 April) – Talks open.\n\nTwo days later, 9 April: Talks collapse.\n\nA week later, on 16 April, the union met.\n\nThe council, 18 April – A statement.\n\n20 April – The strike ends.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2023-04-01', '1 April 2023', 'Workers walk out.'],
      ['2023-04-03', '3 April', 'The following Monday: Pickets block the gates.'],
      ['2023-04-07', '7 April', 'That Friday: Talks open.'],
      // A sentence, and a subject before the date, are no gloss.
      ['2023-04-09', '9 April', 'Two days later: Talks collapse. A week later, on 16 April, the union met. The council, 18 April – A statement.'],
      ['2023-04-20', '20 April', 'The strike ends.'],
    ]);
  });

  it('reads a gloss before the date standing alone, in a heading or on a line over its entry', () => {
    const html =
      '<article><h1>The strike</h1><p>It went on in 2023.</p><h3>1 April 2023</h3><p>Workers walk out.</p><h3>The following Monday, 3 April</h3><p>Pickets block the gates.</p><h3>Two days later, 5 April</h3><p>Talks open.</p></article>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-04-01', '1 April 2023', 'Workers walk out.'],
      ['2023-04-03', 'The following Monday, 3 April', 'Pickets block the gates.'],
      ['2023-04-05', 'Two days later, 5 April', 'Talks open.'],
    ]);
    const text = 'The strike\n\nIt went on in 2023.\n\n1 April 2023\nWorkers walk out.\n\nThe following Monday, 3 April\nPickets block the gates.\n\nThe mayor, 5 April\nA statement.\n';
    expect(events(text).map((d) => [d.date, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2023-04-01', 'Workers walk out.'],
      ['2023-04-03', 'Pickets block the gates. The mayor, 5 April A statement.'],
    ]);
  });

  it('reads a part of the day or a longer gloss after a weekday in brackets: `March 1 (Wed.), evening`, `Aug. 30, the last day of the consultation`', () => {
    const html =
      '<article><h1>The line</h1><p>The dispute ran all year.</p><h2>2023</h2><ul><li><strong>Feb. 3 (Fri.)</strong> Residents object.</li><li><strong>March 1 (Wed.), evening</strong> About 600 people attend a meeting.</li><li><strong>Aug. 30, the last day of the consultation</strong> More than 14,000 responses are in.</li></ul><h2>2024</h2><ul><li><strong>Feb. 20 (Tue.)–21 (Wed.)</strong> Public hearings are held.</li></ul></article>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-02-03', 'Feb. 3 (Fri.)', 'Residents object.'],
      ['2023-03-01', 'March 1 (Wed.), evening', 'About 600 people attend a meeting.'],
      ['2023-08-30', 'Aug. 30, the last day of the consultation', 'More than 14,000 responses are in.'],
      // Two days with their weekdays, as Japanese pages in English write them: the first.
      ['2024-02-20', 'Feb. 20 (Tue.)–21 (Wed.)', 'Public hearings are held.'],
    ]);
  });

  it('reads a gloss closed by a full stop: `Nov. 6, the morning after. Both …`', () => {
    const text = 'The recount\n\nThe county counted twice.\n\nNov. 5, 2020 – Polls close.\n\nNov. 6, the morning after. Both candidates claim victory.\n\nNov. 9, just after 6 p.m. The recount begins.\n\nNov. 10, the council said. The results stand.\n\nNov. 11 – Results are certified.\n';
    expect(events(text).map((d) => [d.date, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2020-11-05', 'Polls close.'],
      ['2020-11-06', 'the morning after. Both candidates claim victory.'],
      ['2020-11-09', 'just after 6 p.m. The recount begins. Nov. 10, the council said. The results stand.'],
      ['2020-11-11', 'Results are certified.'],
    ]);
  });

  it('leaves a clause after the comma a sentence: `Nov. 10, the council said: …`', () => {
    const text = 'The recount\n\nThe county counted twice.\n\nNov. 5, 2020 – Polls close.\n\nNov. 10, the council said: The results stand.\n\nNov. 11 – Results are certified.\n';
    expect(events(text).map((d) => [d.date, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2020-11-05', 'Polls close. Nov. 10, the council said: The results stand.'],
      ['2020-11-11', 'Results are certified.'],
    ]);
  });
});

describe('a date written year first', () => {
  it('dates its entry: `2023 April 8 –`, `2023, April 12:`, `2023 Apr. 20`, `2023-Jun-15`, alone or before a separator', () => {
    const text =
      'The merger\n\nIt took a year.\n\n2023 April 8 – The boards meet.\n\n2023, April 12: Talks stall.\n\n2023 Apr. 20 – A deal is struck.\n\n2023 May 2\nShareholders vote.\n\n2023-Jun-15 – Cuts are announced.\n\n2023 July 3-5 – Staff strike.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-04-08', '2023 April 8', 'The boards meet.'],
      ['2023-04-12', '2023, April 12', 'Talks stall.'],
      ['2023-04-20', '2023 Apr. 20', 'A deal is struck.'],
      ['2023-05-02', '2023 May 2', 'Shareholders vote.'],
      ['2023-06-15', '2023-Jun-15', 'Cuts are announced.'],
      ['2023-07-03', '2023 July 3-5', 'Staff strike.'],
    ]);
  });

  it('dates an entry by its month, the year first: `2023 March –`, `2023, May:`, `2023 June` alone', () => {
    const text = 'The merger\n\nIt took a year.\n\n2023 March – Talks begin.\n\n2023, May: Shareholders vote.\n\n2023 June\n\nThe merger completes.\n\n2024 Jan. – Cuts are announced.\n';
    expect(events(text).map((d) => [d.month, d.dateText, d.text])).toEqual([
      ['2023-03', '2023 March', 'Talks begin.'],
      ['2023-05', '2023, May', 'Shareholders vote.'],
      ['2023-06', '2023 June', 'The merger completes.'],
      ['2024-01', '2024 Jan.', 'Cuts are announced.'],
    ]);
  });

  it('dates a timeline’s HTML headings and list items so written', () => {
    const html =
      '<article><h1>The merger</h1><p>It took a year.</p><h3>2023 April 8</h3><p>The boards meet.</p><h3>2023, April 12</h3><p>Talks stall.</p><ul><li><strong>2023 Apr. 20</strong> A deal.</li><li>2023 May 2 – Shareholders vote.</li></ul></article>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([
      ['2023-04-08', 'The boards meet.'],
      ['2023-04-12', 'Talks stall.'],
      ['2023-04-20', 'A deal.'],
      ['2023-05-02', 'Shareholders vote.'],
    ]);
  });

  it('reads the year first in figures, one figure or two, dashed, slashed or dotted: `2023.4.8`, `2023/4/20`, `2023. 6. 1.`', () => {
    const text =
      'The merger\n\nIt took a year.\n\n2023.04.08 – The boards meet.\n\n2023.4.12: Talks stall.\n\n2023/4/20 – A deal is struck.\n\n2023-5-2 – Shareholders vote.\n\n2023. 6. 1. — The merger completes.\n\n2023.6.9\nCuts are announced.\n\n2023-06-12T10:00Z – The new board meets.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-04-08', '2023.04.08', 'The boards meet.'],
      ['2023-04-12', '2023.4.12', 'Talks stall.'],
      ['2023-04-20', '2023/4/20', 'A deal is struck.'],
      ['2023-05-02', '2023-5-2', 'Shareholders vote.'],
      ['2023-06-01', '2023. 6. 1.', 'The merger completes.'],
      ['2023-06-09', '2023.6.9', 'Cuts are announced.'],
      ['2023-06-12', '2023-06-12T10:00Z', 'The new board meets.'],
    ]);
  });
});

describe('a day in figures as Central Europe writes it', () => {
  it('reads the month closed by a dot (`14.2. –`) and a weekday before the figures (`Mon., 6.3. –`, `Wed., 8.11.2023 –`)', () => {
    const text =
      'The bridge\n\nIt was closed for months.\n\n3.2.2023 – Cracks are found.\n\n14.2. – The bridge is closed to cyclists.\n\nMon., 6.3. – Stewards count people on and off.\n\n17.4. – A ferry starts.\n\nWed., 8.11.2023 – Load tests are carried out.\n\n13.11. – The bridge reopens.\n';
    expect(events(text).map((d) => [d.date, d.dateText])).toEqual([
      ['2023-02-03', '3.2.2023'],
      ['2023-02-14', '14.2.'],
      ['2023-03-06', 'Mon., 6.3.'],
      ['2023-04-17', '17.4.'],
      ['2023-11-08', 'Wed., 8.11.2023'],
      ['2023-11-13', '13.11.'],
    ]);
  });

  it('reads days closed by a dot as days though each could be a time, with no full date among them', () => {
    const text = 'The festival\n\nIt ran all summer.\n\n10.05. – Tickets go on sale.\n\n11.06. – The line-up is announced.\n\n12.07. – The gates open.\n';
    expect(events(text).map((d) => d.dateText)).toEqual(['10.05.', '11.06.', '12.07.']);
    // Without the dot they run in order as times too: a live blog's, no days.
    expect(events(text.replaceAll('. –', ' –'))).toEqual([]);
  });

  it('reads such a day alone over its entry: on a line of its own, in a heading, in bold', () => {
    const text = 'The bridge\n\nIt was closed in 2023.\n\n14.2.\nThe bridge closes.\n\nMon., 6.3.\n\nStewards count people.\n\n17.4.\nA ferry starts.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-02-14', '14.2.', 'The bridge closes.'],
      ['2023-03-06', 'Mon., 6.3.', 'Stewards count people.'],
      ['2023-04-17', '17.4.', 'A ferry starts.'],
    ]);
    const html =
      '<article><h1>The bridge</h1><p>It was closed in 2023.</p><h3>14.2.</h3><p>The bridge closes.</p><h3>Mon., 6.3.</h3><p>Stewards count people.</p><ul><li><b>28.4.</b> A petition.</li><li><b>3.7.</b> Repairs begin.</li></ul></article>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([
      ['2023-02-14', 'The bridge closes.'],
      ['2023-03-06', 'Stewards count people.'],
      ['2023-04-28', 'A petition.'],
      ['2023-07-03', 'Repairs begin.'],
    ]);
  });

  it('reads a sentence opening `On` with such a date as an entry: `On 14.2.2023, the city …`, `On 6.3., stewards …`', () => {
    const text =
      'The bridge\n\nIt was closed in 2023.\n\n3.2.2023 – Cracks are found.\n\nOn 14.2.2023, the city closed the bridge to cyclists.\n\nOn 6.3., stewards were posted.\n\n17.4. – A ferry starts.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-02-03', '3.2.2023', 'Cracks are found.'],
      ['2023-02-14', '14.2.2023', 'On 14.2.2023, the city closed the bridge to cyclists.'],
      ['2023-03-06', '6.3.', 'On 6.3., stewards were posted.'],
      ['2023-04-17', '17.4.', 'A ferry starts.'],
    ]);
  });

  it('reads a day in figures before a gloss of when: `12.5., the day after the petition –`', () => {
    const text = 'The bridge\n\nIt was closed for months in 2023.\n\n11.5. – A petition calls for a pontoon.\n\n12.5., the day after the petition – The council rejects the plan.\n\n3.7. – Repairs begin.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2023-05-11', '11.5.', 'A petition calls for a pontoon.'],
      ['2023-05-12', '12.5.', 'the day after the petition – The council rejects the plan.'],
      ['2023-07-03', '3.7.', 'Repairs begin.'],
    ]);
  });
});

describe('a day in figures joined by dashes, with its year', () => {
  it('dates its entry in the article’s order, as slashes do: `11-4-2023 –` day first, `4-11-2023 –` month first', () => {
    const dayFirst = 'The strike\n\nIt went on.\n\n1-4-2023 – Workers walk out.\n\n11-4-2023 – Talks begin.\n\n14-4-2023 – A deal is struck.\n';
    expect(events(dayFirst).map((d) => [d.date, d.dateText])).toEqual([
      ['2023-04-01', '1-4-2023'],
      ['2023-04-11', '11-4-2023'],
      ['2023-04-14', '14-4-2023'],
    ]);
    const monthFirst = 'The strike\n\nIt went on.\n\n4-1-2023 – Workers walk out.\n\n4-11-2023 – Talks begin.\n\n5-1-2023 – A deal is struck.\n';
    expect(events(monthFirst).map((d) => d.date)).toEqual(['2023-04-01', '2023-04-11', '2023-05-01']);
  });
});

describe('a typed double hyphen as the separator', () => {
  it('dates its entry, the text kept as typed: `April 8, 2023 -- Workers march`, and an aside between them stays a sentence', () => {
    const text =
      'The strike\n\nIt went on.\n\n1 April 2023 -- Workers walk out.\n\nApril 8, 2023 -- Workers march -- and sing.\n\nMay -- A vote is held.\n\nJune 4 -- the day it ended -- was long.\n\nJune 9 -- The strike ends.\n';
    expect(events(text).map((d) => [d.date ?? d.month, d.dateText, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2023-04-01', '1 April 2023', 'Workers walk out.'],
      ['2023-04-08', 'April 8, 2023', 'Workers march -- and sing.'],
      ['2023-05', 'May', 'A vote is held. June 4 -- the day it ended -- was long.'],
      ['2023-06-09', 'June 9', 'The strike ends.'],
    ]);
  });
});

describe('a date in brackets opening a paragraph', () => {
  it('dates its entry, with or without a separator: `[8 April 2023] Workers march`, `(April 10, 2023): …`; not `(AP) —` nor `(2019)`', () => {
    const text =
      'The strike\n\nIt went on in 2023.\n\n[1 April 2023] Workers walk out.\n\n(9 April 2023) Talks open.\n\n(April 10, 2023): A vote is held.\n\n(AP) — The union said it would return.\n\n(2019) The report said so.\n\n[April 12] — The strike ends.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2023-04-01', '1 April 2023', 'Workers walk out.'],
      ['2023-04-09', '9 April 2023', 'Talks open.'],
      ['2023-04-10', 'April 10, 2023', 'A vote is held. (AP) — The union said it would return. (2019) The report said so.'],
      ['2023-04-12', 'April 12', 'The strike ends.'],
    ]);
  });
});

describe('a range of ordinal days', () => {
  it('dates its entry by the first: `From the 20th to the 22nd of April –`', () => {
    const text = 'The strike\n\nIt went on in 2023.\n\nThe 1st of April 2023 – Workers walk out.\n\nFrom the 20th to the 22nd of April – Talks are held.\n\n23rd-24th April – The strike ends.\n';
    expect(events(text).map((d) => [d.date, d.dateText])).toEqual([
      ['2023-04-01', 'The 1st of April 2023'],
      ['2023-04-20', 'From the 20th to the 22nd of April'],
      ['2023-04-23', '23rd-24th April'],
    ]);
  });
});

describe('a weekday written after its date', () => {
  it('tells the year as a weekday before it does: `14 March (Tuesday)`, `17 March (Fri.)`, `20 March, a Monday` after `since 2019` are of 2023', () => {
    const text = 'The strike\n\nIt went on, the worst since 2019.\n\n14 March (Tuesday) – Workers walk out.\n\n17 March (Fri.) – Talks open.\n\n20 March, a Monday – A vote is held.\n';
    expect(events(text).map((d) => d.date)).toEqual(['2023-03-14', '2023-03-17', '2023-03-20']);
    const html =
      '<article><h1>The line</h1><p>The dispute has run since 2019.</p><ul><li><strong>Jan. 12 (Thu.)</strong> Cuts are announced.</li><li><strong>Feb. 3 (Fri.)</strong> Residents object.</li><li><strong>Feb. 20 (Mon.)–21 (Tue.)</strong> Hearings are held.</li><li><strong>April 1 (Sat.)</strong> The timetable takes effect.</li></ul></article>';
    expect(parseHtml(html).filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2023-01-12', '2023-02-03', '2023-02-20', '2023-04-01']);
  });
});

describe('a page’s date stamped year first', () => {
  it('dates a timeline whose prose names no year: `2024.03.02` under the byline, `Published 2024/3/2 09:15`', () => {
    const text = 'Chronology: the Minami line dispute\n\nBy Aiko Mori\n2024.03.02\n\nThe dispute over the rail line has run for months.\n\nJan. 12 – The operator announces cuts.\n\nFeb. 3 – Residents object.\n\nFeb. 28 – The plan is withdrawn.\n';
    expect(events(text).map((d) => d.date)).toEqual(['2024-01-12', '2024-02-03', '2024-02-28']);
    const published = text.replace('By Aiko Mori\n2024.03.02', 'By Aiko Mori | Published 2024/3/2 09:15');
    expect(events(published).map((d) => d.date)).toEqual(['2024-01-12', '2024-02-03', '2024-02-28']);
  });

  it('reads a Central European stamp day first: `By Katrin Albers | 14.11.2023`', () => {
    const text = 'The bridge\n\nBy Katrin Albers | 14.11.2023\n\nThe bridge was closed for months.\n\n14.2. – The bridge closes.\n\n17.4. – A ferry starts.\n\n13.11. – The bridge reopens.\n';
    expect(events(text).map((d) => d.date)).toEqual(['2023-02-14', '2023-04-17', '2023-11-13']);
  });
});

describe('fixture: dates-footbridge-closure.txt (a translated local story, its days in Central European figures)', () => {
  const { title, documents } = parseArticle(fixture('dates-footbridge-closure.txt'), { slug: 'dates-footbridge-closure', format: 'text' });
  const entries = documents.filter((d) => d.type === 'event');

  it('reads every entry on its day, its date’s figures as written', () => {
    expect(title).toBe('Timeline: how the Rheinau footbridge came to be closed for nine months');
    expect(TimelineDocumentListSchema.safeParse(documents).success).toBe(true);
    expect(entries.map((d) => [d.date, d.dateText])).toEqual([
      ['2023-02-03', '3.2.2023'],
      ['2023-02-14', '14.2.'],
      ['2023-03-06', 'Mon., 6.3.'],
      ['2023-03-21', '21.3.2023, 9 a.m.'],
      ['2023-03-28', '28.3.'],
      ['2023-04-17', '17.4.'],
      ['2023-05-11', 'Thu., 11.5.'],
      ['2023-05-12', '12.5.'],
      ['2023-07-03', '3.7.'],
      ['2023-09-29', '29.9.'],
      ['2023-11-08', 'Wed., 8.11.2023'],
      ['2023-11-13', '13.11.'],
    ]);
  });

  it('keeps each entry’s own text, the gloss of when included', () => {
    expect(entries[1]!.text).toBe('The city closes the bridge to cyclists and allows no more than 50 pedestrians on it at any one time.');
    expect(entries[7]!.text).toBe('the day after the petition – The council rejects the pontoon plan as too expensive and too slow to build.');
    expect(entries[3]!.minuteOfDay).toBe(540);
  });

  it('dates the quotations by their entries and names their speakers', () => {
    const quotes = documents.filter((d) => d.type === 'quote');
    expect(quotes.map((d) => [d.speaker, d.date])).toEqual([
      ['Markus Vogt', '2023-03-21'],
      ['Ursula Keller', '2023-09-29'],
    ]);
  });
});
