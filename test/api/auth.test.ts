// The API key check behind every mutation.
import { describe, expect, it } from 'vitest';
import { requireApiKey, sameKey } from '../../src/api/auth';
import type { Config } from '../../src/config';

const ctx = (apiKey: string | null, token: string | null) => ({ config: { apiKey } as Config, token });
const codeOf = (f: () => void) => {
  try {
    f();
    return null;
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('sameKey', () => {
  it('is true only for the same key, whatever the lengths', () => {
    expect(sameKey('s3cret-key-1', 's3cret-key-1')).toBe(true);
    expect(sameKey('s3cret-key-2', 's3cret-key-1')).toBe(false);
    expect(sameKey('s3cret', 's3cret-key-1')).toBe(false);
    expect(sameKey('', 's3cret-key-1')).toBe(false);
  });
});

describe('requireApiKey', () => {
  it('passes with the configured key', () => {
    expect(codeOf(() => requireApiKey(ctx('s3cret-key-1', 's3cret-key-1')))).toBeNull();
  });

  it('is FORBIDDEN when no key is configured, even with a token', () => {
    expect(codeOf(() => requireApiKey(ctx(null, 'anything')))).toBe('FORBIDDEN');
  });

  it('is UNAUTHENTICATED without a token or with a wrong one', () => {
    expect(codeOf(() => requireApiKey(ctx('s3cret-key-1', null)))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireApiKey(ctx('s3cret-key-1', 's3cret-key-2')))).toBe('UNAUTHENTICATED');
  });
});
