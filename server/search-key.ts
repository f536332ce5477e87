/**
 * The server searches with a read-only key limited to its index, never the master key: found by
 * name among the engine's keys, or created once. The master key is used only here and for ingest.
 * https://www.meilisearch.com/docs/reference/api/keys
 */
import type { Meilisearch } from 'meilisearch';

/** Reading only: search, fetch one document (permalinks), read the index's metadata (its version). */
const READ_ACTIONS = ['search', 'documents.get', 'indexes.get'];

export async function findOrCreateSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  const name = `timeline-search read-only (${indexUid})`;
  const { results } = await admin.getKeys({ limit: 1000 });
  const existing = results.find(
    (key) =>
      key.name === name &&
      key.expiresAt === null &&
      key.indexes.length === 1 &&
      key.indexes[0] === indexUid &&
      READ_ACTIONS.every((action) => key.actions.includes(action)) &&
      key.actions.length === READ_ACTIONS.length,
  );
  if (existing) return existing.key;
  const created = await admin.createKey({
    name,
    description: 'Used by the timeline search server; can read one index and nothing else.',
    actions: READ_ACTIONS,
    indexes: [indexUid],
    expiresAt: null,
  });
  return created.key;
}
