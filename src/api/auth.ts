// Mutations need `Authorization: Bearer <POLGRAPH_API_KEY>`. With no key configured they
// are disabled outright (FORBIDDEN), so a server started without one is read-only. A wrong
// key is counted against the client's address (http/authThrottle.ts): past the limit the
// address gets RATE_LIMITED (HTTP 429, Retry-After) however right its next key is.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiContext } from './context';
import { apiError, rateLimited } from './errors';

/** Constant-time comparison: hashing first makes the lengths equal, so length leaks nothing either. */
export function sameKey(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Throws unless the request carries the configured API key. */
export function requireApiKey(ctx: Pick<ApiContext, 'config' | 'token'> & Partial<Pick<ApiContext, 'clientAddress' | 'authFailures'>>): void {
  const expected = ctx.config.apiKey;
  if (!expected) throw apiError('FORBIDDEN', 'mutations are disabled on this server: set POLGRAPH_API_KEY to enable them');
  if (!ctx.token) throw apiError('UNAUTHENTICATED', 'this mutation needs an API key: send the header "Authorization: Bearer <POLGRAPH_API_KEY>"');
  const address = ctx.clientAddress ?? 'local';
  const wait = ctx.authFailures?.retryAfter(address) ?? 0;
  if (wait > 0) throw rateLimited(wait);
  if (!sameKey(ctx.token, expected)) {
    ctx.authFailures?.failed(address);
    throw apiError('UNAUTHENTICATED', 'the API key is not valid');
  }
}
