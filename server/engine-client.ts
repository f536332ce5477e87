/**
 * The Meilisearch client the server searches with. Responses are asked for uncompressed: on
 * loopback or a private network, inflating every response costs the app more CPU than the bytes
 * it saves (measured: zlib was among the top self-time functions under load).
 */
import { Meilisearch } from 'meilisearch';

export function createSearchClient(options: { host: string; apiKey: string | undefined; timeoutMs: number }): Meilisearch {
  return new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    timeout: options.timeoutMs,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  });
}
