// What the server reads from a request before routing it, none of which may throw: the
// request target may be anything a client sends (`//[` is not a URL), the request id is
// echoed in a header, the address keys the authentication throttle.
import type { IncomingMessage } from 'node:http';

const BASE = 'http://localhost';

/** The request target as a URL, or null when it is none (an absolute form's host is ignored). */
export function parseRequestUrl(target: string | undefined): URL | null {
  const raw = target ?? '/';
  if (raw.length > 8192) return null;
  try {
    // `//host/path` is a path to us, not another authority
    return new URL(raw.startsWith('//') ? `/${raw.replace(/^\/+/, '')}` : raw, BASE);
  } catch {
    return null;
  }
}

/** The client's own id for the request when it is a plain token, else null (one is made up). */
export function requestIdOf(req: IncomingMessage): string | null {
  const v = req.headers['x-request-id'];
  return typeof v === 'string' && /^[\w.:@/+=-]{1,100}$/.test(v) ? v : null;
}

export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
