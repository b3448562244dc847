// Graph walks over the memory indexes: one level of a neighbourhood, and a shortest path
// by breadth-first search from both ends (relationships followed in either direction).
import { REL_TYPES, type GraphNode, type GraphRelationship, type RelType, type Subgraph } from '../../domain/model';
import { EVIDENCE, IN, slot } from './adjacency';
import type { GraphIndexes } from './indexes';
import { REL_READ_UNITS, UNLIMITED, type WorkBudget } from '../budget';

/** Frontier nodes walked between two looks at whether the event loop is owed a turn. */
const PAUSE_EVERY = 32;

/**
 * Each node's relationships, per type to at most `perType` neighbours (in the order they
 * were first linked), one relationship per neighbour, the first written: parallel ones
 * (the same fact from other articles) add nothing to a drawing.
 */
export async function expandLevel(g: GraphIndexes, ids: string[], types: readonly RelType[] | null, perType: number, budget: WorkBudget = UNLIMITED): Promise<Map<string, GraphRelationship[]>> {
  const out = new Map<string, GraphRelationship[]>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await budget.pause();
    const rels: GraphRelationship[] = [];
    for (const type of types ?? REL_TYPES) {
      const seen = new Set<number>();
      const n = g.numbers.get(id);
      // plain loops over the two lists (a generator per type was most of a level's time)
      for (const dir of ['OUT', 'IN'] as const) {
        for (const r of g.slotRels(id, dir, type)) {
          // every relationship looked at is paid for, the parallel ones skipped included
          budget.spend(1);
          const other = g.other(r, n);
          if (seen.has(other)) continue;
          if (seen.size >= perType) break;
          seen.add(other);
          budget.spend(REL_READ_UNITS);
          rels.push(g.rel(r));
        }
      }
    }
    out.set(id, rels);
  }
  return out;
}

/** node → the relationship it was first reached by (null at the start) */
type Parents = Map<string, number | null>;

export async function shortestPath(g: GraphIndexes, from: string, to: string, maxLength: number, types: readonly RelType[] | null, budget: WorkBudget = UNLIMITED): Promise<Subgraph | null> {
  budget.spend(0);
  if (!g.nodes.has(from) || !g.nodes.has(to)) return null;
  if (from === to) return { nodes: [g.read(g.node(from))], relationships: [], truncated: false };
  // Two searches, one from each end; each step grows the side whose frontier has fewer
  // relationships by a whole level, and the first level where they meet holds a
  // shortest path. Hubs are thus crossed from the other side when possible.
  const sides = [
    { parents: new Map([[from, null]]) as Parents, frontier: [from], cost: g.total(from) },
    { parents: new Map([[to, null]]) as Parents, frontier: [to], cost: g.total(to) },
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
    for (let i = 0; i < grow.frontier.length; i++) {
      const id = grow.frontier[i];
      if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await budget.pause();
      meet = findNeighbour(g, id, types, (n, rel) => {
        budget.spend(1);
        if (grow.parents.has(n)) return false;
        grow.parents.set(n, rel);
        next.push(n);
        cost += g.total(n);
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

/** Walks a node's relationships, OUT then IN, until fn holds for the node at the other end: that node, or null. */
function findNeighbour(g: GraphIndexes, id: string, types: readonly RelType[] | null, fn: (other: string, rel: number) => boolean): string | null {
  const n = g.numbers.get(id);
  const codes = g.adjacency.codes(n);
  for (const dir of ['OUT', 'IN'] as const) {
    const slots = types ? types.map((t) => slot(dir, t)) : codes.filter((c) => c < EVIDENCE && c >= IN === (dir === 'IN'));
    for (const c of slots) {
      for (const r of g.adjacency.entries(n, c)) {
        const other = g.numbers.id(g.other(r, n));
        if (fn(other, r)) return other;
      }
    }
  }
  return null;
}

/** The path start → meet (by the first side's parents) → end (by the second's). */
function join(g: GraphIndexes, meet: string, fromStart: Parents, fromEnd: Parents): Subgraph {
  const nodes: GraphNode[] = [g.read(g.node(meet))];
  const relationships: GraphRelationship[] = [];
  for (let id = meet, r = fromStart.get(id); r != null; r = fromStart.get(id)) {
    id = g.numbers.id(g.other(r, g.numbers.get(id)));
    nodes.unshift(g.read(g.node(id)));
    relationships.unshift(g.rel(r));
  }
  for (let id = meet, r = fromEnd.get(id); r != null; r = fromEnd.get(id)) {
    id = g.numbers.id(g.other(r, g.numbers.get(id)));
    nodes.push(g.read(g.node(id)));
    relationships.push(g.rel(r));
  }
  return { nodes, relationships, truncated: false };
}
