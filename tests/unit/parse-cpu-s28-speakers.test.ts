import { describe, expect, it } from 'vitest';
import { ArticleNames, intervieweesNamed, mayHoldInitial, withInitialsStopped } from '../../ingest/parse/names.ts';
import { wordyAndNoTitle } from '../../ingest/parse/quotes.ts';
import { tokenAt } from '../../ingest/parse/speakers.ts';

describe('parser helpers of the CPU work (session 28, speakers and names)', () => {
  it('tokenAt reads as an index does, undefined before the first as after the last', () => {
    const tokens = ['a', 'b', 'c'];
    for (let index = -3; index <= 4; index += 1) expect(tokenAt(tokens, index)).toBe(index >= 0 ? tokens[index] : undefined);
    expect(tokenAt(tokens, -1)).toBeUndefined();
    expect(tokenAt(tokens, 2)).toBe('c');
    expect(tokenAt([], 0)).toBeUndefined();
  });

  it('wordyAndNoTitle tells what the list of words and the title test told', () => {
    // The reading it replaced: every piece between spaces holding a letter or a figure, then a
    // title's test of them (no sentence punctuation, every word but the small ones capitalised).
    const small = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
    const wordsOf = (text: string) => text.split(/\s+/).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
    const titleLike = (text: string, words: string[]) => {
      if (/[.!?…;:]["”’]?$/.test(text) || /[.!?;]\s/.test(text)) return false;
      let significant = false;
      for (const word of words) {
        if (small.has(word.toLowerCase())) continue;
        significant = true;
        if (!/^[\p{Lu}\p{N}]/u.test(word)) return false;
      }
      return significant;
    };
    const expected = (text: string, minimum: number) => wordsOf(text).length >= minimum && !titleLike(text, wordsOf(text));
    const texts = [
      '', ' ', 'We will not give up', 'We Will Not Give Up', 'The Lord of the Rings', 'Banking on Trust: A Life in Lindmouth', 'of the and', 'OF THE AND TO',
      'The Hale Trial.', 'This Week', 'a b c d', '— – … —', 'Élise Dupont Était Là', 'élise dupont était là', 'İstanbul Is Far Away', 'THE İN OF A', 'Ñandú 42 Über Alles',
      '2024 And Beyond Today', 'We  will\tnot\n give up', ' leading and trailing spaces here ', 'Who Are You? Tell Me Now', 'One; Two; Three; Four', '¿Qué Pasa Con Él?',
      '日本 語 の 文', 'Ⅻ Ⅳ Ⅸ Ⅹ', '“Quoted” Words In Marks', 'With From By At', 'with from by at now', '𝐀𝐁 𝐂𝐃 Ef Gh', 'Kelvin \u212Aelvin Of The',
    ];
    for (const text of texts) for (const minimum of [1, 2, 4]) expect(wordyAndNoTitle(text, minimum), `${JSON.stringify(text)} ${minimum}`).toBe(expected(text, minimum));
  });

  it('intervieweesNamed still finds every framing of an interview its hint lets through', () => {
    const framings = [
      'Interview with Tomas Ilinca', 'An interview with Tomas Ilinca', 'In Conversation With Tomas Ilinca', 'Conversation with Tomas Ilinca', 'Q&A with Tomas Ilinca',
      'We spoke to Tomas Ilinca about the bridge.', 'I talked with Tomas Ilinca last week.', 'We interviewed Tomas Ilinca in May.',
    ];
    for (const framing of framings) expect(intervieweesNamed(['Bridge talks', framing]), framing).toEqual(['Tomas Ilinca']);
    expect(intervieweesNamed(['INTERVIEW WITH Tomas Ilinca', '“We spoke to Tomas Ilinca,” she said.'])).toEqual([]);
  });

  it('resolves short forms to names of two words or more, the only candidates kept', () => {
    const names = new ArticleNames(['Donald Trump Jr spoke first. Then Gordon Pike arrived with Marcus Long Jr. Maria Hale and Court officials met.', 'Later Trump Jr left. Gordon waved. Long stayed. Hale smiled.']);
    const forms = ['Trump Jr', 'Gordon', 'Long', 'Hale', 'Pike', 'Court'];
    expect(forms.map((form) => names.canonical(form))).toEqual(['Donald Trump Jr', 'Gordon Pike', 'Marcus Long Jr', 'Maria Hale', 'Gordon Pike', 'Court']);
  });

  it('mayHoldInitial lets through every name with an initial before its last word', () => {
    const initial = /^(?:[A-Z]\.)*[A-Z]$/;
    const names = ['George W Bush', 'H.R McMaster', 'J. K. Rowling', 'JD Vance', 'Malcolm X', 'Tomas Ilinca', 'W', 'A B', 'Ann  Lee', 'Ann Lee  ', ' W Bush', 'Seán Ó Fearghaíl', 'Lloyd J Austin III', 'x.y z', 'Mary-Jo Q. Public'];
    for (const name of names) {
      const words = name.split(' ');
      if (words.slice(0, -1).some((word) => initial.test(word))) expect(mayHoldInitial(name), name).toBe(true);
    }
    expect(mayHoldInitial('Tomas Ilinca')).toBe(false);
    expect(mayHoldInitial('Malcolm X')).toBe(false);
    expect(names.map(withInitialsStopped)).toEqual(['George W. Bush', 'H.R. McMaster', 'J. K. Rowling', 'JD Vance', 'Malcolm X', 'Tomas Ilinca', 'W', 'A. B', 'Ann  Lee', 'Ann Lee  ', ' W. Bush', 'Seán Ó Fearghaíl', 'Lloyd J. Austin III', 'x.y z', 'Mary-Jo Q. Public']);
  });
});
