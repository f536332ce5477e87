/**
 * ETags for responses that depend only on the index version and the request: computed from the
 * two, never by hashing a body, so a revalidation costs no search.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import fresh from 'fresh';

export function etagFor(version: string, key: string): string {
  return `W/"${createHash('sha1').update(version).update('\0').update(key).digest('base64url')}"`;
}

/** True when the client's If-None-Match already names this ETag (RFC 9110 weak comparison). */
export function clientHasCurrent(requestHeaders: IncomingHttpHeaders, etag: string): boolean {
  return fresh(requestHeaders, { etag });
}
