/** Speaker rules added in session 26: each on a tiny article, and one fixture of our own. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
const quotesOf = (...paragraphs: string[]) => parseText(`Inquiry report row\n\n${paragraphs.join('\n\n')}\n`).filter((document) => document.type === 'quote');
/** The speakers of a text article's quotations, in order, each paragraph its own. */
const speakers = (...paragraphs: string[]) => quotesOf(...paragraphs).map((quote) => quote.speaker);

describe('a role, then a described name in apposition', () => {
  it('reads `the report’s author, naval architect Fiona Lyall, told` and `said the club’s chairman, retired judge Alan Moore` as the one named', () => {
    expect(
      speakers(
        '"The hull was never designed for this load," the report\'s author, naval architect Fiona Lyall, told the inquiry.',
        '"We accept every finding," said the club\'s chairman, retired judge Alan Moore.',
        'The report\'s author, naval architect Fiona Lyall, said: "The hull was never designed for this load."',
      ),
    ).toEqual(['Fiona Lyall', 'Alan Moore', 'Fiona Lyall']);
  });

  it('keeps no speaker when the apposition names no one (`the report’s author told`, `said the club’s chairman, speaking outside court`)', () => {
    expect(
      speakers(
        '"We will read it with care," the report\'s author told the inquiry.',
        '"We will read it with care," said the club\'s chairman, speaking outside court.',
        '"We will read it with care," said his lawyer, former judge Ann Lee and Tom Reed.',
      ),
    ).toEqual([null, null, null]);
  });
});

describe('a heading run into its entry', () => {
  const trial = (...entries: string[]) =>
    parseText(`Fraud trial\n\nJudge Maria Reyes presided. Graham Whitlock denied fraud. Daniel Okafor defended him. Katie Hobbs watched from Arizona.\n\n${entries.join('\n\n')}\n`).filter((document) => document.type === 'quote');

  it('starts the attribution at the attribution itself, not at the heading’s words (`Sentencing Judge Reyes told the court` → `Judge Reyes told the court`)', () => {
    const quotes = trial(
      '20 May 2024 – Sentencing\nJudge Reyes told the court "this was a deliberate and sustained fraud".',
      '21 May 2024 – Closing speeches\nOkafor, for the defence, told the jury: "There is no evidence of intent here at all."',
      '22 May 2024 – Defendant gives evidence\nWhitlock told the court: "I never saw the ledgers, not once."',
      '23 May 2024 – Appeal\nMr Justice Fraser told the court "this was a deliberate and sustained fraud".',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.attribution])).toEqual([
      ['Maria Reyes', 'Judge Reyes told the court'],
      ['Daniel Okafor', 'Okafor, for the defence, told the jury:'],
      ['Graham Whitlock', 'Whitlock told the court:'],
      ['Fraser', 'Mr Justice Fraser told the court'],
    ]);
  });

  it('keeps a role, a place or an opening phrase before the name (`Former banker Whitlock`, `Arizona Governor Hobbs`, `In court,`)', () => {
    const quotes = trial(
      '23 May 2024\nFormer banker Whitlock told the court: "I never saw the ledgers, not once."',
      '24 May 2024\nIn court, Judge Reyes said: "I never saw the ledgers, not once."',
      '26 May 2024 – Arizona Governor Hobbs said "this was a deliberate and sustained fraud".',
      '27 May 2024 – Verdict\nThe jury returned. Sentencing Judge Reyes told the court "this was a deliberate and sustained fraud".',
    );
    expect(quotes.map((quote) => quote.attribution)).toEqual([
      'Former banker Whitlock told the court:',
      'In court, Judge Reyes said:',
      'Arizona Governor Hobbs said',
      'Sentencing Judge Reyes told the court',
    ]);
  });
});

describe('a heading run into its entry, before an opening phrase or a colon', () => {
  const quotes = (...entries: string[]) =>
    parseText(`Quarry row\n\nGráinne Tobin chairs the residents and led the campaign. Aidan Fennelly runs the quarry. Colm Hegarty is the minister.\n\n${entries.join('\n\n')}\n`).filter((document) => document.type === 'quote');

  it('starts the attribution where the sentence does (`Company responds In a statement, …` → `In a statement, …`, `Campaign Tobin:` → `Tobin:`)', () => {
    expect(
      quotes(
        '12 May 2024 – Company responds\nIn a statement to the Irish Independent, Fennelly said: "We have nothing further to add at this time."',
        '13 May 2024 – Minister under pressure\nAsked whether he would resign, Hegarty said: "That is not something I am considering."',
        '14 May 2024 – Campaign\nTobin: "The quarry should never have been allowed to expand."',
      ).map((quote) => [quote.speaker, quote.attribution]),
    ).toEqual([
      ['Aidan Fennelly', 'In a statement to the Irish Independent, Fennelly said:'],
      ['Colm Hegarty', 'Asked whether he would resign, Hegarty said:'],
      ['Gráinne Tobin', 'Tobin:'],
    ]);
  });

  it('keeps an entry opening with a name or a body in its own words (`Boris Johnson said:`, `Save Our Parks founder Ann Lee said:`, `Plan A was dropped`)', () => {
    expect(
      quotes(
        '15 May 2024 – Boris Johnson said: "The quarry should never have been allowed to expand."',
        '16 May 2024 – Save Our Parks founder Ann Lee said: "The quarry should never have been allowed to expand."',
        '17 May 2024 – Plan A was dropped, Tobin said: "We will start again from the very beginning."',
      ).map((quote) => quote.attribution),
    ).toEqual(['Boris Johnson said:', 'Save Our Parks founder Ann Lee said:', 'Plan A was dropped, Tobin said:']);
  });

  it('knows a heading’s word however many entries it opens (`Company responds` twice)', () => {
    expect(
      quotes(
        '18 May 2024 – Company responds\nIn a statement, Fennelly said: "We have nothing further to add at this time."',
        '19 May 2024 – Company responds\nIn a statement, Fennelly said: "We have nothing further to add at this time."',
      ).map((quote) => quote.attribution),
    ).toEqual(['In a statement, Fennelly said:', 'In a statement, Fennelly said:']);
  });
});

describe('a heading run into its entry, before a surname', () => {
  const inquiry = (...entries: string[]) =>
    parseText(`Quarry inquiry\n\nThe minister named retired judge Margaret Devlin to chair an inquiry and its public hearings.\n\n3 April 2023 – Minister acts\nThe minister announced it.\n\n${entries.join('\n\n')}\n`)
      .filter((document) => document.type === 'quote')
      .map((quote) => quote.speaker);

  it('reads `Inquiry opens` and `Hearings` run into `Devlin opened …` as no one, so `she` is Devlin', () => {
    expect(
      inquiry(
        '18 September 2023 – Inquiry opens\nDevlin opened the hearings in Tullamore. "This inquiry will not be a box-ticking exercise," she said.',
        '19 September 2023 – Hearings\nDevlin opened the hearings in Tullamore. "This inquiry will not be a box-ticking exercise," she said.',
        '20 September 2023\nDevlin sat again. "Where the evidence leads, we will follow," she said.',
      ),
    ).toEqual(['Margaret Devlin', 'Margaret Devlin', 'Margaret Devlin']);
  });

  it('keeps a full name that only opens entries, and a given name beside a relative’s (`Ann Devlin`, written in lower case nowhere)', () => {
    expect(
      inquiry(
        '21 September 2023 – Boris Johnson said "this inquiry will not be a box-ticking exercise".',
        '22 September 2023 – Ann Devlin said "this inquiry will not be a box-ticking exercise".',
      ),
    ).toEqual(['Boris Johnson', 'Ann Devlin']);
  });
});

describe('a parliament’s record of turns', () => {
  it('reads a turn under a title and a full name named nowhere else (`Deputy Marian Cullinane: …`) as that person’s, and labels as no one’s', () => {
    expect(
      speakers(
        'From the official report:',
        'Deputy Marian Cullinane: Will the Minister confirm that his department received three complaints in 2022?',
        'Senator Ann Lee: I welcome the inquiry and its terms of reference.',
        'Chief Executive: The board met on Monday to decide on it.',
        'Key Takeaway: The board met on Monday to decide on it.',
        'President Biden: The board met on Monday to decide on it.',
      ),
    ).toEqual(['Marian Cullinane', 'Ann Lee']);
  });
});

describe('an age in brackets after the name', () => {
  it('reads `Quirke (71) said` and `Bernadette Quirke (71) told` as the one named, as `Quirke, 71, said` is', () => {
    expect(
      speakers(
        'Bernadette Quirke has lived on Quarry Road since 1979.',
        '"We were lied to about the readings for years," Quirke (71) said.',
        '"We were lied to about the readings for years," Bernadette Quirke (71) told the Irish Independent.',
        '"We were lied to about the readings for years," Quirke (71), a retired teacher, said.',
        '"We were lied to about the readings for years," the residents (71) said.',
      ),
    ).toEqual(['Bernadette Quirke', 'Bernadette Quirke', 'Bernadette Quirke', null]);
  });
});

describe('a closing clause with its verb before its subject', () => {
  const said = '"We will fight this all the way to the courts," said Tobin.';

  it('reads any verb before the name (`“…,” remembers Tobin.`, `laughs Dr Ines Varga`) as `said Tobin` is', () => {
    expect(
      speakers(
        'Gráinne Tobin chairs the residents. Dr Ines Varga is a geologist.',
        '"We were lied to about the readings for years," remembers Tobin.',
        '"We were lied to about the readings for years," laughs Dr Ines Varga.',
      ),
    ).toEqual(['Gráinne Tobin', 'Ines Varga']);
  });

  it('credits no one, never the speaker of the paragraph before, when the subject is no one a rule names (`chanted the crowd`)', () => {
    const quotes = quotesOf('Gráinne Tobin chairs the residents.', said, '"Shut the quarry down now and for good," chanted the crowd.', said, '"Shut the quarry down now and for good," ends the film.');
    expect(quotes.map((quote) => [quote.speaker, quote.attribution])).toEqual([
      ['Gráinne Tobin', 'said Tobin'],
      [null, 'chanted the crowd'],
      ['Gráinne Tobin', 'said Tobin'],
      [null, 'ends the film'],
    ]);
  });
});

describe('a closing clause naming an answer and whose it was', () => {
  const before = '"Families deserve answers," said Hegarty.';

  it('reads `was the response from Tobin`, `was Tobin’s verdict` and `was the verdict of Dr Ines Varga, a geologist` as the one named, never the speaker before', () => {
    expect(
      speakers(
        'Gráinne Tobin chairs the residents. Colm Hegarty is the minister.',
        before,
        '"We were lied to about the readings for years," was the response from Tobin.',
        before,
        '"We were lied to about the readings for years," was Tobin\'s verdict.',
        before,
        '"We were lied to about the readings for years," was the verdict of Dr Ines Varga, a geologist.',
      ),
    ).toEqual(['Colm Hegarty', 'Gráinne Tobin', 'Colm Hegarty', 'Gráinne Tobin', 'Colm Hegarty', 'Ines Varga']);
  });

  it('credits no one for a body or two people (`was the blunt response from the council`, `from Tobin and Gallen`)', () => {
    const quotes = quotesOf(
      'Gráinne Tobin chairs the residents. Colm Hegarty is the minister. Conor Gallen was the engineer.',
      before,
      '"We were lied to about the readings for years," was the blunt response from the council.',
      before,
      '"The answer is no," was the reply from Tobin and Gallen.',
    );
    expect(quotes.map((quote) => [quote.speaker, quote.attribution])).toEqual([
      ['Colm Hegarty', 'said Hegarty'],
      [null, 'was the blunt response from the council'],
      ['Colm Hegarty', 'said Hegarty'],
      [null, 'was the reply from Tobin and Gallen'],
    ]);
  });
});

describe('a parliament’s record with brackets after the label', () => {
  it('reads a member’s seat and party (`Derek Twigg (Halton) (Lab):`, `Mr Brennan (Dunmore East):`) and a minister named in brackets (`The Minister for Enterprise (Colm Hegarty):`)', () => {
    expect(
      speakers(
        'Peter Brennan is an MP. Colm Hegarty is the minister. Sen. Mark Smith spoke.',
        'Derek Twigg (Halton) (Lab): I welcome the statement and the inquiry.',
        'Mr Brennan (Dunmore East): Will the Minister confirm the complaints were received?',
        'The Minister for Enterprise (Colm Hegarty): I can confirm that complaints were received and passed on.',
        'The Minister for Enterprise (Mr Hegarty): I can confirm that complaints were received and passed on.',
        'Smith (Ohio): We will hear the Minister now.',
      ),
    ).toEqual(['Derek Twigg', 'Peter Brennan', 'Colm Hegarty', 'Colm Hegarty', 'Mark Smith']);
  });

  it('reads no turn in a year or a body in brackets (`Acme Corp (2019):`, `The Council (2019):`)', () => {
    expect(speakers('Acme Corp (2019): It was a very long year for all of us.', 'The Council (Planning): It was a very long year for all of us.')).toEqual([]);
  });
});

describe('a timeline of our own (speakers-quarry-blast-inquiry.txt)', () => {
  const { title, documents } = parseArticle(readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'speakers-quarry-blast-inquiry.txt'), 'utf8'), { slug: 'quarry', format: 'text' });
  const quotes = documents.filter((document) => document.type === 'quote');

  it('reads its eleven entries, each with its heading run in, and the passages around them', () => {
    expect(title).toBe('Kilbrack quarry blast: how the warnings went unheeded');
    const events = documents.filter((document) => document.type === 'event');
    expect(events.map((event) => event.date)).toEqual([
      '2023-03-14', '2023-03-15', '2023-03-22', '2023-04-03', '2023-09-18', '2023-09-25',
      '2023-10-02', '2023-11-09', '2024-01-16', '2024-04-30', '2024-06-12',
    ]);
    expect(documents.filter((document) => document.type === 'passage')).toHaveLength(3);
    // The byline is furniture, never a document.
    expect(documents.some((document) => document.text.includes('Costigan'))).toBe(false);
  });

  it('credits each quotation to its speaker, whatever the style, and the unnamed to no one', () => {
    const speakerOf = (start: string) => quotes.find((quote) => quote.text.startsWith(start))?.speaker;
    expect(speakerOf('Declan and Piotr')).toBe('Aidan Fennelly'); // `Fennelly, 58, said`
    expect(speakerOf('We were told the readings')).toBe('Gráinne Tobin'); // split around `Tobin said`
    expect(speakerOf('This inquiry will not')).toBe('Margaret Devlin'); // `Inquiry opens` run in before `Devlin opened …`, then `she said`
    expect(speakerOf('Where the evidence leads')).toBe('Margaret Devlin');
    expect(speakerOf('Will the Minister confirm')).toBe('Marian Cullinane'); // `Deputy Marian Cullinane:`
    expect(speakerOf('I can confirm')).toBe('Colm Hegarty'); // `The Minister for Enterprise (Colm Hegarty):`
    expect(speakerOf('We accept the findings')).toBe('Aidan Fennelly'); // `"…", Fennelly told AFP`
    expect(speakerOf('These were not isolated')).toBeNull(); // `the report said`
    expect(speakerOf('Our thoughts remain')).toBeNull(); // `the statement said`
    expect(speakerOf('It is too little')).toBe('Gráinne Tobin'); // `was the response from Tobin`
    expect(speakerOf('We should have been listened')).toBe('Bernadette Quirke'); // `Quirke (72) told`
    expect(speakerOf('We will keep his memory')).toBe('Gráinne Tobin'); // `remembers Tobin`
  });

  it('starts an attribution at the attribution, not at the heading run into the entry', () => {
    expect(quotes.find((quote) => quote.text.startsWith('This inquiry'))?.attribution).toBe('she said');
    expect(quotes.every((quote) => !/^(?:Inquiry opens|Site closed|Dáil exchanges)/.test(quote.attribution ?? ''))).toBe(true);
  });
});

describe('a short answer given', () => {
  it('reads two or three words before `came the reply` or `was the curt response from` as a quotation', () => {
    const quotes = quotesOf('Conor Gallen was the engineer.', '"I did not," came the reply from Gallen.', '"No comment," came the reply.', '"Not at all," was the curt response from Gallen.');
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['I did not', 'Conor Gallen'],
      ['No comment', null],
      ['Not at all', 'Conor Gallen'],
    ]);
  });
});
