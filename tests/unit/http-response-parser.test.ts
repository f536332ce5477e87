/** HttpResponseParser on bytes: every framing the engine or a proxy before it may use, cut anywhere. */
import { describe, expect, it } from 'vitest';
import { HttpResponseError, HttpResponseParser, type HttpResponse } from '../../server/http-response-parser.ts';

/** Feeds the bytes in pieces of `size` and returns the response once the parser gives one. */
function parse(text: string, size = Infinity): { response: HttpResponse | undefined; parser: HttpResponseParser } {
  const bytes = Buffer.from(text, 'utf8');
  const parser = new HttpResponseParser();
  let response: HttpResponse | undefined;
  for (let at = 0; at < bytes.length; at += Math.min(size, bytes.length)) {
    expect(response, 'an answer before its last byte').toBeUndefined();
    response = parser.push(bytes.subarray(at, at + Math.min(size, bytes.length)));
  }
  return { response, parser };
}

const json = '{"results":[{"hits":["é"]}]}';
const lengthFramed = `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
const chunked = `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"res\r\n${(Buffer.byteLength(json) - 5).toString(16)};ext=1\r\n${json.slice(5)}\r\n0\r\nX-Trailer: t\r\n\r\n`;

describe('HttpResponseParser', () => {
  it.each([
    ['Content-Length', lengthFramed],
    ['chunked Transfer-Encoding, with an extension and a trailer', chunked],
  ])('reads a body framed by %s, whole or cut into pieces of any size', (_framing, text) => {
    for (const size of [Infinity, 1, 2, 3, 7, 16]) {
      const { response } = parse(text, size);
      expect(response, `pieces of ${size}`).toEqual({ status: 200, body: Buffer.from(json), reusable: true });
    }
  });

  it('waits for the rest of a body that has not all arrived', () => {
    const parser = new HttpResponseParser();
    expect(parser.started).toBe(false);
    expect(parser.push(Buffer.from(lengthFramed.slice(0, -3)))).toBeUndefined();
    expect(parser.started).toBe(true);
    expect(() => parser.end()).toThrow(HttpResponseError);
  });

  it('skips an interim 100 Continue before the answer', () => {
    expect(parse(`HTTP/1.1 100 Continue\r\n\r\n${lengthFramed}`).response?.status).toBe(200);
  });

  it('keeps the status of a refusal and its body', () => {
    const refusal = '{"code":"index_not_found"}';
    const { response } = parse(`HTTP/1.1 404 Not Found\r\nContent-Length: ${refusal.length}\r\n\r\n${refusal}`);
    expect(response).toEqual({ status: 404, body: Buffer.from(refusal), reusable: true });
  });

  it.each([
    ['Connection: close', `HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}`],
    ['HTTP/1.0', `HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}`],
  ])('does not reuse a connection after %s', (_case, text) => {
    expect(parse(text).response).toEqual({ status: 200, body: Buffer.from('{}'), reusable: false });
  });

  it('reuses an HTTP/1.0 connection that asked to be kept alive', () => {
    expect(parse(`HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\n{}`).response?.reusable).toBe(true);
  });

  it('reads a body without a length to the end of the connection, and never reuses that connection', () => {
    const { response, parser } = parse(`HTTP/1.1 200 OK\r\n\r\n${json}`, 4);
    expect(response).toBeUndefined();
    expect(parser.end()).toEqual({ status: 200, body: Buffer.from(json), reusable: false });
  });

  it('gives 204 and 304 answers no body', () => {
    expect(parse('HTTP/1.1 204 No Content\r\n\r\n').response).toEqual({ status: 204, body: Buffer.alloc(0), reusable: true });
    expect(parse('HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n').response?.body.length).toBe(0);
  });

  it.each([
    ['a status line that is not HTTP', 'SSH-2.0-OpenSSH\r\n\r\n'],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nbroken\r\n\r\n'],
    ['a Content-Length that is not a number', 'HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n'],
    ['two Content-Lengths that disagree', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}'],
    ['an unsupported Transfer-Encoding', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n'],
    ['a chunk size that is not hexadecimal', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
    ['a chunk longer than its size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n'],
    ['bytes after the end of the answer', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}HTTP/1.1'],
  ])('rejects %s', (_case, text) => {
    expect(() => parse(text)).toThrow(HttpResponseError);
  });

  it('rejects a head that never ends instead of holding it forever', () => {
    const parser = new HttpResponseParser();
    parser.push(Buffer.from('HTTP/1.1 200 OK\r\n'));
    expect(() => parser.push(Buffer.alloc(70 * 1024, 'a'))).toThrow(/too long/);
  });
});
