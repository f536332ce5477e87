/**
 * An engine reached over https (Meilisearch Cloud, or any engine behind a TLS proxy): the search
 * route asks it through node:https (engine-multi-search.ts) rather than the bare sockets of a
 * plain-http engine, and must answer the same, and fail the same way, as over plain http.
 *
 * The engine here is the real one behind a TLS-terminating proxy, with the test certificate in
 * tests/fixtures/tls (self-signed for localhost and 127.0.0.1, made for these tests only), trusted
 * by the engine client's https agent for the length of the file.
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/config.ts';
import { createEngineClient, engineAgents } from '../../core/engine/engine-client.ts';
import { EngineUnavailableError } from '../../core/errors.ts';
import type { TimelineDocument } from '../../core/schema.ts';
import { createApp } from '../../server/app.ts';
import { findOrCreateSearchKey } from '../../server/search-key.ts';
import { parseSearchRequest } from '../../server/search-params.ts';
import { SearchService } from '../../server/search-service.ts';
import { makeDocument } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

const TLS_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'tls');
const certificate = readFileSync(path.join(TLS_DIR, 'localhost-cert.pem'));
const privateKey = readFileSync(path.join(TLS_DIR, 'localhost-key.pem'));

const DOCUMENTS: TimelineDocument[] = [
  makeDocument({ id: 'tls-quote-1', type: 'quote', position: 0, text: 'The bridge will hold, I promise you.', speaker: 'José Núñez', date: '2022-01-05' }),
  makeDocument({ id: 'tls-event-1', type: 'event', position: 1, text: 'Engineers inspect the bridge after the storm.', date: '2022-01-06' }),
];

let fixture: SearchFixture;
let searchKey: string;
/** TLS in front of the engine: each connection piped to the engine's plain-http port. */
let proxy: tls.Server;
/** TLS that completes handshakes and then never answers. */
let silent: tls.Server;
let proxyHost: string;
let silentHost: string;
const openSockets = new Set<net.Socket>();

async function listen(server: tls.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://localhost:${(server.address() as net.AddressInfo).port}`;
}

function serviceAt(host: string, timeoutMs = 2000): SearchService {
  return new SearchService({ client: createEngineClient({ host, apiKey: searchKey, timeoutMs }), indexUid: fixture.indexUid, cacheEntries: 0, versionPollMs: 0 });
}

beforeAll(async () => {
  fixture = await createSearchFixture({ documents: DOCUMENTS, prefix: 'tls' });
  searchKey = await findOrCreateSearchKey(fixture.admin, fixture.indexUid);
  const engine = new URL(inject('meiliHost'));
  proxy = tls.createServer({ key: privateKey, cert: certificate }, (socket) => {
    const upstream = net.connect(Number(engine.port), engine.hostname);
    for (const each of [socket, upstream]) {
      openSockets.add(each);
      each.on('error', () => {
        socket.destroy();
        upstream.destroy();
      });
    }
    socket.pipe(upstream).pipe(socket);
  });
  silent = tls.createServer({ key: privateKey, cert: certificate }, (socket) => {
    openSockets.add(socket);
    socket.on('error', () => socket.destroy());
  });
  [proxyHost, silentHost] = await Promise.all([listen(proxy), listen(silent)]);
  engineAgents['https:'].options.ca = certificate;
});

afterAll(async () => {
  delete engineAgents['https:'].options.ca;
  engineAgents['https:'].destroy();
  for (const socket of openSockets) socket.destroy();
  await Promise.all([proxy, silent].map((server) => new Promise((resolve) => server.close(resolve))));
  await fixture.dispose();
});

describe('an engine over https', () => {
  it('answers a search as the same engine does over plain http, through the API too', async () => {
    const overHttps = serviceAt(proxyHost);
    await overHttps.start();
    try {
      for (const params of [{ q: 'bridge' }, { q: 'bridge', type: 'quote' }, { q: '' }]) {
        const searchRequest = parseSearchRequest(params);
        const [secure, plain] = await Promise.all([overHttps.search(searchRequest), fixture.search.search(searchRequest)]);
        const { processingTimeMs: _secure, ...secureAnswer } = JSON.parse(Buffer.from(secure, 'latin1').toString('utf8'));
        const { processingTimeMs: _plain, ...plainAnswer } = JSON.parse(Buffer.from(plain, 'latin1').toString('utf8'));
        expect(secureAnswer, JSON.stringify(params)).toEqual(plainAnswer);
      }
      const response = await request(createApp({ search: overHttps, logger: pino({ level: 'silent' }) }))
        .get('/api/search')
        .query({ q: 'bridge', type: 'quote' })
        .expect(200);
      expect(response.body.hits.map((hit: TimelineDocument) => [hit.id, hit.speaker])).toEqual([['tls-quote-1', 'José Núñez']]);
      expect(response.body.hits[0].highlight).toBe('The <mark>bridge</mark> will hold, I promise you.');
    } finally {
      overHttps.stop();
    }
  });

  it('passes the engine’s refusals on as over plain http: a missing index is not ready (503)', async () => {
    for (const host of [proxyHost, inject('meiliHost')]) {
      const client = createEngineClient({ host, apiKey: inject('meiliMasterKey'), timeoutMs: 2000 });
      const missing = new SearchService({ client, indexUid: 'no-such-index', cacheEntries: 0, versionPollMs: 0 });
      const response = await request(createApp({ search: missing, logger: pino({ level: 'silent' }) })).get('/api/search').query({ q: 'bridge' });
      expect(response.status, host).toBe(503);
      expect(response.body.error.code, host).toBe('INDEX_NOT_READY');
    }
  });

  it('is unavailable (503), not a crash, when its certificate is not trusted or it never answers', async () => {
    delete engineAgents['https:'].options.ca;
    engineAgents['https:'].destroy();
    try {
      await expect(serviceAt(proxyHost).search(parseSearchRequest({ q: 'bridge' }))).rejects.toBeInstanceOf(EngineUnavailableError);
    } finally {
      engineAgents['https:'].options.ca = certificate;
    }
    const hanging = serviceAt(silentHost, 300);
    await expect(hanging.search(parseSearchRequest({ q: 'bridge' }))).rejects.toBeInstanceOf(EngineUnavailableError);
    const response = await request(createApp({ search: hanging, logger: pino({ level: 'silent' }) })).get('/api/search').query({ q: 'bridge' });
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
  });
});
