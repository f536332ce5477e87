/** Date readings of timeline articles never seen before (session 23, dates). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
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

describe('`On 9 February the …` among dated entries', () => {
  const timeline = '8 February 2024 – Talks collapse.\n\nOn 9 February the union announces a ballot. Members vote within a week.\n\n15 February 2024 – The result is declared.\n\nOn March 3 the first walkout begins.\n\n10 March 2024 – Talks resume.\n\nOn 12 March the union meets again.\n';

  it('is an entry of its own between dated entries, or running on from the last, the sentence kept whole', () => {
    expect(events(`Strike\n\n${timeline}`).map((d) => [d.date, d.dateText, d.text.slice(0, 30)])).toEqual([
      ['2024-02-08', '8 February 2024', 'Talks collapse.'],
      ['2024-02-09', '9 February', 'On 9 February the union announ'],
      ['2024-02-15', '15 February 2024', 'The result is declared.'],
      ['2024-03-03', 'March 3', 'On March 3 the first walkout b'],
      ['2024-03-10', '10 March 2024', 'Talks resume.'],
      ['2024-03-12', '12 March', 'On 12 March the union meets ag'],
    ]);
  });

  it('is a sentence of narrative outside a timeline, or after it past a break', () => {
    expect(parseText('A story\n\nThe union met.\n\nOn 9 February the union announces a ballot.\n\nIt was a long year.\n').map((d) => d.type)).toEqual(['passage', 'passage', 'passage']);
    const after = parseText(`Strike\n\n${timeline}\n\n\nOn 20 March the town will find out.\n`).at(-1)!;
    expect([after.type, after.text]).toEqual(['passage', 'On 20 March the town will find out.']);
  });

  it('stays in the entry of its own day', () => {
    expect(events('Strike\n\n8 February 2024 – Talks collapse.\n\nOn 8 February the union also walks out.\n\n15 February 2024 – A result.\n').map((d) => d.date)).toEqual(['2024-02-08', '2024-02-15']);
  });
});

describe('weekdays written short or with their date in brackets, and a time given as about', () => {
  const text = 'Festival week\n\nSat 4 May 2024 – Gates open.\n\nSun. 5 – The headliner cancels.\n\nMon 6 May – Refunds begin.\n\nSunday (June 9) – The organisers apologise.\n\nMonday 10 June 2024 – The council meets.\n\nAround 3pm\nThe chief executive resigns.\n\nShortly after 6pm – Police arrive.\n\nTuesday (11 June)\n\nA review is ordered.\n';

  it('reads `Sun. 5 –` from the day before, `Sunday (June 9)` by its bracketed date, `Around 3pm` as the day’s time', () => {
    expect(events(text).map((d) => [d.date, d.minuteOfDay, d.dateText, d.text])).toEqual([
      ['2024-05-04', null, 'Sat 4 May 2024', 'Gates open.'],
      ['2024-05-05', null, 'Sun. 5', 'The headliner cancels.'],
      ['2024-05-06', null, 'Mon 6 May', 'Refunds begin.'],
      ['2024-06-09', null, 'Sunday (June 9)', 'The organisers apologise.'],
      ['2024-06-10', null, 'Monday 10 June 2024', 'The council meets.'],
      ['2024-06-10', 900, 'Monday 10 June 2024, 3pm', 'The chief executive resigns.'],
      ['2024-06-10', 1080, 'Monday 10 June 2024, 6pm', 'Police arrive.'],
      ['2024-06-11', null, 'Tuesday (11 June)', 'A review is ordered.'],
    ]);
  });

  it('leaves `Around 40 people …` and `Friday 10am:` as they were', () => {
    const after = events(`${text}\nAround 40 people were there.\n`).at(-1)!;
    expect(after.text).toBe('A review is ordered.\n\nAround 40 people were there.');
    expect(events('Week\n\nThursday 9 May 2024 – A vote.\n\nFriday 10am: The count.\n').map((d) => [d.date, d.minuteOfDay])).toEqual([['2024-05-09', null], ['2024-05-10', 600]]);
  });
});

describe('days in figures and weeks by the day they commence', () => {
  it('reads `11.07.19` day first with its short year, and `30.09` after it as a day and month', () => {
    const text = 'Club timeline\n\n02.07.19 – Pre-season training starts.\n\n11.07.19 – The striker signs.\n\n30.09 – The manager is sacked.\n\n14.10\n\nA new manager arrives.\n';
    expect(events(text).map((d) => [d.date, d.dateText])).toEqual([
      ['2019-07-02', '02.07.19'], ['2019-07-11', '11.07.19'], ['2019-09-30', '30.09'], ['2019-10-14', '14.10'],
    ]);
  });

  it('reads `3/28` month first, and `04/03` day first where the article’s order says so', () => {
    expect(events('Budget\n\nThe 2024 budget went badly.\n\n3/14 – Published.\n\n3/28 – The vote fails.\n\n4/2 – A second vote.\n').map((d) => d.date)).toEqual(['2024-03-14', '2024-03-28', '2024-04-02']);
    expect(events('Budget\n\nThe 2024 budget went badly.\n\n04/03 – Published.\n\n11/03 – The vote fails.\n\n28/03 – A second vote.\n').map((d) => d.date)).toEqual(['2024-03-04', '2024-03-11', '2024-03-28']);
  });

  it('leaves a thread’s counted posts (`1/4: …`, `2/4: …`) as text', () => {
    expect(parseText('Thread\n\nA thread.\n\n1/4: The council met.\n\n2/4: It voted.\n\n3/4: Anger.\n').map((d) => d.type)).toEqual(['passage', 'passage', 'passage', 'passage']);
  });

  it('keeps a live blog’s dotted times under their day, and a lone fraction as text', () => {
    expect(events('Budget live\n\n14 March 2024\n\n10.05 — The chancellor arrives.\n\n10.12 — He speaks.\n').map((d) => [d.date, d.minuteOfDay])).toEqual([['2024-03-14', 605], ['2024-03-14', 612]]);
    expect(parseText('Survey\n\nHalf of residents agree.\n\n1/2 – the board said no.\n').map((d) => d.type)).toEqual(['passage', 'passage']);
  });

  it('dates `w/c 20 May`, `Week of May 27`, `week commencing 3 June 2024` by the day the week commences', () => {
    const text = 'Roadworks\n\nw/c 13 May – Lane closures begin.\n\nw/c 20 May – The bridge shuts.\n\nWeek of May 27 – Buses diverted.\n\nweek commencing 3 June 2024 – Works finish.\n';
    expect(events(text).map((d) => [d.date, d.dateText])).toEqual([
      ['2024-05-13', 'w/c 13 May'], ['2024-05-20', 'w/c 20 May'], ['2024-05-27', 'Week of May 27'], ['2024-06-03', 'week commencing 3 June 2024'],
    ]);
  });
});

describe('a season standing alone as an entry’s label', () => {
  it('dates `Winter`, `Spring`, `Summer –` after dated entries by their year, running into the next after winter', () => {
    const text = 'Park history\n\nAutumn 2020\nThe council buys the land.\n\nWinter\n\nThe plans are drawn.\n\nSpring\n\nPlanting begins.\n\nSummer – The park opens.\n\nLate autumn\n\nThe pond freezes over.\n';
    expect(events(text).map((d) => [d.year, d.month, d.dateText, d.text])).toEqual([
      [2020, null, 'Autumn 2020', 'The council buys the land.'],
      [2020, null, 'Winter', 'The plans are drawn.'],
      [2021, null, 'Spring', 'Planting begins.'],
      [2021, null, 'Summer', 'The park opens.'],
      [2021, null, 'Late autumn', 'The pond freezes over.'],
    ]);
  });

  it('is a heading before any dated entry', () => {
    expect(parseText('Park\n\nSummer\n\nThe park is busy.\n\nIt rains a lot.\n').map((d) => [d.type, d.section])).toEqual([['passage', 'Summer'], ['passage', 'Summer']]);
  });
});

describe('a closing section’s label after the timeline', () => {
  const timeline = 'Strike timeline\n\n8 February 2024 – Talks collapse.\n\n10 March 2024 – Talks resume.\n';
  const after = (documents: ReturnType<typeof parseText>) => documents.filter((d) => d.type !== 'event').map((d) => [d.type, d.section, d.text]);

  it('ends the timeline with a colon, or on a line of its own right under the last entry', () => {
    const documents = parseText(`${timeline}\nBackground:\n\nThe dispute began in 2022.\n\nWhat happens next:\nThe union will meet.\n`);
    expect(documents.filter((d) => d.type === 'event').at(-1)!.text).toBe('Talks resume.');
    expect(after(documents)).toEqual([['passage', 'Background', 'The dispute began in 2022.'], ['passage', 'What happens next', 'The union will meet.']]);
    expect(after(parseText('Strike\n\n- 8 February 2024 – Talks collapse.\n- 10 March 2024 – Talks resume.\nThe aftermath\nThe town is quieter now.\n'))).toEqual([['passage', 'The aftermath', 'The town is quieter now.']]);
  });

  it.each(['What happens now', 'The road ahead', 'What to watch', 'Key facts', 'Reaction'])('ends it at `%s` too', (label) => {
    expect(after(parseText(`${timeline}${label}\nThe union will meet.\n`))).toEqual([['passage', label, 'The union will meet.']]);
  });

  it('ends it in HTML too, bold or plain', () => {
    const html = '<html><body><article><h1>Strike timeline</h1><p><strong>8 February 2024</strong> – Talks collapse.</p><p><strong>10 March 2024</strong> – Talks resume.</p><p><strong>What happens next</strong></p><p>The union will meet again.</p><p>Aftermath</p><p>The town is quieter.</p></article></body></html>';
    expect(after(parseArticle(html, { slug: 'h', format: 'html' }).documents)).toEqual([['passage', 'What happens next', 'The union will meet again.'], ['passage', 'Aftermath', 'The town is quieter.']]);
  });

  it('leaves a wrapped paragraph’s last word in its paragraph', () => {
    expect(parseText(`${timeline}\nThe report took the remarks out of\ncontext\n`).filter((d) => d.type === 'event').at(-1)!.text).toBe('Talks resume.\n\nThe report took the remarks out of context');
  });
});

describe('a fixture’s count before its date', () => {
  it('reads `Matchday 1 – 10 August 2024: …`, `Round 3 (24 August 2024): …` and a `Round 12 – Saturday 2 November` heading as dated entries, the count kept', () => {
    const text = 'Season so far\n\nMatchday 1 – 10 August 2024: City beat Rovers 2-0.\n\nMatchday 2, 17 August 2024 – A draw at home.\n\nRound 3 (24 August 2024): City lose away.\n\nRound 12 – Saturday 2 November\n\nA derby win.\n';
    expect(parseText(text).map((d) => [d.type, d.date, d.dateText, d.text])).toEqual([
      ['event', '2024-08-10', '10 August 2024', 'Matchday 1: City beat Rovers 2-0.'],
      ['event', '2024-08-17', '17 August 2024', 'Matchday 2: A draw at home.'],
      ['event', '2024-08-24', '24 August 2024', 'Round 3: City lose away.'],
      ['event', '2024-11-02', 'Saturday 2 November', 'Round 12\n\nA derby win.'],
    ]);
  });
});

describe('a weekday before a date in figures, and weekdays that contradict their date', () => {
  it('reads `Tue 14/03/2024 –` and `Sat 18/03/24` alone, and lets the weekday tell the order (`Fri 05/04/2024` is 5 April)', () => {
    expect(events('Protest week\n\nTue 12/03/2024 – Marchers gather.\n\nWed 13/03/2024 – Police disperse.\n\nSat 16/03/24\n\nA rally.\n').map((d) => [d.date, d.dateText])).toEqual([
      ['2024-03-12', 'Tue 12/03/2024'], ['2024-03-13', 'Wed 13/03/2024'], ['2024-03-16', 'Sat 16/03/24'],
    ]);
    expect(events('Talks\n\nFri 05/04/2024 – Talks.\n\nSat 06/04/2024 – More talks.\n').map((d) => d.date)).toEqual(['2024-04-05', '2024-04-06']);
  });

  it('keeps the explicit date when its weekday is wrong (14 March 2024 was a Thursday)', () => {
    expect(events('Protest week\n\nMonday 11 March 2024 – Marchers gather.\n\nTuesday 14 March 2024 – Police disperse.\n\nTue 14/03/2024 – A curfew.\n').map((d) => [d.date, d.dateText])).toEqual([
      ['2024-03-11', 'Monday 11 March 2024'], ['2024-03-14', 'Tuesday 14 March 2024'], ['2024-03-14', 'Tue 14/03/2024'],
    ]);
  });
});

describe('a label line alone over its entry’s paragraph', () => {
  const entry = (label: string) => events(`Flood\n\n8 February 2024 – Rain.\n\n${label}\nThe river rises overnight.\n\n20 February 2024 – Sun.\n`)[1]!;

  it.each([
    ['9 February 2024 (Friday)', '2024-02-09'],
    ['9 February 2024 – Friday', '2024-02-09'],
    ['14 February, Wednesday', '2024-02-14'],
    ['9 February 2024 — morning', '2024-02-09'],
    ['Friday 9th', '2024-02-09'],
    ['Saturday', '2024-02-10'],
  ])('dates `%s` and keeps the paragraph under it as the entry’s', (label, date) => {
    expect([entry(label).date, entry(label).dateText, entry(label).text]).toEqual([date, label, 'The river rises overnight.']);
  });

  it('leaves a weekday that opens a sentence after the date in the entry', () => {
    expect(events('Flood\n\n8 February 2024 – Rain.\n\n9 February 2024 – Friday was wet.\n').map((d) => d.text)).toEqual(['Rain.', 'Friday was wet.']);
  });
});

describe('a never-seen timeline of repairs (dates-reservoir-works.txt)', () => {
  const source = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'dates-reservoir-works.txt'), 'utf8');
  const documents = parseArticle(source, { slug: 'reservoir', format: 'text' }).documents;

  it('dates every entry as written, from a range of months to a season and a time given as about', () => {
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date ?? d.month ?? d.year, d.minuteOfDay, d.dateText])).toEqual([
      ['2023-03', null, 'March–April 2023'],
      ['2023-05-15', null, 'w/c 15 May 2023'],
      [2023, null, 'Summer'],
      ['2023-09-12', 900, '12 September 2023 – 3pm'],
      ['2023-09-19', null, '19 September'],
      ['2023-10-03', null, 'Tue 3 October 2023'],
      ['2023-10-08', null, 'Sun. 8'],
      ['2023-10-09', null, '9 October 2023 (Monday)'],
      ['2023-10-09', 1080, '9 October 2023 (Monday), 6pm'],
      [2023, null, 'Winter'],
      ['2024-06', null, 'June to August 2024'],
    ]);
  });

  it('keeps the quotations with their entries and speakers, and the closing section as a passage', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.date, d.speaker])).toEqual([['2023-09-19', 'Ruth Oyelaran'], ['2023-10-09', 'Glenys Marlowe']]);
    const last = documents.at(-1)!;
    expect([last.type, last.section, last.text.slice(0, 30)]).toEqual(['passage', 'What happens next', 'The council says it will publi']);
  });
});

describe('a range of hours after a date', () => {
  it('keeps the date and the range, timed by its first hour: `12 March 2024 – 3pm-5pm: …`', () => {
    expect(events('Council\n\n12 March 2024 – 3pm-5pm: The council debates.\n13 March 2024, 9am–11am: A vote.\n').map((d) => [d.date, d.minuteOfDay, d.dateText, d.text])).toEqual([
      ['2024-03-12', 900, '12 March 2024 – 3pm-5pm', 'The council debates.'],
      ['2024-03-13', 540, '13 March 2024, 9am–11am', 'A vote.'],
    ]);
  });
});

describe('ranges of months said in words', () => {
  it('dates `From May to July 2020:` and `August 2020 to January 2021 –` by their first month', () => {
    expect(events('Drought\n\nJanuary 2020 – Reservoirs fall.\n\nFrom May to July 2020: Dry.\n\nAugust 2020 to January 2021 – A long winter.\n\nFrom 3 to 5 June 2022: A festival.\n').map((d) => [d.date ?? d.month, d.dateText, d.text])).toEqual([
      ['2020-01', 'January 2020', 'Reservoirs fall.'],
      ['2020-05', 'From May to July 2020', 'Dry.'],
      ['2020-08', 'August 2020 to January 2021', 'A long winter.'],
      ['2022-06-03', 'From 3 to 5 June 2022', 'A festival.'],
    ]);
  });
});

describe('one day in figures among entries dated in full in the same figures', () => {
  it('reads `14.10` among `02.07.19` entries and `3/28` among `3/14/2024` ones', () => {
    expect(events('Club\n\n02.07.19 – Training starts.\n\n11.07.19 – The striker signs.\n\n14.10 – A new manager.\n\n03.01.20 – Window opens.\n').map((d) => d.date)).toEqual(['2019-07-02', '2019-07-11', '2019-10-14', '2020-01-03']);
    expect(events('Budget\n\n3/14/2024 – Published.\n\n3/28 – The vote fails.\n\n4/2/2024 – A second vote.\n').map((d) => d.date)).toEqual(['2024-03-14', '2024-03-28', '2024-04-02']);
  });

  it('leaves one dotted time under a day written in words as a time', () => {
    expect(events('Budget live\n\n14 March 2024\n\n10.05 — The chancellor arrives.\n\n15 March 2024 — Reaction.\n').map((d) => [d.date, d.minuteOfDay])).toEqual([['2024-03-14', 605], ['2024-03-15', null]]);
  });
});

describe('one fixture’s count among dated entries, and a count alone over its date', () => {
  it('reads `Matchday 1 – 10 August 2024: …` alone among dated entries, and `Matchday 2` over its date line', () => {
    const text = 'Season\n\n3 August 2024 – A friendly lost.\n\nMatchday 1 – 10 August 2024: City beat Rovers 2-0.\n\n14 August 2024 – A signing.\n\nMatchday 2\nSaturday 17 August 2024\nA draw at home.\n';
    expect(events(text).map((d) => [d.date, d.dateText, d.text])).toEqual([
      ['2024-08-03', '3 August 2024', 'A friendly lost.'],
      ['2024-08-10', '10 August 2024', 'Matchday 1: City beat Rovers 2-0.'],
      ['2024-08-14', '14 August 2024', 'A signing.'],
      ['2024-08-17', 'Saturday 17 August 2024', 'Matchday 2\n\nA draw at home.'],
    ]);
  });
});

describe('seasons under a year’s heading', () => {
  it('take the heading’s year: `2022` / `Winter` is winter 2022, not the winter after summer 2021', () => {
    const text = 'Park history\n\nThe park has a long story.\n\n2021\n\nSpring\n\nPlanting begins.\n\nSummer\n\nThe park opens.\n\n2022\n\nWinter\n\nThe pond freezes.\n\nSpring\n\nA fair.\n';
    expect(events(text).map((d) => [d.year, d.dateText, d.text])).toEqual([
      [2021, 'Spring', 'Planting begins.'], [2021, 'Summer', 'The park opens.'], [2022, 'Winter', 'The pond freezes.'], [2022, 'Spring', 'A fair.'],
    ]);
  });
});

describe('a timeline written one entry a line', () => {
  it('parts `On 14 July the …` and `Mon. 15 – …` from the line above, as it parts dated lines', () => {
    const text = 'Fire\n\nFri 12 July 2024 – 00:15: The first call is made.\nSat 13 July – Residents are moved.\nOn 14 July the council opens a rest centre.\nMon. 15 – The building is declared unsafe.\n';
    expect(events(text).map((d) => [d.date, d.text])).toEqual([
      ['2024-07-12', 'The first call is made.'],
      ['2024-07-13', 'Residents are moved.'],
      ['2024-07-14', 'On 14 July the council opens a rest centre.'],
      ['2024-07-15', 'The building is declared unsafe.'],
    ]);
  });
});

describe('a table pasted as text dated by days in figures', () => {
  it('reads `3/14<tab>…` and `| 30.09 | … |` rows as entries of those days', () => {
    expect(events('Budget\n\nThe 2024 budget was a saga.\n\nDate\tEvent\n3/14\tBudget published\n3/28\tVote fails\n').map((d) => [d.date, d.text])).toEqual([['2024-03-14', 'Budget published'], ['2024-03-28', 'Vote fails']]);
    expect(events('Club\n\nThe 2019 season.\n\n| Date | Event |\n|---|---|\n| 30.09 | Manager sacked |\n| 14.10 | New manager |\n').map((d) => [d.date, d.text])).toEqual([['2019-09-30', 'Manager sacked'], ['2019-10-14', 'New manager']]);
  });
});

describe('days told from an entry whose weekday contradicts its date', () => {
  it('count in the writer’s weekdays: `Wednesday` after `Tuesday 14 March 2024` (a Thursday) is the 15th, the explicit date kept', () => {
    const text = 'Protest\n\nMonday 11 March 2024 – Marchers gather.\n\nTuesday 14 March 2024 – Police disperse the crowd.\n\nWednesday – Talks begin.\n\nFriday – Talks end.\n';
    expect(events(text).map((d) => [d.date, d.dateText])).toEqual([
      ['2024-03-11', 'Monday 11 March 2024'], ['2024-03-14', 'Tuesday 14 March 2024'], ['2024-03-15', 'Wednesday'], ['2024-03-17', 'Friday'],
    ]);
  });
});

describe('dotted figures that could be days or times', () => {
  it('are a live blog’s times on the page’s day when they run in order as times', () => {
    const text = 'Budget live\n\nBy Ann Lee\nWednesday 14 March 2024\n\n10.05 — The chancellor arrives.\n\n10.12 — He speaks.\n\n11.03 — He leaves.\n';
    expect(events(text).map((d) => [d.date, d.minuteOfDay])).toEqual([['2024-03-14', 605], ['2024-03-14', 612], ['2024-03-14', 663]]);
  });

  it('are days when they run in order as days only', () => {
    const text = 'Club\n\nThe 2019 season.\n\n12.08 – Season opens.\n\n21.09 – Manager sacked.\n\n14.10 – New manager.\n\n02.11 – First win.\n';
    expect(events(text).map((d) => d.date)).toEqual(['2019-08-12', '2019-09-21', '2019-10-14', '2019-11-02']);
  });
});

describe('noon and midnight given as about', () => {
  it('reads `Shortly after midnight –` and `Around noon` inside a dated day as its times', () => {
    const text = 'Fire\n\nFri 12 July 2024 – The alarm is raised.\n\nShortly after midnight – Police arrive.\n\nAround noon\nThe fire is out.\n';
    expect(events(text).map((d) => [d.date, d.minuteOfDay, d.text])).toEqual([
      ['2024-07-12', null, 'The alarm is raised.'], ['2024-07-12', 0, 'Police arrive.'], ['2024-07-12', 720, 'The fire is out.'],
    ]);
  });
});

describe('a time after a date and a dash, with no separator of its own', () => {
  it('reads `12 March 2024 – 3pm The council votes` and `- 10:30 The mayor …` as the day’s times; a count stays text', () => {
    const text = 'Council\n\n12 March 2024 – 3pm The council votes.\n\n13 March 2024 - 10:30 The mayor resigns.\n\n14 March 2024 – 12 councillors resign.\n';
    expect(events(text).map((d) => [d.date, d.minuteOfDay, d.dateText, d.text])).toEqual([
      ['2024-03-12', 900, '12 March 2024 – 3pm', 'The council votes.'],
      ['2024-03-13', 630, '13 March 2024 - 10:30', 'The mayor resigns.'],
      ['2024-03-14', null, '14 March 2024', '12 councillors resign.'],
    ]);
  });
});
