/**
 * Keep-alive HTTP/1.1 connections to a plain-http engine, on bare TCP sockets, for the search
 * route's one request per search. Measured under load on two cores (docs/performance.md), a proxy
 * that sends its engine requests through node:http's client and agent spent 210 µs of CPU per
 * search; the same proxy on these sockets 131 µs, CPU the engine gets back to answer searches.
 * The saving is the client's per-request machinery (a ClientRequest, an IncomingMessage and their
 * streams, the agent's bookkeeping); here a request is one write of prepared bytes and its answer
 * is read by HttpResponseParser.
 *
 * One request at a time per connection, no pipelining. A request sent on a reused connection
 * that the engine closed before answering it (its keep-alive ran out as the request left) is sent
 * once more on a fresh connection: a search changes nothing, so repeating it is safe.
 */
import net from 'node:net';
import { EngineUnavailableError } from '../core/errors.ts';
import { HttpResponseParser, type HttpResponse } from './http-response-parser.ts';

export interface EngineConnectionPoolOptions {
  hostname: string;
  port: number;
  /** Connections open at once at most; more requests wait for one to be free. */
  maxConnections: number;
  /** How long a request may wait and run before it fails. */
  timeoutMs: number;
}

interface Exchange {
  /** The whole request, head and body. */
  bytes: string;
  resolve: (response: HttpResponse) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  connection: Connection | undefined;
  retried: boolean;
}

interface Connection {
  socket: net.Socket;
  parser: HttpResponseParser;
  exchange: Exchange | undefined;
  /** Answers read on this connection: a request on a used one may meet a keep-alive that ran out. */
  answered: number;
  lastError: Error | undefined;
}

/** Where every connection's bytes land, read by one callback at a time, which copies what it keeps. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

export class EngineConnectionPool {
  private readonly connections = new Set<Connection>();
  private readonly idle: Connection[] = [];
  private readonly waiting: Exchange[] = [];

  constructor(private readonly options: EngineConnectionPoolOptions) {}

  /** Sends one request (head and body, as one string) and resolves with its whole answer. */
  send(bytes: string): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const exchange: Exchange = { bytes, resolve, reject, connection: undefined, retried: false, timer: undefined as never };
      exchange.timer = setTimeout(() => this.timeOut(exchange), this.options.timeoutMs);
      this.dispatch(exchange);
    });
  }

  /** Closes every connection; requests in flight fail as unavailable. */
  close(): void {
    for (const connection of this.connections) connection.socket.destroy();
  }

  /** `fresh`: on a new connection, for a request sent again after a kept-alive one closed under it. */
  private dispatch(exchange: Exchange, fresh = false): void {
    // The most recently used connection first: the likeliest to be still open at the other end.
    const connection = fresh && this.connections.size < this.options.maxConnections ? undefined : this.idle.pop();
    if (connection) {
      connection.socket.ref();
      this.assign(connection, exchange);
    } else if (this.connections.size < this.options.maxConnections) {
      this.assign(this.connect(), exchange);
    } else {
      this.waiting.push(exchange);
    }
  }

  private assign(connection: Connection, exchange: Exchange): void {
    connection.exchange = exchange;
    connection.parser = new HttpResponseParser();
    exchange.connection = connection;
    connection.socket.write(exchange.bytes);
  }

  private connect(): Connection {
    const socket = net.connect({
      host: this.options.hostname,
      port: this.options.port,
      noDelay: true,
      // Read into one buffer and handed over as a copy, past the socket's stream machinery
      // (a 'data' event, its chunk pushed through Readable): 324 against 350 µs of the server's
      // CPU a search under load, lower in 6 of 6 alternated rounds (docs/performance.md).
      onread: {
        buffer: READ_BUFFER,
        callback: (length: number, buffer: Uint8Array) => {
          this.read(connection, Buffer.from(buffer.subarray(0, length)));
          return true;
        },
      },
    });
    const connection: Connection = { socket, parser: new HttpResponseParser(), exchange: undefined, answered: 0, lastError: undefined };
    this.connections.add(connection);
    socket.on('error', (error) => {
      connection.lastError = error;
    });
    socket.on('close', () => this.closed(connection));
    return connection;
  }

  private read(connection: Connection, chunk: Buffer): void {
    const exchange = connection.exchange;
    if (!exchange) {
      // Bytes nobody asked for: this connection's framing cannot be trusted any more.
      connection.socket.destroy();
      return;
    }
    let response: HttpResponse | undefined;
    try {
      response = connection.parser.push(chunk);
    } catch (error) {
      this.settle(exchange, new EngineUnavailableError('The search engine sent an unreadable answer', { cause: error }));
      connection.socket.destroy();
      return;
    }
    if (!response) return;
    connection.answered += 1;
    this.settle(exchange, response);
    if (response.reusable) this.release(connection);
    else connection.socket.destroy();
  }

  private release(connection: Connection): void {
    connection.exchange = undefined;
    const next = this.waiting.shift();
    if (next) {
      this.assign(connection, next);
      return;
    }
    // An idle connection does not keep the process alive.
    connection.socket.unref();
    this.idle.push(connection);
  }

  private closed(connection: Connection): void {
    this.connections.delete(connection);
    const idleAt = this.idle.indexOf(connection);
    if (idleAt !== -1) this.idle.splice(idleAt, 1);
    const exchange = connection.exchange;
    if (exchange) {
      let response: HttpResponse | undefined;
      try {
        response = connection.parser.end();
      } catch (error) {
        if (connection.answered > 0 && !connection.parser.started && !exchange.retried) {
          exchange.retried = true;
          connection.exchange = undefined;
          exchange.connection = undefined;
          this.dispatch(exchange, true);
        } else {
          const message = connection.parser.started ? 'The search engine closed the connection mid-answer' : 'The search engine is unreachable';
          this.settle(exchange, new EngineUnavailableError(message, { cause: connection.lastError ?? error }));
        }
      }
      if (response) this.settle(exchange, response);
    }
    // A connection is free again to open for whoever waits.
    const next = this.waiting.shift();
    if (next) this.dispatch(next);
  }

  private timeOut(exchange: Exchange): void {
    const waitingAt = this.waiting.indexOf(exchange);
    if (waitingAt !== -1) this.waiting.splice(waitingAt, 1);
    // A late answer must not be read as the next request's: the connection goes.
    const connection = exchange.connection;
    this.settle(exchange, new EngineUnavailableError(`The search engine did not answer in time (${this.options.timeoutMs} ms)`));
    connection?.socket.destroy();
  }

  private settle(exchange: Exchange, outcome: HttpResponse | Error): void {
    clearTimeout(exchange.timer);
    if (exchange.connection) exchange.connection.exchange = undefined;
    exchange.connection = undefined;
    if (outcome instanceof Error) exchange.reject(outcome);
    else exchange.resolve(outcome);
  }
}
