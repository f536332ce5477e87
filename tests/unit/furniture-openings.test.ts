/**
 * The furniture patterns are asked by the first character of a block (openingOf in
 * boilerplate.ts reads what each pattern may open with from its source). A block the reading
 * wrongly rules out would silently become a document, so the reading is checked here: on patterns
 * of known openings, and on every match of every furniture pattern in the fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openingOf, SHORT_BLOCK_PATTERNS } from '../../ingest/parse/boilerplate.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

describe('openingOf', () => {
  it('reads the characters a pattern may open with, in its own flags', () => {
    const opening = openingOf(/^\(?(?:photo|image)s?:/i)!;
    for (const opener of ['(', 'p', 'P', 'i', 'I']) expect(opening.probe.test(opener)).toBe(true);
    for (const other of ['x', ' ', '1', 'é']) expect(opening.probe.test(other)).toBe(false);
    expect(opening.beyondAscii).toBe(false);
  });

  it('follows optional openings into what comes after them', () => {
    const opening = openingOf(/^(?:the )?(?:[Bb]y|via)\s/)!;
    for (const opener of ['t', 'B', 'b', 'v']) expect(opening.probe.test(opener)).toBe(true);
    expect(opening.probe.test('T')).toBe(false);
  });

  it('says when a character beyond ASCII may open the match', () => {
    expect(openingOf(/^\p{Lu}[a-z]+/u)!.beyondAscii).toBe(true);
    expect(openingOf(/^\s*Share/)!.beyondAscii).toBe(true);
    // Folded Unicode's way, `k` also matches the kelvin sign.
    expect(openingOf(/^kelvin/iu)!.beyondAscii).toBe(true);
    expect(openingOf(/^kelvin/i)!.beyondAscii).toBe(false);
  });

  it('gives no opening where any character may open the match', () => {
    expect(openingOf(/share this/)).toBeNull();
    expect(openingOf(/^photo|credit$/)).toBeNull();
    expect(openingOf(/^(?:photo)?$/)).toBeNull();
    expect(openingOf(/^photo/m)).toBeNull();
    expect(openingOf(/^(a?)\1b/)).toBeNull();
  });

  it("admits the first character of every furniture pattern's match in the fixtures", () => {
    const lines = readdirSync(FIXTURES)
      .filter((name) => /\.(?:txt|html)$/.test(name))
      .flatMap((name) => readFileSync(path.join(FIXTURES, name), 'utf8').split('\n'))
      .map((line) => line.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0);
    let checked = 0;
    for (const pattern of SHORT_BLOCK_PATTERNS) {
      const opening = openingOf(pattern);
      if (!opening) continue;
      for (const line of lines) {
        if (!pattern.test(line)) continue;
        checked += 1;
        expect(opening.probe.test(line), `${pattern} on ${line}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
