import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli';
import { capture } from './capture';

describe('cli', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints usage with --help and exits 0', async () => {
    const io = capture();
    expect(await main(['--help'])).toBe(0);
    expect(io.out()).toMatch(/Usage:[\s\S]*serve[\s\S]*ingest[\s\S]*extract[\s\S]*schema/);
  });

  it.each([[['frobnicate']], [[]], [['serve', '--no-such-flag']], [['extract']], [['ingest']], [['eval', 'x.txt']]])(
    'answers %j with usage and exit code 2',
    async (argv) => {
      const io = capture();
      expect(await main(argv)).toBe(2);
      expect(io.err()).toContain('Usage:');
    },
  );

  it('refuses a bad configuration naming the variable, exit code 2', async () => {
    const io = capture();
    vi.stubEnv('PORT', 'abc');
    try {
      expect(await main(['serve'])).toBe(2);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(io.err()).toContain('PORT');
  });

  it('prints the schema SDL', async () => {
    const io = capture();
    expect(await main(['schema'])).toBe(0);
    expect(io.out()).toMatch(/type Query \{[\s\S]*stats: Stats!/);
  });
});
