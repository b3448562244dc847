// Graph walks over the memory indexes: one level of a neighbourhood, and the lookups of the
// shared shortest-path search (../path.ts). Both follow the rules of the shared walks, which
// depend on the graph alone: neighbours by id, of parallel relationships the one of smallest
// id, so that the memory store and Neo4j draw the same subgraph whatever the ingest order.
import { REL_TYPES, type GraphNode, type GraphRelationship, type RelType } from '../../domain/model';
import type { Adjacent, PathLookups } from '../path';
import { EVIDENCE, IN, slot } from './adjacency';
import type { GraphIndexes } from './indexes';
import { REL_READ_UNITS, UNLIMITED, type WorkBudget } from '../budget';
import { GraphChanged, retried, turns } from './turns';

/** The adjacency slots of a node for the given types (or every type), both directions. */
function slotsOf(g: GraphIndexes, n: number, types: readonly RelType[] | null): number[] {
  if (types) return types.flatMap((t) => [slot('OUT', t), slot('IN', t)]);
  return g.adjacency.codes(n).filter((c) => c < EVIDENCE);
}

/**
 * Each node's relationships: per type, its first `perType` neighbours by id (both
 * directions), one relationship to each, the one of smallest id (parallel ones, the same
 * fact from other articles, add nothing to a drawing). The first neighbours are kept in a
 * short sorted list while the node's relationships are read once: a hub's thousands are
 * neither sorted nor turned into strings. Each relationship looked at or read out is a
 * step (turns.ts): a hub hands the event loop back in the middle of its scan, and a level
 * whose graph changed meanwhile throws GraphChanged to be walked again.
 */
export async function expandLevel(g: GraphIndexes, ids: string[], types: readonly RelType[] | null, perType: number, budget: WorkBudget = UNLIMITED): Promise<Map<string, GraphRelationship[]>> {
  const out = new Map<string, GraphRelationship[]>();
  const t = turns(budget, () => g.version);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k];
    const n = g.numbers.get(id);
    const rels: GraphRelationship[] = [];
    for (const type of types ?? REL_TYPES) {
      // the first neighbours by id (ascending) and, for each, its relationship of smallest id
      const first: number[] = [];
      const best: number[] = [];
      for (const c of [slot('OUT', type), slot('IN', type)]) {
        for (const r of g.adjacency.entries(n, c)) {
          // every relationship looked at is paid for (all of a type's, to find the first by id)
          const turn = t.step(1);
          if (turn) await turn;
          const other = g.other(r, n);
          const at = first.indexOf(other);
          if (at >= 0) {
            if (g.rels.idBefore(r, best[at])) best[at] = r;
            continue;
          }
          const otherId = g.numbers.id(other);
          if (first.length === perType && otherId >= g.numbers.id(first[perType - 1])) continue;
          let i = first.length;
          while (i > 0 && otherId < g.numbers.id(first[i - 1])) i--;
          first.splice(i, 0, other);
          best.splice(i, 0, r);
          if (first.length > perType) {
            first.pop();
            best.pop();
          }
        }
      }
      for (const r of best) {
        const turn = t.step(REL_READ_UNITS);
        if (turn) await turn;
        rels.push(g.rel(r));
      }
    }
    out.set(id, rels);
  }
  return out;
}

/** What ../path.ts asks of a store, answered from the indexes, on node numbers. */
export function pathLookups(g: GraphIndexes, fetch: (ids: string[]) => Promise<(GraphNode | null)[]>, budget: WorkBudget = UNLIMITED): PathLookups<number> {
  // a stamp per node number: deduplicates a node's neighbours without a Set per node, and
  // beside it the best rank (REL_TYPES index, a slot's code modulo IN) seen for each
  let seen = new Int32Array(0);
  let rank = new Int32Array(0);
  let stamp = 0;
  return {
    neighbours: (keys, types) => retried(async () => {
      // a level at a time: a client gone or a deadline passed stops the search here too
      budget.spend(0);
      const t = turns(budget, () => g.version);
      const out = new Map<number, Adjacent<number>>();
      if (seen.length < g.numbers.limit) {
        seen = new Int32Array(g.numbers.limit * 2);
        rank = new Int32Array(g.numbers.limit * 2);
      }
      for (let k = 0; k < keys.length; k++) {
        const n = keys[k];
        const list: number[] = [];
        const mine = ++stamp;
        for (const c of slotsOf(g, n, types)) {
          const r0 = c % IN;
          for (const r of g.adjacency.entries(n, c)) {
            const turn = t.step(1);
            if (turn) {
              await turn;
              // another read may have used the stamps meanwhile: this node's list starts over
              if (stamp !== mine) throw new GraphChanged('stamps reused');
            }
            const m = g.other(r, n);
            if (seen[m] !== stamp) {
              seen[m] = stamp;
              rank[m] = r0;
              list.push(m);
            } else if (r0 < rank[m]) rank[m] = r0;
          }
        }
        out.set(n, { keys: list, ranks: list.map((m) => rank[m]) });
      }
      return out;
    }),
    links: (pairs, types) => retried(async () => {
      budget.spend(pairs.length * REL_READ_UNITS);
      const t = turns(budget, () => g.version);
      const out: (GraphRelationship | null)[] = [];
      for (const [n, m] of pairs) {
        let best = -1;
        let bestRank = Infinity;
        for (const c of slotsOf(g, n, types)) {
          for (const r of g.adjacency.entries(n, c)) {
            const turn = t.step(1);
            if (turn) await turn;
            if (g.other(r, n) !== m) continue;
            if (c % IN < bestRank || (c % IN === bestRank && g.rels.idBefore(r, best))) {
              best = r;
              bestRank = c % IN;
            }
          }
        }
        out.push(best < 0 ? null : g.rel(best));
      }
      return out;
    }),
    fetch: (keys) => fetch(keys.map((k) => g.numbers.id(k))),
    before: (x, y) => g.numbers.id(x) < g.numbers.id(y),
    // grow the side whose frontier has fewer relationships: hubs are crossed from the other side
    cost: (keys) => keys.reduce((sum, n) => sum + g.adjacency.total(n), 0),
  };
}
