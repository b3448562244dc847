// Graph walks over the memory indexes: one level of a neighbourhood, and the lookups of the
// shared shortest-path search (../path.ts). Both follow the rules of the shared walks, which
// depend on the graph alone: neighbours by id, of parallel relationships the one of smallest
// id, so that the memory store and Neo4j draw the same subgraph whatever the ingest order.
import { REL_TYPES, type GraphRelationship, type RelType } from '../../domain/model';
import type { PathLookups } from '../path';
import { EVIDENCE, slot } from './adjacency';
import type { GraphIndexes } from './indexes';
import { REL_READ_UNITS, UNLIMITED, type WorkBudget } from '../budget';

/** Nodes walked between two looks at whether the event loop is owed a turn. */
const PAUSE_EVERY = 32;

/** The adjacency slots of a node for the given types (or every type), both directions. */
function slotsOf(g: GraphIndexes, n: number, types: readonly RelType[] | null): number[] {
  if (types) return types.flatMap((t) => [slot('OUT', t), slot('IN', t)]);
  return g.adjacency.codes(n).filter((c) => c < EVIDENCE);
}

/**
 * Each node's relationships: per type, its first `perType` neighbours by id (both
 * directions), one relationship to each, the one of smallest id (parallel ones, the same
 * fact from other articles, add nothing to a drawing).
 */
export async function expandLevel(g: GraphIndexes, ids: string[], types: readonly RelType[] | null, perType: number, budget: WorkBudget = UNLIMITED): Promise<Map<string, GraphRelationship[]>> {
  const out = new Map<string, GraphRelationship[]>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await budget.pause();
    const n = g.numbers.get(id);
    const rels: GraphRelationship[] = [];
    for (const type of types ?? REL_TYPES) {
      // neighbour → its relationship of smallest id, over both directions
      const best = new Map<string, number>();
      for (const c of [slot('OUT', type), slot('IN', type)]) {
        for (const r of g.adjacency.entries(n, c)) {
          // every relationship looked at is paid for (all of a type's, to pick the first by id)
          budget.spend(1);
          const other = g.numbers.id(g.other(r, n));
          const known = best.get(other);
          if (known === undefined || g.rels.id(r) < g.rels.id(known)) best.set(other, r);
        }
      }
      if (!best.size) continue;
      const first = [...best.keys()].sort(byCodeUnits).slice(0, perType);
      budget.spend(first.length * REL_READ_UNITS);
      for (const other of first) rels.push(g.rel(best.get(other)!));
    }
    out.set(id, rels);
  }
  return out;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What ../path.ts asks of a store, answered from the indexes. */
export function pathLookups(g: GraphIndexes, budget: WorkBudget = UNLIMITED): Omit<PathLookups, 'fetch'> {
  return {
    async neighbours(ids, types) {
      // a level at a time: a client gone or a deadline passed stops the search here too
      budget.spend(0);
      const out = new Map<string, readonly string[]>();
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (i % PAUSE_EVERY === PAUSE_EVERY - 1) await budget.pause();
        const n = g.numbers.get(id);
        const seen = new Set<string>();
        if (n >= 0) {
          for (const c of slotsOf(g, n, types)) {
            for (const r of g.adjacency.entries(n, c)) {
              budget.spend(1);
              seen.add(g.numbers.id(g.other(r, n)));
            }
          }
        }
        out.set(id, [...seen]);
      }
      return out;
    },
    async links(pairs, types) {
      budget.spend(pairs.length * REL_READ_UNITS);
      return pairs.map(([a, b]) => {
        const n = g.numbers.get(a);
        const m = g.numbers.get(b);
        let best = -1;
        if (n >= 0 && m >= 0) {
          for (const c of slotsOf(g, n, types)) {
            for (const r of g.adjacency.entries(n, c)) {
              if (g.other(r, n) === m && (best < 0 || g.rels.id(r) < g.rels.id(best))) best = r;
            }
          }
        }
        return best < 0 ? null : g.rel(best);
      });
    },
    // grow the side whose frontier has fewer relationships: hubs are crossed from the other side
    cost: (ids) => ids.reduce((sum, id) => sum + g.total(id), 0),
  };
}
