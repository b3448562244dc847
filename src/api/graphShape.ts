// Store subgraphs → the `{ nodes, edges, truncated }` shape of the explorer queries.
import type { GraphNode, GraphRelationship, Subgraph } from '../domain/model';
import type { Graph, GraphViewEdge, GraphViewNode } from './types/Graph';

/** The prop that dates a node of each label, for a view's date filter. */
const DATE_PROP: Partial<Record<GraphNode['label'], string>> = { Meeting: 'date', Article: 'publishedAt', Document: 'issuedOn' };

export function viewNode(n: GraphNode): GraphViewNode {
  const prop = DATE_PROP[n.label];
  const date = prop ? n.props[prop] : null;
  return { id: n.id, type: n.label, label: n.name, date: typeof date === 'string' && date ? date : null };
}

export function viewEdge(r: GraphRelationship): GraphViewEdge {
  return { id: r.id, type: r.type, source: r.from, target: r.to, article: r.article, quote: r.quote, asOf: r.asOf, start: r.start, end: r.end };
}

/**
 * Nodes and edges sorted by id so a result is reproducible, edges only among nodes. A path
 * keeps the store's order instead: from its first node to its last, the edge between each
 * pair, so a client can read it as a path without rebuilding it.
 */
export function toGraph(g: Subgraph, order: 'byId' | 'asGiven' = 'byId'): Graph {
  const byId = <T extends { id: string }>(list: T[]) => (order === 'byId' ? [...list].sort((a, b) => (a.id < b.id ? -1 : 1)) : list);
  const nodes = byId(g.nodes).map(viewNode);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = byId(g.relationships.filter((r) => ids.has(r.from) && ids.has(r.to))).map(viewEdge);
  return { nodes, edges, truncated: g.truncated, size: nodes.length };
}
