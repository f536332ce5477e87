/**
 * Whether a year given by hand (`--year`) agrees with the weekdays the timeline names: `Tuesday
 * 14 March` is a Monday in 2022, so `--year 2022` on such a diary shifts every date. The parser
 * weighs weekdays when it infers a year itself; a year given by hand overrides that, so the CLI
 * says when the calendar disagrees, and which year would agree. Pure: documents in, a message out.
 */
import type { TimelineDocument } from '../core/schema.ts';
import { weekdayOf } from './parse/dates.ts';

/** How far either side of the given year another year that fits every weekday is looked for. */
const YEARS_AROUND = 12;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface NamedWeekday {
  dateText: string;
  year: number;
  month: number;
  day: number;
  weekday: number;
}

/** The weekday of a date `shift` years from its own (a 29 February in a common year is none). */
function weekdayAfter(named: NamedWeekday, shift: number): number | null {
  const date = new Date(Date.UTC(named.year + shift, named.month - 1, named.day));
  return date.getUTCDate() === named.day ? date.getUTCDay() : null;
}

/**
 * A warning when most events that name their weekday fall on another day in `year` (the year of
 * the last entry given by hand); null when they agree, or when fewer than two name one (a single
 * weekday can be a slip). Offers the nearest year that fits them all.
 */
export function weekdaysDisagreeWith(documents: readonly TimelineDocument[], year: number): string | null {
  const named: NamedWeekday[] = [];
  for (const document of documents) {
    if (document.type !== 'event' || !document.date || !document.dateText) continue;
    const weekday = weekdayOf(document.dateText);
    if (weekday === null) continue;
    const [entryYear, month, day] = document.date.split('-').map(Number) as [number, number, number];
    named.push({ dateText: document.dateText, year: entryYear, month, day, weekday });
  }
  const missed = named.filter((entry) => weekdayAfter(entry, 0) !== entry.weekday);
  if (named.length < 2 || missed.length * 2 <= named.length) return null;
  const first = missed[0]!;
  const shifts = Array.from({ length: YEARS_AROUND }, (_, index) => index + 1).flatMap((distance) => [-distance, distance]);
  const fitting = shifts.find((shift) => named.every((entry) => weekdayAfter(entry, shift) === entry.weekday));
  const instead = fitting === undefined ? '' : `; --year ${year + fitting} fits them all`;
  return (
    `--year ${year}: ${missed.length} of the ${named.length} entries that name a weekday fall on another day ` +
    `("${first.dateText}" is a ${WEEKDAY_NAMES[weekdayAfter(first, 0)!]} in ${first.year})${instead}`
  );
}
