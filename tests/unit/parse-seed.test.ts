/** The seed article end to end: the entries, their dates, the quotations and who said them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { TimelineDocumentListSchema } from '../../core/schema.ts';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const source = readFileSync(path.join(PROJECT_ROOT, 'data', 'articles', 'trump-campaign-russia-timeline.txt'), 'utf8');
const { title, documents } = parseArticle(source, { slug: 'seed', format: 'text' });
const events = documents.filter((document) => document.type === 'event');
const quotes = documents.filter((document) => document.type === 'quote');
const passages = documents.filter((document) => document.type === 'passage');
const quote = (start: string) => {
  const found = quotes.filter((document) => document.text.startsWith(start));
  expect(found, `one quote starting "${start}"`).toHaveLength(1);
  return found[0]!;
};

describe('the seed article', () => {
  it('yields documents that satisfy the schema, with unique ids and positions in article order', () => {
    expect(TimelineDocumentListSchema.safeParse(documents).success).toBe(true);
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    expect(documents.map((document) => document.position)).toEqual(documents.map((_document, index) => index));
  });

  it('is titled by its heading', () => {
    expect(title).toBe('The Trump Campaign and Documents Stolen by Russia');
  });

  it('has 40 timeline entries: 37 dated and 3 that lost their dates', () => {
    expect(events).toHaveLength(40);
    expect(events.filter((event) => event.dateApproximate)).toHaveLength(3);
    expect(events.filter((event) => event.date !== null)).toHaveLength(37);
  });

  it('dates the first entry 2015-06-16 and every entry from Mar 15 to Dec 29 in 2016', () => {
    expect(events[0]).toMatchObject({ date: '2015-06-16', month: '2015-06', year: 2015, dateText: 'Jun 16' });
    const from2016 = events.slice(2);
    expect(from2016[0]!.date).toBe('2016-03-15');
    expect(events.at(-1)!.date).toBe('2016-12-29');
    expect(from2016.every((event) => event.year === 2016)).toBe(true);
    const keys = events.map((event) => event.dateKey!);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('gives entries that lost their dates the month of the entry before, marked approximate', () => {
    const undated = events.filter((event) => event.dateApproximate);
    expect(undated.map((event) => [event.month, event.date, event.text.slice(0, 24)])).toEqual([
      ['2015-06', null, 'Russian military intellig'],
      ['2016-06', null, 'Trump campaign hires Cam'],
      ['2016-09', null, 'Nevins contacted Roger S'],
    ].map(([month, date, text]) => [month, date, (text as string).slice(0, 24)]));
  });

  it.each([
    ['If it’s what you say I love it.', 'Donald Trump Jr', '2016-06-03', 'Trump Jr replies'],
    ['I can’t think of bigger lies.', 'Donald Trump Jr', '2016-07-24', 'Donald Trump Jr says of Mook’s statement:'],
    ['There’s many great stories', 'Wikileaks', '2016-10-12', null],
    ['Russia, if you’re listening', 'Donald Trump', '2016-07-27', null],
    ['Very little pick-up by the dishonest media', 'Donald Trump', '2016-10-12', '15 minutes later Donald Trump tweets:'],
    ['I actually have communicated with Assange', 'Roger Stone', '2016-08-08', null],
    ['Already did that earlier today.', 'Donald Trump Jr', '2016-10-03', null],
    ['Nothing could be further from the truth', 'Mike Pence', '2016-10-14', null],
    ['There was no communication', 'Hope Hicks', '2016-11-10', null],
    ['I am going to give a major speech', 'Donald Trump', '2016-06-07', null],
    ['Holy fuck man', 'Aaron Nevins', '2016-09-07', 'Nevins writes back to Guccifer.'],
    ['Wikileaks! I love Wikileaks!', 'Donald Trump', '2016-10-10', null],
    ['It just shows you their exact moral compass', 'Donald Trump Jr', '2016-07-22', null],
    ['The new joke in town', 'Donald Trump', '2016-07-25', null],
    ['by the Russians for the purpose of helping Donald Trump', 'Robby Mook', '2016-07-24', null],
  ])('attributes “%s” to %s on %s', (start, speaker, date, attribution) => {
    const found = quote(start);
    expect(found.speaker).toBe(speaker);
    expect(found.date).toBe(date);
    expect(found.eventId).toMatch(/^seed-event-\d{3}$/);
    expect(events.find((event) => event.id === found.eventId)!.date).toBe(date);
    if (attribution) expect(found.attribution).toBe(attribution);
    expect(found.attribution).toBeTruthy();
  });

  it('makes no quotation of names, titles and scare-quoted words', () => {
    for (const text of ['Mike Erickson', 'This Week', 'Guccifer 2.0', 'dirt', 'weird', 'payload', 'collusion', 'thousands of emails', 'classified cables', 'deep state']) {
      expect(quotes.find((document) => document.text.replace(/[,.]$/, '') === text), text).toBeUndefined();
    }
    expect(quotes).toHaveLength(20);
  });

  it('leaves the unattributed slogans without a speaker rather than guessing', () => {
    expect(quote('Hillary had all the answers').speaker).toBeNull();
    expect(quote('Hillary had all the answers').attribution).toBeNull();
  });

  it('keeps the closing bullet points and the introduction as passages, not events', () => {
    expect(passages.filter((passage) => passage.text.startsWith('Throughout the entire general election'))).toHaveLength(1);
    expect(passages.some((passage) => passage.text.startsWith('When it comes to'))).toBe(true);
    expect(passages.some((passage) => passage.text.startsWith('It’s hard to think of any definition'))).toBe(true);
    expect(events.some((event) => event.text.includes('Throughout the entire general election'))).toBe(false);
    expect(passages).toHaveLength(14);
  });

  it('drops the image credit, the Patreon box, the licence notice and the comment form', () => {
    for (const furniture of ['Flickr', 'Patreon', 'Creative Commons', 'Please enter', 'original version of this article']) {
      expect(documents.filter((document) => document.text.includes(furniture)), furniture).toEqual([]);
    }
  });

  it('keeps the article’s own quotation marks and normalises spaces', () => {
    const event = events.find((document) => document.date === '2016-04-26')!;
    expect(event.text).toContain('“thousands of emails”');
    expect(documents.some((document) => /\u00a0| {2}/.test(document.text))).toBe(false);
  });

  it('gives the same ids for the same input', () => {
    expect(parseArticle(source, { slug: 'seed', format: 'text' }).documents).toEqual(documents);
  });

  it('lets --year move the whole timeline', () => {
    const moved = parseArticle(source, { slug: 'seed', format: 'text', year: 2020 }).documents.filter((d) => d.type === 'event');
    expect(moved[0]!.date).toBe('2019-06-16');
    expect(moved.at(-1)!.date).toBe('2020-12-29');
  });
});

describe('the seed article as an HTML page', () => {
  /** The seed laid out as a CMS would: <p> per paragraph, an empty <p> where the text has a wider gap, a list, a figure, furniture. */
  function asHtmlPage(text: string): string {
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const parts = [`<html><head><title>${title} | Community</title></head><body><header><nav>Menu</nav></header><article><div class="entry-content">`];
    let blankLines = 0;
    let inList = false;
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line) {
        blankLines += 1;
        continue;
      }
      if (blankLines >= 2) parts.push('<p>&nbsp;</p>');
      blankLines = 0;
      if (line.startsWith('•')) {
        if (!inList) parts.push('<ul>');
        inList = true;
        parts.push(`<li>${escape(line.slice(1).trim())}</li>`);
        continue;
      }
      if (inList) parts.push('</ul>');
      inList = false;
      if (line === title) parts.push(`<h2>${escape(line)}</h2>`);
      else if (line.includes('Flickr')) parts.push(`<figure><img src="x.jpg"><figcaption>${escape(line)}</figcaption></figure>`);
      else parts.push(`<p>${escape(line)}</p>`);
    }
    parts.push('</div></article><footer>© Community</footer></body></html>');
    return parts.join('\n');
  }

  it('gives the same documents as the plain text', () => {
    const fromHtml = parseArticle(asHtmlPage(source), { slug: 'seed', format: 'html' }).documents;
    const withoutTitle = (list: typeof documents) => list.map(({ articleTitle: _title, ...rest }) => rest);
    expect(withoutTitle(fromHtml)).toEqual(withoutTitle(documents));
  });
});
