/**
 * The atomic indexer against a real engine: a fresh build swapped in (over the leftover of an
 * interrupted run), the same result when run twice, other articles carried over, and a failed build (parse error mid-stream, a task the
 * engine rejects, or one that does not finish in time) leaving the live index exactly as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Meilisearch } from 'meilisearch';
import type { TimelineDocument } from '../../core/schema.ts';
import { engineApiError } from '../../core/engine/engine-client.ts';
import { EngineTaskError } from '../../core/errors.ts';
import { replaceIndex } from '../../ingest/index/replace-index.ts';
import { INDEX_SETTINGS } from '../../ingest/index/settings.ts';
import { outdatedSettings, seedIndexIfEmpty } from '../../server/seed-index.ts';
import { COUNCIL_DOCUMENTS, makeDocument } from '../helpers/documents.ts';
import { adminClient, dropIndex, uniqueIndexUid } from '../helpers/engine.ts';

const admin = adminClient();
const created: string[] = [];

function newIndexUid(): string {
  const uid = uniqueIndexUid('idx');
  created.push(uid);
  return uid;
}

afterEach(async () => {
  for (const uid of created.splice(0)) await dropIndex(admin, uid);
});

async function allDocuments(uid: string): Promise<TimelineDocument[]> {
  const { results } = await admin.index<TimelineDocument>(uid).getDocuments({ limit: 1000 });
  return results.sort((a, b) => a.id.localeCompare(b.id));
}

async function indexNames(): Promise<string[]> {
  return (await admin.getRawIndexes({ limit: 1000 })).results.map((index) => index.uid);
}

/** The engine client, recording when each document upload starts and when the engine has registered it. */
function recordingUploads(client: Meilisearch, events: string[]): Meilisearch {
  return new Proxy(client, {
    get(target, property) {
      if (property !== 'index') {
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (uid: string) => {
        const index = target.index<TimelineDocument>(uid);
        const addDocuments = index.addDocuments.bind(index);
        index.addDocuments = (documents, options) => {
          const first = documents[0]?.id;
          events.push(`upload ${first}`);
          const upload = addDocuments(documents, options);
          void upload.then(() => events.push(`registered ${first}`), () => {});
          return upload;
        };
        return index;
      };
    },
  });
}

describe('replaceIndex', () => {
  it('creates the live index with the settings and every document', async () => {
    const uid = newIndexUid();
    const result = await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    expect(result.documentCount).toBe(COUNCIL_DOCUMENTS.length);
    expect((await allDocuments(uid)).map((d) => d.id)).toEqual(COUNCIL_DOCUMENTS.map((d) => d.id).sort());
    const settings = await admin.index(uid).getSettings();
    // Exactly what the API and the ingest filter on: each filterable attribute costs indexing time.
    expect([...(settings.filterableAttributes ?? [])].sort()).toEqual(['article', 'eventId', 'month', 'position', 'speaker', 'type']);
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(INDEX_SETTINGS.sortableAttributes));
    expect(settings.rankingRules?.[0]).toBe('sort');
    expect(settings.facetSearch).toBe(false);
    expect(await indexNames()).not.toContain(`${uid}__next`);
  });

  it('builds afresh over the leftover of an interrupted run, with the settings applied', async () => {
    const uid = newIndexUid();
    const leftover = admin.index(`${uid}__next`);
    await admin.createIndex(`${uid}__next`, { primaryKey: 'id' }).waitTask();
    await leftover.updateSettings({ filterableAttributes: [] }).waitTask();
    await leftover.addDocuments([makeDocument({ id: 'stale-1', text: 'From an interrupted run.' })]).waitTask();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    expect((await allDocuments(uid)).map((d) => d.id)).toEqual(COUNCIL_DOCUMENTS.map((d) => d.id).sort());
    expect((await admin.index(uid).getSettings()).filterableAttributes).toEqual(expect.arrayContaining(['type', 'month', 'speaker']));
    expect(await indexNames()).not.toContain(`${uid}__next`);
  });

  it('gives the same index when run twice', async () => {
    const uid = newIndexUid();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    const first = await allDocuments(uid);
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    expect(await allDocuments(uid)).toEqual(first);
  });

  it('batches across articles and keeps documents of articles it does not replace', async () => {
    const uid = newIndexUid();
    const other = [makeDocument({ id: 'o-event-1', article: 'other-story', text: 'Another story entirely.' })];
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS, other], replacedArticles: null, batchSize: 3 });
    const updated = COUNCIL_DOCUMENTS.slice(0, 2).map((d) => ({ ...d, text: `${d.text} (updated)` }));
    const result = await replaceIndex(admin, { indexUid: uid, documents: [updated], replacedArticles: ['council-story'] });
    expect(result.carriedOver).toBe(1);
    const ids = (await allDocuments(uid)).map((d) => d.id);
    expect(ids).toEqual(['c-event-1', 'c-quote-1', 'o-event-1']);
  });

  it('sends small batches first, doubling up to the batch size, so the engine starts while the rest is parsed', async () => {
    const uid = newIndexUid();
    const documents = Array.from({ length: 17 }, (_, n) => makeDocument({ id: `d-${n}`, text: `Entry number ${n}.` }));
    const articles = [documents.slice(0, 5), documents.slice(5)];
    await replaceIndex(admin, { indexUid: uid, documents: articles, replacedArticles: null, batchSize: 5, firstBatchSize: 2 });
    const { results } = await admin.tasks.getTasks({ indexUids: [`${uid}__next`], types: ['documentAdditionOrUpdate'] });
    const sent = results.sort((a, b) => a.uid - b.uid).map((task) => (task.details as { receivedDocuments: number }).receivedDocuments);
    expect(sent).toEqual([2, 4, 5, 5, 1]);
    expect((await allDocuments(uid)).length).toBe(17);
  });

  it('leaves the live index untouched when the documents fail mid-stream', async () => {
    const uid = newIndexUid();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    const before = await allDocuments(uid);
    async function* failing(): AsyncGenerator<TimelineDocument[]> {
      yield [makeDocument({ id: 'new-1', text: 'A new entry.' })];
      throw new Error('the second article cannot be parsed');
    }
    await expect(
      replaceIndex(admin, { indexUid: uid, documents: failing(), replacedArticles: null, batchSize: 1 }),
    ).rejects.toThrow('the second article cannot be parsed');
    expect(await allDocuments(uid)).toEqual(before);
    expect(await indexNames()).not.toContain(`${uid}__next`);
  });

  it('parses the next article while a batch uploads, one upload at a time, in order', async () => {
    const uid = newIndexUid();
    const events: string[] = [];
    const recording = recordingUploads(admin, events);
    async function* articles(): AsyncGenerator<TimelineDocument[]> {
      for (let n = 0; n < 3; n += 1) {
        events.push(`parsed ${n}`);
        yield [makeDocument({ id: `p-${n}`, text: `Entry ${n}.` })];
      }
    }
    await replaceIndex(recording, { indexUid: uid, documents: articles(), replacedArticles: null, batchSize: 1 });
    // The second article was parsed before the engine had answered the first upload...
    expect(events.indexOf('parsed 1')).toBeLessThan(events.indexOf('registered p-0'));
    // ...and an upload starts only once the one before is registered, so the tasks keep their order.
    expect(events.filter((event) => !event.startsWith('parsed'))).toEqual([
      'upload p-0', 'registered p-0', 'upload p-1', 'registered p-1', 'upload p-2', 'registered p-2',
    ]);
    expect((await allDocuments(uid)).map((d) => d.id)).toEqual(['p-0', 'p-1', 'p-2']);
  });

  it('lets an upload reach the engine while the articles after it are parsed, not only at the next upload', async () => {
    const uid = newIndexUid();
    const events: string[] = [];
    const recording = recordingUploads(admin, events);
    async function* articles(): AsyncGenerator<TimelineDocument[]> {
      for (let n = 0; n < 12; n += 1) {
        // Parsing is synchronous work: it gives the event loop no turn of its own.
        const busyUntil = Date.now() + 25;
        while (Date.now() < busyUntil);
        events.push(`parsed ${n}`);
        // The first article fills the first batch (10); the next eleven fit in the second (20), sent after the last.
        const size = n === 0 ? 10 : 1;
        yield Array.from({ length: size }, (_, k) => makeDocument({ id: `r-${n}-${k}`, text: `Entry ${n}, part ${k}.` }));
      }
    }
    await replaceIndex(recording, { indexUid: uid, documents: articles(), replacedArticles: null, batchSize: 20, firstBatchSize: 10 });
    expect(events.filter((event) => event.startsWith('upload'))).toEqual(['upload r-0-0', 'upload r-1-0']);
    expect(events.indexOf('registered r-0-0')).toBeLessThan(events.indexOf('parsed 11'));
    expect((await allDocuments(uid)).length).toBe(21);
  });

  it('leaves the live index untouched when the engine refuses an upload while the next article is parsed', async () => {
    const uid = newIndexUid();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    const before = await allDocuments(uid);
    let parsedWhileUploading = false;
    async function* articles(): AsyncGenerator<TimelineDocument[]> {
      // Not an object: the engine refuses the payload itself, before any task exists.
      yield [42 as unknown as TimelineDocument];
      parsedWhileUploading = true;
      yield [makeDocument({ id: 'next-1', text: 'Parsed while the refused upload was in flight.' })];
      yield [makeDocument({ id: 'next-2', text: 'Never sent.' })];
    }
    const failure = replaceIndex(admin, { indexUid: uid, documents: articles(), replacedArticles: null, batchSize: 1 });
    // The engine's own refusal reaches the caller (the CLI prints it as `Meilisearch refused: …`).
    expect(engineApiError(await failure.catch((error: unknown) => error))?.message).toMatch(/expected a map/);
    expect(parsedWhileUploading).toBe(true);
    expect(await allDocuments(uid)).toEqual(before);
    expect(await indexNames()).not.toContain(`${uid}__next`);
  });

  it('leaves the live index untouched when the engine rejects a task, and says which', async () => {
    const uid = newIndexUid();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    const before = await allDocuments(uid);
    const invalid = { ...makeDocument({ id: 'ok', text: 'x' }), id: 'not a valid id!' };
    const failure = replaceIndex(admin, { indexUid: uid, documents: [[invalid]], replacedArticles: null });
    await expect(failure).rejects.toBeInstanceOf(EngineTaskError);
    await expect(failure).rejects.toThrow(/Adding documents .*invalid_document_id/);
    expect(await allDocuments(uid)).toEqual(before);
  });

  it('gives up on a task that does not finish in time, leaving the live index untouched', async () => {
    const uid = newIndexUid();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    const before = await allDocuments(uid);
    // The engine runs one batch at a time: with this in front, the build's tasks are still waiting
    // when the build first looks at them.
    const busy = Array.from({ length: 5000 }, (_, n) => makeDocument({ id: `busy-${n}`, article: 'busy', text: `Busy entry ${n} on the council budget.` }));
    await admin.index(newIndexUid()).addDocuments(busy, { primaryKey: 'id' });
    const failure = replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null, taskTimeoutMs: 1 });
    await expect(failure).rejects.toBeInstanceOf(EngineTaskError);
    await expect(failure).rejects.toThrow(/did not finish within 1 ms/);
    expect(await allDocuments(uid)).toEqual(before);
    expect(await indexNames()).not.toContain(`${uid}__next`);
  });
});

describe('an index built with an earlier version’s settings', () => {
  it('gets the current settings on start, keeping its documents', async () => {
    const uid = newIndexUid();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    const older = [...INDEX_SETTINGS.searchableAttributes, 'articleTitle'];
    // The facet order of the versions before months were ordered by the API.
    const olderFaceting = { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' as const, month: 'alpha' as const } };
    await admin.index(uid).updateSettings({ searchableAttributes: older, faceting: olderFaceting }).waitTask();
    expect(outdatedSettings(await admin.index(uid).getSettings())).toEqual(['searchableAttributes', 'faceting']);

    const logged: string[] = [];
    expect(await seedIndexIfEmpty(admin, { indexUid: uid, articlesDir: '/nonexistent', log: (line) => logged.push(line) })).toBeUndefined();
    expect(logged.join('\n')).toContain('was built with older settings (searchableAttributes, faceting)');
    for (let attempt = 0; attempt < 100 && outdatedSettings(await admin.index(uid).getSettings()).length; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outdatedSettings(await admin.index(uid).getSettings())).toEqual([]);
    expect((await allDocuments(uid)).length).toBe(COUNCIL_DOCUMENTS.length);
  });

  it('waits for a sortable attribute it lacks, so that no date-sorted search fails after the start', async () => {
    const uid = newIndexUid();
    await replaceIndex(admin, { indexUid: uid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    await admin.index(uid).updateSettings({ sortableAttributes: ['dateKey', 'position'] }).waitTask();
    const logged: string[] = [];
    await seedIndexIfEmpty(admin, { indexUid: uid, articlesDir: '/nonexistent', log: (line) => logged.push(line) });
    expect(logged.join('\n')).toContain('(sortableAttributes): the engine applies the current ones, waiting for them');
    expect(outdatedSettings(await admin.index(uid).getSettings())).toEqual([]);
    const sorted = await admin.index(uid).search('', { sort: ['dateKey:asc', 'minuteOfDay:asc', 'position:asc'] });
    expect(sorted.hits).toHaveLength(COUNCIL_DOCUMENTS.length);
  });
});
