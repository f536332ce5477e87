/**
 * Article text is data, never markup: an indexed article full of `<img onerror>`, `<script>` and
 * `<iframe>` shows them as words in the results and the entry view, and none of them runs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { andWait, openPage, visit, useServerAndBrowser } from './page-helpers.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'markup-in-text.txt');

const started = useServerAndBrowser({ files: [FIXTURE] });

/** Nothing the article's text pretends to be may exist as an element, and the traps stay unsprung. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await page.evaluate(() => (window as unknown as { __xssFired?: string }).__xssFired)).toBeUndefined();
  expect(await page.$$('main img, main script, main iframe, main b')).toHaveLength(0);
  expect(dialogs).toEqual([]);
}

describe('markup inside article text', () => {
  it('is shown as text in the results, highlighted or not, and never runs', async () => {
    const { page, dialogs } = await openPage(started.browser);
    await visit(page, started.server.url);
    const browsed = await page.$$eval('#hits > li', (hits) => hits.map((hit) => hit.textContent ?? ''));
    expect(browsed.join('\n')).toContain(`A reader posts <img src=x onerror="window.__xssFired = 'img'"> in the comments`);
    expect(browsed.join('\n')).toContain('after the <b>bold</b> incident & the <iframe src="javascript:alert(1)"> report.');
    expect(browsed.join('\n')).toContain(`we never run <script>window.__xssFired = 'script'</script> from readers`);
    const quote = await page.$eval('#hits .hit--quote', (hit) => ({ speaker: hit.querySelector('.hit__speaker')?.textContent, text: hit.querySelector('blockquote')?.textContent }));
    expect(quote.speaker).toBe('Dana Reyes');
    expect(quote.text).toBe(`we never run <script>window.__xssFired = 'script'</script> from readers`);
    await expectNothingRan(page, dialogs);

    await page.click('#q');
    await andWait(page, () => page.type('#q', 'onerror script'));
    const found = await page.$$eval('#hits > li', (hits) => hits.map((hit) => ({ text: hit.textContent ?? '', marks: [...hit.querySelectorAll('mark')].map((mark) => mark.textContent) })));
    expect(found.length).toBeGreaterThan(0);
    const marks = found.flatMap((hit) => hit.marks);
    expect(marks).toContain('script');
    expect(marks.some((mark) => mark?.startsWith('onerror'))).toBe(true);
    expect(found.map((hit) => hit.text).join('\n')).toContain(`<img src=x onerror="window.__xssFired = 'img'">`);
    await expectNothingRan(page, dialogs);
  });

  it('is shown as text in the entry view and never runs', async () => {
    const { page, dialogs } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?entry=markup-in-text-event-001`, 'entry');
    const text = await page.$eval('#entry-view', (view) => view.textContent ?? '');
    expect(text).toContain(`<img src=x onerror="window.__xssFired = 'img'">`);
    expect(await page.$eval('.entry__quotes blockquote', (quote) => quote.textContent)).toBe(`we never run <script>window.__xssFired = 'script'</script> from readers`);
    expect(await page.$eval('a.neighbour--next .neighbour__text', (next) => next.textContent)).toContain('<b>bold</b> incident & the <iframe');
    await expectNothingRan(page, dialogs);
  });
});
