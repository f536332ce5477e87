/**
 * The block: what both readers (plain text and HTML) produce and the rest of the parser reads.
 * A block is one paragraph-level piece of text with its kind and the gap that precedes it.
 */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote';

export interface Block {
  kind: BlockKind;
  /** Normalised text: NFC, single spaces, trimmed. */
  text: string;
  /**
   * How far the block stands from the one before: blank lines in plain text, empty paragraphs
   * or rules in HTML (1 is the ordinary paragraph break). A wider gap than usual inside a
   * timeline marks an entry that lost its date.
   */
  gapBefore: number;
  /**
   * Which top-level list or table (numbered in page order) the block stands in, if any: in HTML
   * its lists and tables, in plain text its runs of bullet items. A timeline written as the rows
   * of a table or the items of a list ends where that structure does, so the paragraph after it
   * is no part of the last entry.
   */
  structure?: number;
  /**
   * Plain text only: a heading guessed from a short sentence-case line (`What happens next`,
   * `No vote is taken`), which inside a timeline may as well be a line of its entry.
   */
  guessed?: true;
  /**
   * A heading's rank, when the source gives one: `<h2>` is 2, Markdown's `###` is 3. A year's
   * heading under a section of the same rank or higher ends it; under a lower one, it is one of its years.
   */
  level?: number;
  /**
   * HTML only: a date set apart from the start of the paragraph after it (`<p><b>1 December
   * 2023:</b> The cabinet …</p>`), which goes back to that paragraph when no timeline forms.
   */
  opensNext?: true;
  /** Plain text only: the line under the title that says more of it (`Final Report to the Board`), never a heading. */
  subtitle?: true;
  /** Plain text only: a list item marked with its number (`1. Summary`). */
  numbered?: true;
}
