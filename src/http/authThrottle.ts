// Failed authentications per client address: after `maxFailures` wrong keys within
// `windowMs`, the address is held off for `blockMs` (every request it sends with a key
// gets 429 and Retry-After), so a key cannot be guessed at thousands of tries a second.
// Bounded: at most `maxAddresses` are remembered, the oldest forgotten first.
import type { AuthFailures } from '../api/context';

export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  blockMs: number;
  maxAddresses: number;
  now?: () => number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { maxFailures: 10, windowMs: 60_000, blockMs: 60_000, maxAddresses: 10_000 };

interface Entry {
  failures: number;
  windowStart: number;
  blockedUntil: number;
}

export function createAuthThrottle(options: Partial<ThrottleOptions> = {}): AuthFailures {
  const { maxFailures, windowMs, blockMs, maxAddresses, now = Date.now } = { ...DEFAULT_THROTTLE, ...options };
  // a Map iterates in insertion order: re-inserting on each failure keeps the oldest first
  const entries = new Map<string, Entry>();
  return {
    retryAfter(address) {
      const e = entries.get(address);
      const t = now();
      if (!e || e.blockedUntil <= t) return 0;
      return Math.ceil((e.blockedUntil - t) / 1000);
    },
    failed(address) {
      const t = now();
      let e = entries.get(address);
      if (!e || t - e.windowStart > windowMs) e = { failures: 0, windowStart: t, blockedUntil: e?.blockedUntil ?? 0 };
      e.failures++;
      if (e.failures >= maxFailures) {
        e.blockedUntil = t + blockMs;
        e.failures = 0;
        e.windowStart = t;
      }
      entries.delete(address);
      entries.set(address, e);
      while (entries.size > maxAddresses) entries.delete(entries.keys().next().value!);
    },
  };
}
