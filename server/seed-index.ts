/**
 * First-run convenience: when the index is missing or empty, index the bundled articles so
 * `npm start` alone serves something searchable. An index that has documents is left alone,
 * which makes a second start fast and keeps what the user ingested.
 */
import type { Meilisearch } from 'meilisearch';
import { engineErrorCode } from '../core/engine/engine-client.ts';
import { ingestArticles, type IngestSummary } from '../ingest/ingest-articles.ts';
import { listArticleFiles } from '../ingest/article-files.ts';

async function documentCount(admin: Meilisearch, indexUid: string): Promise<number> {
  try {
    return (await admin.index(indexUid).getStats()).numberOfDocuments;
  } catch (error) {
    if (engineErrorCode(error) === 'index_not_found') return 0;
    throw error;
  }
}

export async function seedIndexIfEmpty(
  admin: Meilisearch,
  options: { indexUid: string; articlesDir: string; log: (message: string) => void },
): Promise<IngestSummary | undefined> {
  const existing = await documentCount(admin, options.indexUid);
  if (existing > 0) {
    options.log(`Index "${options.indexUid}" has ${existing} documents`);
    return undefined;
  }
  const files = await listArticleFiles(options.articlesDir);
  if (files.length === 0) {
    options.log(`Index "${options.indexUid}" is empty and ${options.articlesDir} holds no articles`);
    return undefined;
  }
  options.log(`Index "${options.indexUid}" is empty: indexing ${files.length} bundled article(s)`);
  return ingestArticles(admin, { files, indexUid: options.indexUid, replaceAll: true, onProgress: options.log });
}
