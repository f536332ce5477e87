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

/** The caller's X-Request-Id when well-formed, otherwise a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}

export interface FailedRequest {
  reqId: string;
  method: string | undefined;
  url: string | undefined;
  status: number;
  ms: number;
}

/** One line for a request that ended in 4xx/5xx. */
export function logFailure(logger: Logger, entry: FailedRequest, error: Error | undefined): void {
  if (entry.status === 503) {
    // An outage is expected weather, not a bug: the reason, without a stack per request.
    logger.warn({ ...entry, reason: error?.message }, 'engine unavailable');
  } else if (entry.status >= 500) {
    logger.error({ ...entry, err: error }, 'request failed');
  } else {
    logger.info({ ...entry, reason: error?.message }, 'request rejected');
  }
}

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.on('finish', () => {
      const status = res.statusCode;
      if (status < 400) return;
      const entry = { reqId: id, method: req.method, url: req.originalUrl, status, ms: Math.round(performance.now() - started) };
      logFailure(logger, entry, res.locals['error'] as Error | undefined);
    });
    next();
  };
}
