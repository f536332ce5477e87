/** The twenty-sixth session's second round: timeline structure and dates (Roman months, movable feasts, bullets). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/config.ts';
import { parseLeadingDate, parseStandaloneDate } from '../../ingest/parse/dates.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
/** Each document's type, date (or month, or year) and date text. */
const dated = (text: string) => parseText(text).map((d) => [d.type, d.date ?? d.month ?? d.year, d.dateText]);

describe('months in Roman numerals', () => {
  it('dates entries by a Roman month, with its year or by chronology', () => {
    const text = 'Flood on the Morava\n\n14.IV.2023 – The river rises above the warning mark at Brno.\n\n15 IV 2023: Villages downstream are evacuated by the army.\n\n16-IV-2023 – Rain stops for the first time in a week.\n\n3.XI. – The last families return home.\n';
    expect(dated(text)).toEqual([
      ['event', '2023-04-14', '14.IV.2023'],
      ['event', '2023-04-15', '15 IV 2023'],
      ['event', '2023-04-16', '16-IV-2023'],
      ['event', '2023-11-03', '3.XI.'],
    ]);
    expect(parseStandaloneDate('15. IV. 2023')).toMatchObject({ day: 15, month: 4, year: 2023 });
    expect(parseStandaloneDate('3.XI.')).toMatchObject({ day: 3, month: 11, year: null });
  });

  it('keeps a time after a Roman month’s date, and a spaced day is no numbered item', () => {
    const text = 'Flood on the Morava\n\n14.IV.2023, 14:30 – The river rises.\n\n15.IV.2023 – 9am The army arrives.\n\n15. IV. 2023, 18.00 GMT: Dusk falls on the camps.\n';
    expect(parseText(text).map((d) => [d.date, d.dateText, d.minuteOfDay, d.text])).toEqual([
      ['2023-04-14', '14.IV.2023, 14:30', 870, 'The river rises.'],
      ['2023-04-15', '15.IV.2023 – 9am', 540, 'The army arrives.'],
      ['2023-04-15', '15. IV. 2023, 18.00 GMT', 1080, 'Dusk falls on the camps.'],
    ]);
    // A list numbered in figures over Roman parts stays a list of text.
    expect(parseText('Report\n\n1. I. Introduction\n\n2. II. Method\n').map((d) => [d.type, d.text])).toEqual([['passage', 'I. Introduction'], ['passage', 'II. Method']]);
  });

  it('reads a Roman month’s date opening a sentence after On, the sentence kept whole', () => {
    const docs = parseText('Flood on the Morava\n\n14.IV.2023 – The river rises.\n\nOn 15.IV.2023, the army arrives in Brno.\n\nOn 16 iv 2023, the rain stops.\n');
    expect(docs.map((d) => [d.date, d.text])).toEqual([
      ['2023-04-14', 'The river rises.'],
      ['2023-04-15', 'On 15.IV.2023, the army arrives in Brno.\n\nOn 16 iv 2023, the rain stops.'],
    ]);
  });

  it('reads no Roman numeral of ordinary text as a month', () => {
    for (const text of ['World War II – The front moves east', 'Henry VIII: A life', 'Part IV: The inquiry', 'II. The second part', '1. I. Introduction', '2 X 4 – A plank', '31.II.2023 – No such day']) {
      expect(parseLeadingDate(text)).toBeNull();
    }
    expect(parseStandaloneDate('1. I.')).toBeNull();
    expect(parseStandaloneDate('World War II')).toBeNull();
  });
});

describe('movable feasts without their year', () => {
  it('dates Good Friday, Easter Monday and Whit Monday by the computus in the year the timeline is in', () => {
    const text = 'Spring floods\n\nMarch 30, 2024 – Rain starts over the hills.\n\nGood Friday: The river bursts its banks.\n\nEaster Monday – Volunteers fill sandbags.\n\nWhit Monday – The last road reopens.\n\nChristmas Eve – Power returns to the valley.\n';
    expect(dated(text)).toEqual([
      ['event', '2024-03-30', 'March 30, 2024'],
      ['event', '2024-03-29', 'Good Friday'],
      ['event', '2024-04-01', 'Easter Monday'],
      ['event', '2024-05-20', 'Whit Monday'],
      ['event', '2024-12-24', 'Christmas Eve'],
    ]);
    // The year from the prose, as for any entry without its own: Easter 2019 was 21 April.
    expect(dated('Floods of 2019\n\nIn 2019 the river rose.\n\nGood Friday: The river bursts its banks.\n\nEaster Monday – Volunteers fill sandbags.\n').slice(1)).toEqual([
      ['event', '2019-04-19', 'Good Friday'],
      ['event', '2019-04-22', 'Easter Monday'],
    ]);
  });

  it('counts no day from a feast whose year is not written: undated, not misdated', () => {
    const docs = parseText('Holiday floods\n\nMarch 20, 2024 – Rain starts.\n\nEaster Monday – Volunteers arrive.\n\nThe next day – Schools shut.\n');
    expect(docs.map((d) => [d.date, d.month, d.dateApproximate])).toEqual([['2024-03-20', '2024-03', false], ['2024-04-01', '2024-04', false], [null, '2024-04', true]]);
  });

  it('leaves a feast undated when no year is known, and a feast in a sentence as text', () => {
    const docs = parseText('Spring floods\n\nGood Friday: The river bursts its banks.\n\nEaster Monday – Volunteers fill sandbags.\n');
    expect(docs.map((d) => [d.type, d.date, d.dateText])).toEqual([['event', null, 'Good Friday'], ['event', null, 'Easter Monday']]);
    expect(parseLeadingDate('Good Friday was quiet. Then it rained.')).toBeNull();
    expect(parseLeadingDate('Easter – The town fills with visitors')).toBeNull();
    expect(parseLeadingDate('Palm Sunday – the start of Holy Week – saw crowds')).toBeNull();
    expect(parseLeadingDate('Easter Monday 2023 – Sandbags')?.date).toMatchObject({ year: 2023, month: 4, day: 10 });
  });
});

describe('bullets set with shapes', () => {
  it('reads ■, ►, ◆ and ▲ as bullets, as • is', () => {
    const text = 'Strike timeline\n\nHow the dispute unfolded:\n\n■ 12 March 2024 – The union balloted its members.\n■ 20 March 2024 – The first walkout closes the port.\n► 2 April 2024: Talks resume at Acas.\n◆ 5 April 2024 – Pickets stand down.\n▲ 9 April 2024 – A deal is signed.\n';
    expect(dated(text).slice(1)).toEqual([
      ['event', '2024-03-12', '12 March 2024'],
      ['event', '2024-03-20', '20 March 2024'],
      ['event', '2024-04-02', '2 April 2024'],
      ['event', '2024-04-05', '5 April 2024'],
      ['event', '2024-04-09', '9 April 2024'],
    ]);
    expect(parseText(text)[1]!.text).toBe('The union balloted its members.');
  });

  it('keeps an arrow before a figure as text: a market report’s rise or fall', () => {
    const docs = parseText('Market week\n\nShares of the operator:\n\n▲ 2.3% on the day the deal was signed.\n▼ 1.1% the week before.\n');
    expect(docs.map((d) => d.text)).toContain('▲ 2.3% on the day the deal was signed. ▼ 1.1% the week before.');
    for (const line of ['▲ 12% in a day, the best since March.', '▲ 140 points by the close.', '▲ +5 on the week.']) {
      expect(parseText(`Market week\n\nThe index:\n\n${line}\n`).at(-1)!.text).toBe(line);
    }
  });
});

describe('a Central European flood timeline (timeline-morava-spring-flood.txt)', () => {
  const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'timeline-morava-spring-flood.txt'), 'utf8');
  const docs = parseText(text);
  const events = docs.filter((d) => d.type === 'event');

  it('dates ■ items by Roman months and by the feasts of the year they run in', () => {
    expect(events.map((d) => [d.date, d.dateText])).toEqual([
      ['2024-03-27', '27.III.2024'],
      ['2024-03-29', 'Good Friday'],
      ['2024-03-30', 'Holy Saturday'],
      ['2024-04-01', 'Easter Monday'],
      ['2024-04-03', '3.IV.2024, 06:00'],
      ['2024-04-04', '4.IV.'],
      ['2024-04-09', '9.IV.'],
      ['2024-04-15', '15.IV.'],
      ['2024-05-20', 'Whit Monday'],
      ['2024-06-18', '18.VI.2024'],
    ]);
    expect(events[3]!.text).toBe('About 600 volunteers fill 12,000 sandbags along the Bystřička.');
    expect(events[4]!.minuteOfDay).toBe(360);
  });

  it('keeps the narrative and a figure after ▲ as passages', () => {
    const passages = docs.filter((d) => d.type === 'passage').map((d) => d.text);
    expect(passages[0]).toMatch(/^The Morava rose faster this spring/);
    expect(passages.at(-1)).toBe('▲ 2.3% was the rise in the price of flood cover in the district when policies were renewed in July.');
  });
});
