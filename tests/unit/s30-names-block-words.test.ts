import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlockWords } from '../../ingest/parse/block-words.ts';
import { ArticleNames, endsSentence, nameMentions } from '../../ingest/parse/names.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

/**
 * Every word BlockWords reads, made a string, with its codes and tests, beside what the split
 * gives: the differences found (none expected).
 */
function differencesFromSplit(words: BlockWords, text: string): string[] {
  words.read(text);
  const split = text.split(/\s+/);
  const differences: string[] = [];
  const differ = (what: string, got: unknown, expected: unknown) => {
    if (!Object.is(got, expected)) differences.push(`${JSON.stringify(text)}: ${what} gave ${String(got)}, not ${String(expected)}`);
  };
  differ('count', words.count, split.length);
  for (let index = -1; index <= split.length; index += 1) {
    const word = split[index];
    differ(`at(${index})`, words.at(index), word);
    differ(`firstCode(${index})`, words.firstCode(index), (word ?? '').charCodeAt(0));
    differ(`lastCode(${index})`, words.lastCode(index), (word ?? '').charCodeAt((word ?? '').length - 1));
    differ(`lengthOf(${index})`, words.lengthOf(index), (word ?? '').length);
    for (const probe of ['', 'h', 'his', 'wife', word ?? 'x', `${word ?? ''}s`, (word ?? '').slice(1)]) {
      differ(`opensWith(${index}, ${probe})`, words.opensWith(index, probe), word !== undefined && word.startsWith(probe));
      differ(`is(${index}, ${probe})`, words.is(index, probe), word === probe);
    }
  }
  return differences;
}

describe('a block read by its words’ offsets (session 30, names)', () => {
  it('reads every line of the fixtures, as written and collapsed, as text.split(/\\s+/) does', () => {
    const words = new BlockWords();
    const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
    const differences: string[] = [];
    let lines = 0;
    for (const name of readdirSync(fixtures).filter((file) => /\.(?:txt|html|md)$/.test(file))) {
      for (const line of readFileSync(path.join(fixtures, name), 'utf8').split('\n')) {
        differences.push(...differencesFromSplit(words, line));
        lines += 1;
      }
    }
    for (const line of fixtureLines()) differences.push(...differencesFromSplit(words, line));
    expect(differences).toEqual([]);
    expect(lines).toBeGreaterThan(1000);
  });

  it('cuts at every kind of white space \\s reads, in runs and at either end, and at no other character', () => {
    const words = new BlockWords();
    const spaces: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) if (/\s/.test(String.fromCharCode(code))) spaces.push(String.fromCharCode(code));
    expect(spaces.length).toBeGreaterThan(20);
    for (const space of spaces) {
      for (const text of [`a${space}b`, `${space}a`, `a${space}`, space, `${space}${space}`, `Ann ${space}Lee said.`, `Ann${space} ${space}Lee`, ` Ann Lee ${space}`]) expect(differencesFromSplit(words, text)).toEqual([]);
    }
    for (const text of ['', ' ', '  ', 'a', 'a  b', '  a  ', 'Ann Lee said.', '“Go,” Ann Lee said.', '\ud83d\ude00 emoji\u200b here\u00ad', '\u0085next\u180esep']) expect(differencesFromSplit(words, text)).toEqual([]);
    // Longer than the first arrays: they grow.
    expect(differencesFromSplit(words, Array.from({ length: 300 }, (_, index) => `w${index}${[' ', '\t', '\n  '][index % 3]}`).join(''))).toEqual([]);
    expect(differencesFromSplit(words, Array.from({ length: 300 }, (_, index) => `w${index}`).join(' '))).toEqual([]);
  });

  it('keeps what the readers of the words answer: name runs, sentence ends and what an article learns', () => {
    expect(nameMentions(' Ana María de la Cruz said so. ').map((mention) => mention.name)).toEqual(['Ana María de la Cruz']);
    expect(nameMentions('Mayor\nDana Whitfield\tsaid so').map((mention) => mention.name)).toEqual(['Dana Whitfield']);
    expect(nameMentions('Francis "Frank" Dunmore said').map((mention) => [mention.name, mention.nickname])).toEqual([['Francis Dunmore', 'Frank']]);
    for (const token of ['said.', '“Go!”', 'follows:', 'Mr.', 'word', '', '.', 'end.)']) expect(endsSentence(token), token).toBe(/[.!?…:]["”’')]*$/.test(token));
    const names = new ArticleNames(['Peter Hale died in 2019.', 'John Smith and his wife came.', 'Brendan Gallen, 44, a lorry driver, spoke.', 'Jane Ortiz was elected mayor.', 'The mayor said more.']);
    expect(names.byRole('mayor')).toBe('Jane Ortiz');
    expect(names.byRole('44-year-old')).toBe('Brendan Gallen');
    expect(names.contradictsPronoun('John Smith', 'she')).toBe(true);
  });
});
