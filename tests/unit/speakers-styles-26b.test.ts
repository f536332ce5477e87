/** Speaker rules added in session 26's second round: each on a tiny article. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const quotesOf = (...paragraphs: string[]) => parseText(`Lorry crash report\n\n${paragraphs.join('\n\n')}\n`).filter((document) => document.type === 'quote');
/** The speakers of a text article's quotations, in order, each paragraph its own. */
const speakers = (...paragraphs: string[]) => quotesOf(...paragraphs).map((quote) => quote.speaker);

describe('an age used as a noun', () => {
  it('is the one person the article gave that age (`Brendan Gallen, 44,` … `the 44-year-old told Reuters`)', () => {
    expect(
      speakers(
        'Brendan Gallen, 44, a lorry driver, was first on the scene. Mary Tobin (61) lives nearby.',
        '"I have never seen anything like it," the 44-year-old told Reuters.',
        '"We ran as fast as we could to the gate," said the 61-year-old.',
        'The 44-year-old told Reuters: "I have never seen anything like it."',
      ),
    ).toEqual(['Brendan Gallen', 'Mary Tobin', 'Brendan Gallen']);
  });

  it('reads the age after `aged` too (`Brendan Gallen, aged 44,`)', () => {
    expect(speakers('Brendan Gallen, aged 44, a lorry driver, was first on the scene.', '"I have never seen anything like it," the 44-year-old told Reuters.')).toEqual(['Brendan Gallen']);
  });

  it('makes `he` after a sentence opening with the age that person, alone in the sentence (`The 44-year-old was first on the scene. “…,” he said.`)', () => {
    const quotes = parseText(
      'Crash report\n\nBrendan Gallen, 44, a lorry driver, and Mary Tobin, 61, were on the road.\n\n' +
        '11 May 2023\nThe 44-year-old was first on the scene. "I have never seen anything like it in my life," he said.\n\n' +
        '12 May 2023\nThe 24-year-old was first on the scene. "I have never seen anything like it in my life," he said.\n\n' +
        '13 May 2023\nThe 44-year-old was pulled out by Mary Tobin. "I have never seen anything like it in my life," he said.\n',
    ).filter((document) => document.type === 'quote');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Brendan Gallen', null, null]);
  });

  it('names no one when two people or no one were given the age', () => {
    expect(
      speakers(
        'Brendan Gallen, 44, a lorry driver, was first on the scene. Tom Reed, 44, came later.',
        '"I have never seen anything like it," the 44-year-old told Reuters.',
        '"I heard it from a mile away in the town," the 30-year-old said.',
      ),
    ).toEqual([null, null]);
  });
});

describe('a court transcript written `Q. …` / `A. …`', () => {
  const transcript = (...paragraphs: string[]) => parseText(`Quarry inquiry\n\n${paragraphs.join('\n\n')}\n`).filter((document) => document.type === 'quote');

  it('gives the answers to the one witness named right before (`Under questioning from counsel, Ms Devlin said:`), on lines of one paragraph', () => {
    const quotes = transcript(
      'Margaret Devlin, a yard foreman, testified on the second day.',
      'Under questioning from counsel, Ms Devlin said:',
      'Q. Did you see the blast?\nA. I did, from the yard.\nQ. What time was it?\nA. About ten past four in the afternoon.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.attribution, quote.text])).toEqual([
      ['Margaret Devlin', 'A.', 'I did, from the yard.'],
      ['Margaret Devlin', 'A.', 'About ten past four in the afternoon.'],
    ]);
  });

  it('reads turns as paragraphs of their own, the witness in apposition (`The exchange with the witness, Ann Devlin, went:`), and `A.` after an answer as an initial', () => {
    const quotes = transcript(
      'Ann Devlin, a yard foreman, testified on the second day. Tom Reed asked the questions.',
      'The exchange with the witness, Ann Devlin, went:',
      'Q. Did you see the blast?',
      'A. I did, from the yard.',
      'Q. What time was it?',
      'A. About ten past four in the afternoon.',
      'A. Reed then rose to ask about the gates on the north side.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Ann Devlin', 'I did, from the yard.'],
      ['Ann Devlin', 'About ten past four in the afternoon.'],
    ]);
  });

  it('gives the answers to the one asked, not the one asking (`Tom Reed, for the family, asked Ms Devlin:`, `Ms Devlin was questioned by Tom Reed:`)', () => {
    const witness = (leadIn: string) =>
      transcript('Margaret Devlin, a yard foreman, testified on the second day. Tom Reed asked the questions.', leadIn, 'Q. Did you see the blast?\nA. I did, from the yard, at ten past four.').map((quote) => quote.speaker);
    expect([witness('Tom Reed, for the family, asked Ms Devlin:'), witness('Tom Reed put it to Ms Devlin:'), witness('Ms Devlin was questioned by Tom Reed:'), witness('Tom Reed asked the witness:')]).toEqual([
      ['Margaret Devlin'],
      ['Margaret Devlin'],
      ['Margaret Devlin'],
      [],
    ]);
  });

  it('names no witness when the lead-in names two people or none, and reads `A.` without a `Q.` beside it as an initial', () => {
    expect(
      transcript(
        'Ann Devlin, a yard foreman, testified on the second day. Tom Reed asked the questions.',
        'The exchange between Tom Reed and Ann Devlin went:',
        'Q. Did you see the blast?\nA. I did, from the yard, at ten past four.',
        'The next morning the hearing resumed:',
        'A. Reed then rose to ask about the gates on the north side.',
      ).map((quote) => quote.speaker),
    ).toEqual([]);
  });
});

describe('a heading’s word run into an entry before a name', () => {
  const timeline = (lead: string, ...entries: string[]) =>
    parseText(`Quarry timeline\n\n${lead}\n\n${entries.join('\n\n')}\n`)
      .filter((document) => document.type === 'quote')
      .map((quote) => [quote.speaker, quote.attribution]);

  it('is no given name beside the surname’s full name when the article writes the word in lower case (`Protest Tobin:` → Mary Tobin)', () => {
    expect(
      timeline(
        'Mary Tobin leads the residents group. The protest drew hundreds.',
        '10 May 2023 – Meeting\nResidents met in the hall.',
        '11 May 2023 – Protest\nTobin: "We will not stop until the quarry is closed for good."',
      ),
    ).toEqual([['Mary Tobin', 'Tobin:']]);
  });

  it('tells the word by its plural in lower case (`protests`) or an abstract noun’s ending (`Demolition`)', () => {
    expect(
      timeline(
        'Mary Tobin leads the residents group. Two protests and three vigils followed.',
        '11 May 2023 – Protest\nTobin: "We will not stop until the quarry is closed for good."',
        '12 May 2023 – Vigil\nTobin: "We will not stop until the quarry is closed for good."',
        '13 May 2023 – Demolition\nTobin: "We will not stop until the quarry is closed for good."',
      ),
    ).toEqual([
      ['Mary Tobin', 'Tobin:'],
      ['Mary Tobin', 'Tobin:'],
      ['Mary Tobin', 'Tobin:'],
    ]);
  });

  it('is the heading’s before a full name the article gives elsewhere (`Campaign Mary Tobin said:` → Mary Tobin)', () => {
    expect(
      timeline(
        'Mary Tobin leads the residents group.',
        '11 May 2023 – Campaign\nMary Tobin said: "We will not stop until the quarry is closed for good."',
        '12 May 2023 – Tobin said: "We will not stop until the quarry is closed for good."',
      ),
    ).toEqual([
      ['Mary Tobin', 'Mary Tobin said:'],
      ['Mary Tobin', 'Tobin said:'],
    ]);
  });

  it('starts the attribution at a surname two people share (`Vigil Yates:` → `Yates:`, the speaker left as written)', () => {
    expect(
      timeline(
        'Joanne Yates led the campaign for her brother, Paul Yates. Two vigils followed.',
        '1 December 2022 – Meeting\nResidents met in the hall.',
        '2 December 2022 – Vigil\nYates: "My brother rode that road every morning and the signs said nothing."',
      ),
    ).toEqual([['Yates', 'Yates:']]);
  });

  it('keeps a word it cannot tell from a given name (`Campaign Tobin:`, `Chidi Okafor said:` beside his wife Ngozi Okafor)', () => {
    expect(
      timeline(
        'Mary Tobin leads the residents group.',
        '11 May 2023 – Campaign\nTobin: "We will not stop until the quarry is closed for good."',
      ),
    ).not.toContainEqual(['Mary Tobin', 'Tobin:']);
    expect(
      timeline(
        'Ngozi Okafor runs the dairy.',
        '10 May 2023 – Chidi Okafor milks the herd; his wife, Ngozi Okafor, sells the cheese.',
        '11 May 2023 – Chidi Okafor said: "We will not stop until the farm is paid for."',
      ),
    ).toEqual([['Chidi Okafor', 'Chidi Okafor said:']]);
  });
});

describe('our own never-seen fixture: a motorway pile-up and its inquest (speakers-motorway-pileup-inquest.txt)', () => {
  const { documents } = parseArticle(readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'speakers-motorway-pileup-inquest.txt'), 'utf8'), { slug: 'pileup', format: 'text' });
  const quotes = documents.filter((document) => document.type === 'quote');
  const said = (start: string) => quotes.find((quote) => quote.text.startsWith(start));

  it('reads its nine dated entries', () => {
    expect(documents.filter((document) => document.type === 'event')).toHaveLength(9);
  });

  it('gives an age used as a noun to the one person of that age', () => {
    expect([said('I have never seen')?.speaker, said('I just did what')?.speaker]).toEqual(['Brendan Gallen', 'Siobhan Kerr']);
  });

  it('gives a transcript’s `A.` answers to the witness its lead-in names, and its `Q.` questions to no one', () => {
    expect([said('No, they were blank')?.speaker, said('Only its lights')?.speaker, said('It was set at the control room')?.speaker, said('A fault in the relay')?.speaker]).toEqual([
      'Brendan Gallen',
      'Brendan Gallen',
      'Declan Moore',
      'Declan Moore',
    ]);
    expect(quotes.some((quote) => quote.text.startsWith('Were the overhead') || quote.text.startsWith('Why not'))).toBe(false);
  });

  it('starts a turn after a heading run into its entry at the surname (`Vigil Yates:` → `Yates:`, `Announcement Moore:` → Declan Moore)', () => {
    expect([said('My brother rode')?.attribution, said('The signs were working')?.speaker, said('The signs were working')?.attribution]).toEqual(['Yates:', 'Declan Moore', 'Moore:']);
    expect(said('We finally have the truth')?.speaker).toBe('Joanne Yates');
  });
});
