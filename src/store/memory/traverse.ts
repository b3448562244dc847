// Graph walks over the memory indexes: one level of a neighbourhood, and a shortest path
// by breadth-first search from both ends (relationships followed in either direction).
import { REL_TYPES, type GraphNode, type GraphRelationship, type RelType, type Subgraph } from '../../domain/model';
import { firstRelId, type RelIds } from './adjacency';
import type { GraphIndexes } from './indexes';

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
      // plain loops over the two groups (a generator per type was most of a level's time)
      for (const dir of ['OUT', 'IN'] as const) {
        const groups = g.adjacency.group(id, dir, type);
        if (!groups) continue;
        for (const [other, relIds] of groups) {
          if (seen.has(other)) continue;
          if (seen.size >= perType) break;
          seen.add(other);
          rels.push(g.rel(g.rels.get(firstRelId(relIds))!));
        }
      }
    }
    out.set(id, rels);
  }
  return out;
}

/** node → the relationships it was reached by (null at the start) */
type Parents = Map<string, RelIds | null>;

export function shortestPath(g: GraphIndexes, from: string, to: string, maxLength: number, types: readonly RelType[] | null): Subgraph | null {
  if (!g.nodes.has(from) || !g.nodes.has(to)) return null;
  if (from === to) return { nodes: [g.read(g.node(from))], relationships: [], truncated: false };
  // Two searches, one from each end; each step grows the side whose frontier has fewer
  // relationships by a whole level, and the first level where they meet holds a
  // shortest path. Hubs are thus crossed from the other side when possible.
  const sides = [
    { parents: new Map([[from, null]]) as Parents, frontier: [from], cost: g.adjacency.total(from) },
    { parents: new Map([[to, null]]) as Parents, frontier: [to], cost: g.adjacency.total(to) },
  ];
  let length = 0;
  while (length < maxLength && sides[0].frontier.length && sides[1].frontier.length) {
    const [grow, other] = sides[0].cost <= sides[1].cost ? [sides[0], sides[1]] : [sides[1], sides[0]];
    const next: string[] = [];
    let cost = 0;
    // The first node reached that the other side knows ends the search: every such node of
    // a level lies on the other side's last level (one nearer would have met a level
    // earlier), so the rest of the level, often a hub's thousands, need not be walked.
    let meet: string | null = null;
    for (const id of grow.frontier) {
      meet = g.adjacency.findGroup(id, types, (n, relIds) => {
        if (grow.parents.has(n)) return false;
        grow.parents.set(n, relIds);
        next.push(n);
        cost += g.adjacency.total(n);
        return other.parents.has(n);
      });
      if (meet !== null) return join(g, meet, sides[0].parents, sides[1].parents);
    }
    grow.frontier = next;
    grow.cost = cost;
    length++;
  }
  return null;
}

/** The path start → meet (by the first side's parents) → end (by the second's). */
function join(g: GraphIndexes, meet: string, fromStart: Parents, fromEnd: Parents): Subgraph {
  const nodes: GraphNode[] = [g.read(g.node(meet))];
  const relationships: GraphRelationship[] = [];
  for (let id = meet, ids = fromStart.get(id); ids; ids = fromStart.get(id)) {
    const r = g.rels.get(firstRelId(ids))!;
    id = r.from === id ? r.to : r.from;
    nodes.unshift(g.read(g.node(id)));
    relationships.unshift(g.rel(r));
  }
  for (let id = meet, ids = fromEnd.get(id); ids; ids = fromEnd.get(id)) {
    const r = g.rels.get(firstRelId(ids))!;
    id = r.from === id ? r.to : r.from;
    nodes.push(g.read(g.node(id)));
    relationships.push(g.rel(r));
  }
  return { nodes, relationships, truncated: false };
}
