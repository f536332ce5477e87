/**
 * The Meilisearch client the server searches with. Two measured choices:
 * - responses are asked for uncompressed: on loopback or a private network, inflating every
 *   response cost the app more CPU than the bytes it saves;
 * - requests go through node:http(s) with a keep-alive agent instead of fetch, whose streams
 *   and per-request objects were a visible share of the app's CPU under load.
 */
import http from 'node:http';
import https from 'node:https';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';

const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 128 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 128 }) };

/** meilisearch-js's `httpClient` contract: resolve with the parsed body, reject on failure. */
function nodeHttpClient(input: string | URL | Request, init?: RequestInit): Promise<unknown> {
  const url = new URL(String(input instanceof Request ? input.url : input));
  const transport = url.protocol === 'https:' ? https : http;
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      { method: init?.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'], signal: init?.signal ?? undefined },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text === '' ? undefined : JSON.parse(text);
          } catch (error) {
            reject(error);
            return;
          }
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(body);
          else reject(new MeilisearchApiError(new Response(text, { status }), body as never));
        });
      },
    );
    request.on('error', reject);
    request.end(typeof init?.body === 'string' ? init.body : undefined);
  });
}

export function createSearchClient(options: { host: string; apiKey: string | undefined; timeoutMs: number }): Meilisearch {
  return new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    timeout: options.timeoutMs,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    httpClient: nodeHttpClient,
  });
}
