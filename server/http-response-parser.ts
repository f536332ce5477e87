/**
 * An HTTP/1.1 response read from the bytes of a connection, as they arrive: the status line, the
 * headers that frame the body (Content-Length, chunked Transfer-Encoding, or a body that runs to
 * the connection's end) and whether the connection may carry another request. Pure: no sockets,
 * so every framing (a head split across reads, chunk sizes cut in half, interim 1xx answers) is
 * tested on bytes. The engine's search connections read their answers with it
 * (engine-connection-pool.ts).
 */

export interface HttpResponse {
  status: number;
  body: Buffer;
  /** False when the server asked to close (`Connection: close`, HTTP/1.0) or the body ran to the end. */
  reusable: boolean;
}

/** Bytes that are no HTTP/1.1 response: the connection cannot be trusted for another request. */
export class HttpResponseError extends Error {
  override name = 'HttpResponseError';
}

/** A head longer than this is no engine answer (Node's own limit for headers is 16 KiB). */
const MAX_HEAD_BYTES = 64 * 1024;
const HEAD_END = Buffer.from('\r\n\r\n');
const LINE_END = Buffer.from('\r\n');

type Framing = { kind: 'length'; remaining: number } | { kind: 'chunked' } | { kind: 'untilClose' };

export class HttpResponseParser {
  private pending: Buffer = Buffer.alloc(0);
  private status = 0;
  private reusable = true;
  private framing: Framing | undefined;
  private bodyParts: Buffer[] = [];
  /** In a chunked body: the bytes left of the current chunk (its CRLF excluded), or -1 between chunks. */
  private chunkLeft = -1;
  private inTrailers = false;
  /** True once any byte of an answer arrived: a request on a reused connection that got none may be retried. */
  started = false;

  /**
   * Takes the next bytes; returns the response once it is whole. Bytes past the end of the
   * response are an error: this client never sends a second request before the first is answered.
   */
  push(chunk: Buffer): HttpResponse | undefined {
    this.started = true;
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      if (!this.framing) {
        if (!this.readHead()) return undefined;
        continue;
      }
      const framing = this.framing;
      if (framing.kind === 'untilClose') {
        this.takeBody(this.pending.length);
        return undefined;
      }
      if (framing.kind === 'length') {
        const taken = Math.min(framing.remaining, this.pending.length);
        this.takeBody(taken);
        framing.remaining -= taken;
        if (framing.remaining > 0) return undefined;
        return this.finish();
      }
      const done = this.readChunks();
      if (done === undefined) return undefined;
      return this.finish();
    }
  }

  /** The connection ended: the response when its body runs to the end, else an error. */
  end(): HttpResponse {
    if (this.framing?.kind === 'untilClose') {
      this.reusable = false;
      this.framing = { kind: 'length', remaining: 0 };
      return this.finish();
    }
    throw new HttpResponseError('The connection closed before the answer was complete');
  }

  private finish(): HttpResponse {
    if (this.pending.length > 0) throw new HttpResponseError('Bytes arrived after the end of the answer');
    const body = this.bodyParts.length === 1 ? this.bodyParts[0]! : Buffer.concat(this.bodyParts);
    return { status: this.status, body, reusable: this.reusable };
  }

  private takeBody(length: number): void {
    if (length === 0) return;
    this.bodyParts.push(this.pending.subarray(0, length));
    this.pending = this.pending.subarray(length);
  }

  /** Reads a whole head, skipping interim 1xx answers; false while it is still arriving. */
  private readHead(): boolean {
    const end = this.pending.indexOf(HEAD_END);
    if (end === -1) {
      if (this.pending.length > MAX_HEAD_BYTES) throw new HttpResponseError('The answer’s headers are too long');
      return false;
    }
    const lines = this.pending.toString('latin1', 0, end).split('\r\n');
    this.pending = this.pending.subarray(end + HEAD_END.length);
    const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0] ?? '');
    if (!statusLine) throw new HttpResponseError(`Not an HTTP/1.x status line: ${JSON.stringify((lines[0] ?? '').slice(0, 80))}`);
    const status = Number(statusLine[2]);
    if (status >= 100 && status < 200) return true; // 100 Continue and friends: the real answer follows.
    this.status = status;
    this.reusable = statusLine[1] === '1';
    let length: number | undefined;
    let chunked = false;
    for (let index = 1; index < lines.length; index += 1) {
      const line = lines[index]!;
      const colon = line.indexOf(':');
      if (colon <= 0) throw new HttpResponseError(`Not a header line: ${JSON.stringify(line.slice(0, 80))}`);
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim().toLowerCase();
      if (name === 'content-length') {
        if (!/^\d+$/.test(value) || (length !== undefined && length !== Number(value))) throw new HttpResponseError(`A bad Content-Length: ${value}`);
        length = Number(value);
      } else if (name === 'transfer-encoding') {
        chunked = value.split(',').at(-1)!.trim() === 'chunked';
        if (!chunked) throw new HttpResponseError(`An unsupported Transfer-Encoding: ${value}`);
      } else if (name === 'connection') {
        const options = value.split(',').map((option) => option.trim());
        if (options.includes('close')) this.reusable = false;
        else if (options.includes('keep-alive')) this.reusable = true;
      }
    }
    if (status === 204 || status === 304) this.framing = { kind: 'length', remaining: 0 };
    else if (chunked) this.framing = { kind: 'chunked' };
    else if (length !== undefined) this.framing = { kind: 'length', remaining: length };
    else {
      this.framing = { kind: 'untilClose' };
      this.reusable = false;
    }
    return true;
  }

  /** Reads as much of a chunked body as has arrived; true once its last chunk and trailers are in. */
  private readChunks(): true | undefined {
    for (;;) {
      if (this.inTrailers) {
        const lineEnd = this.pending.indexOf(LINE_END);
        if (lineEnd === -1) return undefined;
        this.pending = this.pending.subarray(lineEnd + LINE_END.length);
        if (lineEnd === 0) return true;
        continue;
      }
      if (this.chunkLeft === -1) {
        const lineEnd = this.pending.indexOf(LINE_END);
        if (lineEnd === -1) {
          if (this.pending.length > 1024) throw new HttpResponseError('A chunk size line is too long');
          return undefined;
        }
        const sizeText = this.pending.toString('latin1', 0, lineEnd).split(';')[0]!.trim();
        if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText)) throw new HttpResponseError(`A bad chunk size: ${JSON.stringify(sizeText)}`);
        this.pending = this.pending.subarray(lineEnd + LINE_END.length);
        const size = Number.parseInt(sizeText, 16);
        if (size === 0) {
          this.inTrailers = true;
          continue;
        }
        this.chunkLeft = size;
      }
      if (this.chunkLeft > 0) {
        const taken = Math.min(this.chunkLeft, this.pending.length);
        this.takeBody(taken);
        this.chunkLeft -= taken;
        if (this.chunkLeft > 0) return undefined;
      }
      // The CRLF after a chunk's data.
      if (this.pending.length < LINE_END.length) return undefined;
      if (this.pending[0] !== 0x0d || this.pending[1] !== 0x0a) throw new HttpResponseError('A chunk does not end where its size says');
      this.pending = this.pending.subarray(LINE_END.length);
      this.chunkLeft = -1;
    }
  }
}
