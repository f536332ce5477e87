/**
 * `GET /api/search` on plain node:http, in front of Express. The search route is the hot path:
 * measured under load, Express's per-request machinery (prototype swaps, the router, a dozen
 * helmet middlewares setting the same headers every time) cost as much CPU as the rest of the
 * request together, on a machine where every cycle the app spends is one the engine cannot use.
 *
 * It answers exactly as the Express route would: the same query parsing (node:querystring, which
 * is Express 5's "simple" query parser), the same validation, cache, ETags and 304s, the same
 * security headers (captured once from helmet), the same error mapping and failure logs. Anything
 * it does not recognise falls through to Express, so falling through is always correct.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import querystring from 'node:querystring';
import type { Logger } from 'pino';
import { toErrorAnswer } from './errors.ts';
import { resourceOf, revalidate } from './etag.ts';
import { logFailure, requestIdFrom } from './request-log.ts';
import { parseSearchRequest } from './search-params.ts';
import type { SearchService } from './search-service.ts';

const SEARCH_PATH = '/api/search';

export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

export function createSearchFastPath(options: { search: SearchService; logger: Logger; baseHeaders: OutgoingHttpHeaders }): FastPath {
  const { search, logger } = options;
  const baseHeaders: OutgoingHttpHeaders = { ...options.baseHeaders, 'Cache-Control': 'no-cache' };

  const answer = async (req: IncomingMessage, res: ServerResponse, rawQuery: string): Promise<void> => {
    const started = performance.now();
    const reqId = requestIdFrom(req.headers['x-request-id']);
    try {
      const request = parseSearchRequest(querystring.parse(rawQuery));
      const key = search.cacheKey(request);
      const { etag, notModified } = revalidate(req.headers, search.version.current, resourceOf.search(key));
      const headers: OutgoingHttpHeaders = { ...baseHeaders, 'X-Request-Id': reqId, ...(etag ? { ETag: etag } : {}) };
      if (notModified) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = await search.search(request, key);
      headers['Content-Type'] = 'application/json; charset=utf-8';
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const failure = toErrorAnswer(error);
      const body = JSON.stringify(failure.body);
      const headers: OutgoingHttpHeaders = {
        ...baseHeaders,
        ...failure.headers,
        'X-Request-Id': reqId,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
      };
      if (!res.headersSent) res.writeHead(failure.status, headers).end(req.method === 'HEAD' ? undefined : body);
      const entry = { reqId, method: req.method, url: req.url, status: failure.status, ms: Math.round(performance.now() - started) };
      logFailure(logger, entry, error as Error);
    }
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    const queryStart = url.indexOf('?');
    if ((queryStart === -1 ? url : url.slice(0, queryStart)) !== SEARCH_PATH) return false;
    void answer(req, res, queryStart === -1 ? '' : url.slice(queryStart + 1));
    return true;
  };
}
