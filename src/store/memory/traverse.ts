// Graph walks over the memory indexes: one level of a neighbourhood, and a shortest path
// by breadth-first search (relationships followed in either direction).
import type { GraphNode, GraphRelationship, RelType, Subgraph } from '../../domain/model';
import type { GraphIndexes } from './indexes';

export function expandLevel(g: GraphIndexes, ids: string[], types: readonly RelType[] | null): Map<string, GraphRelationship[]> {
  return new Map(ids.map((id) => [id, g.relsOf(id, 'BOTH', types)]));
}

export function shortestPath(g: GraphIndexes, from: string, to: string, maxLength: number, types: readonly RelType[] | null): Subgraph | null {
  if (!g.nodes.has(from) || !g.nodes.has(to)) return null;
  // node → the relationship it was reached by
  const via = new Map<string, GraphRelationship | null>([[from, null]]);
  let frontier = [from];
  for (let depth = 0; depth < maxLength && frontier.length > 0 && !via.has(to); depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of g.relsOf(id, 'BOTH', types)) {
        const other = r.from === id ? r.to : r.from;
        if (via.has(other)) continue;
        via.set(other, r);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!via.has(to)) return null;
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for (let id = to; ; ) {
    nodes.unshift(g.nodes.get(id)!);
    const r = via.get(id);
    if (!r) break;
    relationships.unshift(r);
    id = r.from === id ? r.to : r.from;
  }
  return { nodes, relationships, truncated: false };
}
