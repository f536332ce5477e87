/**
 * The page's conductor: reads the state from the URL, asks the API and hands each part of the
 * answer to the module that renders it. Every change goes through the URL (pushState), so
 * back/forward and reload replay it.
 */
import * as api from './js/api.js';
import { clear } from './js/dom.js';
import { count, shortQuery } from './js/format.js';
import { renderEntry, renderEntryError } from './js/entry-view.js';
import { learnArticleTitles, renderChips, renderFacets, renderFacetsUnavailable } from './js/render-facets.js';
import { renderEmpty, renderError, renderHits, renderPager } from './js/render-results.js';
import { effectiveSort, emptyState, FILTERS, hasFilters, parseState, searchWords, speakersAsIndexed, toApiParams, toUrl, withChanges } from './js/state.js';
import { renderStrip } from './js/timeline-strip.js';

const TYPING_DELAY_MS = 250;
const LOADING_DELAY_MS = 150;
const SITE = 'Timeline search';
const $ = (id) => document.getElementById(id);
const [input, sortSelect, strip, searchView, entryView, status, notice, hits, heading, skipLink, filtersToggle] =
  ['q', 'sort', 'strip', 'search-view', 'entry-view', 'status', 'notice', 'hits', 'results-heading', 'skip-link', 'filters-toggle'].map($);

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
/**
 * Whether the last render came from the sort list: arrowing through it changes it once per
 * option, and a run of sort changes is one history step, so Back lands on no order the reader
 * only passed through.
 */
let sortStep = false;

/**
 * @param {{ replace?: boolean, focus?: null | 'results' }} options focus null moves it to an
 * entry's heading, 'results' to the results heading; render's 'none' and 'restore' are popstate's
 */
function navigate(next, { replace = false, focus = null } = {}) {
  const url = toUrl(next);
  if (url !== location.pathname + location.search) history[replace ? 'replaceState' : 'pushState'](trailFor(next, replace), '', url);
  state = next;
  render(focus);
}

/**
 * An entry's history.state keeps the search it was opened from and how many steps back that
 * lies, so "Back to results" can be the browser's Back (which restores place and focus and adds
 * no step), also after a reload or a walk through neighbouring entries.
 */
function trailFor(next, replace) {
  if (!next.entry) return null;
  if (!state.entry) return { trail: { url: toUrl(state), steps: 1 } };
  const trail = history.state?.trail;
  return trail ? { trail: { url: trail.url, steps: trail.steps + (replace ? 0 : 1) } } : null;
}

function render(focus = null) {
  generation += 1;
  sortStep = false;
  /** What the page shows (loading, results, empty, error, entry): a hook for styles and tests. */
  document.body.dataset.view = 'loading';
  searchView.hidden = Boolean(state.entry);
  entryView.hidden = !state.entry;
  skipLink.textContent = state.entry ? 'Skip to the entry' : 'Skip to results';
  if (state.entry) showEntry(focus === null);
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
  document.title = searchWords(state) ? `“${shortQuery(state.q)}” — ${SITE}` : SITE;
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
  if (failure) showSearchError(failure, focus);
  else showResults(result, focus);
}

function showResults(result, focus) {
  if (result.hits.length === 0 && result.page > 1 && result.totalHits > 0) {
    // A page past the end (a stale link): show the last one instead.
    return navigate({ ...state, page: result.totalPages }, { replace: true });
  }
  // A link's speaker in another case (`?speaker=donald+trump`) takes the index's spelling.
  const speakers = speakersAsIndexed(state.speaker, result.facets?.speaker ?? {});
  if (speakers) return navigate({ ...state, speaker: speakers }, { replace: true, focus });
  heading.textContent = searchWords(state) ? 'Results' : 'The timeline';
  status.textContent = statusText(result);
  // An article's chip shows its title once a result has told it.
  learnArticleTitles(result.hits);
  if (state.article.length) renderChips($('chips'), state, removeFilter);
  clear(notice);
  renderHits(hits, result.hits, $('approx-note'));
  renderPager($('pager'), result, state);
  renderFacets($('facets'), result.facets, state, (name, values) => navigate(withChanges(state, { [name]: values })));
  const n = state.type.length + state.month.length + state.speaker.length;
  filtersToggle.textContent = n ? `Refine (${n})` : 'Refine';
  drawStrip(result.facets?.month ?? {});
  if (result.hits.length === 0) renderEmpty(notice, state, { filtered: hasFilters(state), onClearFilters: () => removeFilter(null) });
  setView(result.hits.length ? 'results' : 'empty');
  if (focus === 'results' || focus === 'retry') {
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }
  if (focus === 'restore') refocusOpenedResult();
}

/**
 * Back on a search from an entry (Back, or "Back to results"), focus had nowhere to be: it returns
 * to the result that was opened, which the browser has scrolled back into view.
 */
function refocusOpenedResult() {
  const id = history.state?.opened;
  const active = document.activeElement;
  if (!id || (active && active !== document.body && !entryView.contains(active))) return;
  [...hits.querySelectorAll('.hit')].find((hit) => hit.dataset.id === id)?.querySelector('.hit__link')?.focus();
}

function statusText(result) {
  const total = count(result.totalHits, 'result');
  const where = result.totalPages > 1 ? ` · page ${result.page} of ${result.totalPages}` : '';
  if (searchWords(state)) return `${total} for “${shortQuery(state.q)}”${where}`;
  const order = { 'date:asc': ' in timeline order', 'date:desc': ', newest first' }[effectiveSort(state)] ?? '';
  return `${total}${order}${where}`;
}

function showSearchError(error, focus) {
  status.textContent = 'The search could not be completed.';
  clear(hits);
  clear($('pager'));
  $('approx-note').hidden = true;
  // "Try again" keeps the reader's place: on the new button while the service is still down, on
  // the results heading once it answers.
  renderError(notice, error, { onRetry: () => render('retry') });
  if (focus === 'retry') notice.querySelector('button')?.focus();
  // The previous answer's counts would read as this search's: they go with it.
  renderFacetsUnavailable($('facets'));
  strip.hidden = true;
  setView('error');
  retryWhenBack(error);
}

/**
 * While the service is down the page asks again by itself, as often as the API's Retry-After
 * says (5 s), so a reader who waits sees the results without pressing "Try again". Only the same
 * search, and only while the page shows its error: any navigation bumps the generation.
 */
function retryWhenBack(error) {
  if (!(error.status === 0 || error.status >= 500)) return;
  const mine = generation;
  setTimeout(() => {
    if (mine === generation && document.body.dataset.view === 'error') render();
  }, AUTO_RETRY_MS);
}
const AUTO_RETRY_MS = 5000;

function drawStrip(counts) {
  monthCounts = counts;
  strip.hidden = !renderStrip($('strip-bars'), corpus ?? {}, counts, state.month, pickMonth);
  $('strip-note').textContent = `${searchWords(state) ? `Matches per month for “${shortQuery(state.q)}”` : 'Entries per month'} — pick a month to filter`;
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
  const changes = name === null ? Object.fromEntries(FILTERS.map((filter) => [filter, []])) : { [name]: state[name].filter((item) => item !== value) };
  navigate(withChanges(state, changes));
  ($('chips').querySelector('.chip') ?? heading).focus();
}

/* entry view */

async function showEntry(moveFocus) {
  const mine = generation;
  // A shared link may carry the search it came from (`?q=putin&entry=…`): back to that search.
  const linkedSearch = hasFilters(state) || searchWords(state) ? toUrl({ ...state, entry: null }) : null;
  const backUrl = history.state?.trail?.url ?? lastSearchUrl ?? linkedSearch;
  const backHref = backUrl ?? '/';
  const backLabel = !backUrl ? 'Browse the whole timeline' : backUrl === '/' ? 'Back to the timeline' : 'Back to results';
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
    learnArticleTitles([data.document]);
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
sortSelect.addEventListener('change', () => {
  navigate(withChanges(state, { sort: sortSelect.value }), { replace: sortStep });
  sortStep = true;
});

/** In-page links (results, pager, neighbours, back, home) go through history instead of reloading. */
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-nav], #home-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  typing = false;
  if (link.dataset.nav === 'back' && goBackToSearch()) return;
  rememberOpenedResult(link);
  const focus = link.dataset.nav === 'page' || link.dataset.nav === 'back' ? 'results' : null;
  navigate(url.pathname === '/' ? parseState(url.search) : emptyState(), { focus });
});

/** "Back to results" is the browser's Back when the search it leads to lies behind us in history. */
function goBackToSearch() {
  const steps = history.state?.trail?.steps;
  if (!steps) return false;
  history.go(-steps);
  return true;
}

/** The search's own history entry notes which result was opened, for refocusOpenedResult. */
function rememberOpenedResult(link) {
  const hit = link.closest('#hits .hit');
  if (hit) history.replaceState({ ...history.state, opened: hit.dataset.id }, '');
}

window.addEventListener('popstate', () => {
  typing = false;
  clearTimeout(typingTimer);
  state = parseState(location.search);
  render('restore');
});

/** The skip link only moves focus: following its #hash would add a history step and search again. */
skipLink.addEventListener('click', (event) => {
  event.preventDefault();
  (state.entry ? $('entry-heading') : heading)?.focus();
});

/** The refine panel folds (a heading holding a disclosure button, announced as both). */
function setFiltersOpen(open) {
  filtersToggle.setAttribute('aria-expanded', String(open));
  $('filters-body').hidden = !open;
}

filtersToggle.addEventListener('click', () => setFiltersOpen(filtersToggle.getAttribute('aria-expanded') !== 'true'));

// Phones get the refine panel folded away; it opens with one tap.
if (matchMedia('(max-width: 760px)').matches) setFiltersOpen(false);

render('none');
