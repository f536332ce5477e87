/**
 * The ingest pipeline: files → parsed documents (validated against the schema) → a fresh index
 * swapped in atomically. Articles are read and parsed one at a time and handed to the indexer as
 * a stream, so memory does not grow with the size of the corpus.
 */
import type { Meilisearch } from 'meilisearch';
import type { DocumentType, TimelineDocument } from '../core/schema.ts';
import { assertDistinctSlugs, slugFromPath } from './article-files.ts';
import { replaceIndex } from './index/replace-index.ts';
import { parseArticleFiles } from './parse-article-file.ts';

export interface IngestSummary {
  articles: number;
  documents: number;
  byType: Record<DocumentType, number>;
  carriedOver: number;
  elapsedMs: number;
}

export interface IngestOptions {
  files: string[];
  indexUid: string;
  year?: number | undefined;
  /** Rebuild the index from these files alone, dropping every other article. */
  replaceAll?: boolean;
  batchSize?: number;
  onProgress?: (message: string) => void;
}

export async function ingestArticles(client: Meilisearch, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { onProgress = () => {} } = options;
  assertDistinctSlugs(options.files);
  const byType: Record<DocumentType, number> = { event: 0, quote: 0, passage: 0 };

  async function* parsedBatches(): AsyncGenerator<TimelineDocument[]> {
    let index = 0;
    for await (const parsed of parseArticleFiles(options.files, { year: options.year })) {
      index += 1;
      for (const document of parsed.documents) byType[document.type] += 1;
      onProgress(`[${index}/${options.files.length}] ${parsed.path}: ${parsed.documents.length} documents`);
      for (const warning of parsed.warnings) onProgress(`warning: ${parsed.path}: ${warning}`);
      yield parsed.documents;
    }
  }

  const result = await replaceIndex(client, {
    indexUid: options.indexUid,
    documents: parsedBatches(),
    replacedArticles: options.replaceAll ? null : options.files.map(slugFromPath),
    ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
    onProgress,
  });
  return {
    articles: options.files.length,
    documents: result.documentCount,
    byType,
    carriedOver: result.carriedOver,
    elapsedMs: performance.now() - started,
  };
}
