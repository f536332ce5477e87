/** Speaker rules added in session 25: each on a tiny article, and one fixture of our own. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { stripTitles } from '../../ingest/parse/names.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
/** The speakers of a text article's quotations, in order, each paragraph its own. */
const speakers = (...paragraphs: string[]) =>
  parseText(`Senate vote row\n\n${paragraphs.join('\n\n')}\n`)
    .filter((document) => document.type === 'quote')
    .map((quote) => quote.speaker);

describe('a surname and where its person is from', () => {
  const named = 'Sen. Martin Heinrich said the bill was flawed from the start.';

  it('reads `Heinrich of New Mexico said` as the person the article names in full, after or before the quotation', () => {
    expect(
      speakers(
        named,
        '"We will fight this to the end," Heinrich of New Mexico said.',
        '"We will fight this to the end," Sen. Heinrich of New Mexico said.',
        'Heinrich of New Mexico said: "We will fight this to the end."',
        'Heinrich of New Mexico told reporters the deal was "not fine at all".',
      ),
    ).toEqual(['Martin Heinrich', 'Martin Heinrich', 'Martin Heinrich', 'Martin Heinrich']);
  });

  it('reads an auxiliary of tense between where the person is from and the verb (`Heinrich of New Mexico has said`, `Rep. Marcy Kaptur of Ohio would later say`)', () => {
    expect(
      speakers(
        named,
        '"We will fight this to the end," Heinrich of New Mexico has said.',
        '"We will fight this to the end," Rep. Marcy Kaptur of Ohio would later say.',
      ),
    ).toEqual(['Martin Heinrich', 'Marcy Kaptur']);
  });

  it('reads a surname of no one named in full, a body or a role before `of` as no speaker', () => {
    expect(
      speakers(
        named,
        '"We will fight this to the end," Apple of Cupertino said.',
        '"We will fight this to the end," Friends of the Earth said.',
        '"We will fight this to the end," The mayor of New York said.',
        '"We will fight this to the end," Duke of Sussex said.',
        'Apple of Cupertino said: "We will fight this to the end."',
        '"We will fight this to the end," Heinrich of New Mexico and Rep. Marcy Kaptur of Ohio said.',
      ),
    ).toEqual([null, null, null, null, null, null]);
  });
});

describe('a role, then its holder in apposition, as the source', () => {
  it('reads `According to a spokesman for City Hall, Dan Fry, “…”` and the same after the quotation as the one named', () => {
    expect(
      speakers(
        'According to a spokesman for City Hall, Dan Fry, "No deal will be signed this year."',
        'According to a spokeswoman for the council, Jo Bell, "No deal will be signed this year."',
        'According to the council leader, Amy Reyes, "No deal will be signed this year."',
        '"No deal will be signed this year," according to a spokesman for City Hall, Dan Fry.',
        '"No deal will be signed this year," according to the council leader, Amy Reyes, who spoke at noon.',
        'A spokeswoman for the council, Jo Bell, said: "No deal will be signed this year."',
        'A spokeswoman for the council, Jo Bell, said "no deal will be signed this year."',
        'According to one council member, Jo Bell, "No deal will be signed this year."',
      ),
    ).toEqual(['Dan Fry', 'Jo Bell', 'Amy Reyes', 'Dan Fry', 'Amy Reyes', 'Jo Bell', 'Jo Bell', 'Jo Bell']);
  });

  it('reads a role with no holder named, or a clause reporting another speaker, as no one named in apposition', () => {
    expect(
      speakers(
        'According to a spokesman for City Hall, "No deal will be signed this year."',
        'According to a spokesman for Mayor Lee, "No deal will be signed this year."',
        'According to a spokeswoman for the council, Jo Bell, the deputy promised that "no deal will be signed this year".',
      ),
    ).toEqual([null, null, null]);
  });
});

describe('a role something owns after `according to`', () => {
  it('reads `According to the mayor’s spokesman, “…”` as no one, never the mayor, and `According to the mayor, “…”` as the mayor', () => {
    expect(
      speakers(
        'Mayor Ann Lee opened the meeting.',
        'According to the mayor\'s spokesman, "No deal will be signed this year."',
        'According to the mayor’s office, "No deal will be signed this year."',
        'According to the mayor, "no deal will be signed this year."',
      ),
    ).toEqual([null, null, 'Ann Lee']);
  });
});

describe('a role after `according to`, closing the quotation', () => {
  it('reads `“…,” according to the mayor.` as the one the article calls the mayor; `the mayor’s office` credits its own words to no one, never the paragraph before', () => {
    expect(
      speakers(
        'Mayor Ann Lee opened the meeting.',
        '"No deal will be signed this year," according to the mayor.',
        '"No deal will be signed this year," according to the mayor, who spoke on Monday.',
        '"No deal will be signed this year," according to the mayor\'s office.',
        '"No deal will be signed this year," according to the judge.',
      ),
    ).toEqual(['Ann Lee', 'Ann Lee', null, null]);
  });
});

describe('a heading run into its entry', () => {
  /** A dated line with a heading, its entry on the next line: the two become one paragraph. */
  const trial = (entry: string) =>
    parseText(`Fraud trial\n\nThe defendant, former treasurer Graham Whitlock, denies fraud.\n\nTimeline\n\n8 April 2024 – Trial opens\nThe jury was sworn in.\n\n20 May 2024 – ${entry}\n`)
      .filter((document) => document.type === 'quote')
      .map((quote) => quote.speaker);

  it('reads a heading’s first word the article writes in lower case (`Defendant gives evidence Whitlock told …`) as no one, so `he` is the one named', () => {
    expect(trial("Defendant gives evidence\nWhitlock told the court the payments were loans. 'I made mistakes, but I am not a thief,' he said.")).toEqual(['Graham Whitlock']);
  });

  it('keeps a one-word subject the article never writes in lower case as no one for `he`', () => {
    expect(trial("Sarah told the court\nWhitlock had lied to her. 'I made mistakes, but I am not a thief,' he said.")).toEqual([null]);
  });
});

describe('a title before a surname alone, after other words', () => {
  it('reads `Arizona Governor Hobbs` and `Sentencing Judge Reyes` as the surname with its title, never `Martin Luther King Jr`', () => {
    expect(stripTitles(['Arizona', 'Governor', 'Hobbs'])).toEqual({ name: 'Hobbs', titles: ['governor'] });
    expect(stripTitles(['Sentencing', 'Judge', 'Reyes'])).toEqual({ name: 'Reyes', titles: ['judge'] });
    expect(stripTitles(['Martin', 'Luther', 'King', 'Jr'])?.name).toBe('Martin Luther King Jr');
    expect(stripTitles(['Billie', 'Jean', 'King'])?.name).toBe('Billie Jean King');
  });

  it('reads the titles after the first as the title’s too: `Appeal Mr Justice Fraser` is Fraser', () => {
    expect(stripTitles(['Appeal', 'Mr', 'Justice', 'Fraser'])).toEqual({ name: 'Fraser', titles: ['mr', 'judge'] });
    expect(stripTitles(['Arizona', 'Governor', 'Celia', 'Ramos'])).toEqual({ name: 'Celia Ramos', titles: ['governor'] });
  });

  it('credits a quotation after a heading run into its entry (`Sentencing` / `Judge Reyes said:`) to the judge named in full, and her surname alone too', () => {
    const article = [
      'Harbour trial',
      'Judge Amy Reyes presided over the nine-week trial.',
      'Timeline',
      "6 March 2024 – Sentencing\nJudge Reyes said: 'The jury must put sympathy aside in this case.'",
      "7 March 2024 – Verdict day\nReyes said: 'The jury must put sympathy aside in this case.'",
    ].join('\n\n');
    expect(parseText(`${article}\n`).filter((document) => document.type === 'quote').map((quote) => quote.speaker)).toEqual(['Amy Reyes', 'Amy Reyes']);
  });
});

describe('a name before an apposition from a preposition', () => {
  it('reads `Closing speeches Okafor, for the defence, told the jury:` (a heading run into its entry) as Okafor, never `Closing`', () => {
    const article = [
      'Harbour trial',
      'The defendant was represented by Daniel Okafor.',
      'Timeline',
      "12 March 2024 – Closing speeches\nOkafor, for the defence, told the jury: 'My client is a foolish man, not a dishonest one.'",
    ].join('\n\n');
    expect(parseText(`${article}\n`).filter((document) => document.type === 'quote').map((quote) => quote.speaker)).toEqual(['Daniel Okafor']);
  });

  it('reads an apposition from a participle the same way (`Sentencing hearing Reyes, sentencing, told Whitlock:`)', () => {
    const article = [
      'Harbour trial',
      'Judge Amy Reyes presided over the trial.',
      'Timeline',
      "11 October 2024 – Sentencing hearing\nReyes, sentencing, told Whitlock: 'You have shown very little remorse for what you did.'",
      "12 October 2024 – After the hearing\nReyes, speaking to reporters, said: 'You have shown very little remorse for what you did.'",
    ].join('\n\n');
    expect(parseText(`${article}\n`).filter((document) => document.type === 'quote').map((quote) => quote.speaker)).toEqual(['Amy Reyes', 'Amy Reyes']);
  });

  it('reads a role after `the` before such an apposition as the one the article calls so (`The judge, sentencing, told Whitlock:`)', () => {
    expect(
      speakers(
        'Judge Amy Reyes presided over the trial.',
        "The judge, sentencing, told Whitlock: 'You have shown very little remorse for what you did.'",
        "On Friday the trial judge, sentencing, said: 'You have shown very little remorse for what you did.'",
        "Lawyers for the judge, speaking later, said: 'You have shown very little remorse for what you did.'",
        "The former judge, speaking later, said: 'You have shown very little remorse for what you did.'",
      ),
    ).toEqual(['Amy Reyes', 'Amy Reyes', null, null]);
  });

  it('reads a name after a preposition or an article before the apposition as no one speaking', () => {
    expect(speakers("The lawyer for Whitlock, for his part, told the jury: 'My client is a foolish man, not a dishonest one.'")).toEqual([null]);
    expect(speakers("The lawyer for Whitlock, speaking later, told the jury: 'My client is a foolish man, not a dishonest one.'")).toEqual([null]);
  });
});

describe('a party to a case as a role', () => {
  it('reads `the defendant told the jury` as the one the article calls the defendant, and `Defendant Graham Whitlock said` as him', () => {
    expect(
      speakers(
        'The defendant, Graham Whitlock, denies three counts of fraud.',
        "'I am not a thief and I never was,' the defendant told the jury.",
        "Defendant Graham Whitlock said: 'I am not a thief and I never was.'",
      ),
    ).toEqual(['Graham Whitlock', 'Graham Whitlock']);
    // No one called the defendant: no one named.
    expect(speakers("'I am not a thief and I never was,' the defendant told the jury.")).toEqual([null]);
  });
});

describe('a timeline of our own (speakers-harbour-fraud-trial.txt)', () => {
  const { title, documents } = parseArticle(readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'speakers-harbour-fraud-trial.txt'), 'utf8'), { slug: 'trial', format: 'text' });
  const quotes = documents.filter((document) => document.type === 'quote');

  it('reads its fourteen dated entries, day first, and its introduction as a passage', () => {
    expect(title).toBe('The Harbour Trust fraud trial: how the case unfolded');
    const events = documents.filter((document) => document.type === 'event');
    expect(events).toHaveLength(14);
    expect(events.map((event) => event.date)).toEqual([
      '2023-01-03', '2023-02-17', '2023-05-09', '2023-08-21', '2023-11-06', '2024-03-12', '2024-04-08',
      '2024-04-15', '2024-05-02', '2024-05-20', '2024-05-28', '2024-05-30', '2024-06-04', '2024-10-11',
    ]);
    expect(documents.filter((document) => document.type === 'passage')).toHaveLength(1);
    // The byline and the page's date are furniture, never a document.
    expect(documents.some((document) => /Nandakumar|Published/.test(document.text))).toBe(false);
  });

  it('credits each quotation in single marks to the person, by title, surname, role, apposition or `of` a body, and a body’s statement to no one', () => {
    expect(quotes.map((quote) => [quote.date, quote.speaker])).toEqual([
      ['2023-01-03', 'Helen Marsh'], // the firm's senior partner, Helen Marsh, wrote
      ['2023-02-17', 'Sarah Cole'], // In a statement, Det Insp Sarah Cole said:
      ['2023-05-09', 'Daniel Okafor'], // his solicitor, Daniel Okafor, told
      ['2023-08-21', 'Rachel Byrne'], // said Rachel Byrne of the CPS
      ['2023-11-06', 'Daniel Okafor'], // Okafor wrote in a filing
      ['2024-03-12', 'Naomi Pryce'], // According to a spokeswoman for the trust, Naomi Pryce,
      ['2024-04-08', 'Simon Adeyemi'], // Mr Adeyemi told the jury
      ['2024-04-15', 'Sarah Cole'], // DI Cole … Cole told the court
      ['2024-05-02', 'Margaret Ellison'], // she testified
      ['2024-05-20', 'Graham Whitlock'], // a heading run into the entry, then `he said`
      ['2024-05-20', 'Graham Whitlock'], // the defendant told the jury
      ['2024-05-28', 'Daniel Okafor'], // `Closing speeches` run into `Okafor, for the defence, told the jury:`
      ['2024-05-30', 'Amy Reyes'], // the judge said
      ['2024-06-04', 'Margaret Ellison'], // Ellison said outside court
      ['2024-06-04', 'Rachel Byrne'], // Byrne of the CPS said
      ['2024-10-11', 'Amy Reyes'], // `Sentencing` run into `Judge Reyes jailed …`; the judge told him
      ['2024-10-11', null], // In a statement, the trust said:
    ]);
    expect(quotes.find((quote) => quote.date === '2024-06-04' && quote.speaker === 'Rachel Byrne')?.attribution).toBe('Byrne of the CPS said');
    // In single quotation marks, the apostrophe of `trust's` ends nothing.
    expect(quotes.find((quote) => quote.date === '2024-04-08')?.text).toBe("The defendant treated the trust's money as his own");
  });
});

describe('a day’s name before a surname', () => {
  it('reads `On Friday Reyes told Whitlock:` as Reyes, so no `Friday Reyes` takes the judge’s later quotations', () => {
    expect(stripTitles(['Friday', 'Reyes'])).toEqual({ name: 'Reyes', titles: [] });
    expect(
      speakers(
        'Judge Amy Reyes presided over the trial.',
        "On Friday Reyes told Whitlock: 'You have shown very little remorse for what you did.'",
        '"You have shown very little remorse," Reyes said on Friday.',
      ),
    ).toEqual(['Amy Reyes', 'Amy Reyes']);
  });
});
