import { describe, expect, it } from 'vitest';
import { createAuthThrottle } from '../../src/http/authThrottle';

describe('createAuthThrottle', () => {
  const clock = () => {
    const c = { t: 1_000_000, now: () => c.t };
    return c;
  };

  it('holds an address off for blockMs after maxFailures wrong keys within the window, then lets it try again', () => {
    const c = clock();
    const t = createAuthThrottle({ maxFailures: 3, windowMs: 60_000, blockMs: 30_000, now: c.now });
    t.failed('a');
    t.failed('a');
    expect(t.retryAfter('a')).toBe(0);
    t.failed('a');
    expect(t.retryAfter('a')).toBe(30);
    expect(t.retryAfter('b')).toBe(0);
    c.t += 29_500;
    expect(t.retryAfter('a')).toBe(1);
    c.t += 600;
    expect(t.retryAfter('a')).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const c = clock();
    const t = createAuthThrottle({ maxFailures: 3, windowMs: 1000, blockMs: 30_000, now: c.now });
    t.failed('a');
    t.failed('a');
    c.t += 2000;
    t.failed('a');
    expect(t.retryAfter('a')).toBe(0);
  });

  it('remembers at most maxAddresses, the oldest forgotten first', () => {
    const c = clock();
    const t = createAuthThrottle({ maxFailures: 1, blockMs: 30_000, maxAddresses: 2, now: c.now });
    t.failed('a');
    t.failed('b');
    t.failed('c');
    expect(t.retryAfter('a')).toBe(0);
    expect(t.retryAfter('b')).toBe(30);
    expect(t.retryAfter('c')).toBe(30);
  });
});
