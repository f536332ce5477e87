/**
 * Index settings chosen for how people search timelines: the words of the text first, then who
 * said it; filters for the facets the page offers; chronological sort keys. Sent before any
 * document, because changing them later re-indexes everything.
 * https://www.meilisearch.com/docs/reference/api/settings
 */
import type { Settings } from 'meilisearch';
import { INDEX_SYNONYMS } from './synonyms.ts';

export const INDEX_SETTINGS = {
  // Not the article's title: its words would match every document of the article, so a search
  // for `russia` answered all 74 documents of an article about Russia, quotations without the word
  // ranked first, and the facets counted the whole article. The `article` filter narrows to one.
  searchableAttributes: ['text', 'speaker', 'attribution', 'section', 'dateText'],
  // Only what something filters on: the page's facets (type, month, speaker), one article (the
  // API's `article`, and the documents an ingest carries over), and the document view's quotes of
  // an event (eventId) and neighbouring entries (position). Every filterable attribute costs the
  // engine facet structures at every batch: dropping `year`, `date` and `dateKey`, which nothing
  // filtered on, cut adding 98,585 documents in nine batches by about 6% (docs/performance.md).
  // Sorting by dateKey needs it sortable only.
  filterableAttributes: ['type', 'month', 'speaker', 'article', 'eventId', 'position'],
  sortableAttributes: ['dateKey', 'minuteOfDay', 'position'],
  // `sort` first: "oldest first" must be strictly chronological even with a query. Without a
  // sort parameter the rule does nothing and relevance ranks as usual. `typeRank` after
  // proximity: among equally good matches a quotation outranks the event quoting it.
  // https://www.meilisearch.com/docs/learn/relevancy/custom_ranking_rules
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'typeRank:asc', 'attribute', 'exactness'],
  faceting: {
    maxValuesPerFacet: 1000,
    // By count, months too: the API puts months in chronological order itself (search-answer.ts),
    // because with months listed alphabetically the search workload took the engine 41% longer
    // on a 98,085-document index (docs/performance.md).
    sortFacetValuesBy: { '*': 'count' },
  },
  pagination: { maxTotalHits: 10_000 },
  // Nothing here searches facet values (the /facet-search route); turning it off spares the engine
  // the structures it builds for that at every batch, which Meilisearch lists among the indexing
  // costs to cut. Facet counts in searches do not need it.
  // https://www.meilisearch.com/docs/capabilities/filtering_sorting_faceting/advanced/optimize_facet_performance
  facetSearch: false,
  // A negative whole or contracted, `nobody` or `no one`: one word to a paste (synonyms.ts).
  synonyms: INDEX_SYNONYMS,
} satisfies Settings;
