/**
 * Splits a paragraph into sentences with their offsets, never inside a quotation and never
 * after an abbreviation or an initial (`Jr.`, `Sen.`, `J.`), so attribution looks at the
 * sentence a quotation really stands in.
 */
import { quotedSpans } from './quotes.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'jr', 'sr', 'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'rev',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'v', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ft', 'mt', 'approx', 'dept', 'est', 'fig', 'al',
]);

export function splitSentences(text: string): Sentence[] {
  // Blank out quotation contents (all but their last character, which may end the sentence) so
  // their inner full stops do not end the outer sentence.
  // Built in one pass: splicing the string once per quotation made a paragraph of thousands of them
  // quadratic.
  const parts: string[] = [];
  let copied = 0;
  for (const span of quotedSpans(text)) {
    const innerLength = Math.max(0, span.end - span.start - 3);
    parts.push(text.slice(copied, span.start + 1), 'X'.repeat(innerLength));
    copied = span.start + 1 + innerLength;
  }
  const masked = parts.length ? parts.join('') + text.slice(copied) : text;
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?…]+["”’»)\]]*\s+(?=["“‘«„(\[]?[\p{Lu}\d])/gu;
  for (const match of masked.matchAll(boundary)) {
    // Only the last word matters: a window of 64 characters holds any word the checks below accept
    // (a longer run is cut to 63 or more characters, which no abbreviation or initial is).
    const before = masked.slice(Math.max(start, match.index! - 64), match.index!);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase().replace(/\.$/, '');
    if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    const end = match.index! + match[0].trimEnd().length;
    sentences.push({ start, end, text: text.slice(start, end) });
    start = match.index! + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences;
}
