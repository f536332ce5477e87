/** Helpers for patterns built from other patterns' sources. */

/**
 * A pattern's source with its capturing groups made non-capturing, `(a|b)` as `(?:a|b)`, for a
 * pattern that is only tested or whose groups are not read: V8 runs a pattern of more than 63
 * groups through a slow path on every call (the furniture patterns' union has some two hundred),
 * and keeps every group's bounds as it goes. Only for a source that refers back to no group
 * (`\1`, `\k<name>`): the numbers would change.
 */
export function withoutCaptures(source: string): string {
  let result = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index]!;
    if (character === '\\') {
      result += source.slice(index, index + 2);
      index += 1;
    } else if (inClass) {
      inClass = character !== ']';
      result += character;
    } else if (character === '(' && source[index + 1] !== '?') {
      result += '(?:';
    } else {
      inClass = character === '[';
      result += character;
    }
  }
  return result;
}
