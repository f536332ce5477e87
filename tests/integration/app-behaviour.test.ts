/**
 * App behaviour that spans requests: ETags follow the index version across a re-ingest (and the
 * response cache never serves the old index), the optional rate limit answers 429 in JSON, and a
 * caller's request id is echoed for log correlation.
 */
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { replaceIndex } from '../../ingest/index/replace-index.ts';
import { createApp } from '../../server/app.ts';
import { SearchService } from '../../server/search-service.ts';
import { createEngineClient } from '../../core/engine/engine-client.ts';
import { COUNCIL_DOCUMENTS, makeDocument } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

let fixture: SearchFixture;
let search: SearchService;

beforeAll(async () => {
  fixture = await createSearchFixture({ documents: COUNCIL_DOCUMENTS, prefix: 'behaviour', cacheEntries: 100 });
  search = fixture.search;
});

afterAll(() => fixture.dispose());

describe('after a re-ingest', () => {
  it('the ETag changes, the old one no longer gives 304, and the cache serves the new documents', async () => {
    const app = createApp({ search, logger: pino({ level: 'silent' }) });
    const before = await request(app).get('/api/search').query({ q: 'ferry' }).expect(200);
    expect(before.body.totalHits).toBe(0);
    const oldTag = before.headers['etag'];

    const ferry = makeDocument({ id: 'c-event-9', position: 9, date: '2021-06-01', text: 'A ferry replaces the bridge for a week.' });
    await replaceIndex(fixture.admin, { indexUid: fixture.indexUid, documents: [[...COUNCIL_DOCUMENTS, ferry]], replacedArticles: null });

    let after = await request(app).get('/api/search').query({ q: 'ferry' });
    for (let attempt = 0; attempt < 100 && after.headers['etag'] === oldTag; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await request(app).get('/api/search').query({ q: 'ferry' });
    }
    expect(after.headers['etag']).not.toBe(oldTag);
    expect(after.body.totalHits).toBe(1);
    await request(app).get('/api/search').query({ q: 'ferry' }).set('If-None-Match', oldTag).expect(200);
  });
});

describe('the rate limit', () => {
  it('answers 429 in JSON past the configured requests per minute', async () => {
    const app = createApp({ search, logger: pino({ level: 'silent' }), rateLimitPerMinute: 2 });
    await request(app).get('/api/search').expect(200);
    await request(app).get('/api/search').expect(200);
    const limited = await request(app).get('/api/search').expect(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
  });

  it('is off by default', async () => {
    const app = createApp({ search, logger: pino({ level: 'silent' }) });
    for (let count = 0; count < 5; count += 1) await request(app).get('/api/health').expect(200);
  });
});

describe('logs', () => {
  it('log a failed request with its request id, status and no stack in the response', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const dead = new SearchService({ client: createEngineClient({ host: 'http://127.0.0.1:1', apiKey: undefined, timeoutMs: 500 }), indexUid: 'x', cacheEntries: 0 });
    const app = createApp({ search: dead, logger });
    const response = await request(app).get('/api/search').set('X-Request-Id', 'trace-503').expect(503);
    expect(JSON.stringify(response.body)).not.toMatch(/\bat \S+:\d+/);
    const entry = lines.map((line) => JSON.parse(line)).find((logged) => logged.reqId === 'trace-503' && logged.status === 503);
    expect(entry).toMatchObject({ method: 'GET', url: '/api/search', level: 40, reason: expect.stringMatching(/unreachable/) });
    expect(entry.err).toBeUndefined();
  });
});

describe('an unexpected engine refusal', () => {
  it('answers a bare 500 and logs the error with its stack and request id', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const misconfigured = new SearchService({
      client: createEngineClient({ host: inject('meiliHost'), apiKey: 'not-a-valid-key', timeoutMs: 2000 }),
      indexUid: fixture.indexUid,
      cacheEntries: 0,
    });
    const app = createApp({ search: misconfigured, logger });
    const response = await request(app).get('/api/search').set('X-Request-Id', 'trace-500').expect(500);
    expect(response.body).toEqual({ error: { code: 'INTERNAL', message: 'Internal error' } });
    const entry = lines.map((line) => JSON.parse(line)).find((logged) => logged.reqId === 'trace-500');
    expect(entry).toMatchObject({ status: 500, level: 50 });
    expect(entry.err.stack).toContain('invalid_api_key');
  });
});

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id and replaces a malformed one', async () => {
    const app = createApp({ search, logger: pino({ level: 'silent' }) });
    const echoed = await request(app).get('/api/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const replaced = await request(app).get('/api/health').set('X-Request-Id', 'bad id <script>').expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
