/** Test helpers for the shared real engine: an admin client and unique, self-cleaning index names. */
import { randomUUID } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { inject } from 'vitest';
import { createEngineClient } from '../../core/engine/engine-client.ts';

/** The project's own client (node:http), as the server and the ingest command use it. */
export function adminClient(): Meilisearch {
  return createEngineClient({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey'), timeoutMs: 30_000 });
}

/** A fresh index name per test, so tests never see each other's documents. */
export function uniqueIndexUid(prefix = 'test'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/** Deletes an index and its `__next` build sibling, ignoring ones that do not exist. */
export async function dropIndex(client: Meilisearch, uid: string): Promise<void> {
  for (const name of [uid, `${uid}__next`]) await client.deleteIndex(name).waitTask().catch(() => {});
}
