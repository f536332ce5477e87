/**
 * The HTTP server around the app. Node refuses request heads over 16 KiB with a bare 431; a
 * search URL holding a 20,000-character query should instead reach the app and get a 400 that
 * names the parameter, so the limit is raised to 64 KiB (bodies stay limited to 10 KiB).
 */
import http from 'node:http';

export const MAX_HEADER_BYTES = 64 * 1024;

export function createHttpServer(app: http.RequestListener): http.Server {
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  // Slightly above common proxy idle timeouts, so the proxy closes first, not us.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
