// What an export walks: the whole store a page at a time, or one subgraph already in
// memory (a node's neighbourhood). Every writer reads a source twice at most (nodes, then
// relationships), so none holds the whole graph of a large store.
import { NODE_LABELS, type GraphNode, type GraphRelationship, type Subgraph } from '../domain/model';
import type { GraphStore } from '../store/GraphStore';

const PAGE = 500;

export interface GraphSource {
  /** every node once, in pages */
  nodes(): AsyncIterable<GraphNode[]>;
  /** every relationship once (both ends among the nodes), in pages */
  relationships(): AsyncIterable<GraphRelationship[]>;
  /** nodes by id, for what an edge row names besides ids (its ends' names, its article) */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
}

/** The whole store: each label's nodes by the store's order, then each page's outgoing relationships by id. */
export function storeSource(store: GraphStore): GraphSource {
  async function* nodes(): AsyncIterable<GraphNode[]> {
    for (const label of NODE_LABELS) {
      let after: string | null = null;
      for (;;) {
        const page = await store.listNodes(label, {}, { first: PAGE, after });
        if (page.items.length) yield page.items.map((i) => i.node);
        if (!page.hasNextPage || !page.items.length) break;
        after = page.items[page.items.length - 1].cursor;
      }
    }
  }
  return {
    nodes,
    async *relationships() {
      for await (const page of nodes()) {
        const rels = await store.getRelationships(page.map((n) => n.id), 'OUT');
        // in id order, not the order they were written in: two stores holding the same
        // graph export the same bytes (test/store/graphFunction.test.ts compares them)
        rels.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        if (rels.length) yield rels;
      }
    },
    getNodes: (ids) => store.getNodes(ids),
  };
}

/** A subgraph already fetched (a neighbourhood); its relationships only among its nodes. */
export function subgraphSource(store: GraphStore, g: Subgraph): GraphSource {
  const ids = new Set(g.nodes.map((n) => n.id));
  return {
    async *nodes() {
      yield g.nodes;
    },
    async *relationships() {
      yield g.relationships.filter((r) => ids.has(r.from) && ids.has(r.to));
    },
    getNodes: (wanted) => store.getNodes(wanted),
  };
}

/** Where an export writes; awaiting it lets a slow HTTP client hold the walk back. */
export type Sink = (chunk: string) => void | Promise<void>;

/** Node properties the tabular and drawing formats leave out: an article's full text (JSON Lines keeps it). */
export const OMITTED_PROPS = new Set(['text']);

export type FlatValue = string | number | boolean | null;

/** A property as one cell: lists joined with "; " (names and codes hold no semicolons). */
export function flatValue(v: unknown): FlatValue {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.join('; ');
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/**
 * The properties of every node, each with the type of its values (string when they
 * disagree or are all null), in first-seen order; a property null on every node still
 * gets its column, so a file's columns do not depend on what a corpus happens to lack.
 */
export async function nodePropertyKeys(src: GraphSource): Promise<Map<string, 'string' | 'number' | 'boolean'>> {
  const keys = new Map<string, 'string' | 'number' | 'boolean' | null>();
  for await (const page of src.nodes()) {
    for (const n of page) {
      for (const [k, v] of Object.entries(n.props)) {
        if (OMITTED_PROPS.has(k) || v === undefined) continue;
        const t = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : v === null ? null : 'string';
        const seen = keys.get(k);
        if (seen === undefined || seen === null) keys.set(k, t);
        else if (t !== null && seen !== t) keys.set(k, 'string');
      }
    }
  }
  return new Map([...keys].map(([k, t]) => [k, t ?? 'string']));
}

/** The evidence of an edge as its row shows it: the article's title, date and link. */
export interface EdgeRow {
  rel: GraphRelationship;
  sourceName: string | null;
  targetName: string | null;
  articleTitle: string | null;
  articleDate: string | null;
  articleUrl: string | null;
}

/** Relationships with their ends' names and their article's title, date and url, a page at a time. */
export async function* edgeRows(src: GraphSource): AsyncIterable<EdgeRow[]> {
  const names = new Map<string, GraphNode | null>();
  for await (const rels of src.relationships()) {
    const missing = [...new Set(rels.flatMap((r) => [r.from, r.to, r.article]))].filter((id) => !names.has(id));
    if (missing.length) {
      const found = await src.getNodes(missing);
      missing.forEach((id, i) => names.set(id, found[i]));
    }
    yield rels.map((rel) => {
      const a = names.get(rel.article) ?? null;
      const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
      return {
        rel,
        sourceName: names.get(rel.from)?.name ?? null,
        targetName: names.get(rel.to)?.name ?? null,
        articleTitle: a ? a.name : null,
        articleDate: str(a?.props.publishedAt),
        articleUrl: str(a?.props.url),
      };
    });
    // ends and articles recur page after page; keep the map from growing with the graph
    if (names.size > 50_000) names.clear();
  }
}
