/**
 * The refine panel (kind, month, speaker: checkboxes with counts) and the selected filters as
 * removable chips, the article included (it has no list in the panel). The API's counts are
 * disjunctive: a facet's counts ignore its own selection, so ticking a second month shows what it
 * would add.
 */
import { h, clear } from './dom.js';
import { kindLabel, monthLabel } from './format.js';

const TYPES = ['quote', 'event', 'passage'];
const GROUPS = [
  { name: 'type', legend: 'Kind', label: (value) => kindLabel(value, true), order: (a, b) => TYPES.indexOf(a) - TYPES.indexOf(b), limit: 9 },
  { name: 'month', legend: 'Month', label: monthLabel, order: (a, b) => (a < b ? -1 : 1), limit: 12 },
  { name: 'speaker', legend: 'Speaker', label: (value) => value, order: null, limit: 8 },
];
/** Article titles by slug, as the results and entries show them, for the article's chip. */
const articleTitles = new Map();
const CHIP_GROUPS = [...GROUPS, { name: 'article', legend: 'Article', label: (value) => articleTitles.get(value) ?? value }];

/** Notes the titles of the articles of these documents, for the chip of an article filter. */
export function learnArticleTitles(documents) {
  for (const doc of documents) if (doc?.article && doc.articleTitle) articleTitles.set(doc.article, doc.articleTitle);
}
/** Groups the reader opened with "show all", kept across re-renders. */
const expanded = new Set();

/**
 * Re-rendering replaces the checkboxes, so the one that had focus gets it back.
 * @param {(name: string, values: string[]) => void} onChange
 */
export function renderFacets(container, facets, state, onChange) {
  const focusKey = container.contains(document.activeElement) ? document.activeElement.dataset.key : null;
  clear(container);
  for (const group of GROUPS) {
    const counts = facets?.[group.name] ?? {};
    const selected = state[group.name];
    // Selected values stay listed (with 0) so they can be unticked; speakers go by count.
    const values = [...new Set([...Object.keys(counts), ...selected])].sort(group.order ?? ((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b)));
    if (values.length === 0) continue;
    const open = expanded.has(group.name);
    const list = h('ul', { className: 'facet__list' });
    values.forEach((value, index) => {
      const checked = selected.includes(value);
      if (!open && index >= group.limit && !checked) return;
      const id = `facet-${group.name}-${index}`;
      const n = counts[value] ?? 0;
      list.append(
        h(
          'li',
          { className: n === 0 && !checked ? 'facet__item facet__item--empty' : 'facet__item' },
          h('input', { type: 'checkbox', id, checked, className: 'facet__input', 'data-key': `${group.name}:${value}`, onchange: () => onChange(group.name, checked ? selected.filter((item) => item !== value) : [...selected, value]) }),
          h('label', { for: id, className: 'facet__label' }, h('span', { className: 'facet__name' }, group.label(value)), h('span', { className: 'facet__count' }, n.toLocaleString('en-US'))),
        ),
      );
    });
    const more =
      values.length > group.limit &&
      h(
        'button',
        {
          type: 'button',
          className: 'button button--link facet__more',
          'aria-expanded': String(open),
          'data-key': `${group.name}:more`,
          onclick: () => {
            expanded[open ? 'delete' : 'add'](group.name);
            renderFacets(container, facets, state, onChange);
          },
        },
        open ? 'Show fewer' : `Show all ${values.length}`,
      );
    container.append(h('fieldset', { className: `facet facet--${group.name}` }, h('legend', { className: 'facet__legend' }, group.legend), list, more));
  }
  if (focusKey) [...container.querySelectorAll('[data-key]')].find((element) => element.dataset.key === focusKey)?.focus();
}

/**
 * Selected filters as chips, each a button that removes it, and "clear all".
 * @param {(name: string | null, value?: string) => void} onRemove name null clears every filter
 */
export function renderChips(container, state, onRemove) {
  const chips = CHIP_GROUPS.flatMap((group) =>
    state[group.name].map((value) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', className: 'chip', 'aria-label': `Remove filter ${group.legend}: ${group.label(value)}`, onclick: () => onRemove(group.name, value) },
          h('span', { className: 'chip__group' }, `${group.legend}: `),
          group.label(value),
          h('span', { className: 'chip__x', 'aria-hidden': 'true' }, '×'),
        ),
      ),
    ),
  );
  clear(container);
  if (chips.length) container.append(h('ul', { className: 'chips__list', 'aria-label': 'Active filters' }, chips), h('button', { type: 'button', className: 'button button--link chips__clear', onclick: () => onRemove(null) }, 'Clear all'));
}

/** The search failed: the last answer's counts are gone too, so nobody reads them as this search's. */
export function renderFacetsUnavailable(container) {
  clear(container).append(h('p', { className: 'facet__unavailable' }, 'Counts are not available: the search could not be completed.'));
}
