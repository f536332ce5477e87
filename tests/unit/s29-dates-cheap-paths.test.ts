/**
 * Cheap paths of the twenty-ninth session's dates, moved dates and timeline: each answers as the
 * slower reading it replaced, checked on hand-picked texts and on every line of the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { hasTypedDashEarly, opensLikeFloatingHoliday } from '../../ingest/parse/dates.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

/** Every fixture line, and each of its short openings (the lengths the guards read). */
function linesAndOpenings(): string[] {
  const lines = fixtureLines();
  return [...lines, ...lines.flatMap((line) => [line.slice(0, 8), line.slice(0, 32), line.slice(0, 41), line.slice(0, 42)])];
}

describe('hasTypedDashEarly (a typed dash among the first characters, asked lastIndexOf only after a hyphen early)', () => {
  const asLastIndexOf = (text: string, within: number) => text.lastIndexOf(' -- ', within) >= 0;
  it('finds a typed dash opening at or before the limit, and no later one', () => {
    expect(hasTypedDashEarly('April 8, 2023 -- The union walks out', 60)).toBe(true);
    expect(hasTypedDashEarly(' -- ', 0)).toBe(true);
    expect(hasTypedDashEarly('x -- ', 1)).toBe(true);
    expect(hasTypedDashEarly('xx -- ', 1)).toBe(false);
    expect(hasTypedDashEarly(`${'a'.repeat(60)} -- b`, 60)).toBe(true);
    expect(hasTypedDashEarly(`${'a'.repeat(61)} -- b`, 60)).toBe(false);
    expect(hasTypedDashEarly('April 8 - 2023 - The union', 60)).toBe(false);
    expect(hasTypedDashEarly('April 8 --2023', 60)).toBe(false);
    expect(hasTypedDashEarly(' --', 60)).toBe(false);
    expect(hasTypedDashEarly('', 60)).toBe(false);
    expect(hasTypedDashEarly(`${'a'.repeat(58)}-b -- c`, 60)).toBe(true);
    expect(hasTypedDashEarly(`${'a'.repeat(62)}- -- c`, 60)).toBe(false);
  });
  it('answers as lastIndexOf on every fixture line and on made-up texts', () => {
    const lines = linesAndOpenings();
    const texts = [...lines, ...lines.map((line) => line.replaceAll(' — ', ' -- '))];
    for (let length = 0; length < 70; length += 1) texts.push(`${'x'.repeat(length)} -- y`, `${'x'.repeat(length)} --`, ` -- ${'x'.repeat(length)}`, `a-${'x'.repeat(length)} -- y`, `${'x'.repeat(length)}- -- y`);
    for (const text of texts) for (const within of [0, 3, 60]) expect(hasTypedDashEarly(text, within), `${within}: ${text}`).toBe(asLastIndexOf(text, within));
  });
});

describe('opensLikeFloatingHoliday (the first four characters of a floating holiday, without a slice)', () => {
  const asSlice = (text: string) => new Set(['Than', 'Labo', 'Memo', 'Mart', 'MLK ', 'Pres', 'Moth', 'Fath', 'Colu', 'Elec']).has(text.slice(0, 4));
  it('lets every holiday through, and nothing that opens otherwise', () => {
    for (const name of ['Thanksgiving', 'Labor Day', 'Labour Day', 'Memorial Day', 'Martin Luther King Jr. Day', 'MLK Day', "Presidents' Day", 'Mother’s Day', "Father's Day", 'Columbus Day', 'Election Day']) expect(opensLikeFloatingHoliday(name), name).toBe(true);
    for (const text of ['March 3, 2021', 'Monday', 'Friday', 'The vote', 'MLK', 'Mar', '', 'thanksgiving', 'Press conference']) expect(opensLikeFloatingHoliday(text), text).toBe(asSlice(text));
  });
  it('answers as the slice on every fixture line and opening', () => {
    for (const text of linesAndOpenings()) expect(opensLikeFloatingHoliday(text), text).toBe(asSlice(text));
  });
});
