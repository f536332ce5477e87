/**
 * Translates the Meilisearch client's errors into the project's codes, so the HTTP layer maps
 * them in one place: unreachable or slow → ENGINE_UNAVAILABLE (503), a filter the engine rejects
 * → INVALID_FILTER (400), a missing index → INDEX_NOT_READY (503).
 */
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { AppError, EngineUnavailableError } from '../core/errors.ts';

export function translateEngineError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  // With a custom httpClient the client wraps every rejection in a request error, the engine's
  // own answers (an invalid filter, a missing index) included: look inside.
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return translateEngineError(error.cause);
  if (error instanceof MeilisearchRequestTimeOutError) {
    return new EngineUnavailableError('The search engine did not answer in time', { cause: error });
  }
  if (error instanceof MeilisearchRequestError) {
    return new EngineUnavailableError('The search engine is unreachable', { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code ?? '';
    if (code === 'index_not_found') return new AppError('INDEX_NOT_READY', 'The index is not ready yet', { cause: error });
    if (code === 'document_not_found') return new AppError('NOT_FOUND', 'No such document', { cause: error });
    if (code.startsWith('invalid_search_filter') || code.startsWith('invalid_document_filter')) {
      return new AppError('INVALID_FILTER', `The engine rejected the filter: ${error.message}`, { cause: error });
    }
    return new AppError('INTERNAL', `The search engine refused the request (${code || error.response.status})`, {
      cause: error,
    });
  }
  return error;
}

/** Runs an engine call and rethrows its failure in the project's vocabulary. */
export async function callEngine<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateEngineError(error);
  }
}
