/**
 * Every non-empty line of the test fixtures, tags dropped and white space collapsed: the real
 * texts of many page styles, against which a fast path is checked to answer as the slow one does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

export function fixtureLines(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => /\.(?:txt|html|md)$/.test(name))
    .flatMap((name) => readFileSync(path.join(FIXTURES, name), 'utf8').split('\n'))
    .map((line) => line.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
