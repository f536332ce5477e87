import { describe, expect, it } from 'vitest';
import { collapseWhitespace, linesAreTidy, spacedWords } from '../../ingest/parse/normalize-text.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

/** A small random generator with a seed, so a failure can be read again. */
function randomTexts(seed: number, count: number, alphabet: string[], longest: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * longest) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('linesAreTidy: every line of a text as collapseWhitespace leaves it, in one scan', () => {
  const everyLineTidy = (text: string) => text.split('\n').every((line) => collapseWhitespace(line) === line);

  it('answers as asking every line does, for random texts of words, spaces and line breaks of every kind', () => {
    const alphabet = ['a', 'b', ' ', ' ', '\n', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\v'];
    for (const text of randomTexts(29, 20000, alphabet, 12)) expect(linesAreTidy(text), JSON.stringify(text)).toBe(everyLineTidy(text));
  });

  it('answers so for the fixtures joined, and for them with a space at a line\'s edge', () => {
    const lines = fixtureLines().slice(0, 300);
    const text = lines.join('\n\n');
    expect(linesAreTidy(text)).toBe(everyLineTidy(text));
    expect(linesAreTidy(text)).toBe(true);
    for (const untidy of [` ${text}`, `${text} `, text.replace('\n\n', ' \n\n'), text.replace('\n\n', '\n\n '), text.replace(' ', '  '), '\n \n', 'a \nb']) {
      expect(linesAreTidy(untidy), untidy.slice(0, 40)).toBe(false);
      expect(everyLineTidy(untidy)).toBe(false);
    }
    for (const tidy of ['', '\n', '\n\n\n', 'a\n\nb', 'a b\nc d']) expect(linesAreTidy(tidy)).toBe(true);
  });
});

describe('spacedWords: the pieces text.split(\' \') gives, counted', () => {
  it('counts as splitting does', () => {
    const texts = [...fixtureLines().slice(0, 2000), ...randomTexts(7, 2000, ['a', ' ', ' ', '\t', 'b'], 10)];
    for (const text of texts) expect(spacedWords(text), JSON.stringify(text)).toBe(text.split(' ').length);
  });
});
