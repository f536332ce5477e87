import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../ingest/parse/boilerplate.ts';
import { furnitureOfLines } from '../../ingest/parse/text-blocks.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('furnitureOfLines: isBoilerplate of each line, asked once', () => {
  it('answers as isBoilerplate does, for every line, asked in any order and again', () => {
    const lines = [...fixtureLines().slice(0, 3000), '', 'Accept all cookies', 'Privacy policy', '© 2024 Ostbury Echo', 'The council voted to close the pool.'];
    const isFurnitureAt = furnitureOfLines(lines);
    const order = lines.map((_, index) => (index * 7919) % lines.length);
    for (const index of [...order, ...order.reverse()]) expect(isFurnitureAt(index), lines[index]).toBe(isBoilerplate(lines[index]!));
    expect(lines.some((_, index) => isFurnitureAt(index))).toBe(true);
    expect(lines.some((_, index) => !isFurnitureAt(index))).toBe(true);
  });
});
