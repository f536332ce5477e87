/**
 * Credit lines under a quotation: `— Martin Greaves`, or a pasted post's `— Olu Benn MP
 * (@OluBennMP) March 14, 2023`. Plain text and HTML both turn a credited quotation into one
 * paragraph, `“…” — Name`, which the speaker rules read like any quotation with a dash credit.
 */

/**
 * A dash (em or en only: a hyphen opens a bullet), a name of up to five words, then optionally a
 * handle in brackets, a date, and where it was said (`, in the postmortem`). Nothing else may
 * follow: `— Helen, please answer!` is dialogue.
 */
export const CREDIT_LINE =
  /^[—–―]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})(\s*\(@?[\w.]+\))?([\s,·]+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}))?(,\s+(?:in|on|at|to|speaking to|writing in)\s+[^—–―,]{1,40})?$/u;

/** A quotation and its credit as one paragraph: `“words” — Name …`. */
export function creditedQuotation(words: string, credit: string): string {
  const quoted = /^["“”„«]/.test(words) ? words : `“${words}”`;
  return `${quoted} — ${credit.replace(/^[—–―]\s*/, '')}`;
}

/** A text ending in a credit line (a blockquote with its credit inside): the words and the credit. */
export function splitCredit(text: string): { words: string; credit: string } | null {
  const split = /^(.*\S)\s*([—–―]\s*[^—–―]+)$/u.exec(text);
  return split && CREDIT_LINE.test(split[2]!) ? { words: split[1]!, credit: split[2]! } : null;
}
