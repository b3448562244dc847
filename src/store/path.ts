// The shortest path between two nodes, shared by the stores so that they give the same
// answer: of all the shortest paths (relationships followed in either direction), the one
// whose node ids, read from `from` to `to`, come first in code-unit order, and between two
// of its nodes the relationship of smallest id. The rule depends on the graph alone, not
// on the order the articles were written in nor on how a store walks it.
//
// A store names nodes by keys of its own (K: Neo4j the ids, memory its node numbers) and
// supplies lookups, each one round trip for a whole level:
//   neighbours(keys)  the distinct neighbours of each (any order)
//   links(pairs)      for each [a, b], the relationship of smallest id joining them
//   fetch(keys)       the nodes
//   before(a, b)      whether a's id comes before b's
// and optionally `cost(keys)` (how many relationships a frontier has), which only decides
// which side to grow next: the answer is the same whichever side grows.
import type { GraphNode, GraphRelationship, RelType, Subgraph } from '../domain/model';

export interface PathLookups<K> {
  neighbours(keys: K[], types: readonly RelType[] | null): Promise<Map<K, readonly K[]>> | Map<K, readonly K[]>;
  links(pairs: [K, K][], types: readonly RelType[] | null): Promise<(GraphRelationship | null)[]>;
  fetch(keys: K[]): Promise<(GraphNode | null)[]>;
  before(a: K, b: K): boolean;
  cost?: (keys: readonly K[]) => number;
}

interface Side<K> {
  /** distance from this side's end, for every node reached */
  dist: Map<K, number>;
  frontier: K[];
  level: number;
}

export async function shortestPath<K>(from: K, to: K, maxLength: number, types: readonly RelType[] | null, lookups: PathLookups<K>): Promise<Subgraph | null> {
  const [start, end] = await lookups.fetch([from, to]);
  if (!start || !end) return null;
  if (from === to) return { nodes: [start], relationships: [], truncated: false };

  // neighbour lists already asked for, reused by the two walks after the search
  const known = new Map<K, readonly K[]>();
  const neighboursOf = async (ids: K[]) => {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) for (const [id, list] of await lookups.neighbours(missing, types)) known.set(id, list);
    return (id: K) => known.get(id) ?? [];
  };
  const cost = lookups.cost ?? ((ids: readonly K[]) => ids.length);

  // 1. Breadth first from both ends, a whole level at a time, until the levels meet.
  const a: Side<K> = { dist: new Map([[from, 0]]), frontier: [from], level: 0 };
  const b: Side<K> = { dist: new Map([[to, 0]]), frontier: [to], level: 0 };
  let meet: K[] = [];
  while (a.level + b.level < maxLength && a.frontier.length && b.frontier.length) {
    const [grow, other] = cost(a.frontier) <= cost(b.frontier) ? [a, b] : [b, a];
    const adjacent = await neighboursOf(grow.frontier);
    const next: K[] = [];
    for (const id of grow.frontier) {
      for (const n of adjacent(id)) {
        if (grow.dist.has(n)) continue;
        grow.dist.set(n, grow.level + 1);
        next.push(n);
      }
    }
    grow.level++;
    grow.frontier = next;
    // a whole level is walked: every node of it the other side knows is on a shortest path
    meet = next.filter((n) => other.dist.has(n));
    if (meet.length) break;
  }
  if (!meet.length) return null;
  const length = a.level + b.level;

  // 2. The nodes of a's side that lie on a shortest path: the meeting nodes (at a.level) and,
  // level by level back towards `from`, those next to one of them.
  const onPath = new Set(meet);
  let layer = meet;
  for (let level = a.level - 1; level > 0; level--) {
    const adjacent = await neighboursOf(layer);
    const previous = new Set<K>();
    for (const id of layer) for (const n of adjacent(id)) if (a.dist.get(n) === level) previous.add(n);
    for (const n of previous) onPath.add(n);
    layer = [...previous];
  }

  // 3. From `from`, each step to the smallest id that keeps the path shortest: on a's side
  // a node marked above, on b's side any node one step nearer to `to`.
  const ids = [from];
  for (let step = 1; step <= length; step++) {
    const adjacent = await neighboursOf([ids[step - 1]]);
    let best: K | null = null;
    for (const n of adjacent(ids[step - 1])) {
      const fits = step <= a.level ? a.dist.get(n) === step && onPath.has(n) : b.dist.get(n) === length - step;
      if (fits && (best === null || lookups.before(n, best))) best = n;
    }
    if (best === null) return null; // the graph changed during the walk
    ids.push(best);
  }

  const pairs = ids.slice(1).map((id, i) => [ids[i], id] as [K, K]);
  const [relationships, nodes] = await Promise.all([lookups.links(pairs, types), lookups.fetch(ids)]);
  if (relationships.some((r) => r === null) || nodes.some((n) => n === null)) return null; // changed meanwhile
  return { nodes: nodes as GraphNode[], relationships: relationships as GraphRelationship[], truncated: false };
}
