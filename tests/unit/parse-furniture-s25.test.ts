/** Furniture read in session 25: a byline of names alone under a plain text's headline, and a never-seen news page. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../ingest/parse/parse-article.ts';

const parseText = (text: string) => parseArticle(text, { slug: 't', format: 'text' }).documents;

describe('names alone under a plain text’s headline, with no stamp under them', () => {
  const story = (byline: string, gap = '\n\n') =>
    `Council closes Ostbury pool after 40 years${gap}${byline}\n\nThe council voted on Tuesday to close the pool, citing rising costs and falling revenues over a life of 40 years.\n\n3 March 2021 – The first inspection found cracks.\n\n14 May 2022 – The pool closed for repairs.\n`;
  const read = (text: string) => parseText(text).map((d) => [d.section ?? null, d.text]);
  const withoutByline = [
    [null, 'The council voted on Tuesday to close the pool, citing rising costs and falling revenues over a life of 40 years.'],
    [null, 'The first inspection found cracks.'],
    [null, 'The pool closed for repairs.'],
  ];

  for (const byline of ['Jane Smith and Tom Lee', 'Jane Smith, Tom Lee and Ana Ruiz', 'Jane Smith & Tom Lee', 'Jane Smith in Brussels', 'Jane Smith and Tom Lee in New Delhi', 'Jane Smith, Senior Political Analyst', 'Jane Smith, Bureau Chief', 'Jane Smith']) {
    it(`reads \`${byline}\` as the byline, not a heading naming the story’s section`, () => {
      expect(read(story(byline))).toEqual(withoutByline);
    });
  }

  it('reads it right under the headline, with no blank line between', () => {
    expect(read(story('Jane Smith and Tom Lee', '\n'))).toEqual(withoutByline);
  });

  it('keeps a heading in title case whose words the article writes in lower case', () => {
    for (const heading of ['Rising Costs and Falling Revenues', 'Early Life']) expect(read(story(heading))[0]![0]).toBe(heading);
  });

  it('keeps a single name’s line over dates as a heading (`Key Dates`)', () => {
    const text = 'Council closes Ostbury pool after 40 years\n\nKey Dates\n\n3 March 2021 – The first inspection found cracks.\n\n14 May 2022 – The pool closed for repairs.\n';
    expect(parseText(text).map((d) => d.section)).toEqual(['Key Dates', 'Key Dates']);
  });

  it('keeps names that a sentence goes on from, or a list of names, or names once the story has begun', () => {
    expect(parseText(story('Jane Smith and Tom Lee\nwalked in.'))[0]!.text).toBe('Jane Smith and Tom Lee walked in.');
    const named = parseText('Crash\n\nGareth Pryce\nDafydd Owen\n\n3 May 2023 – Five men die.\n\n4 May 2023 – An inquiry opens.');
    expect(named.map((d) => `${d.section} ${d.text}`).join('\n')).toContain('Dafydd Owen');
    const later = parseText('Council closes pool\n\nThe council voted on Tuesday.\n\nJane Smith and Tom Lee\n\nThey met the mayor.');
    expect(later.map((d) => d.section)).toContain('Jane Smith and Tom Lee');
  });
});

describe('a correspondent’s byline over an HTML story', () => {
  it('reads `<p>Jane Smith in Brussels</p>` under the headline as the byline, not a passage', () => {
    for (const byline of ['Jane Smith in Brussels', 'Jane Smith and Tom Lee in New Delhi']) {
      const html = `<html><body><article><h1>Council closes Ostbury pool after 40 years</h1><p>${byline}</p><p>The council voted on Tuesday to close the pool.</p><p>3 March 2021 – The first inspection found cracks.</p><p>14 May 2022 – The pool closed for repairs.</p></article></body></html>`;
      expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text)).toEqual(['The council voted on Tuesday to close the pool.', 'The first inspection found cracks.', 'The pool closed for repairs.']);
    }
  });
});

describe('a list of related stories set as teaser cards', () => {
  it('drops `Related stories` and its <article> cards of a link and a stamp, which are no entries', () => {
    const card = (title: string, date: string) => `<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/x">${title}</a></h3><div class="entry-meta"><time datetime="2023-01-01">${date}</time></div></div></article>`;
    const html = `<html><body><main><h1>Ferry timeline</h1><div class="entry-content"><p>14 June 2022 – The ferry breaks down.</p><p>2 September 2022 – Surveyors report.</p><div class="wp-block-homepage-articles"><h2><span>Related stories</span></h2>${card('Relief ferry charter agreed', 'October 19, 2023')}${card('Ferry fund bid rejected', 'March 21, 2023')}</div><p>30 November 2022 – The trust applies for money.</p></div></main></body></html>`;
    expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => [d.date, d.text])).toEqual([
      ['2022-06-14', 'The ferry breaks down.'],
      ['2022-09-02', 'Surveyors report.'],
      ['2022-11-30', 'The trust applies for money.'],
    ]);
  });

  it('keeps a story’s own entries set as <article>s under a heading, which say more than a link', () => {
    const html = '<html><body><main><h1>Ferry timeline</h1><h2>Key events</h2><article><h3>14 June 2022</h3><p>The ferry <a href="/x">breaks down</a> off the pier.</p></article><article><h3>2 September 2022</h3><p>Surveyors report.</p></article></main></body></html>';
    expect(parseArticle(html, { slug: 'h', format: 'html' }).documents.map((d) => d.text)).toEqual(['The ferry breaks down off the pier.', 'Surveyors report.']);
  });
});

describe('a timeline set in a <section> of its own', () => {
  const page = (timeline: string) =>
    `<html><body><article><h1>Ferry timeline</h1><div class="entry-content"><p>The island lost its ferry.</p>${timeline}<p>The council says its relief boat will run until September.</p></div></article></body></html>`;
  const read = (html: string) => parseArticle(html, { slug: 'h', format: 'html' }).documents.filter((d) => d.type !== 'quote').map((d) => [d.type, d.date ?? null, d.text]);

  it('ends with its section: the closing paragraph after it is a passage, not the last entry’s text', () => {
    for (const entries of [
      '<section class="wp-block-group"><h2>The vote</h2><p><strong>12 January 2024</strong> – The accounts show a loss.</p><p><strong>15 March 2024</strong> – Members vote to wind the service up.</p></section>',
      '<section><p>12 January 2024 – The accounts show a loss.</p><p>15 March 2024 – Members vote to wind the service up.</p></section>',
    ]) {
      expect(read(page(entries))).toEqual([
        ['passage', null, 'The island lost its ferry.'],
        ['event', '2024-01-12', 'The accounts show a loss.'],
        ['event', '2024-03-15', 'Members vote to wind the service up.'],
        ['passage', null, 'The council says its relief boat will run until September.'],
      ]);
    }
  });

  it('ends with a section of <article> entries under its heading', () => {
    const entries = '<section><h2>The breakdowns</h2><article class="entry"><h3>14 June 2022</h3><p>The engine fails.</p></article><article class="entry"><h3>8 July 2023</h3><p>The gearbox fails.</p></article></section>';
    expect(read(page(entries)).at(-1)).toEqual(['passage', null, 'The council says its relief boat will run until September.']);
  });

  it('keeps a paragraph inside the section, after its last entry, as that entry’s', () => {
    const entries = '<section><p>12 January 2024 – The accounts show a loss.</p><p>15 March 2024 – Members vote to wind the service up.</p></section>';
    const html = page(entries).replace('</section><p>The council', '<p>The council');
    expect(read(html).at(-1)).toEqual(['event', '2024-03-15', 'Members vote to wind the service up.\n\nThe council says its relief boat will run until September.']);
  });
});
