/**
 * plainMonthDayYear reads `June 16, 2016` off its characters instead of PLAIN_MONTH_DAY_YEAR: it
 * must give the pattern's fields for every text the pattern matches, and nothing for any other.
 */
import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, PLAIN_MONTH_DAY_YEAR, plainMonthDayYear } from '../../ingest/parse/dates.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

/** The fields as the pattern gives them (month by its place among MONTH_NAMES), or null. */
function asPattern(text: string): { month: number; day: number; year: number } | null {
  const match = PLAIN_MONTH_DAY_YEAR.exec(text);
  return match ? { month: MONTH_NAMES.indexOf(match[1]!) + 1, day: Number(match[2]), year: Number(match[3]) } : null;
}

/** A generator of pseudo-random numbers, the same at every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

function candidates(): string[] {
  const texts: string[] = [];
  const years = ['2016', '1000', '1999', '2000', '2199', '2200', '0999', '3016', '999', '20166', '２０１６'];
  const days = ['1', '9', '01', '10', '31', '32', '99', '00', '0', '123', '', ' 1', '1 ', '٣'];
  const months = [...MONTH_NAMES, 'june', 'JUNE', 'Jun', 'Sept', 'Junes', 'Mayy', 'Ma', 'Octobe', ' June', 'Juneteenth'];
  for (const month of months) for (const day of days) for (const year of years) texts.push(`${month} ${day}, ${year}`);
  for (const month of MONTH_NAMES) {
    texts.push(`${month} 16,2016`, `${month}  16, 2016`, `${month} 16 , 2016`, `${month} 16, 2016.`, `${month} 16, 2016 `, ` ${month} 16, 2016`, `${month}-16, 2016`, `${month} 16. 2016`, `${month} 16;, 2016`, `x${month} 16, 2016`, `${month}\u00a016, 2016`, `${month} 16,\u00a02016`);
  }
  // Every single change of a valid date: a character dropped, doubled or replaced.
  const random = seeded(30);
  const alphabet = 'JFMASOND aeiouyrbglhtcvp0123456789,.-/ ';
  for (const month of MONTH_NAMES) {
    for (const valid of [`${month} 7, 2016`, `${month} 16, 1999`, `${month} 30, 2101`]) {
      for (let at = 0; at < valid.length; at += 1) {
        texts.push(valid.slice(0, at) + valid.slice(at + 1), valid.slice(0, at) + valid[at] + valid.slice(at));
        for (let trial = 0; trial < 6; trial += 1) texts.push(valid.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + valid.slice(at + 1));
      }
    }
  }
  return [...texts, ...fixtureLines(), '', 'May', '1, 2016', ', 2016'];
}

describe('plainMonthDayYear (PLAIN_MONTH_DAY_YEAR read off the characters)', () => {
  it('reads the plain dates', () => {
    expect(plainMonthDayYear('June 16, 2016')).toEqual({ month: 6, day: 16, year: 2016 });
    expect(plainMonthDayYear('May 1, 1999')).toEqual({ month: 5, day: 1, year: 1999 });
    expect(plainMonthDayYear('September 09, 2199')).toEqual({ month: 9, day: 9, year: 2199 });
    expect(plainMonthDayYear('February 30, 2021')).toEqual({ month: 2, day: 30, year: 2021 });
    expect(plainMonthDayYear('June 16, 2200')).toBeNull();
    expect(plainMonthDayYear('June 16 2016')).toBeNull();
    expect(plainMonthDayYear('Jun 16, 2016')).toBeNull();
    expect(plainMonthDayYear('June 160, 2016')).toBeNull();
  });
  it('answers as the pattern on every candidate text', () => {
    const texts = candidates();
    let matched = 0;
    for (const text of texts) {
      const expected = asPattern(text);
      if (expected) matched += 1;
      expect(plainMonthDayYear(text), text).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(500);
  });
});
