// Every export format, read back by a parser of that format (not compared as strings):
// each holds every node and relationship of the store once, with names in Vietnamese
// intact and each relationship's evidence (quote, article title, date, url).
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../../src/domain/model';
import { writeEdgesCsv, writeNodesCsv, EDGE_COLUMNS } from '../../src/export/csv';
import { writeCytoscapeJson } from '../../src/export/cytoscape';
import { exportSource, parseExportRequest } from '../../src/export/formats';
import { writeGraphML } from '../../src/export/graphml';
import { writeJsonLines } from '../../src/export/jsonl';
import { storeSource, type GraphSource } from '../../src/export/source';
import { collect, loadCorpus, type Expected } from './corpus';

let x: Expected;
beforeAll(async () => {
  x = await loadCorpus();
});
afterAll(async () => x?.store.close());

const APOT = 'person:kon-tum:apot';

/** The article fields an edge's evidence should carry. */
function evidenceOf(r: GraphRelationship) {
  const a = x.nodes.get(r.article)!;
  return { title: a.name, date: (a.props.publishedAt as string | null) ?? null, url: (a.props.url as string | null) ?? null };
}

function parseGraphML(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name), parseTagValue: false }).parse(xml);
  const keys = new Map<string, { for: string; name: string; type: string }>(doc.graphml.key.map((k: any) => [k.id, { for: k.for, name: k['attr.name'], type: k['attr.type'] }]));
  const fields = (el: any) => Object.fromEntries((el.data ?? []).map((d: any) => [keys.get(d.key)!.name, d['#text'] ?? '']));
  return {
    graph: doc.graphml.graph,
    keys,
    nodes: (doc.graphml.graph.node ?? []).map((n: any) => ({ id: n.id, ...fields(n) })),
    edges: (doc.graphml.graph.edge ?? []).map((e: any) => ({ id: e.id, source: e.source, target: e.target, ...fields(e) })),
  };
}

describe('GraphML', () => {
  it('holds every node and relationship once, with typed keys, names and evidence', async () => {
    const c = collect();
    await writeGraphML(storeSource(x.store), c.out);
    const g = parseGraphML(c.text());
    expect(g.graph.edgedefault).toBe('directed');
    expect(g.nodes.map((n: any) => n.id).sort()).toEqual([...x.nodes.keys()].sort());
    expect(g.edges.map((e: any) => e.id).sort()).toEqual([...x.rels.keys()].sort());
    for (const n of g.nodes) {
      const want = x.nodes.get(n.id)!;
      expect(n.type).toBe(want.label);
      expect(n.name).toBe(want.name);
    }
    expect(g.nodes.find((n: any) => n.id === APOT).name).toBe('A Pớt');
    for (const e of g.edges) {
      const r = x.rels.get(e.id)!;
      expect([e.source, e.target, e.type, e.article]).toEqual([r.from, r.to, r.type, r.article]);
      expect(e.quote ?? null).toBe(r.quote || null);
      const ev = evidenceOf(r);
      expect(e.article_title).toBe(ev.title);
      expect(e.article_published_at ?? null).toBe(ev.date);
    }
    // a boolean property is declared as one (Meeting.online)
    expect([...g.keys.values()].find((k) => k.name === 'online')).toEqual({ for: 'node', name: 'online', type: 'boolean' });
    // the article text is left to JSON Lines
    expect([...g.keys.values()].some((k) => k.name === 'text')).toBe(false);
  });

  it('escapes markup and drops the characters XML cannot hold', async () => {
    const c = collect();
    await writeGraphML(oddSource(), c.out);
    const g = parseGraphML(c.text());
    const n = g.nodes.find((v: any) => v.id === 'odd:1');
    expect(n.name).toBe('<Ủy ban> & "Hội đồng" \'x\'bell');
    expect(g.edges[0].quote).toBe('câu "có" <thẻ> & dấu, phẩy\ndòng mới');
  });
});

/** Two nodes and a relationship whose texts hold markup, quotes, commas, line breaks, a control character and formula-like starts. */
function oddSource(): GraphSource {
  const node = (id: string, name: string, props: GraphNode['props'] = {}): GraphNode => ({ id, label: 'Organization', name, searchText: '', props });
  const nodes = [node('odd:1', '<Ủy ban> & "Hội đồng" \'x\'\u0007bell', { aliases: ['a, b', 'c'], online: true }), node('odd:2', '=SUM(A1)', { kind: ' padded ' })];
  const article: GraphNode = { id: 'article:odd', label: 'Article', name: 'Tin, "trích dẫn"', searchText: '', props: { publishedAt: '2024-01-05', url: 'https://example.invalid/a?b=1&c=2' } };
  const rel: GraphRelationship = { id: 'rel:odd', type: 'PART_OF', from: 'odd:1', to: 'odd:2', article: article.id, quote: 'câu "có" <thẻ> & dấu, phẩy\ndòng mới', start: 0, end: 10, asOf: '2024-01-05' };
  const all = new Map([...nodes, article].map((n) => [n.id, n]));
  return {
    async *nodes() {
      yield nodes;
    },
    async *relationships() {
      yield [rel];
    },
    getNodes: async (ids) => ids.map((id) => all.get(id) ?? null),
  };
}

const readCsv = (text: string) => parseCsv(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

describe('CSV', () => {
  it('nodes.csv: a row per node, its properties in columns', async () => {
    const c = collect();
    await writeNodesCsv(storeSource(x.store), c.out);
    expect(c.text().startsWith('\uFEFFid,type,name,')).toBe(true);
    const rows = readCsv(c.text());
    expect(rows.map((r) => r.id).sort()).toEqual([...x.nodes.keys()].sort());
    for (const r of rows) {
      const n = x.nodes.get(r.id)!;
      expect([r.type, r.name]).toEqual([n.label, n.name]);
      for (const [k, v] of Object.entries(n.props)) {
        if (k === 'text') continue;
        expect(r[k], `${r.id}.${k}`).toBe(v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v));
      }
    }
    expect(Object.keys(rows[0])).not.toContain('text');
  });

  it('edges.csv: a row per relationship with its ends and evidence columns', async () => {
    const c = collect();
    await writeEdgesCsv(storeSource(x.store), c.out);
    const rows = readCsv(c.text());
    expect(Object.keys(rows[0])).toEqual([...EDGE_COLUMNS]);
    expect(rows.map((r) => r.id).sort()).toEqual([...x.rels.keys()].sort());
    for (const row of rows) {
      const r = x.rels.get(row.id)!;
      const ev = evidenceOf(r);
      expect(row).toEqual({
        id: r.id,
        type: r.type,
        source: r.from,
        source_name: x.nodes.get(r.from)!.name,
        target: r.to,
        target_name: x.nodes.get(r.to)!.name,
        quote: r.quote ?? '',
        article: r.article,
        article_title: ev.title,
        article_published_at: ev.date ?? '',
        article_url: ev.url ?? '',
        as_of: r.asOf ?? '',
      });
    }
  });

  it('quotes commas, quotes, line breaks, edge spaces and formula starts so they read back as written', async () => {
    const n = collect();
    await writeNodesCsv(oddSource(), n.out);
    const nodes = readCsv(n.text());
    expect(nodes.find((r) => r.id === 'odd:1')).toMatchObject({ name: '<Ủy ban> & "Hội đồng" \'x\'\u0007bell', aliases: 'a, b; c', online: 'true' });
    expect(nodes.find((r) => r.id === 'odd:2')).toMatchObject({ name: '=SUM(A1)', kind: ' padded ' });
    expect(n.text()).toContain('"=SUM(A1)"');
    const e = collect();
    await writeEdgesCsv(oddSource(), e.out);
    expect(readCsv(e.text())[0]).toMatchObject({ quote: 'câu "có" <thẻ> & dấu, phẩy\ndòng mới', article_title: 'Tin, "trích dẫn"', article_url: 'https://example.invalid/a?b=1&c=2' });
  });
});

describe('Cytoscape.js JSON', () => {
  it('loads into Cytoscape.js with every node and edge, their data and evidence', async () => {
    const c = collect();
    await writeCytoscapeJson(storeSource(x.store), c.out);
    const doc = JSON.parse(c.text());
    // Cytoscape refuses an edge whose end is not among the nodes
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual([...x.nodes.keys()].sort());
    expect(cy.edges().map((e) => e.id()).sort()).toEqual([...x.rels.keys()].sort());
    const apot = cy.getElementById(APOT);
    expect(apot.data()).toMatchObject({ type: 'Person', name: 'A Pớt' });
    for (const e of cy.edges()) {
      const r = x.rels.get(e.id())!;
      expect(e.data()).toMatchObject({ source: r.from, target: r.to, type: r.type, quote: r.quote, article: r.article, articleTitle: evidenceOf(r).title });
    }
    expect(cy.nodes().every((n) => n.data('text') === undefined)).toBe(true);
  });
});

describe('JSON Lines', () => {
  it('has every node (its text too), then every relationship', async () => {
    const c = collect();
    const counts = await writeJsonLines(storeSource(x.store), c.out);
    const lines = c.text().trimEnd().split('\n').map((l) => JSON.parse(l));
    const firstRel = lines.findIndex((l) => l.relationship);
    expect(lines.slice(0, firstRel).every((l) => l.node)).toBe(true);
    expect(lines.slice(firstRel).every((l) => l.relationship)).toBe(true);
    expect(lines.filter((l) => l.node).map((l) => l.node)).toEqual(expect.arrayContaining([...x.nodes.values()]));
    expect(counts).toEqual({ nodes: x.nodes.size, relationships: x.rels.size });
    expect(lines.filter((l) => l.relationship).map((l) => l.relationship.id).sort()).toEqual([...x.rels.keys()].sort());
  });
});

describe('a subgraph export', () => {
  it("around a node holds that node's neighbourhood and the relationships among it", async () => {
    const req = parseExportRequest({ format: 'graphml', around: APOT, depth: '1' });
    const { src, truncated } = await exportSource(x.store, req);
    const c = collect();
    await writeGraphML(src, c.out);
    const g = parseGraphML(c.text());
    const hood = await x.store.neighborhood(APOT, { depth: 1, limit: 500 });
    expect(truncated).toBe(false);
    expect(g.nodes.map((n: any) => n.id).sort()).toEqual(hood.nodes.map((n) => n.id).sort());
    const ids = new Set(hood.nodes.map((n) => n.id));
    expect(g.edges.map((e: any) => e.id).sort()).toEqual(hood.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)).map((r) => r.id).sort());
    expect(g.nodes.length).toBeLessThan(x.nodes.size);
  });

  it('refuses an unknown node, a depth out of range and options that do not go together', async () => {
    await expect(exportSource(x.store, parseExportRequest({ format: 'jsonl', around: 'person:nowhere:nobody' }))).rejects.toMatchObject({ status: 404 });
    expect(() => parseExportRequest({ format: 'jsonl', around: APOT, depth: '4' })).toThrow(/depth must be an integer from 1 to 3/);
    expect(() => parseExportRequest({ format: 'jsonl', depth: '2' })).toThrow(/depth needs around/);
    expect(() => parseExportRequest({ format: 'csv' })).toThrow(/part must be nodes or edges/);
    expect(() => parseExportRequest({ format: 'graphml', part: 'nodes' })).toThrow(/csv only/);
    expect(() => parseExportRequest({ format: 'xlsx' })).toThrow(/format must be one of jsonl, graphml, csv, cytoscape/);
  });
});
