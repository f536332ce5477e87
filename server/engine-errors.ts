/**
 * Translates the Meilisearch client's errors into the project's codes, so the HTTP layer maps
 * them in one place: unreachable or slow → ENGINE_UNAVAILABLE (503), a filter the engine rejects
 * → INVALID_FILTER (400), a missing index → INDEX_NOT_READY (503).
 */
import { MeilisearchRequestError, MeilisearchRequestTimeOutError, type MeilisearchApiError } from 'meilisearch';
import { engineApiError } from '../core/engine/engine-client.ts';
import { AppError, EngineUnavailableError } from '../core/errors.ts';

export function translateEngineError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  // The engine's own answers (an invalid filter, a missing index) first: the project's client
  // wraps them in a request error too.
  const refusal = engineApiError(error);
  if (refusal) return translateRefusal(refusal);
  // The client reports its own timeout as a request error caused by a timeout error.
  if (error instanceof MeilisearchRequestTimeOutError || (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchRequestTimeOutError)) {
    return new EngineUnavailableError('The search engine did not answer in time', { cause: error });
  }
  if (error instanceof MeilisearchRequestError) {
    return new EngineUnavailableError('The search engine is unreachable', { cause: error });
  }
  return error;
}

/** What a missing index means to whoever asks: `npm start` builds it on a first start, `npm run ingest` any time. */
export const INDEX_NOT_READY = 'The index is not ready yet: articles are being indexed, or none has been (npm run ingest)';

function translateRefusal(error: MeilisearchApiError): AppError {
  const code = error.cause?.code ?? '';
  if (code === 'index_not_found') return new AppError('INDEX_NOT_READY', INDEX_NOT_READY, { cause: error });
  if (code === 'document_not_found') return new AppError('NOT_FOUND', 'No such document', { cause: error });
  if (code.startsWith('invalid_search_filter') || code.startsWith('invalid_document_filter')) {
    return new AppError('INVALID_FILTER', `The engine rejected the filter: ${error.message}`, { cause: error });
  }
  return new AppError('INTERNAL', `The search engine refused the request (${code || error.response.status})`, { cause: error });
}

/** Runs an engine call and rethrows its failure in the project's vocabulary. */
export async function callEngine<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateEngineError(error);
  }
}
