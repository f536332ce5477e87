/**
 * The search fast path (plain node:http in front of Express) must answer exactly as the Express
 * route does. An app with a rate limit runs every request through Express, so the two apps over
 * the same index are compared request by request: status, body and the headers a client sees.
 */
import type { RequestListener } from 'node:http';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { COUNCIL_DOCUMENTS } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

let fixture: SearchFixture;
let fastApp: RequestListener;
let expressApp: RequestListener;

beforeAll(async () => {
  fixture = await createSearchFixture({ documents: COUNCIL_DOCUMENTS, prefix: 'fastpath' });
  fastApp = createApp({ search: fixture.search, logger: pino({ level: 'silent' }) });
  expressApp = createApp({ search: fixture.search, logger: pino({ level: 'silent' }), rateLimitPerMinute: 1_000_000 });
});

afterAll(() => fixture.dispose());

const COMPARED_HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'retry-after',
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'strict-transport-security',
  'cross-origin-opener-policy',
  'x-powered-by',
];

async function answerOf(app: RequestListener, path: string, method: 'get' | 'head' = 'get', headers: Record<string, string> = {}) {
  const response = await request(app)[method](path).set(headers);
  const picked = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers[name]]));
  if (response.text) expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
  // The engine's own timing is the one part of an answer that differs between two searches.
  const { processingTimeMs, ...body } = response.body as Record<string, unknown>;
  if (response.status === 200 && method === 'get' && path.startsWith('/api/search')) expect(processingTimeMs).toEqual(expect.any(Number));
  return { status: response.status, body, text: response.text, headers: picked, requestId: response.headers['x-request-id'] };
}

describe('the search fast path', () => {
  const paths = [
    '/api/search',
    '/api/search?q=bridge',
    '/api/search?q=brige&type=event&type=quote',
    '/api/search?q=&month=2021-03&month=2021-05&sort=date:asc&page=1&hitsPerPage=2',
    '/api/search?q=council&speaker=Dana%20Whitfield',
    '/api/search?q=%3Cimg%20src%3Dx%3E',
    '/api/search?page=0',
    '/api/search?type=banana',
    '/api/search?q=a&q=b',
    '/api/search?hitsPerPage=100000',
  ];

  it.each(paths)('answers %s exactly as the Express route does', async (path) => {
    const [fast, slow] = [await answerOf(fastApp, path), await answerOf(expressApp, path)];
    expect(fast.status).toBeLessThan(500);
    expect(fast).toMatchObject({ status: slow.status, body: slow.body, headers: slow.headers });
    expect(fast.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers HEAD with the headers and no body, as Express does', async () => {
    const [fast, slow] = [await answerOf(fastApp, '/api/search?q=bridge', 'head'), await answerOf(expressApp, '/api/search?q=bridge', 'head')];
    expect(fast.status).toBe(200);
    expect(fast.headers).toEqual(slow.headers);
    expect(fast.text ?? '').toBe('');
  });

  it('answers 304 to the current ETag, with the same headers as Express', async () => {
    const { headers } = await answerOf(fastApp, '/api/search?q=bridge');
    const revalidate = { 'If-None-Match': String(headers['etag']) };
    const [fast, slow] = [await answerOf(fastApp, '/api/search?q=bridge', 'get', revalidate), await answerOf(expressApp, '/api/search?q=bridge', 'get', revalidate)];
    expect(fast.status).toBe(304);
    expect(fast.headers).toEqual(slow.headers);
  });

  it('echoes a well-formed request id and makes one up otherwise', async () => {
    expect((await answerOf(fastApp, '/api/search', 'get', { 'X-Request-Id': 'fast-1' })).requestId).toBe('fast-1');
    expect((await answerOf(fastApp, '/api/search', 'get', { 'X-Request-Id': 'no good' })).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves every other path and method to Express', async () => {
    for (const path of ['/api/search/', '/API/search?q=bridge', '/api/health']) {
      const [fast, slow] = [await answerOf(fastApp, path), await answerOf(expressApp, path)];
      expect(fast).toMatchObject({ status: slow.status, body: slow.body });
    }
    await request(fastApp).post('/api/search').expect(405);
  });
});
