/**
 * Starts the real app for a test: the given article files ingested through the real pipeline
 * into a fresh index on the shared real engine, the app listening on a free port. With
 * `engineHost` pointing at a dead address, every API call meets an unreachable engine.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { pino } from 'pino';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { createApp } from '../../server/app.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { findOrCreateSearchKey } from '../../server/search-key.ts';
import { SearchService } from '../../server/search-service.ts';
import { createEngineClient } from '../../core/engine/engine-client.ts';
import { ingestArticles } from '../../ingest/ingest-articles.ts';
import { adminClient, dropIndex, uniqueIndexUid } from './engine.ts';

export const SEED_ARTICLE = path.join(PROJECT_ROOT, 'data', 'articles', 'trump-campaign-russia-timeline.txt');

export interface TestServer {
  url: string;
  indexUid: string;
  search: SearchService;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { files?: string[]; indexUid?: string; engineHost?: string; cacheEntries?: number } = {},
): Promise<TestServer> {
  const admin = adminClient();
  const indexUid = options.indexUid ?? uniqueIndexUid('app');
  let client: Meilisearch;
  if (options.engineHost) {
    client = createEngineClient({ host: options.engineHost, apiKey: undefined, timeoutMs: 1000 });
  } else {
    await ingestArticles(admin, { files: options.files ?? [SEED_ARTICLE], indexUid, replaceAll: true });
    const searchKey = await findOrCreateSearchKey(admin, indexUid);
    client = createEngineClient({ host: inject('meiliHost'), apiKey: searchKey, timeoutMs: 1000 });
  }
  const search = new SearchService({ client, indexUid, cacheEntries: options.cacheEntries ?? 100, versionPollMs: 200 });
  await search.start();
  const app = createApp({ search, logger: pino({ level: 'silent' }) });
  const server = createHttpServer(app).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    indexUid,
    search,
    async close() {
      search.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.engineHost) await dropIndex(admin, indexUid);
    },
  };
}
