/**
 * parse5's parser with its tokenizer reading a page's text a run at a time instead of a character
 * at a time: the same tokens, so the same tree.
 *
 * Why: parse5 7's tokenizer handles each character of text in the data state by a turn of its loop
 * (the preprocessor's advance, the state's switch, `String.fromCodePoint`, `chars += ch`), and the
 * text of a page is most of its characters: that was about half of parse5's time in an HTML parse.
 * A run of characters the data state only adds to the current character token (not `<` or `&`, not
 * NUL, not a carriage return or a surrogate, which the preprocessor rewrites, and all white space
 * or all not, as parse5 splits its tokens) is added in one step: parse5 adds it character by
 * character to one token, with nothing emitted in between. Pinned to parse5 7.3.0 (package.json),
 * whose tokenizer's protected members this reads; tests/unit/s30-html-tokenizer.test.ts compares
 * the trees with parse5's own on every fixture and on generated pages.
 */
import { Parser, Token, Tokenizer, type ParserOptions } from 'parse5';
import type { Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';

const NUL = 0x00;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const AMPERSAND = 0x26;
const LESS_THAN = 0x3c;
const QUOTATION_MARK = 0x22;
const APOSTROPHE = 0x27;

/** White space as parse5's tokenizer splits character tokens by it (its `isWhitespace`). */
export function isTokenWhitespace(code: number): boolean {
  return code === SPACE || code === LINE_FEED || code === TAB || code === FORM_FEED;
}

/**
 * A character the data state or the preprocessor does more with than add it to the text: a tag's
 * or a character reference's start, NUL (an error, a token of its own), a carriage return (read as
 * a line feed, one after it dropped) and surrogates (paired into one code point). A run stops there.
 */
export function endsTextRun(code: number): boolean {
  return code === LESS_THAN || code === AMPERSAND || code === NUL || code === CARRIAGE_RETURN || (code >= 0xd800 && code <= 0xdfff);
}

/** The preprocessor's line bookkeeping, private in its types: kept as its advance keeps it. */
interface PreprocessorLines {
  pos: number;
  line: number;
  isEol: boolean;
  lineStartPos: number;
}

/**
 * The end of the run of text starting at `start` (exclusive): characters none of which ends a run
 * (endsTextRun), all white space or all not, as `html[start]` is.
 */
export function textRunEnd(html: string, start: number): number {
  const whitespace = isTokenWhitespace(html.charCodeAt(start));
  let end = start + 1;
  while (end < html.length) {
    const code = html.charCodeAt(end);
    if (endsTextRun(code) || isTokenWhitespace(code) !== whitespace) break;
    end += 1;
  }
  return end;
}

/** Moves the preprocessor over `html[from..to)`, read already, as its advance would. */
function skipRead(preprocessor: PreprocessorLines, html: string, from: number, to: number): void {
  let { pos } = preprocessor;
  for (let index = from; index < to; index += 1) {
    pos += 1;
    if (preprocessor.isEol) {
      preprocessor.isEol = false;
      preprocessor.line += 1;
      preprocessor.lineStartPos = pos;
    }
    if (html.charCodeAt(index) === LINE_FEED) preprocessor.isEol = true;
  }
  preprocessor.pos = pos;
}

/**
 * The end of the text starting at `start` (exclusive): up to the first character that ends a run
 * (endsTextRun), white space and words together.
 */
export function textEnd(html: string, start: number): number {
  let end = start + 1;
  while (end < html.length && !endsTextRun(html.charCodeAt(end))) end += 1;
  return end;
}

/** Whether `html[from..to)` holds a character that is not white space (isTokenWhitespace). */
function holdsNonWhitespace(html: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (!isTokenWhitespace(html.charCodeAt(index))) return true;
  return false;
}

/**
 * parse5 7.3.0's insertion modes (its InsertionMode, not exported) in which it reads a character
 * token and a white space token alike (characterInBody, whitespaceCharacterInBody): it reconstructs
 * the active formatting elements, which a second time finds nothing to do, and inserts the text;
 * a character token also clears `framesetOk`, which nothing reads between two tokens. In foreign
 * content (`<svg>`, `<math>`) both are inserted too, whatever the mode says.
 */
const IN_BODY = 6;
/** A script's, a style's, a title's or a text area's text: both kinds of token inserted as they are. */
const TEXT = 7;
const IN_CAPTION = 10;
const IN_CELL = 14;
const IN_TEMPLATE = 17;

/** The parser's state the tokenizer asks of it: public members of parse5's Parser, marked internal. */
interface ParserState {
  insertionMode: number;
  skipNextNewLine: boolean;
}

/** A character Latin-1 has not: V8 then keeps the whole page two bytes a character. */
const WIDE_CHARACTER = /[^\u0000-\u00ff]/;

/** Whether `html[from..to)` holds only Latin-1 characters. */
export function isLatin1(html: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (html.charCodeAt(index) > 0xff) return false;
  return true;
}

class TextRunTokenizer extends Tokenizer {
  /**
   * The page as Latin-1 bytes, when it holds a wider character (its other characters' bytes
   * right, those of the wider ones no matter): see textBetween.
   */
  latin1Page: Buffer | null = null;

  /**
   * A run's text. A slice of a page holding any wider character (a curly quote, a dash) is two
   * bytes a character like the page, and V8's patterns read such strings several times slower
   * (a `\p{L}` class 5x): a run of Latin-1 alone is made one byte a character, as parse5 made
   * each word of it.
   */
  private textBetween(html: string, start: number, end: number): string {
    const page = this.latin1Page;
    if (page === null || !isLatin1(html, start, end)) return html.slice(start, end);
    // Counted from the page's start: parse5 drops the part of its buffer it has read.
    const dropped = (this.preprocessor as unknown as { droppedBufferSize: number }).droppedBufferSize;
    return page.toString('latin1', dropped + start, dropped + end);
  }

  /**
   * Reads the run of text `cp` opens, as the data, RCDATA, RAWTEXT, script data and PLAINTEXT
   * states read each of its characters (they emit it; `&` stops a run in all of them, as it must
   * in the first two); false when parse5's own way must read `cp`.
   */
  private readTextRun(cp: number): boolean {
    const preprocessor = this.preprocessor as unknown as PreprocessorLines & { html: string };
    const { html } = preprocessor;
    const start = preprocessor.pos;
    // The character as the page has it (not a carriage return read as a line feed, nor a pair of
    // surrogates), one a run may hold; with locations or errors asked for, parse5's own way.
    if (endsTextRun(cp) || html.charCodeAt(start) !== cp || this.options.sourceCodeLocationInfo) return false;
    const whitespace = isTokenWhitespace(cp);
    // In the body (and in a script's, a style's or a title's text), words and the white space
    // between them go to the tree alike: one token for the whole text (the tree's text node then
    // one string, not a string of a piece a token), but not right after `<pre>` or `<textarea>`,
    // where a white space token loses its first line feed. The modes are as they will be when the
    // token is read: reading the token pending before it, words or white space, changes none of them.
    const parser = this.handler as unknown as ParserState;
    const mode = parser.insertionMode;
    const wholeText = (mode === IN_BODY || mode === TEXT || mode === IN_CELL || mode === IN_CAPTION || mode === IN_TEMPLATE) && !parser.skipNextNewLine;
    const end = wholeText ? textEnd(html, start) : textRunEnd(html, start);
    if (end === start + 1) return false;
    const words = wholeText ? !whitespace || holdsNonWhitespace(html, start + 1, end) : !whitespace;
    // Emitting the token before may drop the parsed part of the buffer, moving `pos` back: the
    // rest of the run is counted from where `pos` is after.
    this._appendCharToCurrentCharacterToken(words ? Token.TokenType.CHARACTER : Token.TokenType.WHITESPACE_CHARACTER, this.textBetween(html, start, end));
    // Lines as the preprocessor's advance counts them (a line feed pending from before was counted
    // by the advance that read the run's first character).
    skipRead(preprocessor, html, start + 1, end);
    this.consumedAfterSnapshot += end - start - 1;
    return true;
  }

  /**
   * Reads the run of an attribute's value `cp` opens, up to its closing `quote`, as the quoted value
   * states add each of its characters to the value; false when parse5's own way must read `cp`.
   */
  private readAttributeValueRun(cp: number, quote: number): boolean {
    const preprocessor = this.preprocessor as unknown as PreprocessorLines & { html: string };
    const { html } = preprocessor;
    const start = preprocessor.pos;
    if (cp === quote || endsTextRun(cp) || html.charCodeAt(start) !== cp || this.options.sourceCodeLocationInfo) return false;
    let end = start + 1;
    while (end < html.length) {
      const code = html.charCodeAt(end);
      if (code === quote || endsTextRun(code)) break;
      end += 1;
    }
    if (end === start + 1) return false;
    this.currentAttr.value += this.textBetween(html, start, end);
    skipRead(preprocessor, html, start + 1, end);
    this.consumedAfterSnapshot += end - start - 1;
    return true;
  }

  protected override _stateData(cp: number): void {
    if (!this.readTextRun(cp)) super._stateData(cp);
  }

  protected override _stateRcdata(cp: number): void {
    if (!this.readTextRun(cp)) super._stateRcdata(cp);
  }

  protected override _stateRawtext(cp: number): void {
    if (!this.readTextRun(cp)) super._stateRawtext(cp);
  }

  protected override _stateScriptData(cp: number): void {
    if (!this.readTextRun(cp)) super._stateScriptData(cp);
  }

  protected override _statePlaintext(cp: number): void {
    if (!this.readTextRun(cp)) super._statePlaintext(cp);
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    if (!this.readAttributeValueRun(cp, QUOTATION_MARK)) super._stateAttributeValueDoubleQuoted(cp);
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    if (!this.readAttributeValueRun(cp, APOSTROPHE)) super._stateAttributeValueSingleQuoted(cp);
  }
}

/** parse5's Parser with a TextRunTokenizer. Exported for its tests, which read its preprocessor. */
export class TextRunParser extends Parser<Htmlparser2TreeAdapterMap> {
  constructor(options?: ParserOptions<Htmlparser2TreeAdapterMap>) {
    super(options);
    // Made again, as parse5 made its own just above: nothing has been read yet, and the context
    // modes the constructor set on the first (not in foreign content, at the document) are the new one's too.
    this.tokenizer = new TextRunTokenizer(this.options, this);
  }
}

/** parse5's `parse` (Parser.parse), its tokenizer reading text by runs. */
export function parseByTextRuns(html: string, options: ParserOptions<Htmlparser2TreeAdapterMap>): Htmlparser2TreeAdapterMap['document'] {
  const parser = new TextRunParser(options);
  (parser.tokenizer as TextRunTokenizer).latin1Page = WIDE_CHARACTER.test(html) ? Buffer.from(html, 'latin1') : null;
  parser.tokenizer.write(html, true);
  return parser.document;
}
