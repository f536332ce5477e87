/**
 * The search route's one engine call, `POST /multi-search`, on node:http with everything that
 * does not change between requests prepared once: the target and the headers (key included), over
 * the engine client's keep-alive connections. Measured under load, meilisearch-js's per-request
 * work (a URL, a merged Headers object, an AbortController) was a visible share of the app's CPU
 * on the hot path; the rest of the server keeps using the client, where a request more or less
 * costs nothing.
 *
 * Failures come out in the project's vocabulary: an unreachable or silent engine is an
 * EngineUnavailableError; an answer other than 2xx is the client's MeilisearchApiError, which
 * translateEngineError maps like any other (a missing index, a rejected filter).
 */
import http from 'node:http';
import https from 'node:https';
import type { Config, MultiSearchQuery, MultiSearchResponse } from 'meilisearch';
import { engineAgents, readEngineAnswer } from '../core/engine/engine-client.ts';
import { EngineUnavailableError } from '../core/errors.ts';

export type MultiSearch = <T>(queries: MultiSearchQuery[]) => Promise<MultiSearchResponse<T>>;

/** `config` is the Meilisearch client's own: the same host, key and timeout. */
export function createMultiSearch(config: Pick<Config, 'host' | 'apiKey' | 'timeout'>): MultiSearch {
  const base = new URL(/^https?:\/\//.test(config.host) ? config.host : `http://${config.host}`);
  const protocol = base.protocol === 'https:' ? 'https:' : 'http:';
  const transport = protocol === 'https:' ? https : http;
  const timeoutMs = config.timeout ?? 5000;
  const target: http.RequestOptions = {
    protocol,
    hostname: base.hostname.replace(/^\[|\]$/g, ''),
    port: base.port || undefined,
    path: `${base.pathname.replace(/\/$/, '')}/multi-search`,
    method: 'POST',
    agent: engineAgents[protocol],
    headers: {
      'Content-Type': 'application/json',
      // On loopback or a private network, inflating compressed answers cost more CPU than it saves.
      'Accept-Encoding': 'identity',
      ...(config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {}),
    },
  };

  return <T>(queries: MultiSearchQuery[]) =>
    new Promise<MultiSearchResponse<T>>((resolve, reject) => {
      const request = transport.request(target, (response) =>
        readEngineAnswer(response).then(
          (body) => {
            clearTimeout(timer);
            resolve(body as MultiSearchResponse<T>);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        ),
      );
      const timer = setTimeout(() => {
        request.destroy();
        reject(new EngineUnavailableError(`The search engine did not answer in time (${timeoutMs} ms)`));
      }, timeoutMs);
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(new EngineUnavailableError('The search engine is unreachable', { cause: error }));
      });
      request.end(JSON.stringify({ queries }));
    });
}
