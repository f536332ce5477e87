// An article file's bytes as text (decode-text.ts): what Windows tools save as plain text, read as written.
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../ingest/decode-text.ts';

const TEXT = 'March 3, 2021 — “We cannot keep a crumbling bridge open,” said Mayor Dana Núñez.\r\n';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('decodeArticleBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['UTF-16LE with a byte order mark (Notepad’s “Unicode”)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
    ['UTF-16LE without one', Buffer.from(TEXT, 'utf16le'), 'utf-16le'],
    ['UTF-16BE without one', utf16be(TEXT), 'utf-16be'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeArticleBytes(bytes)).toEqual({ text: TEXT, encoding });
  });

  it('reads Windows-1252 (Word’s plain text): curly quotes, a dash and accents', () => {
    // “ ” — ú ñ in Windows-1252, which are no UTF-8.
    const bytes = Buffer.from([...Buffer.from('March 3, 2021 '), 0x97, 0x20, 0x93, ...Buffer.from('We cannot,'), 0x94, ...Buffer.from(' said Dana N'), 0xfa, 0xf1, ...Buffer.from('ez.')]);
    expect(decodeArticleBytes(bytes)).toEqual({ text: 'March 3, 2021 — “We cannot,” said Dana Núñez.', encoding: 'windows-1252' });
  });

  it('keeps UTF-8 with a stray byte as UTF-8, the byte as U+FFFD, rather than reading its accents as Windows-1252', () => {
    const bytes = Buffer.concat([Buffer.from('Dana Núñez said “yes” ', 'utf8'), Buffer.from([0x93]), Buffer.from(' again.', 'utf8')]);
    expect(decodeArticleBytes(bytes)).toEqual({ text: 'Dana Núñez said “yes” \ufffd again.', encoding: 'utf-8' });
  });

  it('refuses a PDF and binary data', () => {
    expect(decodeArticleBytes(Buffer.from('%PDF-1.4\n1 0 obj\n'))).toEqual({ notText: 'a PDF' });
    expect(decodeArticleBytes(Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 97 + 13) % 256)))).toEqual({ notText: 'binary data, not text' });
    // No NUL byte, nothing beyond ASCII that is UTF-8: control characters tell it is no text.
    expect(decodeArticleBytes(Buffer.from(Array.from({ length: 4000 }, (_, index) => 1 + ((index * 31) % 200))))).toEqual({ notText: 'binary data, not text' });
  });
});
