/**
 * Safe highlights. Meilisearch's `_formatted` values are not HTML-escaped (meilisearch#1595), so
 * we ask for marker tags no document contains, escape the whole string, and only then turn the
 * markers into <mark>. The result is safe to insert as HTML.
 *
 * The search route reads the engine's answer as byte strings (byte-strings.ts), so this works on
 * them: its tags, escapes and spaces are ASCII, and the crop marker is matched by its UTF-8 bytes.
 */
import { toByteString } from './byte-strings.ts';

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
