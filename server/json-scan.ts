/**
 * Walking JSON text without parsing it: where a value ends, and the members of an object, as
 * positions in the text. For reading the parts of a large answer by their bytes
 * (search-answer.ts), where JSON.parse would build every value only for JSON.stringify to write
 * it again.
 *
 * The walk is strict: compact JSON as Meilisearch writes it (no white space between tokens),
 * numbers and literals checked against JSON's grammar, brackets matched. Anything else gives -1,
 * and the caller reads the text with JSON.parse instead, which accepts what is valid and reports
 * what is not. A string is delimited here, by its unescaped quotes; its contents are not checked.
 */

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const ZERO = 0x30;
const DOT = 0x2e;

const isDigit = (code: number) => code >= ZERO && code <= 0x39;

/**
 * Arrays and objects nested deeper than this give -1 (read with JSON.parse instead): the walk
 * recurses, and a value nested thousands deep would overflow the stack. The engine's answers nest
 * four deep (results, a result, facetDistribution, a facet).
 */
export const MAX_DEPTH = 64;

/** The index just past the string whose opening quote is at `start`, or -1. */
export function stringEnd(text: string, start: number): number {
  if (text.charCodeAt(start) !== QUOTE) return -1;
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    // A quote after an odd number of backslashes is escaped; the opening quote stops the count.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}

/** The index just past the number at `start` (JSON's grammar: no leading zeros, no bare dot), or -1. */
function numberEnd(text: string, start: number): number {
  let index = start;
  if (text.charCodeAt(index) === MINUS) index += 1;
  if (text.charCodeAt(index) === ZERO) index += 1;
  else if (isDigit(text.charCodeAt(index))) while (isDigit(text.charCodeAt(index))) index += 1;
  else return -1;
  if (text.charCodeAt(index) === DOT) {
    index += 1;
    if (!isDigit(text.charCodeAt(index))) return -1;
    while (isDigit(text.charCodeAt(index))) index += 1;
  }
  const exponent = text.charCodeAt(index);
  if (exponent === 0x65 || exponent === 0x45) {
    index += 1;
    const sign = text.charCodeAt(index);
    if (sign === PLUS || sign === MINUS) index += 1;
    if (!isDigit(text.charCodeAt(index))) return -1;
    while (isDigit(text.charCodeAt(index))) index += 1;
  }
  return index;
}

/** The index just past the value at `start`, or -1; `depth` counts the arrays and objects it is in. */
export function valueEnd(text: string, start: number, depth = 0): number {
  const code = text.charCodeAt(start);
  if (code === QUOTE) return stringEnd(text, start);
  if (code === OPEN_OBJECT) return depth < MAX_DEPTH ? objectEnd(text, start, undefined, depth + 1) : -1;
  if (code === OPEN_ARRAY) return depth < MAX_DEPTH ? arrayEnd(text, start, valueEnd, depth + 1) : -1;
  if (text.startsWith('null', start)) return start + 4;
  if (text.startsWith('true', start)) return start + 4;
  if (text.startsWith('false', start)) return start + 5;
  return numberEnd(text, start);
}

/**
 * The index just past the object at `start`, or -1. Each member's value ends where `memberEnd`
 * says (given the key's opening quote and the value's first index; -1 refuses the member), by
 * default where `valueEnd` does. `depth` is the object's own, for the values within it.
 */
export function objectEnd(text: string, start: number, memberEnd?: (keyStart: number, valueStart: number) => number, depth = 1): number {
  if (text.charCodeAt(start) !== OPEN_OBJECT) return -1;
  let index = start + 1;
  if (text.charCodeAt(index) === CLOSE_OBJECT) return index + 1;
  for (;;) {
    const keyEnd = stringEnd(text, index);
    if (keyEnd === -1 || text.charCodeAt(keyEnd) !== COLON) return -1;
    const end = memberEnd ? memberEnd(index, keyEnd + 1) : valueEnd(text, keyEnd + 1, depth);
    if (end === -1) return -1;
    const next = text.charCodeAt(end);
    if (next === CLOSE_OBJECT) return end + 1;
    if (next !== COMMA) return -1;
    index = end + 1;
  }
}

/** The index just past the array at `start`, each item's end found by `itemEnd` (given the array's `depth`), or -1. */
export function arrayEnd(text: string, start: number, itemEnd: (text: string, start: number, depth: number) => number, depth = 1): number {
  if (text.charCodeAt(start) !== OPEN_ARRAY) return -1;
  let index = start + 1;
  if (text.charCodeAt(index) === CLOSE_ARRAY) return index + 1;
  for (;;) {
    const end = itemEnd(text, index, depth);
    if (end === -1) return -1;
    const next = text.charCodeAt(end);
    if (next === CLOSE_ARRAY) return end + 1;
    if (next !== COMMA) return -1;
    index = end + 1;
  }
}
