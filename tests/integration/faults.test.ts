/**
 * Faults against a real engine of the test's own: killed → 503 with Retry-After; frozen
 * (SIGSTOP, a stand-in for a hung engine) → 503 by the client timeout, since a hung request
 * would otherwise run into the test timeout; back → 200 with no restart of the app.
 * Re-ingesting during a search loop → no failed or empty answer.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort, startLocalEngine, type EngineHandle } from '../../core/engine/local-engine.ts';
import { replaceIndex } from '../../ingest/index/replace-index.ts';
import { createApp } from '../../server/app.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { findOrCreateSearchKey } from '../../server/search-key.ts';
import { SearchService } from '../../server/search-service.ts';
import { COUNCIL_DOCUMENTS } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

describe('when the engine goes away', () => {
  let dataDir: string;
  let port: number;
  let engine: EngineHandle;
  let search: SearchService;
  let app: ReturnType<typeof createHttpServer>;
  const indexUid = 'faults';

  const startEngine = () =>
    startLocalEngine({ binaryPath: inject('meiliBinary'), dataDir, port, attach: false });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'timeline-faults-'));
    port = await findFreePort();
    engine = await startEngine();
    const admin = new Meilisearch({ host: engine.host, apiKey: engine.masterKey, timeout: 30_000 });
    await replaceIndex(admin, { indexUid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    const key = await findOrCreateSearchKey(admin, indexUid);
    search = new SearchService({
      client: new Meilisearch({ host: engine.host, apiKey: key, timeout: 1000 }),
      indexUid,
      cacheEntries: 0,
    });
    await search.start();
    app = createHttpServer(createApp({ search, logger: pino({ level: 'silent' }) }));
  });

  afterAll(async () => {
    search.stop();
    process.kill(engine.child!.pid!, 'SIGCONT');
    await engine.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After once the engine is killed, and 200 again once it is back', async () => {
    await request(app).get('/api/search').query({ q: 'bridge' }).expect(200);

    engine.child!.kill('SIGKILL');
    await new Promise((resolve) => engine.child!.once('exit', resolve));

    const down = await request(app).get('/api/search').query({ q: 'bridge' }).expect(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.body.error.code).toBe('ENGINE_UNAVAILABLE');
    const health = await request(app).get('/api/health').expect(503);
    expect(health.headers['retry-after']).toBe('5');
    expect(health.headers['cache-control']).toBe('no-store');
    expect(health.body.error).toEqual({ code: 'ENGINE_UNAVAILABLE', message: 'The search engine does not answer' });
    await request(app).get('/api/documents/c-event-1').expect(503);

    engine = await startEngine();
    const back = await request(app).get('/api/search').query({ q: 'bridge' }).expect(200);
    expect(back.body.totalHits).toBeGreaterThan(0);
    await request(app).get('/api/health').expect(200);
  });

  it('answers 503 when the engine hangs, and recovers when it resumes', async () => {
    process.kill(engine.child!.pid!, 'SIGSTOP');
    try {
      const hung = await request(app).get('/api/search').query({ q: 'council' }).expect(503);
      expect(hung.body.error.message).toMatch(/in time|unreachable/);
    } finally {
      process.kill(engine.child!.pid!, 'SIGCONT');
    }
    const back = await request(app).get('/api/search').query({ q: 'council' }).expect(200);
    expect(back.body.totalHits).toBeGreaterThan(0);
  });
});

describe('re-ingesting while searches run', () => {
  let fixture: SearchFixture;

  beforeAll(async () => {
    fixture = await createSearchFixture({ documents: COUNCIL_DOCUMENTS, prefix: 'swap', timeoutMs: 5000 });
  });

  afterAll(() => fixture.dispose());

  it('never answers with an error or an empty result (the swap is atomic)', async () => {
    const app = createApp({ search: fixture.search, logger: pino({ level: 'silent' }) });
    let ingesting = true;
    const statuses: number[] = [];
    const totals: number[] = [];
    const searchLoop = (async () => {
      while (ingesting) {
        const response = await request(app).get('/api/search').query({ q: 'bridge' });
        statuses.push(response.status);
        totals.push(response.body.totalHits);
      }
    })();
    for (let round = 0; round < 3; round += 1) {
      await replaceIndex(fixture.admin, { indexUid: fixture.indexUid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    }
    ingesting = false;
    await searchLoop;
    expect(statuses.length).toBeGreaterThan(5);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(Math.min(...totals)).toBe(Math.max(...totals));
    expect(Math.min(...totals)).toBeGreaterThan(0);
  });
});

describe('when the index is gone', () => {
  let fixture: SearchFixture;

  beforeAll(async () => {
    fixture = await createSearchFixture({ documents: COUNCIL_DOCUMENTS, prefix: 'gone' });
  });

  afterAll(() => fixture.dispose());

  it('answers searches and the health check with 503 and what to do, and both recover once it is indexed again', async () => {
    const app = createApp({ search: fixture.search, logger: pino({ level: 'silent' }) });
    await request(app).get('/api/health').expect(200);
    await fixture.admin.deleteIndex(fixture.indexUid).waitTask();

    const search = await request(app).get('/api/search').query({ q: 'bridge' }).expect(503);
    expect(search.body.error.code).toBe('INDEX_NOT_READY');
    expect(search.body.error.message).toContain('npm run ingest');
    const health = await request(app).get('/api/health').expect(503);
    expect(health.body.error.code).toBe('INDEX_NOT_READY');
    expect(health.body.error.message).toContain(`index "${fixture.indexUid}"`);

    await replaceIndex(fixture.admin, { indexUid: fixture.indexUid, documents: [COUNCIL_DOCUMENTS], replacedArticles: null });
    await request(app).get('/api/health').expect(200);
    await request(app).get('/api/search').query({ q: 'bridge' }).expect(200);
  });
});
