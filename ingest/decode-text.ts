/**
 * An article file's bytes as text. Windows tools save "plain text" in other encodings than UTF-8:
 * Notepad's "Unicode" is UTF-16, Word's and older Notepad's "Plain text" Windows-1252. Read as
 * UTF-8, both came out as junk, and were refused as binary data with the advice to save them as
 * .txt files, which they were. Pure: no I/O.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text and the encoding it was read in, or what the bytes are when they are no text. */
export type DecodedBytes = { text: string; encoding: TextEncoding } | { notText: string };

/**
 * Reads `bytes` as UTF-8, unless they say otherwise: a byte order mark, UTF-16's zero byte beside
 * every ASCII character, or a single-byte text (every byte beyond ASCII invalid as UTF-8), read as
 * Windows-1252, whose letters and curly quotes are the usual ones. Binary data (NUL bytes, control
 * characters, or more than one character in a hundred that is no UTF-8) and PDFs are no text:
 * indexed as they were, they gave documents of junk, and "quotations" of it.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedBytes {
  if (startsWith(bytes, PDF_MAGIC)) return { notText: 'a PDF' };
  if (startsWith(bytes, UTF8_BOM)) return checked(decode('utf-8', bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, UTF16LE_BOM)) return checked(decode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, UTF16BE_BOM)) return checked(decode('utf-16be', bytes.subarray(2)), 'utf-16be');
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return checked(decode(utf16, bytes), utf16);
  const utf8 = decode('utf-8', bytes);
  // No U+FFFD in the text, as in almost every file: no byte failed as UTF-8, and nothing is left to count.
  if (!utf8.includes(REPLACEMENT_CHARACTER)) return checked(utf8, 'utf-8');
  let invalid = 0;
  let beyondAscii = 0;
  for (let index = 0; index < utf8.length; index += 1) {
    const code = utf8.charCodeAt(index);
    if (code === REPLACEMENT) invalid += 1;
    else if (code > 0x7f) beyondAscii += 1;
  }
  // No byte beyond ASCII reads as UTF-8: a single-byte encoding.
  if (invalid > 0 && beyondAscii === 0) return checked(decode('windows-1252', bytes), 'windows-1252');
  if (invalid > MIN_INVALID && invalid * 100 > utf8.length) return { notText: BINARY };
  return checked(utf8, 'utf-8');
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const REPLACEMENT = 0xfffd;
const REPLACEMENT_CHARACTER = String.fromCharCode(REPLACEMENT);
const BINARY = 'binary data, not text';
/** A few bytes that are no UTF-8 in a long text are a slip, read as U+FFFD. */
const MIN_INVALID = 8;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decode(encoding: TextEncoding, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\x80-\x9f]/g, (control) => WINDOWS_1252_80_9F[control.charCodeAt(0) - 0x80] ?? control);
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Windows-1252's characters for the bytes 0x80-0x9F, where ISO-8859-1 has control codes: Node's
 * TextDecoder reads the `windows-1252` label as ISO-8859-1 and gives the controls. Five bytes are
 * unassigned and stay as they are.
 */
const WINDOWS_1252_80_9F = [...'€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'];

/**
 * UTF-16 without a byte order mark: mostly ASCII text has a zero byte beside each character, on
 * the same side throughout (after it in little-endian, before it in big-endian).
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  // Without a zero byte no character has one beside it: the pairs need not be counted.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) < 0) return null;
  let zeroAfter = 0;
  let zeroBefore = 0;
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    if (bytes[index] !== 0 && bytes[index + 1] === 0) zeroAfter += 1;
    else if (bytes[index] === 0 && bytes[index + 1] !== 0) zeroBefore += 1;
  }
  const pairs = bytes.length / 2;
  if (zeroAfter > pairs * 0.6 && zeroBefore === 0) return 'utf-16le';
  if (zeroBefore > pairs * 0.6 && zeroAfter === 0) return 'utf-16be';
  return null;
}

/** What `checked` counts: NUL and the control characters other than tab, line feed, form feed and carriage return. */
const CONTROL_NOT_TEXT = /[\x00-\x08\x0b\x0e-\x1f]/;

/** The decoded text, unless it holds NUL or other control characters no text has (binary data). */
function checked(text: string, encoding: TextEncoding): DecodedBytes {
  // No NUL and no control character a text lacks, as in almost every file: nothing to count.
  if (!CONTROL_NOT_TEXT.test(text)) return { text, encoding };
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) return { notText: BINARY };
    // Tab, line feed, form feed and carriage return are a text's own.
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) controls += 1;
  }
  return controls > MIN_INVALID && controls * 100 > text.length ? { notText: BINARY } : { text, encoding };
}
