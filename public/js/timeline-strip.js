/**
 * The timeline strip: every month from the corpus's first to its last. A pale bar is the whole
 * corpus, the dark bar in front of it the current query's count (the month facet); months the
 * corpus never mentions stay empty, so time reads true. Clicking a bar filters to that month.
 */
import { h, clear } from './dom.js';
import { count, monthLabel, monthRange } from './format.js';

/**
 * @param {Record<string, number>} corpus entries per month in the whole corpus
 * @param {Record<string, number>} counts the month facet of the current query
 * @returns {boolean} whether there was anything to draw
 */
export function renderStrip(container, corpus, counts, selected, onPick) {
  const focusMonth = container.contains(document.activeElement) ? document.activeElement.dataset.month : null;
  const known = [...new Set([...Object.keys(corpus), ...Object.keys(counts)])].sort();
  clear(container);
  if (known.length === 0) return false;
  const max = Math.max(1, ...Object.values(corpus), ...Object.values(counts));
  // Heights are data, so they are set from script: the CSP allows element.style, not style="".
  const bar = (className, n) => {
    const element = h('span', { className });
    element.style.height = n ? `${Math.max(6, Math.round((n / max) * 100))}%` : '0';
    return element;
  };
  let year = '';
  for (const month of monthRange(known[0], known.at(-1))) {
    const n = counts[month] ?? 0;
    const label = `${monthLabel(month)}: ${count(n, 'result')}`;
    const axis = h('span', { className: 'strip__axis', 'aria-hidden': 'true' }, h('span', { className: 'strip__month' }, monthLabel(month)[0]), h('span', { className: 'strip__year' }, month.slice(0, 4) === year ? '' : (year = month.slice(0, 4))));
    if (!known.includes(month)) {
      container.append(h('div', { className: 'strip__slot strip__slot--gap', 'aria-hidden': 'true', title: `${monthLabel(month)}: no entries` }, h('span', { className: 'strip__track' }), axis));
      continue;
    }
    const on = selected.includes(month);
    container.append(
      h(
        'button',
        { type: 'button', className: on ? 'strip__slot strip__slot--on' : 'strip__slot', 'aria-pressed': String(on), 'aria-label': label, title: label, 'data-month': month, onclick: () => onPick(month) },
        h('span', { className: 'strip__track' }, bar('strip__whole', Math.max(n, corpus[month] ?? 0)), bar('strip__bar', n), h('span', { className: 'strip__n', 'aria-hidden': 'true' }, n || '')),
        axis,
      ),
    );
  }
  // One tab stop for the whole strip, the arrow keys moving along it (a toolbar): a bar per month
  // made a keyboard reader press Tab some twenty times between the search box and the results.
  const bars = [...container.querySelectorAll('button')];
  const current = bars.find((slot) => slot.dataset.month === focusMonth) ?? bars.find((slot) => slot.getAttribute('aria-pressed') === 'true') ?? bars[0];
  for (const slot of bars) slot.tabIndex = slot === current ? 0 : -1;
  container.onkeydown = (event) => moveAlong(bars, event);
  if (focusMonth) current?.focus();
  return true;
}

/** Left and Right (or Up and Down) to the month before or after, Home and End to the first and last. */
function moveAlong(bars, event) {
  const at = bars.indexOf(document.activeElement);
  if (at < 0) return;
  const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[event.key];
  const to = event.key === 'Home' ? 0 : event.key === 'End' ? bars.length - 1 : step === undefined ? -1 : Math.min(bars.length - 1, Math.max(0, at + step));
  if (to < 0) return;
  event.preventDefault();
  bars[at].tabIndex = -1;
  bars[to].tabIndex = 0;
  bars[to].focus();
}
