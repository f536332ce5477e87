/**
 * The search front (plain searches answered on the bare connection, everything else handed to
 * node:http) driven byte by byte over real sockets: it must answer as the Express route does,
 * keep a connection's answers in order whichever side answers them, hand over whatever it does
 * not fully read, and time out and close connections as node:http does.
 */
import http from 'node:http';
import net from 'node:net';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { searchQueryOf } from '../../server/search-fast-path.ts';
import { createSearchFront, readSearchHead, type ListeningServer } from '../../server/search-front.ts';
import { COUNCIL_DOCUMENTS } from '../helpers/documents.ts';
import { createSearchFixture, type SearchFixture } from '../helpers/search-fixture.ts';

let fixture: SearchFixture;
let app: App;
let expressApp: App;
let server: ListeningServer;
let port: number;
const sockets: net.Socket[] = [];

async function listen(listening: ListeningServer): Promise<number> {
  listening.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => listening.once('listening', () => resolve()));
  return (listening.address() as net.AddressInfo).port;
}

beforeAll(async () => {
  fixture = await createSearchFixture({ documents: COUNCIL_DOCUMENTS, prefix: 'front' });
  app = createApp({ search: fixture.search, logger: pino({ level: 'silent' }) });
  expressApp = createApp({ search: fixture.search, logger: pino({ level: 'silent' }), rateLimitPerMinute: 1_000_000 });
  server = createHttpServer(app);
  port = await listen(server);
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await fixture.dispose();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Splits a connection's bytes into answers; `heads` marks the answers to HEAD requests (no body). */
function readAnswers(bytes: Buffer, heads: boolean[]): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let at = 0;
  for (const isHead of heads) {
    const headEnd = bytes.indexOf('\r\n\r\n', at);
    if (headEnd === -1) break;
    const [statusLine, ...lines] = bytes.toString('latin1', at, headEnd).split('\r\n');
    const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    const length = isHead || !headers['content-length'] ? 0 : Number(headers['content-length']);
    answers.push({ status: Number(statusLine!.split(' ')[1]), headers, body: bytes.toString('utf8', headEnd + 4, headEnd + 4 + length) });
    at = headEnd + 4 + length;
  }
  return answers;
}

/** Writes each piece in turn on one connection and reads `heads.length` answers (or what came before it closed). */
async function exchange(pieces: string[], heads: boolean[], options: { port?: number; pauseMs?: number } = {}): Promise<{ answers: RawAnswer[]; closed: boolean }> {
  const socket = net.connect({ host: '127.0.0.1', port: options.port ?? port });
  sockets.push(socket);
  // A refused or reset connection shows as `closed`.
  socket.on('error', () => {});
  let bytes = Buffer.alloc(0);
  let closed = false;
  const done = new Promise<void>((resolve) => {
    socket.on('data', (chunk) => {
      bytes = Buffer.concat([bytes, chunk]);
      if (readAnswers(bytes, heads).length === heads.length && (heads.at(-1) || readAnswers(bytes, heads).at(-1)!.body.length === Number(readAnswers(bytes, heads).at(-1)!.headers['content-length'] ?? 0))) resolve();
    });
    socket.on('close', () => {
      closed = true;
      resolve();
    });
  });
  for (const piece of pieces) {
    socket.write(piece);
    if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
  }
  await done;
  // A closing connection closes right after its last answer.
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { answers: readAnswers(bytes, heads), closed: closed || socket.destroyed || socket.readableEnded };
}

const get = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${headers}\r\n`;

describe('the search front', () => {
  it('answers a search as the Express route does: status, body and the headers a client sees', async () => {
    for (const path of ['/api/search?q=bridge', '/api/search?type=banana', '/api/search']) {
      const [{ answers }, slow] = await Promise.all([exchange([get(path)], [false]), request(expressApp).get(path)]);
      const [answer] = answers;
      expect(answer!.status, path).toBe(slow.status);
      const { processingTimeMs: _fast, ...fastBody } = JSON.parse(answer!.body);
      const { processingTimeMs: _slow, ...slowBody } = slow.body;
      expect(fastBody, path).toEqual(slowBody);
      for (const name of ['content-type', 'cache-control', 'etag', 'content-security-policy', 'x-content-type-options', 'strict-transport-security']) {
        expect(answer!.headers[name], `${path} ${name}`).toBe(slow.headers[name]);
      }
      expect(Number(answer!.headers['content-length'])).toBe(Buffer.byteLength(answer!.body));
      expect(answer!.headers['date']).toMatch(/GMT$/);
      expect(answer!.headers['connection']).toBe('keep-alive');
    }
  });

  it('keeps one connection’s answers in order when searches and other requests take turns, one by one or pipelined', async () => {
    const pieces = [get('/api/search?q=bridge'), get('/api/health'), get('/api/search?q=council'), get('/'), get('/api/search?q=estimate')];
    for (const pauseMs of [20, 0]) {
      const { answers, closed } = await exchange(pauseMs ? pieces : [pieces.join('')], [false, false, false, false, false], { pauseMs });
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      expect(JSON.parse(answers[0]!.body).query).toBe('bridge');
      expect(JSON.parse(answers[1]!.body).status).toBe('ok');
      expect(JSON.parse(answers[2]!.body).query).toBe('council');
      expect(answers[3]!.headers['content-type']).toMatch(/^text\/html/);
      expect(JSON.parse(answers[4]!.body).query).toBe('estimate');
      expect(closed).toBe(false);
    }
  });

  it('answers a client that pipelines more searches than it reads ahead, and reads late, every answer in order', async () => {
    const queries = Array.from({ length: 300 }, (_, index) => ['bridge', 'council', 'estimate'][index % 3]!);
    const socket = net.connect({ host: '127.0.0.1', port });
    sockets.push(socket);
    socket.pause();
    // 300 requests of half a kilobyte: more than the front reads ahead (64 KiB) while it answers one.
    socket.write(queries.map((q) => get(`/api/search?q=${q}&hitsPerPage=50`, `X-Padding: ${'p'.repeat(400)}\r\n`)).join(''));
    // Not reading answers for a while.
    await new Promise((resolve) => setTimeout(resolve, 300));
    let bytes = Buffer.alloc(0);
    await new Promise<void>((resolve) => {
      socket.on('data', (chunk) => {
        bytes = Buffer.concat([bytes, chunk]);
        const answers = readAnswers(bytes, queries.map(() => false));
        if (answers.length === queries.length && answers.at(-1)!.body.length === Number(answers.at(-1)!.headers['content-length'])) resolve();
      });
      socket.resume();
    });
    const answers = readAnswers(bytes, queries.map(() => false));
    expect(answers.map((answer) => JSON.parse(answer.body).query)).toEqual(queries);
  });

  it('stops answering a client that does not read its answers until they drain, then answers the rest in order', async () => {
    // Answers of a megabyte each: a few fill the connection's buffers, and the front must wait
    // for them to drain instead of queueing every answer in memory.
    const body = Buffer.alloc(1024 * 1024, 'x');
    let answered = 0;
    const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
    const front = createSearchFront({
      httpServer,
      answerSearch: async ({ rawQuery }) => {
        answered += 1;
        return { status: 200, headers: { 'X-Query': rawQuery, 'Content-Length': body.length }, body };
      },
      maxHeaderBytes: 64 * 1024,
      keepAliveTimeoutMs: 5000,
      headersTimeoutMs: 5000,
    });
    const frontPort = await listen(front);
    try {
      const requests = 60;
      const socket = net.connect({ host: '127.0.0.1', port: frontPort });
      sockets.push(socket);
      socket.pause();
      socket.write(Array.from({ length: requests }, (_, index) => get(`/api/search?q=${index}`)).join(''));
      // Not reading: the answers stop at what the buffers hold, far short of the 60 MB asked for.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(answered).toBeGreaterThan(0);
      expect(answered).toBeLessThan(requests / 2);
      let received = 0;
      const queries: string[] = [];
      let tail = '';
      await new Promise<void>((resolve) => {
        socket.on('data', (chunk: Buffer) => {
          received += chunk.length;
          // Each answer's X-Query, read across chunk boundaries (the bodies are all `x`).
          const text = tail + chunk.toString('latin1');
          for (const match of text.matchAll(/X-Query: q=(\d+)\r\n/g)) if (match.index + match[0].length > tail.length) queries.push(match[1]!);
          tail = text.slice(-200);
          if (queries.length === requests && received >= requests * body.length) resolve();
        });
        socket.resume();
      });
      expect(answered).toBe(requests);
      expect(queries).toEqual(Array.from({ length: requests }, (_, index) => String(index)));
    } finally {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
    }
  });

  it('answers HEAD with the headers alone, and the next answer follows right after them', async () => {
    const { answers } = await exchange([get('/api/search?q=bridge').replace('GET', 'HEAD') + get('/api/search?q=council')], [true, false]);
    expect(answers[0]).toMatchObject({ status: 200, body: '' });
    expect(Number(answers[0]!.headers['content-length'])).toBeGreaterThan(0);
    expect(JSON.parse(answers[1]!.body).query).toBe('council');
  });

  it('answers 304 to the current ETag and echoes a well-formed request id', async () => {
    const { answers } = await exchange([get('/api/search?q=bridge', 'X-Request-Id: front-1\r\n')], [false]);
    expect(answers[0]!.headers['x-request-id']).toBe('front-1');
    const { answers: again } = await exchange([get('/api/search?q=bridge', `If-None-Match: ${answers[0]!.headers['etag']}\r\n`)], [true]);
    expect(again[0]).toMatchObject({ status: 304, body: '' });
    expect(again[0]!.headers['etag']).toBe(answers[0]!.headers['etag']);
  });

  it('closes the connection after an answer when the client asks to', async () => {
    for (const header of ['Connection: close\r\n', 'Proxy-Connection: close\r\n']) {
      const { answers, closed } = await exchange([get('/api/search?q=bridge', header)], [false]);
      expect(answers[0]!.status, header).toBe(200);
      expect(answers[0]!.headers['connection'], header).toBe('close');
      expect(closed, header).toBe(true);
    }
  });

  it('reads no fragment into the query, as Express does', async () => {
    const { answers } = await exchange([get('/api/search?q=bridge#top') + get('/api/search?type=quote#x')], [false, false]);
    expect(answers.map((answer) => [answer.status, JSON.parse(answer.body).query])).toEqual([
      [200, 'bridge'],
      [200, ''],
    ]);
  });

  it.each([
    ['a body', 'POST /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}', 405],
    ['HTTP/1.0', 'GET /api/search?q=bridge HTTP/1.0\r\n\r\n', 200],
    ['no Host', 'GET /api/search?q=bridge HTTP/1.1\r\n\r\n', 400],
    ['a head over 64 KiB', get('/api/search?q=bridge', `X-Padding: ${'a'.repeat(70 * 1024)}\r\n`), 431],
    ['a chunked body', 'GET /api/search?q=bridge HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 200],
    ['a request id given twice', get('/api/search?q=bridge', 'X-Request-Id: a\r\nX-Request-Id: b\r\n'), 200],
    ['a folded header line', get('/api/search?q=bridge', 'X-Note: one\r\n two\r\n'), 400],
    ['a control character in a header', get('/api/search?q=bridge', 'X-Note: one\x01two\r\n'), 400],
    ['a control character in its target', 'GET /api/search?q=a\x01b HTTP/1.1\r\nHost: localhost\r\n\r\n', 400],
    ['raw UTF-8 in its target', 'GET /api/search?q=Россия HTTP/1.1\r\nHost: localhost\r\n\r\n', 400],
    ['bare line feeds', 'GET /api/search?q=bridge HTTP/1.1\nHost: localhost\n\n', 400],
    ['bytes that are no HTTP', 'HELLO THERE\r\n', 400],
    ['more headers than node:http reads', get('/api/search?q=bridge', `${'X-A: b\r\n'.repeat(2001)}If-None-Match: *\r\n`), 200],
    ['a Connection list', get('/api/search?q=bridge', 'Connection: close\t, foo\r\n'), 200],
  ])('leaves a request with %s to node:http, which answers it as it always did', async (_case, bytes, status) => {
    const { answers } = await exchange([bytes], [false]);
    expect(answers[0]?.status).toBe(status);
  });

  it('finds the query of a search target without its fragment, for the front and node:http alike', () => {
    expect(searchQueryOf('GET', '/api/search?q=a&type=quote#results')).toBe('q=a&type=quote');
    expect(searchQueryOf('HEAD', '/api/search#top')).toBe('');
    expect(searchQueryOf('GET', '/api/search/#top')).toBeUndefined();
    expect(searchQueryOf('POST', '/api/search?q=a')).toBeUndefined();
  });

  it('reads only what it fully understands', () => {
    expect(readSearchHead('GET /api/search?q=a HTTP/1.1\r\nHost: x')?.exchange).toMatchObject({ method: 'GET', rawQuery: 'q=a', headers: { host: 'x' } });
    expect(readSearchHead('GET /api/search HTTP/1.1\r\nHost: x\r\nConnection: Close')?.close).toBe(true);
    expect(readSearchHead('GET /api/search HTTP/1.1\r\nHost: x\r\nConnection: keep-alive')?.close).toBe(false);
    for (const head of ['GET /api/search HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, close', 'GET /api/search/ HTTP/1.1\r\nHost: x', 'GET http://x/api/search HTTP/1.1\r\nHost: x', 'DELETE /api/search HTTP/1.1\r\nHost: x', 'GET /api/search HTTP/1.1\r\nHost: x\r\nUpgrade: websocket', 'GET /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 5', 'GET /api/search HTTP/1.1\r\nHost: x\r\nExpect: 100-continue']) {
      expect(readSearchHead(head), head).toBeUndefined();
    }
  });

  it('stops listening on close, and calls back once its idle connections, kept or handed over, are closed', async () => {
    const front = createHttpServer(app);
    const frontPort = await listen(front);
    const kept = await exchange([get('/api/search?q=bridge')], [false], { port: frontPort });
    const handedOver = await exchange([get('/api/health')], [false], { port: frontPort });
    expect([kept.answers[0]?.status, handedOver.answers[0]?.status, kept.closed, handedOver.closed]).toEqual([200, 200, false, false]);
    const closed = new Promise<void>((resolve) => front.close(() => resolve()));
    front.closeIdleConnections();
    await closed;
    await expect(exchange([get('/api/search?q=bridge')], [false], { port: frontPort })).resolves.toMatchObject({ answers: [], closed: true });
  });

  describe('with short timeouts', () => {
    let shortServer: ListeningServer;
    let shortPort: number;
    let beforeSearch: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      const httpServer = http.createServer(app);
      // A test may hold a search in flight (`beforeSearch`), so that a connection is busy for as long as it needs.
      const answerSearch: NonNullable<typeof app.answerSearch> = async (exchange) => {
        await beforeSearch?.();
        return app.answerSearch!(exchange);
      };
      shortServer = createSearchFront({ httpServer, answerSearch, maxHeaderBytes: 64 * 1024, keepAliveTimeoutMs: 300, headersTimeoutMs: 300 });
      shortPort = await listen(shortServer);
    });

    afterAll(async () => {
      shortServer.closeAllConnections();
      await new Promise((resolve) => shortServer.close(resolve));
    });

    it('closes a connection whose head does not arrive in time, and an idle one after its keep-alive', async () => {
      const started = performance.now();
      const slow = await exchange(['GET /api/search?q=bridge HTTP/1.1\r\n'], [false], { port: shortPort });
      expect(slow.answers.map((answer) => answer.status)).toEqual([408]);
      expect(slow.closed).toBe(true);
      expect(performance.now() - started).toBeGreaterThanOrEqual(250);
      const idle = await exchange([get('/api/search?q=bridge')], [false], { port: shortPort });
      expect(idle.answers[0]!.headers['keep-alive']).toBe('timeout=0');
      const socket = net.connect({ host: '127.0.0.1', port: shortPort });
      sockets.push(socket);
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      socket.resume();
      socket.write(get('/api/search?q=bridge'));
      await closed;
    });

    it('times a head from its first byte, not its last: a head dripping in gets a 408 when its time is up', async () => {
      const socket = net.connect({ host: '127.0.0.1', port: shortPort });
      sockets.push(socket);
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      const started = performance.now();
      const drip = setInterval(() => !socket.destroyed && socket.write('X'), 100);
      socket.write('GET /api/search?q=');
      await closed;
      clearInterval(drip);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('closes idle connections on closeIdleConnections, and answers a busy one before closing it', async () => {
      const idleSocket = net.connect({ host: '127.0.0.1', port: shortPort });
      sockets.push(idleSocket);
      idleSocket.resume();
      await new Promise((resolve) => idleSocket.once('connect', resolve));
      const idleClosed = new Promise<void>((resolve) => idleSocket.on('close', () => resolve()));
      // The search is held until the idle connection is closed: a fixed pause before closing raced
      // the server's accept on a loaded machine, which then saw no busy connection to close.
      let arrived!: () => void;
      let release!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      beforeSearch = () => {
        arrived();
        return released;
      };
      const busy = exchange([get('/api/search?q=bridge')], [false], { port: shortPort });
      await arrival;
      shortServer.closeIdleConnections();
      await idleClosed;
      beforeSearch = undefined;
      release();
      const { answers, closed } = await busy;
      expect(answers[0]?.status).toBe(200);
      expect(closed).toBe(true);
    });
  });
});
