/**
 * The cheapest possible Node.js proxy in front of the engine, for `npm run bench` to measure
 * against: for each workload GET it sends the precomputed multi-search body and copies the
 * engine's bytes back, without validating, parsing or serialising anything. Whatever any Node
 * app in front of Meilisearch costs at least (two HTTP exchanges in one process, sharing the CPU
 * with the engine), this costs; the API's distance from it is the cost of its own work.
 *
 * Run by the bench as a child process with MEILI_HOST, SEARCH_KEY and INDEX_UID set; prints
 * its URL the way `npm start` does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { workloadRequests } from './workload.ts';

const engine = new URL(process.env['MEILI_HOST'] ?? 'http://127.0.0.1:7700');
const searchKey = process.env['SEARCH_KEY'];
const bodies = new Map(workloadRequests(process.env['INDEX_UID'] ?? 'timeline').map((request) => [request.apiPath, request.directBody]));
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
const headers = {
  'Content-Type': 'application/json',
  'Accept-Encoding': 'identity',
  ...(searchKey ? { Authorization: `Bearer ${searchKey}` } : {}),
};

const server = http.createServer((req, res) => {
  const body = bodies.get(req.url ?? '');
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  const forwarded = http.request({ hostname: engine.hostname, port: engine.port, path: '/multi-search', method: 'POST', headers, agent }, (answer) => {
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () => {
      const bytes = Buffer.concat(chunks);
      res.writeHead(answer.statusCode ?? 502, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length }).end(bytes);
    });
  });
  forwarded.on('error', () => res.writeHead(502).end());
  forwarded.end(body);
});

server.listen(0, '127.0.0.1', () => {
  process.stderr.write(`\n  Timeline search: http://127.0.0.1:${(server.address() as AddressInfo).port}/\n\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
