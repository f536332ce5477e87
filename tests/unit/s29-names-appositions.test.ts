import { describe, expect, it } from 'vitest';
import { ArticleNames, opensWithSpace } from '../../ingest/parse/names.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('appositions asked only after a comma and white space (session 29, names)', () => {
  it('opensWithSpace admits every character that \\s matches, and nothing past the end', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const text = String.fromCharCode(code);
      if (/^\s/.test(text)) expect(opensWithSpace(text, 0), `U+${code.toString(16)}`).toBe(true);
    }
    expect(opensWithSpace('a,', 2)).toBe(false);
    expect(opensWithSpace('1,500', 2)).toBe(false);
  });

  it('opensWithSpace admits the character after every comma that \\s matches, on the fixtures', () => {
    let asked = 0;
    for (const line of fixtureLines()) {
      for (let comma = line.indexOf(','); comma !== -1; comma = line.indexOf(',', comma + 1)) {
        if (/^\s/.test(line.slice(comma + 1))) expect(opensWithSpace(line, comma + 1)).toBe(true);
        asked += 1;
      }
    }
    expect(asked).toBeGreaterThan(100);
  });

  it('still reads a role before and after a name in apposition', () => {
    const before = new ArticleNames(['The mayor, Dana Whitfield, said the budget was tight.', 'The mayor said more.']);
    expect(before.byRole('mayor')).toBe('Dana Whitfield');
    const after = new ArticleNames(['Ari Cohen, a spokesman for the firm, declined to comment.', 'The spokesman said no more.']);
    expect(after.byRole('spokesman')).toBe('Ari Cohen');
  });
});
