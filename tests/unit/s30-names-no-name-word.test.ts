import { describe, expect, it } from 'vitest';
import { bareWord, isNameWord, nameMentions, surelyNoNameWord } from '../../ingest/parse/names.ts';
import { fixtureLines } from '../helpers/fixture-lines.ts';

/** The words `surelyNoNameWord` calls no name word in a text, which isNameWord takes after bareWord: none expected. */
function wrongly(text: string): string[] {
  const wrong: string[] = [];
  let start = 0;
  for (const word of text.split(' ')) {
    if (surelyNoNameWord(text, start, word.charCodeAt(0)) && isNameWord(bareWord(word))) wrong.push(word);
    start += word.length + 1;
  }
  return wrong;
}

describe('words read as no name word by their codes (session 30, names)', () => {
  it('calls no name word of the fixtures no name word, and most lower-case words none', () => {
    const wrong: string[] = [];
    let words = 0;
    let noName = 0;
    for (const line of fixtureLines()) {
      wrong.push(...wrongly(line));
      let start = 0;
      for (const word of line.split(' ')) {
        words += 1;
        if (surelyNoNameWord(line, start, word.charCodeAt(0))) noName += 1;
        start += word.length + 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(noName).toBeGreaterThan(words / 2);
  });

  it('calls no name word no word of four characters or fewer of letters and marks that isNameWord takes, whatever follows it', () => {
    const characters = ['a', 'e', 'd', 'l', 'x', 's', 'A', 'É', '-', "'", '’', '.', ',', '1', '“', '(', '"'];
    const wrong: string[] = [];
    const words: string[] = [''];
    for (let length = 1; length <= 4; length += 1) {
      for (const word of words.filter((shorter) => shorter.length === length - 1)) for (const character of characters) words.push(word + character);
    }
    for (const word of words) {
      for (const after of ['', ' ', ' -', " '", ' x’A', ' Ana']) wrong.push(...wrongly(`${word}${after}`));
    }
    expect(words.length).toBeGreaterThan(80_000);
    expect(wrong).toEqual([]);
  });

  it('leaves the lower-case names and capitals to isNameWord, and calls an empty word, a figure, an ASCII mark and a lower-case word none', () => {
    for (const word of ['al-Mansouri', 'el-Amin', "d'Aubigné", 'd’Estaing', "l'Oréal", "dell'Orto", 'Ann', 'Émile', '“Frank', '(Smith)', "'Bobby'", '"The']) {
      expect(surelyNoNameWord(word, 0, word.charCodeAt(0)), word).toBe(false);
    }
    for (const word of ['', 'said', 'and', 'a', 'evidence', 'delay', 'letter', '3', '21st', '-', ',', 'al', 'el']) {
      expect(surelyNoNameWord(`${word} more`, 0, word.charCodeAt(0)), word).toBe(true);
    }
  });

  it('still reads names opening with a lower-case particle joined to them', () => {
    expect(nameMentions('Then al-Mansouri and d’Estaing met Ahmed el-Amin in Paris.').map((mention) => mention.name)).toEqual(['al-Mansouri', 'd’Estaing', 'Ahmed el-Amin', 'Paris']);
  });
});
