// `polgraph export` on the command line: the formats to stdout (data only; what was done
// on stderr), csv's two files into a folder, and bad options as usage errors.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli';
import { capture } from '../cli/capture';

// on the memory store, which the command loads with the bundled corpus (GET /export runs on each store)
const memoryStore = () => {
  vi.stubEnv('NEO4J_URI', '');
  vi.stubEnv('LOG_LEVEL', 'silent');
};

describe('polgraph export', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('--format graphml writes GraphML alone on stdout', async () => {
    memoryStore();
    const io = capture();
    expect(await main(['export', '--format', 'graphml'])).toBe(0);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(io.out());
    expect(doc.graphml.graph.node.length).toBeGreaterThan(10);
    expect(io.err()).toMatch(/^exported graphml from memory\n$/);
  });

  it('--format csv --out DIR writes nodes.csv and edges.csv', async () => {
    memoryStore();
    const dir = mkdtempSync(join(tmpdir(), 'polgraph-export-'));
    try {
      const io = capture();
      expect(await main(['export', '--format', 'csv', '--out', dir])).toBe(0);
      const nodes = parseCsv(readFileSync(join(dir, 'nodes.csv'), 'utf8'), { bom: true, columns: true });
      const edges = parseCsv(readFileSync(join(dir, 'edges.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
      const ids = new Set(nodes.map((n: any) => n.id));
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      expect(io.out()).toBe('');
      expect(io.err()).toContain('edges.csv');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([[['export', '--format', 'xlsx']], [['export', '--format', 'csv']], [['export', '--depth', '2']]])('refuses %j with usage and exit code 2', async (argv) => {
    memoryStore();
    const io = capture();
    expect(await main(argv)).toBe(2);
    expect(io.err()).toContain('Usage:');
    expect(io.out()).toBe('');
  });
});
