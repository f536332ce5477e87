/**
 * What a reader meets off the happy path, over the seed article: a search that fails after one
 * that worked, going back from an entry, the skip link, what a screen reader announces, and
 * queries or URLs the page must not take at face value.
 */
import type { Page, SerializedAXNode } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { andWait, EVENT_JUL_27, openPage, searchParams, visit, useServerAndBrowser } from './page-helpers.ts';

const started = useServerAndBrowser();

/**
 * Every heading in the accessibility tree, as a screen reader's heading list shows them (the
 * whole tree: puppeteer's "interesting only" one leaves out a heading that holds a link).
 */
async function headings(page: Page): Promise<Array<{ level: number | undefined; name: string | undefined }>> {
  const found: Array<{ level: number | undefined; name: string | undefined }> = [];
  const walk = (node: SerializedAXNode) => {
    if (node.role === 'heading') found.push({ level: node.level, name: node.name });
    node.children?.forEach(walk);
  };
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  if (tree) walk(tree);
  return found;
}

/** The accessible name of each element the selector finds. */
async function accessibleNames(page: Page, selector: string): Promise<string[]> {
  const names: string[] = [];
  for (const element of await page.$$(selector)) {
    names.push((await page.accessibility.snapshot({ root: element, interestingOnly: false }))?.name ?? '');
  }
  return names;
}

const focusedHitId = (page: Page) => page.evaluate(() => (document.activeElement?.matches('.hit__link') ? document.activeElement.closest('.hit')?.getAttribute('data-id') : null) ?? null);
const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent ?? '');

describe('a search that fails after one that worked', () => {
  it('drops the previous counts from the refine panel and the month chart', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=assange`, 'results');
    await page.waitForSelector('#strip:not([hidden])');
    expect((await page.$$('#facets .facet__count')).length).toBeGreaterThan(0);

    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().includes('/api/search')) return void request.continue();
      void request.respond({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'ENGINE_UNAVAILABLE', message: 'The search engine is not answering.' } }) });
    });
    await page.click('#q', { count: 3 });
    await page.keyboard.type('roger stone');
    await andWait(page, () => page.keyboard.press('Enter'), 'error');

    expect(await text(page, '#notice [role="alert"] h3')).toBe('The search service is not answering');
    expect(await page.$$('#facets .facet__count')).toHaveLength(0);
    expect(await text(page, '#facets')).toBe('Counts are not available: the search could not be completed.');
    expect(await page.$eval('#strip', (strip) => (strip as HTMLElement).hidden)).toBe(true);
  });
});

describe('going back from an entry', () => {
  it('"Back to results" is the browser\'s Back: no new history step, the same place, focus on the result opened', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?page=2`, 'results');
    const opened = await page.$eval('#hits > li:nth-child(15)', (hit) => {
      hit.scrollIntoView({ block: 'center' });
      return hit.getAttribute('data-id');
    });
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await andWait(page, () => page.click('#hits > li:nth-child(15) .hit__link'), 'entry');
    const length = await page.evaluate(() => history.length);

    expect(await text(page, '.entry__back a')).toBe('← Back to results');
    await andWait(page, () => page.click('.entry__back a'));
    expect(searchParams(page).get('page')).toBe('2');
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(await focusedHitId(page)).toBe(opened);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);

    // Forward leads to the entry again: the link went back rather than adding a step.
    await andWait(page, () => page.goForward(), 'entry');
    // After a walk to a neighbouring entry it still goes back to the search, and adds no step.
    await andWait(page, () => page.click('a.neighbour--next'), 'entry');
    const walked = await page.evaluate(() => history.length);
    await andWait(page, () => page.click('.entry__back a'));
    expect(searchParams(page).get('page')).toBe('2');
    expect(await page.evaluate(() => history.length)).toBe(walked);
  });

  it('the browser\'s Back puts focus back on the result that was opened', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=wikileaks`, 'results');
    const opened = await page.$eval('#hits > li:nth-child(3)', (hit) => hit.getAttribute('data-id'));
    await andWait(page, () => page.click('#hits > li:nth-child(3) .hit__link'), 'entry');
    await andWait(page, () => page.goBack());
    expect(await focusedHitId(page)).toBe(opened);
  });

  it('an entry opened from a shared link that carries its search leads back to that search', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=wikileaks&entry=${EVENT_JUL_27}`, 'entry');
    const back = await page.$eval('.entry__back a', (link) => ({ text: link.textContent, href: link.getAttribute('href') }));
    expect(back).toEqual({ text: '← Back to results', href: '/?q=wikileaks' });
    await andWait(page, () => page.click('.entry__back a'));
    expect(searchParams(page).get('q')).toBe('wikileaks');
  });

  it('an entry opened from a shared link leads to the timeline and focuses its heading', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?entry=${EVENT_JUL_27}`, 'entry');
    expect(await text(page, '.entry__back a')).toBe('← Browse the whole timeline');
    await andWait(page, () => page.click('.entry__back a'));
    expect(page.url()).toBe(`${started.server.url}/`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
  });
});

describe('the skip link', () => {
  it('moves focus to the results without a history step or another search', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=assange`, 'results');
    const searches: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/search')) searches.push(request.url());
    });
    const [url, length] = [page.url(), await page.evaluate(() => history.length)];
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(searches).toEqual([]);
  });

  it('moves focus to the entry in the entry view', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?entry=${EVENT_JUL_27}`, 'entry');
    expect(await text(page, '.skip-link')).toBe('Skip to the entry');
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'entry-heading');
    expect(page.url()).toBe(`${started.server.url}/?entry=${EVENT_JUL_27}`);
    expect(await page.evaluate(() => document.body.getAttribute('data-view'))).toBe('entry');
  });
});

describe('a link’s speaker in another case', () => {
  it('takes the index’s spelling: one speaker ticked, with its count, and the link replaced', async () => {
    const { page } = await openPage(started.browser);
    const length = await page.evaluate(() => history.length);
    await visit(page, `${started.server.url}/?speaker=donald+trump`, 'results');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('speaker') === 'Donald Trump');
    const ticked = await page.$$eval('.facet--speaker .facet__input:checked', (inputs) => inputs.map((input) => (input as HTMLElement).dataset['key']));
    expect(ticked).toEqual(['speaker:Donald Trump']);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
  });
});

describe('the sort list', () => {
  it('arrowed through, option by option, is one history step', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=wikileaks`, 'results');
    const length = await page.evaluate(() => history.length);
    await page.focus('#sort');
    await andWait(page, () => page.keyboard.press('ArrowDown'));
    await andWait(page, () => page.keyboard.press('ArrowDown'));
    expect(searchParams(page).get('sort')).toBe('date:desc');
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    await andWait(page, () => page.goBack());
    expect(searchParams(page).get('sort')).toBeNull();
  });
});

describe('the month strip', () => {
  it('is one tab stop, its months reached with the arrow keys, Home and End', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=wikileaks`, 'results');
    await page.waitForSelector('#strip:not([hidden])');
    const stops = await page.$$eval('#strip-bars button', (bars) => bars.filter((bar) => (bar as HTMLButtonElement).tabIndex === 0).length);
    expect(stops).toBe(1);
    const focusedMonth = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['month'] ?? null);
    const months = await page.$$eval('#strip-bars button', (bars) => bars.map((bar) => (bar as HTMLElement).dataset['month']));
    await page.focus('#strip-bars button[tabindex="0"]');
    expect(await focusedMonth()).toBe(months[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedMonth()).toBe(months[1]);
    await page.keyboard.press('End');
    expect(await focusedMonth()).toBe(months.at(-1));
    // Tab leaves the strip at once, for the next control after it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filters-toggle');
  });
});

describe('what a screen reader finds', () => {
  it('one h1, a Refine heading, and a heading for every result', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url, 'results');
    const found = await headings(page);
    expect(found.filter((heading) => heading.level === 1)).toEqual([{ level: 1, name: 'Timeline search' }]);
    // Chrome's names follow text-transform: the panel's small capitals read REFINE.
    expect(found.filter((heading) => heading.level === 2).map((heading) => heading.name?.toLowerCase())).toContain('refine');
    expect(found).toContainEqual({ level: 2, name: 'The timeline' });
    expect(await page.$$eval('#hits > li', (hits) => hits.filter((hit) => !hit.querySelector('h3')).length)).toBe(0);
    expect(found.filter((heading) => heading.level === 3).length).toBeGreaterThanOrEqual(20);
  });

  it('names each result link after the entry it opens', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url, 'results');
    const browsed = await accessibleNames(page, '#hits .hit__link');
    expect(browsed[0]).toBe('Open entry — Jun 16, 2015');
    expect(new Set(browsed).size).toBeGreaterThan(browsed.length * 0.75);

    await visit(page, `${started.server.url}/?q=${encodeURIComponent('rewarded mightly by the press')}`, 'results');
    expect(await accessibleNames(page, '#hits .hit--quote .hit__link')).toContain('See it in the timeline — Donald Trump, Jul 27, 2016');
    // What the link shows stays short: the rest of its name takes no room on screen.
    const hidden = await page.$eval('#hits .hit--quote .hit__link .visually-hidden', (span) => {
      const { width, height } = span.getBoundingClientRect();
      return { width, height };
    });
    expect(hidden.width * hidden.height).toBeLessThanOrEqual(1);
  });

  it('folds the refine panel on a phone behind a button that says whether it is open', async () => {
    const { page } = await openPage(started.browser, { width: 390, height: 844 });
    await visit(page, started.server.url, 'results');
    expect(await page.$eval('#filters-toggle', (button) => button.getAttribute('aria-expanded'))).toBe('false');
    expect(await page.$eval('#filters-body', (body) => (body as HTMLElement).offsetHeight)).toBe(0);
    // No arrow in its name, and not in capitals (small caps are drawn, not said).
    expect(await accessibleNames(page, '#filters-toggle')).toEqual(['Refine']);
    await page.click('#filters-toggle');
    expect(await page.$eval('#filters-toggle', (button) => button.getAttribute('aria-expanded'))).toBe('true');
    expect(await page.$eval('#filters-body', (body) => (body as HTMLElement).offsetHeight)).toBeGreaterThan(0);
  });

  it('gives each month of the strip a target of 24 px on a phone and on a desktop', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      const { page } = await openPage(started.browser, viewport);
      await visit(page, started.server.url, 'results');
      await page.waitForSelector('#strip:not([hidden]) button.strip__slot');
      const slots = await page.$$eval('#strip button.strip__slot', (buttons) => buttons.map((button) => button.getBoundingClientRect()).map(({ left, width, height }) => ({ left, width, height })));
      expect(slots.length, `${viewport.width} px`).toBeGreaterThan(5);
      // WCAG 2.5.8: at least 24 by 24 px, or 24 px from the next target's centre.
      for (const [index, slot] of slots.entries()) {
        expect(slot.height).toBeGreaterThanOrEqual(24);
        if (index > 0) expect(slot.left + slot.width / 2 - (slots[index - 1]!.left + slots[index - 1]!.width / 2), `${viewport.width} px, month ${index}`).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it('reads its small-capital labels as written, not spelt out in capitals', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=rewarded`, 'results');
    expect(await accessibleNames(page, '.filters__heading')).toEqual(['Refine']);
    // innerText is the text as drawn, after any text-transform: each label keeps its small letters.
    const drawn = await page.$$eval('.filters__heading, .strip__title, .badge', (elements) => elements.map((element) => (element as HTMLElement).innerText));
    expect(drawn.length).toBeGreaterThan(2);
    expect(drawn.filter((label) => !/\p{Ll}/u.test(label))).toEqual([]);
  });

  it('explains "approx." in text anyone can reach, not only a tooltip', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url, 'results');
    const note = await page.$eval('#approx-note', (element) => ({ text: element.textContent, visible: (element as HTMLElement).offsetHeight > 0 }));
    expect(note).toEqual({ text: 'approx.: the article gives no date here, so the entry takes the month of the entry before it.', visible: true });

    const approximate = await page.$eval('#hits > li:nth-child(2)', (hit) => hit.getAttribute('data-id'));
    await andWait(page, () => page.click('#hits > li:nth-child(2) .hit__link'), 'entry');
    expect(searchParams(page).get('entry')).toBe(approximate);
    expect(await page.$eval('#entry-view .approx-note', (element) => (element as HTMLElement).offsetHeight > 0 && element.textContent)).toContain('the month of the entry before');

    // A page with no approximate date has no note.
    await visit(page, `${started.server.url}/?q=rewarded`, 'results');
    expect(await page.$eval('#approx-note', (element) => (element as HTMLElement).hidden)).toBe(true);
  });
});

describe('queries and URLs the page must not take at face value', () => {
  it('shows an invalid month in the URL as written, with the API\'s error', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?month=2016-13`, 'error');
    expect(await text(page, '#chips .chip')).toBe('Month: 2016-13×');
    expect(await text(page, '#notice [role="alert"]')).toMatch(/^That search could not be run.*month.*YYYY-MM/);
    // The chip removes it, as any filter.
    await andWait(page, () => page.click('#chips .chip'), 'results');
    expect(searchParams(page).getAll('month')).toEqual([]);
  });

  it('browses the timeline when the query has no words', async () => {
    const { page } = await openPage(started.browser);
    for (const query of ['"', '“”', '*', '   ']) {
      await visit(page, `${started.server.url}/?q=${encodeURIComponent(query)}`, 'results');
      expect(await text(page, '#status'), query).toBe('74 results in timeline order · page 1 of 4');
      expect(await text(page, '#results-heading')).toBe('The timeline');
      expect(await page.title()).toBe('Timeline search');
      expect(await text(page, '#hits > li:first-child .hit__date')).toBe('Jun 16, 2015');
    }
  });

  it('repeats a long query shortened in the status line, the chart note and the tab title', async () => {
    const { page } = await openPage(started.browser);
    const query = 'wikileaks emails '.repeat(29).trim();
    expect(query.length).toBeGreaterThan(480);
    await visit(page, `${started.server.url}/?q=${encodeURIComponent(query)}`, ['results', 'empty']);
    const status = await text(page, '#status');
    expect(status).toMatch(/^\d+ results? for “wikileaks emails wikileaks [a-z ]*…”( · page 1 of \d+)?$/);
    expect(status.length).toBeLessThan(100);
    expect((await text(page, '#strip-note')).length).toBeLessThan(130);
    expect(await text(page, '#strip-note')).toContain('…”');
    expect((await page.title()).length).toBeLessThan(100);
    // The box keeps the whole query.
    expect(await page.$eval('#q', (input) => (input as HTMLInputElement).value)).toBe(query);
  });
});

describe('undated items', () => {
  it('are labelled "Undated" where the timeline order puts them, after the last month', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?page=3`, 'results');
    const dates = await page.$$eval('#hits > li', (hits) => hits.map((hit) => hit.querySelector('.hit__date')?.textContent ?? null));
    expect(dates).not.toContain(null);
    // The last months first, then the undated ones, each saying so.
    expect(dates[0]).toMatch(/2016/);
    expect(dates.at(-1)).toBe('Undated');
    expect(dates.slice(dates.indexOf('Undated')).every((date) => date === 'Undated')).toBe(true);
  });
});
