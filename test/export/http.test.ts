// GET /export over HTTP: each format as a download, read back by its parser; bad options
// answered with a clear 4xx, after which the server keeps serving.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { Readiness } from '../../src/readiness';
import { startServer } from '../../src/server';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { harnessStores, startHarness, type Harness } from '../api/harness';

describe.each(harnessStores)('GET /export on the $name store', ({ name }) => {
  let h: Harness;
  let base: string;
  let counts: { nodes: number; relationships: number };
  beforeAll(async () => {
    h = await startHarness({ store: name });
    base = `http://127.0.0.1:${h.server.port}`;
    const c = await h.store.counts();
    counts = { nodes: Object.values(c.nodes).reduce((a, b) => a + b, 0), relationships: c.relationships };
  });
  afterAll(async () => h?.close());

  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

  describe('answers', () => {
    it('JSON Lines by default: every node, then every relationship', async () => {
      const res = await get('/export');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="polgraph.jsonl"');
      const lines = (await res.text()).trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.filter((l) => l.node)).toHaveLength(counts.nodes);
      expect(lines.filter((l) => l.relationship)).toHaveLength(counts.relationships);
    });

    it('GraphML that an XML parser reads, with every node and edge', async () => {
      const res = await get('/export?format=graphml');
      expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await res.text());
      expect(doc.graphml.graph.node).toHaveLength(counts.nodes);
      expect(doc.graphml.graph.edge).toHaveLength(counts.relationships);
    });

    it('CSV one file at a time, named after its part', async () => {
      for (const [part, n] of [
        ['nodes', counts.nodes],
        ['edges', counts.relationships],
      ] as const) {
        const res = await get(`/export?format=csv&part=${part}`);
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
        expect(res.headers.get('content-disposition')).toBe(`attachment; filename="polgraph-${part}.csv"`);
        const rows = parseCsv(await res.text(), { bom: true, columns: true });
        expect(rows).toHaveLength(n);
      }
    });

    it('Cytoscape.js JSON, and a neighbourhood of one node with ?around', async () => {
      const whole: any = await (await get('/export?format=cytoscape')).json();
      expect(whole.elements.nodes).toHaveLength(counts.nodes);
      const res = await get('/export?format=cytoscape&around=person:kon-tum:apot&depth=1');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="polgraph-person-kon-tum-apot.cyjs"');
      expect(res.headers.get('x-polgraph-truncated')).toBe('false');
      const part: any = await res.json();
      const hood = await h.store.neighborhood('person:kon-tum:apot', { depth: 1, limit: 500 });
      expect(part.elements.nodes.map((n: any) => n.data.id).sort()).toEqual(hood.nodes.map((n) => n.id).sort());
    });

    it.each([
      ['/export?format=xlsx', 400, /format must be one of/],
      ['/export?format=csv', 400, /part must be nodes or edges/],
      ['/export?format=jsonl&around=person:kon-tum:apot&depth=9', 400, /depth must be an integer from 1 to 3/],
      ['/export?format=jsonl&around=nobody', 404, /no node with id "nobody"/],
    ])('%s is refused with %i and says why', async (path, status, message) => {
      const res = await get(path);
      expect(res.status).toBe(status);
      const body: any = await res.json();
      expect(body.errors[0].message).toMatch(message);
      expect((await get('/health')).status).toBe(200);
    });

    it('answers GET only', async () => {
      const res = await get('/export', { method: 'POST', body: '{}' });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    });
  });
});

describe('GET /export before the store is ready', () => {
  it('is 503 STORE_UNAVAILABLE with Retry-After, as GraphQL is, rather than a partial graph', async () => {
    const store = new MemoryStore();
    await store.init();
    const readiness: Readiness = { phase: 'loading', detail: 'loading the corpus', progress: { done: 1, total: 5 } };
    const server = await startServer({ config: loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), logger: createLogger('silent'), store, readiness });
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/export?format=graphml`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      const body: any = await res.json();
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'STORE_UNAVAILABLE' } });
      expect(body.errors[0].message).toContain('loading the corpus');
    } finally {
      await server.close();
      await store.close();
    }
  });
});
