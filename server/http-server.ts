/**
 * The HTTP server around the app. Node refuses request heads over 16 KiB with a bare 431; a
 * search URL holding a 20,000-character query should instead reach the app and get a 400 that
 * names the parameter, so the limit is raised to 64 KiB (bodies stay limited to 10 KiB).
 *
 * An app with a search answerer (app.ts) is served behind the search front (search-front.ts),
 * which answers plain searches on the bare connection and hands every other connection to
 * node:http; the server returned is the front, listening and closing for both.
 */
import http from 'node:http';
import type { App } from './app.ts';
import { createSearchFront, type ListeningServer } from './search-front.ts';

export const MAX_HEADER_BYTES = 64 * 1024;
// Slightly above common proxy idle timeouts, so the proxy closes first, not us.
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
export const HEADERS_TIMEOUT_MS = 66_000;

export function createHttpServer(app: App): ListeningServer {
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  if (!app.answerSearch) return server;
  return createSearchFront({
    httpServer: server,
    answerSearch: app.answerSearch,
    maxHeaderBytes: MAX_HEADER_BYTES,
    keepAliveTimeoutMs: KEEP_ALIVE_TIMEOUT_MS,
    headersTimeoutMs: HEADERS_TIMEOUT_MS,
  });
}
