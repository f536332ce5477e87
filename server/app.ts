/**
 * The app: the JSON search API and the static page, on Express (with a fast path for searches).
 * Exported without `listen`, so tests drive it on a port of their choosing and `main.ts` alone
 * decides where it runs.
 */
import type { RequestListener } from 'node:http';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import rateLimit from 'express-rate-limit';
import type { Logger } from 'pino';
import { PROJECT_ROOT } from '../core/config.ts';
import { AppError } from '../core/errors.ts';
import { toBytes } from './byte-strings.ts';
import { INDEX_NOT_READY } from './engine-errors.ts';
import { errorHandler, methodNotAllowedHandler, notFoundHandler } from './errors.ts';
import { resourceOf, revalidate } from './etag.ts';
import { requestLog } from './request-log.ts';
import { createSearchAnswerer, createSearchFastPath, type AnswerSearch } from './search-fast-path.ts';
import { parseSearchRequest } from './search-params.ts';
import type { SearchService } from './search-service.ts';
import { captureSecurityHeaders, securityHeadersMiddleware } from './security-headers.ts';

export interface AppOptions {
  search: SearchService;
  logger: Logger;
  /** Requests per minute per client address on /api; 0 or undefined: no limit. */
  rateLimitPerMinute?: number;
  trustProxy?: string | undefined;
  publicDir?: string;
}

/** Sets the ETag; answers 304 and returns true when the client already has this response. */
function answeredNotModified(req: Request, res: Response, version: string | undefined, resource: string): boolean {
  const { etag, notModified } = revalidate(req.headers, version, resource);
  if (etag) res.set('ETag', etag);
  if (notModified) res.status(304).end();
  return notModified;
}

/**
 * The app as one request listener, and its search answerer for a server that reads searches off
 * the socket itself (http-server.ts, search-front.ts). Searches take the fast path
 * (search-fast-path.ts) in front of Express. With a rate limit configured, every request goes
 * through Express, where the limiter is, and there is no answerer.
 */
export type App = RequestListener & { readonly answerSearch?: AnswerSearch };

export function createApp(options: AppOptions): App {
  const expressApp = createExpressApp(options);
  if (options.rateLimitPerMinute) return expressApp;
  const answerSearch = createSearchAnswerer({ search: options.search, logger: options.logger, baseHeaders: captureSecurityHeaders() });
  const fastPath = createSearchFastPath(answerSearch);
  const listener: RequestListener = (req, res) => {
    if (!fastPath(req, res)) expressApp(req, res);
  };
  return Object.assign(listener, { answerSearch });
}

function createExpressApp(options: AppOptions): express.Express {
  const { search, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  // API ETags are computed from the index version (above), not by hashing every body.
  app.set('etag', false);
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);

  app.use(requestLog(logger));
  app.use(securityHeadersMiddleware);
  app.use(express.json({ limit: '10kb' }));
  app.use(express.urlencoded({ extended: false, limit: '10kb' }));

  const api = express.Router();
  if (options.rateLimitPerMinute) {
    api.use(
      rateLimit({
        windowMs: 60_000,
        limit: options.rateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, _res, next) => next(new AppError('RATE_LIMITED', 'Too many requests; try again in a minute')),
      }),
    );
  }
  api.use((_req, res, next) => {
    // Always revalidate: the ETag makes that cheap, and results change when the index does.
    res.set('Cache-Control', 'no-cache');
    next();
  });

  api.get('/search', async (req, res) => {
    const request = parseSearchRequest(req.query);
    const key = search.cacheKey(request);
    if (answeredNotModified(req, res, search.version.current, resourceOf.search(key))) return;
    // Already JSON, as a byte string (byte-strings.ts): sent as its bytes.
    res.type('application/json; charset=utf-8').send(toBytes(await search.search(request, key)));
  });

  api.get('/documents/:id', async (req, res) => {
    const id = req.params.id;
    if (answeredNotModified(req, res, search.version.current, resourceOf.document(id))) return;
    res.json(await search.getDocument(id));
  });

  api.get('/health', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    // Down is an error like any other: errors.ts maps it (503, Retry-After) as it does for searches.
    const readiness = await search.readiness();
    if (readiness === 'engine-down') throw new AppError('ENGINE_UNAVAILABLE', 'The search engine does not answer');
    if (readiness === 'index-missing') throw new AppError('INDEX_NOT_READY', `${INDEX_NOT_READY} (index "${search.indexUid}")`);
    res.json({ status: 'ok', index: search.indexUid });
  });

  api.all(['/search', '/documents/:id', '/health'], methodNotAllowedHandler);

  app.use('/api', api);
  app.use(express.static(options.publicDir ?? path.join(PROJECT_ROOT, 'public'), { index: 'index.html', maxAge: 0 }));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
