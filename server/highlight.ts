/**
 * Safe highlights. Meilisearch's `_formatted` values are not HTML-escaped (meilisearch#1595), so
 * we ask for marker tags no document contains, escape the whole string, and only then turn the
 * markers into <mark>. The result is safe to insert as HTML.
 */
export const HIGHLIGHT_PRE_TAG = '\u0002mark\u0003';
export const HIGHLIGHT_POST_TAG = '\u0002/mark\u0003';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes and turns the markers into <mark> in one pass: this runs for every hit of every search. */
const HIGHLIGHT_REPLACEMENTS: Record<string, string> = { ...HTML_ESCAPES, [HIGHLIGHT_PRE_TAG]: '<mark>', [HIGHLIGHT_POST_TAG]: '</mark>' };
const HIGHLIGHT_TOKENS = new RegExp(`[&<>"']|${HIGHLIGHT_PRE_TAG}|${HIGHLIGHT_POST_TAG}`, 'g');

/** The crop marker the engine puts where it cut a long text. */
export const CROP_MARKER = '…';

export function toSafeHighlight(formatted: string): string {
  // A crop can fall right after a paragraph break: keep the marker beside the words it follows.
  let tidy = formatted;
  if (tidy.endsWith(CROP_MARKER)) tidy = tidy.replace(/\s+…$/u, CROP_MARKER);
  if (tidy.startsWith(CROP_MARKER)) tidy = tidy.replace(/^…\s+/u, CROP_MARKER);
  return tidy.replace(HIGHLIGHT_TOKENS, (token) => HIGHLIGHT_REPLACEMENTS[token]!);
}
