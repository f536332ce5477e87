/**
 * Request ids and failure logs, without a per-request child logger: every response carries an
 * `X-Request-Id` (the caller's, when well-formed), and requests that end in 4xx/5xx are logged
 * with it: 500 with the error and its stack, 503 (engine outage) and 4xx with the reason only. Measured under load, pino-http's per-request logger creation was a visible share of
 * the app's CPU, and successful searches need no log line.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

declare module 'express-serve-static-core' {
  interface Request {
    /** Correlates this request's response header and log lines. */
    id: string;
  }
}

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.on('finish', () => {
      const status = res.statusCode;
      if (status < 400) return;
      const entry = { reqId: id, method: req.method, url: req.originalUrl, status, ms: Math.round(performance.now() - started) };
      const error = res.locals['error'] as Error | undefined;
      if (status === 503) {
        // An outage is expected weather, not a bug: the reason, without a stack per request.
        logger.warn({ ...entry, reason: error?.message }, 'engine unavailable');
      } else if (status >= 500) {
        logger.error({ ...entry, err: error }, 'request failed');
      } else {
        logger.info({ ...entry, reason: error?.message }, 'request rejected');
      }
    });
    next();
  };
}
