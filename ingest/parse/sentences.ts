/**
 * Splits a paragraph into sentences with their offsets, never inside a quotation and never
 * after an abbreviation or an initial (`Jr.`, `Sen.`, `J.`), so attribution looks at the
 * sentence a quotation really stands in.
 */
import { isFigureCode } from './letters.ts';
import { isSpaceCode } from './normalize-text.ts';
import { quotedSpansKept } from './quotes.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jr', 'sr', 'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'rev',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'v', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ft', 'mt', 'approx', 'dept', 'est', 'fig', 'al',
  // Ranks and offices before a name (`Linda Marsh, whose son Pvt. Daniel Marsh was killed`).
  'pvt', 'pte', 'cpl', 'spc', 'maj', 'brig', 'adm', 'cmdr', 'supt', 'insp', 'det', 'hon', 'fr', 'atty', 'asst',
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((abbreviation) => abbreviation.length));

/**
 * True when the word ending at `index` (a full stop) is an abbreviation or an initial (`Dr.`,
 * `Jr.`, `J.`), reading no further back than `from`. A window of 64 characters holds any word
 * this accepts (a longer run is cut to 63 or more characters, which no abbreviation or initial is).
 */
function abbreviationBefore(text: string, index: number, from: number): boolean {
  const start = lettersAndStopsBefore(text, index, Math.max(from, index - 64));
  if (isPlainLongWord(text, start, index)) return false;
  const word = text.slice(start, index).toLowerCase().replace(/\.$/, '');
  // A unit after its figure (`peaks at 7.1m.`, `raised £5m.`) is no initial.
  // Initials run together (`H.R.`, `J.D.`) are initials too.
  return ABBREVIATIONS.has(word) || ((isOneLetter(word) || isInitials(word)) && !isFigureCode(text.charCodeAt(start - 1)));
}

/**
 * Whether `text.slice(start, end)` is longer than any abbreviation and holds no full stop, as most
 * words before a sentence's end are (`council`, `yesterday`): no initial (one letter, or initials,
 * which hold stops) nor abbreviation, whatever its case, since lower-casing never shortens a word
 * (it lengthens only `İ`). Such a word is not cut out, lower-cased and tried (splitSentences and
 * openingClause over every block of the synthetic corpus 0.93-0.94x the CPU).
 */
export function isPlainLongWord(text: string, start: number, end: number): boolean {
  if (end - start <= LONGEST_ABBREVIATION) return false;
  for (let index = start; index < end; index += 1) if (text.charCodeAt(index) === 46) return false;
  return true;
}

/**
 * LETTER and INITIALS, their patterns asked only of a word of their shape: one letter is one or two
 * code units, and initials hold a full stop. Most words before a full stop are neither (`said.`):
 * this is asked at every full stop of every sentence read.
 */
function isOneLetter(word: string): boolean {
  return word.length <= 2 && LETTER.test(word);
}
function isInitials(word: string): boolean {
  return word.includes('.') && INITIALS.test(word);
}


/** One letter, in any script. */
const LETTER = /^\p{L}$/u;
/** Letters each with its full stop but the last's (`h.r` of `H.R.`). */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Where the run of letters and full stops that ends at `index` starts, reading no further back
 * than `limit`: what `/[\p{L}.]*$/u` finds in `text.slice(limit, index)`, by a scan back from the
 * end instead of a match tried from every character of the window (this runs at every full stop).
 */
export function lettersAndStopsBefore(text: string, index: number, limit: number): number {
  let start = index;
  while (start > limit) {
    const code = text.charCodeAt(start - 1);
    if (code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      start -= 1;
      continue;
    }
    if (code < 128) break;
    // A letter outside ASCII, one or two code units long (a pair split by the window is no letter).
    const pair = code >= 0xdc00 && code <= 0xdfff && start - 2 >= limit && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

/**
 * The clause a text opens with: up to the first sentence end, semicolon or quotation mark, a
 * full stop after an abbreviation (`Dr. Haddad said`) not counting.
 */
export function openingClause(text: string): string {
  // What `/^[\s,]*/` finds, by a scan: the pattern's match was an array made for every clause read.
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 44 || isSpaceCode(text.charCodeAt(start)))) start += 1;
  // One pattern for every clause, not a new one made for each: nothing below reads a clause again.
  const stops = CLAUSE_STOPS;
  stops.lastIndex = start;
  for (let stop = stops.exec(text); stop; stop = stops.exec(text)) {
    if (stop[0] === '.' && abbreviationBefore(text, stop.index, start)) continue;
    // `said Robert “Bobby” Jones`: a nickname in quotation marks inside a name goes on with the clause.
    if (stop[0] !== '.' && NAME_WORD_BEFORE_MARK.test(text.slice(Math.max(start, stop.index - 30), stop.index))) {
      NICKNAME.lastIndex = stop.index;
      const nickname = NICKNAME.exec(text);
      if (nickname) {
        stops.lastIndex = stop.index + nickname[0].length;
        continue;
      }
    }
    return text.slice(start, stop.index);
  }
  return text.slice(start);
}

/** What ends an opening clause (openingClause). */
const CLAUSE_STOPS = /[.!?;“"”]/g;

/**
 * A name word and a space before a quotation mark: a nickname may open there. A pattern of the
 * module, not one written in the function: tsx's esbuild makes a `\p{…}` pattern written inside a
 * function into a `new RegExp` made on every call.
 */
const NAME_WORD_BEFORE_MARK = /\p{Lu}[\p{L}'’.-]*\s$/u;

/** One to three capitalised words in double quotation marks of their own, a name word after them: `“Bobby” Jones`, `“The Rock” Johnson`. */
const NICKNAME = /["“]\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}["”]\s+\p{Lu}/uy;

/** A sentence's end: its marks, closing quotation marks or brackets, and the space before a capital or a figure. */
const SENTENCE_END = /(?<![.!?…])[.!?…]+["”’'»)\]]*\s+(?=["“‘'«„(\[]?[\p{Lu}\d])/gu;

/** `length` blanks (`X`), what `'X'.repeat(length)` makes, cut from BLANKS when it is long enough. */
export function blanks(length: number): string {
  return length <= BLANKS.length ? BLANKS.slice(0, length) : 'X'.repeat(length);
}
const BLANKS = 'X'.repeat(4096);

export function splitSentences(text: string): Sentence[] {
  // Blank out quotation contents (all but their last character, which may end the sentence) so
  // their inner full stops do not end the outer sentence.
  // Built in one pass: splicing the string once per quotation made a paragraph of thousands of them
  // quadratic.
  // The blanks are cut from one kept run of them, and the text after the last quotation joins the
  // rest in the one join: `repeat` built each run anew, and adding the tail after the join made a
  // string the pattern then had to flatten (splitSentences of the synthetic corpus's quoted
  // paragraphs, after findQuotations: about 0.6x the CPU, text and HTML).
  const parts: string[] = [];
  let copied = 0;
  for (const span of quotedSpansKept(text)) {
    const innerLength = Math.max(0, span.end - span.start - 3);
    parts.push(text.slice(copied, span.start + 1), blanks(innerLength));
    copied = span.start + 1 + innerLength;
  }
  let masked = text;
  if (parts.length) {
    parts.push(text.slice(copied));
    masked = parts.join('');
  }
  const sentences: Sentence[] = [];
  let start = 0;
  // A straight single quotation mark closes a sentence too (`said: 'I have become a distraction.'
  // Lyle said nothing.`): British pages quote in them.
  // Tried at a run's first mark only: from every mark of `.....` (50,000 of them) it was quadratic.
  // Searched by `exec` from lastIndex: matchAll's iterator and copy of the pattern cost more than the search.
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(masked); match; match = SENTENCE_END.exec(masked)) {
    if (abbreviationBefore(masked, match.index, start)) continue;
    const end = match.index + match[0].trimEnd().length;
    sentences.push({ start, end, text: text.slice(start, end) });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences;
}
