/**
 * Finds quotations in a paragraph: spans between double quotation marks, curly or straight,
 * paired in order, so a mismatched opening mark (`”I actually…”`) still pairs, and between single
 * ones outside them. A real quotation is a sentence or clause of at least four words; names,
 * titles (`“This Week”`) and scare-quoted words (`“dirt”`) are not.
 */
import { OPENS_LETTER, OPENS_LOWER_CASE } from './letters.ts';
import { isSpaceCode } from './normalize-text.ts';
import { ROLE_WORDS } from './speech-words.ts';

export interface QuotationSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the end of the paragraph for an unclosed quote). */
  end: number;
  /** The quoted words, without the marks. */
  text: string;
  /** `“We will not,” Mayor Lee said, “give up.”`: where the words that interrupt the quotation lie. */
  aside?: { start: number; end: number };
}

const MINIMUM_WORDS = 4;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A space then a lower-case letter. */
const SPACE_THEN_LOWER_CASE = /^\s\p{Ll}/u;
/**
 * Spans between single quotation marks (the British style).
 * An apostrophe is never a mark: an opening mark follows a space or the start and precedes a
 * letter; a closing one follows a non-space and is not followed by a letter (`court's` is safe).
 */
function singleQuotedSpans(text: string): QuotationSpan[] {
  // Most paragraphs hold no single mark at all: the opening mark's pattern, with its look-behind,
  // is not tried at every character of them.
  if (!text.includes("'") && !text.includes('‘')) return [];
  const spans: QuotationSpan[] = [];
  // Not a decade's or a year's elision (`the '90s`, `class of '19`).
  const opening = /(?<=^|[\s(\[—–])['‘](?=[\p{L}\d])(?!\d\ds?\b)/gu;
  for (const open of text.matchAll(opening)) {
    const start = open.index!;
    if (spans.length && start < spans.at(-1)!.end) continue;
    const close = /(?<=\S)['’](?![\p{L}\d])/gu;
    close.lastIndex = start + 1;
    let match = close.exec(text);
    // `the swimmers' group`: after an s and before a lower-case word, a mark is more likely a
    // plural's apostrophe, when a later mark can close the quotation.
    // A later mark with another quotation opening before it does not count.
    while (match && /s/.test(text[match.index - 1]!) && SPACE_THEN_LOWER_CASE.test(text.slice(match.index + 1, match.index + 3))) {
      const later = close.exec(text);
      if (!later || /(?:^|[\s(\[—–])['‘](?!\d\ds?\b)[\p{L}\d]/u.test(text.slice(match.index + 1, later.index))) break;
      match = later;
    }
    if (!match) {
      // Left open to the paragraph's end, a sentence or more: a quotation of several paragraphs,
      // as with double marks (`'Thirty-one years my dad waited for this.` / `'So this one is for
      // him.'`). Only a mark opening its sentence or the paragraph: not an elision inside a
      // sentence (`moved to the 'burbs`, `'cos it was`, `'Allo 'Allo!`), nor a year's mark (`the
      // '90s`), nor an elision opening one (`'Tis`, `'em`).
      const rest = text.slice(start + 1);
      const opensSentence = /(?:^|[.!?…:,]["”’)]?\s+)$/.test(text.slice(0, start));
      if (opensSentence && OPENS_LETTER.test(rest) && !/^(?:tis|twas|em|cause|cos|til|bout|fore|n)\b/i.test(rest) && /[.!?…]\s*$/.test(rest) && rest.split(/\s+/).length >= MINIMUM_WORDS) spans.push({ start, end: text.length, text: rest.trim() });
      break;
    }
    spans.push({ start, end: match.index + 1, text: text.slice(start + 1, match.index).trim() });
  }
  return spans;
}

/** The text with its quoted spans blanked: names and years inside them are what someone said. */
export function withoutQuotations(text: string): string {
  // Built in one pass: cutting the string once per quotation made a sentence of thousands of them quadratic.
  const parts: string[] = [];
  let copied = 0;
  for (const span of quotedSpansKept(text)) {
    if (span.start < copied) continue;
    parts.push(text.slice(copied, span.start), ' ');
    copied = span.end;
  }
  return parts.length ? parts.join('') + text.slice(copied) : text;
}

/**
 * Where the double quotation marks of a text stand, found by `exec` from the last one: most
 * paragraphs hold none, and one search of the pattern tells (a list of matches built by matchAll
 * cost more than the search itself, and a loop over every character's code was slower than the
 * pattern on the parser's strings, which are often built by joining).
 */
function quoteMarkOffsets(text: string): number[] {
  const offsets: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(text); mark; mark = QUOTE_MARK.exec(text)) offsets.push(mark.index);
  return offsets;
}
/** A double quotation mark: ASCII's `"`, curly, low, guillemets, East Asian. */
const QUOTE_MARK = /["“”„‟«»〝〞]/g;

/**
 * quotedSpans of the text asked last, shared, not to be changed: findQuotations asks for a
 * paragraph's spans, and the attribution's splitSentences right after for the same paragraph's.
 */
export function quotedSpansKept(text: string): readonly QuotationSpan[] {
  if (text !== lastSpansText) {
    lastSpans = quotedSpans(text);
    lastSpansText = text;
  }
  return lastSpans;
}
let lastSpansText: string | undefined;
let lastSpans: readonly QuotationSpan[] = [];

/** Every span between paired quotation marks, quotation or not. */
export function quotedSpans(text: string): QuotationSpan[] {
  const marks = quoteMarkOffsets(text);
  if (marks.length === 0) return singleQuotedSpans(text);
  let doubled = guillemetsAround(text, marks) ?? doubleQuotedSpans(text, marks);
  if (!/['‘]/.test(text)) return doubled;
  // Single marks outside every double-quoted span quote too (`"…," she said. 'We had to,' she added.`);
  // inside one they are a quotation within the quotation, and so are double marks inside single
  // ones (the British style: `'He said "never again" and left,' said Hadley.`).
  const singles = singleQuotedSpans(text);
  const outerSingles = singles.filter((span) => doubled.some((inner) => span.start < inner.start && inner.end < span.end));
  doubled = doubled.filter((inner) => !outerSingles.some((span) => span.start < inner.start && inner.end < span.end));
  const single = singles.filter((span) => !doubled.some((outer) => span.start < outer.end && outer.start < span.end));
  return single.length ? [...doubled, ...single].sort((a, b) => a.start - b.start) : doubled;
}

/**
 * `«The mayor told us “be patient”, and we waited.»`: guillemets quote, and the other marks inside
 * them quote within the quotation (French style), so they pair apart: in order, `«` had paired
 * with `“`. Null when the text has no guillemets beside other marks.
 */
function guillemetsAround(text: string, marks: number[]): QuotationSpan[] | null {
  const guillemets = marks.filter((index) => text[index] === '«' || text[index] === '»');
  if (guillemets.length < 2 || guillemets.length === marks.length) return null;
  const outer = doubleQuotedSpans(text, guillemets);
  const rest = marks.filter((index) => !guillemets.includes(index) && !outer.some((span) => span.start < index && index < span.end));
  return rest.length ? [...outer, ...doubleQuotedSpans(text, rest)].sort((a, b) => a.start - b.start) : outer;
}

function doubleQuotedSpans(text: string, marks: number[]): QuotationSpan[] {
  const spans: QuotationSpan[] = [];
  for (let index = 0; index + 1 < marks.length; index += 2) {
    const start = marks[index]!;
    const end = marks[index + 1]! + 1;
    spans.push({ start, end, text: text.slice(start + 1, end - 1).trim() });
  }
  // An odd mark left opening a quotation is one that runs on to the next paragraph (a quotation of
  // several paragraphs leaves each but the last open): it runs to the paragraph's end.
  const last = marks.at(-1)!;
  if (marks.length % 2 === 1 && opensQuotation(text, last)) {
    spans.push({ start: last, end: text.length, text: text.slice(last + 1).trim() });
  }
  return spans;
}

/** A mark that can only open a quotation: `“`, or a straight one after a space and before a word. */
function opensQuotation(text: string, index: number): boolean {
  const mark = text[index]!;
  if (mark === '”' || mark === '»' || mark === '〞') return false;
  if (mark !== '"') return true;
  return (index === 0 || /[\s(\[—–-]/.test(text[index - 1]!)) && /\S/.test(text[index + 1] ?? '');
}

/**
 * Whether a text has `minimum` words or more, what lies between its spaces and holds a letter or
 * a figure, and is no title or name in quotation marks: one that has sentence punctuation, or a
 * significant word (no small word) not opening with a capital or a figure, is none; one with no
 * significant word is none either. Read by one scan of the text that stops once both are known,
 * with no list of its words: a quotation's first few words tell (a list of every word of every
 * quotation, read again for capitals, made findQuotations over the synthetic corpus's paragraphs
 * about 1.25x the CPU it now takes).
 */
export function wordyAndNoTitle(text: string, minimum: number): boolean {
  let words = 0;
  // Whether every significant word so far opens with a capital or a figure, and whether there is one.
  let capitalsOnly = true;
  let significant = false;
  // Whether the text has sentence punctuation (hasSentencePunctuation), read only when the words
  // leave the answer to it: most quotations have a word in lower case among their first few, and
  // the two patterns had been tried over every quotation's whole text before its first word was
  // read (findQuotations over the synthetic corpus's paragraphs: 0.93x the CPU, text, 0.92x, HTML).
  let punctuated: boolean | undefined;
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    if (index < text.length && !isSpaceCode(text.charCodeAt(index))) continue;
    if (index > start && holdsLetterOrFigure(text, start, index)) {
      words += 1;
      if (capitalsOnly && !isSmallWord(text, start, index)) {
        significant = true;
        capitalsOnly = opensCapitalOrFigure(text, start, index);
      }
      // Enough words and one in lower case, or enough words and sentence punctuation: no title.
      if (words >= minimum && (!capitalsOnly || (punctuated ??= hasSentencePunctuation(text)))) return true;
    }
    start = index + 1;
  }
  return words >= minimum && (!capitalsOnly || !significant || (punctuated ??= hasSentencePunctuation(text)));
}

/**
 * Sentence punctuation, which no title has: a sentence's end closing the text (a closing mark
 * after it), or a sentence's end or semicolon before a space. A colon may part a title from its
 * subtitle (`Banking on Trust: A Life in Lindmouth`), so only a closing one counts.
 */
function hasSentencePunctuation(text: string): boolean {
  return CLOSING_PUNCTUATION.test(text) || PUNCTUATION_BEFORE_SPACE.test(text);
}
const CLOSING_PUNCTUATION = /[.!?…;:]["”’]?$/;
const PUNCTUATION_BEFORE_SPACE = /[.!?;]\s/;

/**
 * Whether `text.slice(start, end)` holds a letter or a figure (`/[\p{L}\p{N}]/u`): the pattern is
 * asked only of a piece without an ASCII letter or figure that holds a character beyond ASCII.
 */
function holdsLetterOrFigure(text: string, start: number, end: number): boolean {
  let beyondAscii = false;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    if (code >= 128) beyondAscii = true;
  }
  return beyondAscii && LETTER_OR_FIGURE.test(text.slice(start, end));
}
const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;

/**
 * Whether `text.slice(start, end)`, lower-cased, is one of SMALL_WORDS. Lower-casing never
 * shortens a word (it lengthens only `İ`), so a piece longer than the longest small word is none.
 */
function isSmallWord(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_SMALL_WORD && SMALL_WORDS.has(text.slice(start, end).toLowerCase());
}
const LONGEST_SMALL_WORD = Math.max(...[...SMALL_WORDS].map((word) => word.length));

/** What `/^[\p{Lu}\p{N}]/u` tells of `text.slice(start, end)`, the pattern asked only of a piece opening beyond ASCII. */
function opensCapitalOrFigure(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  return CAPITAL_OR_FIGURE_FIRST.test(text.slice(start, end));
}
const CAPITAL_OR_FIGURE_FIRST = /^[\p{Lu}\p{N}]/u;

/**
 * A quotation's words without the commas, colons and spaces at its edges (`“We will not,”` → `We
 * will not`): what `/^[\s,;:]+|[\s,;:]+$/g` takes off, read from both ends only (the pattern's
 * second half was tried at every space of the quotation).
 */
function withoutEdgePunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeMark(text.charCodeAt(start))) start += 1;
  while (end > start && isEdgeMark(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** `,`, `;`, `:` or white space (every character `\s` matches). */
function isEdgeMark(code: number): boolean {
  return code === 44 || code === 58 || code === 59 || isSpaceCode(code);
}

export function isQuotation(text: string): boolean {
  return wordyAndNoTitle(withoutEdgePunctuation(text), MINIMUM_WORDS);
}

/** What interrupts a quotation: a short clause closed by a comma, with no sentence end in it. */
const INTERRUPTION = /^\s*[^.!?;:“”"«»‘’]{1,60},\s*$/u;

/**
 * `“We will not,” Mayor Lee said, “give up this fight.”` is one quotation interrupted by its
 * attribution: a part ending in a comma, a short clause, then a part going on in lower case.
 * The parts are joined (without the comma the interruption added) and the clause kept as `aside`.
 */
function joinInterrupted(text: string, spans: readonly QuotationSpan[]): QuotationSpan[] {
  const joined: QuotationSpan[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    if (previous && !previous.aside && previous.text.endsWith(',') && OPENS_LOWER_CASE.test(span.text) && INTERRUPTION.test(text.slice(previous.end, span.start))) {
      joined[joined.length - 1] = { start: previous.start, end: span.end, text: `${previous.text.slice(0, -1)} ${span.text}`, aside: { start: previous.end, end: span.start } };
    } else {
      joined.push(span);
    }
  }
  return joined;
}

/** A headline or title named as one: `a story headlined “…”`, `a report entitled “…”`. */
const NAMED_AS_TITLE = /\b(headlined|titled|entitled|under the headline)\s*[:,]?\s*$/i;

/**
 * Words written on something, which no one says: `a banner:`, `the sign on the door:`, `the
 * graffiti, which read`, `placards reading`, `A plaque on the wall says:`. Not `Lee, holding a
 * banner, said:`, where the comma gives the verb back to Lee.
 */
const INSCRIBED =
  /(?<!\bto\s)\b(?:signs?|banners?|placards?|plaques?|graffiti|posters?|t-shirts?|billboards?|stickers?|inscriptions?|headstones?|gravestones?|murals?|slogans?|notices?)(?:\s+(?:on|at|in|above|outside|by|near|of|over|across)\s+(?:(?!\band\b)[^.!?;:“”"‘’,]){1,30})?(?:(?:,\s*(?:which|that)\s+|\s+(?:which\s+|that\s+)?)(?:read|reads|reading|said|says|saying|declared|declares|declaring|proclaimed|proclaiming|bearing|bore|with the words))?\s*[:,]?\s*$/i;

/**
 * Verbs that, right after a short quotation, say it was spoken: `“We are confident,” said its
 * chief executive`, `“It's a disaster,” he said`. Fewer than the speech verbs attribution reads:
 * `called` or `described` after a quoted word name it (`“dirt,” called by some`).
 */
const SPOKEN_AFTER = new Set(
  `say says said tell tells told add adds added reply replies replied answer answers answered ask asks asked insist
  insists insisted warn warns warned write writes wrote tweet tweets tweeted admit admits admitted shout shouts shouted
  joke jokes joked quip quips quipped snap snaps snapped concede concedes conceded explain explains explained`.split(/\s+/),
);

/**
 * What may stand between a quotation and its verb: a pronoun, a name or title, or a description,
 * and a name in apposition to it (`a spokesperson for the mayor, Tom Reed,`).
 */
const SUBJECT_THEN_VERB = /^\s*(?:(?:he|she|they|i|we|you)\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}|(?:the|a|an|its|his|her|their|our)\s+(?:[\p{L}'’-]+\s+){0,5}(?:[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’.-]*,\s+)?)?(\p{Ll}+)\b/u;

/** `came the reply`, `was the curt response from Lee`: a clause after a short quotation saying it was an answer. */
const ANSWER_GIVEN = /^\s*(?:came|was)\s+(?:the|his|her|their)\s+(?:[a-z]+\s+)?(?:reply|response|answer|retort|riposte)\b/;

/**
 * A quotation of two or three words is one when it opens its sentence, its own comma, `!` or `?`
 * closes it and a verb of speaking follows (`“We are confident,” said Dana Reyes`), which a
 * scare-quoted word (`“dirt,” and`), a term named inside a sentence or a title does not have.
 * Shorter ones than MINIMUM_WORDS were all dropped, and with them the short answers people quote most.
 */
function isShortSpokenQuotation(text: string, span: QuotationSpan): boolean {
  // A comma, `!` or `?` inside the marks: a full stop ends the sentence, and what follows is a new
  // one (`a “white elephant.” Mayor Lee said`).
  if (!isShortSaying(span, /[,!?]$/)) return false;
  // Opening its sentence: one inside a sentence is words the sentence names or reports (`was “dead
  // and buried,” Lee told`, `described it as “totally unfair,” said`), whoever says the sentence.
  if (!SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))) return false;
  const after = text.slice(span.end, span.end + 80);
  // `“No,” came the reply.`, `“Never,” was the curt response from Lee.`: an answer given.
  if (ANSWER_GIVEN.test(after)) return true;
  const attribution = SUBJECT_THEN_VERB.exec(after);
  // Not a verb done by no one or passive (`wrote nobody`, `answered by nobody`).
  return !!attribution && SPOKEN_AFTER.has(attribution[1]!) && !/^\s+(?:by|nobody|no one|none)\b/.test(text.slice(span.end + attribution[0].length, span.end + attribution[0].length + 10));
}

/** Two words or more (fewer than MINIMUM_WORDS are asked here), no title, closed by one of `endings` inside the marks. */
function isShortSaying(span: QuotationSpan, endings: RegExp): boolean {
  return endings.test(span.text) && wordyAndNoTitle(withoutEdgePunctuation(span.text), 2);
}

/** What stands right before a quotation opening its sentence: nothing, a sentence's end, a colon or dash. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?…:]["”’)]?\s+|[—–]\s*|^\s+)$/;

/**
 * A short quotation going on from the one before, after its attribution closed the sentence
 * (`“…,” Hale told reporters. “It is statistics.”`): the same voice, however few its words.
 */
function isShortContinuation(text: string, span: QuotationSpan, previous: QuotationSpan | undefined): boolean {
  // After a question the short words are an answer, someone else's (`“Did you know?” Ruiz asked. “No, ma'am.”`).
  if (!previous || !isQuotation(previous.text) || /\?$/.test(previous.text) || !isShortSaying(span, /[.!?]$/)) return false;
  // Only the attribution between them, ending its sentence (`,” Hale told reporters. `), and
  // nothing after them but the paragraph's end or more quoted words: a sentence after may name
  // another voice (`“Never again.” That was Reyes's verdict.`, `“Not for long.” Reyes replied.`).
  const between = text.slice(previous.end, span.start);
  return /^\s*,?\s*[^“”"‘’.!?]{1,60}[.!?]\s+$/u.test(between) && !/\b(?:asked|asks|questioned|wondered)\b/.test(between) && (span.start === 0 || /\s/.test(text[span.start - 1]!)) && /^\s*(?:$|["“‘'])/.test(text.slice(span.end));
}

/**
 * A short quotation a verb of answering hands over with a colon: `she replied: “Never. Not once.”`,
 * `Hale told reporters: “No comment.”` (the verb among the last three words before the colon).
 */
function isShortIntroduced(text: string, span: QuotationSpan): boolean {
  if (!isShortSaying(span, /[.!?]$/)) return false;
  const colon = /([^.!?:;“”"]{0,60}):\s*$/.exec(text.slice(Math.max(0, span.start - 60), span.start));
  // Someone answering, not `said` or `read` (`the letter, which said: “Request denied.”`, a notice's
  // words), and a person doing it: `she replied`, `Ann Lee replied`, not `the council's website told
  // residents` nor `Its reply states`.
  if (!colon || /\b(?:which|that)\b/.test(colon[1]!)) return false;
  const words = colon[1]!.trim().split(/\s+/);
  return words.some((word, index) => index >= words.length - 3 && ANSWERING.has(word) && isPersonBefore(words[index - 1]));
}

/** A capital then letters, apostrophes, stops or hyphens only. */
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** A pronoun, a name (not a determiner) or a role (`the chairman`), as the subject right before a verb. */
function isPersonBefore(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (/^(?:he|she|they|I|we)$/i.test(word) || ROLE_WORDS.has(word)) return true;
  return CAPITALISED_NAME_WORD.test(word) && !/^(?:The|This|That|Its|His|Her|Their|Our|My|A|An)$/.test(word);
}

/** Verbs of someone answering or speaking up, never of a text's words. */
const ANSWERING = new Set('reply replies replied answer answers answered told tells add adds added insist insists insisted admit admits admitted shout shouts shouted snap snaps snapped concede concedes conceded explain explains explained'.split(' '));

/** The quotations of a paragraph, in order. */
export function findQuotations(text: string): QuotationSpan[] {
  const marked = quotedSpansKept(text);
  // Most paragraphs quote nobody: no lists to build for them.
  if (marked.length === 0) return [];
  const spans = joinInterrupted(text, marked);
  const quotations: QuotationSpan[] = [];
  let inscribed = false;
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index]!;
    const before = text.slice(Math.max(0, span.start - 80), span.start);
    // `placards reading “Books not budgets” and “Hands off Fenwick Road”`: the second too.
    const pairedWithInscription: boolean = inscribed && index > 0 && /^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(spans[index - 1]!.end, span.start));
    inscribed = INSCRIBED.test(before) || pairedWithInscription;
    // (The span before the first is none, not `spans[-1]`: V8 reads a negative index of an array
    // as a property by name, some 90 ns against a few for an element, measured.)
    const quotation = (isQuotation(span.text) || isShortSpokenQuotation(text, span) || isShortContinuation(text, span, index > 0 ? spans[index - 1] : undefined) || isShortIntroduced(text, span)) && !inscribed && !NAMED_AS_TITLE.test(before.slice(-40));
    if (quotation) quotations.push({ ...span, text: withoutEdgePunctuation(span.text) });
  }
  return quotations;
}
