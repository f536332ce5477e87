/**
 * The same rules on articles written in other styles (our own fixtures): an HTML page with
 * WordPress-like furniture and inline `March 3, 2021 —` dates, and a plain-text story with
 * day-first dates that cross a year boundary without naming years.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { TimelineDocumentListSchema, type DocumentType } from '../../core/schema.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';
import { parseArticleFile, parseArticleFiles } from '../../ingest/parse-article-file.ts';

const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', name), 'utf8');

/** A fixture parsed (HTML by its extension, else text), with its documents also by type. */
function parseFixture(name: string, slug: string) {
  const { title, documents } = parseArticle(fixture(name), { slug, format: name.endsWith('.html') ? 'html' : 'text' });
  const ofType = (type: DocumentType) => documents.filter((document) => document.type === type);
  return { title, documents, events: ofType('event'), quotes: ofType('quote'), passages: ofType('passage') };
}

describe('an HTML page (council-bridge.html)', () => {
  const { title, documents, events, quotes, passages } = parseFixture('council-bridge.html', 'bridge');

  it('takes the title from the article’s h1 and validates against the schema', () => {
    expect(title).toBe('How the Millbrook bridge closed and reopened');
    expect(TimelineDocumentListSchema.safeParse(documents).success).toBe(true);
  });

  it('reads dates that open a paragraph, with years, and a month-only entry', () => {
    expect(events.map((event) => [event.date, event.month])).toEqual([
      ['2021-03-03', '2021-03'],
      ['2021-04-12', '2021-04'],
      [null, '2021-06'],
      ['2021-09-09', '2021-09'],
      ['2022-05-20', '2022-05'],
    ]);
    expect(events[0]!.text).toMatch(/^The council votes 5–2/);
    expect(events[2]!.dateApproximate).toBe(false);
    expect(events.every((event) => event.section === 'Timeline')).toBe(true);
  });

  it('attributes “…,” Mayor X said / said the mayor / X told reporters: / he said', () => {
    expect(quotes.map((document) => [document.text.slice(0, 20), document.speaker, document.attribution])).toEqual([
      ['We cannot keep a cru', 'Dana Whitfield', 'Mayor Dana Whitfield said'],
      ['The estimate we were', 'Omar Castillo', 'Council member Omar Castillo told reporters:'],
      ['We are not asking fo', null, null],
      ['This is the best new', 'Dana Whitfield', 'said the mayor'],
      ['The work starts in O', 'Dana Whitfield', 'said the mayor'],
      ['I was wrong about th', 'Omar Castillo', 'he said'],
    ]);
  });

  it('makes a blockquote a quotation of its event', () => {
    const blockquote = quotes.find((document) => document.text.startsWith('We are not asking'))!;
    expect(blockquote.eventId).toBe(events[2]!.id);
    expect(blockquote.month).toBe('2021-06');
  });

  it('keeps narrative outside the timeline as passages under their heading', () => {
    expect(passages.map((passage) => [passage.section, passage.text.slice(0, 20)])).toEqual([
      [null, 'For two years the Mi'],
      ['What it means', 'The saga shows how s'],
    ]);
  });

  it('drops navigation, captions, share buttons, the Patreon box, the sidebar, comments and the footer', () => {
    const all = documents.map((document) => document.text).join('\n');
    for (const furniture of ['Home', 'Photo:', 'Share this', 'Patreon', 'Most read', 'budget', 'Please enter', 'Leave a Reply', 'All rights reserved', 'By Ana Ruiz', 'analytics']) {
      expect(all, furniture).not.toContain(furniture);
    }
  });
});

describe('a plain-text story (harbor-strike.txt)', () => {
  const { title, documents, events, quotes } = parseFixture('harbor-strike.txt', 'harbor');

  it('takes the first heading as the title and drops the photo credit', () => {
    expect(title).toBe('The Long Harbor Strike');
    expect(documents.some((document) => document.text.includes('Lisa Marsh'))).toBe(false);
  });

  it('reads day-first dates and counts years back from the latest year the text names', () => {
    expect(events.map((event) => event.date)).toEqual(['2018-11-14', '2018-12-02', '2018-12-18', null, '2019-01-09', '2019-02-03']);
    expect(events[3]).toMatchObject({ dateApproximate: true, month: '2018-12' });
  });

  it('resolves he, appositions, role words and short names to the right person', () => {
    expect(quotes.map((document) => [document.text.slice(0, 16), document.speaker])).toEqual([
      ['We have waited t', 'Kofi Mensah'],
      ['for the sake of ', 'Helen Brandt'],
      ['Nobody leaves th', 'Paul Okafor'],
      ['does nothing at ', 'Kofi Mensah'],
      ['It is an insult ', 'Kofi Mensah'],
      ['Today both sides', 'Helen Brandt'],
    ]);
  });

  it('ends the timeline at the wider gap after the last entry', () => {
    const last = documents.at(-1)!;
    expect(last).toMatchObject({ type: 'passage', text: 'The strike showed how quickly a local dispute can ripple through a regional economy.' });
  });
});

describe('an HTML page with ISO date headings and running quotations (water-contract.html)', () => {
  const { documents, events, quotes } = parseFixture('water-contract.html', 'water');

  it('reads ISO dates standing as headings', () => {
    expect(events.map((event) => event.date)).toEqual(['2022-11-02', '2022-12-15', '2023-01-20', '2023-02-07', '2023-03-01']);
  });

  it('attributes descriptions before names, quotations running over paragraphs, and he says', () => {
    expect(quotes.map((document) => [document.text.slice(0, 18), document.speaker, document.attribution])).toEqual([
      ['The procedure was ', 'Laura Chen', 'Chen wrote'],
      ['Every rule was fol', 'Victor Hale', 'Hale said'],
      ['the audit is polit', 'Victor Hale', '“Every rule was followed to the letter,” Hale said, adding that'],
      ['We will call every', 'Maria Santos', 'said council president Maria Santos'],
      ['Nobody is above th', 'Maria Santos', 'she continued'],
      ['And that includes ', 'Maria Santos', 'she continued'],
      ['proud of the work ', 'Victor Hale', 'In a statement, he says he is'],
    ]);
  });

  it('drops the comment count', () => {
    expect(documents.some((document) => document.text.includes('Comments'))).toBe(false);
  });
});

describe('a Wikipedia-style page with year headings over dated lists (recall-wikipedia.html)', () => {
  const { documents, events } = parseFixture('recall-wikipedia.html', 'recall');

  it('takes years from the year headings, which are not sections', () => {
    expect(events.map((event) => [event.date, event.section])).toEqual([
      ['2019-08-04', null], ['2019-09-12', null], ['2019-12-01', null], ['2020-01-15', null], ['2020-03-03', null],
    ]);
  });

  it('attributes quotes in list items, a description after the verb included', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => d.speaker)).toEqual(['Tom Alvarez', 'Janet Wu']);
  });

  it('keeps "See also" and "References" out of the documents', () => {
    expect(documents.some((d) => /Recall elections in California|Riverside Times/.test(d.text))).toBe(false);
  });

  it('drops citation marks, [edit] links, the navigation box and the categories', () => {
    expect(events.map((event) => event.text.split(' ').at(-1))).toEqual(['hall.', 'election."', 'signatures.', 'Wu.', 'percent.']);
    expect(documents.some((d) => /\[|edit|Categories|Oakdale/.test(d.text))).toBe(false);
  });
});

describe('a plain-text key-dates list (pipeline-key-dates.txt)', () => {
  const { documents, quotes } = parseFixture('pipeline-key-dates.txt', 'pipeline');

  it('reads abbreviated and capitalised dates with weekdays', () => {
    expect(documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2017-01-20', '2017-02-02', '2017-11-07', '2018-03-14']);
  });

  it('drops the byline and the copyright line', () => {
    expect(documents.some((d) => /Sam Ortiz|Copyright/.test(d.text) || d.section?.includes('Sam Ortiz'))).toBe(false);
  });

  it('drops a job noun before a name the article also writes in lower case', () => {
    expect(quotes.map((d) => d.speaker)).toEqual(['Ellen Park', null, 'Ellen Park']);
  });

  it('finds a single-quoted quotation without mistaking an apostrophe for a mark, and leaves "a company spokesman" unnamed', () => {
    expect(quotes[1]).toMatchObject({ text: 'We respect the court\'s decision', speaker: null, attribution: 'a company spokesman said' });
  });
});

describe('bold, <time> and dash-attributed styles (stadium-bold-dates.html)', () => {
  const { documents, events } = parseFixture('stadium-bold-dates.html', 'stadium');

  it('reads a date set in bold or <time> at the start of a paragraph, with or without a separator', () => {
    expect(events.map((event) => [event.date, event.text.split('\n')[0]])).toEqual([
      ['2015-06-16', 'The team asks the city for $200 million.'],
      ['2015-09-03', 'The council holds its first hearing.'],
      ['2016-01-12', 'The deal is signed.'],
    ]);
  });

  it('attributes “…” — Name to that name', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.speaker, d.attribution])).toEqual([
      ['Carla Moreno', '— Carla Moreno'],
      ['Ben Otto', 'Mayor Ben Otto said'],
    ]);
  });
});

describe('a plain-text story with year-only and part-of-year dates (tram-years.txt)', () => {
  const { title, documents, events } = parseFixture('tram-years.txt', 'tram');

  it('takes a sentence-case opening line as the title, not as a passage', () => {
    expect(title).toBe('The rise and fall of the Glenview tram');
    expect(documents.some((document) => document.text === title)).toBe(false);
    expect(TimelineDocumentListSchema.safeParse(documents).success).toBe(true);
  });

  it('reads `2014:`, `Spring 2015 —`, `Mid-2016:`, `On August 30, 2017, …`, `Early July 2018 -` and `Late 2019:`', () => {
    expect(events.map((event) => [event.dateText, event.date, event.month, event.year, event.dateKey])).toEqual([
      ['2014', null, null, 2014, 20140000],
      ['Spring 2015', null, null, 2015, 20150000],
      ['Mid-2016', null, null, 2016, 20160000],
      ['August 30, 2017', '2017-08-30', '2017-08', 2017, 20170830],
      ['Early July 2018', null, '2018-07', 2018, 20180700],
      ['Late 2019', null, null, 2019, 20190000],
    ]);
    expect(events.every((event) => !event.dateApproximate)).toBe(true);
  });

  it('keeps a sentence that opens with its date whole, and strips a date before a separator', () => {
    expect(events[3]!.text).toMatch(/^On August 30, 2017, costs double\./);
    expect(events[0]!.text).toBe('The city council adopts a transport plan with a tram line at its heart.');
  });

  it('resolves "the minister" to the name the article gave that role in an apposition', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.speaker, d.year])).toEqual([
      ['Alan Reyes', 2015],
      ['Grace Obi', 2017],
      ['Alan Reyes', 2019],
    ]);
  });

  it('ends the timeline at the wider gap and drops the image credit', () => {
    expect(documents.at(-1)).toMatchObject({ type: 'passage', text: 'The rails are still in the ground on Harbour Road.' });
    expect(documents.some((d) => d.text.includes('Wikimedia'))).toBe(false);
  });
});

describe('an HTML timeline written as a table (hospital-merger-table.html)', () => {
  const { documents } = parseFixture('hospital-merger-table.html', 'merger');

  it('reads day-first dates in cells and a year heading row, and drops the row of column labels', () => {
    expect(documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2019-03-04', '2019-06-17', '2020-01-02', '2021-05-12']);
    expect(documents.some((d) => d.text === 'Date' || d.text === 'What happened')).toBe(false);
  });

  it('ends the timeline with the table: the paragraph after it is a passage, its quote undated', () => {
    const last = documents.filter((d) => d.type === 'event').at(-1)!;
    expect(last.text).toBe('The merged trust opens its first shared ward.');
    expect(documents.filter((d) => d.type !== 'event').slice(-2).map((d) => [d.type, d.month, d.speaker])).toEqual([
      ['passage', null, null],
      ['quote', null, 'Priya Natarajan'],
    ]);
  });

  it('drops the menu, the copyright and the donation line', () => {
    expect(documents.some((d) => /Home|©|donate/.test(d.text))).toBe(false);
  });
});

describe('an HTML timeline written as a definition list with single quotation marks (port-dispute-list.html)', () => {
  const { documents } = parseFixture('port-dispute-list.html', 'port');

  it('reads weekday day-first dates and a day-first numeric date from <dt>, the entries from <dd>', () => {
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.text.slice(0, 20)])).toEqual([
      ['2021-09-06', 'Pilots refuse to gui'],
      ['2021-09-10', 'The harbour master, '],
      ['2021-09-21', 'Talks begin at the W'],
    ]);
  });

  it('attributes single-quoted quotations, through an apposition too', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([
      ['We are not paid enough to take these risks', 'Aoife Byrne'],
      ['reckless, dangerous and unlawful', 'Colm Dwyer'],
    ]);
  });

  it('ends the timeline with the list and drops the share widget', () => {
    expect(documents.at(-1)).toMatchObject({ type: 'passage', text: 'The pilots went back to work on 1 October, with a pay rise of six per cent.' });
    expect(documents.some((d) => d.text.includes('Share this'))).toBe(false);
  });
});

describe('a Markdown article pasted as text (library-markdown.txt)', () => {
  const { title, documents, events, quotes } = parseFixture('library-markdown.txt', 'library');

  it('reads dates set in **bold** and __bold__ under # year headings, and drops the marks and link targets', () => {
    expect(title).toBe('How the library was saved');
    expect(events.map((event) => [event.date, event.section])).toEqual([
      ['2021-01-12', null],
      ['2021-02-03', null],
      ['2021-03-18', null],
      ['2022-04-04', null],
    ]);
    expect(documents.some((d) => /[*_]{2}|\]\(|https?:/.test(d.text))).toBe(false);
    expect(documents[0]!.text).toContain('why the Gazette followed');
  });

  it('keeps * bullet items in their entry', () => {
    expect(events[1]!.text).toContain('\n\n1,200 people sign in the first week.\n\nThe petition reaches 5,000 signatures by March.');
  });

  it('reads a > quotation that carries its own marks and attribution like a paragraph, and a bare one whole', () => {
    expect(quotes.map((d) => [d.text, d.speaker, d.attribution])).toEqual([
      ['A town without a library is a town without a memory', 'Ruth Baker', 'she told'],
      ['regrettable but unavoidable this year.', 'Tim Ward', 'Councillor Tim Ward says the cuts are'],
      ['We listened, and we were wrong', 'Amira Khan', 'council leader Amira Khan said'],
      ['Every library in the county will stay open until at least 2030.', 'Amira Khan', expect.stringContaining('council leader Amira Khan said')],
    ]);
  });

  it('drops the byline and the share line', () => {
    expect(documents.some((d) => /Lena Ortiz|Share this|Twitter/.test(d.text))).toBe(false);
  });
});

describe('an HTML page with <div> entries, credited blockquotes and update stamps (election-night.html)', () => {
  const { title, documents, quotes } = parseFixture('election-night.html', 'election');

  it('takes the page title without the site name and reads the <h3> dates', () => {
    expect(title).toBe('Election night as it happened');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2020-11-03', '2020-11-04', '2020-11-05', '2020-11-07']);
  });

  it('credits a blockquote to its closing <cite> or <footer>, and a description before a name to the name', () => {
    expect(quotes.map((d) => [d.text, d.speaker])).toEqual([
      ['We feel very good about tonight', 'Jen O’Malley'],
      ['Every vote will be counted, and every voice will be heard.', 'Tom Wolf'],
      ['We will keep counting until every ballot is in.', 'Kathy Boockvar'],
      ['The people of this nation have spoken', null],
    ]);
    expect(quotes[1]!.attribution).toBe('— Governor Tom Wolf');
  });

  it('never lends a quotation attributed to an unnamed person ("the winner told") to the sentence before, and keeps the words', () => {
    expect(quotes[3]).toMatchObject({ speaker: null, attribution: 'the winner told supporters in Delaware' });
  });

  it('drops the update stamps and the footer', () => {
    expect(documents.some((d) => /updated|Updated|©/.test(d.text))).toBe(false);
    expect(documents.filter((d) => d.type === 'event').at(-1)!.text).toBe('Networks call the race.\n\n“The people of this nation have spoken,” the winner told supporters in Delaware.');
  });
});

describe('an HTML page whose headings hold the date and the entry’s headline (museum-loan-headings.html)', () => {
  const { documents, events } = parseFixture('museum-loan-headings.html', 'museum');

  it('starts an entry at a heading that opens with a date, a time of day included, and keeps the headline as its first line', () => {
    expect(events.map((event) => [event.date, event.dateText, event.text.split('\n')[0]])).toEqual([
      ['2016-06-03', 'June 3, 2016', 'Curator Ines Laurent writes to the board'],
      ['2016-06-09', 'June 9, 2016, 4 p.m.', 'The meeting takes place'],
      ['2017-07-08', 'July 8, 2017', 'The Harbour Post reports the meeting'],
    ]);
    expect(documents.at(-1)).toMatchObject({ type: 'passage', section: 'What we still don\'t know' });
  });

  it('attributes a «guillemet» quotation to the subject of the sentence before it', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([
      ['would double our visitors in a year.', null],
      ['If it is what you say, we should talk this week.', 'Karl Brenner'],
      ['It was a short introductory meeting about art', 'Brenner Jr'],
    ]);
  });
});

describe('a plain-text story with each date on its own line right above the entry (river-datelines.txt)', () => {
  const { title, documents, events } = parseFixture('river-datelines.txt', 'river');

  it('splits a date line from the text under it, a time of day included', () => {
    expect(title).toBe('A year of the water crisis');
    expect(events.map((event) => [event.date, event.text.slice(0, 24)])).toEqual([
      ['2014-04-25', 'The city switches its wa'],
      ['2014-10-13', 'A car maker stops using '],
      ['2015-09-24', 'A doctor, Mona Haddad, r'],
      ['2016-01-16', 'The governor declares a '],
    ]);
  });

  it('attributes a quotation ending in ! to the attribution that opens the next sentence', () => {
    expect(documents.filter((d) => d.type === 'quote').map((d) => [d.text, d.speaker])).toEqual([
      ['Here\'s to a new era for Lakeville!', 'Dan Whitley'],
      ['We were shocked by what the tests showed', 'Mona Haddad'],
    ]);
  });
});

describe('a plain-text timeline written as a numbered list and bullets (council-numbered-list.txt)', () => {
  const { title, documents } = parseFixture('council-numbered-list.txt', 'council');

  it('reads `1.` and `3)` items as list items, one entry each', () => {
    expect(title).toBe('Ten days that shook the council');
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.text])).toEqual([
      ['2022-03-01', 'The budget is leaked to the press.'],
      ['2022-03-03', 'The finance chair, Rosa Kim, resigns. "I cannot defend numbers I did not write," she said.'],
      ['2022-03-10', 'A new budget is tabled.'],
      ['2022-03-11', 'Councillors vote it down.'],
      ['2022-03-12', 'The mayor calls an emergency session.'],
    ]);
    expect(documents.find((d) => d.type === 'quote')).toMatchObject({ speaker: 'Rosa Kim', date: '2022-03-03' });
  });
});

describe('a newsletter post with a subscription box (school-board-newsletter.html)', () => {
  const { title, documents } = parseFixture('school-board-newsletter.html', 'school');

  it('reads bold dates closed by a full stop and drops a role word before the speaker’s name', () => {
    expect(title).toBe('A timeline of the school board fight');
    expect(documents.filter((d) => d.type === 'event').map((d) => d.date)).toEqual(['2023-08-02', '2023-08-16', '2023-09-06']);
    expect(documents.find((d) => d.type === 'quote')).toMatchObject({ speaker: 'Maya Singh', attribution: 'Parent Maya Singh speaks at the meeting:' });
  });

  it('drops the subscription box, its thanks and the comment and share labels', () => {
    expect(documents.filter((d) => d.type === 'event').at(-1)!.text).toBe('The board delays the vote.');
    expect(documents.some((d) => /Subscribe for free|Thanks for reading|Leave a comment|^Share$/.test(d.text))).toBe(false);
  });
});

describe('a live blog: one date, then entries stamped with the time of day (budget-live-blog.html, storm-hours.txt)', () => {
  it('makes each time-stamped paragraph an entry of that date, in HTML with the time in bold', () => {
    const { documents } = parseFixture('budget-live-blog.html', 'budget');
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.dateText, d.text.split('\n')[0]])).toEqual([
      ['2023-03-14', 'March 14, 2023, 9:02 a.m.', 'The hearing opens with 40 people in the gallery.'],
      ['2023-03-14', 'March 14, 2023, 10:15 a.m.', 'Treasurer Alan Ruiz presents the numbers. "This is the leanest budget in a decade," Ruiz said.'],
      ['2023-03-14', 'March 14, 2023, 1:30 p.m.', 'The council breaks for lunch.'],
      ['2023-03-14', 'March 14, 2023, 4:45 p.m. ET', 'The budget passes 6–3.'],
    ]);
    expect(documents.find((d) => d.type === 'quote')).toMatchObject({ speaker: 'Alan Ruiz', dateText: 'March 14, 2023, 10:15 a.m.' });
    expect(documents.at(-1)).toMatchObject({ type: 'passage', section: 'What happens next' });
  });

  it('does so in plain text, with the time before a dash', () => {
    const { documents } = parseFixture('storm-hours.txt', 'storm');
    expect(documents.filter((d) => d.type === 'event').map((d) => [d.date, d.dateText])).toEqual([
      ['2024-01-06', 'Jan. 6, 2024, 7:00 a.m.'],
      ['2024-01-06', 'Jan. 6, 2024, 9:30 a.m.'],
      ['2024-01-06', 'Jan. 6, 2024, 2 p.m.'],
    ]);
    expect(documents.find((d) => d.type === 'quote')).toMatchObject({ speaker: 'Maria Cole', date: '2024-01-06' });
  });
});

describe('a British broadsheet page: year headings, single quotation marks and heavy furniture (rail-broadsheet.html)', () => {
  const { title, documents, events, quotes, passages } = parseFixture('rail-broadsheet.html', 'rail');

  it('reads the thirteen entries under their year headings, and keeps the page furniture out', () => {
    expect(title).toBe('Northern Crossrail collapse: a timeline of how the £14bn project unravelled');
    expect(events.map((event) => event.date)).toEqual([
      '2021-01-11', '2021-02-24', '2021-04-08', '2021-06-30', '2021-09-14', '2021-12-02',
      '2022-01-19', '2022-03-03', '2022-05-17', '2022-07-22', '2022-09-09', '2022-10-28', '2022-11-17',
    ]);
    const furniture = /Transport correspondent|Last modified|small favour|Millions of readers|Support the Chronicle|Reuse this content|Rail industry|Share on/;
    expect(documents.filter((d) => furniture.test(d.text)).map((d) => d.text)).toEqual([]);
  });

  it('credits speakers through appositions, pronouns after a broadcaster, and leaves unnamed sources null with their words', () => {
    const speakerOf = (start: string) => quotes.find((quote) => quote.text.startsWith(start));
    expect(speakerOf('The numbers I inherited')).toMatchObject({ speaker: 'Priya Nandakumar', date: '2022-01-19' });
    expect(speakerOf('will cascade')).toMatchObject({ speaker: 'Fiona McRae' });
    expect(speakerOf('serious concerns')).toMatchObject({ speaker: null, attribution: 'In a rare public statement, the regulator says it has' });
    expect(speakerOf('The Chancellor is furious')).toMatchObject({ speaker: null, attribution: 'A senior Whitehall source said:' });
    expect(speakerOf('concluded that the risks')).toMatchObject({ speaker: null });
  });

  it('reads a quotation of several paragraphs as one speaker’s', () => {
    const nandakumar = quotes.filter((quote) => quote.date === '2022-01-19').map((quote) => [quote.speaker, quote.text.slice(0, 20)]);
    expect(nandakumar).toEqual([
      ['Priya Nandakumar', 'The numbers I inheri'],
      ['Priya Nandakumar', 'My first job is to t'],
      ['Priya Nandakumar', 'I would rather be ho'],
    ]);
    expect(passages.at(-1)).toMatchObject({ section: 'What happens now?' });
  });
});

describe('an AP-style wire story: a dateline, Sept. dates, a quotation over two paragraphs (bridge-collapse-ap.txt)', () => {
  const { documents, events, quotes, passages } = parseFixture('bridge-collapse-ap.txt', 'bridge-ap');

  it('reads the entries, ends the timeline at a subheading in capitals, and drops the byline and the tail', () => {
    expect(events.map((event) => event.date)).toEqual(['2022-09-12', '2023-01-05', '2023-01-09', '2023-02-14', '2023-03-02', '2023-06-20', '2023-10-03', '2023-12-11']);
    expect(passages.filter((passage) => passage.section === "WHAT'S NEXT")).toHaveLength(2);
    expect(documents.filter((d) => /^By MARCUS|contributed to this report|Copyright|^_+$/.test(d.text))).toEqual([]);
  });

  it('credits speakers through descriptions, appositions and titles, and never a place or a body', () => {
    const speakers = [...new Set(quotes.map((quote) => quote.speaker))];
    expect(speakers).toEqual([
      'Raymond Kowalski', 'Luis Ortega', 'Helen Marsh', 'Carla Whitfield', 'Denise Parker', 'Omar Lindqvist',
      'Patricia Doyle', 'Harold Kemp', null, 'Dennis Amato', 'Angela Ruiz',
    ]);
    expect(quotes.filter((quote) => quote.speaker === 'Patricia Doyle').map((quote) => quote.text.slice(0, 16))).toEqual([
      'This is not a re', 'It is a steel-an', 'Every one of the',
    ]);
  });
});

describe('an investigative long-read: year headings, seasons, key points and an interview transcript (charity-longread.txt)', () => {
  const { events, quotes, passages } = parseFixture('charity-longread.txt', 'charity');

  it('reads month and season entries under year headings', () => {
    expect(events.map((event) => [event.month, event.year])).toEqual([
      ['2019-03', 2019], [null, 2019], ['2019-11', 2019], ['2020-04', 2020], ['2020-10', 2020], ['2021-02', 2021], ['2021-09', 2021],
    ]);
  });

  it('credits the transcript’s answers to the interviewee and not its questions, and quotes a post', () => {
    const transcript = quotes.filter((quote) => quote.attribution === 'GREAVES:');
    expect(transcript.map((quote) => quote.speaker)).toEqual(Array(3).fill('Martin Greaves'));
    expect(quotes.some((quote) => quote.text.startsWith('Did you own'))).toBe(false);
    expect(quotes.find((quote) => quote.text.startsWith('Overwhelmed'))).toMatchObject({ speaker: 'Martin Greaves', month: '2020-04' });
    expect(passages.filter((passage) => passage.section === 'What we know')).toHaveLength(4);
  });
});

describe('a British live blog: posts stamped <time datetime="…">16.40 GMT</time>, newest first (rail-strike-live.html)', () => {
  const { documents, events, quotes } = parseFixture('rail-strike-live.html', 'strike');

  it('dates each post by its stamp’s attribute, with the time the page shows', () => {
    expect(events.map((event) => event.dateText)).toEqual([
      '14 March 2023, 18.02 GMT', '14 March 2023, 16.40 GMT', '14 March 2023, 15.15 GMT', '14 March 2023, 13.05 GMT',
      '14 March 2023, 11.20 GMT', '14 March 2023, 09.45 GMT', '14 March 2023, 08.10 GMT',
    ]);
    expect(events.every((event) => event.date === '2023-03-14' && event.section === null)).toBe(true);
  });

  it('credits the embedded post and the officials, and drops the key-events list, the labels, byline and topics', () => {
    expect(quotes.find((quote) => quote.text.startsWith('Ministers have had months'))).toMatchObject({ speaker: 'Olu Benn', dateText: '14 March 2023, 15.15 GMT' });
    expect(quotes.find((quote) => quote.text.startsWith('We are doing everything'))).toMatchObject({ speaker: 'Greg Hollis' });
    expect(quotes.find((quote) => quote.text.startsWith('disappointed but not surprised'))).toMatchObject({ speaker: null });
    expect(documents.filter((d) => /^(Rail industry|Trade unions|Hannah Ogle and Sam Reddy|Key events)$|ago\b/.test(d.text))).toEqual([]);
  });
});

describe('parsing many files, each read while the one before is parsed (parseArticleFiles)', () => {
  const fixture = (name: string) => path.join(PROJECT_ROOT, 'tests', 'fixtures', name);
  const files = ['harbor-strike.txt', 'council-bridge.html', 'tram-years.txt'].map(fixture);

  it('yields every file in order, as parsing them one at a time does', async () => {
    const inTurn = [];
    for (const file of files) inTurn.push(await parseArticleFile(file));
    const readAhead = [];
    for await (const parsed of parseArticleFiles(files)) readAhead.push(parsed);
    expect(readAhead.map((parsed) => parsed.path)).toEqual(files);
    expect(readAhead).toEqual(inTurn);
  });

  it('fails at the first file that cannot be read, after yielding the ones before it', async () => {
    const yielded: string[] = [];
    const reading = (async () => {
      for await (const parsed of parseArticleFiles([files[0]!, fixture('no-such-file.txt'), files[1]!])) yielded.push(parsed.path);
    })();
    await expect(reading).rejects.toThrow(/Cannot read .*no-such-file\.txt: no such file/);
    expect(yielded).toEqual([files[0]]);
  });

  it('reports a file that fails to parse, not the unreadable one read ahead of it', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'parse-files-'));
    const furniture = path.join(folder, 'furniture.txt');
    writeFileSync(furniture, 'Share this:\n\nLeave a Reply\n');
    // Unhandled, the failed read ahead would fail the run even though the error below is the one reported.
    await expect(parseArticleFiles([furniture, path.join(folder, 'missing.txt')]).next()).rejects.toThrow(/furniture\.txt/);
    rmSync(folder, { recursive: true, force: true });
  });
});
