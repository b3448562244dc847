// Store subgraphs → the `{ nodes, edges, truncated }` shape of the explorer queries.
import type { GraphNode, GraphRelationship, Subgraph } from '../domain/model';
import type { Graph, GraphViewEdge, GraphViewNode } from './types/Graph';
import type { NodeType, RelationshipType } from './types/enums';

export function viewNode(n: GraphNode): GraphViewNode {
  return { id: n.id, type: n.label as NodeType, label: n.name };
}

export function viewEdge(r: GraphRelationship): GraphViewEdge {
  return { id: r.id, type: r.type as RelationshipType, source: r.from, target: r.to, article: r.article, quote: r.quote };
}

/** Nodes sorted by id and edges by id so a result is reproducible; edges only among nodes. */
export function toGraph(g: Subgraph): Graph {
  const nodes = [...g.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).map(viewNode);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = g.relationships
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(viewEdge);
  return { nodes, edges, truncated: g.truncated, size: nodes.length };
}
