/**
 * The project's engine client (node:http under meilisearch-js): the engine's refusals keep their
 * code whichever client made the call, and a silent engine fails as a timeout, not as some other
 * network error.
 */
import net from 'node:net';
import { Meilisearch, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createEngineClient, engineApiError, engineErrorCode } from '../../core/engine/engine-client.ts';
import { translateEngineError } from '../../server/engine-errors.ts';
import { uniqueIndexUid } from '../helpers/engine.ts';

describe('the engine client', () => {
  const missing = uniqueIndexUid('missing');

  it.each([
    ['the project client', () => createEngineClient({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey'), timeoutMs: 5000 })],
    ['a plain meilisearch-js client', () => new Meilisearch({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey'), timeout: 5000 })],
  ])("gives the engine's error code through %s", async (_name, makeClient) => {
    const error = await makeClient().getRawIndex(missing).catch((caught: unknown) => caught);
    expect(engineErrorCode(error)).toBe('index_not_found');
    expect(engineApiError(error)?.response.status).toBe(404);
    expect(translateEngineError(error)).toMatchObject({ code: 'INDEX_NOT_READY' });
  });

  it('polls a task many times with one signal, as waitTask does, without a listener-leak warning', async () => {
    const client = createEngineClient({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey'), timeoutMs: 5000 });
    const { taskUid } = await client.deleteIndex(missing);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const polling = new AbortController();
      for (let poll = 0; poll < 15; poll += 1) expect((await client.tasks.getTask(taskUid, { signal: polling.signal })).uid).toBe(taskUid);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('has no engine error code for a network failure', async () => {
    const client = createEngineClient({ host: 'http://127.0.0.1:1', apiKey: undefined, timeoutMs: 2000 });
    const error = await client.getVersion().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(engineErrorCode(error)).toBeUndefined();
    expect(translateEngineError(error)).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: 'The search engine is unreachable' });
  });

  describe('with an engine that accepts connections and never answers', () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    });

    it('fails as a timeout', async () => {
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as net.AddressInfo;
      const client = createEngineClient({ host: `http://127.0.0.1:${port}`, apiKey: undefined, timeoutMs: 300 });
      const error = await client.getVersion().catch((caught: unknown) => caught);
      // meilisearch-js wraps its own timeout in a request error, whichever way it fetches.
      expect(error).toBeInstanceOf(MeilisearchRequestError);
      expect((error as Error).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
      expect(translateEngineError(error)).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: 'The search engine did not answer in time' });
    });
  });
});
