/**
 * Turns the validated filters into Meilisearch's array filter form (outer AND, inner OR). Every
 * value is quoted and escaped, so a value can never close its quote and add a clause of its own.
 * https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
 */
import { quoteFilterValue } from '../core/filter-value.ts';
import type { SearchRequest } from './search-params.ts';

export const FACET_ATTRIBUTES = ['type', 'month', 'speaker'] as const;
export type FacetAttribute = (typeof FACET_ATTRIBUTES)[number];
type FilterAttribute = FacetAttribute | 'article';

function clause(attribute: FilterAttribute, values: string[]): string[] {
  return values.map((value) => `${attribute} = ${quoteFilterValue(value)}`);
}

/**
 * The filter for a request, leaving out one attribute's own selection when asked: that is how
 * disjunctive facet counts are computed (a facet's counts ignore its own selection).
 */
export function buildFilter(request: SearchRequest, without?: FacetAttribute): string[][] {
  const groups: string[][] = [];
  for (const attribute of ['type', 'month', 'speaker', 'article'] as const) {
    if (attribute === without || request[attribute].length === 0) continue;
    groups.push(clause(attribute, request[attribute]));
  }
  return groups;
}
