/**
 * The thirtieth session's guards in moved-dates.ts: each is asked before a pattern, and must hold
 * for every text the pattern matches (else a labelled date would be missed). Checked on hand-picked
 * texts and on every line of the fixtures, with the patterns' own words put in front of them.
 */
import { describe, expect, it } from 'vitest';
import {
  DATED_DAY_LABEL,
  DAY_COUNT,
  DOCKET_VERB,
  FIXTURE_COUNT,
  NAME_THEN_BRACKETED_DATE,
  opensLikeDocketVerb,
  opensLikeFixtureCount,
  opensLikeReleaseName,
  opensWithD,
} from '../../ingest/parse/moved-dates.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

const OPENINGS = [
  'Filed', 'Entered', 'Docketed', 'Decided', 'Signed', 'Issued', 'Lodged', 'Served', 'Submitted', 'Received', 'Argued', 'Heard',
  'Matchday 5', 'Match day 5', 'Matchweek 3', 'Gameweek 12', 'Game week 2', 'Round 3', 'Week 4', 'Leg 2', 'Race 7', 'Fixture 9',
  'matchday 5', 'round 3', 'MATCHDAY 5', 'v2.1', 'V2', '2.0', '10.4.1', 'Version 3', 'version 3', 'Release 2', 'release 2', 'Phase 2', 'phase 2', 'Stage 1', 'stage 1',
  'Day 2', 'day 2', 'DAY 2', 'Day One', 'Day 12', 'Day  3',
];
const TAILS = [' 3 March 2021 — The court rules', ' (Mar 2019) — Shared workspaces', ' – 10 August 2024: The season opens', ', 17 August – A draw', ' (24 August 2024): Away win', ': 15 June – The chair', ' — Monday 14 June 2021', ' (Tuesday 7 November):', '', ' The strike began', ' 03/14/2024 — Complaint.'];

/** Every fixture line, and the patterns' openings before each tail and before the fixture lines. */
function texts(): string[] {
  const lines = fixtureLines();
  const made = OPENINGS.flatMap((opening) => [...TAILS, ...lines.slice(0, 400).map((line) => ` ${line}`)].map((tail) => `${opening}${tail}`));
  return [...lines, ...made, '', 'F', 'D', 'v', '9'];
}

describe('guards before the moved dates\' patterns (each implied by every match of its pattern)', () => {
  const all = texts();
  it('opensLikeFixtureCount is exactly /^[MRWGLF]/, and holds wherever FIXTURE_COUNT matches a text it was asked of', () => {
    for (const text of all) expect(opensLikeFixtureCount(text), text).toBe(/^[MRWGLF]/.test(text));
    expect(all.filter((text) => opensLikeFixtureCount(text) && FIXTURE_COUNT.test(text)).length).toBeGreaterThan(10);
  });
  it('opensLikeDocketVerb holds wherever DOCKET_VERB matches', () => {
    const matching = all.filter((text) => DOCKET_VERB.test(text));
    for (const text of matching) expect(opensLikeDocketVerb(text), text).toBe(true);
    expect(matching.length).toBeGreaterThan(10);
    expect(opensLikeDocketVerb('Filed 03/14/2024 — Complaint.')).toBe(true);
    expect(opensLikeDocketVerb('The court rules')).toBe(false);
    expect(opensLikeDocketVerb('F')).toBe(false);
    expect(opensLikeDocketVerb('')).toBe(false);
  });
  it('opensLikeReleaseName holds wherever NAME_THEN_BRACKETED_DATE matches', () => {
    const matching = all.filter((text) => NAME_THEN_BRACKETED_DATE.test(text));
    for (const text of matching) expect(opensLikeReleaseName(text), text).toBe(true);
    expect(matching.length).toBeGreaterThan(10);
    expect(opensLikeReleaseName('The release (Mar 2019) — x')).toBe(false);
  });
  it('opensWithD holds wherever DAY_COUNT, DATED_DAY_LABEL or /^day\\s/i match', () => {
    const matching = all.filter((text) => DAY_COUNT.test(text) || DATED_DAY_LABEL.test(text) || /^day\s/i.test(text));
    for (const text of matching) expect(opensWithD(text), text).toBe(true);
    expect(matching.length).toBeGreaterThan(10);
    expect(opensWithD('The day')).toBe(false);
  });
});
