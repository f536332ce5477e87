import { describe, expect, it } from 'vitest';
import { tokenAt } from '../../ingest/parse/speakers.ts';

describe('parser helpers of the CPU work (session 28, speakers and names)', () => {
  it('tokenAt reads as an index does, undefined before the first as after the last', () => {
    const tokens = ['a', 'b', 'c'];
    for (let index = -3; index <= 4; index += 1) expect(tokenAt(tokens, index)).toBe(index >= 0 ? tokens[index] : undefined);
    expect(tokenAt(tokens, -1)).toBeUndefined();
    expect(tokenAt(tokens, 2)).toBe('c');
    expect(tokenAt([], 0)).toBeUndefined();
  });
});
