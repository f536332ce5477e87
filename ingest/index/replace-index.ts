/**
 * Atomic, idempotent indexing: build a fresh index (settings, then documents in large batches),
 * check every task really succeeded, swap it with the live index in one step, then delete the
 * old one. Until the swap the live index is untouched, so a failed ingest loses nothing.
 * https://www.meilisearch.com/docs/reference/api/indexes#swap-indexes
 *
 * Tasks are enqueued without waiting for the ones before them: the engine runs an index's tasks
 * in the order they were enqueued, so the settings apply before the first document, and parsing
 * overlaps the engine's work instead of pausing for a round trip after every step. Every task is
 * still checked before the swap.
 */
import { setImmediate as nextTurnOfEventLoop } from 'node:timers/promises';
import type { EnqueuedTaskPromise, Meilisearch, Task } from 'meilisearch';
import { engineErrorCode } from '../../core/engine/engine-client.ts';
import type { TimelineDocument } from '../../core/schema.ts';
import { EngineTaskError } from '../../core/errors.ts';
import { quoteFilterValue } from '../../core/filter-value.ts';
import { IndexingPace, MAX_POLL_MS, MIN_POLL_MS } from './indexing-pace.ts';
import { INDEX_SETTINGS } from './settings.ts';

/** Indexing a large batch can take minutes; the client's default of 5 s is far too short. */
const TASK_TIMEOUT_MS = 15 * 60_000;
/**
 * Documents per upload after the first: small, because the engine merges every task waiting when
 * it starts a batch. Once the parser is faster per document than the engine (since the
 * twenty-fourth session), tasks queue up and merge into a few large batches whatever their size,
 * and small uploads keep the engine from idling while a large one fills. At 100k synthetic
 * documents, in one process alternating with direct, 2,000-document uploads took 7.53 s against
 * 8.04 s with uploads doubling up to 10,000 (0.90x against 0.84x direct; docs/performance.md).
 */
export const DEFAULT_BATCH_SIZE = 2_000;
/**
 * The first upload is smaller: the engine starts indexing as soon as the first thousand
 * documents are parsed. Uploads double from it up to the batch size.
 */
export const FIRST_BATCH_SIZE = 1_000;

/** How many documents go in batch `batchIndex` (from 0): FIRST_BATCH_SIZE, doubling up to batchSize. */
export function batchSizeAt(batchIndex: number, batchSize: number, firstBatchSize = FIRST_BATCH_SIZE): number {
  return Math.min(batchSize, firstBatchSize * 2 ** batchIndex);
}

export interface ReplaceIndexOptions {
  indexUid: string;
  /** Documents of the articles being (re)indexed. */
  documents: AsyncIterable<TimelineDocument[]> | Iterable<TimelineDocument[]>;
  /**
   * Articles whose documents are replaced. Documents of other articles already in the live index
   * are carried over, so several articles can be ingested one command at a time. Pass `null` to
   * rebuild the index from `documents` alone.
   */
  replacedArticles: string[] | null;
  batchSize?: number;
  /** Documents in the first batch, doubling in each next one up to batchSize; see FIRST_BATCH_SIZE. */
  firstBatchSize?: number;
  /** How long one engine task may take before the build gives up; 15 minutes by default. */
  taskTimeoutMs?: number;
  onProgress?: (message: string) => void;
}

export interface ReplaceIndexResult {
  documentCount: number;
  carriedOver: number;
}

/** waitForTask returns a finished task whatever its outcome: a failed or canceled one must stop the build. */
function assertSucceeded(task: Task, what: string): void {
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new EngineTaskError(`${what} failed (${reason})`);
  }
}

interface PendingTask {
  taskUid: number;
  what: string;
  /** Documents the task adds: 0 but for document additions. */
  documents: number;
}

async function enqueue(task: EnqueuedTaskPromise, what: string, documents = 0): Promise<PendingTask> {
  return { taskUid: (await task).taskUid, what, documents };
}

const FINISHED: ReadonlySet<Task['status']> = new Set(['succeeded', 'failed', 'canceled']);

/**
 * Waits for a task to finish. Without a pace, it looks again after MIN_POLL_MS, then twice as
 * long each time up to MAX_POLL_MS: the swap and the deletion take a few milliseconds, and the
 * client's fixed 50 ms interval made the ingest wait longer for them than the engine took. With
 * one, document tasks are looked at as the pace foresees their end (indexing-pace.ts).
 */
async function waitForTask(client: Meilisearch, { taskUid, what }: PendingTask, timeoutMs: number, pace?: IndexingPace): Promise<Task> {
  const deadline = Date.now() + timeoutMs;
  for (let backoffMs = MIN_POLL_MS; ; backoffMs = Math.min(backoffMs * 2, MAX_POLL_MS)) {
    const task = await client.tasks.getTask(taskUid);
    if (FINISHED.has(task.status)) return task;
    if (Date.now() > deadline) throw new EngineTaskError(`${what} did not finish within ${describeDuration(timeoutMs)}`);
    await new Promise((resolve) => setTimeout(resolve, pace ? pace.pauseMs(Date.now(), backoffMs) : backoffMs));
  }
}

function describeDuration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${ms} ms`;
}

/**
 * Waits for every task, in order, and throws on the first that did not succeed. Document tasks
 * are looked at as the engine's pace on those before them foresees their end.
 */
async function settleAll(client: Meilisearch, tasks: PendingTask[], timeoutMs: number): Promise<void> {
  const pace = new IndexingPace();
  for (const pending of tasks) pace.enqueued(pending.documents);
  for (const pending of tasks) {
    const task = await waitForTask(client, pending, timeoutMs, pace);
    assertSucceeded(task, pending.what);
    pace.indexed(pending.documents, task);
  }
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (error) {
    if (engineErrorCode(error) === 'index_not_found') return false;
    throw error;
  }
}

/** Documents of the live index that belong to articles not being replaced, page by page. */
async function* otherArticlesDocuments(
  client: Meilisearch,
  liveUid: string,
  replacedArticles: string[],
  pageSize: number,
): AsyncGenerator<TimelineDocument[]> {
  const filter = replacedArticles.length
    ? `article NOT IN [${replacedArticles.map(quoteFilterValue).join(', ')}]`
    : undefined;
  const live = client.index<TimelineDocument>(liveUid);
  for (let offset = 0; ; offset += pageSize) {
    const page = await live.getDocuments({ filter, limit: pageSize, offset });
    if (page.results.length) yield page.results;
    if (page.results.length < pageSize) return;
  }
}

export async function replaceIndex(client: Meilisearch, options: ReplaceIndexOptions): Promise<ReplaceIndexResult> {
  const { indexUid, batchSize = DEFAULT_BATCH_SIZE, firstBatchSize = FIRST_BATCH_SIZE, taskTimeoutMs = TASK_TIMEOUT_MS, onProgress = () => {} } = options;
  const freshUid = `${indexUid}__next`;
  let uploading: Promise<PendingTask> | undefined;

  try {
    // A leftover of an interrupted run goes first; that this usually fails (no such index) is expected.
    await client.deleteIndex(freshUid);
    const pending: PendingTask[] = [
      await enqueue(client.createIndex(freshUid, { primaryKey: 'id' }), `Creating ${freshUid}`),
      await enqueue(client.index(freshUid).updateSettings(INDEX_SETTINGS), 'Applying index settings'),
    ];
    const fresh = client.index<TimelineDocument>(freshUid);

    let carriedOver = 0;
    const liveExists = await indexExists(client, indexUid);
    if (liveExists && options.replacedArticles !== null) {
      for await (const batch of otherArticlesDocuments(client, indexUid, options.replacedArticles, batchSize)) {
        pending.push(await enqueue(fresh.addDocuments(batch, { primaryKey: 'id' }), 'Carrying over other articles', batch.length));
        carriedOver += batch.length;
      }
      if (carriedOver) onProgress(`kept ${carriedOver} documents of other articles`);
    }

    // Consecutive document additions are enqueued without waiting, so the engine can batch them.
    // Only task uids are kept, so a batch can be garbage-collected as soon as the engine has it.
    let documentCount = 0;
    let batchesSent = 0;
    let buffer: TimelineDocument[] = [];
    // One upload in flight while the next batch is parsed: the engine answers an upload only once
    // it has read and stored the whole payload, 0.8 s of every 11 s at 100k documents that the
    // parser used to sit idle. The next upload starts only when the engine has registered the one
    // before, so tasks keep the order they were parsed in, and at most two batches are held.
    // 10,000 documents took 1.30 s instead of 1.50 s, and 1.47 s instead of 1.66 s (docs/performance.md).
    const flush = async () => {
      if (!buffer.length) return;
      const batch = buffer;
      buffer = [];
      documentCount += batch.length;
      batchesSent += 1;
      if (uploading) pending.push(await uploading);
      uploading = enqueue(fresh.addDocuments(batch, { primaryKey: 'id' }), `Adding documents ${documentCount - batch.length + 1}–${documentCount}`, batch.length);
      // Awaited at the next flush or after the last one; until then a failed upload must not count as unhandled.
      uploading.catch(() => {});
      onProgress(`sent ${documentCount} documents`);
    };
    for await (const documents of options.documents) {
      for (const document of documents) {
        buffer.push(document);
        if (buffer.length >= batchSizeAt(batchesSent, batchSize, firstBatchSize)) await flush();
      }
      // The parser awaits only settled promises, which never give the event loop a turn, so an
      // upload's bytes went out, and its answer came in, only when the next flush waited for it:
      // the engine got each batch one batch late, the first 1,000 documents 50 ms after they were
      // parsed. A turn after each article lets the upload proceed while parsing goes on. At 10k
      // documents, 734 against 803 ms (medians of 10 rounds alternated; docs/performance.md).
      if (uploading) await nextTurnOfEventLoop();
    }
    await flush();
    if (uploading) pending.push(await uploading);
    await settleAll(client, pending, taskTimeoutMs);
    if (documentCount) onProgress(`indexed ${documentCount} documents`);

    // After the swap, freshUid names the previous index; should the swap fail, the deletion only
    // drops the new build, and the live index is still untouched.
    await settleAll(client, [
      ...(liveExists ? [] : [await enqueue(client.createIndex(indexUid, { primaryKey: 'id' }), `Creating ${indexUid}`)]),
      await enqueue(client.swapIndexes([{ indexes: [indexUid, freshUid], rename: false }]), 'Swapping in the new index'),
      await enqueue(client.deleteIndex(freshUid), 'Deleting the previous index'),
    ], taskTimeoutMs);
    return { documentCount, carriedOver };
  } catch (error) {
    // The live index was never touched; drop the half-built one so it does not linger. An upload
    // still in flight goes first: registered after the deletion, it would create the index again.
    await uploading?.catch(() => {});
    // Waited for with the build's own polling, and as long as any task, whatever taskTimeoutMs was.
    await enqueue(client.deleteIndex(freshUid), `Dropping ${freshUid}`)
      .then((pending) => waitForTask(client, pending, TASK_TIMEOUT_MS))
      .catch(() => {});
    throw error;
  }
}
