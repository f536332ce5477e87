import { describe, expect, it } from 'vitest';
import { AFTER_BOLD_DATE, withoutBoldDateSeparator } from '../../ingest/parse/html-blocks.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('withoutBoldDateSeparator', () => {
  it('answers as replace with AFTER_BOLD_DATE on crafted texts', () => {
    const texts = ['', ' ', ': Council votes', ' — The recount', ', two days later', '| x', '.', '-', 'No separator', '  \n: spaced  ', '–\u00a0after', 'x: late', ':'];
    for (const text of texts) expect(withoutBoldDateSeparator(text)).toBe(text.replace(AFTER_BOLD_DATE, ''));
    expect(withoutBoldDateSeparator(' — The recount')).toBe('The recount');
    expect(withoutBoldDateSeparator('No separator')).toBe('No separator');
  });
  it('answers as replace with AFTER_BOLD_DATE on the fixture lines and their tails', () => {
    for (const line of fixtureLines()) {
      for (const text of [line, line.slice(line.search(/[:,—–|.-]/) - 1)]) {
        expect(withoutBoldDateSeparator(text)).toBe(text.replace(AFTER_BOLD_DATE, ''));
      }
    }
  });
});
