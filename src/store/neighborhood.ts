// Neighbourhood expansion shared by the stores: breadth first from a node, one level per
// step, at most `limitPerType` neighbours per relationship type at each node expanded,
// at most `limit` nodes in all. A store only supplies `expand`: one level's
// relationships, in one round trip: per node and type its first neighbours by id, one
// relationship each, the one of smallest id. The walk puts them in one order of its own
// (types as REL_TYPES lists them, neighbours by id), so every store draws the same subgraph.
import { REL_TYPES, type GraphNode, type GraphRelationship, type RelType, type Subgraph } from '../domain/model';
import { UNLIMITED } from './budget';
import type { NeighborhoodArgs } from './GraphStore';

/**
 * Relationships at each of the ids (of the given types, both directions): per type, one
 * to each of at most `perType` neighbours. The walk asks one more than it keeps, to know
 * whether it cut some off.
 */
export type Expand = (ids: string[], types: readonly RelType[] | null, perType: number) => Promise<Map<string, GraphRelationship[]>>;
export type FetchNodes = (ids: string[]) => Promise<(GraphNode | null)[]>;

export const DEFAULT_LIMIT_PER_TYPE = 25;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function neighborhood(start: GraphNode, args: NeighborhoodArgs, expand: Expand, fetch: FetchNodes): Promise<Subgraph> {
  const limit = Math.max(1, args.limit);
  const perType = Math.max(1, args.limitPerType ?? DEFAULT_LIMIT_PER_TYPE);
  const included = new Set([start.id]);
  const rels = new Map<string, GraphRelationship>();
  let truncated = false;
  let frontier = [start.id];
  const budget = args.budget ?? UNLIMITED;

  for (let level = 0; level < args.depth && frontier.length > 0; level++) {
    // a client gone or a deadline passed stops the walk between levels too (the Neo4j store's levels)
    budget.spend(0);
    const expansion = await expand(frontier, args.types ?? null, perType + 1);
    const next: string[] = [];
    for (const id of frontier) {
      const byType = new Map<RelType, Map<string, GraphRelationship[]>>();
      for (const r of expansion.get(id) ?? []) {
        const other = r.from === id ? r.to : r.from;
        let neighbours = byType.get(r.type);
        if (!neighbours) byType.set(r.type, (neighbours = new Map()));
        neighbours.set(other, [...(neighbours.get(other) ?? []), r]);
      }
      for (const type of REL_TYPES) {
        const neighbours = byType.get(type);
        if (!neighbours) continue;
        const ordered = [...neighbours.keys()].sort(byCodeUnits);
        if (ordered.length > perType) truncated = true;
        for (const other of ordered.slice(0, perType)) {
          if (!included.has(other)) {
            if (included.size >= limit) {
              truncated = true;
              continue;
            }
            included.add(other);
            next.push(other);
          }
          for (const r of neighbours.get(other)!.sort((x, y) => byCodeUnits(x.id, y.id))) rels.set(r.id, r);
        }
      }
    }
    frontier = next;
  }
  const nodes = (await fetch([...included])).filter((n): n is GraphNode => n !== null);
  return { nodes, relationships: [...rels.values()], truncated };
}
