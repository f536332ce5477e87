import { describe, expect, it } from 'vitest';
import { ArticleNames, isLowerParticle, lengthMayFit, lengthsByFirstCode, PARTICLES } from '../../ingest/parse/names.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('words compared only at a length a listed word of their first letter has (session 30, names)', () => {
  it('fits every listed word at its length, and an opening word at every greater length, long ones too', () => {
    const words = ['de', 'da', 'van', 'bint', 'della', 'x'.repeat(31), 'y'.repeat(40)];
    const exact = lengthsByFirstCode(words, false);
    for (const word of words) expect(lengthMayFit(exact, word.charCodeAt(0), word.length), word).toBe(true);
    expect(lengthMayFit(exact, 'd'.charCodeAt(0), 3)).toBe(false);
    expect(lengthMayFit(exact, 'v'.charCodeAt(0), 2)).toBe(false);
    expect(lengthMayFit(exact, 'q'.charCodeAt(0), 2)).toBe(false);
    expect(lengthMayFit(exact, 'é'.charCodeAt(0), 2)).toBe(false);
    expect(lengthMayFit(exact, NaN, 2)).toBe(false);
    const opening = lengthsByFirstCode(['died', 'killed'], true);
    for (let length = 0; length < 100; length += 1) {
      expect(lengthMayFit(opening, 'd'.charCodeAt(0), length), `d, ${length}`).toBe(length >= 4);
      expect(lengthMayFit(opening, 'k'.charCodeAt(0), length), `k, ${length}`).toBe(length >= 6);
    }
    // Both kinds in one table, as the telling words are.
    const both = lengthsByFirstCode(['dead'], true, lengthsByFirstCode(['drowning'], false));
    expect([3, 4, 8, 12].map((length) => lengthMayFit(both, 'd'.charCodeAt(0), length))).toEqual([false, true, true, true]);
    expect(() => lengthsByFirstCode(['émile'], false)).toThrow();
  });

  it('looks up every particle of the fixtures, as PARTICLES does', () => {
    let particles = 0;
    for (const line of fixtureLines()) {
      for (const word of line.split(' ')) {
        expect(isLowerParticle(word), word).toBe(PARTICLES.has(word));
        if (PARTICLES.has(word)) particles += 1;
      }
    }
    expect(particles).toBeGreaterThan(0);
    for (const particle of PARTICLES) {
      expect(isLowerParticle(particle), particle).toBe(true);
      expect(isLowerParticle(`${particle}s`), particle).toBe(PARTICLES.has(`${particle}s`));
    }
  });

  it('still reads what a block’s telling words say: a role taken, a death', () => {
    const names = new ArticleNames(['Jane Ortiz was elected mayor.', 'Peter Hale died in 2019.', 'Ann Lee succeeded Tom Cole as governor last May.', 'The mayor said more.']);
    expect(names.byRole('mayor')).toBe('Jane Ortiz');
    expect(names.byRole('governor')).toBe('Ann Lee');
    const died = new ArticleNames(['Peter Hale drowned, aged 50.', 'Ruth Hale spoke.', 'Hale said nothing more.']);
    // Never someone the article says died.
    expect(died.canonical('Hale', [], 'Peter Hale')).toBe('Hale');
    expect(died.canonical('Hale', [], 'Ruth Hale')).toBe('Ruth Hale');
  });
});
