/** The result list, the pager and the notices (empty, error) of the search view. */
import { h, highlighted, clear } from './dom.js';
import { documentDate, kindLabel, shortQuery } from './format.js';
import { searchWords, toUrl } from './state.js';

/** Why a date is marked "approx.": shown as text under the results and in the entry view, not only as a tooltip. */
export const APPROX_NOTE = 'approx.: the article gives no date here, so the entry takes the month of the entry before it.';

/**
 * A document's date as `<time>`, marked "approx." when the article gave no date of its own;
 * "Undated" when it has none, so undated items that a timeline order puts last are labelled.
 */
export function dateElement(doc, className) {
  const date = documentDate(doc);
  if (!date) return h('span', { className: `${className} ${className}--none` }, 'Undated');
  return h('span', { className }, h('time', { dateTime: date.datetime }, date.text), date.approximate ? h('span', { className: 'approx', title: APPROX_NOTE }, ' approx.') : null);
}

export const badge = (type) => h('span', { className: `badge badge--${type}` }, kindLabel(type));
export const entryHref = (id) => toUrl({ entry: id });
export const speakerElement = (doc, className) => h('span', { className: doc.speaker ? className : `${className} ${className}--unknown` }, doc.speaker ?? 'Speaker not attributed');
/** The words that attributed a quote, shown discreetly so a reader can judge the attribution. */
export const attribution = (doc, className) => doc.attribution && h('span', { className }, 'Attributed from ', h('q', {}, doc.attribution));

/** Which document a result is, in a few words: a list of twenty "Open entry" links tells nothing apart. */
function hitName(hit) {
  const date = documentDate(hit)?.text;
  if (hit.type === 'quote') return [hit.speaker ?? 'unattributed quote', date].filter(Boolean).join(', ');
  const name = [date, hit.section].filter(Boolean).join(', ');
  const words = hit.text.trim().split(/\s+/);
  return name || words.slice(0, 8).join(' ') + (words.length > 8 ? '…' : '');
}

/** The link's visible words stay short; the rest of its accessible name is visually hidden text. */
function foot(hit, id, label) {
  return h(
    'p',
    { className: 'hit__foot' },
    h('a', { className: 'hit__link', href: entryHref(id), 'data-nav': true }, label, h('span', { className: 'visually-hidden' }, ` — ${hitName(hit)}`)),
    h('span', { className: 'hit__source' }, hit.articleTitle),
  );
}

function hitBody(hit) {
  if (hit.type === 'quote') {
    return [
      h('div', { className: 'hit__meta' }, badge('quote')),
      h('h3', { className: 'hit__byline' }, speakerElement(hit, 'hit__speaker'), h('span', { className: 'hit__sep' }, ' · '), dateElement(hit, 'hit__date')),
      h('blockquote', { className: 'hit__quote' }, h('p', {}, highlighted(hit.highlight))),
      hit.attribution && h('p', { className: 'hit__attribution' }, attribution(hit)),
      foot(hit, hit.eventId ?? hit.id, hit.eventId ? 'See it in the timeline' : 'Open this quote'),
    ];
  }
  // Its kind, date and section are the result's heading, so every result can be reached by heading.
  return [
    h('h3', { className: 'hit__meta hit__heading' }, badge(hit.type), dateElement(hit, 'hit__date'), hit.section && h('span', { className: 'hit__section' }, hit.section)),
    h('p', { className: 'hit__text' }, highlighted(hit.highlight)),
    foot(hit, hit.id, hit.type === 'event' ? 'Open entry' : 'Open passage'),
  ];
}

/** @param {HTMLElement} note says what "approx." means; shown when a result carries it */
export function renderHits(list, hits, note) {
  clear(list).append(...hits.map((hit) => h('li', { className: `hit hit--${hit.type}`, 'data-id': hit.id }, h('article', { className: 'hit__body' }, hitBody(hit)))));
  note.textContent = APPROX_NOTE;
  note.hidden = !list.querySelector('.approx');
}

/** Page links with real hrefs: first, last and the pages around the current one. */
export function renderPager(nav, { page, totalPages }, state) {
  clear(nav);
  if (totalPages <= 1) return;
  const link = (n, label, extra) => h('a', { className: 'pager__link', href: toUrl({ ...state, page: n }), 'data-nav': 'page', ...extra }, label);
  const off = (label) => h('span', { className: 'pager__link pager__link--off', 'aria-hidden': 'true' }, label);
  nav.append(page > 1 ? link(page - 1, '← Previous', { rel: 'prev' }) : off('← Previous'));
  let last = 0;
  for (const n of [...new Set([1, page - 1, page, page + 1, totalPages])].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)) {
    if (n - last > 1) nav.append(h('span', { className: 'pager__gap', 'aria-hidden': 'true' }, '…'));
    nav.append(n === page ? h('span', { className: 'pager__link pager__link--current', 'aria-current': 'page' }, String(n)) : link(n, String(n), { 'aria-label': `Page ${n}` }));
    last = n;
  }
  nav.append(page < totalPages ? link(page + 1, 'Next →', { rel: 'next' }) : off('Next →'));
}

function notice(container, title, error, ...content) {
  clear(container).append(h('div', { className: error ? 'notice notice--error' : 'notice', role: error ? 'alert' : null }, h('h3', { className: 'notice__title' }, title), content));
}

/** No results: say so, and offer the way out (drop the filters, or try fewer words). */
export function renderEmpty(container, state, { onClearFilters, filtered }) {
  notice(
    container,
    searchWords(state) ? `Nothing matches “${shortQuery(state.q)}”` : 'Nothing matches these filters',
    false,
    filtered
      ? h('p', {}, 'The filters may be too narrow. ', h('button', { className: 'button button--link', type: 'button', onclick: onClearFilters }, 'Remove all filters'), ' and search again.')
      : h('p', {}, 'Try fewer or different words: a few distinctive words of a quote usually find it, even misspelt.'),
  );
}

/** The API could not answer: a clear message and a way to try again (or start over after a 400). */
export function renderError(container, error, { onRetry }) {
  const down = error.status === 0 || error.status >= 500;
  notice(
    container,
    down ? 'The search service is not answering' : 'That search could not be run',
    true,
    h('p', {}, down ? 'We could not reach the search engine just now. Your search is kept in the address bar; try again in a moment.' : error.message),
    down ? h('button', { className: 'button button--primary', type: 'button', onclick: onRetry }, 'Try again') : h('a', { className: 'button', href: '/', 'data-nav': true }, 'Start over'),
  );
}
