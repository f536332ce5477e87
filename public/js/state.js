/**
 * URL <-> state. The address bar is the single source of truth, so a link can be shared,
 * back/forward work and a reload restores the view.
 */

/**
 * Filters the API accepts, each repeatable (values OR-ed, parameters AND-ed). `article` (a slug)
 * has no list in the refine panel: an entry's article title leads to it, and links may carry it.
 */
export const FILTERS = ['type', 'month', 'speaker', 'article'];
const SORTS = ['relevance', 'date:asc', 'date:desc'];
const HITS_PER_PAGE = 20;

export function emptyState() {
  return { q: '', type: [], month: [], speaker: [], article: [], sort: null, page: 1, entry: null };
}

export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, 500);
  // `month[]=2016-07`, the bracket form the API takes too, is the same filter.
  for (const name of FILTERS) state[name] = [...new Set([...params.getAll(name), ...params.getAll(`${name}[]`)].filter(Boolean))];
  state.sort = SORTS.includes(params.get('sort')) ? params.get('sort') : null;
  state.page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  state.entry = params.get('entry') || null;
  return state;
}

/** The page's URL for a state, with only what differs from the defaults. */
export function toUrl(state) {
  const params = new URLSearchParams();
  if (state.entry) {
    params.set('entry', state.entry);
  } else {
    if (state.q) params.set('q', state.q);
    for (const name of FILTERS) for (const value of state[name] ?? []) params.append(name, value);
    if (state.sort) params.set('sort', state.sort);
    if (state.page > 1) params.set('page', String(state.page));
  }
  return String(params) ? `/?${params}` : '/';
}

/**
 * The words searched for, or '' when the query has none: a lone `"`, `“”`, `*` or spaces match
 * everything, so they browse the timeline just like an empty box.
 */
export const searchWords = (state) => (/[\p{L}\p{N}]/u.test(state.q) ? state.q.trim() : '');

/** An empty query means browsing: the timeline in order, unless the reader chose a sort. */
export function effectiveSort(state) {
  return state.sort ?? (searchWords(state) ? 'relevance' : 'date:asc');
}

/** The API's query string for a search state. */
export function toApiParams(state) {
  const params = new URLSearchParams({ q: searchWords(state) });
  for (const name of FILTERS) for (const value of state[name]) params.append(name, value);
  params.set('sort', effectiveSort(state));
  params.set('page', String(state.page));
  params.set('hitsPerPage', String(HITS_PER_PAGE));
  return params;
}

export const hasFilters = (state) => FILTERS.some((name) => state[name].length > 0);

/** A copy of the state with changes; any change to the search itself goes back to page 1. */
export function withChanges(state, changes) {
  return { ...state, page: 1, ...changes, entry: null };
}

/**
 * The selected speakers as the index spells them, when a link spelt one otherwise
 * (`?speaker=donald+trump`, `Jen O'Malley` for `Jen O’Malley`, `Elodie` for `Élodie`): the API
 * finds a speaker whatever its case, accents, apostrophes or initials' stops, but the refine
 * panel would list the link's spelling, ticked with 0, beside the indexed one unticked. Null when
 * every selected speaker is spelt as the index spells it (or the index does not know it).
 * @param {string[]} selected
 * @param {Record<string, number>} counts the speaker facet
 */
export function speakersAsIndexed(selected, counts) {
  const indexed = Object.keys(counts);
  const spelled = selected.map((name) => {
    if (counts[name] !== undefined) return name;
    // As the API compares them: case, then apostrophes and stops, then accents, one match each
    // time; two people who fold alike (`Seán O’Brien`, `Sean O’Brien` for `sean obrien`) are not guessed between.
    for (const fold of [(text) => text.toLowerCase(), foldedName, (text) => foldedName(withoutAccents(text))]) {
      const same = indexed.filter((speaker) => fold(speaker) === fold(name));
      if (same.length) return same.length === 1 ? same[0] : name;
    }
    return name;
  });
  return spelled.some((name, index) => name !== selected[index]) ? [...new Set(spelled)] : null;
}

/** A name as its letters, as the API compares speakers: one apostrophe, no full stops, one case. */
function foldedName(name) {
  return name.replace(/[’‘`]/g, "'").replace(/\./g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const withoutAccents = (name) => name.normalize('NFD').replace(/\p{M}/gu, '');
