/**
 * A value quoted for a Meilisearch filter expression, for the API's filters and the ingest's
 * carry-over alike: escaped so that it can never close its quote and add a clause of its own.
 * https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
 */

/** Backslash first, then the double quote: the order matters. */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
