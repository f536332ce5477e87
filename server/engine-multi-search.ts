/**
 * The search route's one engine call, `POST /multi-search`, with everything that does not change
 * between requests prepared once: the target and the headers (key included). Measured under load,
 * meilisearch-js's per-request work (a URL, a merged Headers object, an AbortController) and then
 * node:http's client machinery were the largest shares of the app's CPU on the hot path, so a
 * plain-http engine (the bundled one, the docker-compose service) is asked over the bare keep-alive
 * sockets of EngineConnectionPool; an https engine (Meilisearch Cloud) through node:https and the
 * engine client's keep-alive agent. The rest of the server keeps using the client, where a request
 * more or less costs nothing.
 *
 * A 2xx answer comes back as its bytes: the route reads them (search-answer.ts), never decoding them.
 *
 * Failures come out in the project's vocabulary: an unreachable or silent engine is an
 * EngineUnavailableError; an answer other than 2xx is the client's MeilisearchApiError, which
 * translateEngineError maps like any other (a missing index, a rejected filter).
 */
import https from 'node:https';
import type { Config, MultiSearchQuery } from 'meilisearch';
import { engineAgents, engineAnswer, readEngineBody } from '../core/engine/engine-client.ts';
import { ConfigError, EngineUnavailableError } from '../core/errors.ts';
import { EngineConnectionPool } from './engine-connection-pool.ts';

/** The body of the engine's 2xx answer, as sent: the search route reads it by its bytes (search-answer.ts). */
export type MultiSearch = (queries: MultiSearchQuery[]) => Promise<Buffer>;

/** As many connections as the engine client's agent allows. */
const MAX_CONNECTIONS = 128;

type EngineConfig = Pick<Config, 'host' | 'apiKey' | 'timeout'>;

/** Where `/multi-search` is, and the headers every call sends. */
interface MultiSearchTarget {
  base: URL;
  path: string;
  headers: Record<string, string>;
}

function multiSearchTarget(config: EngineConfig): MultiSearchTarget {
  const base = new URL(/^https?:\/\//.test(config.host) ? config.host : `http://${config.host}`);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    // On loopback or a private network, inflating compressed answers cost more CPU than it saves.
    'Accept-Encoding': 'identity',
    ...(config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {}),
  };
  return { base, path: `${base.pathname.replace(/\/$/, '')}/multi-search`, headers };
}

/** `config` is the Meilisearch client's own: the same host, key and timeout. */
export function createMultiSearch(config: EngineConfig): MultiSearch {
  const target = multiSearchTarget(config);
  const timeoutMs = config.timeout ?? 5000;
  return target.base.protocol === 'https:' ? overHttps(target, timeoutMs) : overPlainHttp(target, timeoutMs);
}

/**
 * The whole `POST /multi-search` request for a body, head and body, as EngineConnectionPool sends
 * it to a plain-http engine (the search route, and the benchmark's forwarding proxy).
 */
export function multiSearchRequestWriter(config: EngineConfig): (body: string) => string {
  return requestWriter(multiSearchTarget(config));
}

function requestWriter({ base, path, headers }: MultiSearchTarget): (body: string) => string {
  // The head is written by hand: a key with a line break in it would write headers of its own
  // (node:http refuses such a value the same way).
  if (Object.values(headers).some((value) => /[\x00-\x1f\x7f]/.test(value))) throw new ConfigError('The engine key holds control characters');
  const head = `POST ${path} HTTP/1.1\r\nHost: ${base.host}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}Content-Length: `;
  return (body) => `${head}${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** The engine connections of a plain-http engine. */
export function engineConnectionPool(base: URL, timeoutMs: number): EngineConnectionPool {
  return new EngineConnectionPool({ hostname: base.hostname.replace(/^\[|\]$/g, ''), port: Number(base.port || 80), maxConnections: MAX_CONNECTIONS, timeoutMs });
}

function overPlainHttp(target: MultiSearchTarget, timeoutMs: number): MultiSearch {
  const request = requestWriter(target);
  const pool = engineConnectionPool(target.base, timeoutMs);
  return async (queries) => {
    const answer = await pool.send(request(JSON.stringify({ queries })));
    return okBody(answer.status, answer.body);
  };
}

/** A 2xx answer's body; any other answer is thrown as engineAnswer throws it (its text decoded). */
function okBody(status: number, body: Buffer): Buffer {
  // engineAnswer throws for any answer but a 2xx: the engine's refusal, as the client reports one.
  if (status < 200 || status >= 300) engineAnswer(status, body.toString('utf8'));
  return body;
}

function overHttps({ base, path, headers }: MultiSearchTarget, timeoutMs: number): MultiSearch {
  const target: https.RequestOptions = {
    protocol: 'https:',
    hostname: base.hostname.replace(/^\[|\]$/g, ''),
    port: base.port || undefined,
    path,
    method: 'POST',
    agent: engineAgents['https:'],
    headers,
  };
  return (queries) =>
    new Promise<Buffer>((resolve, reject) => {
      const request = https.request(target, (response) =>
        readEngineBody(response)
          .then(({ status, body }) => okBody(status, body))
          .then(resolve, reject)
          .finally(() => clearTimeout(timer)),
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
