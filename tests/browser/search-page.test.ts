/**
 * The search page in a real browser against the real server and engine, over the seed article:
 * finding a half-remembered quote, filtering by month, sorting, the permalink view, keyboard use,
 * phones and dark mode.
 */
import { describe, expect, it } from 'vitest';
import { andWait, EVENT_JUL_27, openPage, resultDates, screenshot, searchParams, toggleFacet, visit, waitForView, useServerAndBrowser } from './page-helpers.ts';

const started = useServerAndBrowser();

describe('searching for a half-remembered quote', () => {
  it('finds who said it and when, highlights the match and keeps the query in the URL', async () => {
    const { page, problems } = await openPage(started.browser);
    await visit(page, started.server.url);
    await page.click('#q');
    await andWait(page, () => page.type('#q', 'rewarded mightly by the press'));

    expect(searchParams(page).get('q')).toBe('rewarded mightly by the press');
    const first = await page.$eval('#hits > li:first-child', (hit) => ({
      text: hit.textContent ?? '',
      date: hit.querySelector('.hit__date')?.textContent?.trim(),
      marks: [...hit.querySelectorAll('mark')].map((mark) => mark.textContent),
    }));
    expect(first.text).toContain('Donald Trump');
    expect(first.date).toBe('Jul 27, 2016');
    expect(first.marks).toContain('rewarded');

    // The quote itself carries its speaker and date prominently, and the evidence for them.
    const quote = await page.$eval('#hits .hit--quote', (hit) => ({
      speaker: hit.querySelector('.hit__speaker')?.textContent,
      date: hit.querySelector('.hit__date')?.textContent?.trim(),
      quote: hit.querySelector('blockquote')?.textContent,
      marks: hit.querySelectorAll('blockquote mark').length,
      attribution: hit.querySelector('.hit__attribution q')?.textContent,
      link: hit.querySelector<HTMLAnchorElement>('.hit__link')?.getAttribute('href'),
    }));
    expect(quote.speaker).toBe('Donald Trump');
    expect(quote.date).toBe('Jul 27, 2016');
    expect(quote.quote).toContain('rewarded mightily by our press');
    expect(quote.marks).toBeGreaterThan(0);
    expect(quote.attribution).toBe('Donald Trump calls on Russia to steal emails from Hillary Clinton.');
    expect(quote.link).toBe(`/?entry=${EVENT_JUL_27}`);
    expect(await page.$eval('#status', (status) => status.textContent)).toBe('2 results for “rewarded mightly by the press”');
    await screenshot(page, 'quote-result');
    expect(problems).toEqual([]);
  });

  it('searches on Enter and restores the query from the URL on reload', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url);
    await page.click('#q');
    await page.keyboard.type('Assange');
    await andWait(page, () => page.keyboard.press('Enter'));
    expect(searchParams(page).get('q')).toBe('Assange');
    const before = await page.$$eval('#hits > li', (hits) => hits.map((hit) => hit.getAttribute('data-id')));
    expect(before.length).toBeGreaterThan(0);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForView(page, 'results');
    expect(await page.$eval('#q', (input) => (input as HTMLInputElement).value)).toBe('Assange');
    expect(await page.$$eval('#hits > li', (hits) => hits.map((hit) => hit.getAttribute('data-id')))).toEqual(before);
  });

  it('never lets a slow, stale answer overwrite a newer one', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // Hold back the answer for "Podesta" so the later search for "Crowdstrike" answers first.
      if (request.url().includes('q=Podesta')) setTimeout(() => void request.continue().catch(() => {}), 1500);
      else void request.continue();
    });
    await page.evaluate(() => {
      history.pushState(null, '', '/?q=Podesta');
      dispatchEvent(new PopStateEvent('popstate'));
      history.pushState(null, '', '/?q=Crowdstrike');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitForView(page, 'results');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const texts = await page.$$eval('#hits > li', (hits) => hits.map((hit) => hit.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/Crowdstrike/i);
    expect(await page.$eval('#status', (status) => status.textContent)).toContain('Crowdstrike');
  });
});

describe('browsing the timeline', () => {
  it('shows the whole timeline in order when the query is empty, and sorts newest or oldest first', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url);
    expect((await resultDates(page))[0]).toBe('Jun 16, 2015');
    expect(await page.$eval('#sort', (select) => (select as HTMLSelectElement).value)).toBe('date:asc');
    expect(await page.$eval('#hits', (hits) => hits.textContent)).not.toMatch(/\b(undefined|null)\b/);
    // A month-only entry without a date of its own reads as its month, marked approximate.
    expect(await page.$eval('#hits > li:nth-child(2) .hit__date', (date) => date.textContent)).toBe('June 2015 approx.');
    await screenshot(page, 'results', true);

    await andWait(page, () => page.select('#sort', 'date:desc'));
    expect(searchParams(page).get('sort')).toBe('date:desc');
    expect((await resultDates(page))[0]).toMatch(/^Dec \d+, 2016|^December 2016/);

    await andWait(page, () => page.select('#sort', 'date:asc'));
    expect(searchParams(page).get('sort')).toBe('date:asc');
    expect((await resultDates(page))[0]).toBe('Jun 16, 2015');
  });

  it('draws a bar per month with the counts for the query, and a bar click filters to its month', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=wikileaks`);
    const bars = await page.$$eval('#strip-bars button', (buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    expect(bars[0]).toBe('June 2015: 0 results');
    expect(bars).toContain('July 2016: 3 results');
    expect(bars).toContain('October 2016: 13 results');

    await andWait(page, () => page.click('#strip-bars button[data-month="2016-10"]'));
    expect(searchParams(page).getAll('month')).toEqual(['2016-10']);
    expect(await page.$eval('#strip-bars button[data-month="2016-10"]', (bar) => bar.getAttribute('aria-pressed'))).toBe('true');
    const dates = await resultDates(page);
    expect(dates).toHaveLength(13);
    for (const date of dates) expect(date).toMatch(/^Oct \d+, 2016|^October 2016/);
  });

  it('filters by month from the facet, keeps it on reload, adds a second month and removes it by its chip', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url);
    await andWait(page, () => toggleFacet(page, 'Month', 'July 2016'));
    expect(searchParams(page).getAll('month')).toEqual(['2016-07']);
    const july = await resultDates(page);
    expect(july).toHaveLength(11);
    for (const date of july) expect(date).toMatch(/^Jul \d+, 2016|^July 2016/);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForView(page, 'results');
    expect(await resultDates(page)).toEqual(july);
    expect(await page.$eval('#chips .chip', (chip) => chip.textContent)).toBe('Month: July 2016×');

    await andWait(page, () => toggleFacet(page, 'Month', 'August 2016'));
    expect(searchParams(page).getAll('month')).toEqual(['2016-07', '2016-08']);
    const both = await resultDates(page);
    expect(both).toHaveLength(16);
    for (const date of both) expect(date).toMatch(/^(Jul|Aug) \d+, 2016/);
    expect(await page.$eval('#status', (status) => status.textContent)).toBe('16 results in timeline order');
    await screenshot(page, 'facets-selected');

    await andWait(page, () => page.click('#chips button[aria-label="Remove filter Month: August 2016"]'));
    expect(searchParams(page).getAll('month')).toEqual(['2016-07']);
    expect(await resultDates(page)).toEqual(july);

    // Back and forward replay the filters.
    await andWait(page, () => page.goBack());
    expect(searchParams(page).getAll('month')).toEqual(['2016-07', '2016-08']);
    expect(await resultDates(page)).toEqual(both);

    await andWait(page, () => page.click('#chips .chips__clear'));
    expect(searchParams(page).getAll('month')).toEqual([]);
    expect(await page.$$('#chips .chip')).toHaveLength(0);
  });

  it('says so when nothing matches and offers to drop the filters', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=Podesta&month=2015-06`, 'empty');
    expect(await page.$eval('#notice', (notice) => notice.textContent)).toContain('Nothing matches “Podesta”');
    await andWait(page, () => page.click('#notice button'));
    expect(searchParams(page).getAll('month')).toEqual([]);
    expect((await resultDates(page)).length).toBeGreaterThan(0);
  });

  it('pages through the results with links that survive a reload', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url);
    await andWait(page, () => page.click('#pager a[rel="next"]'));
    expect(searchParams(page).get('page')).toBe('2');
    expect(await page.$eval('#pager [aria-current="page"]', (current) => current.textContent)).toBe('2');
    expect(await page.$eval('#status', (status) => status.textContent)).toBe('74 results in timeline order · page 2 of 4');
    const secondPage = await resultDates(page);
    expect(secondPage[0]).not.toBe('Jun 16, 2015');

    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForView(page, 'results');
    expect(await resultDates(page)).toEqual(secondPage);
  });
});

describe('the permalink view of an entry', () => {
  it('shows the entry with its date, text, quotes and the entries before and after it', async () => {
    const { page, problems } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?entry=${EVENT_JUL_27}`, 'entry');
    const entry = await page.$eval('#entry-view', (view) => ({
      title: view.querySelector('h2')?.textContent,
      text: view.querySelector('.entry__text')?.textContent,
      quotes: [...view.querySelectorAll('.entry__quotes li')].map((quote) => ({
        speaker: quote.querySelector('.quote__speaker')?.textContent,
        text: quote.querySelector('blockquote')?.textContent,
      })),
      previous: view.querySelector('a.neighbour--prev .neighbour__date')?.textContent,
      next: view.querySelector('a.neighbour--next .neighbour__date')?.textContent,
    }));
    expect(entry.title).toBe('Jul 27, 2016');
    expect(entry.text).toContain('Donald Trump calls on Russia to steal emails from Hillary Clinton.');
    expect(entry.quotes).toHaveLength(1);
    expect(entry.quotes[0]!.speaker).toBe('Donald Trump');
    expect(entry.quotes[0]!.text).toContain('rewarded mightily by our press');
    expect(entry.previous).toBe('Jul 26, 2016');
    expect(entry.next).toBe('Aug 8, 2016');
    expect(await page.title()).toBe('Jul 27, 2016 — Timeline search');
    await screenshot(page, 'entry-view', true);

    await andWait(page, () => page.click('a.neighbour--next'), 'entry');
    expect(searchParams(page).get('entry')).toBe('trump-campaign-russia-timeline-event-018');
    expect(await page.$eval('#entry-heading', (heading) => heading.textContent)).toBe('Aug 8, 2016');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForView(page, 'entry');
    expect(await page.$eval('#entry-heading', (heading) => heading.textContent)).toBe('Aug 8, 2016');
    expect(problems).toEqual([]);
  });

  it('opens from a quote result and goes back to the same results', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?q=${encodeURIComponent('I love it')}`);
    const ids = await page.$$eval('#hits > li', (hits) => hits.map((hit) => hit.getAttribute('data-id')));
    await andWait(page, () => page.click('#hits .hit--quote .hit__link'), 'entry');
    expect(await page.$eval('#entry-heading', (heading) => heading.textContent)).toBe('Jun 3, 2016');
    expect(await page.$$eval('.entry__quotes .quote__speaker', (speakers) => speakers.map((speaker) => speaker.textContent))).toContain('Donald Trump Jr');

    await andWait(page, () => page.goBack());
    expect(searchParams(page).get('q')).toBe('I love it');
    expect(await page.$$eval('#hits > li', (hits) => hits.map((hit) => hit.getAttribute('data-id')))).toEqual(ids);
  });

  it('shows a quote with its speaker, the evidence and the timeline entry it stands in', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?entry=trump-campaign-russia-timeline-quote-010`, 'entry');
    const view = await page.$eval('#entry-view', (element) => ({
      title: element.querySelector('h2')?.textContent,
      speaker: element.querySelector('figure .quote__speaker')?.textContent,
      attribution: element.querySelector('figure .quote__attribution')?.textContent,
      event: element.querySelector('.entry__event')?.textContent,
      link: element.querySelector('.entry__event a')?.getAttribute('href'),
      text: element.textContent ?? '',
    }));
    expect(view.title).toBe('Donald Trump, Jul 27, 2016');
    expect(view.speaker).toBe('Donald Trump');
    expect(view.attribution).toBe('Attributed from Donald Trump calls on Russia to steal emails from Hillary Clinton.');
    expect(view.event).toContain('Donald Trump calls on Russia to steal emails');
    expect(view.link).toBe(`/?entry=${EVENT_JUL_27}`);
    expect(view.text).not.toMatch(/\b(false|null|undefined)\b/);
  });

  it('says so when the entry does not exist', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, `${started.server.url}/?entry=no-such-entry`, 'error');
    expect(await page.$eval('#entry-view [role="alert"]', (alert) => alert.textContent)).toContain('No such entry');
  });
});

describe('using the page', () => {
  it('runs the main flows without a console error', async () => {
    const { page, problems, dialogs } = await openPage(started.browser);
    await visit(page, started.server.url);
    await page.click('#q');
    await andWait(page, () => page.type('#q', 'Roger Stone'));
    await andWait(page, () => toggleFacet(page, 'Kind', 'Quotes'));
    await andWait(page, () => toggleFacet(page, 'Speaker', 'Roger Stone'));
    expect(await page.$$eval('#hits .hit__speaker', (speakers) => speakers.map((speaker) => speaker.textContent))).toEqual(['Roger Stone', 'Roger Stone']);
    await andWait(page, () => page.click('#hits .hit__link'), 'entry');
    await andWait(page, () => page.click('.entry__back a'));
    expect(searchParams(page).getAll('speaker')).toEqual(['Roger Stone']);
    await andWait(page, () => page.click('#home-link'));
    expect(page.url()).toBe(`${started.server.url}/`);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('can be used with the keyboard alone: the box, then the facets, then the results', async () => {
    const { page } = await openPage(started.browser);
    await visit(page, started.server.url);
    const reached: string[] = [];
    for (let step = 0; step < 80; step += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return '';
        if (element.id === 'q') return 'box';
        if (element.closest('#facets')) return 'facet';
        if (element.closest('#hits')) return 'result';
        return '';
      });
      if (where && !reached.includes(where)) reached.push(where);
      if (where === 'result') break;
    }
    expect(reached).toEqual(['box', 'facet', 'result']);

    // A facet toggles with the space bar, and focus stays on it after the results update.
    await page.focus('#facets input[type="checkbox"]');
    const key = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    await andWait(page, () => page.keyboard.press('Space'));
    expect(searchParams(page).getAll('type')).toEqual(['quote']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(key);
    expect(await page.$eval('#status', (status) => status.getAttribute('aria-live'))).toBe('polite');
    expect(await page.$eval('#status', (status) => status.textContent)).toBe('20 results in timeline order');
  });

  it('has no horizontal scroll on a 390 px wide phone', async () => {
    const { page } = await openPage(started.browser, { width: 390, height: 844 });
    for (const path of ['/', '/?q=clinton&month=2016-07', `/?entry=${EVENT_JUL_27}`]) {
      await visit(page, `${started.server.url}${path}`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
      expect(clientWidth).toBe(390);
    }
    await visit(page, `${started.server.url}/?q=clinton`);
    await screenshot(page, 'mobile');
  });

  it('follows a dark colour scheme', async () => {
    const { page } = await openPage(started.browser, { colorScheme: 'dark' });
    await visit(page, `${started.server.url}/?q=emails`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(120);
    await screenshot(page, 'dark-mode');
  });
});
