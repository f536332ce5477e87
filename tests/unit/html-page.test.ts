/**
 * loadPage must give the parser what cheerio's `load` gave it: the same tree and the same answers
 * to the same queries, each page its own root, without a cheerio class made for each page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadPage, releasePage } from '../../ingest/parse/html-page.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const fixturePages = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({ name, html: readFileSync(path.join(FIXTURES, name), 'utf8') }));

/** Pages a browser repairs: parse5 repairs them the same way whichever way it is called. */
const MALFORMED = [
  '<p>One<p>Two<div>Three</p>',
  '<b><i>bold italic</b> italic?</i> after',
  '<a href="/x">first <a href="/y">second</a></a>',
  '<table><tr><td>cell</td></tr>stray text</table>',
  '</html><p>After a stray end of page.</p>',
  'Text with no element at all',
  '<noscript><p>Enable scripts</p></noscript><p>Story</p>',
];

describe('loadPage (a page read with one cheerio for every page)', () => {
  it("parses a page into the tree cheerio's load makes of it", () => {
    expect(fixturePages.length).toBeGreaterThan(5);
    for (const { name, html } of fixturePages) expect(loadPage(html).root().html(), name).toBe(load(html).root().html());
    for (const html of MALFORMED) expect(loadPage(html).root().html(), html).toBe(load(html).root().html());
  });

  it("answers the parser's queries as cheerio's $ does", () => {
    for (const { name, html } of fixturePages) {
      const page = loadPage(html);
      const $ = load(html);
      for (const selector of ['p', 'h1, h2, h3', 'li', 'article p', 'header', '[class*=byline]', 'time[datetime]', 'table tr']) {
        expect(page(selector).length, `${name}: ${selector}`).toBe($(selector).length);
        expect(page(selector).text(), `${name}: ${selector}`).toBe($(selector).text());
      }
      const firstParagraph = page('p').get(0);
      if (firstParagraph) {
        expect(page(firstParagraph).parents().length, name).toBe($($('p').get(0)!).parents().length);
        expect(page(firstParagraph).closest('body').length, name).toBe(1);
      }
    }
  });

  it('queries each page within its own document', () => {
    const first = loadPage('<p>One</p>');
    const second = loadPage('<p>Two</p>');
    expect(first('p').text()).toBe('One');
    expect(second('p').text()).toBe('Two');
    expect(first.root().get(0)).toBe(first.document);
    expect(second.root().get(0)).toBe(second.document);
    expect(first.document).not.toBe(second.document);
    expect(second('body').find('p').text()).toBe('Two');
  });

  it('changes the page as cheerio does, new elements included', () => {
    const page = loadPage('<div><p>One</p></div>');
    page('div').replaceWith('<section><p>Two</p></section>');
    page('section').append(page('<cite></cite>').text('Lin'));
    expect(page.root().html()).toBe('<html><head></head><body><section><p>Two</p><cite>Lin</cite></section></body></html>');
    expect(page.root().get(0)).toBe(page.document);
  });

  it("makes no class for each page, as cheerio's load does", () => {
    // A class for each page, held by the old generation, kept each page's tree alive (html-page.ts).
    expect(Object.getPrototypeOf(loadPage('<p>One</p>')('p'))).toBe(Object.getPrototypeOf(loadPage('<p>Two</p>')('p')));
    expect(Object.getPrototypeOf(load('<p>One</p>')('p'))).not.toBe(Object.getPrototypeOf(load('<p>Two</p>')('p')));
  });

  it('cuts the tree from the document once the page is read', () => {
    const page = loadPage('<p>One</p>');
    releasePage(page);
    expect(page.document.children).toEqual([]);
  });
});
