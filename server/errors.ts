/**
 * Errors → HTTP, in one place. Every error answer is `{ error: { code, message } }` without a
 * stack; engine outages carry Retry-After so clients back off. The request log records the failure.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, type AppErrorCode } from '../core/errors.ts';
import { translateEngineError } from './engine-errors.ts';

const STATUS_BY_CODE: Partial<Record<AppErrorCode, number>> = {
  INVALID_PARAMETER: 400,
  INVALID_FILTER: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  ENGINE_UNAVAILABLE: 503,
  INDEX_NOT_READY: 503,
};

/** Seconds a client should wait before retrying when the engine is down. */
const RETRY_AFTER_SECONDS = 5;

/** The API only reads: every route answers GET and HEAD. */
export const READ_METHODS = 'GET, HEAD';

/** A route that exists, asked with a method it does not answer (`POST /api/search`). */
export const methodNotAllowedHandler: RequestHandler = (req, res, next) => {
  if (req.method === 'OPTIONS') {
    res.set('Allow', READ_METHODS).status(204).end();
    return;
  }
  next(new AppError('METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${READ_METHODS}`));
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};

export interface ErrorAnswer {
  status: number;
  body: { error: { code: string; message: string } };
  headers: Record<string, string>;
}

/** The one mapping from any thrown value to the status, body and headers a client sees. */
export function toErrorAnswer(rawError: unknown): ErrorAnswer {
  const error = translateEngineError(rawError);
  let status = 500;
  let code: string = 'INTERNAL';
  let message = 'Internal error';
  if (error instanceof AppError) {
    status = STATUS_BY_CODE[error.code] ?? 500;
    code = status === 500 ? 'INTERNAL' : error.code;
    message = status === 500 ? 'Internal error' : error.message;
  } else if (typeof (error as { status?: unknown }).status === 'number' && (error as { status: number }).status < 500) {
    // Errors from Express's own middleware (a malformed body, a too-large payload) carry a 4xx status.
    status = (error as { status: number }).status;
    code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    message = (error as Error).message;
  }
  const headers: Record<string, string> =
    status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : status === 405 ? { Allow: READ_METHODS } : {};
  return { status, body: { error: { code, message } }, headers };
}

export const errorHandler: ErrorRequestHandler = (rawError, req, res, next) => {
  if (res.headersSent) return next(rawError);
  const answer = toErrorAnswer(rawError);
  // The request log (request-log.ts) writes the line, with this error when it is ours to fix.
  res.locals['error'] = rawError;
  res.set(answer.headers).status(answer.status);
  // A mistyped address in a browser (`/about`) gets a page with the way home, not JSON; the API's
  // answers stay JSON whatever the client accepts.
  if (answer.status === 404 && req.method === 'GET' && !req.path.startsWith('/api') && req.accepts(['json', 'html']) === 'html') {
    res.type('html').send(notFoundPage(req.path));
    return;
  }
  res.json(answer.body);
};

/** The page a browser shows for an address the site does not have. */
function notFoundPage(path: string): string {
  const escaped = path.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Page not found — Timeline search</title><link rel="stylesheet" href="/styles.css"></head>
<body><main class="wrap" id="main"><h1>Page not found</h1><p>There is no page at <code>${escaped}</code>.</p><p><a href="/">Search the timeline</a></p></main></body>
</html>
`;
}
