// Graph walks over the memory indexes: one level of a neighbourhood, and a shortest path
// by breadth-first search from both ends (relationships followed in either direction).
import { REL_TYPES, type GraphNode, type GraphRelationship, type RelType, type Subgraph } from '../../domain/model';
import { firstRelId } from './adjacency';
import type { GraphIndexes } from './indexes';
import type { StoredRel } from './storedRel';

/**
 * Each node's relationships, per type to at most `perType` neighbours (in the order they
 * were first linked), one relationship per neighbour: parallel ones (the same fact from
 * other articles) add nothing to a drawing, and a hub costs what its first few cost.
 */
export function expandLevel(g: GraphIndexes, ids: string[], types: readonly RelType[] | null, perType: number): Map<string, GraphRelationship[]> {
  const out = new Map<string, GraphRelationship[]>();
  for (const id of ids) {
    const rels: GraphRelationship[] = [];
    for (const type of types ?? REL_TYPES) {
      const seen = new Set<string>();
      for (const [other, relIds] of g.adjacency.groups(id, 'BOTH', [type])) {
        if (seen.has(other)) continue;
        if (seen.size >= perType) break;
        seen.add(other);
        rels.push(g.rel(g.rels.get(firstRelId(relIds))!));
      }
    }
    out.set(id, rels);
  }
  return out;
}

/** node → the relationship it was reached by (null at the start) */
type Parents = Map<string, StoredRel | null>;

export function shortestPath(g: GraphIndexes, from: string, to: string, maxLength: number, types: readonly RelType[] | null): Subgraph | null {
  if (!g.nodes.has(from) || !g.nodes.has(to)) return null;
  if (from === to) return { nodes: [g.read(g.node(from))], relationships: [], truncated: false };
  // Two searches, one from each end; each step grows the side whose frontier has fewer
  // relationships by a whole level, and the first level where they meet holds a
  // shortest path. Hubs are thus crossed from the other side when possible.
  const sides = [
    { parents: new Map([[from, null]]) as Parents, depth: new Map([[from, 0]]), frontier: [from] },
    { parents: new Map([[to, null]]) as Parents, depth: new Map([[to, 0]]), frontier: [to] },
  ];
  let length = 0;
  while (length < maxLength && sides[0].frontier.length && sides[1].frontier.length) {
    const cost = (frontier: string[]) => frontier.reduce((c, id) => c + g.adjacency.total(id), 0);
    const [grow, other] = cost(sides[0].frontier) <= cost(sides[1].frontier) ? [sides[0], sides[1]] : [sides[1], sides[0]];
    const next: string[] = [];
    let meet: string | null = null;
    for (const id of grow.frontier) {
      const d = grow.depth.get(id)! + 1;
      g.adjacency.forEachGroup(id, types, (n, relIds) => {
        if (grow.parents.has(n)) return;
        grow.parents.set(n, g.rels.get(firstRelId(relIds))!);
        grow.depth.set(n, d);
        next.push(n);
        if (other.depth.has(n) && (meet === null || other.depth.get(n)! < other.depth.get(meet)!)) meet = n;
      });
    }
    grow.frontier = next;
    length++;
    if (meet !== null) return join(g, meet, sides[0].parents, sides[1].parents);
  }
  return null;
}

/** The path start → meet (by the first side's parents) → end (by the second's). */
function join(g: GraphIndexes, meet: string, fromStart: Parents, fromEnd: Parents): Subgraph {
  const nodes: GraphNode[] = [g.read(g.node(meet))];
  const relationships: GraphRelationship[] = [];
  for (let id = meet, r = fromStart.get(id); r; r = fromStart.get(id)) {
    id = r.from === id ? r.to : r.from;
    nodes.unshift(g.read(g.node(id)));
    relationships.unshift(g.rel(r));
  }
  for (let id = meet, r = fromEnd.get(id); r; r = fromEnd.get(id)) {
    id = r.from === id ? r.to : r.from;
    nodes.push(g.read(g.node(id)));
    relationships.push(g.rel(r));
  }
  return { nodes, relationships, truncated: false };
}
