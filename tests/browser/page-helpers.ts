/**
 * Shared plumbing for the browser tests: a real headless Chromium (one per test file), pages
 * that record console errors, waits keyed on the page's own `data-view`, and screenshots.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

/** The seed article's entry of Jul 27, 2016 (`Russia, if you're listening`), which the tests open. */
export const EVENT_JUL_27 = 'trump-campaign-russia-timeline-event-017';

export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'artifacts', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await chromium.executablePath(),
    args: [...chromium.args, '--no-sandbox'],
    headless: true,
  });
}

/**
 * The server (with the seed article, or the given files) and a browser for one test file: started
 * before its tests, closed after them. Read `server` and `browser` inside the tests.
 */
export function useServerAndBrowser(options?: Parameters<typeof startTestServer>[0]): { server: TestServer; browser: Browser } {
  const started = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [started.server, started.browser] = await Promise.all([startTestServer(options), launchBrowser()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return started;
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and dialogs (alert, confirm…) seen so far. */
  problems: string[];
  dialogs: string[];
}

export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<WatchedPage> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.setViewport({ width: options.width ?? 1280, height: options.height ?? 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.colorScheme ?? 'light' }]);
  return { page, problems, dialogs };
}

/** Waits until the page has finished showing `view` (results, empty, error, entry) for the current URL. */
export async function waitForView(page: Page, view: string | string[], timeout = 10_000): Promise<void> {
  const views = Array.isArray(view) ? view : [view];
  await page.waitForFunction((wanted: string[]) => wanted.includes(document.body.getAttribute('data-view') ?? ''), { timeout }, views);
}

/** Opens a path of the app and waits for its first view. */
export async function visit(page: Page, url: string, view: string | string[] = ['results', 'empty', 'error', 'entry']) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForView(page, view);
}

/** Runs an action that changes the URL, then waits for the page to show the new state. */
export async function andWait(page: Page, action: () => Promise<unknown>, view: string | string[] = ['results', 'empty']) {
  const before = await page.evaluate(() => location.href);
  await action();
  await page.waitForFunction((old: string) => location.href !== old, { timeout: 10_000 }, before);
  await waitForView(page, view);
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The visible text of every result's date. */
export function resultDates(page: Page): Promise<string[]> {
  return page.$$eval('#hits .hit__date', (elements) => elements.map((element) => element.textContent?.trim() ?? ''));
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Clicks the checkbox of one facet value, found by its visible label. */
export async function toggleFacet(page: Page, legend: string, label: string): Promise<void> {
  const id = await page.evaluate(
    (legendText: string, labelText: string) => {
      for (const fieldset of document.querySelectorAll('#facets fieldset')) {
        if (fieldset.querySelector('legend')?.textContent !== legendText) continue;
        for (const item of fieldset.querySelectorAll('label')) {
          if (item.querySelector('.facet__name')?.textContent === labelText) return item.htmlFor;
        }
      }
      return null;
    },
    legend,
    label,
  );
  if (!id) throw new Error(`No facet value "${label}" under "${legend}"`);
  await page.click(`#${id}`);
}
