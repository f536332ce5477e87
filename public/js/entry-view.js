/**
 * The permalink view of one document (`/?entry=<id>`): an event with its text, its quotes and the
 * entries before and after it; a quote with its speaker and the event it stands in; a passage.
 */
import { h, clear } from './dom.js';
import { documentDate, kindLabel } from './format.js';
import { toUrl, emptyState } from './state.js';
import { APPROX_NOTE, attribution, badge, entryHref, speakerElement } from './render-results.js';

const paragraphs = (text) => h('div', { className: 'entry__text' }, text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => h('p', {}, p.trim())));

function quoteFigure(quote) {
  return h(
    'figure',
    { className: 'quote' },
    h('blockquote', { className: 'quote__text' }, h('p', {}, quote.text)),
    h('figcaption', { className: 'quote__caption' }, speakerElement(quote, 'quote__speaker'), attribution(quote, 'quote__attribution')),
  );
}

function section(id, title, ...content) {
  return h('section', { className: 'entry__section', 'aria-labelledby': id }, h('h3', { className: 'entry__subhead', id }, title), content);
}

function neighbour(doc, rel) {
  if (!doc) return h('span', { className: 'neighbour neighbour--none' }, rel === 'prev' ? 'This is the first entry' : 'This is the last entry');
  const date = documentDate(doc);
  return h(
    'a',
    { className: `neighbour neighbour--${rel}`, href: entryHref(doc.id), rel, 'data-nav': true },
    h('span', { className: 'neighbour__label' }, rel === 'prev' ? '← Earlier entry' : 'Later entry →'),
    date && h('span', { className: 'neighbour__date' }, date.text + (date.approximate ? ' (approx.)' : '')),
    h('span', { className: 'neighbour__text' }, doc.text.split(/\n\s*\n/)[0]),
  );
}

/** The document in plain words, for the heading and the tab title. */
function entryTitle(doc) {
  const date = documentDate(doc);
  if (doc.type === 'quote') return `${doc.speaker ?? 'Unattributed quote'}${date ? `, ${date.text}` : ''}`;
  return date?.text ?? doc.section ?? kindLabel(doc.type);
}

/** Renders `GET /api/documents/:id`'s answer; returns the title. */
export function renderEntry(container, data, { backHref, backLabel }) {
  const doc = data.document;
  const date = documentDate(doc);
  const title = entryTitle(doc);
  let body;
  if (doc.type === 'quote') {
    body = [
      quoteFigure(doc),
      data.event && section('entry-event', 'The timeline entry', h('div', { className: 'entry__event' }, paragraphs(data.event.text), h('a', { href: entryHref(data.event.id), 'data-nav': true }, 'Open the whole entry'))),
    ];
  } else {
    const quotes = data.quotes ?? [];
    body = [
      paragraphs(doc.text),
      doc.type === 'event' && section('entry-quotes', quotes.length ? `Quotes in this entry (${quotes.length})` : 'No attributed quotes in this entry', quotes.length > 0 && h('ul', { className: 'entry__quotes' }, quotes.map((quote) => h('li', {}, quoteFigure(quote))))),
    ];
  }
  clear(container).append(
    h('p', { className: 'entry__back' }, h('a', { href: backHref, 'data-nav': 'back' }, `← ${backLabel}`)),
    h(
      'article',
      { className: `entry__card entry__card--${doc.type}` },
      // The article's title leads to its own timeline, the other articles of the index left out.
      h('p', { className: 'entry__kicker' }, badge(doc.type), h('a', { className: 'entry__article', href: toUrl({ ...emptyState(), article: [doc.article] }), 'data-nav': true }, doc.articleTitle)),
      h('h2', { className: 'entry__title', id: 'entry-heading', tabIndex: -1 }, doc.type !== 'quote' && date ? h('time', { dateTime: date.datetime }, title) : title, date?.approximate && h('span', { className: 'approx' }, ' approx.')),
      date?.approximate && h('p', { className: 'approx-note' }, APPROX_NOTE),
      body,
    ),
    doc.type === 'event' ? h('nav', { className: 'entry__neighbours', 'aria-label': 'Neighbouring entries' }, neighbour(data.previous, 'prev'), neighbour(data.next, 'next')) : '',
  );
  return title;
}

/** The document could not be shown: unknown id, or the API is down (then offer a retry). */
export function renderEntryError(container, error, { backHref, onRetry }) {
  const missing = error.status === 404;
  clear(container).append(
    h('p', { className: 'entry__back' }, h('a', { href: backHref, 'data-nav': 'back' }, '← Back to search')),
    h(
      'div',
      { className: 'notice notice--error', role: 'alert' },
      h('h2', { className: 'notice__title', id: 'entry-heading', tabIndex: -1 }, missing ? 'No such entry' : 'The search service is not answering'),
      h('p', {}, missing ? 'This link points to an entry that is not in the index.' : 'We could not load this entry just now. Try again in a moment.'),
      !missing && h('button', { className: 'button button--primary', type: 'button', onclick: onRetry }, 'Try again'),
    ),
  );
}
