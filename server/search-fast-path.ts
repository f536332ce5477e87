/**
 * `GET /api/search` without Express. The search route is the hot path: measured under load,
 * Express's per-request machinery (prototype swaps, the router, a dozen helmet middlewares
 * setting the same headers every time) cost as much CPU as the rest of the request together, on
 * a machine where every cycle the app spends is one the engine cannot use.
 *
 * It answers exactly as the Express route would: the same query parsing (node:querystring, which
 * is Express 5's "simple" query parser), the same validation, cache, ETags and 304s, the same
 * security headers (captured once from helmet), the same error mapping and failure logs. The
 * answer is made apart from any transport (`createSearchAnswerer`), so the bare-socket front
 * (search-front.ts) and node:http (`createSearchFastPath`) send the same one. Anything it does
 * not recognise falls through to Express, so falling through is always correct.
 */
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import querystring from 'node:querystring';
import type { Logger } from 'pino';
import { toByteString } from './byte-strings.ts';
import { toErrorAnswer } from './errors.ts';
import { resourceOf, revalidate } from './etag.ts';
import { logFailure, requestIdFrom } from './request-log.ts';
import { parseSearchRequest } from './search-params.ts';
import type { SearchService } from './search-service.ts';

const SEARCH_PATH = '/api/search';

/** What answering a search needs of its request, whichever transport read it. */
export interface SearchExchange {
  method: 'GET' | 'HEAD';
  /** The request target, for failure logs. */
  url: string;
  /** What follows the `?`, or ''. */
  rawQuery: string;
  /** Read for the request id and revalidation (If-None-Match, Cache-Control). */
  headers: IncomingHttpHeaders;
}

export interface SearchAnswer {
  status: number;
  /** Headers every answer carries (the security headers), sent before `headers`, which never repeat them. */
  shared?: SharedHeaders;
  /** This answer's own headers. */
  headers: OutgoingHttpHeaders;
  /**
   * The body: a byte string (byte-strings.ts), written as latin1 (the search's answer is one, and
   * no Buffer is made for it), or bytes. A HEAD request's answer carries its headers only, which
   * the transport sees to.
   */
  body: string | Buffer | undefined;
}

/**
 * Headers that are the same on every answer, prepared once: as fields for node:http, and as the
 * head's lines for the search front. Measured under load, copying the security headers into
 * every answer's header object and writing them out line by line cost the server about 25 µs a
 * search (docs/performance.md), for the same 650 bytes every time.
 */
export interface SharedHeaders {
  readonly fields: Readonly<OutgoingHttpHeaders>;
  /** `Name: value\r\n` for each field. */
  readonly lines: string;
}

export function shareHeaders(fields: OutgoingHttpHeaders): SharedHeaders {
  return { fields: Object.freeze({ ...fields }), lines: headerLines(fields) };
}

/** The head's lines of a set of header fields: one line per value of a field given as a list. */
export function headerLines(fields: OutgoingHttpHeaders): string {
  let lines = '';
  for (const name in fields) {
    const value = fields[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) lines += `${name}: ${item}\r\n`;
    else lines += `${name}: ${value}\r\n`;
  }
  return lines;
}

export type AnswerSearch = (exchange: SearchExchange) => Promise<SearchAnswer>;

/** The query of a GET or HEAD for the search path, else undefined: the request is not one for the fast path. */
export function searchQueryOf(method: string | undefined, target: string): string | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  // A fragment is no part of the query, as Express reads it (`?q=russia#top` searches `russia`).
  const fragment = target.indexOf('#');
  const url = fragment === -1 ? target : target.slice(0, fragment);
  const queryStart = url.indexOf('?');
  if ((queryStart === -1 ? url : url.slice(0, queryStart)) !== SEARCH_PATH) return undefined;
  return queryStart === -1 ? '' : url.slice(queryStart + 1);
}

export function createSearchAnswerer(options: { search: SearchService; logger: Logger; baseHeaders: OutgoingHttpHeaders }): AnswerSearch {
  const { search, logger } = options;
  const shared = shareHeaders({ ...options.baseHeaders, 'Cache-Control': 'no-cache' });

  return async ({ method, url, rawQuery, headers: requestHeaders }) => {
    const started = performance.now();
    const reqId = requestIdFrom(requestHeaders['x-request-id']);
    try {
      const request = parseSearchRequest(querystring.parse(rawQuery));
      const key = search.cacheKey(request);
      const { etag, notModified } = revalidate(requestHeaders, search.version.current, resourceOf.search(key));
      const headers: OutgoingHttpHeaders = etag ? { 'X-Request-Id': reqId, ETag: etag } : { 'X-Request-Id': reqId };
      if (notModified) return { status: 304, shared, headers, body: undefined };
      const body = await search.search(request, key);
      headers['Content-Type'] = 'application/json; charset=utf-8';
      headers['Content-Length'] = body.length;
      return { status: 200, shared, headers, body };
    } catch (error) {
      const failure = toErrorAnswer(error);
      const body = toByteString(JSON.stringify(failure.body));
      const headers: OutgoingHttpHeaders = {
        ...failure.headers,
        'X-Request-Id': reqId,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': body.length,
      };
      logFailure(logger, { reqId, method, url, status: failure.status, ms: Math.round(performance.now() - started) }, error as Error);
      return { status: failure.status, shared, headers, body };
    }
  };
}

export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The fast path on node:http: true when it took the request, false to leave it to Express. */
export function createSearchFastPath(answerSearch: AnswerSearch): FastPath {
  return (req, res) => {
    const url = req.url ?? '';
    const rawQuery = searchQueryOf(req.method, url);
    if (rawQuery === undefined) return false;
    const method = req.method as SearchExchange['method'];
    void answerSearch({ method, url, rawQuery, headers: req.headers }).then((answer) => {
      if (!res.headersSent) res.writeHead(answer.status, { ...answer.shared?.fields, ...answer.headers }).end(method === 'HEAD' ? undefined : answer.body, 'latin1');
    });
    return true;
  };
}
