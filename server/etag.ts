/**
 * ETags for responses that depend only on the index version and the request: computed from the
 * two, never by hashing a body, so a revalidation costs no search. The Express routes and the
 * search fast path both revalidate through here, so their ETags cannot drift apart.
 */
import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import fresh from 'fresh';

/** What a cacheable API response is about, e.g. `search:<normalised request>` or `document:<id>`. */
export const resourceOf = {
  search: (cacheKey: string) => `search:${cacheKey}`,
  document: (id: string) => `document:${id}`,
};

export interface Revalidation {
  /** Undefined until the index version is known: then the response carries no ETag. */
  etag: string | undefined;
  /** True when the client's If-None-Match already names this ETag: answer 304. */
  notModified: boolean;
}

export function revalidate(requestHeaders: IncomingHttpHeaders, version: string | undefined, resource: string): Revalidation {
  if (version === undefined) return { etag: undefined, notModified: false };
  // One call, not a Hash object fed three times: this runs for every search.
  const etag = `W/"${hash('sha1', `${version}\0${resource}`, 'base64url')}"`;
  // RFC 9110 weak comparison, as Express's own req.fresh does.
  return { etag, notModified: fresh(requestHeaders, { etag }) };
}
