/**
 * An index of several articles: an entry's article title leads to that article's timeline alone,
 * shown as a chip that says which article, and a shared link with `?article=` keeps to it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../helpers/start-test-server.ts';
import { andWait, openPage, searchParams, visit, useServerAndBrowser } from './page-helpers.ts';

const SECOND_ARTICLE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'markup-in-text.txt');
const SECOND_TITLE = 'The Markup Test Timeline';
const SEED_TITLE = 'The Trump Campaign and Documents Stolen by Russia';

const started = useServerAndBrowser({ files: [SEED_ARTICLE, SECOND_ARTICLE] });

const sources = (page: Parameters<typeof searchParams>[0]) => page.$$eval('#hits .hit__source', (titles) => [...new Set(titles.map((title) => title.textContent))]);

describe('an index of several articles', () => {
  it('goes from an entry to its article’s timeline alone, and back to every article by the chip', async () => {
    const { page, problems } = await openPage(started.browser);
    await visit(page, started.server.url, 'results');
    expect(await sources(page)).toContain(SEED_TITLE);

    await visit(page, `${started.server.url}/?entry=markup-in-text-event-001`, 'entry');
    expect(await page.$eval('#entry-view a.entry__article', (link) => link.textContent)).toBe(SECOND_TITLE);
    await andWait(page, () => page.click('#entry-view a.entry__article'), 'results');
    expect(searchParams(page).getAll('article')).toEqual(['markup-in-text']);
    expect(await sources(page)).toEqual([SECOND_TITLE]);
    expect(await page.$$eval('#chips .chip', (chips) => chips.map((chip) => chip.textContent))).toEqual([`Article: ${SECOND_TITLE}×`]);

    await andWait(page, () => page.click('#chips .chip'), 'results');
    expect(searchParams(page).getAll('article')).toEqual([]);
    expect(await sources(page)).toContain(SEED_TITLE);
    expect(problems).toEqual([]);
  });

  it('keeps to the article a shared link names, and says so when it is unknown', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=emails&article=trump-campaign-russia-timeline`, 'results');
    expect(await sources(page)).toEqual([SEED_TITLE]);
    expect(await page.$eval('#chips .chip', (chip) => chip.getAttribute('aria-label'))).toBe(`Remove filter Article: ${SEED_TITLE}`);

    await visit(page, `${started.server.url}/?article=no-such-article`, 'empty');
    expect(await page.$eval('#chips .chip', (chip) => chip.textContent)).toBe('Article: no-such-article×');
  });
});
