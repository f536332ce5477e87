/**
 * The security headers every response carries (helmet, with a strict Content-Security-Policy for
 * the page). Express runs the middleware; the search fast path sends the same headers, captured
 * once at start-up instead of being recomputed for every request.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import helmet from 'helmet';

export const securityHeadersMiddleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});

/** The headers the middleware sets, as one object (helmet's are the same for every request). */
export function captureSecurityHeaders(): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const recorder = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name] = value;
      return recorder;
    },
    removeHeader: (name: string) => {
      delete headers[name];
    },
  };
  let finished = false;
  securityHeadersMiddleware({} as IncomingMessage, recorder as unknown as ServerResponse, () => (finished = true));
  if (!finished) throw new Error('helmet did not call next() synchronously; its headers cannot be captured');
  return headers;
}
