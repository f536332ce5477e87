/**
 * Letter and figure tests the readers ask tens of thousands of times a pass, written once here. tsx's esbuild
 * (targeting Node 20) turns a regular expression holding `\p{…}` into `new RegExp(…)` where it is
 * written, so one written inside a function was built again at every call (about 70 ns each).
 */

/** Whether a character code is an ASCII figure (`0` to `9`); NaN, a missing character's, is none. */
export function isFigureCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Opens with an upper-case letter, in any script. */
export const OPENS_UPPER_CASE = /^\p{Lu}/u;
/** Opens with a lower-case letter, in any script. */
export const OPENS_LOWER_CASE = /^\p{Ll}/u;
/** Opens with a letter, in any script. */
export const OPENS_LETTER = /^\p{L}/u;
/** Holds a letter, in any script. */
export const HOLDS_LETTER = /\p{L}/u;
/** A capital then lower case only: `Harbour`, `Élise`. */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Two capitals or more and nothing else: `NATO`, `BBC`. */
export const UPPER_CASE_WORD = /^\p{Lu}{2,}$/u;
