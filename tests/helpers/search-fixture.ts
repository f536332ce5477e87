/**
 * A search service over a fresh index of the given documents on the shared real engine, the
 * way the server builds one: indexed atomically, searched with a read-only key.
 */
import { Meilisearch } from 'meilisearch';
import { inject } from 'vitest';
import type { TimelineDocument } from '../../core/schema.ts';
import { replaceIndex } from '../../ingest/index/replace-index.ts';
import { findOrCreateSearchKey } from '../../server/search-key.ts';
import { SearchService } from '../../server/search-service.ts';
import { createEngineClient } from '../../core/engine/engine-client.ts';
import { adminClient, dropIndex, uniqueIndexUid } from './engine.ts';

export interface SearchFixture {
  admin: Meilisearch;
  indexUid: string;
  search: SearchService;
  dispose(): Promise<void>;
}

export async function createSearchFixture(options: {
  documents: TimelineDocument[];
  prefix?: string;
  cacheEntries?: number;
  versionPollMs?: number;
  timeoutMs?: number;
}): Promise<SearchFixture> {
  const admin = adminClient();
  const indexUid = uniqueIndexUid(options.prefix ?? 'search');
  await replaceIndex(admin, { indexUid, documents: [options.documents], replacedArticles: null });
  const key = await findOrCreateSearchKey(admin, indexUid);
  const search = new SearchService({
    client: createEngineClient({ host: inject('meiliHost'), apiKey: key, timeoutMs: options.timeoutMs ?? 2000 }),
    indexUid,
    cacheEntries: options.cacheEntries ?? 0,
    versionPollMs: options.versionPollMs ?? 100,
  });
  await search.start();
  return {
    admin,
    indexUid,
    search,
    async dispose() {
      search.stop();
      await dropIndex(admin, indexUid);
    },
  };
}
