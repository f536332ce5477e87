/**
 * The page's conductor: reads the state from the URL, asks the API and hands each part of the
 * answer to the module that renders it. Every change goes through the URL (pushState), so
 * back/forward and reload replay it.
 */
import * as api from './js/api.js';
import { clear } from './js/dom.js';
import { count } from './js/format.js';
import { renderEntry, renderEntryError } from './js/entry-view.js';
import { renderChips, renderFacets } from './js/render-facets.js';
import { renderEmpty, renderError, renderHits, renderPager } from './js/render-results.js';
import { effectiveSort, emptyState, hasFilters, parseState, toApiParams, toUrl, withChanges } from './js/state.js';
import { renderStrip } from './js/timeline-strip.js';

const TYPING_DELAY_MS = 250;
const LOADING_DELAY_MS = 150;
const SITE = 'Timeline search';
const $ = (id) => document.getElementById(id);
const [input, sortSelect, strip, searchView, entryView, status, notice, hits, heading] =
  ['q', 'sort', 'strip', 'search-view', 'entry-view', 'status', 'notice', 'hits', 'results-heading'].map($);

let state = parseState(location.search);
/** Entries per month in the whole corpus, for the strip; null until known. */
let corpus = null;
let corpusLoading = false;
let monthCounts = {};
/** While the reader keeps typing the URL is replaced, not pushed: one history step per search. */
let typing = false;
let typingTimer = 0;
/** The last search URL, so the entry view leads back to it. */
let lastSearchUrl = null;
/** Bumped by every render; an answer for an older render is dropped (the fetch is aborted too). */
let generation = 0;

function navigate(next, { replace = false, focus = null } = {}) {
  const url = toUrl(next);
  if (url !== location.pathname + location.search) history[replace ? 'replaceState' : 'pushState'](null, '', url);
  state = next;
  render(focus);
}

function render(focus = null) {
  generation += 1;
  /** What the page shows (loading, results, empty, error, entry): a hook for styles and tests. */
  document.body.dataset.view = 'loading';
  searchView.hidden = Boolean(state.entry);
  entryView.hidden = !state.entry;
  if (state.entry) showEntry(focus !== 'none');
  else runSearch(focus);
}

function setView(view) {
  document.body.dataset.view = view;
}

function setLoading(on) {
  hits.setAttribute('aria-busy', String(on));
  $('loading').hidden = !on;
}

/* search view */

async function runSearch(focus) {
  const mine = generation;
  if (document.activeElement !== input || input.value.trim() !== state.q.trim()) input.value = state.q;
  sortSelect.value = effectiveSort(state);
  renderChips($('chips'), state, removeFilter);
  lastSearchUrl = toUrl(state);
  document.title = state.q ? `“${state.q}” — ${SITE}` : SITE;
  if (corpus === null) loadCorpus();

  const loadingTimer = setTimeout(() => {
    setLoading(true);
    status.textContent = 'Searching…';
  }, LOADING_DELAY_MS);
  let result = null;
  let failure = null;
  try {
    result = await api.search(toApiParams(state));
  } catch (error) {
    failure = error;
  }
  clearTimeout(loadingTimer);
  if (mine !== generation || api.isAbort(failure)) return;
  setLoading(false);
  if (failure) showSearchError(failure);
  else showResults(result, focus);
}

function showResults(result, focus) {
  if (result.hits.length === 0 && result.page > 1 && result.totalHits > 0) {
    // A page past the end (a stale link): show the last one instead.
    return navigate({ ...state, page: result.totalPages }, { replace: true });
  }
  heading.textContent = state.q ? 'Results' : 'The timeline';
  status.textContent = statusText(result);
  clear(notice);
  renderHits(hits, result.hits);
  renderPager($('pager'), result, state);
  renderFacets($('facets'), result.facets, state, (name, values) => navigate(withChanges(state, { [name]: values })));
  const n = state.type.length + state.month.length + state.speaker.length;
  $('filters-heading').textContent = n ? `Refine (${n})` : 'Refine';
  drawStrip(result.facets?.month ?? {});
  if (result.hits.length === 0) renderEmpty(notice, state, { filtered: hasFilters(state), onClearFilters: () => removeFilter(null) });
  setView(result.hits.length ? 'results' : 'empty');
  if (focus === 'results') {
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }
}

function statusText(result) {
  const total = count(result.totalHits, 'result');
  const where = result.totalPages > 1 ? ` · page ${result.page} of ${result.totalPages}` : '';
  if (state.q) return `${total} for “${state.q}”${where}`;
  const order = { 'date:asc': ' in timeline order', 'date:desc': ', newest first' }[effectiveSort(state)] ?? '';
  return `${total}${order}${where}`;
}

function showSearchError(error) {
  status.textContent = 'The search could not be completed.';
  clear(hits);
  clear($('pager'));
  renderError(notice, error, { onRetry: () => render() });
  if (corpus === null) strip.hidden = true;
  setView('error');
}

function drawStrip(counts) {
  monthCounts = counts;
  strip.hidden = !renderStrip($('strip-bars'), corpus ?? {}, counts, state.month, pickMonth);
  $('strip-note').textContent = `${state.q ? `Matches per month for “${state.q}”` : 'Entries per month'} — pick a month to filter`;
}

async function loadCorpus() {
  if (corpusLoading) return;
  corpusLoading = true;
  try {
    corpus = await api.corpusMonths();
    if (document.body.dataset.view === 'results' || document.body.dataset.view === 'empty') drawStrip(monthCounts);
  } catch {
    // Until it is known the strip shows the months of the current results; the next search retries.
  }
  corpusLoading = false;
}

/** A bar filters to its month alone; clicking the only selected month again clears it. */
function pickMonth(month) {
  const only = state.month.length === 1 && state.month[0] === month;
  navigate(withChanges(state, { month: only ? [] : [month] }));
}

/** Removes one filter value, or every filter when name is null; focus goes to the next chip. */
function removeFilter(name, value) {
  const changes = name === null ? { type: [], month: [], speaker: [] } : { [name]: state[name].filter((item) => item !== value) };
  navigate(withChanges(state, changes));
  ($('chips').querySelector('.chip') ?? heading).focus();
}

/* entry view */

async function showEntry(moveFocus) {
  const mine = generation;
  const backHref = lastSearchUrl ?? '/';
  const backLabel = !lastSearchUrl ? 'Browse the whole timeline' : lastSearchUrl === '/' ? 'Back to the timeline' : 'Back to results';
  strip.hidden = true;
  let data = null;
  let failure = null;
  try {
    data = await api.getDocument(state.entry);
  } catch (error) {
    failure = error;
  }
  if (mine !== generation || api.isAbort(failure)) return;
  if (failure) {
    renderEntryError(entryView, failure, { backHref, onRetry: () => render() });
    document.title = `Entry unavailable — ${SITE}`;
    setView('error');
  } else {
    document.title = `${renderEntry(entryView, data, { backHref, backLabel })} — ${SITE}`;
    setView('entry');
  }
  if (moveFocus) {
    $('entry-heading')?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }
}

/* wiring */

input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    if (input.value.trim() === state.q.trim() && !state.entry) return;
    navigate(withChanges(state, { q: input.value.trim() ? input.value : '' }), { replace: typing });
    typing = true;
  }, TYPING_DELAY_MS);
});

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  // The same query again means "fresh results, please" (say after an error).
  if (input.value.trim() === state.q.trim() && !state.entry) render();
  else navigate(withChanges(state, { q: input.value.trim() ? input.value : '' }), { replace: typing });
  typing = false;
});

input.addEventListener('blur', () => (typing = false));
sortSelect.addEventListener('change', () => navigate(withChanges(state, { sort: sortSelect.value })));

/** In-page links (results, pager, neighbours, back, home) go through history instead of reloading. */
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-nav], #home-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  typing = false;
  navigate(url.pathname === '/' ? parseState(url.search) : emptyState(), { focus: link.dataset.nav === 'page' ? 'results' : null });
});

window.addEventListener('popstate', () => {
  typing = false;
  clearTimeout(typingTimer);
  state = parseState(location.search);
  render('none');
});

// Phones get the refine panel folded away; it opens with one tap.
if (matchMedia('(max-width: 760px)').matches) $('filters-details').open = false;

render('none');
