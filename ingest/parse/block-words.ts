/**
 * A block's words as `text.split(/\s+/)` gives them, read by their offsets in the text: an empty
 * word first when the text opens with white space and last when it ends with it, one empty word
 * for an empty text. Most of an article's words are looked at by a character or two only (a
 * lower-case word outside any name, a word ending in a letter, which ends no sentence), and the
 * split made a string of each: the words are made strings only when asked for (`at`). The split
 * of every block was about a fifth of ArticleNames' CPU over the synthetic corpus.
 */
import { isSpaceCode, SPACE } from './normalize-text.ts';

/** Any white space (`\s`) but the plain space. */
const OTHER_THAN_SPACE = /[^\S ]/;

export class BlockWords {
  /** The block read last (`read`). */
  text = '';
  /** How many words it has, as the split's array has. */
  count = 0;
  /** Where each word starts and ends in the text (its end is the white space after it, or the text's end). */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** The word made last, by its index: a word is most often asked for by two readers in turn. */
  private madeIndex = -1;
  private made = '';

  /**
   * Reads a block's words. A block whose only white space is the plain space, as nearly every
   * block is (normalizeText folds the other spaces), is cut at its spaces found by indexOf, which
   * skips the letters between far faster than a loop reads their codes (the split of the synthetic
   * corpus's blocks 0.52x the CPU, against 0.74x by codes); any other is read by its codes.
   */
  read(text: string): void {
    this.text = text;
    this.madeIndex = -1;
    this.count = 0;
    if (OTHER_THAN_SPACE.test(text)) this.readByCodes(text);
    else this.readBySpaces(text);
  }

  /** Words between plain spaces: a run of spaces is one break; a space opening or ending the text leaves an empty word there. */
  private readBySpaces(text: string): void {
    let start = 0;
    for (;;) {
      const space = text.indexOf(' ', start);
      this.add(start, space < 0 ? text.length : space);
      if (space < 0) return;
      start = space + 1;
      while (text.charCodeAt(start) === SPACE) start += 1;
    }
  }

  /** Words between runs of white space as `\s` reads it (isSpaceCode). */
  private readByCodes(text: string): void {
    const length = text.length;
    let start = 0;
    let index = 0;
    for (;;) {
      while (index < length && !isSpaceCode(text.charCodeAt(index))) index += 1;
      this.add(start, index);
      if (index === length) return;
      index += 1;
      while (index < length && isSpaceCode(text.charCodeAt(index))) index += 1;
      start = index;
    }
  }

  private add(start: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.ends = ends;
  }

  /** The word at `index` as written, as the split's array gives it: undefined past the last. */
  at(index: number): string | undefined {
    if (!this.holds(index)) return undefined;
    if (index === this.madeIndex) return this.made;
    this.madeIndex = index;
    return (this.made = this.text.slice(this.starts[index]!, this.ends[index]!));
  }

  /** `at` as a function of its own, for readers that take one (nicknameLength). */
  readonly wordAt = (index: number): string | undefined => this.at(index);

  /** The code of a word's first character: NaN for an empty word or past the last, as `''.charCodeAt(0)` is. */
  firstCode(index: number): number {
    if (!this.holds(index)) return NaN;
    const start = this.starts[index]!;
    return start < this.ends[index]! ? this.text.charCodeAt(start) : NaN;
  }

  /** The code of a word's last character: NaN for an empty word or past the last. */
  lastCode(index: number): number {
    if (!this.holds(index)) return NaN;
    const end = this.ends[index]!;
    return this.starts[index]! < end ? this.text.charCodeAt(end - 1) : NaN;
  }

  /** How many characters a word has (0 past the last). */
  lengthOf(index: number): number {
    return this.holds(index) ? this.ends[index]! - this.starts[index]! : 0;
  }

  /** `at(index).startsWith(prefix)`, without making the word; false past the last. */
  opensWith(index: number, prefix: string): boolean {
    return this.holds(index) && this.ends[index]! - this.starts[index]! >= prefix.length && this.text.startsWith(prefix, this.starts[index]!);
  }

  /** `at(index) === word`, without making the word; false past the last. */
  is(index: number, word: string): boolean {
    return this.holds(index) && this.ends[index]! - this.starts[index]! === word.length && this.text.startsWith(word, this.starts[index]!);
  }

  /** Whether there is a word at `index`. */
  private holds(index: number): boolean {
    return index >= 0 && index < this.count;
  }
}
