/**
 * First-run convenience: when the index is missing or empty, index the bundled articles so
 * `npm start` alone serves something searchable. An index that has documents is left alone,
 * which makes a second start fast and keeps what the user ingested.
 */
import type { Meilisearch, Settings } from 'meilisearch';
import { INDEX_SETTINGS } from '../ingest/index/settings.ts';
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

/** The settings this version decides, and whether the order of their values matters. */
const CHECKED_SETTINGS: Array<[key: keyof typeof INDEX_SETTINGS, ordered: boolean]> = [
  ['searchableAttributes', true],
  ['rankingRules', true],
  ['filterableAttributes', false],
  ['sortableAttributes', false],
  ['facetSearch', false],
  // Only the engine's cost: the API orders months itself, so an older index answers the same.
  ['faceting', false],
  ['synonyms', false],
];

/** The settings this version decides whose stored value differs from INDEX_SETTINGS. */
export function outdatedSettings(current: Settings): string[] {
  const differs = (key: keyof typeof INDEX_SETTINGS, ordered: boolean) => {
    const wanted = INDEX_SETTINGS[key] as unknown;
    const stored = current[key] as unknown;
    if (!Array.isArray(wanted)) return JSON.stringify(stored) !== JSON.stringify(wanted);
    const list = (values: unknown) => (Array.isArray(values) ? values.map((value) => JSON.stringify(value)) : []);
    const [a, b] = ordered ? [list(stored), list(wanted)] : [list(stored).sort(), list(wanted).sort()];
    return a.join() !== b.join();
  };
  return CHECKED_SETTINGS.filter(([key, ordered]) => differs(key, ordered)).map(([key]) => key);
}

/**
 * An index built by an earlier version keeps the settings it was built with until the next full
 * ingest; a newer version's (what is searchable, how it ranks) are sent to it on start. The engine
 * applies them in the background and keeps answering searches with the old ones meanwhile, except
 * new sortable attributes, which the start waits for.
 */
async function updateOutdatedSettings(admin: Meilisearch, indexUid: string, log: (message: string) => void): Promise<void> {
  const index = admin.index(indexUid);
  const outdated = outdatedSettings(await index.getSettings());
  if (!outdated.length) return;
  // A sort attribute the engine does not know yet fails every date-sorted search: wait for that one.
  const blocking = outdated.includes('sortableAttributes');
  log(`Index "${indexUid}" was built with older settings (${outdated.join(', ')}): the engine applies the current ones${blocking ? ', waiting for them' : ' in the background'}`);
  const update = index.updateSettings(INDEX_SETTINGS);
  if (blocking) await update.waitTask({ timeout: SORTABLE_WAIT_MS });
  else await update;
}

/** How long a start waits for new sortable attributes: they re-index the sort values of every document. */
const SORTABLE_WAIT_MS = 120_000;

export async function seedIndexIfEmpty(
  admin: Meilisearch,
  options: { indexUid: string; articlesDir: string; log: (message: string) => void },
): Promise<IngestSummary | undefined> {
  const existing = await documentCount(admin, options.indexUid);
  if (existing > 0) {
    options.log(`Index "${options.indexUid}" has ${existing} documents`);
    await updateOutdatedSettings(admin, options.indexUid, options.log);
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
