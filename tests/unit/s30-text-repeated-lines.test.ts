/**
 * repeatedLines counts by lineKey first, and hashes only the lines whose key three lines share: it
 * must find the very lines that counting every line finds, or a running header would go into the
 * story (or a story's line go as one).
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { parseStandaloneDate } from '../../ingest/parse/dates.ts';
import { BULLET, lineKey, plainOpening, repeatedLines } from '../../ingest/parse/text-blocks.ts';

/** What repeatedLines was: every line counted in a map. */
function countedOneByOne(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of lines) {
    if (text.length < 8 || text.length > 100 || (!plainOpening(text) && BULLET.test(text)) || /["“”]/.test(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([text, count]) => count >= 3 && !parseStandaloneDate(text)).map(([text]) => text));
}

/** A small generator of the same numbers on every run. */
function randomOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('repeatedLines', () => {
  it('finds what counting every line finds, in the fixtures and with their lines repeated', () => {
    const lines = fixtureLines();
    expect(repeatedLines(lines)).toEqual(countedOneByOne(lines));
    const random = randomOf(9);
    let found = 0;
    for (let round = 0; round < 300; round += 1) {
      // Some 60 lines, a few of them twice, three times or more, in any order.
      const picked = Array.from({ length: 40 }, () => lines[Math.floor(random() * lines.length)]!);
      const repeated = picked.flatMap((line, index) => Array<string>(index % 7 === 0 ? 3 + (index % 3) : index % 5 === 0 ? 2 : 1).fill(line));
      repeated.sort(() => random() - 0.5);
      const expected = countedOneByOne(repeated);
      expect(repeatedLines(repeated)).toEqual(expected);
      found += expected.size;
    }
    expect(found).toBeGreaterThan(300);
  });

  it('finds a running header among lines that share its key', () => {
    const header = 'CONFIDENTIAL — DRAFT';
    // Other lines of its length and opening that share its key.
    const random = randomOf(4);
    const characters = [...' —-ABDFRTXYZ0123456789'];
    const alike = [...new Set(Array.from({ length: 20000 }, () => `CONFIDENTIAL${Array.from({ length: 8 }, () => characters[Math.floor(random() * characters.length)]).join('')}`).filter((line) => line !== header && lineKey(line) === lineKey(header)))];
    expect(alike.length).toBeGreaterThan(2);
    expect(repeatedLines([header, ...alike, header, header])).toEqual(new Set([header]));
    expect(repeatedLines([header, ...alike, header])).toEqual(new Set());
  });

  it('keys a line by its words alone: the same line, the same key', () => {
    for (const line of fixtureLines().filter((text) => text.length >= 8)) expect(lineKey(line)).toBe(lineKey(line.split('').join('')));
  });
});
