/**
 * Years for entries that omit them. An entry's own year (or a year heading above it) wins.
 * Otherwise entries run forward: a month earlier than the previous entry's starts a new year (a
 * timeline written newest first is read in time order).
 * With no year stated anywhere in the timeline, the last entry takes the `--year` option, else
 * the latest year the article's text names (`the 2016 election`), and the rest count back. That
 * year can be the timeline's first rather than its last, when the entries run into a year the
 * prose never names, so the dates the prose names with their year vote against it: an anchor a
 * year or two later (or one earlier) wins only if it puts more of them on an entry's day (`a text
 * dated March 2, 2017` about the `Mar 2` entry), or as many and more on an entry's month
 * (`warned in November 2019`). Years named alone decide nothing more: `the 2019 agreement` can
 * be the last entry's year or the first's.
 */

export interface EntryMonth {
  /** Null for a year-only entry, which always states its year. */
  month: number | null;
  /** The year the entry states (its own or its year heading's), or null. */
  statedYear: number | null;
  /** Null or absent when the entry names no day. */
  day?: number | null;
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
}

export function assignYears(entries: EntryMonth[], anchors: YearAnchors): Array<number | null> {
  // A timeline written newest first runs backward: read it in time order, then put it back.
  if (newestFirst(entries)) return assignYearsInOrder([...entries].reverse(), anchors).reverse();
  return assignYearsInOrder(entries, anchors);
}

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
  let forward = 0;
  let backward = 0;
  for (let index = 1; index < entries.length; index += 1) {
    const [before, after] = [entries[index - 1]!, entries[index]!];
    if (before.month === null || after.month === null || (before.statedYear === null) !== (after.statedYear === null)) continue;
    const step = ((after.statedYear ?? 0) - (before.statedYear ?? 0)) * 12 + after.month - before.month;
    if (step > 0) forward += 1;
    else if (step < 0) backward += 1;
  }
  return backward >= 2 && backward > forward;
}

function assignYearsInOrder(entries: EntryMonth[], anchors: YearAnchors): Array<number | null> {
  const years: Array<number | null> = entries.map((entry) => entry.statedYear);
  if (!entries.length) return years;
  const lastIndex = entries.length - 1;
  if (years[lastIndex] === null) {
    const anyStated = years.some((year) => year !== null);
    if (anchors.yearOption !== undefined) years[lastIndex] = anchors.yearOption;
    else if (!anyStated && anchors.yearsNamed.length) {
      // Years relative to the last entry's, then shifted to the anchor the article's evidence picks.
      years[lastIndex] = 0;
      const relative = countYears(entries, years) as number[];
      const anchor = likeliestAnchor(entries, relative, anchors);
      return relative.map((offset) => offset + anchor);
    }
  }
  return countYears(entries, years);
}

/**
 * The last entry's year the article's evidence argues for best, in this order: named dates on an
 * entry's day, events named by their year on the one year of the entries that tell them, named
 * months on an entry's month.
 */
function likeliestAnchor(entries: EntryMonth[], relative: number[], anchors: YearAnchors): number {
  const latestYearNamed = Math.max(...anchors.yearsNamed);
  const datesNamed = anchors.datesNamed ?? [];
  const eventAnchors = eventsNamedAnchors(entries, relative, anchors.eventsNamed ?? []);
  if (!datesNamed.length && !eventAnchors.length) return latestYearNamed;
  const entryDays = new Set(entries.map((entry, index) => `${relative[index]}-${entry.month}-${entry.day ?? null}`));
  const entryMonths = new Set(entries.map((entry, index) => `${relative[index]}-${entry.month}`));
  const score = (anchor: number) => {
    let onDays = 0;
    let onMonths = 0;
    for (const { year, month, day } of datesNamed) {
      if (day !== null && entryDays.has(`${year - anchor}-${month}-${day}`)) onDays += 1;
      if (entryMonths.has(`${year - anchor}-${month}`)) onMonths += 1;
    }
    return [onDays, eventAnchors.filter((implied) => implied === anchor).length, onMonths];
  };
  const better = (a: number[], b: number[]) => {
    const differing = a.findIndex((value, index) => value !== b[index]);
    return differing >= 0 && a[differing]! > b[differing]!;
  };
  let best = latestYearNamed;
  let bestScore = score(best);
  for (const anchor of [latestYearNamed + 1, latestYearNamed - 1, latestYearNamed + 2]) {
    const candidate = score(anchor);
    if (better(candidate, bestScore)) [best, bestScore] = [anchor, candidate];
  }
  return best;
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
  return entry.month !== null && other.month !== null && entry.month < other.month;
}
