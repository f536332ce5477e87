/**
 * Talks to the JSON API. Each kind of request has its own AbortController, so starting a new
 * search cancels the one in flight and a slow, stale answer can never overwrite a newer one.
 */

export class ApiError extends Error {
  /** @param {string} code @param {string} message @param {number} status 0 when the network failed */
  constructor(code, message, status) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

const controllers = new Map();

/** Fetches JSON on a named channel; a newer call on the same channel aborts the older one. */
async function getJson(channel, url) {
  controllers.get(channel)?.abort();
  const controller = new AbortController();
  controllers.set(channel, controller);
  let response;
  try {
    response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (controller.signal.aborted) throw error;
    throw new ApiError('NETWORK', 'The search service could not be reached.', 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    if (controller.signal.aborted) throw error;
  }
  if (controllers.get(channel) === controller) controllers.delete(channel);
  if (!response.ok || body === null) {
    const code = body?.error?.code ?? 'HTTP_' + response.status;
    const message = body?.error?.message ?? `The server answered ${response.status}.`;
    throw new ApiError(code, message, response.status);
  }
  return body;
}

/** True when the error only means a newer request replaced this one. */
export function isAbort(error) {
  return error?.name === 'AbortError';
}

/** @param {URLSearchParams} params */
export function search(params) {
  return getJson('search', `/api/search?${params}`);
}

/** Entries per month in the whole corpus, for the timeline strip (a browse query for one hit). */
export function corpusMonths() {
  return getJson('corpus', '/api/search?q=&hitsPerPage=1').then((body) => body.facets?.month ?? {});
}

export function getDocument(id) {
  return getJson('document', `/api/documents/${encodeURIComponent(id)}`);
}
