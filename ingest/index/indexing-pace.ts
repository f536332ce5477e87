/**
 * When to look again at a document task the engine has not finished. Meilisearch cannot say when
 * a task ends, so the ingest polls; every look costs both processes CPU (this one about 0.4-0.5 ms
 * here), and the time between the end of the last batch and the look that notices it is added to
 * the ingest. With looks spaced by doubling up to 50 ms, the ingest returned 6-67 ms after its last
 * batch ended, the swap included (34 ms in the median of 7 rounds at 10,000 documents, 4% of it).
 *
 * The engine's batches so far tell how fast it indexes, by its own clock (the times a finished
 * task gives), so the end of the rest can be foreseen. Looks close in on it, halving the gap each
 * time, and keep coming at most OVERDUE_POLL_MS apart once it has passed. The foresight takes the
 * fastest pace of any batch: a look too early costs half a millisecond, one too late up to
 * MAX_POLL_MS, and the last batch is usually the fastest per document (the parser is done, and
 * its CPU no longer slows the engine). At 10,000 documents, in one process alternating with the
 * looks before (14 rounds), the ingest returned 14 ms after its last batch instead of 44 (medians),
 * and took 701 ms instead of 727 (docs/performance.md).
 */

/** The shortest and the longest pause between two looks at a task. */
export const MIN_POLL_MS = 2;
/**
 * As the client's own interval: a long indexing is not polled any faster, since each look takes
 * CPU the parser would otherwise have.
 */
export const MAX_POLL_MS = 50;
/** The longest pause once the foreseen end has passed: the task is due. */
export const OVERDUE_POLL_MS = 10;

/** What the pace needs of a finished task: the batch it ran in, and the engine's times for it. */
export interface FinishedTaskTimes {
  batchUid?: number | null | undefined;
  startedAt?: string | null | undefined;
  finishedAt?: string | null | undefined;
}

interface IndexedBatch {
  uid: number | null | undefined;
  documents: number;
  startedAtMs: number;
  finishedAtMs: number;
}

/** Documents enqueued and the engine's batches of those indexed, to foresee when it is done with the rest. */
export class IndexingPace {
  private enqueuedDocuments = 0;
  private indexedDocuments = 0;
  private readonly batches: IndexedBatch[] = [];

  /** A task adding `documents` was registered. */
  enqueued(documents: number): void {
    this.enqueuedDocuments += documents;
  }

  /** A task adding `documents` was seen finished. Tasks the engine ran together share a batch. */
  indexed(documents: number, task: FinishedTaskTimes): void {
    const startedAtMs = Date.parse(task.startedAt ?? '');
    const finishedAtMs = Date.parse(task.finishedAt ?? '');
    if (documents <= 0 || Number.isNaN(startedAtMs) || Number.isNaN(finishedAtMs)) return;
    this.indexedDocuments += documents;
    const last = this.batches.at(-1);
    if (last && task.batchUid != null && last.uid === task.batchUid) last.documents += documents;
    else this.batches.push({ uid: task.batchUid, documents, startedAtMs, finishedAtMs });
  }

  /**
   * When the engine should be done with every enqueued document (its clock, ms), at the fastest
   * pace of its batches so far; undefined until one is done (nothing to go by yet) or once all are.
   */
  expectedEndMs(): number | undefined {
    if (!this.batches.length || this.indexedDocuments >= this.enqueuedDocuments) return undefined;
    const msPerDocument = Math.min(...this.batches.map((batch) => (batch.finishedAtMs - batch.startedAtMs) / batch.documents));
    const lastFinishedAtMs = Math.max(...this.batches.map((batch) => batch.finishedAtMs));
    return lastFinishedAtMs + (this.enqueuedDocuments - this.indexedDocuments) * msPerDocument;
  }

  /**
   * The pause before the next look: half the time to the expected end (MIN_POLL_MS to
   * MAX_POLL_MS), or half the time since it passed (MIN_POLL_MS to OVERDUE_POLL_MS); `fallbackMs`
   * while there is nothing to go by. `nowMs` is this machine's clock, taken to be the engine's:
   * an engine elsewhere whose clock is skewed gets looks 10 or 50 ms apart, as good as before.
   */
  pauseMs(nowMs: number, fallbackMs: number): number {
    const expectedEnd = this.expectedEndMs();
    if (expectedEnd === undefined) return fallbackMs;
    const halfGap = Math.abs(expectedEnd - nowMs) / 2;
    return Math.max(MIN_POLL_MS, Math.min(halfGap, nowMs < expectedEnd ? MAX_POLL_MS : OVERDUE_POLL_MS));
  }
}
