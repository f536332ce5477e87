/**
 * Dates told from the entry before them: a day named without its month (`Tuesday —`, `18th:`), a
 * moment later (`Two days later`), in a timeline told oldest or newest first. Pure date arithmetic
 * for timeline.ts; a year the article leaves out is counted as a common year.
 */
import type { Block } from './blocks.ts';
import { MONTH_NAMES, weekdayOf, type DayLabel, type ParsedDate } from './dates.ts';

/** The year a date without one is counted in: a common year, 2001. */
const COMMON_YEAR = 2001;

/**
 * The date a day label names after the entry before it: the next such weekday (`Tuesday` after
 * Monday 6 November 2023), or that day of the month (`18th` under March 2021, the month after when
 * the day has passed). Null when it cannot be told: a weekday needs the day and year before it.
 */
export function dateOfDayLabel(label: DayLabel, before: ParsedDate, newestFirst = false): ParsedDate | null {
  if (before.month === null) return null;
  const text = label.text;
  if (label.day !== null) {
    if (label.day < 1 || label.day > 31) return null;
    // Past the day before it, the month turns: forward, or back in a timeline told newest first.
    const turns = before.day !== null && (newestFirst ? label.day >= before.day : label.day <= before.day);
    const month = !turns ? before.month : newestFirst ? ((before.month + 10) % 12) + 1 : (before.month % 12) + 1;
    const crossesYear = turns && (newestFirst ? month === 12 : month === 1);
    const year = before.year === null ? null : crossesYear ? before.year + (newestFirst ? -1 : 1) : before.year;
    return { year, month, day: label.day, text: label.time ? `${text}, ${label.time}` : text };
  }
  if (before.day === null || label.weekday === null) return null;
  // Without its year, the day before is placed by the weekday its own text names (`Friday 16
  // August`, then `Tuesday —`), in a common year as the rest of this file counts. With its year
  // too: a writer whose `Tuesday 14 March 2024` was a Thursday means the day after by `Wednesday`,
  // not the Wednesday a week on; the explicit date stays as written.
  // A day label's own text is its weekday alone (`Wednesday`), the frame the next label counts in.
  const namedWeekday = weekdayOf(`${before.text} `);
  if (before.year === null && namedWeekday === null) return null;
  const from = new Date(Date.UTC(before.year ?? COMMON_YEAR, before.month - 1, before.day));
  const fromWeekday = namedWeekday ?? from.getUTCDay();
  // `Friday 12 March — …`, then `Friday, 4pm: …` or `Friday night —`: the same day, later on.
  const step = newestFirst ? (fromWeekday - label.weekday + 7) % 7 : (label.weekday - fromWeekday + 7) % 7;
  const ahead = (step || (label.time || label.partOfDay ? 0 : 7)) * (newestFirst ? -1 : 1);
  const date = new Date(Date.UTC(before.year ?? COMMON_YEAR, before.month - 1, before.day + ahead));
  return { year: before.year === null ? null : date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), text };
}

/** An article saying it runs newest first: `Latest first.`, `Most recent updates first`, `in reverse chronological order`. */
const NEWEST_FIRST = /\b(?:latest|newest|most recent)\s+(?:(?:posts?|updates?|entries|events)\s+)?(?:at the top|first)\b|\breverse[- ]chronological\b/i;
/**
 * A word every such saying holds: NEWEST_FIRST, its word boundaries and alternatives tried at every
 * character of every short block, is asked only of the few blocks holding one (half the time).
 */
const NEWEST_FIRST_WORD = /first|top|chronological/i;

/**
 * True when a timeline is told newest first: it says so (`Latest first.`), or most of its full
 * dates that follow each other step back in time.
 */
export function tellsNewestFirst(blocks: Block[], dates: Array<ParsedDate | null>): boolean {
  if (blocks.some((block) => block.text.length < 200 && NEWEST_FIRST_WORD.test(block.text) && NEWEST_FIRST.test(block.text))) return true;
  // A loop, not flatMap: V8's flatMap took some 30 µs an article over its blocks' dates.
  const keys: number[] = [];
  for (const date of dates) if (date?.year && date.month && date.day) keys.push(date.year * 10_000 + date.month * 100 + date.day);
  let [back, forward] = [0, 0];
  for (let index = 1; index < keys.length; index += 1) {
    if (keys[index]! < keys[index - 1]!) back += 1;
    else if (keys[index]! > keys[index - 1]!) forward += 1;
  }
  return back > forward;
}

/** `days` after a date with its day (the label as its text); null without a day to count from. */
export function laterDate(date: ParsedDate, days: number, text: string): ParsedDate | null {
  if (date.month === null || date.day === null) return null;
  const later = new Date(Date.UTC(date.year ?? COMMON_YEAR, date.month - 1, date.day + days));
  return { year: date.year === null ? null : later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: later.getUTCDate(), text };
}

/** The day after a full date (`14 January 2023` → `15 January 2023`), written out; null without its day and month. */
export function nextDay(date: ParsedDate): ParsedDate | null {
  const next = laterDate(date, 1, '');
  return next && { ...next, text: writtenOut(next) };
}

/** A date with its day and month as an article would write it: `15 January 2023`, `15 January`. */
export function writtenOut(date: Omit<ParsedDate, 'text'>): string {
  return `${date.day} ${MONTH_NAMES[date.month! - 1]}${date.year === null ? '' : ` ${date.year}`}`;
}
