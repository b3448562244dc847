// Cross-origin access for the origins in POLGRAPH_CORS_ORIGINS (a graph-explorer front end
// served elsewhere); none by default: the pages this server serves itself are same-origin and need none.
// A preflight (OPTIONS) is answered here, before any route: 204 for an allowed origin,
// 403 for another.
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOW_METHODS = 'GET, POST, OPTIONS';
const ALLOW_HEADERS = 'content-type, authorization, x-request-id, apollo-require-preflight';
const MAX_AGE_S = '600';

export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  return origin !== undefined && (allowed.includes('*') || allowed.includes(origin));
}

/** Adds the CORS headers an allowed origin needs; true when the request was a preflight and has been answered. */
export function handleCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  const ok = originAllowed(origin, allowed);
  if (ok) {
    res.setHeader('access-control-allow-origin', origin!);
    res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
  }
  res.setHeader('vary', 'origin');
  if (req.method !== 'OPTIONS') return false;
  if (origin !== undefined && !ok) {
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: `origin ${origin.slice(0, 200)} is not allowed (POLGRAPH_CORS_ORIGINS)` }));
    return true;
  }
  if (ok) {
    res.setHeader('access-control-allow-methods', ALLOW_METHODS);
    res.setHeader('access-control-allow-headers', ALLOW_HEADERS);
    res.setHeader('access-control-max-age', MAX_AGE_S);
  }
  res.writeHead(204, { allow: ALLOW_METHODS });
  res.end();
  return true;
}
