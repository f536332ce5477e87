/**
 * The project's error vocabulary. Every error we raise on purpose carries a `code` from this union;
 * the HTTP layer (server/errors.ts) and the CLI (ingest/cli.ts) each map codes to a status or an
 * exit code in one place.
 */
export type AppErrorCode =
  | 'CONFIG_INVALID'
  | 'ENGINE_BINARY'
  | 'ENGINE_START_FAILED'
  | 'ENGINE_UNAVAILABLE'
  | 'ENGINE_TASK_FAILED'
  | 'INDEX_NOT_READY'
  | 'INVALID_PARAMETER'
  | 'INVALID_FILTER'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'FILE_UNREADABLE'
  | 'ARTICLE_EMPTY'
  | 'DOCUMENT_INVALID'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export class AppError extends Error {
  override name = 'AppError';
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export class ConfigError extends AppError {
  override name = 'ConfigError';
  constructor(message: string) {
    super('CONFIG_INVALID', message);
  }
}

/** The engine did not answer (refused, timed out, or died): callers may retry later. */
export class EngineUnavailableError extends AppError {
  override name = 'EngineUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ENGINE_UNAVAILABLE', message, options);
  }
}

/** A Meilisearch task finished with status `failed` or `canceled` (waitTask does not throw for it). */
export class EngineTaskError extends AppError {
  override name = 'EngineTaskError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ENGINE_TASK_FAILED', message, options);
  }
}
