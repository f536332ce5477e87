/** Speaker rules added in session 23: each on a tiny article, and one fixture of our own. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { TimelineDocumentListSchema } from '../../core/schema.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;
/** The speakers of a text article's quotations, in order, each paragraph its own. */
const speakers = (...paragraphs: string[]) =>
  parseText(`Town hall row\n\n${paragraphs.join('\n\n')}\n`)
    .filter((document) => document.type === 'quote')
    .map((quote) => quote.speaker);

describe('a person and where they work', () => {
  it('reads `X of the group Org said`, `X of Org said`, `X, of the group Org, said` as the person, before or after the quotation', () => {
    expect(
      speakers(
        'Jane Porter of the group Save Our Parks said: "We will not back down from this fight."',
        '"We will not back down from this fight," Jane Porter of the group Save Our Parks said.',
        '"We will not back down from this fight," Jane Porter of Save Our Parks said.',
        'Jane Porter, of the campaign group Save Our Parks, said: "We will not back down from this fight."',
        'Tim Bale of the charity Friends of Elm Park told the meeting: "We will not back down from this fight."',
      ),
    ).toEqual(['Jane Porter', 'Jane Porter', 'Jane Porter', 'Jane Porter', 'Tim Bale']);
    // A ward or district by its number: `of the 3rd Ward`.
    expect(
      speakers(
        'Council President Ruth Bell of the 3rd Ward said the vote was "a line in the sand for all of us".',
        '"It is a line in the sand for all of us," Ruth Bell of the 3rd Ward said.',
      ),
    ).toEqual(['Ruth Bell', 'Ruth Bell']);
  });

  it('reads a body described by its kind inside a sentence as no speaker (`X, who chairs the group Org, said`), but a person’s role before a name as theirs', () => {
    expect(
      speakers(
        'Jane Porter, who chairs the group Save Our Parks, said: "We will not back down from this fight at all."',
        'Jane Porter, from the residents group Save Our Parks, told the BBC: "We will not back down from this fight at all."',
        'The campaign group Save Our Parks said: "We will not back down from this fight at all."',
        'Speaking to reporters, the union leader Moira Gallacher said: "We will not back down from this fight at all."',
        'In a statement the mayor Ann Lee said: "We will not back down from this fight at all."',
      ),
    ).toEqual(['Jane Porter', 'Jane Porter', 'Save Our Parks', 'Moira Gallacher', 'Ann Lee']);
    // After an opening phrase, the body and its kind are the subject still.
    expect(
      speakers(
        'In a statement, the charity Crisis said: "We will not back down from this fight at all."',
        'Later the band Coldplay said: "We will not back down from this fight at all."',
      ),
    ).toEqual(['Crisis', 'Coldplay']);
  });

  it('reads `with` a body as where the person works (`Jane Porter with the Sierra Club said`), never `with` another person', () => {
    expect(
      speakers(
        'Jane Porter with the group Save Our Parks said: "We will not back down from this fight at all."',
        '"We will not back down from this fight at all," Jane Porter with the Sierra Club said.',
        '"We will not back down from this fight at all," Jane Porter with Greenpeace said.',
        'Jane Porter with Tom Reed said: "We will not back down from this fight at all."',
        '"We will not back down from this fight at all," Jane Porter with Tom Reed said.',
      ),
    ).toEqual(['Jane Porter', 'Jane Porter', 'Jane Porter', null, null]);
  });

  it('reads no body as a person working somewhere, and no two people as one', () => {
    expect(
      speakers(
        'The Bank of England said: "We will not back down from this fight at all."',
        '"We will not back down from this fight," Bank of England said.',
        '"We will not back down from this fight," Jane Porter of Save Our Parks and Tim Bale said.',
      ),
    ).toEqual([null, null, null]);
  });
});

describe('roles before a name', () => {
  it('reads a hyphenated role after a body as the role, and the name after it as the speaker', () => {
    expect(
      speakers(
        '"We are shocked by what happened tonight," said KVEA vice-president Maria Lopez.',
        '"We are shocked by what happened tonight," said Acme co-founder Sam Hill.',
        '"We are shocked by what happened tonight," said Acme co-founder.',
      ),
    ).toEqual(['Maria Lopez', 'Sam Hill', null]);
  });

  it('reads two roles joined by `and` as one person’s description (`Acme co-founder and chief executive Sam Ford`), never two people', () => {
    expect(
      speakers(
        '"We are shocked by what happened tonight here," said Acme Corp co-founder and chief executive Sam Ford.',
        '"We are shocked by what happened tonight here," Acme co-founder and chief executive Sam Ford said.',
        '"We are shocked by what happened tonight here," the chairman and Ann Lee said.',
        '"We are shocked by what happened tonight here," said Acme chairman and Tom Reed.',
      ),
    ).toEqual(['Sam Ford', 'Sam Ford', null, null]);
  });

  it('reads a hyphenated role after an owner as a role too (`said the group’s co-founder Sam Ford`)', () => {
    expect(
      speakers(
        '"We are shocked by what happened tonight here," said the group\'s co-founder Sam Ford.',
        '"We are shocked by what happened tonight here," said the club\'s head-coach Tom Ford.',
      ),
    ).toEqual(['Sam Ford', 'Tom Ford']);
  });
});

describe('a body with `of` in its name', () => {
  it('reads the role’s holder after a body’s name with `of` inside, never the body’s first word', () => {
    expect(
      speakers(
        '"Rates will rise again before the summer," Bank of England governor Andrew Bailey said.',
        '"Rates will rise again before the summer," Friends of the Earth campaigner Ann Lee told reporters.',
        '"Rates will rise again before the summer," the Bank of England governor, Andrew Bailey, said.',
        '"Rates will rise again before the summer," the KVEA vice-president, Maria Lopez, said.',
      ),
    ).toEqual(['Andrew Bailey', 'Ann Lee', 'Andrew Bailey', 'Maria Lopez']);
    // Before the quotation too, the role in capitals or an apposition before the verb.
    expect(
      speakers(
        'Bank of England Governor Andrew Bailey told MPs: "Rates will stay higher for longer than markets expect."',
        'Bank of England governor Andrew Bailey, speaking in Washington, said: "Rates will stay higher for longer than markets expect."',
      ),
    ).toEqual(['Andrew Bailey', 'Andrew Bailey']);
  });

  it('reads the holder after `the`, a body’s name and its role, or right after the body’s owning mark', () => {
    expect(
      speakers(
        '"Rates will rise again before the summer is out," the Bank of England governor Andrew Bailey said.',
        '"Rates will rise again before the summer is out," the Institute for Fiscal Studies\' Paul Johnson said.',
        '"Rates will rise again before the summer is out," the Tom Reed Foundation said.',
      ),
    ).toEqual(['Andrew Bailey', 'Paul Johnson', null]);
  });

  it('reads `according to` a body with `of` in its name as no one called by its first word, and a title’s holder there as the person', () => {
    const documents = parseText(
      'Bank\n\nAccording to the Bank of England, inflation "remains far too high for comfort".\n\n"Inflation remains far too high for comfort," according to the Bank of England.\n\nAccording to Secretary of State Antony Blinken, the talks were "the most productive in years".\n',
    ).filter((document) => document.type === 'quote');
    expect(documents.map((quote) => [quote.speaker, quote.attribution])).toEqual([
      [null, 'According to the Bank of England, inflation'],
      [null, 'according to the Bank of England'],
      ['Antony Blinken', 'According to Secretary of State Antony Blinken, the talks were'],
    ]);
  });

  it('reads the body itself as no one called by its first word', () => {
    expect(
      speakers(
        '"Rates will rise again before the summer," said the Bank of England.',
        'The Bank of England said: "Rates will rise again before the summer."',
        '"Rates will rise again before the summer," Bank of England governor said.',
      ),
    ).toEqual([null, null, null]);
  });
});

describe('a spokesperson named in apposition', () => {
  it('reads `a spokesperson for the mayor, Tom Reed, said` and `a spokesman for City Hall, Dan Fry,` as the one named, a short answer too', () => {
    expect(
      speakers(
        '"No comment," a spokesperson for the mayor, Tom Reed, said.',
        '"The mayor is reviewing every option," a spokesman for City Hall, Dan Fry, told the paper.',
        '"The mayor is reviewing every option," said a spokesman for City Hall, Dan Fry.',
        '"The mayor is reviewing every option," a spokeswoman for the Acme group, Lisa Hart, said.',
      ),
    ).toEqual(['Tom Reed', 'Dan Fry', 'Dan Fry', 'Lisa Hart']);
    expect(
      speakers(
        '"We are shocked by what happened tonight here," said a spokesperson for the Ministry of Defence, Lisa Hart.',
        '"The mayor is reviewing every option," said a spokeswoman for the charity Crisis, Jo Bell.',
      ),
    ).toEqual(['Lisa Hart', 'Jo Bell']);
  });

  it('reads no one for a spokesman not named, nor for two people in apposition', () => {
    expect(
      speakers(
        '"The mayor is reviewing every option," said a spokesman for City Hall.',
        '"The mayor is reviewing every option," said a spokesman for Hallett, Dan Fry and Ann Lee.',
        '"The mayor is reviewing every option," a lawyer for the Reed family, Ann Lee and Tom Hart, said.',
      ),
    ).toEqual([null, null, null]);
  });
});

describe('a team’s position before a name', () => {
  it('reads `Substitute` as a role, also opening the attribution after a quotation, and a capitalised position there too', () => {
    expect(
      speakers(
        'Substitute Jordan Banks said: "I just wanted to make a difference out there tonight."',
        '"I just wanted to make a difference out there," Substitute Ray Banks said.',
        '"I just wanted to make a difference out there," Striker Sam Cole said.',
        '"I just wanted to make a difference out there," Centre-back Lee Ford said.',
      ),
    ).toEqual(['Jordan Banks', 'Ray Banks', 'Sam Cole', 'Lee Ford']);
    // A surname shaped like a role noun, alone after a quotation, is still written as a name there.
    expect(speakers('"We will not be moved on this at all," Porter said.')).toEqual(['Porter']);
  });
});

describe('a nickname inside a name', () => {
  it('reads `Robert "Bobby" Jones said` and `Robert ‘Bob’ Smith` as the full name, the nickname no quotation', () => {
    const documents = parseText(
      'Cup final\n\nRobert "Bobby" Jones said: "I have never played in a final like that one."\n\n“We followed the rules to the letter every day,” said Robert “Bobby” Jones.\n\n"We followed the rules to the letter every day," Robert ‘Bob’ Smith told the inquiry.\n',
    );
    expect(documents.filter((document) => document.type === 'quote').map((quote) => [quote.speaker, quote.text.slice(0, 12)])).toEqual([
      ['Robert Jones', 'I have never'],
      ['Robert Jones', 'We followed '],
      ['Robert Smith', 'We followed '],
    ]);
  });

  it('drops a nickname of several words too (`Dwayne "The Rock" Johnson`), before or after the verb', () => {
    expect(
      speakers(
        'Dwayne "The Rock" Johnson said: "I have never been this nervous before a fight in my life."',
        '"I have never been this nervous before a fight in my life," said Dwayne "The Rock" Johnson.',
      ),
    ).toEqual(['Dwayne Johnson', 'Dwayne Johnson']);
  });
});

describe('police ranks and advocates’ titles', () => {
  it('strips `DI`, `DCI`, `DS`, `PC`, `Senior Advocate` and `SAN` like other titles, and remembers the rank for `the inspector`', () => {
    expect(
      speakers(
        '"We are following several lines of inquiry," DI Sarah Cole said.',
        'DS Lee Ward said: "The family have been informed of the arrest."',
        'PC Ann Hale told the jury: "I saw the car mount the pavement at speed."',
        '"The order was plainly unlawful from the start," said Senior Advocate Kola Adeyemi.',
        '"The order was plainly unlawful from the start," Kola Adeyemi SAN told the court.',
        '"The inquiry will take many more months yet," the inspector said.',
      ),
    ).toEqual(['Sarah Cole', 'Lee Ward', 'Ann Hale', 'Kola Adeyemi', 'Kola Adeyemi', 'Sarah Cole']);
    expect(speakers('"This was a cold and calculated attack," said DCI Mark Hughes.')).toEqual(['Mark Hughes']);
  });

  it('reads `Senior Advocate of Nigeria Femi Falana` as the advocate, never the title or the country', () => {
    expect(
      speakers(
        'Senior Advocate of Nigeria Femi Falana said: "The detention of the protesters is plainly illegal."',
        '"The detention of the protesters is plainly illegal," said Mr Femi Falana, SAN.',
      ),
    ).toEqual(['Femi Falana', 'Femi Falana']);
  });

  it('keeps a given name the rank is spelt like in other cases', () => {
    expect(speakers('"I never wanted any of this to happen to her," Di Stewart said.')).toEqual(['Di Stewart']);
  });

  it('reads a rank before one word as the person named in full with it, and a company spelt so as no one', () => {
    expect(speakers('"We are following several lines of inquiry," DCI Mark Hughes said.', '"The car was found abandoned near the river," DCI Hughes added.')).toEqual(['Mark Hughes', 'Mark Hughes']);
    expect(speakers('"Demand for boxes fell sharply over the summer months," DS Smith said in a statement.', '"We will publish the next issue in the spring," said DC Comics.')).toEqual([null, null]);
    // Capitals that are rarely a rank and often a body stay a body's.
    expect(speakers('"The season starts in September as planned for all of us," said the ACC.')).toEqual(['ACC']);
  });
});

describe('a politician and their state', () => {
  it('reads `Sen. X of New Mexico wrote`, `Rep. Y of Ohio said` as the person, an apposition after the state too', () => {
    expect(
      speakers(
        'Sen. Martin Heinrich of New Mexico wrote: "The lab deserves stable funding for years to come."',
        '"We need answers from the agency this week," Rep. Marcy Kaptur of Ohio said.',
        'Senator Ann Lee of Maine, a Republican, said: "We need answers from the agency this week."',
      ),
    ).toEqual(['Martin Heinrich', 'Marcy Kaptur', 'Ann Lee']);
    expect(
      speakers(
        '"We will not back down from this fight at all," Rep. Marcy Kaptur of Ohio, a Democrat, said.',
        '"We will not back down from this fight at all," Jane Porter of Save Our Parks, who organised the march, said.',
        '"We will not back down from this fight at all," Jane Porter of Leeds, Tom Reed of York and Ann Lee said.',
      ),
    ).toEqual(['Marcy Kaptur', 'Jane Porter', null]);
  });

  it('reads a party and state in apposition (`Sen. Martin Heinrich, D-N.M., said:`) as no part of the speaker', () => {
    expect(speakers('Sen. Martin Heinrich, D-N.M., said: "Rates will rise again before the summer is out."')).toEqual(['Martin Heinrich']);
  });

  it('reads two politicians and their states as no one, the second’s title after `and` no role of the first’s phrase', () => {
    expect(
      speakers(
        '"The lab deserves stable funding for years to come," Sen. Martin Heinrich of New Mexico and Rep. Marcy Kaptur of Ohio wrote.',
        'Heinrich of New Mexico and Rep. Marcy Kaptur of Ohio wrote: "The lab deserves stable funding for years to come."',
        '"The lab deserves stable funding for years to come," said Heinrich of New Mexico and Rep. Marcy Kaptur of Ohio.',
        '"The lab deserves stable funding for years to come," said Health and Human Services Secretary Xavier Becerra.',
      ),
    ).toEqual([null, null, null, 'Xavier Becerra']);
  });

  it('reads no party named after `a` as the speaker', () => {
    expect(speakers('The senator, a Republican, said: "We need answers from the agency this week."')).toEqual([null]);
  });
});

describe('an attribution in another tense', () => {
  it('reads `“…,” she would later say` and `“…,” Merrick would later recall` as the one named before', () => {
    expect(
      speakers(
        'Angela Merrick left the board in 2019. "It was the worst decision of my entire working life," she would later say.',
        'Angela Merrick left the board in 2019. "It was the worst decision of my entire working life," Merrick would later recall.',
        'Angela Merrick left the board in 2019. She would later describe it as "the worst decision of my entire working life".',
      ),
    ).toEqual(['Angela Merrick', 'Angela Merrick', 'Angela Merrick']);
    expect(speakers('Tom Reed spoke to the BBC. "We will never give up on this place at all," he had earlier told the BBC.')).toEqual(['Tom Reed']);
    // A role, and a role's holder in apposition, likewise.
    expect(
      speakers(
        'Mayor Dana Whitfield opened the bridge. "It was the proudest day of my whole time in office," the mayor would later say.',
        '"It was the proudest day of my whole time in office," the mayor, Dana Whitfield, would later tell the Courier.',
      ),
    ).toEqual(['Dana Whitfield', 'Dana Whitfield']);
  });

  it('reads `would go on to describe it as` and `went on to call it` as done by the subject of `go`', () => {
    expect(
      speakers(
        'Angela Merrick quit in 2019. She would go on to describe it as "the worst decision of my entire working life".',
        'Angela Merrick quit in 2019. Tom Reed went on to call it "the worst decision of her entire working life".',
      ),
    ).toEqual(['Angela Merrick', 'Tom Reed']);
    expect(speakers('Angela Merrick quit in 2019. She declined to describe it as "the worst decision of my entire working life".')).toEqual([null]);
  });

  it('credits no one when the verb is denied', () => {
    expect(speakers('Angela Merrick left the board in 2019. "It was the worst decision of my entire working life," she would not say.')).toEqual([null]);
  });
});

describe('a pronoun after a sentence whose subject has a role and a name in apposition', () => {
  it('reads `The first witness, former deputy treasurer Colin Barraclough, says …. “…,” he told the court.` as him', () => {
    expect(
      speakers(
        'The first witness, former deputy treasurer Colin Barraclough, says the books were fine. "I checked every ledger myself and found nothing wrong," he told the court.',
        'The second witness, auditor Mary Platt, told the court the books were a mess. "Nobody had reconciled the accounts for years," she said.',
      ),
    ).toEqual(['Colin Barraclough', 'Mary Platt']);
  });

  it('reads any lower-case words before a full name closed by a comma as its apposition (`, the former deputy treasurer X,`, `, former banker X,`)', () => {
    expect(
      speakers(
        'The first witness, the former deputy treasurer Colin Barraclough, says the books were fine. "I checked every ledger myself and found nothing," he told the court.',
        'Its chairman, former banker Colin Barraclough, said the books were fine. He added: "I checked every ledger myself and found nothing."',
      ),
    ).toEqual(['Colin Barraclough', 'Colin Barraclough']);
    // After a subject of up to seven words, or after a first apposition that only describes.
    expect(
      speakers(
        'The firm\'s founder and former chief executive, Tom Reed, 61, denies fraud. "I never stole a penny from anyone in my life," he told the jury.',
        'The prosecution\'s key witness, a former employee, Ann Lee, says she warned her managers. "They told me to keep quiet about it," she said.',
      ),
    ).toEqual(['Tom Reed', 'Ann Lee']);
    // The person named after a common noun opening the sentence, or after a role and `was`.
    expect(
      speakers(
        'Prosecutors called the first witness, former deputy treasurer Colin Barraclough. "I checked every ledger myself," he told the court.',
        'The first witness was former deputy treasurer Colin Barraclough. "I checked every ledger myself," he told the court.',
      ),
    ).toEqual(['Colin Barraclough', 'Colin Barraclough']);
    // Not another subject's verb and its object: the detectives released it, not Tom Ford.
    expect(speakers('On Friday, detectives questioned Tom Ford, then released this update: "The inquiry is now closed for good."')).toEqual([null]);
  });
});

describe('a timeline of our own (speakers-ashford-parks-dispute.txt)', () => {
  const { title, documents } = parseArticle(readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'speakers-ashford-parks-dispute.txt'), 'utf8'), { slug: 'parks', format: 'text' });
  const events = documents.filter((document) => document.type === 'event');
  const quotes = documents.filter((document) => document.type === 'quote');

  it('reads its title, its ten dated entries, and validates against the schema', () => {
    expect(title).toBe('How the Ashford parks dispute unfolded');
    expect(events.map((event) => event.date)).toEqual([
      '2023-03-03', '2023-03-17', '2023-03-29', '2023-04-12', '2023-05-02', '2023-05-20', '2023-06-08', '2023-07-01', '2023-09-19', '2023-11-06',
    ]);
    expect(TimelineDocumentListSchema.safeParse(documents).success).toBe(true);
  });

  it('credits each quotation to the person, never the body, the role, the title or the nickname', () => {
    expect(quotes.map((quote) => [quote.date, quote.speaker])).toEqual([
      ['2023-03-03', 'Jane Porter'],
      ['2023-03-17', 'Tom Reed'],
      ['2023-03-29', 'Maria Lopez'],
      ['2023-04-12', 'Ana Cruz'],
      ['2023-05-02', 'Andrew Bailey'],
      ['2023-05-20', 'Dan Fry'],
      ['2023-06-08', 'Jordan Banks'],
      ['2023-06-08', 'Robert Jones'],
      ['2023-07-01', 'Sarah Cole'],
      ['2023-09-19', 'Helen Price'],
      ['2023-09-19', 'Colin Barraclough'],
      ['2023-11-06', 'Angela Merrick'],
    ]);
    expect(quotes[1]!.text).toBe('No comment');
  });
});
