import { describe, expect, it } from 'vitest';
import { MARKDOWN_HEADING, MARKDOWN_QUOTE } from '../../ingest/parse/markdown.ts';
import { collapseWhitespace } from '../../ingest/parse/normalize-text.ts';
import { BULLET, CONTENTS_LABEL, EDIT_LINK, KEY_EVENTS, leadingWhiteSpace, LINK_ALONE, LONGEST_CONTENTS_LABEL, LONGEST_KEY_EVENTS, PAGE_HEADER, plainOpening, SCENE_BREAK, wordsWithLetters } from '../../ingest/parse/text-blocks.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

/**
 * textToBlocks skips the shape patterns for a tidy line (collapsing leaves it as it is) opening
 * plainly (plainOpening): none of them may match such a line.
 */
const SHAPES = { SCENE_BREAK, PAGE_HEADER, MARKDOWN_QUOTE, MARKDOWN_HEADING, BULLET, LINK_ALONE };
const SHAPED_LINES = [
  '* * *', '***', '---', '⁂', '~~~', '#', '> “No,” she said.', '>quoted', '## 2016', '# Title', '- item', '– item', '* item', '+ item',
  '1. Summary', '2) Second', 'o Sub-item', '• item', '■ item', '▲ 9 April 2024 – The strike', '[Flood insurance](https://example.org/a)',
  '- [Read more](https://example.org/b)', 'NORTHFIELD CIVIC REVIEW      2', '4    ANNUAL REPORT 2023', "ST. BRENDAN'S INDEPENDENT REVIEW      Page 2 of 9",
];
const PLAIN_OPENINGS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnpqrstuvwxyz“"‘'];

describe('plainOpening: lines no shape pattern reads', () => {
  it('answers for the first character: ASCII letters but `o`, and opening quotation marks', () => {
    for (const opening of PLAIN_OPENINGS) expect(plainOpening(`${opening}x`)).toBe(true);
    for (const line of ['', 'o Sub-item', '1. Summary', '* * *', '> x', '# x', '[x](y)', ' x', '\u2028x', '—', '«x', 'Élise', '(x)']) expect(plainOpening(line)).toBe(false);
  });

  it('lets through no tidy line that a shape pattern matches, among the fixtures and lines made to open plainly', () => {
    const lines = [...fixtureLines(), ...SHAPED_LINES];
    const matching = lines.filter((line) => Object.values(SHAPES).some((shape) => shape.test(line)));
    expect(matching.length).toBeGreaterThan(SHAPED_LINES.length / 2);
    // Every line as it is, and every line that some pattern matches given a plain first character, before or instead of its own.
    const candidates = [...lines, ...matching.flatMap((line) => PLAIN_OPENINGS.flatMap((opening) => [opening + line, opening + line.slice(1), `${opening} ${line}`]))];
    for (const line of candidates) {
      if (collapseWhitespace(line) !== line || !plainOpening(line)) continue;
      for (const [name, shape] of Object.entries(SHAPES)) expect(shape.test(line), `${name}: ${line}`).toBe(false);
    }
  });
});

describe('leadingWhiteSpace: /^\\s*/ without a match', () => {
  it('counts what the pattern matches, for every character of the BMP', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const line = `${String.fromCharCode(code)}x`;
      expect(leadingWhiteSpace(line)).toBe(/^\s*/.exec(line)![0].length);
    }
  });

  it('counts runs of mixed white space, and an empty or blank line whole', () => {
    for (const line of ['', '   ', '\t\u00a0 \u3000- item', '  o sub', 'text', ' \u2028\u2029x']) expect(leadingWhiteSpace(line)).toBe(/^\s*/.exec(line)![0].length);
  });
});

describe('wordsWithLetters: the words holding a letter, counted without arrays', () => {
  const counted = (text: string) => text.split(' ').filter((word) => /\p{L}/u.test(word)).length;

  it('counts as splitting and filtering do, on the fixture lines and on edge cases', () => {
    const edges = ['', ' ', '  ', 'a', ' a ', 'a  b', '2009', 'January 22, 2009', '@ [ ` { 1 2', 'Élise Ó 北京 ١٢', '— – “” 𝕏 😀', 'x\u00a0y z', 'A-B C.D', 'Ωμέγα and Z'];
    for (const text of [...fixtureLines(), ...edges]) expect(wordsWithLetters(text), text).toBe(counted(text));
  });

  it('counts every single character as the pattern reads it, alone and between words', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const character = String.fromCharCode(code);
      for (const text of [character, `1 ${character} 2`]) expect(wordsWithLetters(text)).toBe(counted(text));
    }
  });
});

describe('the short labels asked only of lines short enough, or holding their mark', () => {
  const cased = (text: string) => [text, text.toUpperCase(), text.replace(/^./, (first) => first.toUpperCase())];

  it('KEY_EVENTS matches no line longer than LONGEST_KEY_EVENTS, its longest matching', () => {
    const labels = ['key events', 'key moments', 'key updates'].flatMap(cased);
    for (const label of labels) expect(KEY_EVENTS.test(label), label).toBe(true);
    expect(Math.max(...labels.map((label) => label.length))).toBe(LONGEST_KEY_EVENTS);
    for (const line of fixtureLines()) if (KEY_EVENTS.test(line)) expect(line.length).toBeLessThanOrEqual(LONGEST_KEY_EVENTS);
  });

  it('CONTENTS_LABEL matches no line longer than LONGEST_CONTENTS_LABEL, its longest matching', () => {
    const labels = ['', 'table of '].flatMap((before) => ['', ' hide', ' show'].flatMap((after) => cased(`${before}contents${after}`)));
    for (const label of labels) expect(CONTENTS_LABEL.test(label), label).toBe(true);
    expect(Math.max(...labels.map((label) => label.length))).toBe(LONGEST_CONTENTS_LABEL);
    for (const line of fixtureLines()) if (CONTENTS_LABEL.test(line)) expect(line.length).toBeLessThanOrEqual(LONGEST_CONTENTS_LABEL);
  });

  it('EDIT_LINK matches only a line holding `[edit]`', () => {
    for (const line of [...fixtureLines(), 'See also[edit]', 'Strike [edit]  ', 'References[Edit]']) if (EDIT_LINK.test(line)) expect(line.includes('[edit]'), line).toBe(true);
    expect(EDIT_LINK.test('See also[edit]')).toBe(true);
  });
});
