/**
 * Text normalisation shared by the text and HTML readers: NFC, every kind of space folded to a
 * plain one, invisible characters dropped. Quotation marks are left as the article wrote them.
 */

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
const CARRIAGE_RETURN = /\r\n?/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** A character one of the replaces below changes: most texts have none, and one scan tells. */
const ANY_TO_REPLACE = /[\r\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/;

/** Normalises one line or block of text, keeping line breaks. */
export function normalizeText(text: string): string {
  const normalized = text.normalize('NFC');
  if (!ANY_TO_REPLACE.test(normalized)) return normalized;
  return normalized.replace(CARRIAGE_RETURN, '\n').replace(INVISIBLE, '').replace(SPACES, ' ');
}

/** White space that collapsing would change inside a text: any kind but a plain space, or a run. */
export const UNTIDY_SPACE = /[^\S ]| \s/;
/** The plain space's code. */
export const SPACE = 32;

/** How many pieces `text.split(' ')` gives (its spaces and one), without the array built only to be counted. */
export function spacedWords(text: string): number {
  let count = 1;
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) count += 1;
  return count;
}

/** Whether a text opens or ends with a plain space, which UNTIDY_SPACE leaves to be tested apart. */
export function spacedAtEdge(text: string): boolean {
  return text.charCodeAt(0) === SPACE || text.charCodeAt(text.length - 1) === SPACE;
}

/** White space that leaves a line of a text untidy: any kind but a plain space or a line break, a run, or a space opening a line. */
const UNTIDY_LINE_SPACE = /[^\S \n]| \s|\n /;

/**
 * Whether every line of a text (split at `\n`) is tidy, collapseWhitespace giving it back as it
 * is: one scan of the text instead of one a line. A space ending a line is one before `\n`.
 */
export function linesAreTidy(text: string): boolean {
  return !UNTIDY_LINE_SPACE.test(text) && !spacedAtEdge(text);
}

/**
 * A run of white space, for replace (which starts a global pattern afresh): a module pattern, as a
 * literal inside collapseWhitespace was made again at every call (about 17% of an untidy text's collapse).
 */
const WHITE_SPACE_RUN = /\s+/g;

/** Collapses runs of white space (line breaks included) into one space and trims. */
export function collapseWhitespace(text: string): string {
  // Most texts are already tidy, and testing is several times cheaper than rebuilding the string.
  // An empty text (every blank line of an article) is tidy, asked of nothing.
  const untidy = text !== '' && (UNTIDY_SPACE.test(text) || spacedAtEdge(text));
  return untidy ? text.replace(WHITE_SPACE_RUN, ' ').trim() : text;
}

/**
 * Whether a character code is white space as `\s` reads it (checked against the pattern on every
 * BMP character): for the scans that read a text by its codes instead of splitting it by pattern.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
