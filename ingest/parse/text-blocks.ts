/**
 * Plain text → blocks. Paragraphs are separated by blank lines (their count is the gap); lines
 * of one paragraph are joined, so hard-wrapped text reads as one block; bullet lines are list
 * items; `#` lines and short title-case lines without final punctuation are headings, and so is
 * an opening line that reads like a headline in sentence case; `>` lines are blockquotes, and
 * Markdown's emphasis and link marks and citation marks (`[12]`) are dropped (markdown.ts).
 * Boilerplate lines are dropped before joining, so a credit line cannot glue onto a paragraph.
 */
import type { Block } from './blocks.ts';
import { creditedQuotation, withCredits } from './credits.ts';
import { bylineNamesOf, isBoilerplate, LONGEST_BYLINE, isBylineLine, isCommentsHeading, isNamesOnly, isShareLabel, SECTION_NAME, STORY_KIND } from './boilerplate.ts';
import { parseDayInFiguresAlone, parseDayLabel, parseLeadingDate, parseLeadingTime, parseNumericDay, parseOnDateSentence, parseSeasonLabel, parseStandaloneDate, YEAR_ALONE } from './dates.ts';
import { HOLDS_LETTER, OPENS_LOWER_CASE, OPENS_UPPER_CASE } from './letters.ts';
import { bylineBlockUnder, isBylineDateAt, isDateLine, isDatelineAt, isFullDate, setApartBelow } from './page-date.ts';
import { MARKDOWN_HEADING, MARKDOWN_QUOTE, mayHoldMarks, withoutCitationMarks, withoutMarkdown } from './markdown.ts';
import { collapseWhitespace, isSpaceCode, linesAreTidy, normalizeText, SPACE, spacedWords } from './normalize-text.ts';
import { APPARATUS_SECTION, closingLabelOf } from './timeline.ts';

/**
 * `•`, `- `, `* `, `+ ` and numbered items (`1. `, `2) `; never a year such as `2014. `). The
 * shapes a word processor sets as bullets too (`■`, `►`, `◆`, `▲`), but not `▲` before a figure
 * (`▲ 2.3%`, `▲ 12 pts`, `▲ +5`), a market report's rise; `▲ 9 April 2024 –` is an item.
 * Not a day before a Roman month (`15. IV. 2023 –`), a date as Central Europe writes it.
 */
export const BULLET = /^\s*(?:[•●▪◦‣∙·■►◆]|▲(?!\s*(?:[-+−]|\d[\d,]*(?:[.,]\d|\s*(?:%|pts?\b|points?\b|bps?\b|basis\b))))|[-–*+](?=\s)|\d{1,3}[.)](?=\s)(?!\s[IVX]{1,4}\.\s?(?:1\d|20|21)\d{2}(?!\d))|o(?=\s+[\p{Lu}\d]))\s*/u;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'vs.', 'v.']);

/** An e-mail's header line, quoted in a story: `From: …`, `To: …`, `RE: …`. */
const MAIL_HEADER = /^(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To|Re):\s/i;

/** A word with a letter, and a capitalised one: module patterns, not a literal made again for every word. */
const CAPITALISED = /^[\p{Lu}\d“"‘']/u;
const hasLetter = (word: string) => HOLDS_LETTER.test(word);

/** A transcript's speaker letters: `Q: `, `AB: `, `Q. `. */
const SPEAKER_LETTER_LABEL = /^\p{Lu}{1,2}:\s|^Q\.\s/u;
/** A short line in title case with no closing punctuation reads as a heading. */
export function looksLikeHeading(text: string): boolean {
  // `Q: Did you own it?` is an interviewer's turn, and `To: Denise Hollis` an e-mail's header, not a heading.
  // Nor is `Q. Did you see it?`, a court transcript's question.
  if (text.length > 100 || /[.!?:;,…"”’)\]]$/.test(text) || SPEAKER_LETTER_LABEL.test(text) || MAIL_HEADER.test(text)) return false;
  // Counted first without the arrays: most lines asked (a date alone, `January 22, 2009`) have too
  // few words, and splitting them cost about 1.5% of the text parser's time (20k synthetic articles).
  const lettered = wordsWithLetters(text);
  if (lettered < 2 || lettered > 12) return false;
  const words = text.split(' ').filter(hasLetter);
  const significant = words.filter((word) => !SMALL_WORDS.has(word.toLowerCase()));
  const capitalised = significant.filter((word) => CAPITALISED.test(word));
  return significant.length > 0 && capitalised.length / significant.length >= 0.75;
}

/**
 * How many of a text's words hold a letter, the words split at each space: the length of
 * `text.split(' ').filter(hasLetter)`, without its arrays. An ASCII letter is one; a word with
 * none but other characters beyond ASCII is asked of HOLDS_LETTER.
 */
export function wordsWithLetters(text: string): number {
  let count = 0;
  let start = 0;
  let lettered = false;
  let beyondAscii = false;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : SPACE;
    if (code === SPACE) {
      if (lettered || (beyondAscii && HOLDS_LETTER.test(text.slice(start, index)))) count += 1;
      start = index + 1;
      lettered = false;
      beyondAscii = false;
    } else if (!lettered) {
      // `| 32` folds an ASCII capital onto its small letter, and moves no other code into a–z.
      const folded = code | 32;
      if (folded >= 97 && folded <= 122) lettered = true;
      else if (code >= 128) beyondAscii = true;
    }
  }
  return count;
}

/** A transcript's speaker letters (`Q: `, `Q. `) or a capital-letter label before a question. */
const SPEAKER_LABEL_OR_QUESTION = new RegExp(`${SPEAKER_LETTER_LABEL.source}|^\\p{Lu}[\\p{Lu}'’ .-]*:\\s.*\\?$`, 'u');
/**
 * A subheading in sentence case (`What happens next`, `Aftermath`, `Why it matters?`): a short
 * line of at most six words, capitalised, with no closing punctuation but a question mark, and
 * no quotation marks or figures. A paragraph of a timeline says more than that.
 */
export function looksLikeSubheading(text: string): boolean {
  // `Interview: "I have nothing to hide"`: a section's kind and its quoted title.
  if (closesQuotation(text) && SECTION_WITH_QUOTED_TITLE.test(text)) return true;
  // A label in capitals before a colon opens a turn (`Q: `, and `PRYCE: Not the report itself?`
  // asking), never a heading; `ANALYSIS: The warnings nobody heeded` is one.
  if (/[.!:;,…"”’)\]]$/.test(text) || !OPENS_UPPER_CASE.test(text) || /["“”«»\d]/.test(text) || SPEAKER_LABEL_OR_QUESTION.test(text) || MAIL_HEADER.test(text)) return false;
  const words = text.split(' ');
  return words.length <= 6 && words.every(hasLetter) && parseStandaloneDate(text) === null;
}

/**
 * A section's kind, then its title in quotation marks, and nothing after: a subheading, not a
 * quotation of someone's.
 */
const SECTION_WITH_QUOTED_TITLE =
  /^(?:interview|analysis|comment|opinion|explainer|profile|review|q&a|transcript|background|editorial|factbox|verdict|the interview|in full)\s*:\s+["“‘'][^"“”]{3,80}["”’']$/iu;
/**
 * Whether a text ends with a closing quotation mark, as every match of SECTION_WITH_QUOTED_TITLE
 * does (`"`, `”`, `’`, `'`; with `iu`, no other character folds to them): asked first of every
 * paragraph, which nearly never ends so: looksLikeSubheading over the 15,914 paragraphs of a pass
 * over the 100 synthetic text articles in a loop, 0.63 against 0.47 ms (least of 40 rounds, 3 processes).
 */
export function closesQuotation(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x22 || last === 0x201d || last === 0x2019 || last === 0x27;
}

/**
 * The opening line of a plain-text article is its headline when it reads like one: short, with
 * no closing punctuation but a question mark, in title case or sentence case (`The rise and fall
 * of the Glenview tram`), and not a date.
 */
export function looksLikeHeadline(text: string): boolean {
  if (text.length > 120 || /[.!:;,…"”’)\]]$/.test(text) || !/^[\p{Lu}\d“"‘']/u.test(text)) return false;
  const words = text.split(' ').filter(hasLetter);
  return words.length >= 2 && words.length <= 16 && parseStandaloneDate(text) === null;
}

/**
 * Lines a text repeats three times or more, word for word (`CONFIDENTIAL — DRAFT`, a report's
 * title on every page): a running header or footer, not the story. Short lines only, and never a
 * date, a bullet or a quotation (`“No.”` may be said three times).
 */
export function repeatedLines(collapsedLines: string[]): Set<string> {
  // Counted first by a key of each line's length and a few of its characters, in a small table: a
  // line whose key fewer than three lines share is repeated fewer than three times, and is neither
  // read for quotation marks nor hashed for the map of counts (most lines: over the 100 synthetic
  // text articles' lines, fresh each round, 0.33 against 0.79 ms a pass, least of 40 rounds).
  const linesByKey = LINES_BY_KEY.fill(0);
  for (const text of collapsedLines) {
    if (text.length < 8 || text.length > 100) continue;
    const key = lineKey(text);
    if (linesByKey[key]! < 3) linesByKey[key] += 1;
  }
  const counts = new Map<string, number>();
  for (const text of collapsedLines) {
    // A collapsed line is tidy: opening plainly, it is no bullet (plainOpening).
    if (text.length < 8 || text.length > 100 || linesByKey[lineKey(text)]! < 3 || (!plainOpening(text) && BULLET.test(text)) || /["“”]/.test(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  // Read in place: an array of every line's entry was built to keep the few repeated.
  const repeated = new Set<string>();
  counts.forEach((count, text) => {
    if (count >= 3 && !parseStandaloneDate(text)) repeated.add(text);
  });
  return repeated;
}
/** How many lines (up to 3) have each key (lineKey), reused by every text. */
const LINE_KEYS = 1024;
const LINES_BY_KEY = new Uint8Array(LINE_KEYS);
/**
 * A line's key, the same for the same words (a line of 8 characters or more): its length, its
 * first two characters and those where a date's day or a page number stands (`March 9, 2011`).
 */
export function lineKey(text: string): number {
  const length = text.length;
  return ((length << 4) ^ text.charCodeAt(0) ^ (text.charCodeAt(1) << 2) ^ (text.charCodeAt(length - 7) << 5) ^ (text.charCodeAt(length - 8) << 3) ^ (text.charCodeAt(length - 1) << 1)) & (LINE_KEYS - 1);
}

/** `See also[edit]`: a wiki page's section label, its edit link copied with it (asked only of a line holding `[edit]`, as every match does). */
export const EDIT_LINK = /\[edit\]\s*$/;

/**
 * `References` / `^ Penrose, A. (1932). …`, `See also` / `List of tramway strikes`: a wiki page's
 * apparatus label copied without its `[edit]` and with no blank line under it, over a citation
 * (`^`) or a link's title (short, ending no sentence), after a sentence's end. Not a story's own
 * `Notes` over its paragraph's first line, nor a word of a wrapped sentence (`… the` / `Notes`).
 */
function labelsApparatusLines(label: string, above: string[], below: string | undefined): boolean {
  if (label.length > 40 || !OPENS_UPPER_CASE.test(label) || !APPARATUS_SECTION.test(label)) return false;
  if (above.length > 0 && !ENDS_SENTENCE.test(above.at(-1)!)) return false;
  const next = collapseWhitespace(below ?? '');
  return CITATION_LINE.test(next) || (next.length > 0 && next.length <= 80 && !/[.!?:;,]["”’)]?$/.test(next));
}
/** A wiki's citation line: `^ Penrose, A. (1932).`, `^ a b "Tram men's wages"`. */
const CITATION_LINE = /^\^\s/;

/** A label over a list of links to other stories: `Related`, `Read more:`, `Read next: <first link>`. */
/** Furniture whose value is on the next line: `News provided by`, `Photographs by`. */
const BY_LABEL = /\bby:?$/i;

const LINK_LIST_LABEL = /^(related( stories| articles| coverage| topics| posts| reading| links| content)?|read (more|next|also)|also read|must read|more on this story|see also|you (might|may) also like|recommended( for you)?|most (read|popular)|(latest|recent) (news|stories|posts|headlines|articles)|top stories)\s*(:|$)/i;

/** The line right under this one is a date or a publication stamp (`Tue 14 Nov 2023 18.02 GMT`, `Published 14 November 2023`). */
function stampBelow(lines: string[], index: number): boolean {
  const next = collapseWhitespace(lines[index + 1] ?? '');
  return next !== '' && (isDateLine(next) || (/\d{4}/.test(next) && isBoilerplate(next) && parseLeadingDate(next) === null));
}

/**
 * A short subheading (`Legacy`, `What happens next`: four words at most) over a blank line or a
 * sentence's line: capitalised, of six words or more, and ending a sentence or as long as a
 * wrapped line is.
 */
function labelOverSentence(label: string, below: string | undefined): boolean {
  // A story's own `References` over its paragraph is the story's (labelsApparatusLines reads a wiki's).
  // Nor a dateline (`OSTBURY, England` over its story's first line).
  if (spacedWords(label) > 4 || label.includes(',') || WRAPS_ON.test(label) || !looksLikeSubheading(label) || APPARATUS_SECTION.test(label)) return false;
  const next = (below ?? '').trim();
  return next === '' || (/^[\p{Lu}"“‘']/u.test(next) && (ENDS_SENTENCE.test(next) || next.length >= 60) && spacedWords(next) >= 6);
}

/**
 * A post copied from X's page as it shows it: the name, the handle, the post, its time and date
 * (`Jane Doe` / `@janedoe` / `Devastated that …` / `3:15 PM · Mar 3, 2024`). Its words are the
 * poster's, credited as an embedded post's are (`“…” — Jane Doe (@janedoe) Mar 3, 2024`); the
 * name and stamp no words of it.
 */
function pastedPost(lines: string[]): string | null {
  if (lines.length < 3 || !POST_HANDLE.test(lines[1]!) || !POSTER.test(lines[0]!)) return null;
  const stamp = POST_STAMP.exec(lines.at(-1)!);
  const words = collapseWhitespace(lines.slice(2, stamp ? -1 : undefined).join(' '));
  if (!words) return null;
  return creditedQuotation(words, `— ${lines[0]!.trim()} (${lines[1]!.trim()})${stamp ? ` ${stamp[1]}` : ''}`);
}
const POST_HANDLE = /^\s*@\w{1,30}\s*$/;
/** The poster's name as X shows it: a few capitalised words, no sentence. */
const POSTER = /^\s*\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,4}\s*$/u;
/** `3:15 PM · Mar 3, 2024`: the post's time and date, the date kept for its credit. */
const POST_STAMP = /^\s*\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*·\s*(\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4})\s*$/u;

/** A live blog's list of links to its own posts, and the stamp of each. */
export const KEY_EVENTS = /^key (?:events|moments|updates)$/i;
/**
 * The longest line KEY_EVENTS matches (`key moments`, `key updates`), and CONTENTS_LABEL (`table of
 * contents hide`): asked of every line, the patterns are asked only of lines as short (with no `u`
 * flag, each character of a pattern matches one of the line's).
 */
export const LONGEST_KEY_EVENTS = 11;
export const LONGEST_CONTENTS_LABEL = 22;
const RELATIVE_STAMP = /^\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?) ago$/i;

/** A wiki page's table of contents: its label, then numbered lines (`1 History`, `2.1 Early life`). */
export const CONTENTS_LABEL = /^(table of )?contents(?: hide| show)?$/i;
/** The first line of a wiki's newer contents, unnumbered: `(Top)`, then its sections' names to a blank line. */
const CONTENTS_TOP = /^\(top\)$/i;
const CONTENTS_LINE = /^\d{1,2}(\.\d{1,2})*\s+\S/;

/**
 * A row of a table pasted as text, tab-separated (from a browser or a word processor) or a
 * Markdown pipe table's: a date in its first cell becomes a leading date (`14 September 2021 —
 * The council …`), the row of column labels (`Date | What happened`) and a pipe table's rule row
 * are dropped (null). Any other line comes back as it is.
 */
function asTableRow(line: string): string | null {
  const piped = line.includes('|') ? PIPE_ROW.exec(line) : null;
  if (!piped && !line.includes('\t')) return line;
  const cells = (piped ? piped[1]!.split('|') : line.split('\t')).map((cell) => cell.trim()).filter(Boolean);
  if (piped && /^[\s|:-]*$/.test(line)) return null;
  if (cells.length < 2) return piped ? cells.join(' ') : line;
  if (cells.every((cell) => COLUMN_LABEL.test(cell))) return null;
  // A first cell of figures (`3/28`, `30.09`) is a day too: a table's column has no sentence to be part of.
  return parseStandaloneDate(cells[0]!) || parseNumericDay(cells[0]!)?.rest === null ? `${cells[0]} — ${cells.slice(1).join(' ')}` : cells.join(' ');
}

const PIPE_ROW = /^\s*\|(.*)\|\s*$/;

/**
 * The text with its table rows read (asTableRow, infoboxRows), its lines joined by `\n`, and
 * whether each of its lines is a row that dates an entry or any row of a Markdown table (other
 * tab-separated lines, an infobox's `Location<tab>Torvane`, read on as before).
 */
function withTableRowsRead(body: string): { text: string; isRow: boolean[] } {
  // Most texts hold no tab, bar or carriage return: no line is a row, and the lines joined again
  // are the text itself (splitting, reading and joining them cost some 2% of the text parser's time).
  if (!body.includes('\t') && !body.includes('|') && !body.includes('\r')) return { text: body, isRow: [] };
  // Split at the plain `\n` when no carriage return is there (a split by a pattern costs more).
  const rawLines = body.includes('\r') ? body.split(/\r\n?|\n/) : body.split('\n');
  const infobox = infoboxRows(rawLines);
  const rows = rawLines.map((line, index) => (infobox.has(index) ? null : asTableRow(line)));
  const isRow = rawLines
    .map((line, index) => rows[index] !== null && rows[index] !== line && (PIPE_ROW.test(line) || TIMELINE_ROW.test(rows[index]!)))
    .filter((_isRow, index) => rows[index] !== null);
  return { text: rows.filter((row): row is string => row !== null).join('\n'), isRow };
}

/** An infobox's row copied as text: a label, a tab, its value (`Location<tab>Ostbury, England`). */
const INFOBOX_ROW = /^\s*(\p{Lu}[\p{L}'’ ()-]{0,30})\t+[^\t]+$/u;

/**
 * A wiki's infobox copied as text: two rows or more of a label and its value (`Date<tab>3 May – 21
 * June 1911`, `Location<tab>Ostbury`), none dated in its label (a timeline's rows are dated in
 * their first cell). The page's facts, set apart from its story, as in HTML.
 */
function infoboxRows(lines: string[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const index of run) found.add(index);
    run = [];
  };
  lines.forEach((line, index) => {
    const row = line.includes('\t') ? INFOBOX_ROW.exec(line) : null;
    if (row && row[1]!.trim().split(/\s+/).length <= 3 && !parseStandaloneDate(row[1]!.trim())) run.push(index);
    else close();
  });
  close();
  return found;
}
/** What asTableRow makes of a row dated in its first cell. */
const TIMELINE_ROW = / — /;

/** A table's column label: `Date`, `Event`, `What happened`, `Key moment`. */
const COLUMN_LABEL = /^(?:date|when|time|year|event|events|what happened|details?|description|key (?:moment|event)s?|milestone|source|notes?)$/i;

/** A menu's item: one to three words, the first capitalised, no figure or punctuation. */
const MENU_ITEM = /^\p{Lu}[\p{L}&'’-]*(?: \p{L}[\p{L}&'’-]*){0,2}$/u;

/**
 * A site's chrome over a plain-text headline: sections in capitals joined by a separator
 * (`CONSUMER | MONEY`, `SPORT / FOOTBALL / WOMEN'S SUPER LEAGUE`), a menu of three short items
 * or more (`Home | News | UK | Crime`), the account's links (`Log in  Subscribe`), or a section's
 * name in capitals under the site's other chrome (`Skip to main content` / `LOCAL NEWS`). Not a
 * headline (`NHS | The crisis in our A&E`, `Before / After`, `LOCKDOWN` over its standfirst), a
 * row of a table (a date, a figure), nor a day's label (`DAY ONE`).
 */
function isTopKicker(line: string, afterChrome: boolean): boolean {
  if (/\d/.test(line) || /^(?:DAY|WEEK|PART|CHAPTER)\b/i.test(line)) return false;
  if (ACCOUNT_LINKS.test(line)) return true;
  const items = line.split(/\s+[|/>·•»›]\s+/);
  if (items.length >= 2) return items.every((item) => CAPITALS.test(item)) || (items.length >= 3 && items.every((item) => spacedWords(item) <= 2 && OPENS_UPPER_CASE.test(item)));
  // Under the site's other chrome (`Skip to main content`): alone, `LOCKDOWN` over `How one town
  // lived through 2020` may be the headline over its standfirst.
  return afterChrome && CAPITALS.test(line) && spacedWords(line) <= 2;
}
const CAPITALS = /^\p{Lu}[\p{Lu}'’&-]*(?:\s+\p{Lu}[\p{Lu}'’&-]*)*$/u;

/**
 * A menu copied as one line, its items set apart by runs of spaces: `Home   About   What's On
 * Contact`. Not by tabs: a table's header row (`Date<tab>Event<tab>Source`) is read as one.
 */
function isMenuRow(line: string): boolean {
  if (line.includes('\t')) return false;
  const items = line.trim().split(/ {2,}/);
  return items.length >= 3 && items.every((item) => MENU_ITEM.test(item));
}
const ACCOUNT_LINKS =
  /^(?:(?:[Ll]og ?[Ii]n|[Ss]ign ?[Ii]n|[Ss]ign ?[Uu]p|[Ss]ubscribe|[Rr]egister|[Mm]y [Aa]ccount)(?:\s+(?:[Ll]og ?[Ii]n|[Ss]ign ?[Ii]n|[Ss]ign ?[Uu]p|[Ss]ubscribe|[Rr]egister|[Mm]y [Aa]ccount))+)$/u;

/** A line that a wrapped headline goes on from: it ends in a small word (`… Lost Control of Its`). */
const WRAPS_ON = /\s(?:of|its|his|her|their|the|a|an|and|or|to|in|on|for|with|at|by|from|as|into|over|after|before)$/i;

/** A numbered item's mark: `1. `, `2) `. */
const NUMBERED = /^\s*\d{1,3}[.)]\s/;

/** A line that goes on with the one above it: in lower case, or an address (`clinic@example.org or call …`). */
const CONTINUES = /^(?:\p{Ll}|[\w.+-]+@|https?:\/\/|www\.)/u;

/** A line that ends a sentence, its closing mark or bracket aside. */
const ENDS_SENTENCE = /[.!?]["”’)\]]?$/;

/** A transcript's speaker in capitals, or its `Q:` / `A:`, opening a line. */
const TURN_LABEL = /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?[\])]?\s+)?(?:\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}|Q|A):\s+\S/u;

/** A line as long as a hard wrap leaves, ending no sentence: the next line goes on with it (`… culvert under the` / `A14, which …`). */
function wrapsOn(text: string): boolean {
  return text.length >= 40 && !/[.!?:]["”’)]?$/.test(text);
}

/**
 * A day or a season standing alone as a label (`Friday 9th`, `Tuesday`, `Summer`), short as labels
 * are; not `The Fall` over the rest of a headline (`Of The House Of Usher`), a word before a season's.
 */
function labelAlone(line: string): boolean {
  return line.length <= 24 && (parseDayLabel(line)?.rest === null || (!/^the\s|fall/i.test(line) && parseSeasonLabel(line)?.rest === null));
}

/**
 * A line that opens an entry of a timeline written one entry a line: a date (`Jan. 9, 2024 - …`),
 * a day told from the one before (`Mon. 15 – …`), or a sentence opening with its date (`On 14 July
 * the council …`).
 */
function opensEntryLine(line: string): boolean {
  return parseLeadingDate(line) !== null || parseDayLabel(line)?.rest != null || parseOnDateSentence(line) !== null;
}

/**
 * Whether a line's first character is a word's that none of the shapes read by their opening
 * opens with: an ASCII letter but Word's bullet `o`, or a quotation mark (`“`, `"`, `‘`). Every
 * match of SCENE_BREAK, MARKDOWN_QUOTE, MARKDOWN_HEADING, BULLET and a link alone (isListedLink)
 * opens with white space or one of their marks; PAGE_HEADER's holds three white spaces in a row.
 * Asked of a line collapsing leaves as it is (no white space at its edges nor two together), none
 * of them can match it.
 */
export function plainOpening(line: string): boolean {
  const code = line.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122 && code !== 111) || code === 0x201c || code === 0x22 || code === 0x2018;
}

/** How many white-space characters (`\s`) open a line: the length of `^\s*`'s match, read without a match array and its string. */
export function leadingWhiteSpace(line: string): number {
  let count = 0;
  while (count < line.length && isSpaceCode(line.charCodeAt(count))) count += 1;
  return count;
}

/**
 * A line under a `Related` label that goes on with its links: a bullet, a Markdown line that is
 * only a link (`[Flood insurance: what you need to know](…)`), or a headline: a short line that
 * ends no sentence (it may ask a question, `Fan-owned clubs: does the model work?`), unless a
 * blank line already followed the list's headlines. Asked only under such a label.
 */
function isListedLink(trimmed: string, unquoted: string, isBullet: boolean, inLinkList: 'list' | 'links' | 'inline'): boolean {
  return isBullet || LINK_ALONE.test(unquoted) || (inLinkList !== 'links' && trimmed.length <= 120 && !/[.!]["”’]?$/.test(trimmed));
}
export const LINK_ALONE = /^\s*(?:[-*+]\s+)?\[[^\]]+\]\([^)]*\)\s*$/;

/**
 * isBoilerplate of each of the lines by its index, asked once a line (it reads nothing but the
 * line): the page top's and foot's readers ask the lines that the line loop asks again.
 */
export function furnitureOfLines(lines: string[]): (index: number) => boolean {
  // 0 not asked yet, then FURNITURE or STORY.
  const answers = new Uint8Array(lines.length);
  return (index) => {
    if (answers[index] === 0) answers[index] = isBoilerplate(lines[index]!) ? FURNITURE : STORY;
    return answers[index] === FURNITURE;
  };
}
const [FURNITURE, STORY] = [1, 2];

/** A callout's first line: `[!NOTE]`, Obsidian's `[!info]- Provisional figures`, and its title. */
const CALLOUT_MARKER = /^\s*\[![A-Za-z]+\][+-]?(?:\s+(\S.*))?\s*$/;

export function textToBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let pending: string[] = [];
  let pendingGap = 1;
  let pendingQuoted = false;
  let blankLines = 0;
  let seenContent = false;
  // After a `Related` or `Read more:` label, the lines of links under it (see LINK_LIST_LABEL).
  // 'links' once a blank line followed the list's headlines: only lines that are plainly links
  // (bullets, Markdown links) go on with it, not a subheading (`Who will pay for the repairs?`).
  let inLinkList: 'list' | 'links' | 'inline' | false = false;
  let linksSeen = 0;
  let afterPageFurniture = false;
  /** The line before was furniture ending in `by` (`News provided by`): this one names who. */
  let afterByLabel = false;
  let inCallout = false;
  let inContents: 'numbered' | 'named' | false = false;
  // Whether each block, by its place, is a line found not to be furniture: it need not be asked
  // again (most are). Kept beside the blocks, pushed, popped and replaced with them: a set of the
  // blocks (before it, of their texts) hashed each one, some 4% of textToBlocks's time (profiled on
  // the 100 synthetic text articles).
  const keptAt: boolean[] = [];
  const pushBlock = (block: Block, kept = false): Block => {
    blocks.push(block);
    keptAt.push(kept);
    return block;
  };
  const popBlock = () => {
    blocks.pop();
    keptAt.pop();
  };
  const replaceLastBlock = (block: Block) => {
    blocks[blocks.length - 1] = block;
    keptAt[keptAt.length - 1] = false;
  };
  // The bullet items in a row (blank lines between allowed) are one list, numbered as HTML's are
  // (Block.structure): a timeline of bullets ends with its list. A line right under an item, with
  // no blank line between, goes on with the item's text when it is indented or goes on in lower case.
  let lists = 0;
  let inList = false;
  let itemOpen = false;
  /** The open item's indentation and whether Word's `o` marks it: a sub-item is indented deeper, or an `o` under a `•`. */
  let itemIndent = 0;
  let itemIsO = false;

  // The source's hyphenated pairs, read once, and only for a paragraph broken at a hyphen.
  let pairs: Set<string> | undefined;
  const hyphenated = () => (pairs ??= hyphenatedPairs(source));

  // A line of the site's chrome (`Skip to main content`, `Subscribe`) seen before the story's first block.
  let chromeAtTop = false;
  /** Whether the line read may still be a site's chrome over the headline (isTopKicker). */
  let kickersAllowed = true;
  /** A byline line just above at the top (`By Hannah Lowe`), or a full date's block just above. */
  let bylineAbove = false;
  let dateLineAbove: Block | undefined;
  /** A share button's label just above (blank lines aside): an `X` under it is X's button. */
  let shareLabelAbove = false;
  /** How many more lines may be the wrapped tail of a paragraph that furniture opened. */
  let furnitureTail = 0;
  /**
   * `Council votes to close the pool` / `The decision ends a two-year fight.` / `By Jane Smith`: a
   * headline and its standfirst with no blank line between, over a byline. Nothing of the story
   * stands over a byline at the top, so the first line is the headline, set apart from the
   * standfirst under it (a capital opening it: a wrapped sentence goes on in lower case).
   */
  const headlineOverByline = () => {
    if (blocks.length > 0 || pending.length < 2 || pendingQuoted) return;
    const [first, second] = [pending[0]!, pending[1]!];
    if (!looksLikeHeadline(first) || WRAPS_ON.test(first) || !/^[\p{Lu}"“‘']/u.test(second)) return;
    pushBlock({ kind: 'paragraph', text: collapseWhitespace(first), gapBefore: pendingGap });
    pending = pending.slice(1);
    pendingGap = 1;
  };
  const flush = (beforeChrome = false) => {
    // `News` / `Politics` / `Cost of living`: a site's menu copied with its page, a few words a
    // line, before anything of the story and beside the site's other chrome (a headline set over
    // three lines, or the names of the dead under `They were named as:`, is story).
    // A menu of desks' names alone (`News` / `Sport` / `Weather`) needs no other chrome beside it.
    // Two short items between chrome lines, above and below (`Skip to navigation` / `Print
    // subscriptions` / `Search jobs` / `Sign in`), are a menu too.
    const menu = blocks.length === 0 && (pending.length >= 3 || (pending.length === 2 && beforeChrome && chromeAtTop)) && pending.every((line) => MENU_ITEM.test(line)) && (chromeAtTop || beforeChrome || pending.every((line) => SECTION_NAME.test(line)));
    // A report's title over its subtitle, both in title case (`Independent Review of the Harrowgate
    // Reservoir Spill` / `Final Report to the Board of …`): the title, then its subtitle, not one
    // long line that no title reads like. Not a second line with a figure, an issue or a date
    // (`Issue 212 — Friday 15 March 2024`), which the title keeps.
    // Nor a headline wrapped over two lines (`How a Small Town Council Lost Control of Its` / `Water Supply …`).
    if (blocks.length === 0 && !menu && pending.length === 2 && !pendingQuoted && pending.every((line) => looksLikeHeading(line)) && !/\d/.test(pending[1]!) && !WRAPS_ON.test(pending[0]!)) {
      pushBlock({ kind: 'paragraph', text: collapseWhitespace(pending[0]!), gapBefore: pendingGap });
      pushBlock({ kind: 'paragraph', text: collapseWhitespace(pending[1]!), gapBefore: 1, subtitle: true });
      pending = [];
      return;
    }
    const post = menu ? null : pastedPost(pending);
    // Without marks (`marked`), each pending line is a collapsed line as it is, and joined by one
    // space (or glued at a broken word) they are collapsed already: collapsing them again cost
    // about 1.3% of the text parser's time (profiled on the 20k synthetic articles).
    const joined = menu || post ? '' : joinWrappedLines(pending, hyphenated);
    const text = menu ? '' : (post ?? (marked ? collapseWhitespace(joined) : joined));
    // A paragraph of one line is that line, read as no furniture (every pending line was).
    const oneKeptLine = pending.length === 1 && text === pending[0];
    pending = [];
    if (!text) return;
    pushBlock({ kind: pendingQuoted ? 'blockquote' : 'paragraph', text, gapBefore: pendingGap }, oneKeptLine);
  };

  // Table rows are read before normalising, which folds their tabs into spaces. Each row is a
  // paragraph of its own.
  const { text: rowsRead, isRow } = withTableRowsRead(withoutFrontMatter(source));
  const normalized = normalizeText(rowsRead);
  const lines = normalized.split('\n');
  // Most articles hold no Markdown or citation mark: their lines are not read for them one by one.
  const marked = mayHoldMarks(normalized);
  // Each line collapsed once: the repeated lines are counted by it, and most lines are read as it.
  // A text whose lines are all tidy (one scan) is its own collapsed lines: asking each line cost
  // about 1.5% of the text parser's time (the 20k synthetic articles).
  const collapsedLines = linesAreTidy(normalized) ? lines : lines.map(collapseWhitespace);
  const repeated = repeatedLines(collapsedLines);
  // A news page copied whole (select all, paste): its menus, cookie notice and footer around the story.
  const cookieButtons = new Set<number>();
  // Whether each line is furniture, asked once: the page top's and foot's readers ask the lines
  // that the line loop asks again.
  const isFurnitureAt = furnitureOfLines(collapsedLines);
  const pastedHeadline = pastedPageHeadline(collapsedLines, cookieButtons, isFurnitureAt);
  const pastedFooter = pastedPageFooter(collapsedLines, isFurnitureAt);
  /** The lines up to here are a page stamp's (bylineBlockUnder), read with it. */
  let skipTo = -1;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    const line = lines[lineIndex]!;
    if (lineIndex >= pastedFooter) break;
    if (lineIndex < skipTo || cookieButtons.has(lineIndex)) continue;
    if (lineIndex < pastedHeadline) {
      chromeAtTop ||= collapsedLines[lineIndex] !== '';
      continue;
    }
    // The headline a block of its own: the standfirst under it, no blank line between, is the story's.
    if (lineIndex === pastedHeadline) {
      pushBlock({ kind: 'paragraph', text: collapsedLines[lineIndex]!, gapBefore: 1 });
      seenContent = true;
      kickersAllowed = false;
      continue;
    }
    if (isRow[lineIndex]) flush();
    // A line that collapsing leaves as it is, empty or opening with a word (most lines), is none
    // of the shapes read by their opening marks below (see plainOpening). Their patterns cost
    // some 3% of the text parser's time, asked of every line (profiled on the 20k synthetic articles).
    const plainLine = collapsedLines[lineIndex] === line && (line === '' || plainOpening(line));
    // `* * *`, `***`, `---`, `⁂`: a scene break, a wider gap than a blank line, never text.
    if (!plainLine && SCENE_BREAK.test(line)) {
      flush();
      blankLines += 2;
      continue;
    }
    // `NORTHFIELD CIVIC REVIEW      2`: a PDF page's running header with its page number.
    if (!plainLine && PAGE_HEADER.test(line)) {
      afterPageFurniture = true;
      continue;
    }
    const quotedLine = !plainLine && MARKDOWN_QUOTE.test(line);
    let unquoted = quotedLine ? line.replace(MARKDOWN_QUOTE, '') : line;
    // `> [!NOTE]`: a callout box (GitHub, Obsidian) is the writer's own note, never a quotation;
    // its marker goes and its lines (a title after the marker too) are read as paragraphs.
    const callout = quotedLine ? CALLOUT_MARKER.exec(unquoted) : null;
    if (callout) {
      flush();
      inCallout = true;
      if (!callout[1]) continue;
      unquoted = callout[1];
    }
    inCallout &&= quotedLine;
    const quoted = quotedLine && !inCallout;
    const uncited = marked ? withoutCitationMarks(unquoted) : unquoted;
    const collapsed = uncited === line ? collapsedLines[lineIndex]! : collapseWhitespace(uncited);
    const trimmed = marked ? withoutMarkdown(collapsed) : collapsed;
    if (trimmed === '') {
      flush();
      if (inContents === 'named') inContents = false;
      furnitureTail = 0;
      itemOpen = false;
      afterByLabel = false;
      [bylineAbove, dateLineAbove] = [false, undefined];
      // The blank lines around a page's running header stand for no gap in the story.
      if (!afterPageFurniture) blankLines += 1;
      // `RELATED: Port workers vote to strike` links one story on its own line: no list follows.
      if (inLinkList === 'inline') inLinkList = false;
      if (inLinkList === 'list' && linksSeen > 0) inLinkList = 'links';
      continue;
    }
    // Read once per line: a byline and its date are next to each other or not at all.
    const [bylineBefore, dateLineBefore] = [bylineAbove, dateLineAbove];
    [bylineAbove, dateLineAbove] = [false, undefined];
    if (inContents === 'numbered' && CONTENTS_LINE.test(trimmed)) continue;
    // Unnumbered (`(Top)` / `Background` / `Strike`): its lines up to the blank line under it.
    if (inContents === 'named') {
      if (/^toggle the table of contents$/i.test(trimmed)) inContents = false;
      continue;
    }
    inContents = false;
    // The line read as it is (no mark dropped, no space collapsed): as plain as the line.
    const plainTrimmed = plainLine && trimmed === line;
    const isBullet = !plainTrimmed && BULLET.test(trimmed);
    const isMarkdownHeading = !plainTrimmed && MARKDOWN_HEADING.test(trimmed);
    // `## Related` labels its links as `Related` does.
    const plain = isMarkdownHeading ? trimmed.replace(MARKDOWN_HEADING, '') : trimmed;
    // A page's running header or footer, copied from a PDF with every page.
    // (Asked only when some line repeats: hashing every line's text cost more than the answer.)
    if (repeated.size > 0 && repeated.has(trimmed)) {
      afterPageFurniture = true;
      continue;
    }
    afterPageFurniture = false;
    const gapBefore = seenContent ? Math.max(1, blankLines) : 1;
    // Readers' comments under their heading end the article (after a `Related` list's links too).
    if (isCommentsHeading(plain)) break;
    // Links go on as bullets, links or headlines, and no date (a date line is the timeline going on).
    if (inLinkList && isListedLink(trimmed, unquoted, isBullet, inLinkList) && !parseStandaloneDate(trimmed) && !parseLeadingDate(trimmed)) {
      linksSeen += 1;
      blankLines = 0;
      continue;
    }
    // `Related stories` / `Relief ferry charter agreed` / `October 19, 2023`: a full date right under
    // a link, with no blank line between, is the linked story's stamp, and the list goes on.
    if (inLinkList === 'list' && linksSeen > 0 && isDateLine(trimmed)) continue;
    inLinkList = false;
    seenContent = true;
    blankLines = 0;
    // `CONSUMER | MONEY`, `SPORT / FOOTBALL / WOMEN'S SUPER LEAGUE`, `Home | News | UK | Crime`,
    // `LOCAL NEWS`: the site's section or menu over the headline, before anything else. The
    // headline under it is the title.
    // A newspaper's section alone over the headline (`NEWS`, `OBITUARIES`, `Science`), a blank line
    // after it: not one item of a menu of a line each.
    // Or right over the headline, which stands alone (`Politics` / `Council leader quits over
    // library closure` / a blank line): not a menu of a line each (`News` / `Sport` / `Weather`).
    if (kickersAllowed && blocks.length === 0 && pending.length === 0 && !isBullet && !isMarkdownHeading && (isSectionOverHeadline(plain, lines, lineIndex) || isTopKicker(plain, chromeAtTop))) {
      chromeAtTop = true;
      continue;
    }
    // `Pelham Village News` / `Home   About   Parish Council   Contact` / the headline: a site's
    // name and its menu, set apart by runs of spaces, over the story: both are chrome.
    if (blocks.length <= 1 && pending.length === 0 && isMenuRow(unquoted)) {
      if (blocks.length === 1 && blocks[0]!.text.length <= 60 && !/[.!?:]["”’]?$/.test(blocks[0]!.text)) popBlock();
      chromeAtTop = true;
      continue;
    }
    // `News provided by` / `Acme Hydration Inc.`: the value of a label that ends its line.
    if (afterByLabel) {
      afterByLabel = false;
      if (plain.length <= 60 && !/[.!?]["”’]?$/.test(plain.replace(/\b(?:Inc|Ltd|Co|Corp|Plc|LLC)\.$/i, ''))) continue;
    }
    // The wrapped tail of a paragraph that furniture opened and that ended no sentence (`… Email
    // us at` / `tips@…`), two lines at most.
    if (furnitureTail > 0 && pending.length === 0 && CONTINUES.test(plain)) {
      furnitureTail = ENDS_SENTENCE.test(plain) ? 0 : furnitureTail - 1;
      continue;
    }
    furnitureTail = 0;
    // `Jane Doe and Tom Reid` / `Tue 14 Nov 2023 18.02 GMT` at the top: names alone over the
    // page's stamp are its byline, not a heading over the story.
    if (blocks.length <= 3 && pending.length === 0 && isNamesOnly(plain) && stampBelow(lines, lineIndex)) {
      bylineAbove = true;
      chromeAtTop ||= blocks.length === 0;
      continue;
    }
    // `Council closes pool` / `Jane Smith and Tom Lee` / the story: names alone under the headline,
    // with no stamp, are its byline too, not a heading naming the story's first section. Only
    // before the story's first paragraph: a post's `Jane Doe` over `@janedoe` under it is the poster's.
    // (Its cheap tests first: a line too long for a byline asks nothing of the blocks above.)
    if (
      plain.length <= LONGEST_BYLINE &&
      !pendingQuoted &&
      !isBullet &&
      !isMarkdownHeading &&
      (blocks.length === 0 ? (pending.length === 1 || (pending.length === 2 && ENDS_SENTENCE.test(pending[1]!))) && looksLikeHeadline(pending[0]!) : blocks.length <= 2 && pending.length === 0 && (blocks.every(isOverStory) || standfirstOverDatedByline(blocks, lines, lineIndex))) &&
      isBylineUnderHeadline(plain, lines, lineIndex, normalized)
    ) {
      headlineOverByline();
      flush();
      bylineAbove = true;
      continue;
    }
    // `Share this:` / `Facebook` / `X` / `Email`: X's button among the share buttons' labels, a line each.
    const shareLabelBefore = shareLabelAbove;
    shareLabelAbove = false;
    if (shareLabelBefore && isShareLabel(plain, true)) {
      shareLabelAbove = true;
      continue;
    }
    if (plain === collapsedLines[lineIndex] ? isFurnitureAt(lineIndex) : isBoilerplate(plain)) {
      shareLabelAbove = isShareLabel(plain, false);
      afterByLabel = BY_LABEL.test(plain);
      // A furniture line that goes on from a short paragraph's lines above it (`Contact the clinic
      // at` / `clinic@example.org or call …`): those lines were its head, a sentence it wrapped.
      const head = pending.length > 0 && pending.length <= 2 && !ENDS_SENTENCE.test(pending.at(-1)!) && !pendingQuoted && CONTINUES.test(plain);
      if (head) pending = [];
      // Only a paragraph the furniture opened (after a blank line, or its head just dropped), not a list item's line.
      const opensParagraph = head || (pending.length === 0 && !itemOpen && (lineIndex === 0 || lines[lineIndex - 1]!.trim() === ''));
      furnitureTail = opensParagraph && !ENDS_SENTENCE.test(plain) ? 2 : 0;
      if (isBylineLine(plain)) headlineOverByline();
      flush(true);
      // `By Hannah Lowe` over or under `14 February 2022`, at the top: the byline's date, which
      // dates the page (page-date.ts), not an entry of its story.
      if (blocks.length <= 2 && isBylineLine(plain)) {
        if (dateLineBefore && blocks.at(-1) === dateLineBefore) popBlock();
        bylineAbove = true;
      }
      chromeAtTop ||= blocks.length === 0;
      // A live blog's key events list stamps each link (`2h ago` / `Council declares major incident`): the list goes on.
      if (inLinkList && RELATIVE_STAMP.test(plain)) continue;
      const label = LINK_LIST_LABEL.exec(plain);
      inLinkList = label ? (plain.length > label[0].length ? 'inline' : 'list') : false;
      linksSeen = 0;
      continue;
    }
    // `Key events` over `2h ago` / `Council declares major incident`: a live blog's links to its own
    // posts, told by their stamps (a story's own `Key events` over its points is the story).
    if (plain.length <= LONGEST_KEY_EVENTS && KEY_EVENTS.test(plain) && RELATIVE_STAMP.test(collapseWhitespace(lines[lineIndex + 1] ?? ''))) {
      flush();
      [inLinkList, linksSeen] = ['list', 0];
      continue;
    }
    // The site's chrome comes first: past the first line of anything else, no more is taken for it.
    kickersAllowed = false;
    // `Contents` over `1 History`, `2 See also`: a wiki page's table of contents, to its last numbered line.
    if (plain.length <= LONGEST_CONTENTS_LABEL && CONTENTS_LABEL.test(plain)) {
      const underContents = collapseWhitespace(lines[lineIndex + 1] ?? '');
      if (CONTENTS_LINE.test(underContents) || CONTENTS_TOP.test(underContents)) {
        flush();
        inContents = CONTENTS_TOP.test(underContents) ? 'named' : 'numbered';
        continue;
      }
    }
    // `Strike[edit]`, `References[edit]`, `See also[edit]` on a line of their own, their lines
    // right under them (a wiki page copied as text, a browser setting no blank line under a
    // heading): a heading of its own, so the lines under it are its section's, instead of joining
    // the heading or the last entry. Only with the wiki's `[edit]`: a story's own `References` or
    // `Notes` over its paragraph is no such section.
    if (!isBullet && plain.length <= 80 && ((unquoted.includes('[edit]') && EDIT_LINK.test(unquoted)) || labelsApparatusLines(plain, pending, lines[lineIndex + 1]))) {
      flush();
      pushBlock({ kind: 'heading', text: plain, gapBefore }, true);
      continue;
    }
    // A sub-item right under an item (`o …`, an indented `- …`) is part of that item, as a nested
    // list is part of its item in HTML: the entry it details goes on.
    const indent = plainLine ? 0 : leadingWhiteSpace(unquoted);
    if (isBullet && itemOpen && !quoted && (indent > itemIndent || (/^o\s/.test(trimmed) && !itemIsO))) {
      const item = blocks.at(-1)!;
      replaceLastBlock({ ...item, text: `${item.text} ${collapseWhitespace(trimmed.replace(BULLET, ''))}` });
      continue;
    }
    if (isBullet || isMarkdownHeading) {
      flush();
      const text = collapseWhitespace(trimmed.replace(isBullet ? BULLET : MARKDOWN_HEADING, ''));
      if (isBullet && !inList) lists += 1;
      inList = isBullet;
      // An item that is only a date labels the lines under it (`1. 12 September 2022` / `The
      // finance director …`), which are its entry's text, not its own.
      itemOpen = isBullet && text !== '' && !parseStandaloneDate(text);
      [itemIndent, itemIsO] = [indent, /^o\s/.test(trimmed)];
      if (text) pushBlock(isBullet ? { kind: 'list-item', text, gapBefore, structure: lists, ...(NUMBERED.test(trimmed) ? { numbered: true as const } : {}) } : { kind: 'heading', text, gapBefore, level: /^\s*(#*)/.exec(trimmed)![1]!.length });
      continue;
    }
    // A date (or a live blog's time) on a line of its own is a block of its own, even with the
    // entry's text on the very next line (`April 25, 2014` / `The city switches…`, `02:40` / `The
    // river…`), as `<br>` splits an HTML paragraph.
    // So is a day or a season named alone (`Friday 9th`, `Summer`), which the entry before dates.
    // The date read once: whether it is a full one (isDateLine) is its day and year.
    const dateAlone = !quoted && trimmed.length <= 40 ? parseStandaloneDate(trimmed) : null;
    if (!quoted && trimmed.length <= 40 && (dateAlone || parseLeadingTime(trimmed)?.rest === null || YEAR_ALONE.test(trimmed) || labelAlone(trimmed) || parseDayInFiguresAlone(trimmed))) {
      flush();
      [inList, itemOpen] = [false, false];
      // Under a byline, set apart from what follows (a first entry's date runs on into its text).
      const fullDate = isFullDate(dateAlone);
      // Over the page's links and its writer's name, a line each: their lines go with it.
      const stampEnd = fullDate && blocks.length <= 2 ? bylineBlockUnder(lines, lineIndex) : -1;
      if (stampEnd !== -1) {
        skipTo = stampEnd;
        continue;
      }
      if (fullDate && ((bylineBefore && setApartBelow(lines, lineIndex)) || isDatelineAt(lines, lineIndex) || (blocks.length <= 1 && bylineBelow(lines, lineIndex)) || (blocks.length <= 2 && isBylineDateAt(lines, lineIndex)))) continue;
      const block = pushBlock({ kind: 'paragraph', text: trimmed, gapBefore }, true);
      if (blocks.length <= 2 && fullDate) dateLineAbove = block;
      continue;
    }
    // `What happens next`, `Aftermath`, `Background:` alone on a line between an entry's lines and the
    // text under it: a closing section's label, its own block, not a line of the paragraph.
    if (!quoted && !isBullet && closingLabelOf(trimmed)) {
      flush();
      [inList, itemOpen] = [false, false];
      pushBlock({ kind: 'paragraph', text: trimmed, gapBefore }, true);
      continue;
    }
    // An item's wrapped line: indented under it, going on in lower case, or after a long item that ends no sentence.
    if (itemOpen && !quoted && (indent > itemIndent || OPENS_LOWER_CASE.test(unquoted) || wrapsOn(blocks.at(-1)!.text))) {
      const item = blocks.at(-1)!;
      replaceLastBlock({ ...item, text: joinWrappedLines([item.text, trimmed], hyphenated) });
      continue;
    }
    [inList, itemOpen] = [false, false];
    // `> ` lines are a blockquote, a paragraph of their own even without a blank line around them.
    if (quoted !== pendingQuoted) flush();
    // One entry per line, no blank lines between (`Jan. 9, 2024 - The agency …` / `Jan. 23, 2024 -
    // Residents …`): a line opening with a date starts a paragraph when the one it would join
    // opened with a date too and its last line ended a sentence. A hard-wrapped paragraph whose
    // wrapped line happens to open with a date (`… will decide by` / `Feb. 6 - or so`) does not.
    else if (pending.length && /[.!?]["”’)]?$/.test(pending.at(-1)!) && opensEntryLine(trimmed) && opensEntryLine(pending[0]!)) flush();
    // A transcript's turn opens a paragraph even without a blank line (`…understood the risk?` /
    // `OKAFOR: I think…`), as a PDF's copied text runs them together.
    else if (pending.length && TURN_LABEL.test(trimmed)) flush();
    // A section's label over its dated lines, or under the last of them, with no blank line
    // between (a wiki page's list copied from a browser: `Strike` / `3 May 1911 – …`, then `… the
    // strike ends.` / `Legacy` / a blank line): a subheading of its own, not the entry's first or
    // last words.
    else if (pending.length === 1 && !WRAPS_ON.test(pending[0]!) && looksLikeSubheading(pending[0]!) && parseLeadingDate(trimmed)) flush();
    else if (pending.length && ENDS_SENTENCE.test(pending.at(-1)!) && labelOverSentence(trimmed, lines[lineIndex + 1]) && parseLeadingDate(pending[0]!)) flush();
    // A short label right over a paragraph's first line, a sentence (`Background` / `Tram crews
    // worked eleven-hour shifts …`, as a browser copies a wiki's heading): a subheading of its own.
    else if (pending.length === 1 && labelOverSentence(pending[0]!, trimmed)) flush();
    pendingQuoted = quoted;
    if (!pending.length) pendingGap = gapBefore;
    pending.push(trimmed);
  }
  flush();

  const kept = withCredits(blocks.filter((block, index) => keptAt[index] || !isBoilerplate(block.text)));
  const itemsPerList = new Map<number | undefined, number>();
  for (const block of kept) if (block.kind === 'list-item') itemsPerList.set(block.structure, (itemsPerList.get(block.structure) ?? 0) + 1);
  const numberedHeading = (block: Block, index: number) =>
    block.kind === 'list-item' && block.numbered && itemsPerList.get(block.structure) === 1 && looksLikeSubheading(block.text) && !kept[index - 1]?.text.endsWith(':');
  // Not inside a timeline: an entry's demands, numbered with a paragraph each, are its own text.
  const firstDated = kept.some(numberedHeading) ? kept.findIndex((block) => parseStandaloneDate(block.text) || parseLeadingDate(block.text)) : -1;
  return kept.map((block, index) => {
    // `1. Summary` over a paragraph, a report's numbered heading: a list of its one item, short
    // and capitalised as a subheading is, not after a colon, and before the timeline's first date.
    if (numberedHeading(block, index) && (firstDated === -1 || index < firstDated)) return { ...block, kind: 'heading' };
    if (block.kind !== 'paragraph' || block.subtitle) return block;
    if (looksLikeHeading(block.text) || (index === 0 && kept.length > 1 && looksLikeHeadline(block.text))) return { ...block, kind: 'heading' };
    return looksLikeSubheading(block.text) ? { ...block, kind: 'heading', guessed: true } : block;
  });
}

/**
 * The headline of a news page copied whole as text (select all, paste), whose story comes after
 * the site's chrome: `Skip to content`, its menu a link a line (`Home` / `News` / `About us`) or
 * on one line, a cookie notice and its buttons (`Accept all cookies`), a section's name. The
 * headline is the last line reading like one (four words or more) before the story opens (a
 * byline, a date alone, or a sentence that is no furniture), or the line over it when that one
 * is a dek (a long line ending no sentence, not in title case). Only when three lines or more
 * of short links and furniture stand over it, one of them furniture: a story's own kicker and
 * headline are read as before. -1 for any other text (nearly every article: its first lines open
 * the story, and the scan stops there).
 */
function pastedPageHeadline(lines: string[], cookieButtons: Set<number>, isFurnitureAt: (index: number) => boolean): number {
  let headline = -1;
  let chrome = 0;
  let furniture = 0;
  let seen = 0;
  /** The line before was a cookie notice's or one of its buttons. */
  let afterCookies = false;
  for (let index = 0; index < lines.length && seen < PAGE_TOP_LINES; index += 1) {
    const line = lines[index]!;
    if (line === '') continue;
    seen += 1;
    // `We use cookies …` / `Accept` / `Manage settings`: its buttons, under the headline too.
    if (afterCookies && SHORT_LINK.test(line)) {
      cookieButtons.add(index);
      [chrome, furniture] = [chrome + 1, furniture + 1];
      continue;
    }
    const cookies = COOKIES.test(line);
    afterCookies = cookies;
    const words = spacedWords(line);
    // A sentence opens the story (asked first: nearly every article's second block is one), unless
    // it is the cookie notice's.
    if (!cookies && words >= 6 && ENDS_SENTENCE.test(line)) break;
    // Names alone under the headline are its byline (a site's name over its menu looks the same).
    if (isBylineLine(line) || (headline !== -1 && (isDateLine(line) || (line.length <= LONGEST_BYLINE && bylineNamesOf(line))))) break;
    // Over the headline, a date alone is the site's date bar (the day it was read), no stamp of the story.
    if (isDateLine(line)) {
      chrome += 1;
      continue;
    }
    const isFurniture = cookies || isFurnitureAt(index) || isMenuRow(line);
    const headlineLike = !isFurniture && words >= 4 && looksLikeHeadline(line);
    // Under the headline, a dek too long for one (`Four years, three surveys and two storms: the story of …`).
    if (!isFurniture && !headlineLike && headline !== -1 && words >= 6) break;
    if (headlineLike) {
      if (headline !== -1) chrome += 1;
      headline = index;
      continue;
    }
    if (isFurniture) {
      [chrome, furniture] = [chrome + 1, furniture + 1];
      continue;
    }
    // A link under the line that read like a headline: that one was a link of the same list
    // (`Key events` / `2h ago` / `Council declares major incident` / `4h ago` / `Schools closed`).
    if (SHORT_LINK.test(line)) {
      chrome += headline === -1 ? 1 : 2;
      headline = -1;
      continue;
    }
    return -1;
  }
  if (headline === -1 || chrome < 3 || furniture === 0) {
    cookieButtons.clear();
    return -1;
  }
  // `Headline` / `A dek that tells the story in a long line with no full stop` over the byline.
  const above = lines[headline - 1] ?? '';
  const dek = lines[headline]!;
  if (above !== '' && spacedWords(dek) >= 10 && !looksLikeHeading(dek) && above.length < dek.length && spacedWords(above) >= 4 && looksLikeHeadline(above) && !isFurnitureAt(headline - 1) && !isMenuRow(above)) return headline - 1;
  return headline;
}
/** How many lines with words a page's top chrome may run to. */
const PAGE_TOP_LINES = 40;
/** A cookie notice's lines and buttons: `We use cookies …`, `Accept all cookies`, `Cookie settings`. */
const COOKIES = /\bcookies?\b/i;
/** A link's short label: a few words, no figure, ending no sentence (`About us`, `What's On`, `Manage preferences`). */
const SHORT_LINK = /^[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,3}$/u;

/**
 * Where a news page copied whole ends its story: the groups of lines (blank lines between) at its
 * end made of the site's footer, its links a line each and its furniture (`About us` / `Contact` /
 * `Privacy policy` / `© 2024 Ostbury Echo`), and the lists of links over it (`Most read` / its
 * headlines). A group of short lines is a footer's when it holds furniture and three lines or
 * more, or nothing but furniture, or when it stands between such groups (links set apart by blank lines under a label,
 * `Recent Posts` / `` / `Bus route 9 to be withdrawn` / `` / `Archives`); the groups must hold two
 * furniture lines or more. Short lines over the footer with nothing of it above them (`The pool
 * reopens`, the names under `They were named as:`) are the story's. lines.length when there is no
 * such footer.
 */
function pastedPageFooter(lines: string[], isFurnitureAt: (index: number) => boolean): number {
  let start = lines.length;
  let furniture = 0;
  /** Small groups of links read since the last footer group: the footer's once a footer group stands over them. */
  let small: Array<{ start: number; furniture: number }> = [];
  const accept = (group: { start: number; furniture: number }) => {
    furniture += group.furniture;
    start = group.start;
  };
  let index = lines.length - 1;
  const last = Math.max(0, lines.length - PAGE_FOOT_LINES);
  while (index >= last) {
    while (index >= 0 && lines[index] === '') index -= 1;
    if (index < last) break;
    const group = { start: index, furniture: 0 };
    let groupLines = 0;
    let story = false;
    for (; index >= 0 && lines[index] !== ''; index -= 1) {
      const line = lines[index]!;
      const isFurniture = index >= last && (isFurnitureAt(index) || COOKIES.test(line));
      if (!isFurniture && (index < last || !isFooterLink(line))) {
        story = true;
        break;
      }
      groupLines += 1;
      if (isFurniture) group.furniture += 1;
      group.start = index;
    }
    if (story) break;
    // Furniture in it, or short lines alone would make a story's list of names a footer.
    if (group.furniture > 0 && (groupLines >= 3 || group.furniture === groupLines)) {
      for (const held of small) accept(held);
      small = [];
      accept(group);
      continue;
    }
    small.push(group);
  }
  return furniture >= 2 ? start : lines.length;
}
/** How many lines from a text's end its footer may run to: a long list of short lines is no site's footer. */
const PAGE_FOOT_LINES = 80;
/** A footer's link or a linked headline: twelve words at most, ending no sentence, no day's date or bullet opening it. */
function isFooterLink(line: string): boolean {
  if (line.length > 100 || /[:;,]["”’)]?$|[.!?]["”’)\]]?(?:\s|\[|$)/.test(line) || spacedWords(line) > 12 || BULLET.test(line)) return false;
  // A month of a blog's archive (`March 2024`) links to its posts; a day's date is an entry's.
  const date = parseStandaloneDate(line);
  return date ? date.day === null && date.month !== null && date.year !== null : parseLeadingDate(line) === null;
}

/** A static site's front matter: `---`, lines of `key: value`, `---`, at the very top. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n((?:[ \t]*[\w-]+:.*\r?\n|[ \t]+-.*\r?\n){1,40})---[ \t]*(?:\r?\n|$)/;

/** Front matter is the page's settings, not its story: only its title is kept, as the heading it is. */
function withoutFrontMatter(source: string): string {
  const front = FRONT_MATTER.exec(source);
  if (!front) return source;
  const title = /^[ \t]*title:[ \t]*["']?(.*?)["']?[ \t]*$/m.exec(front[1]!)?.[1];
  const rest = source.slice(front[0].length);
  return title && !rest.trimStart().startsWith('#') ? `# ${title}\n\n${rest}` : rest;
}

/** A line of nothing but a scene break's marks: `* * *`, `***`, `---`, `⁂`, `#`, `~~~`. */
export const SCENE_BREAK = /^\s*(?:[*⁂#~=_–—-]\s*){1,12}$/;

/**
 * A running header or footer with its page number, in capitals: `NORTHFIELD CIVIC REVIEW      2`,
 * `4    ANNUAL REPORT 2023`, `ST. BRENDAN'S INDEPENDENT REVIEW      Page 2 of 9`.
 */
const PAGE_NUMBER = String.raw`(?:(?:[Pp]age|PAGE|p\.)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?`;
export const PAGE_HEADER = new RegExp(String.raw`^\s*(?:${PAGE_NUMBER}\s{3,}[^\p{Ll}]{4,80}|[^\p{Ll}]{4,80}?\s{3,}${PAGE_NUMBER})\s*$`, 'u');

/** Words that keep their hyphen before what follows: `self-`, `ex-`, `non-`, `X-`, `twenty-`. */
const HYPHEN_PREFIX = /^(?:\p{L}|self|ex|non|co|pre|post|anti|semi|multi|well|half|cross|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|mid|sub|inter|over|under|all|long|short|full|part|so|vice)$/iu;

/**
 * A story's kind (`EXCLUSIVE`), or a section's name (`Politics`) with a blank line after it or
 * right over a headline that stands alone. A module function, not a closure made for each line.
 */
function isSectionOverHeadline(plain: string, lines: string[], lineIndex: number): boolean {
  return STORY_KIND.test(plain) || (SECTION_NAME.test(plain) && ((lines[lineIndex + 1] ?? '').trim() === '' || isHeadlineBelow(lines, lineIndex)));
}

/** The line under `lineIndex` is a headline of four words or more, with a blank line after it. */
function isHeadlineBelow(lines: string[], lineIndex: number): boolean {
  const next = collapseWhitespace(lines[lineIndex + 1] ?? '');
  return spacedWords(next) >= 4 && looksLikeHeadline(next) && (lines[lineIndex + 2] ?? '').trim() === '';
}

/** The letters a line opens with. */
const OPENING_LETTERS = /^\p{L}+/u;
/**
 * A paragraph's lines joined. A word broken at a line's end by a hyphen, as a PDF wraps it,
 * joins again: before a capital the hyphen is the name's own (`Venn-` / `Hardcastle`); before a
 * lower-case letter it was the break's (`investi-` / `gation`), unless the text writes the pair
 * hyphenated elsewhere (`long-term`, among `hyphenated()`).
 */
function joinWrappedLines(lines: string[], hyphenated: () => Set<string>): string {
  // Parts joined once at the end, each line read alone: testing the growing text for its last
  // word, and slicing it, made a hard-wrapped paragraph of 200 KB take 12 s.
  // A paragraph of one line (most are) is that line: no arrays for it.
  if (lines.length <= 1) return lines[0] ?? '';
  const parts: string[] = [lines[0]!];
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    const previous = parts.at(-1)!;
    const broken = wordBeforeHyphen(previous);
    const next = broken && OPENING_LETTERS.exec(line);
    if (!broken || !next) {
      parts.push(' ', line);
      continue;
    }
    const keepsHyphen = OPENS_UPPER_CASE.test(line) || HYPHEN_PREFIX.test(broken) || hyphenated().has(`${broken}-${next[0]}`);
    if (!keepsHyphen) parts[parts.length - 1] = previous.slice(0, -1);
    parts.push(line);
  }
  return parts.join('');
}

/** The letters before a hyphen ending a line (`investi-`), not a dash after a space (` -`); null otherwise. */
function wordBeforeHyphen(line: string): string | null {
  if (!line.endsWith('-')) return null;
  let start = line.length - 1;
  while (start > 0 && HOLDS_LETTER.test(line[start - 1]!)) start -= 1;
  return start < line.length - 1 ? line.slice(start, -1) : null;
}

/** Every hyphened compound of letters (used only with matchAll, which copies the pattern). */
const HYPHENED_COMPOUND = /\p{L}+(?:-\p{L}+)+/gu;
/** Every pair of words the source writes joined by a hyphen (`long-term`, `to-do` of `well-to-do`). */
function hyphenatedPairs(source: string): Set<string> {
  const pairs = new Set<string>();
  for (const [compound] of source.matchAll(HYPHENED_COMPOUND)) {
    const words = compound.split('-');
    for (let index = 1; index < words.length; index += 1) pairs.add(`${words[index - 1]}-${words[index]}`);
  }
  return pairs;
}

/**
 * Names alone under the headline (bylineNamesOf's shape), not a heading: the line is set apart
 * from the story (no sentence's lower-case words go on under it), and no name is made of words the
 * article writes in lower case elsewhere (`Rising Costs and Falling Revenues`: `costs`,
 * `revenues`). One name alone (`Jane Smith`) may be a section's heading too (`Early Life`): each
 * of its words unwritten in lower case, and no date under it (`Key Dates` / `3 March 2021 …`).
 */
function isBylineUnderHeadline(line: string, lines: string[], index: number, text: string): boolean {
  const byline = bylineNamesOf(line);
  if (!byline) return false;
  const next = nextLineAfter(lines, index);
  // Not a list of names (`Gareth Pryce` / `Dafydd Owen`), nor a sentence's subject going on (`… Tom Lee` / `walked in.`).
  const under = collapseWhitespace(lines[index + 1] ?? '');
  if (CONTINUES.test(under) || bylineNamesOf(under)) return false;
  if (!byline.bare) return byline.names.every((name) => !name.split(' ').every((word) => writtenInLowerCase(word, text)));
  return !byline.names[0]!.split(' ').some((word) => writtenInLowerCase(word, text)) && parseLeadingDate(next) === null && parseStandaloneDate(next) === null;
}

/**
 * A block over the story, not its first paragraph nor an entry's `They were named as:`: its
 * headline, or a subtitle, a dek that ends no sentence (`Two years of breakdowns, broken promises
 * and a vote that left the island with no boat of its own`) and opens with no date.
 */
function isOverStory(block: Block): boolean {
  return looksLikeHeadline(block.text) || (block.text.length <= 300 && !DEK_END.test(block.text) && parseLeadingDate(block.text) === null && parseStandaloneDate(block.text) === null);
}
/**
 * `Council votes to close the pool` / `The decision ends a two-year fight.` / `Jane Smith and Tom
 * Lee` / `14 March 2024`: a standfirst of one sentence under the headline, over names with their
 * date under them (blank lines aside, isBylineDateAt): the names are its byline. Without the date,
 * names under a story's first sentence may head its section (`They met the mayor.` under them).
 */
function standfirstOverDatedByline(blocks: Block[], lines: string[], index: number): boolean {
  if (blocks.length !== 2 || !looksLikeHeadline(blocks[0]!.text) || !ONE_SENTENCE.test(blocks[1]!.text)) return false;
  let date = index + 1;
  while (date < lines.length && lines[date]!.trim() === '') date += 1;
  return date < lines.length && isBylineDateAt(lines, date);
}
/** One sentence, as a standfirst is: no sentence's end before its last. */
const ONE_SENTENCE = /^[^.!?]{20,300}[.!?]["”’]?$/;

/** How a story's paragraph, or a line leading into what follows, ends: a dek ends otherwise. */
const DEK_END = /[.!?:;,…"”’)\]]$/;

/** The next line with words after `index`, blank lines passed over. */
function nextLineAfter(lines: string[], index: number): string {
  for (let next = index + 1; next < lines.length; next += 1) {
    const line = collapseWhitespace(lines[next]!);
    if (line) return line;
  }
  return '';
}

/**
 * Whether the text holds a capitalised `word` in lower case as a word of its own (`life` for
 * `Early Life`); a name's particle (`de`) is no capitalised word.
 */
function writtenInLowerCase(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    if (!HOLDS_LETTER.test(text[at - 1] ?? '') && !HOLDS_LETTER.test(text[at + lower.length] ?? '')) return true;
  }
  return false;
}

/**
 * `Sunday, 21st January 2024` / `By Síle Ní Fhlatharta, Western Correspondent`: a date over the
 * byline, at the top, is the page's, as one under it is; no timeline's entry runs on into a byline.
 */
function bylineBelow(lines: string[], index: number): boolean {
  let next = index + 1;
  if ((lines[next] ?? '').trim() === '') next += 1;
  return isBylineLine(collapseWhitespace(lines[next] ?? ''));
}
