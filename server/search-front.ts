/**
 * The listening socket's first reader: plain searches (`GET` or `HEAD /api/search`) are read and
 * answered on the bare TCP connection; a connection that brings anything else is handed, with the
 * bytes already read, to the node:http server behind, for good. Measured under load on two cores
 * (docs/performance.md), node:http's per-request machinery (an IncomingMessage, a ServerResponse,
 * their streams and header bookkeeping) was 28 µs of the 134 µs a forwarding proxy spent per
 * search, and the proxy answered 1.12× the searches with this front.
 *
 * The front answers only what it reads completely and simply: an HTTP/1.1 head in ASCII with a
 * Host, no body, no `Expect`, `Upgrade` or `Transfer-Encoding`, no header the answer depends on
 * given twice, a plain `Connection`. Anything else (another path, a body, HTTP/1.0, bytes that are
 * no HTTP, a head too long or malformed) goes to node:http as soon as it shows, and node:http
 * answers it as it always did, so handing over is always correct. A head is timed from its first
 * byte (408, as node:http). Requests on one connection are answered in order, one at a time.
 */
import type http from 'node:http';
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import net from 'node:net';
import { headerLines, searchQueryOf, type AnswerSearch, type SearchAnswer, type SearchExchange } from './search-fast-path.ts';

export interface SearchFrontOptions {
  /** Receives every connection the front does not keep; it never listens itself. */
  httpServer: http.Server;
  answerSearch: AnswerSearch;
  /** node:http's limit for a request's head: a longer one is handed over, for node:http's 431. */
  maxHeaderBytes: number;
  /** An idle kept-alive connection is closed after this long (node:http's `keepAliveTimeout`). */
  keepAliveTimeoutMs: number;
  /** A request's head must arrive within this long (node:http's `headersTimeout`). */
  headersTimeoutMs: number;
}

/** What main.ts and the tests use of a server: net.Server's listening and closing, and node:http's connection closing. */
export type ListeningServer = net.Server & Pick<http.Server, 'closeIdleConnections' | 'closeAllConnections'>;

const HEAD_END = Buffer.from('\r\n\r\n');
/** Headers whose presence means a request the front leaves to node:http. */
const HANDED_OVER_HEADERS = new Set(['transfer-encoding', 'expect', 'upgrade']);
/** Headers the answer reads: given twice, node:http's rules for joining them decide, so node:http answers. */
const READ_HEADERS = new Set(['x-request-id', 'if-none-match', 'if-modified-since', 'cache-control', 'host', 'content-length', 'connection', 'proxy-connection']);
/** node:http reads no more headers than this (its `maxHeadersCount`): a longer head is its to answer. */
const MAX_HEADERS = 2000;
// A target with control characters or bytes beyond ASCII, or a header value with control
// characters, is node:http's to refuse (400).
const REQUEST_LINE = /^(GET|HEAD) (\/[\x21-\x7e]*) HTTP\/1\.1$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*([^\x00-\x08\x0a-\x1f\x7f]*?)[ \t]*$/;
/** How a head the front may answer begins; bytes that cannot become one go to node:http at once. */
const SEARCH_STARTS = ['GET /', 'HEAD /'];
/**
 * A head still arriving past this is left to node:http, whose parser reads it incrementally; a
 * search's head is a few hundred bytes, and the front joins each arriving piece to the last.
 */
const MAX_FRONT_HEAD_BYTES = 16 * 1024;

/** A request the front answers: the exchange, and whether the client asked to close after it. */
interface FrontRequest {
  exchange: SearchExchange;
  close: boolean;
}

/** Reads one request head (without its blank line); undefined when the front does not answer it. */
export function readSearchHead(head: string): FrontRequest | undefined {
  const lines = head.split('\r\n');
  const requestLine = REQUEST_LINE.exec(lines[0]!);
  if (!requestLine || lines.length - 1 > MAX_HEADERS) return undefined;
  const [, method, url] = requestLine as unknown as [string, SearchExchange['method'], string];
  const rawQuery = searchQueryOf(method, url);
  if (rawQuery === undefined) return undefined;
  const headers: IncomingHttpHeaders = {};
  for (let index = 1; index < lines.length; index += 1) {
    const header = HEADER_LINE.exec(lines[index]!);
    if (!header) return undefined;
    const name = header[1]!.toLowerCase();
    if (HANDED_OVER_HEADERS.has(name) || (READ_HEADERS.has(name) && name in headers)) return undefined;
    headers[name] = header[2]!;
  }
  if (!headers.host || (headers['content-length'] !== undefined && headers['content-length'] !== '0')) return undefined;
  // Only the plain forms: node:http reads lists and odd spacing by its own rules.
  const connections = [headers.connection, headers['proxy-connection']].filter((value) => value !== undefined).map((value) => String(value).toLowerCase());
  if (!connections.every((value) => value === 'close' || value === 'keep-alive')) return undefined;
  return { exchange: { method, url, rawQuery, headers }, close: connections.includes('close') };
}

/**
 * True while a head's first bytes may still become one the front answers: the right start, short
 * enough, and no head ended by bare line feeds (node:http answers those with a 400 at once).
 */
function mayBeSearchHead(bytes: Buffer): boolean {
  const start = bytes.toString('latin1', 0, 6);
  if (!SEARCH_STARTS.some((prefix) => prefix.startsWith(start) || start.startsWith(prefix))) return false;
  return bytes.length <= MAX_FRONT_HEAD_BYTES && bytes.indexOf('\n\n') === -1;
}

/** The Date header's value, made at most once a second, as node:http does. */
let dateSecond = -1;
let dateValue = '';
function httpDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateValue = new Date(now).toUTCString();
  }
  return dateValue;
}

function answerHead(answer: SearchAnswer, keepAliveSeconds: number, close: boolean): string {
  let head = `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\n${answer.shared?.lines ?? ''}${headerLines(answer.headers)}`;
  head += `Date: ${httpDate()}\r\n`;
  head += close ? 'Connection: close\r\n\r\n' : `Connection: keep-alive\r\nKeep-Alive: timeout=${keepAliveSeconds}\r\n\r\n`;
  return head;
}

export function createSearchFront(options: SearchFrontOptions): ListeningServer {
  const { httpServer, answerSearch } = options;
  const keepAliveSeconds = Math.floor(options.keepAliveTimeoutMs / 1000);
  /** Connections the front still reads, and whether each is between requests (idle). */
  const connections = new Map<net.Socket, { idle: () => boolean }>();
  let closing = false;

  const front = net.createServer({ noDelay: true }, (socket) => {
    let pending: Buffer | undefined;
    let busy = false;
    let timer: NodeJS.Timeout | undefined;
    /** Whether the timer runs for a head begun: it is not restarted by each of its bytes. */
    let timingHead = false;

    const wait = () => {
      if (pending && timingHead) return;
      clearTimeout(timer);
      // A head begun (or a new connection's first) has headersTimeout from its first byte; an idle connection keepAliveTimeout.
      timingHead = !!pending;
      const ms = pending || !connections.has(socket) ? options.headersTimeoutMs : options.keepAliveTimeoutMs;
      timer = setTimeout(() => {
        // As node:http does: a head too slow is told so; an idle connection just closes.
        if (pending) socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
        socket.destroy();
      }, ms).unref();
    };
    const stopTimer = () => {
      clearTimeout(timer);
      timingHead = false;
    };
    const handOver = () => {
      stopTimer();
      connections.delete(socket);
      socket.pause();
      socket.removeListener('data', onData);
      socket.removeListener('error', onError);
      if (pending) socket.unshift(pending);
      pending = undefined;
      httpServer.emit('connection', socket);
      socket.resume();
    };
    const next = () => {
      if (!pending) {
        wait();
        return;
      }
      const headEnd = pending.indexOf(HEAD_END);
      if (headEnd === -1) {
        if (!mayBeSearchHead(pending)) handOver();
        else wait();
        return;
      }
      const request = headEnd <= options.maxHeaderBytes ? readSearchHead(pending.toString('latin1', 0, headEnd)) : undefined;
      if (!request) {
        handOver();
        return;
      }
      stopTimer();
      pending = pending.length === headEnd + HEAD_END.length ? undefined : pending.subarray(headEnd + HEAD_END.length);
      busy = true;
      void answerSearch(request.exchange).then((answer) => {
        if (socket.destroyed) return;
        const close = request.close || closing;
        const head = answerHead(answer, keepAliveSeconds, close);
        const body = request.exchange.method === 'HEAD' ? undefined : answer.body;
        // One write, head and body together: a byte string joined to the head, bytes copied after it.
        const flushed = typeof body === 'string' ? socket.write(head + body, 'latin1') : socket.write(body ? Buffer.concat([Buffer.from(head, 'latin1'), body]) : head);
        if (close) {
          connections.delete(socket);
          socket.end();
          return;
        }
        const proceed = () => {
          busy = false;
          socket.resume();
          next();
        };
        // A client that sends requests faster than it reads answers waits for them to drain.
        if (flushed) proceed();
        else socket.once('drain', proceed);
      }, () => socket.destroy()); // The answerer maps every failure to an answer; this is its last resort.
    };
    const onData = (chunk: Buffer) => {
      pending = pending ? Buffer.concat([pending, chunk]) : chunk;
      if (!busy) next();
      // Requests piling up behind an answer: read no more until it is sent.
      else if (pending.length > options.maxHeaderBytes) socket.pause();
    };
    const onError = () => socket.destroy();

    socket.on('data', onData);
    socket.on('error', onError);
    socket.once('close', () => {
      stopTimer();
      connections.delete(socket);
    });
    wait();
    connections.set(socket, { idle: () => !busy && !pending });
  });

  // node:http sets up its connection list and its header and request timeouts when it starts
  // listening; it never does here, so it is told when the front does.
  front.on('listening', () => httpServer.emit('listening'));

  return Object.assign(front, {
    close(callback?: (error?: Error) => void) {
      // node:http's own closing: its idle connections and its timeout checks; the front waits for every connection.
      httpServer.close();
      return net.Server.prototype.close.call(front, callback);
    },
    closeIdleConnections() {
      closing = true;
      for (const [socket, state] of connections) if (state.idle()) socket.destroy();
      httpServer.closeIdleConnections();
    },
    closeAllConnections() {
      closing = true;
      for (const socket of connections.keys()) socket.destroy();
      httpServer.closeAllConnections();
    },
  });
}
