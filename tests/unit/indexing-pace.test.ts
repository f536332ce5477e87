/**
 * The ingest's looks at an unfinished document task: closing in on the end the engine's pace so
 * far foresees, often once it is due, and as before while there is nothing to go by.
 */
import { describe, expect, it } from 'vitest';
import { IndexingPace, MAX_POLL_MS, MIN_POLL_MS, OVERDUE_POLL_MS } from '../../ingest/index/indexing-pace.ts';

const at = (ms: number) => new Date(ms).toISOString();
const T = Date.parse('2026-11-29T20:00:00.000Z');

/** A task of batch `batchUid`, which the engine ran from `startMs` to `endMs` after T. */
function finished(batchUid: number, startMs: number, endMs: number) {
  return { batchUid, startedAt: at(T + startMs), finishedAt: at(T + endMs) };
}

describe('IndexingPace', () => {
  it('has nothing to go by until a document task is done, and gives the caller’s own pause', () => {
    const pace = new IndexingPace();
    pace.enqueued(0);
    pace.enqueued(1000);
    expect(pace.expectedEndMs()).toBeUndefined();
    expect(pace.pauseMs(T, 8)).toBe(8);
    // A task adding nothing (the index's creation, its settings) tells nothing of the pace.
    pace.indexed(0, finished(1, 0, 5));
    expect(pace.pauseMs(T, 16)).toBe(16);
  });

  it('foresees the end of the rest at the fastest pace of the batches done', () => {
    const pace = new IndexingPace();
    for (const documents of [1000, 2000, 2000, 787]) pace.enqueued(documents);
    pace.indexed(1000, finished(3, 0, 100)); // 0.1 ms a document
    pace.indexed(2000, finished(4, 100, 260)); // with the next task: 4,000 in 160 ms, 0.04 ms a document
    pace.indexed(2000, finished(4, 100, 260));
    expect(pace.expectedEndMs()).toBe(T + 260 + 787 * 0.04);
  });

  it('halves the gap to the foreseen end, up to MAX_POLL_MS and down to MIN_POLL_MS', () => {
    const pace = new IndexingPace();
    pace.enqueued(1000);
    pace.enqueued(1000);
    pace.indexed(1000, finished(1, 0, 100)); // the rest is due at T + 200
    expect(pace.pauseMs(T + 100, MIN_POLL_MS)).toBe(MAX_POLL_MS);
    expect(pace.pauseMs(T + 160, MIN_POLL_MS)).toBe(20);
    expect(pace.pauseMs(T + 199, MIN_POLL_MS)).toBe(MIN_POLL_MS);
  });

  it('keeps looking at most OVERDUE_POLL_MS apart once the foreseen end has passed', () => {
    const pace = new IndexingPace();
    pace.enqueued(1000);
    pace.enqueued(1000);
    pace.indexed(1000, finished(1, 0, 100));
    expect(pace.pauseMs(T + 206, MIN_POLL_MS)).toBe(3);
    expect(pace.pauseMs(T + 260, MIN_POLL_MS)).toBe(OVERDUE_POLL_MS);
    expect(pace.pauseMs(T + 5000, MIN_POLL_MS)).toBe(OVERDUE_POLL_MS);
  });

  it('goes back to the caller’s pause once every document is indexed, and ignores tasks without times', () => {
    const pace = new IndexingPace();
    pace.enqueued(500);
    pace.indexed(500, { batchUid: 7, startedAt: null, finishedAt: null });
    expect(pace.pauseMs(T, 4)).toBe(4);
    pace.indexed(500, finished(7, 0, 50));
    expect(pace.expectedEndMs()).toBeUndefined();
    expect(pace.pauseMs(T, 4)).toBe(4);
  });
});
