/**
 * The one Meilisearch client the project talks to the engine with: the server's searches and
 * admin calls, the ingest command, the benchmarks. Two measured choices:
 * - requests go through node:http(s) with a keep-alive agent instead of fetch. Under search load,
 *   fetch's streams and per-request objects were a visible share of the server's CPU. In an
 *   ingest, fetch copies each batch's JSON into a well-formed string, then into a byte array, and
 *   a task poll cost 2-3 ms of CPU against 0.5-0.8 ms: through node:http a 10k-document ingest
 *   used 9-24% less CPU (docs/performance.md);
 * - responses are asked for uncompressed: on loopback or a private network, inflating every
 *   response cost more CPU than the bytes it saves.
 *
 * With a custom `httpClient`, meilisearch-js wraps every rejection in a MeilisearchRequestError,
 * the engine's own refusals included; `engineApiError` looks inside, so callers need not care
 * which client made the call.
 */
import { defaultMaxListeners, getMaxListeners, setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { EngineUnavailableError } from '../errors.ts';

/** Keep-alive connections to the engine, shared by every request this process makes to it. */
export const engineAgents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 128 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 128 }) };

/**
 * An engine answer read whole: the parsed body of a 2xx, else the engine's refusal as
 * meilisearch-js's MeilisearchApiError (its code inside). A connection lost mid-answer or a body
 * that is not JSON is an EngineUnavailableError. The client below and the search route's
 * multi-search both read answers here.
 */
export function readEngineAnswer(response: http.IncomingMessage): Promise<unknown> {
  return readEngineBody(response).then(({ status, body }) => engineAnswer(status, body.toString('utf8')));
}

/** An answer's status and its body's bytes, read whole; a connection lost mid-answer is an EngineUnavailableError. */
export function readEngineBody(response: http.IncomingMessage): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', (error) => reject(new EngineUnavailableError('The search engine is unreachable', { cause: error })));
    response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
  });
}

/** An answer's status and text read as readEngineAnswer reads them: the body of a 2xx, else thrown. */
export function engineAnswer(status: number, text: string): unknown {
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch (error) {
    throw new EngineUnavailableError('The search engine sent an unreadable answer', { cause: error });
  }
  if (status >= 200 && status < 300) return body;
  throw new MeilisearchApiError(new Response(text, { status }), body as never);
}

/** meilisearch-js's `httpClient` contract: resolve with the parsed body, reject on failure. */
function nodeHttpClient(input: string | URL | Request, init?: RequestInit): Promise<unknown> {
  const url = new URL(String(input instanceof Request ? input.url : input));
  const transport = url.protocol === 'https:' ? https : http;
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  const signal = init?.signal ?? undefined;
  // waitTask hands one signal to every poll, and the client adds a listener to it per request:
  // allow as many as fetch does (undici raises the same limit to 1500), or a long wait warns of a leak.
  if (signal && getMaxListeners(signal) === defaultMaxListeners) setMaxListeners(1500, signal);
  return new Promise((resolve, reject) => {
    // The client aborts with its own reason when its timeout fires, and reports a timeout
    // (MeilisearchRequestTimeOutError) only when it gets that reason back.
    const fail = (error: unknown) => reject(signal?.aborted ? signal.reason : error);
    const request = transport.request(url, { method: init?.method ?? 'GET', headers, agent: engineAgents[url.protocol as 'http:' | 'https:'], signal }, (response) =>
      readEngineAnswer(response).then(resolve, fail),
    );
    request.on('error', fail);
    request.end(typeof init?.body === 'string' ? init.body : undefined);
  });
}

export interface EngineClientOptions {
  host: string;
  apiKey: string | undefined;
  /** How long one request may take before it fails as a timeout. */
  timeoutMs: number;
}

export function createEngineClient(options: EngineClientOptions): Meilisearch {
  return new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    timeout: options.timeoutMs,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    httpClient: nodeHttpClient,
  });
}

/** The engine's own refusal behind an error (a missing index, a bad key), from either kind of client. */
export function engineApiError(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) return error.cause;
  return undefined;
}

/** The engine's error code (`index_not_found`, `invalid_api_key`…), when the engine refused. */
export function engineErrorCode(error: unknown): string | undefined {
  return engineApiError(error)?.cause?.code;
}
