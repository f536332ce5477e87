/**
 * The same rules on articles written in other styles (our own fixtures): an HTML page with
 * WordPress-like furniture and inline `March 3, 2021 —` dates, and a plain-text story with
 * day-first dates that cross a year boundary without naming years.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { TimelineDocumentListSchema } from '../../core/schema.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', name), 'utf8');

describe('an HTML page (council-bridge.html)', () => {
  const { title, documents } = parseArticle(fixture('council-bridge.html'), { slug: 'bridge', format: 'html' });
  const events = documents.filter((document) => document.type === 'event');
  const quotes = documents.filter((document) => document.type === 'quote');
  const passages = documents.filter((document) => document.type === 'passage');

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
  const { title, documents } = parseArticle(fixture('harbor-strike.txt'), { slug: 'harbor', format: 'text' });
  const events = documents.filter((document) => document.type === 'event');
  const quotes = documents.filter((document) => document.type === 'quote');

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
  const { documents } = parseArticle(fixture('water-contract.html'), { slug: 'water', format: 'html' });
  const events = documents.filter((document) => document.type === 'event');
  const quotes = documents.filter((document) => document.type === 'quote');

  it('reads ISO dates standing as headings', () => {
    expect(events.map((event) => event.date)).toEqual(['2022-11-02', '2022-12-15', '2023-01-20', '2023-02-07', '2023-03-01']);
  });

  it('attributes descriptions before names, quotations running over paragraphs, and he says', () => {
    expect(quotes.map((document) => [document.text.slice(0, 18), document.speaker, document.attribution])).toEqual([
      ['The procedure was ', 'Laura Chen', 'Chen wrote'],
      ['Every rule was fol', 'Victor Hale', 'Hale said'],
      ['the audit is polit', 'Victor Hale', '“Every rule was followed to the letter,” Hale said, adding that'],
      ['We will call every', 'Maria Santos', 'said council president Maria Santos'],
      ['Nobody is above th', 'Maria Santos', 'said council president Maria Santos'],
      ['And that includes ', 'Maria Santos', 'she continued'],
      ['proud of the work ', 'Victor Hale', 'In a statement, he says he is'],
    ]);
  });

  it('drops the comment count', () => {
    expect(documents.some((document) => document.text.includes('Comments'))).toBe(false);
  });
});

describe('a Wikipedia-style page with year headings over dated lists (recall-wikipedia.html)', () => {
  const { documents } = parseArticle(fixture('recall-wikipedia.html'), { slug: 'recall', format: 'html' });
  const events = documents.filter((document) => document.type === 'event');

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
});

describe('a plain-text key-dates list (pipeline-key-dates.txt)', () => {
  const { documents } = parseArticle(fixture('pipeline-key-dates.txt'), { slug: 'pipeline', format: 'text' });
  const quotes = documents.filter((document) => document.type === 'quote');

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
    expect(quotes[1]).toMatchObject({ text: 'We respect the court\'s decision', speaker: null, attribution: null });
  });
});

describe('bold, <time> and dash-attributed styles (stadium-bold-dates.html)', () => {
  const { documents } = parseArticle(fixture('stadium-bold-dates.html'), { slug: 'stadium', format: 'html' });
  const events = documents.filter((document) => document.type === 'event');

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
