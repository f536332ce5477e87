/**
 * The furniture patterns that need a separator (`|`, `·`, `•`) are asked behind NAME_LED_GUARD,
 * not in the unions by opening (boilerplate.ts, SEPARATED_PATTERNS). A line of theirs the guard
 * did not admit would never be asked them: furniture would silently become a document.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLines } from '../helpers/fixture-lines.ts';
import { isBoilerplate, NAME_LED_GUARD, SEPARATED_PATTERNS, SHORT_BLOCK_PATTERNS, UNITED_PATTERNS } from '../../ingest/parse/boilerplate.ts';

const SEPARATED_LINES = [
  'Club Media · 21 May 2024',
  'Jane Doe | March 3, 2024',
  'Élise Marchand • 3 May 2024',
  'BUSINESS | By Carl Jansen and Mei Takahashi | Oct. 2, 2023 at 5:00 a.m. EDT',
  'CRIME & COURTS · By Ana Ruiz',
  'Exclusive | Kirsty Baird, Crime Reporter',
  'EXCLUSIVE • By Tom Reid, Political Editor',
  'Live updates | Last updated 9:48 p.m. PT, Aug. 17, 2023',
  'analysis · Jane Doe, Transport Correspondent',
  'live | Posted 10:15 BST',
];

describe('SEPARATED_PATTERNS', () => {
  it('are short-block patterns asked outside the unions by opening', () => {
    expect(SEPARATED_PATTERNS.length).toBeGreaterThan(0);
    for (const pattern of SEPARATED_PATTERNS) {
      expect(SHORT_BLOCK_PATTERNS).toContain(pattern);
      expect(UNITED_PATTERNS).not.toContain(pattern);
    }
  });

  it('match only lines that NAME_LED_GUARD admits, on the fixtures and on lines of each', () => {
    let matched = 0;
    for (const line of [...fixtureLines(), ...SEPARATED_LINES]) {
      for (const pattern of SEPARATED_PATTERNS) {
        if (!pattern.test(line)) continue;
        matched += 1;
        expect(NAME_LED_GUARD.test(line), `${pattern} on ${line}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThanOrEqual(SEPARATED_LINES.length);
  });

  it('still mark their lines as furniture, and not a story sentence with a bar', () => {
    for (const line of SEPARATED_LINES) expect(isBoilerplate(line), line).toBe(true);
    for (const line of ['Analysis of the budget | what it means for you', 'The council met on Tuesday · residents were angry.', 'BREAKING | Updated death toll rises to 12']) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });
});
