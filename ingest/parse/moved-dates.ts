/**
 * Dates an article gives its entries somewhere other than at their start, moved there so the
 * timeline reads them as it reads every other entry's:
 * - at the end of each entry: `Bridge reopens to pedestrians — October 2, 2023`, `… (3 March 2021)`;
 * - as a count of days from a start the prose states: `Day 2:` after `began on Monday 6 November
 *   2023`, or with the day's date in brackets, `Day 2 (Tuesday 7 November):`, or after it,
 *   `Day 1 — Monday 14 June 2021`.
 * Only when several entries are written so, and more than open with a date: a timeline dated at
 * the start with a date cited at the end of one entry stays as it is.
 */
import type { Block } from './blocks.ts';
import { datesNamed, parseLeadingDate, parseStandaloneDate, type ParsedDate } from './dates.ts';
import { isFigureCode } from './letters.ts';
import { isSpaceCode } from './normalize-text.ts';
import { laterDate, writtenOut } from './relative-dates.ts';

/**
 * `… — October 2, 2023`, `… - 2 Oct 2023`, `… (3 March 2021).`; each with what a text cannot be
 * read by it without, a dash with a space on either side or a closing bracket at its end: a date
 * alone (`June 9, 2016`) ends with a figure too, and was read by both patterns.
 */
const TRAILING_DATE = [
  { pattern: /^(.*\S)\s+[—–-]\s+([^—–()]{6,40}?)\.?$/u, needs: /\s[—–-]\s/ },
  { pattern: /^(.*\S)\s*\(([^()]{6,40})\)\.?$/u, needs: /\)\.?$/ },
];
/**
 * `Day 2:`, `Day 12 —`, `Day 2 (Tuesday 7 November):`, and a label with its date on a line of its
 * own, its entry on the lines under it (`Day 2 (Tuesday 7 November)` joined with them, or a block
 * alone). Without a separator or a bracketed date, words after it are a sentence (`Day 3 of the
 * strike began`).
 */
export const DAY_COUNT = /^Day\s+(\d{1,3})\s*(?:\(([^()]{4,40})\))?\s*([:—–.]|\s-)?\s*(.*)$/iu;

/** What DAY_COUNT and DATED_DAY_LABEL open with, `Day` in any case: a `d` or `D`, sought before either pattern is asked. */
export function opensWithD(text: string): boolean {
  // `| 32` folds an ASCII capital to its small letter.
  return (text.charCodeAt(0) | 32) === 100;
}

function dayCount(text: string): RegExpExecArray | null {
  const match = opensWithD(text) ? DAY_COUNT.exec(text) : null;
  // A label alone counts only with its own date (`Day 2 (Tuesday 7 November)`): counted from the
  // prose's first date, a diary's `Day 1` took a date from its backstory.
  return match && (match[2] !== undefined || (match[3] !== undefined && match[4] !== '')) ? match : null;
}

/** `Day 413` and nothing else. */
function bareDayCount(text: string): RegExpExecArray | null {
  const match = opensWithD(text) ? DAY_COUNT.exec(text) : null;
  return match && match[2] === undefined && match[3] === undefined && match[4] === '' ? match : null;
}

export function withEntryDatesFirst(blocks: Block[]): Block[] {
  const datesFirst = withTrailingDatesFirst(withLabelledDatesFirst(blocks));
  const datedCounts = datesFirst.map(datedDayCount);
  return withDayCountsDated(withDatedDayLabels(datesFirst, datedCounts), datedCounts);
}

/**
 * `Filed 03/14/2024 — Complaint.` (a docket's verb before the date), `v2.1 (Mar 2019) — Shared
 * workspaces.` (a release's name, its date in brackets): the date goes first and the label
 * into the entry (`03/14/2024 — Filed: Complaint.`). Only when several entries are written so.
 */
function withLabelledDatesFirst(blocks: Block[]): Block[] {
  blocks = withFixtureCountsOverDates(blocks);
  // A fixture's count with its date may be a heading over its report (`Round 12 – Saturday 2 November`).
  const moved = blocks.map((block) => (canHoldEntry(block) || block.kind === 'heading' ? labelledDate(block.text, block.kind === 'heading') : null));
  // A fixture's count names no one and nothing but the fixture: one is enough. A docket's verb or
  // a release's name, only when several entries are written so.
  const fixtures = moved.filter((text, index) => text && FIXTURE_COUNT.test(blocks[index]!.text)).length;
  if (moved.filter(Boolean).length < 2 && fixtures === 0) return blocks;
  return blocks.map((block, index) => (moved[index] ? { ...block, text: moved[index]! } : block));
}

/** `Matchday 5` on a line of its own over its date's line (`Saturday 10 August 2024`): one label, the date's. */
const FIXTURE_ALONE = /^(?:Match\s?day|Match\s?week|Game\s?week|Round|Leg|Fixture)\s+\d{1,3}$/i;

function withFixtureCountsOverDates(blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const [block, next] = [blocks[index]!, blocks[index + 1]];
    const date = next && block.text.length <= 20 && FIXTURE_ALONE.test(block.text) ? parseStandaloneDate(next.text) : null;
    if (date) {
      merged.push({ ...next!, text: `${date.text} — ${block.text}` });
      index += 1;
    } else merged.push(block);
  }
  return merged;
}

const DOCKET_VERBS = ['Filed', 'Entered', 'Docketed', 'Decided', 'Signed', 'Issued', 'Lodged', 'Served', 'Submitted', 'Received', 'Argued', 'Heard'];
export const DOCKET_VERB = new RegExp(`^(${DOCKET_VERBS.join('|')})\\s+(?=\\d|\\p{Lu})`, 'u');
/** The first two characters of DOCKET_VERBS, as char codes: a text opening otherwise is asked nothing more. */
const DOCKET_VERB_OPENINGS = new Set(DOCKET_VERBS.map((verb) => openingCodeOf(verb)));
/** A release's or a phase's name (`v2.1`, `2.0`, `Version 3`, `Phase 2`), then its date in brackets. */
export const NAME_THEN_BRACKETED_DATE = /^((?:[Vv]\d[\w.-]*|\d+(?:\.\d+)+|(?:[Vv]ersion|[Rr]elease|[Pp]hase|[Ss]tage)\s+\S+))\s+\(([^()]{3,40})\)\s*(?:[—–:|]|\s-)\s*(\S.*)$/su;

/**
 * A fixture's count before its date: `Matchday 1 – 10 August 2024: …`, `Matchday 2, 17 August –
 * …`, `Round 3 (24 August 2024): …`, `Round 12 – Saturday 2 November` alone over its paragraph.
 */
export const FIXTURE_COUNT = /^((?:Match\s?day|Match\s?week|Game\s?week|Round|Week|Leg|Race|Fixture)\s+\d{1,3})\s*(?:\(([^()]{3,40})\)\s*(?:(?:[—–:|,]|\s-)\s*(\S.*))?|(?:[—–:|,]|\s-)\s*(\S.*))$/isu;

/** A fixture's count and date as an entry dated at its start, the count kept as its label (`10 August 2024 — Matchday 1: …`). */
function fixtureDate(match: RegExpExecArray): string | null {
  const [, label, bracketed, afterBrackets, afterSeparator] = match;
  if (bracketed !== undefined) {
    const date = parseStandaloneDate(bracketed.trim());
    return date ? `${date.text} — ${label}${afterBrackets ? `: ${afterBrackets}` : ''}` : null;
  }
  const alone = parseStandaloneDate(afterSeparator!.trim());
  if (alone) return `${alone.text} — ${label}`;
  const found = parseLeadingDate(afterSeparator!);
  return found && found.rest !== afterSeparator ? `${found.date.text} — ${label}: ${found.rest}` : null;
}

/** The first two characters of a text as one number (`Fi` for `Filed`): what DOCKET_VERB_OPENINGS holds. */
function openingCodeOf(text: string): number {
  return text.charCodeAt(0) * 65_536 + text.charCodeAt(1);
}

/** Whether a text opens with the first two characters of one of DOCKET_VERBS, as every DOCKET_VERB match does. */
export function opensLikeDocketVerb(text: string): boolean {
  return DOCKET_VERB_OPENINGS.has(openingCodeOf(text));
}

/** What FIXTURE_COUNT's words open with, as written here (`Matchday`, `Round`, `Week`, `Gameweek`, `Leg`, `Race`, `Fixture`): the capitals M, R, W, G, L, F. */
export function opensLikeFixtureCount(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 77 || first === 82 || first === 87 || first === 71 || first === 76 || first === 70;
}

/**
 * What NAME_THEN_BRACKETED_DATE's names open with: a figure (`2.0`), `V` or `v` (`v2.1`,
 * `Version 3`), `R`, `P`, `S` in either case (`Release`, `Phase`, `Stage`).
 */
export function opensLikeReleaseName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (isFigureCode(first)) return true;
  const lower = first | 32;
  return lower === 118 || lower === 114 || lower === 112 || lower === 115;
}

/**
 * Labelled dates are rare: most paragraphs open with none of the patterns' words, and each pattern
 * is asked only of a paragraph opening as its words do (first two characters for a docket's verb,
 * first for the rest), as the day counts are (opensWithD): failing at their first character, the
 * patterns cost some 60 ns each a paragraph. withEntryDatesFirst over the corpus's articles 0.89x
 * and 0.87x the CPU (8 processes each).
 */
function labelledDate(text: string, heading = false): string | null {
  const fixture = opensLikeFixtureCount(text) ? FIXTURE_COUNT.exec(text) : null;
  if (fixture || heading) return fixture && fixtureDate(fixture);
  const verb = opensLikeDocketVerb(text) ? DOCKET_VERB.exec(text) : null;
  if (verb) {
    const found = parseLeadingDate(text.slice(verb[0].length));
    return found ? `${found.date.text} — ${verb[1]}: ${found.rest}` : null;
  }
  const bracketed = opensLikeReleaseName(text) ? NAME_THEN_BRACKETED_DATE.exec(text) : null;
  return bracketed && parseStandaloneDate(bracketed[2]!.trim()) ? `${bracketed[2]!.trim()} — ${bracketed[1]}: ${bracketed[3]}` : null;
}

function canHoldEntry(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'list-item';
}

function withTrailingDatesFirst(blocks: Block[]): Block[] {
  const trailing = blocks.map((block) => (canHoldEntry(block) ? trailingDate(block.text) : null));
  const moved = trailing.filter(Boolean).length;
  if (moved < 2) return blocks;
  const leading = blocks.filter((block) => parseLeadingDate(block.text) || parseStandaloneDate(block.text)).length;
  if (moved <= leading) return blocks;
  return blocks.map((block, index) => {
    const found = trailing[index];
    return found ? { ...block, text: `${found.date} — ${found.rest}` } : block;
  });
}

/**
 * A figure closing a text, or before its closing bracket or full stop (`2023`, `2023).`): what
 * `/\d\)?\.?$/` finds, read from the end instead of tried at every character of the paragraph.
 */
function endsWithFigure(text: string): boolean {
  let last = text.length - 1;
  if (text.charCodeAt(last) === FULL_STOP) last -= 1;
  if (text.charCodeAt(last) === CLOSING_BRACKET) last -= 1;
  return isFigureCode(text.charCodeAt(last));
}
const FULL_STOP = 46;
const CLOSING_BRACKET = 41;

/** A full date (day and year) closing a text after a dash or in brackets, and the text before it. */
function trailingDate(text: string): { date: string; rest: string } | null {
  // A full date ends with its year: most blocks end otherwise, and are not read further.
  if (!endsWithFigure(text)) return null;
  for (const { pattern, needs } of TRAILING_DATE) {
    const match = needs.test(text) ? pattern.exec(text) : null;
    const date = match && parseStandaloneDate(match[2]!.trim());
    if (date && date.day !== null && date.year !== null) return { date: date.text, rest: match![1]!.replace(/[\s,;:—–-]+$/u, '') };
  }
  return null;
}

/** `Day 1 — `, `Day One:`, `Day 2, `, `Day 3 | `: a count and a separator, the day's date after them. */
export const DATED_DAY_LABEL = /^Day\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:[:—–.,|]|\s-)\s*(\S.*)$/isu;
const DAY_THEN_SPACE = /^day\s/i;
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A day's count and the date it states, with the rest after the label (`Day 1, Monday 27 February: …`); null otherwise. */
interface DatedDayCount {
  day: number;
  date: ParsedDate;
  rest: string;
}

function datedDayCount(block: Block): DatedDayCount | null {
  const label = block.kind !== 'blockquote' && opensWithD(block.text) && DAY_THEN_SPACE.test(block.text) ? DATED_DAY_LABEL.exec(block.text) : null;
  if (!label) return null;
  const rest = label[2]!;
  const date = parseStandaloneDate(rest) ?? parseLeadingDate(rest)?.date;
  const day = /^\d/.test(label[1]!) ? Number(label[1]) : COUNT_WORDS.indexOf(label[1]!.toLowerCase()) + 1;
  return date ? { day, date, rest } : null;
}

/**
 * `Day 1 — Monday 14 June 2021`, `Day 2: 15 June – The chair …`: a count before the day's own
 * date, heading or paragraph, is that date; the count is only its label. Even alone: the date is
 * stated, not counted.
 */
function withDatedDayLabels(blocks: Block[], datedCounts: Array<DatedDayCount | null>): Block[] {
  return blocks.map((block, index) => {
    const dated = datedCounts[index];
    if (dated) return { ...block, text: dated.rest };
    // `Deadline day, Friday 30 August`, `Polling day – 4 July 2024`: a name for the day, then its
    // date, standing alone.
    // Its name ends in `day`, `night` or `eve` among the first three words: most blocks hold none
    // there, and are not asked the pattern, whose Unicode classes cost every short block.
    // Asked once for both patterns: it was asked of every short paragraph twice.
    const dayNameEarly = block.kind !== 'blockquote' && hasDayNameEarly(block.text);
    const labelled = dayNameEarly && block.text.length <= 60 ? LABELLED_DAY.exec(block.text) : null;
    const date = labelled && parseStandaloneDate(labelled[1]!);
    if (date && date.day !== null) return { ...block, text: labelled![1]! };
    const opening = dayNameEarly && canHoldEntry(block) ? labelledDayOpening(block.text) : null;
    return opening ? { ...block, text: opening } : block;
  });
}

/** A name for the day (`Deadline day`, `Election night`, `Polling day`), and the comma or dash after it. */
const DAY_NAME = String.raw`(?:\p{Lu}[\p{Ll}'’-]*\s+){0,2}(?:[Dd]ay|[Nn]ight|[Ee]ve)`;
const AFTER_DAY_NAME = String.raw`(?:,|\s[—–-])\s+`;
/** A name for the day and its date opening a paragraph, before a separator: `Deadline day, 1 September 2023 – …`. */
const LABELLED_DAY_START = new RegExp(String.raw`^(${DAY_NAME})${AFTER_DAY_NAME}(?=\d|\p{Lu})`, 'u');

/**
 * `Deadline day, 1 September 2023 – A £40m move collapses`: the day's date opens its entry, the
 * name kept as the entry's label, as a fixture's count is (`1 September 2023 — Deadline day: A
 * £40m move collapses`). Only a full day before a separator: `Polling day, 4 July, was wet.` is a
 * sentence.
 */
function labelledDayOpening(text: string): string | null {
  // Asked only of a text with a day's name early (hasDayNameEarly), as LABELLED_DAY_START's label needs.
  const label = LABELLED_DAY_START.exec(text);
  if (!label) return null;
  const after = text.slice(label[0].length);
  const found = parseLeadingDate(after);
  // A colon after the date, not a dash: after a dash, `Christmas Eve:` would read as a range's end.
  return found && found.date.day !== null && found.rest !== after ? `${found.date.text}: ${label[1]}: ${found.rest}` : null;
}
/** The words LABELLED_DAY_START's label ends with, in lower case. */
const DAY_NAME_WORDS = new Set(['day', 'night', 'eve']);
const COMMA = 44;
/** `d`, `e`, `n`: what those words open with, in lower case. */
const DAY_NAME_INITIALS = [100, 101, 110];

/** Whether the word from `start` to `end` is one of DAY_NAME_WORDS, in any case: a word of any other length or initial is not cut out to be asked. */
function isDayNameAt(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 3 && length !== 5) return false;
  // `| 32` folds an ASCII capital to its small letter.
  return DAY_NAME_INITIALS.includes(text.charCodeAt(start) | 32) && DAY_NAME_WORDS.has(text.slice(start, end).toLowerCase());
}

/**
 * Whether one of the first three words is `day`, `night` or `eve` (a comma after it aside), as
 * the labels of LABELLED_DAY_START and LABELLED_DAY need: read off the characters, since the
 * patterns' Unicode classes cost every paragraph more than anything else in this file, and few
 * hold such a word so early.
 */
function hasDayNameEarly(text: string): boolean {
  let start = 0;
  for (let word = 0; word < 3; word += 1) {
    while (start < text.length && isSpaceCode(text.charCodeAt(start))) start += 1;
    let end = start;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end += 1;
    const last = text.charCodeAt(end - 1) === COMMA ? end - 1 : end;
    if (isDayNameAt(text, start, last)) return true;
    if (end >= text.length) return false;
    start = end;
  }
  return false;
}

/** A name for the day (`Deadline day`, `Election night`, `Polling day`), a comma or dash, its date; not a field's label (`Repaired: 19 March 2021`). */
const LABELLED_DAY = new RegExp(String.raw`^${DAY_NAME}${AFTER_DAY_NAME}(\S.*)$`, 'u');

/**
 * `Day 2:` counted from the last day before it whose label states its date (`Day 1, Monday 27
 * February: …`), else from the start the prose states before the first day: its first full date.
 * Counted from the prose alone, an outbreak's `Day 2` took the day after the report it was drawn
 * from (`published on 28 April 2023`) over its own `Day 1, Monday 27 February`.
 */
function withDayCountsDated(blocks: Block[], datedCounts: Array<DatedDayCount | null>): Block[] {
  // A label alone (`Day 413`) counts too after a day whose label states its date (`Day 412 —
  // Wednesday 12 April 2023`), from that date; from the prose, never (dayCount).
  const firstStated = datedCounts.findIndex(Boolean);
  const counts = blocks.map((block, index) => (canHoldEntry(block) ? (dayCount(block.text) ?? (firstStated >= 0 && index > firstStated ? bareDayCount(block.text) : null)) : null));
  const first = counts.findIndex(Boolean);
  if (counts.filter(Boolean).length < (firstStated >= 0 ? 1 : 2)) return blocks;
  const proseStart = blocks
    .slice(0, first)
    .flatMap((block) => datesNamed(block.text))
    .find((date) => date.day !== null);
  let stated: DatedDayCount | null = null;
  return blocks.map((block, index) => {
    stated = datedCounts[index] ?? stated;
    const count = counts[index];
    if (!count) return block;
    const [, day, bracketed, , rest] = count;
    // A label alone becomes its date alone, which dates the entry under it as any date line does.
    const dated = (date: string) => ({ ...block, text: rest ? `${date} — ${rest}` : date });
    if (bracketed && parseStandaloneDate(bracketed.trim())) return dated(bracketed.trim());
    const date = stated && stated.date.day !== null
      ? laterDate(stated.date, Number(day) - stated.day, '')
      : proseStart && laterDate({ ...proseStart, text: '' }, Number(day) - 1, '');
    return date ? dated(writtenOut(date)) : block;
  });
}
