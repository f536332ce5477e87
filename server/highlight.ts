/**
 * Safe highlights. Meilisearch's `_formatted` values are not HTML-escaped (meilisearch#1595), so
 * we ask for marker tags no document contains, escape the whole string, and only then turn the
 * markers into <mark>. The result is safe to insert as HTML.
 *
 * The search route reads the engine's answer as byte strings (byte-strings.ts), so this works on
 * them: its tags, escapes and spaces are ASCII, and the crop marker is matched by its UTF-8 bytes.
 */
import { toByteString } from './byte-strings.ts';
import { BACKSLASH } from './json-scan.ts';

export const HIGHLIGHT_PRE_TAG = '\u0002mark\u0003';
export const HIGHLIGHT_POST_TAG = '\u0002/mark\u0003';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes and turns the markers into <mark> in one pass: this runs for every hit of every search. */
const HIGHLIGHT_REPLACEMENTS: Record<string, string> = { ...HTML_ESCAPES, [HIGHLIGHT_PRE_TAG]: '<mark>', [HIGHLIGHT_POST_TAG]: '</mark>' };
const HIGHLIGHT_TOKENS = new RegExp(`[&<>"']|${HIGHLIGHT_PRE_TAG}|${HIGHLIGHT_POST_TAG}`, 'g');

/** The crop marker the engine puts where it cut a long text. */
export const CROP_MARKER = '…';
const CROP_MARKER_BYTES = toByteString(CROP_MARKER);
/** White space in a byte string: ASCII's, and the no-break space (C2 A0) that articles put before a word. */
const SPACE_BYTES = '(?:[\\t\\n\\v\\f\\r ]|\\u00c2\\u00a0)+';
const SPACE_BEFORE_CROP = new RegExp(`${SPACE_BYTES}${CROP_MARKER_BYTES}$`);
const SPACE_AFTER_CROP = new RegExp(`^${CROP_MARKER_BYTES}${SPACE_BYTES}`);

/** `formatted` and the result are byte strings. */
export function toSafeHighlight(formatted: string): string {
  // A crop can fall right after a paragraph break: keep the marker beside the words it follows.
  let tidy = formatted;
  if (tidy.endsWith(CROP_MARKER_BYTES)) tidy = tidy.replace(SPACE_BEFORE_CROP, CROP_MARKER_BYTES);
  if (tidy.startsWith(CROP_MARKER_BYTES)) tidy = tidy.replace(SPACE_AFTER_CROP, CROP_MARKER_BYTES);
  return tidy.replace(HIGHLIGHT_TOKENS, (token) => HIGHLIGHT_REPLACEMENTS[token]!);
}

/**
 * toSafeHighlight on a JSON string literal (a byte string, quotes included), giving the literal
 * of its result without decoding it: the marker tags and HTML's characters are rewritten where
 * they stand, each escape read whole so that `\\u0002` (a backslash, then text) is no tag. Over
 * the benchmark's answers, reading the engine's answer took 22.5 µs a search this way against
 * 32.4 µs by JSON.parse, toSafeHighlight and JSON.stringify (docs/performance.md). Undefined,
 * for the decoded way, when the literal has a `\u` escape of anything but a control character
 * (`\u003c` is `<`, which must be escaped as HTML) or a crop marker at an end with white space
 * beside it (toSafeHighlight's tidying works on the decoded text).
 */
export function safeHighlightLiteral(literal: string): string | undefined {
  if (spaceByCropMarker(literal)) return undefined;
  let decoded = false;
  const safe = literal.replace(LITERAL_TOKENS, (token) => {
    const replacement = LITERAL_REPLACEMENTS[token];
    if (replacement === undefined) decoded = true;
    return replacement ?? token;
  });
  return decoded ? undefined : safe;
}

const LITERAL_REPLACEMENTS: Record<string, string> = {
  ...HTML_ESCAPES,
  '\\"': '&quot;',
  // An escaped backslash stays as it is.
  '\\\\': '\\\\',
  [JSON.stringify(HIGHLIGHT_PRE_TAG).slice(1, -1)]: '<mark>',
  [JSON.stringify(HIGHLIGHT_POST_TAG).slice(1, -1)]: '</mark>',
};
/**
 * The tags as JSON writes them, an escaped quote, an escaped backslash (read whole, so the
 * character after it starts no escape), a `\u` escape of no control character (which has no
 * replacement: the literal is decoded instead), and HTML's characters.
 */
const LITERAL_TOKENS = /\\u0002mark\\u0003|\\u0002\/mark\\u0003|\\["\\]|\\u(?!00[01])|[&<>']/g;

const CROP_START_LITERAL = `"${CROP_MARKER_BYTES}`;
const CROP_END_LITERAL = `${CROP_MARKER_BYTES}"`;
const SPACE = 0x20;

/**
 * A crop marker just inside a literal's quotes with white space beside it: a space, a no-break
 * space (C2 A0), or an escape (`\n`, `\t`, `\u000b` for a vertical tab).
 */
function spaceByCropMarker(literal: string): boolean {
  if (literal.startsWith(CROP_START_LITERAL)) {
    const next = literal.charCodeAt(CROP_START_LITERAL.length);
    if (next === SPACE || next === 0xc2 || next === BACKSLASH) return true;
  }
  if (literal.endsWith(CROP_END_LITERAL)) {
    const end = literal.length - CROP_END_LITERAL.length;
    const previous = literal.charCodeAt(end - 1);
    if (previous === SPACE || previous === 0xa0 || literal.charCodeAt(end - 2) === BACKSLASH || literal.charCodeAt(end - 6) === BACKSLASH) return true;
  }
  return false;
}
