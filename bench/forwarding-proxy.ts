/**
 * The cheapest possible Node.js proxy in front of the engine, for `npm run bench` to measure
 * against: for each workload GET it sends the precomputed multi-search body and copies the
 * engine's bytes back, without validating, parsing or serialising anything. Whatever any Node
 * app in front of Meilisearch costs at least (two HTTP exchanges in one process, sharing the CPU
 * with the engine), this costs; the API's distance from it is the cost of its own work. It uses
 * the API's own transports (the search front, EngineConnectionPool to the engine), so that
 * distance is not a difference of transport.
 *
 * Run by the bench as a child process with MEILI_HOST, SEARCH_KEY and INDEX_UID set; prints
 * its URL the way `npm start` does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { engineConnectionPool, multiSearchRequestWriter } from '../server/engine-multi-search.ts';
import { HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_HEADER_BYTES } from '../server/http-server.ts';
import { createSearchFront } from '../server/search-front.ts';
import { workloadRequests } from './workload.ts';

const engine = new URL(process.env['MEILI_HOST'] ?? 'http://127.0.0.1:7700');
const engineRequest = multiSearchRequestWriter({ host: engine.href, apiKey: process.env['SEARCH_KEY'] || undefined });
/** Each workload path's whole engine request, head and body. */
const engineRequests = new Map(workloadRequests(process.env['INDEX_UID'] ?? 'timeline').map((request) => [request.apiPath, engineRequest(request.directBody)]));
const pool = engineConnectionPool(engine, 5000);

const notFound = http.createServer((_req, res) => res.writeHead(404).end());
const server = createSearchFront({
  httpServer: notFound,
  answerSearch: async ({ url }) => {
    const request = engineRequests.get(url);
    if (request === undefined) return { status: 404, headers: { 'Content-Length': 0 }, body: undefined };
    try {
      const answer = await pool.send(request);
      return { status: answer.status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': answer.body.length }, body: answer.body };
    } catch {
      return { status: 502, headers: { 'Content-Length': 0 }, body: undefined };
    }
  },
  maxHeaderBytes: MAX_HEADER_BYTES,
  keepAliveTimeoutMs: KEEP_ALIVE_TIMEOUT_MS,
  headersTimeoutMs: HEADERS_TIMEOUT_MS,
});

server.listen(0, '127.0.0.1', () => {
  process.stderr.write(`\n  Timeline search: http://127.0.0.1:${(server.address() as AddressInfo).port}/\n\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
