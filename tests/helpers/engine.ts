/** Test helpers for the shared real engine: an admin client and unique, self-cleaning index names. */
import { randomUUID } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { inject } from 'vitest';

export function adminClient(): Meilisearch {
  return new Meilisearch({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey'), timeout: 30_000 });
}

/** A fresh index name per test, so tests never see each other's documents. */
export function uniqueIndexUid(prefix = 'test'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/** Deletes an index and its `__next` build sibling, ignoring ones that do not exist. */
export async function dropIndex(client: Meilisearch, uid: string): Promise<void> {
  for (const name of [uid, `${uid}__next`]) await client.deleteIndex(name).waitTask().catch(() => {});
}
