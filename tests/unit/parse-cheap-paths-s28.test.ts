/**
 * Cheap paths of the twenty-eighth session: each guard skips work only when the work would change
 * nothing, so every kind of text the guard must let through is checked here.
 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../ingest/parse/html-blocks.ts';

describe('blockText (one scan before the tab, citation-mark and white-space cleaning)', () => {
  it('returns a tidy text without marks as it is', () => {
    const text = 'Council approves the plan. “We will fight,” Lin said — again.';
    expect(blockText(text)).toBe(text);
    expect(blockText('')).toBe('');
  });
  it('still collapses every kind of untidy white space', () => {
    expect(blockText(' Council votes')).toBe('Council votes');
    expect(blockText('Council votes ')).toBe('Council votes');
    expect(blockText('Council  votes')).toBe('Council votes');
    expect(blockText('Council\nvotes')).toBe('Council votes');
    expect(blockText('Council\u00a0votes')).toBe('Council votes');
    expect(blockText('Council\u2009votes')).toBe('Council votes');
    expect(blockText('Council \u3000votes')).toBe('Council votes');
  });
  it('still drops citation marks, bracketed or superscript', () => {
    expect(blockText('The pier closed.[12] It reopened')).toBe('The pier closed. It reopened');
    expect(blockText('The pier closed[citation needed]')).toBe('The pier closed');
    expect(blockText('Inspectors found it unsafe.¹')).toBe('Inspectors found it unsafe.');
    expect(blockText('Inspectors found it unsafe.²³')).toBe('Inspectors found it unsafe.');
    expect(blockText('Inspectors disagreed.⁴')).toBe('Inspectors disagreed.');
    expect(blockText('Staff walked out.^3')).toBe('Staff walked out.');
    expect(blockText('An area of 40 m² was flooded')).toBe('An area of 40 m² was flooded');
  });
  it('still sets a date before a tab apart with a dash', () => {
    expect(blockText('3 March 2021\tCouncil lists the pier')).toBe('3 March 2021 — Council lists the pier');
    expect(blockText('Budget\tCouncil lists the pier')).toBe('Budget Council lists the pier');
  });
});
