/**
 * Blocks → the article's structure: passages before the timeline, the timeline's entries, and
 * passages after it. An entry starts at a date standing alone or opening a paragraph or a
 * heading, or, after a date, at a time of day (a live blog's `10:05 a.m.`), which shares that
 * date; it holds the paragraphs up to the next date. Inside the timeline, a run of paragraphs
 * set apart by a wider gap than usual, with no date of its own, is an entry that lost its date
 * (approximate). After the last dated entry, a wider gap, a heading, a list, or the end of the
 * list or table the entries stand in ends the timeline.
 */
import type { Block } from './blocks.ts';
import { isSeason, minutesOfDay, parseDayInFiguresAlone, parseDayLabel, parseLeadingDate, parseLeadingFiscalYear, parseLeadingTime, parseNumericDay, parseOnDateSentence, parseRelativeLabel, parseSeasonLabel, parseStandaloneDate, type ParsedDate } from './dates.ts';
import { OPENS_UPPER_CASE } from './letters.ts';
import { spacedWords } from './normalize-text.ts';
import { dateOfDayLabel, laterDate, nextDay, tellsNewestFirst } from './relative-dates.ts';

export interface TimelineEntry {
  kind: 'entry';
  /** Null for an entry that lost its date. */
  date: ParsedDate | null;
  /** A year given by a year heading (`2016`) above the entry, if any. */
  yearHeading: number | null;
  paragraphs: Block[];
  section: string | null;
}

export interface Passage {
  kind: 'passage';
  block: Block;
  section: string | null;
}

export type Segment = TimelineEntry | Passage;

/** `2016`, or a season standing alone (`2021/22`, `2022–23`), which starts in its first year. */
const YEAR_OR_SEASON = /^(1[89]\d{2}|2[01]\d{2})([/–-](\d{2}))?[:.]?$/;

/** A year or a season heading; not an ISO month (`2020-04`), whose second figures are no next year's. */
function yearHeadingOf(text: string): RegExpExecArray | null {
  const match = text.length <= 8 ? YEAR_OR_SEASON.exec(text) : null;
  return match && (match[3] === undefined || isSeason(Number(match[1]), Number(match[3]))) ? match : null;
}
/** Sections whose content is apparatus, not story: references, link lists, notes. */
export const APPARATUS_SECTION =
  /^(references|see also|external links|notes|footnotes|further reading|sources|bibliography|citations|related( articles| stories| posts| links)?|read more|more on this story|topics|tags|about (the author|us|\p{Lu}[\p{L}.,&'’ -]{0,60})|(media|press|investor) contacts?|forward[- ]looking statements|safe harbou?r( statement)?)$/iu;

/**
 * Labels of the sections a timeline article closes with: `What happens next`, `Aftermath`,
 * `Background`, `Key figures`. Alone on their line (a colon after them allowed), they head what
 * follows, which is the article's, not the last entry's.
 */
const CLOSING_SECTION =
  /^(?:the\s+)?(?:what\s+(?:happens|comes)\s+(?:next|now)|the\s+road\s+ahead|what\s+to\s+watch(?:\s+for)?|what['’]s\s+next|what\s+next|what\s+now|next\s+steps|aftermath|background|context|key\s+(?:figures|facts|numbers|dates\s+ahead)|in\s+numbers|by\s+the\s+numbers|what\s+we\s+(?:know|don['’]t\s+know)|reactions?|analysis|why\s+it\s+matters|looking\s+ahead|where\s+things\s+stand(?:\s+now)?|(?:the\s+)?fallout|bigger\s+picture|legacy|what\s+it\s+means)\s*[:?]?$/i;

/** The label of a closing section standing alone (`Background:` → `Background`), or null. */
export function closingLabelOf(text: string): string | null {
  // Capitalised as a label is: a wrapped paragraph's last line may be one of these words (`… out of` / `context`).
  return text.length <= 32 && OPENS_UPPER_CASE.test(text) && CLOSING_SECTION.test(text) ? text.replace(/\s*:$/, '') : null;
}

/** A paragraph that is only a closing section's label (`<p><strong>Aftermath</strong></p>`, `Background:`) heads its section. */
function asClosingHeading(block: Block): Block {
  const label = block.kind === 'paragraph' || (block.kind === 'heading' && block.guessed) ? closingLabelOf(block.text) : null;
  if (!label) return block;
  const { guessed: _guessed, ...rest } = block;
  return { ...rest, kind: 'heading', text: label };
}

interface DateStart {
  date: ParsedDate;
  /** The paragraph's text after the date, when the date opened a paragraph. */
  rest: string | null;
}

function dateStartOf(block: Block): DateStart | null {
  const standalone = parseStandaloneDate(block.text);
  if (standalone) return { date: standalone, rest: null };
  // A heading may carry the entry's headline after its date (`June 9, 2016: The meeting`); a
  // blockquote is someone's words, whatever date they open with.
  if (block.kind === 'blockquote') return null;
  const leading = parseLeadingDate(block.text);
  return leading ? { date: leading.date, rest: leading.rest } : null;
}

/**
 * A fiscal year opening a paragraph (`FY2023 – Revenue falls`) right after an entry dated by the
 * year alone (`Q1 2023 –`, `Late 2022 –`, `FY2022 –`): an entry of that year, as a company's
 * saga told by quarters and years writes them. After an entry of a day or a month it stays a line
 * of that entry, a forecast's label (`Fiscal 2025: the company now expects a loss`).
 */
function withFiscalYears(blocks: Block[], starts: Array<DateStart | null>): Array<DateStart | null> {
  let yearOnlyBefore = false;
  return starts.map((start, index) => {
    const block = blocks[index]!;
    if (!start && yearOnlyBefore && block.kind !== 'blockquote' && block.kind !== 'heading') start = parseLeadingFiscalYear(block.text);
    if (start) yearOnlyBefore = start.date.month === null && start.date.year !== null;
    return start;
  });
}

/** The usual gap between blocks: anything wider is a deliberate break. */
function ordinaryGap(blocks: Block[]): number {
  const counts = new Map<number, number>();
  for (const block of blocks) counts.set(block.gapBefore, (counts.get(block.gapBefore) ?? 0) + 1);
  let best = 1;
  for (const [gap, count] of counts) if (count > (counts.get(best) ?? 0)) best = gap;
  return Math.max(1, best);
}

/**
 * Entries stamped with a time of day after a date (`10:05 a.m. — The hearing opens`), as a live
 * blog writes one day: each starts an entry of that day. Null for every block before the first
 * date, and for any block that starts with a date.
 */
function timeStartsOf(blocks: Block[], starts: Array<DateStart | null>, { fromStart = false } = {}): Array<{ time: string; rest: string | null } | null> {
  const first = fromStart ? -1 : starts.findIndex((start) => start !== null);
  return blocks.map((block, index) =>
    (!fromStart && first === -1) || index <= first || starts[index] || block.kind === 'blockquote' ? null : parseLeadingTime(block.text),
  );
}

/**
 * A live blog that stamps its posts with times only (`7:00 p.m. ET — Polls close`), its day given
 * once by the page (a dateline under the byline, which is no entry): the page's day, for its
 * time-stamped posts, when they are two at least and nothing else in it is dated or names a day.
 */
function timesOfPageDay(blocks: Block[], starts: Array<DateStart | null>, pageDay: ParsedDate | null): Array<{ time: string; rest: string | null } | null> | null {
  // Days named over the times (`Monday`, `Wednesday`) say the posts are of other days than the page's.
  if (!pageDay || blocks.some((block) => parseDayLabel(block.text))) return null;
  const times = timeStartsOf(blocks, starts, { fromStart: true });
  const minutes = times.flatMap((time) => (time ? [minutesOfDay(time.time)] : [])).filter((minute): minute is number => minute !== null);
  if (minutes.length < 2) return null;
  // Told newest first across midnight (`12:20 a.m.`, then `11:58 p.m.`: a step forward of more than
  // half a day), its first posts are of the day after the one it was published on, which the
  // rules after would take for all. Told oldest first, the step back at midnight (`11:58 p.m.`,
  // then `12:20 a.m.`) moves to the next day.
  const wrapsBackward = minutes.slice(1).some((minute, index) => minute - minutes[index]! > 12 * 60);
  return wrapsBackward ? null : times;
}

/** `Spring`, `Late summer` on a line of its own. */
function seasonAlone(block: Block): boolean {
  return block.text.length <= 20 && parseSeasonLabel(block.text)?.rest === null;
}

/**
 * Bare years standing alone with what happened that year under them (`2011`, then a paragraph): a
 * timeline told year by year, each year an entry of its own, up to the next year or dated entry.
 * A year with nothing but dated entries under it stays their heading.
 */
function yearOnlyStarts(blocks: Block[], starts: Array<DateStart | null>): Array<DateStart | null> {
  const years = blocks.map((block) => yearHeadingOf(block.text));
  const yearly = years.map((match, index) => {
    if (!match || match[2]) return null;
    let next = index + 1;
    // A season alone under the year (`2021`, `Spring`, …) is its first entry: the year heads them.
    while (next < blocks.length && !years[next] && !starts[next] && !seasonAlone(blocks[next]!)) next += 1;
    const told = blocks.slice(index + 1, next).some((block) => block.kind !== 'heading');
    return told ? { date: { month: null, day: null, year: Number(match[1]), text: match[1]! }, rest: null } : null;
  });
  // With one other entry at least, dated or told so, they make a timeline; alone, a heading.
  return yearly.filter(Boolean).length + starts.filter(Boolean).length >= 2 ? yearly : blocks.map(() => null);
}

/**
 * Days in figures without a year (`30.09 – …`, `3/28 – …`) start entries when two or more blocks
 * open with them, all of one kind, or one among entries dated in full in the same figures. Dotted
 * figures may be a live blog's times (`12.05 — …`): they are days only when one cannot be a time
 * (`30.09`), or, with no date before them for times to belong to, when they run in order as days
 * and not as times.
 */
function withNumericDays(blocks: Block[], starts: Array<DateStart | null>): Array<DateStart | null> {
  const numeric = blocks.map((block, index) => (starts[index] || block.kind === 'blockquote' ? null : block.kind === 'heading' ? parseDayInFiguresAlone(block.text) : parseNumericDay(block.text)));
  const found = numeric.filter((day) => day !== null);
  if (!found.length || found.some((day) => day.dotted !== found[0]!.dotted)) return starts;
  const dotted = found[0]!.dotted;
  // Among entries dated in full in the same figures (`02.07.19`, `3/14/2024`), one is enough.
  const withYears = dotted ? DOTTED_WITH_YEAR : SLASHED_WITH_YEAR;
  const sameKindDated = starts.some((start) => start && withYears.test(start.date.text));
  if (found.length < 2 && !sameKindDated) return starts;
  // `1/5: …`, `2/5: …`: a thread's posts counted out of five, not days.
  if (!dotted && !sameKindDated && isCount(found.map(({ date }) => date.text))) return starts;
  if (dotted && !sameKindDated && !found.some((day) => day.date.day! > 23 || day.notATime)) {
    // Each could be a time: with a date before them, they are its times; alone, they are days only
    // when they run in order as days and not as times (`10.05`, `10.12`, `11.03` is a morning's).
    const firstNumeric = numeric.findIndex(Boolean);
    if (starts.slice(0, firstNumeric).some(Boolean)) return starts;
    const asDays = found.map(({ date }) => date.month! * 100 + date.day!);
    const asTimes = found.map(({ date }) => date.day! * 100 + date.month!);
    if (!inOrder(asDays) || inOrder(asTimes)) return starts;
  }
  return starts.map((start, index) => start ?? numeric[index] ?? null);
}

/** `1/5`, `2/5`, `3/5`: counts out of one total, from 1 up. */
function isCount(texts: string[]): boolean {
  const pairs = texts.map((text) => text.split('/').map(Number) as [number, number]);
  return pairs.every(([count, total], index) => count === index + 1 && total === pairs[0]![1]);
}

/** Keys that run one way, forward or back. */
function inOrder(keys: number[]): boolean {
  const steps = keys.slice(1).map((key, index) => Math.sign(key - keys[index]!));
  return steps.every((step) => step >= 0) || steps.every((step) => step <= 0);
}
// After a weekday too: `Wed., 8.11.2023`.
const DOTTED_WITH_YEAR = /^(?:[a-z]+\.?,?\s+)?\d{1,2}\.\d{1,2}\.\d{2}/i;
const SLASHED_WITH_YEAR = /^\d{1,2}\/\d{1,2}\/\d{2}/;

/**
 * Whether each block stands under an apparatus section's heading (`Sources`, `References`, `See
 * also`, APPARATUS_SECTION), up to the next heading; a year's heading (`2021`) ends it only at
 * the section's rank or higher (`## Notes`, then `## 2021`), as headYears ends any section.
 */
function inApparatusSection(blocks: Block[]): boolean[] {
  let apparatus = false;
  let apparatusLevel: number | undefined;
  // Headings before any text are the title and its kickers (`Notes` over a plain text), no section.
  let textSeen = false;
  return blocks.map((block) => {
    if (block.kind !== 'heading') {
      textSeen = true;
      return apparatus;
    }
    if (!textSeen) return false;
    if (yearHeadingOf(block.text)) {
      if (apparatus && block.level !== undefined && apparatusLevel !== undefined && block.level <= apparatusLevel) apparatus = false;
      return false;
    }
    [apparatus, apparatusLevel] = [APPARATUS_SECTION.test(block.text), block.level];
    return false;
  });
}

/** Words of a time: a line holding one (`Autumn`, `Later that year`, `Week 3`) is a heading over what follows, not a line of the entry before. */
const TIME_WORD = /\b(spring|summer|autumn|fall|winter|christmas|easter|later|earlier|afterwards|week|weeks|day|days|month|months|year|years|morning|afternoon|evening|night|meanwhile)\b/i;

/** A short line that reads as part of an entry's story (`No vote is taken`): three words or more, naming no time. */
function isLineOfEntry(text: string): boolean {
  return spacedWords(text) >= 3 && !TIME_WORD.test(text);
}

/**
 * `pageDayOf`: the page's own date, which a live blog stamped with times only is of
 * (timesOfPageDay); asked only for an article that dates nothing else, as few do.
 */
export function segmentArticle(blocks: Block[], pageDayOf: () => ParsedDate | null = () => null): Segment[] {
  // A closing section's label is a heading, never a line of the last entry (`No vote is taken` is).
  blocks = blocks.map(asClosingHeading);
  // A dated line under `Sources` or `References` cites a story of that day: no entry.
  const apparatus = inApparatusSection(blocks);
  const dateStarts = withFiscalYears(blocks, blocks.map((block, index) => (apparatus[index] ? null : dateStartOf(block))));
  const yearStarts = yearOnlyStarts(blocks, dateStarts);
  const starts = withNumericDays(blocks, blocks.map((_block, index) => (apparatus[index] ? null : (yearStarts[index] ?? dateStarts[index] ?? null))))
    .map((start, index) => (apparatus[index] ? null : start));
  const pageDay = starts.some(Boolean) ? null : pageDayOf();
  const pageTimes = timesOfPageDay(blocks, starts, pageDay);
  const times = (pageTimes ?? timeStartsOf(blocks, starts)).map((time, index) => (apparatus[index] ? null : time));
  const firstDated = starts.findIndex((start) => start !== null);
  // `Tuesday — …`, `18th: …`: days named without their month, read against the entry before.
  const labelled = (index: number) => !(firstDated === -1 || index <= firstDated || starts[index] || times[index] || apparatus[index] || blocks[index]!.kind === 'blockquote');
  const dayLabels = blocks.map((block, index) => (labelled(index) ? parseDayLabel(block.text) : null));
  // `The next morning`, `Two days later`: a moment told from the entry before.
  const relativeLabels = blocks.map((block, index) => (labelled(index) && !dayLabels[index] ? parseRelativeLabel(block.text) : null));
  // `Summer` standing alone after dated entries, or under a year's heading: an entry of that
  // season, its year the heading's or run on by chronology.
  const firstYearHeading = blocks.findIndex((block) => yearHeadingOf(block.text));
  blocks.forEach((block, index) => {
    const afterDate = labelled(index) && !dayLabels[index] && !relativeLabels[index];
    const underYear = firstYearHeading !== -1 && index > firstYearHeading && !starts[index] && !times[index] && block.kind !== 'blockquote';
    if (afterDate || underYear) starts[index] = parseSeasonLabel(block.text) ?? null;
  });
  // Filtered, not flatMap'd: V8's flatMap took some 30 µs an article over its blocks, a filter one.
  const startIndexes = blocks.map((_block, index) => index).filter((index) => starts[index] || times[index] || dayLabels[index] || relativeLabels[index]);
  // A timeline told newest first: day labels then step back in time. Asked only of a timeline
  // with day labels, which no other reading needs it for: most have none, and it reads every block.
  const newestFirst = dayLabels.some(Boolean) && tellsNewestFirst(blocks, starts.map((start) => start?.date ?? null));
  let section: string | null = null;
  const segments: Segment[] = [];

  // Fewer than two entries (the first of them dated) is no timeline: everything is narrative, and
  // a date set apart from its paragraph's start goes back to it.
  if (startIndexes.length < 2) {
    blocks.forEach((block, index) => {
      const before = blocks[index - 1];
      if (block.opensNext && blocks[index + 1]) return;
      if (before?.opensNext) block = { ...block, text: `${before.text} ${block.text}` };
      if (block.kind === 'heading') section = block.text;
      else if (!APPARATUS_SECTION.test(section ?? '')) segments.push({ kind: 'passage', block, section });
    });
    return segments;
  }

  const first = startIndexes[0]!;
  const last = startIndexes.at(-1)!;
  const wide = ordinaryGap(blocks);
  // `On 9 February the union …` among dated entries (between two, or running on from the last with
  // no break): an entry of its own, as the lines around it are; in narrative, before the timeline
  // or after it, a sentence like any other.
  const breakAfterLast = blocks.findIndex((after, index) => index > last && (after.kind === 'heading' || after.gapBefore > wide || after.structure !== blocks[last]!.structure));
  const amongEntries = (index: number) => index > first && (index < last || breakAfterLast === -1 || index < breakAfterLast);
  const onDates = blocks.map((block, index) => {
    const startsOtherwise = starts[index] || times[index] || dayLabels[index] || relativeLabels[index];
    const onDate = (block.kind === 'paragraph' || block.kind === 'list-item') && !startsOtherwise ? parseOnDateSentence(block.text) : null;
    return onDate && amongEntries(index) ? onDate : null;
  });
  // The list or table the last entry stands in, if any: the timeline ends where it does.
  const lastStructure = blocks[last]!.structure;
  let yearHeading: number | null = null;
  /** The first year of a season heading (`2021/22`), for the entry right under it only. */
  let seasonStart: number | null = null;
  /** Whether the section has had a list of its own under it (`Key points` and its points). */
  let sectionListed = false;
  /** The section heading's rank, when the source gives one (Block.level). */
  let sectionLevel: number | undefined;
  const openSection = (heading: Block) => {
    [section, sectionListed, sectionLevel] = [heading.text, false, heading.level];
  };
  const headYears = (match: RegExpExecArray, heading: Block) => {
    const year = Number(match[1]);
    [yearHeading, seasonStart] = match[2] ? [null, year] : [year, null];
    // `## Summary` and its text, then `## 2021`: a year's heading of the section's rank ends it, as
    // any heading would; `### 1999` under `## Timeline` is one of its years. Without ranks, the
    // year ends a section that had a list of its own (`Key points` and its points).
    const ends = heading.level !== undefined && sectionLevel !== undefined ? heading.level <= sectionLevel : sectionListed;
    if (ends) [section, sectionListed, sectionLevel] = [null, false, undefined];
  };
  let entry: TimelineEntry | null = null;
  let timelineOver = false;
  /** The date of the last dated entry, which the time-stamped entries after it share. */
  let day: ParsedDate | null = pageTimes ? pageDay : null;
  /** The last time stamp under that date, and whether they have run forward so far. */
  let lastMinutes: number | null = null;
  let ascending = true;

  const closeEntry = () => {
    if (entry && entry.paragraphs.length) segments.push(entry);
    entry = null;
  };
  const openEntry = (date: ParsedDate | null) => {
    closeEntry();
    entry = { kind: 'entry', date, yearHeading: yearHeading ?? seasonStart, paragraphs: [], section };
    // A season's first year is its first entry's; the rest run on from it by chronology.
    seasonStart = null;
    return entry;
  };

  blocks.forEach((block, index) => {
    const yearMatch = yearHeadingOf(block.text);
    if (index < first || timelineOver) {
      if (yearMatch && index < first) headYears(yearMatch, block);
      else if (block.kind === 'heading') openSection(block);
      else if (!APPARATUS_SECTION.test(section ?? '')) {
        segments.push({ kind: 'passage', block, section });
        sectionListed ||= block.kind === 'list-item';
      }
      return;
    }
    const start = starts[index];
    if (yearMatch && !yearStarts[index]) {
      closeEntry();
      headYears(yearMatch, block);
      return;
    }
    if (start) {
      // An entry's own year anchors the ones after it by chronology (assignYears), not as a year
      // heading: `September 2022`, `Mid-October`, `Late March` runs into 2023.
      day = start.date;
      [lastMinutes, ascending] = [null, true];
      const opened = openEntry(start.date);
      if (start.rest) opened.paragraphs.push({ ...block, kind: 'paragraph', text: start.rest });
      return;
    }
    const onDate = onDates[index];
    // Not the day of the entry it stands in: `On 9 February the union also …` under `9 February`.
    if (onDate && !(day && day.month === onDate.month && day.day === onDate.day)) {
      day = onDate;
      [lastMinutes, ascending] = [null, true];
      openEntry(onDate).paragraphs.push(block);
      return;
    }
    const label = dayLabels[index];
    const labelled = label && day ? dateOfDayLabel(label, day, newestFirst) : null;
    if (label && labelled) {
      day = labelled;
      [lastMinutes, ascending] = [null, true];
      const opened = openEntry(labelled);
      if (label.rest) opened.paragraphs.push({ ...block, kind: 'paragraph', text: label.rest });
      return;
    }
    const relative = relativeLabels[index];
    if (relative && day) {
      const moved = relative.days === null ? null : laterDate(day, relative.days, relative.text);
      // `Weeks later`: some time after the entry before, no day to tell; the entry is approximate.
      if (moved) [day, lastMinutes, ascending] = [moved, null, true];
      const opened = openEntry(moved);
      if (relative.rest) opened.paragraphs.push({ ...block, kind: 'paragraph', text: relative.rest });
      return;
    }
    const time = times[index];
    // `March 2021`, then `At 6pm – The pool closes`: a time with no day above it cannot be placed
    // on a day, so it is a line of the month's (or season's) entry, its time kept as written; a
    // reader searching by month finds it there, and no `March 2021, 6pm` date claims a precision
    // the article does not give.
    if (time && day && day.day === null && entry) {
      (entry as TimelineEntry).paragraphs.push({ ...block, kind: 'paragraph' });
      return;
    }
    if (time && day) {
      // `23:50`, then `00:10`: a blog told oldest first has passed midnight into the next day.
      const minutes = minutesOfDay(time.time);
      if (minutes !== null && lastMinutes !== null) {
        if (ascending && lastMinutes >= 18 * 60 && minutes < 6 * 60) day = nextDay(day) ?? day;
        // Told newest first (`01:20`, `00:35`, then `23:55`), the day over them may be either
        // night's, the first post's or the last's: they keep it, rather than a guess.
        else if (minutes < lastMinutes) ascending = false;
      }
      if (minutes !== null) lastMinutes = minutes;
      const opened = openEntry({ ...day, text: `${day.text}, ${time.time}` });
      if (time.rest) opened.paragraphs.push({ ...block, kind: 'paragraph', text: time.rest });
      return;
    }
    const current = entry as TimelineEntry | null;
    const afterLastDate = index > last;
    // `No vote is taken`: a short line guessed to be a heading, inside the timeline with text of
    // the entry under it, is a line of the entry.
    if (block.guessed && current && current.paragraphs.length > 0 && !afterLastDate && isLineOfEntry(block.text) && blocks[index + 1] && !starts[index + 1] && blocks[index + 1]!.kind === 'paragraph') {
      current.paragraphs.push({ ...block, kind: 'paragraph' });
      return;
    }
    if (block.kind === 'heading') {
      // A headline right under the date is the entry's first line; any other heading ends it.
      if (current && current.paragraphs.length === 0) {
        current.paragraphs.push(block);
        return;
      }
      closeEntry();
      openSection(block);
      if (afterLastDate) timelineOver = true;
      return;
    }
    const setApart = block.gapBefore > wide;
    const listStarts = block.kind === 'list-item' && current?.paragraphs.at(-1)?.kind !== 'list-item';
    // The text under an entry's headline is the entry's, whatever element it comes in.
    const underHeadline = current?.paragraphs.length === 1 && current.paragraphs[0]!.kind === 'heading';
    if (afterLastDate && current && current.paragraphs.length > 0 && !underHeadline && (setApart || listStarts || block.structure !== lastStructure)) {
      // What follows the last entry after a break is the article's conclusion.
      closeEntry();
      timelineOver = true;
      segments.push({ kind: 'passage', block, section });
      return;
    }
    if (current && current.paragraphs.length > 0 && setApart && !afterLastDate && block.kind === 'paragraph') {
      openEntry(null).paragraphs.push(block);
      return;
    }
    if (current) {
      current.paragraphs.push(block);
      return;
    }
    if (!APPARATUS_SECTION.test(section ?? '')) segments.push({ kind: 'passage', block, section });
  });
  closeEntry();
  return segments;
}
