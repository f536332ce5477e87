/**
 * EngineConnectionPool against scripted TCP servers: what a real engine, or the network in front
 * of it, does to a keep-alive connection (closes it as a request leaves, never answers, answers
 * garbage, refuses it), and what the search route must make of each.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineUnavailableError } from '../../core/errors.ts';
import { EngineConnectionPool } from '../../server/engine-connection-pool.ts';
import { createMultiSearch } from '../../server/engine-multi-search.ts';

type Script = (socket: net.Socket, request: string, connectionNumber: number, requestOnConnection: number) => void;

interface ScriptedServer {
  port: number;
  connections: number;
  close: () => Promise<void>;
}

const servers: ScriptedServer[] = [];
const pools: EngineConnectionPool[] = [];

/** A server that hands every request (head and body) of every connection to `script`. */
async function scriptedServer(script: Script): Promise<ScriptedServer> {
  const sockets = new Set<net.Socket>();
  const state: ScriptedServer = { port: 0, connections: 0, close: async () => {} };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    const connectionNumber = ++state.connections;
    let requestOnConnection = 0;
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const headEnd = pending.indexOf('\r\n\r\n');
        if (headEnd === -1) return;
        const length = Number(/content-length: (\d+)/i.exec(pending.toString('latin1', 0, headEnd))?.[1] ?? 0);
        if (pending.length < headEnd + 4 + length) return;
        const request = pending.toString('utf8', 0, headEnd + 4 + length);
        pending = pending.subarray(headEnd + 4 + length);
        script(socket, request, connectionNumber, ++requestOnConnection);
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as net.AddressInfo).port;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  servers.push(state);
  return state;
}

function poolFor(port: number, options: { maxConnections?: number; timeoutMs?: number } = {}): EngineConnectionPool {
  const pool = new EngineConnectionPool({ hostname: '127.0.0.1', port, maxConnections: options.maxConnections ?? 8, timeoutMs: options.timeoutMs ?? 2000 });
  pools.push(pool);
  return pool;
}

const request = (body: string) => `POST /multi-search HTTP/1.1\r\nHost: engine\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const answer = (body: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
/** Echoes the request's body back as the answer. */
const echo: Script = (socket, text) => socket.write(answer(text.slice(text.indexOf('\r\n\r\n') + 4)));

afterEach(async () => {
  for (const pool of pools.splice(0)) pool.close();
  for (const server of servers.splice(0)) await server.close();
});

describe('EngineConnectionPool', () => {
  it('answers each request with its own answer, over one kept-alive connection when requests come one by one', async () => {
    const server = await scriptedServer(echo);
    const pool = poolFor(server.port);
    for (const body of ['{"a":1}', '{"b":"é"}', '{"c":3}']) {
      const response = await pool.send(request(body));
      expect({ status: response.status, body: response.body.toString('utf8') }).toEqual({ status: 200, body });
    }
    expect(server.connections).toBe(1);
  });

  it('opens no more connections than allowed, and answers the requests that waited for one', async () => {
    const server = await scriptedServer((socket, text) => setTimeout(() => echo(socket, text, 0, 0), 20));
    const pool = poolFor(server.port, { maxConnections: 2 });
    const bodies = ['1', '2', '3', '4', '5'].map((n) => `{"n":${n}}`);
    const answers = await Promise.all(bodies.map((body) => pool.send(request(body))));
    expect(answers.map((response) => response.body.toString())).toEqual(bodies);
    expect(server.connections).toBe(2);
  });

  it('sends a request again on a fresh connection when the engine closed a kept-alive one as it left', async () => {
    // The engine's keep-alive ran out: it closes the used connection without answering its second request.
    const server = await scriptedServer((socket, text, _connection, requestOnConnection) => (requestOnConnection === 2 ? socket.destroy() : echo(socket, text, 0, 0)));
    const pool = poolFor(server.port);
    expect((await pool.send(request('{"first":1}'))).body.toString()).toBe('{"first":1}');
    expect((await pool.send(request('{"second":2}'))).body.toString()).toBe('{"second":2}');
    expect(server.connections).toBe(2);
  });

  it('sends it again on a new connection, not on another kept-alive one that may have closed too', async () => {
    // Every connection's keep-alive runs out after one answer: both idle connections are stale.
    const server = await scriptedServer((socket, text, _connection, requestOnConnection) => (requestOnConnection === 2 ? socket.destroy() : echo(socket, text, 0, 0)));
    const pool = poolFor(server.port);
    await Promise.all([pool.send(request('{"a":1}')), pool.send(request('{"b":2}'))]);
    expect(server.connections).toBe(2);
    expect((await pool.send(request('{"c":3}'))).body.toString()).toBe('{"c":3}');
    expect(server.connections).toBe(3);
  });

  it('sends a request again only once, and fails it when a fresh connection closes too', async () => {
    const server = await scriptedServer((socket, text, connectionNumber, requestOnConnection) =>
      connectionNumber === 1 && requestOnConnection === 1 ? echo(socket, text, 0, 0) : socket.destroy(),
    );
    const pool = poolFor(server.port);
    await pool.send(request('{}'));
    const error = await pool.send(request('{}')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect(error).toMatchObject({ message: 'The search engine is unreachable' });
    expect(server.connections).toBe(2);
  });

  it('fails a request whose answer stops halfway, without sending it again', async () => {
    const server = await scriptedServer((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"results"'));
    const error = await poolFor(server.port).send(request('{}')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: 'The search engine closed the connection mid-answer' });
    expect(server.connections).toBe(1);
  });

  it('fails a request the engine never answers as a timeout, and does not read its late answer as the next one', async () => {
    let answered = 0;
    const server = await scriptedServer((socket, text) => {
      answered += 1;
      // The first answer comes after the timeout, on a connection the pool must have dropped.
      if (answered === 1) setTimeout(() => !socket.destroyed && socket.write(answer('{"late":true}')), 400);
      else echo(socket, text, 0, 0);
    });
    const pool = poolFor(server.port, { timeoutMs: 200 });
    const error = await pool.send(request('{"slow":1}')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: 'The search engine did not answer in time (200 ms)' });
    expect((await pool.send(request('{"next":2}'))).body.toString()).toBe('{"next":2}');
    expect(server.connections).toBe(2);
  });

  it('fails a request answered with bytes that are not HTTP as an unreadable answer', async () => {
    const server = await scriptedServer((socket) => socket.write('SSH-2.0-OpenSSH_9.2\r\n\r\n'));
    const error = await poolFor(server.port).send(request('{}')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: 'The search engine sent an unreadable answer' });
  });

  it('fails a request to a port nobody listens on as unreachable', async () => {
    const server = await scriptedServer(echo);
    const port = server.port;
    await server.close();
    const error = await poolFor(port).send(request('{}')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: 'The search engine is unreachable' });
    expect((error as Error).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('closes a connection the engine answered with Connection: close, and opens another for the next request', async () => {
    const server = await scriptedServer((socket) => socket.write('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}'));
    const pool = poolFor(server.port);
    await pool.send(request('{}'));
    await pool.send(request('{}'));
    expect(server.connections).toBe(2);
  });

  it('refuses an engine key that would write headers of its own into the hand-written request', () => {
    expect(() => createMultiSearch({ host: 'http://127.0.0.1:7700', apiKey: 'key\r\nX-Injected: yes' })).toThrow(/control characters/);
    expect(() => createMultiSearch({ host: 'http://127.0.0.1:7700', apiKey: 'a-plain-key' })).not.toThrow();
  });
});
