import { describe, expect, it } from 'vitest';
import { goesOnNameRun, isLowerParticle, nameMentions, PARTICLES } from '../../ingest/parse/names.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

describe('words going on a name run, asked by their first character (session 29, names)', () => {
  const slow = (word: string) => PARTICLES.has(word) || /^\d+\.\d+$/.test(word);

  it('every particle opens with a lower-case ASCII letter, as isLowerParticle assumes', () => {
    for (const particle of PARTICLES) expect(particle, particle).toMatch(/^[a-z]/);
  });

  it('answers as the particles and the version pattern on every word of the fixtures', () => {
    let joined = 0;
    for (const line of fixtureLines()) {
      for (const word of line.split(/\s+/)) {
        expect(goesOnNameRun(word), word).toBe(slow(word));
        expect(isLowerParticle(word), word).toBe(PARTICLES.has(word));
        if (slow(word)) joined += 1;
      }
    }
    expect(joined).toBeGreaterThan(0);
    for (const word of ['2.0', '10.15', '2.', '.5', '2.0.1', 'de', 'De', 'von', 'vonn', '', '3', 'a2.0']) expect(goesOnNameRun(word), word).toBe(slow(word));
  });

  it('still reads particles and versions inside names, and drops a particle closing a run', () => {
    expect(nameMentions('Ana María de la Cruz said so.').map((mention) => mention.name)).toEqual(['Ana María de la Cruz']);
    expect(nameMentions('They use Windows 3.11 at work.').map((mention) => mention.name)).toEqual(['Windows 3.11']);
    expect(nameMentions('Ask Pieter van about it.').map((mention) => mention.name)).toEqual(['Pieter']);
  });
});
