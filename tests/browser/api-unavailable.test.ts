/**
 * When the search engine is down the API answers 503; the page must say so plainly and offer a
 * retry, never fail silently or show an empty list as if nothing matched.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';
import { launchBrowser, openPage, screenshot, visit, waitForView } from './page-helpers.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ engineHost: 'http://127.0.0.1:1' }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The status of every search the page makes from now on, in order. */
function searchStatuses(page: Page): string[] {
  const statuses: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/search')) statuses.push(String(response.status()));
  });
  return statuses;
}

describe('with the search engine unreachable', () => {
  it('says the service is not answering, with a button that tries again', async () => {
    const { page } = await openPage(browser);
    const searches = searchStatuses(page);
    await visit(page, `${server.url}/?q=emails`, 'error');
    const alert = await page.$eval('#notice [role="alert"]', (element) => ({
      title: element.querySelector('h3')?.textContent,
      visible: (element as HTMLElement).offsetHeight > 0,
      button: element.querySelector('button')?.textContent,
    }));
    expect(alert).toEqual({ title: 'The search service is not answering', visible: true, button: 'Try again' });
    expect(await page.$$('#hits > li')).toHaveLength(0);
    expect(await page.$eval('#status', (status) => status.textContent)).toBe('The search could not be completed.');
    expect(searches).toContain('503');
    // The query is kept, so trying again asks for the same thing.
    expect(await page.$eval('#q', (input) => (input as HTMLInputElement).value)).toBe('emails');
    await screenshot(page, 'error-state');

    const before = searches.length;
    await page.click('#notice button');
    await vi.waitFor(() => expect(searches.length).toBeGreaterThan(before), { timeout: 10_000 });
    await waitForView(page, 'error');
    expect(await page.$eval('#notice [role="alert"] h3', (title) => title.textContent)).toBe('The search service is not answering');
    // The reader's place is kept: focus on the new "Try again", not lost to the page's body.
    await vi.waitFor(async () => expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Try again'), { timeout: 5_000 });
  });

  it('asks again by itself after the API’s Retry-After, while the page shows the error', async () => {
    const { page } = await openPage(browser);
    const searches = searchStatuses(page);
    await visit(page, `${server.url}/?q=emails`, 'error');
    const before = searches.length;
    await vi.waitFor(() => expect(searches.length).toBeGreaterThan(before), { timeout: 9_000, interval: 250 });
  });

  it('says so in the entry view too', async () => {
    const { page } = await openPage(browser);
    await visit(page, `${server.url}/?entry=trump-campaign-russia-timeline-event-017`, 'error');
    expect(await page.$eval('#entry-view [role="alert"]', (alert) => alert.textContent)).toContain('The search service is not answering');
    expect(await page.$eval('#entry-view [role="alert"] button', (button) => button.textContent)).toBe('Try again');
  });
});
