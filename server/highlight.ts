/**
 * Safe highlights. Meilisearch's `_formatted` values are not HTML-escaped (meilisearch#1595), so
 * we ask for marker tags no document contains, escape the whole string, and only then turn the
 * markers into <mark>. The result is safe to insert as HTML.
 */
export const HIGHLIGHT_PRE_TAG = '\u0002mark\u0003';
export const HIGHLIGHT_POST_TAG = '\u0002/mark\u0003';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** The crop marker the engine puts where it cut a long text. */
export const CROP_MARKER = '…';

export function toSafeHighlight(formatted: string): string {
  // A crop can fall right after a paragraph break: keep the marker beside the words it follows.
  const tidy = formatted.replace(/\s+…$/u, CROP_MARKER).replace(/^…\s+/u, CROP_MARKER);
  return escapeHtml(tidy).replaceAll(HIGHLIGHT_PRE_TAG, '<mark>').replaceAll(HIGHLIGHT_POST_TAG, '</mark>');
}
