/**
 * Years for entries that omit them. An entry's own year (or a year heading above it) wins.
 * Otherwise entries run forward: a month earlier than the previous entry's starts a new year (a
 * timeline written newest first is read in time order).
 * With no year stated anywhere in the timeline, the last entry takes the `--year` option, else
 * the latest year the article's text names ("the 2016 election"), and the rest count back.
 */

export interface EntryMonth {
  /** Null for a year-only entry, which always states its year. */
  month: number | null;
  /** The year the entry states (its own or its year heading's), or null. */
  statedYear: number | null;
}

export function assignYears(entries: EntryMonth[], anchors: { yearOption?: number | undefined; latestYearNamed: number | null }): Array<number | null> {
  // A timeline written newest first runs backward: read it in time order, then put it back.
  if (newestFirst(entries)) return assignYearsInOrder([...entries].reverse(), anchors).reverse();
  return assignYearsInOrder(entries, anchors);
}

/**
 * True when the entries mostly step back in time: each pair of neighbours compared by year and
 * month when both state a year, by month when neither does (across a pair that mixes the two, the
 * comparison would guess).
 */
function newestFirst(entries: EntryMonth[]): boolean {
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

function assignYearsInOrder(entries: EntryMonth[], anchors: { yearOption?: number | undefined; latestYearNamed: number | null }): Array<number | null> {
  const years: Array<number | null> = entries.map((entry) => entry.statedYear);
  if (!entries.length) return years;
  const lastIndex = entries.length - 1;
  if (years[lastIndex] === null) {
    const anyStated = years.some((year) => year !== null);
    if (anchors.yearOption !== undefined) years[lastIndex] = anchors.yearOption;
    else if (!anyStated && anchors.latestYearNamed !== null) years[lastIndex] = anchors.latestYearNamed;
  }
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
