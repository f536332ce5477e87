/**
 * Years for entries that omit them. An entry's own year (or a year heading above it) wins.
 * Otherwise entries run forward: a month earlier than the previous entry's starts a new year (a
 * timeline written newest first is read in time order).
 * With no year stated anywhere in the timeline, the last entry takes the `--year` option, else
 * the latest year the article's text names (`the 2016 election`; not a target, `its 2030
 * net-zero target`), and the rest count back, unless the article's evidence argues for another
 * year (likeliestAnchor): that latest year can be the timeline's first rather than its last, when
 * the entries run into a year the prose never names. A timeline whose prose names no year takes
 * the page's own date (page-date.ts): its entries on or before it, or just ahead of it (yearFromPage).
 * Weekdays (`Tuesday 14 March`) are the calendar's evidence, and outweigh the prose's.
 */

import { datesNamed as datesNamedIn } from './dates.ts';

export interface EntryMonth {
  /** Null for a year-only entry, which always states its year. */
  month: number | null;
  /** The year the entry states (its own or its year heading's), or null. */
  statedYear: number | null;
  /** Null or absent when the entry names no day. */
  day?: number | null;
  /** The month a season's year-only date is ordered by (`Autumn 2020` 9, then `Spring` 3 runs into the next year). */
  seasonMonth?: number | null;
  /** 0 (Sunday) to 6 when the entry's date names its weekday (`Tuesday 14 March`). */
  weekday?: number | null;
  /** The entry's words, for the events the prose names by their year. */
  text?: string;
}

/** An event the prose names by its year (`the 2019 agreement`): the year and a word of its name. */
export interface EventNamed {
  year: number;
  word: string;
}

/** A date the article's prose names with its year: `March 2, 2017` or `November 2019` (day null). */
export interface DateNamed {
  year: number;
  month: number;
  day: number | null;
}

export interface YearAnchors {
  yearOption?: number | undefined;
  /** Every four-digit year the article's text names. */
  yearsNamed: number[];
  datesNamed?: DateNamed[];
  eventsNamed?: EventNamed[];
  /** When the prose says the story began: its first entry (of that month, if named) is then. */
  beginningsNamed?: Array<{ year: number; month: number | null }>;
  /** How many years before the page's date the article's title says its story began (`Ten years on`). */
  yearsAgo?: number | null;
  /** The date the page says it was published. */
  pageDate?: PageDay | null;
}

export function assignYears(entries: EntryMonth[], anchors: YearAnchors): Array<number | null> {
  // A timeline written newest first runs backward: read it in time order, then put it back.
  const years = newestFirst(entries) ? assignYearsInOrder([...entries].reverse(), anchors).reverse() : assignYearsInOrder(entries, anchors);
  // Thousands of entries without a year counted back (or on) from one: beyond the years a date
  // can have, the count is no reading of the article, so those entries keep no year.
  return years.map((year) => (year !== null && (year < FIRST_YEAR || year > LAST_YEAR) ? null : year));
}

/** The years a date can have (dates.ts reads 1000–2199). */
const [FIRST_YEAR, LAST_YEAR] = [1000, 2199];

/**
 * True when the first and last entries that state a year run back in time, or, when they cannot
 * tell, the entries mostly step back: each pair of neighbours compared by year and month when
 * both state a year, by month when neither does (across a pair that mixes the two, the
 * comparison would guess).
 */
function newestFirst(entries: EntryMonth[]): boolean {
  // The entries that state their year decide when they disagree in order: `February 3, 2024` at
  // the top and `October 1, 2023` at the bottom is newest first, whatever the months between do.
  const stated = entries.filter((entry) => entry.statedYear !== null);
  if (stated.length >= 2) {
    const [first, last] = [stated[0]!, stated.at(-1)!];
    const step = (last.statedYear! - first.statedYear!) * 12 + (last.month ?? 0) - (first.month ?? 0);
    if (step !== 0) return step < 0;
  }
  // Steps by month decide; steps by day within a month only when the months alone cannot (a
  // diary grouped newest month first lists each month's days in order).
  const votes = { forward: 0, backward: 0, dayForward: 0, dayBackward: 0 };
  for (let index = 1; index < entries.length; index += 1) {
    const [before, after] = [entries[index - 1]!, entries[index]!];
    if (before.month === null || after.month === null || (before.statedYear === null) !== (after.statedYear === null)) continue;
    const step = before.statedYear === null ? monthStepWithoutYears(before, after) : (after.statedYear! - before.statedYear!) * 12 + after.month - before.month;
    if (step > 0) votes.forward += 1;
    else if (step < 0) votes.backward += 1;
    else if (before.day && after.day && after.day !== before.day) votes[after.day > before.day ? 'dayForward' : 'dayBackward'] += 1;
  }
  if (votes.backward >= 2 && votes.backward > votes.forward) return true;
  if (votes.forward >= votes.backward && votes.forward > 0) return false;
  const [backward, forward] = [votes.backward + votes.dayBackward, votes.forward + votes.dayForward];
  return backward >= 2 && backward > forward;
}

/**
 * The step in months between neighbouring entries without their years, across the turn of a year
 * the short way (`1 January` then `31 December` steps back in a live blog told newest first, not
 * on eleven months).
 */
function monthStepWithoutYears(before: EntryMonth, after: EntryMonth): number {
  if (before.month === 1 && after.month === 12) return -1;
  if (before.month === 12 && after.month === 1) return 1;
  return after.month! - before.month!;
}

function assignYearsInOrder(entries: EntryMonth[], anchors: YearAnchors): Array<number | null> {
  const years: Array<number | null> = entries.map((entry) => entry.statedYear);
  if (!entries.length) return years;
  const lastIndex = entries.length - 1;
  if (years[lastIndex] === null) {
    const anyStated = years.some((year) => year !== null);
    if (anchors.yearOption !== undefined) years[lastIndex] = anchors.yearOption;
    else if (!anyStated && (anchors.yearsNamed.length || anchors.pageDate)) {
      // Years relative to the last entry's, then shifted to the anchor the article's evidence picks.
      years[lastIndex] = 0;
      const relative = countYears(entries, years) as number[];
      const anchor = likeliestAnchor(entries, relative, anchors);
      return relative.map((offset) => offset + anchor);
    }
  }
  return countYears(entries, years);
}

type PageDay = { year: number; month: number; day: number };
const DAY = 86_400_000;

/**
 * The last entry's year from the page's date: the latest that puts it on or before the date (`Dec
 * 30` on a page of 2 January 2024 is 2023), with a week's grace for a live blog's last posts;
 * but the year that puts every entry just ahead of it, within three months, as a page listing the
 * key dates to come does (`30 May`, `4 July` on a page of 23 May 2024).
 */
function yearFromPage(entries: EntryMonth[], relative: number[], date: PageDay): number {
  const page = Date.UTC(date.year, date.month - 1, date.day);
  const dayOf = (anchor: number, index: number) => Date.UTC(anchor + relative[index]!, (entries[index]!.month ?? 1) - 1, entries[index]!.day ?? 1);
  // A preview: the first year that puts the first entry after the page, when that keeps the first
  // within two months of it and the last within three (January's dates on a page of 18 December
  // are the next year's; a season or a year in review that starts just after the page is a recap).
  const ahead = [date.year - 1, date.year, date.year + 1].find((anchor) => dayOf(anchor, 0) > page)!;
  if (dayOf(ahead, 0) - page <= 62 * DAY && dayOf(ahead, entries.length - 1) - page <= 92 * DAY) return ahead;
  return dayOf(date.year, entries.length - 1) <= page + 7 * DAY ? date.year : date.year - 1;
}

/**
 * The last entry's year when the title says the story is `years` back: the one that puts the
 * first entry on or before the page's date that many years earlier, with a month's grace (`Ten
 * years on` on a page of 3 January 2025, its first entry `27 December`, is 2014).
 */
function yearFromYearsAgo(entries: EntryMonth[], relative: number[], date: PageDay, years: number): number {
  const then = Date.UTC(date.year - years, date.month - 1, date.day);
  const firstYear = Date.UTC(date.year - years, (entries[0]!.month ?? 1) - 1, entries[0]!.day ?? 1) <= then + 31 * DAY ? date.year - years : date.year - years - 1;
  return firstYear - relative[0]!;
}

/**
 * Weekdays the entries name, and how many of them a year for the last entry gives their days
 * (`Tuesday 14 March` in 2023, not 2024).
 */
function weekdayCheck(entries: EntryMonth[], relative: number[]): { named: number; met: (anchor: number) => number } {
  const weekdays = entries.flatMap((entry, index) =>
    entry.weekday != null && entry.month !== null && entry.day ? [{ index, month: entry.month, day: entry.day, weekday: entry.weekday }] : [],
  );
  const met = (anchor: number) =>
    weekdays.filter(({ index, month, day, weekday }) => new Date(Date.UTC(anchor + relative[index]!, month - 1, day)).getUTCDay() === weekday).length;
  return { named: weekdays.length, met };
}

/** How far back weekdays the page's year contradicts are looked for (`Ten years on`, told by its days). */
const YEARS_BACK_FOR_WEEKDAYS = 40;

/**
 * The last entry's year when the prose names none, only the page its date: the page's year (or
 * the years its title says the story is back, `Ten years on`: its first entry that many years
 * before the page, its later ones running up to it), unless the weekdays the entries name deny it,
 * then the nearest year to the page that gives every one of them, or the latest before it (a
 * retrospective told by its days).
 */
function anchorFromPage(entries: EntryMonth[], relative: number[], page: PageDay, yearsAgo: number | null, weekdays: ReturnType<typeof weekdayCheck>): number {
  const fromPage = yearsAgo ? yearFromYearsAgo(entries, relative, page, yearsAgo) : yearFromPage(entries, relative, page);
  // Weekdays deny that year only when two at least are named and most do not fit: one can be a slip.
  if (weekdays.named < 2 || weekdays.met(fromPage) * 2 >= weekdays.named) return fromPage;
  const near = [page.year, page.year + 1, page.year - 1].map((year) => year - relative.at(-1)!);
  for (const anchor of near) if (weekdays.met(anchor) === weekdays.named) return anchor;
  for (let anchor = fromPage - 1; anchor >= fromPage - YEARS_BACK_FOR_WEEKDAYS; anchor -= 1) if (weekdays.met(anchor) === weekdays.named) return anchor;
  return fromPage;
}

/**
 * The last entry's year the article's evidence argues for best: the latest year named, one or
 * two years after it, or the year the page's date gives it. Each piece of evidence implies the
 * anchors that would make it true, and they weigh in this order:
 * 0. the weekdays the entries name, which only the right year gives their days;
 * 1. a date the prose names on an entry's very day (`a text dated March 2, 2017`, the `Mar 2`
 *    entry), or an entry's own words dating something up to a week before it (`4 March: … the
 *    letter, dated 3 March 2019`);
 * 2. when the prose says the story began (`began in the summer of 2018`): its first entry then;
 * 3. an event named by its year, told by the entries of one year only;
 * 4. a month the prose names with its year on an entry's month.
 * The latest year named wins ties.
 */
function likeliestAnchor(entries: EntryMonth[], relative: number[], anchors: YearAnchors): number {
  const weekdays = weekdayCheck(entries, relative);
  if (!anchors.yearsNamed.length) return anchorFromPage(entries, relative, anchors.pageDate!, anchors.yearsAgo ?? null, weekdays);
  // A loop, not `Math.max(...years)`: a long article names more years than a call takes arguments.
  const latestYearNamed = anchors.yearsNamed.reduce((latest, year) => Math.max(latest, year), -Infinity);
  const datesNamed = anchors.datesNamed ?? [];
  const impliedBy = (date: DateNamed, matches: (entry: EntryMonth) => boolean) =>
    new Set(entries.flatMap((entry, index) => (matches(entry) ? [date.year - relative[index]!] : [])));
  const onDays = [
    ...datesNamed.flatMap((date) => [...impliedBy(date, (entry) => date.day !== null && entry.month === date.month && entry.day === date.day)]),
    ...entries.flatMap((entry, index) =>
      datesNamedIn(entry.text ?? '')
        .filter(({ month, day }) => entry.day && day !== null && month === entry.month && entry.day - day >= 0 && entry.day - day <= 7)
        .map(({ year }) => year - relative[index]!),
    ),
  ];
  const beginnings = (anchors.beginningsNamed ?? []).flatMap(({ year, month }) => {
    const first = month === null ? 0 : entries.findIndex((entry) => entry.month === month);
    return first < 0 ? [] : [year - relative[first]!];
  });
  const events = eventsNamedAnchors(entries, relative, anchors.eventsNamed ?? []);
  const onMonths = datesNamed.flatMap((date) => [...impliedBy(date, (entry) => entry.month === date.month)]);
  const evidence = [onDays, beginnings, events, onMonths];
  // Last of all, and so only between years the rest leaves tied: the page's date, when a year puts
  // the last entry within a month before it (a week after, for a live blog's last posts). A post of
  // 18 March 2024 whose diary runs `Mon 4 Mar` to `Fri 15 Mar` tells those weeks, whatever its
  // `money troubles since 2019` says (both years give those weekdays).
  const page = anchors.pageDate;
  const last = entries.at(-1)!;
  const endsJustBeforePage = (anchor: number) => {
    if (!page || !last.month || !last.day) return 0;
    const before = Date.UTC(page.year, page.month - 1, page.day) - Date.UTC(anchor + relative.at(-1)!, last.month - 1, last.day);
    return before >= -7 * DAY && before <= 31 * DAY ? 1 : 0;
  };
  const score = (anchor: number) => [weekdays.met(anchor), ...evidence.map((implied) => implied.filter((other) => other === anchor).length), endsJustBeforePage(anchor)];
  const better = (a: number[], b: number[]) => {
    const differing = a.findIndex((value, index) => value !== b[index]);
    return differing >= 0 && a[differing]! > b[differing]!;
  };
  let best = latestYearNamed;
  let bestScore = score(best);
  // Only later years, and the page's own: the evidence corrects a latest year named that is the
  // timeline's first, not its last. Earlier dates and years in the prose are mostly background
  // (`the company began in 2019`, `since the 2019 protests`, `the lease signed on July 1, 1996`),
  // and a move back on them was wrong far more often than right. The page's year wins on the
  // evidence too (`since 1971` in a live blog of `Tuesday 14 March` on a page dated 2023), and is
  // weighed first, so that a later year that only ties with it does not.
  const fromPage = anchors.pageDate ? [yearFromPage(entries, relative, anchors.pageDate)] : [];
  for (const anchor of [...fromPage, latestYearNamed + 1, latestYearNamed + 2]) {
    const candidate = score(anchor);
    if (better(candidate, bestScore)) [best, bestScore] = [anchor, candidate];
  }
  return weekdays.named >= 2 && weekdays.met(best) * 2 < weekdays.named ? (laterYearOfWeekdays(best, weekdays, page) ?? best) : best;
}

/** How far after the latest year named weekdays are looked for: a day's weekday comes back within eleven years. */
const YEARS_ON_FOR_WEEKDAYS = 11;

/**
 * When most of the weekdays the entries name deny every year the prose argues for (`Tuesday 14
 * March`, `Friday 24 March` in a story whose prose names only `since 2019`): the first later year
 * that gives them all, up to the page's year after its own when the page has a date. The years
 * named are mostly background (`since 2019`), so the story is after them, never before; two
 * weekdays at least, since one can be a slip.
 */
function laterYearOfWeekdays(best: number, weekdays: ReturnType<typeof weekdayCheck>, page: PageDay | null | undefined): number | null {
  const lastYear = page ? Math.min(best + YEARS_ON_FOR_WEEKDAYS, page.year + 1) : best + YEARS_ON_FOR_WEEKDAYS;
  for (let anchor = best + 1; anchor <= lastYear; anchor += 1) if (weekdays.met(anchor) === weekdays.named) return anchor;
  return null;
}

/**
 * For each event named by its year whose word the entries use in one year of the timeline only
 * (`the 2019 world championships`, and `The world championships open in Doha.`), the last entry's
 * year that puts that entry in the named year.
 */
function eventsNamedAnchors(entries: EntryMonth[], relative: number[], eventsNamed: EventNamed[]): number[] {
  const implied: number[] = [];
  const texts = entries.map((entry) => entry.text?.toLowerCase() ?? '');
  for (const { year, word } of eventsNamed) {
    const telling = new RegExp(`(?<![\\p{L}-])${word.replace(/[^a-z-]/g, '')}(?![\\p{L}-])`, 'u');
    const offsets = new Set(relative.filter((_offset, index) => telling.test(texts[index]!)));
    if (offsets.size === 1) implied.push(year - [...offsets][0]!);
  }
  return implied;
}

/** Fills the years left null by chronology from the first one known, forward and back. */
function countYears(entries: EntryMonth[], stated: Array<number | null>): Array<number | null> {
  const years = [...stated];
  const firstKnown = years.findIndex((year) => year !== null);
  if (firstKnown === -1) return years;

  for (let index = firstKnown + 1; index < entries.length; index += 1) {
    if (years[index] !== null) continue;
    const previous = years[index - 1]!;
    years[index] = monthsBefore(entries[index]!, entries[index - 1]!) ? previous + 1 : previous;
  }
  for (let index = firstKnown - 1; index >= 0; index -= 1) {
    const next = years[index + 1]!;
    years[index] = monthsBefore(entries[index + 1]!, entries[index]!) ? next - 1 : next;
  }
  return years;
}

/** True when `entry` names an earlier month than `other`; a year-only entry orders nothing. */
function monthsBefore(entry: EntryMonth, other: EntryMonth): boolean {
  const [month, otherMonth] = [entry.month ?? entry.seasonMonth ?? null, other.month ?? other.seasonMonth ?? null];
  return month !== null && otherMonth !== null && month < otherMonth;
}
