/**
 * Byte strings: JavaScript strings that hold UTF-8 text one byte per character (character code =
 * byte), as `Buffer#toString('latin1')` makes them. The search route keeps the engine's answer in
 * this form from the socket to its own answer's bytes, because converting is where its JSON work
 * went: on the workload's engine answers (11.5 KB on average, with curly quotes and accents),
 * decoding UTF-8 cost 14–19 µs a search and encoding the API's answer 18 µs more, latin1 1–2 µs
 * each, and JSON.parse runs faster on one-byte strings (28 against 51 µs). Parse, build and
 * serialise together: 64 µs a search against 99 µs (docs/performance.md); the route now parses
 * only the highlights and the answer's small rest, and copies the hits' fields (search-answer.ts).
 *
 * Why it is exact: JSON's structure is ASCII, and UTF-8 writes every other character as bytes of
 * 0x80–0xFF only, so JSON.parse meets the same tokens and keeps each such byte as one character of
 * a string; JSON.stringify escapes only characters below 0x20, `"` and `\`, so those characters
 * come out unchanged, and `Buffer.from(json, 'latin1')` gives back the very same UTF-8 bytes. A
 * JSON escape of a character above 0x7F (`\u00e9`, which Meilisearch never writes, but a proxy in
 * front of it might) would not survive the trip, so such an answer is read the slow way.
 *
 * The rule for code that holds byte strings: only ASCII-level work (tags, HTML escaping, copying);
 * text from elsewhere enters through `toByteString`.
 */

/**
 * A `\u` escape of a character beyond ASCII (0080 and up). Escapes below it are common: the
 * engine writes the highlight tags' control characters as `\u0002` and `\u0003`. An escaped
 * backslash before a `u` (`\\u00e9`) matches too; it only sends the answer the slow way.
 */
export const ESCAPE_BEYOND_ASCII = /\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])/;

/** Parses a UTF-8 JSON body into values whose strings are byte strings; `text` is its latin1 reading, when the caller has it. */
export function parseJsonBytes(bytes: Buffer, text = bytes.toString('latin1')): unknown {
  if (ESCAPE_BEYOND_ASCII.test(text)) {
    // The slow way: real characters first, then each string's UTF-8 bytes.
    return JSON.parse(toByteString(JSON.stringify(JSON.parse(bytes.toString('utf8')))));
  }
  return JSON.parse(text);
}

/** The byte string of ordinary text. */
export function toByteString(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The bytes a byte string holds: the UTF-8 JSON of a value whose strings are byte strings, once serialised. */
export function toBytes(byteString: string): Buffer {
  return Buffer.from(byteString, 'latin1');
}
