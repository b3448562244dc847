// Relationships per node, per direction, per type, grouped by the node at the other end:
// two nodes are joined by one relationship per article that says so, so a hub (Tỉnh ủy,
// Bộ Chính trị) can have thousands of parallel ones, and walks step over neighbours, not
// over every parallel relationship. Degrees are counted as relationships are added.
import type { GraphRelationship, RelType } from '../../domain/model';
import type { Direction } from '../GraphStore';

/** One relationship id, or a set of parallel ones: most pairs have one, and a Set per pair would be most of the store's memory. */
export type RelIds = string | Set<string>;

type ByType = Map<RelType, Map<string, RelIds>>;

export function firstRelId(ids: RelIds): string {
  return typeof ids === 'string' ? ids : ids.values().next().value!;
}

export function* each(ids: RelIds): Generator<string> {
  if (typeof ids === 'string') yield ids;
  else yield* ids;
}

interface NodeAdjacency {
  OUT: ByType;
  IN: ByType;
  degrees: Map<RelType, { in: number; out: number }>;
  total: number;
}

export class Adjacency {
  private readonly nodes = new Map<string, NodeAdjacency>();

  add(r: GraphRelationship): void {
    this.link(r.from, 'OUT', r.type, r.to, r.id);
    this.link(r.to, 'IN', r.type, r.from, r.id);
  }

  remove(r: GraphRelationship): void {
    this.unlink(r.from, 'OUT', r.type, r.to, r.id);
    this.unlink(r.to, 'IN', r.type, r.from, r.id);
  }

  drop(id: string): void {
    this.nodes.delete(id);
  }

  has(id: string): boolean {
    return this.total(id) > 0;
  }

  /** How many relationships a node has, all types and directions. */
  total(id: string): number {
    return this.nodes.get(id)?.total ?? 0;
  }

  /** Relationship ids at a node, by direction and type. */
  *relIds(id: string, direction: Direction, types?: readonly RelType[] | null): Generator<string> {
    for (const [, ids] of this.groups(id, direction, types)) yield* each(ids);
  }

  /** [neighbour, relationship ids] at a node, by direction and type. */
  *groups(id: string, direction: Direction, types?: readonly RelType[] | null): Generator<[string, RelIds]> {
    const a = this.nodes.get(id);
    if (!a) return;
    for (const byType of direction === 'BOTH' ? [a.OUT, a.IN] : [a[direction]]) {
      if (types) {
        for (const t of types) yield* byType.get(t) ?? [];
      } else {
        for (const groups of byType.values()) yield* groups;
      }
    }
  }

  /** Calls fn(neighbour, relationship ids) at a node, both directions; plain loops, for walks. */
  forEachGroup(id: string, types: readonly RelType[] | null, fn: (other: string, relIds: RelIds) => void): void {
    const a = this.nodes.get(id);
    if (!a) return;
    for (const byType of [a.OUT, a.IN]) {
      if (types) {
        for (const t of types) byType.get(t)?.forEach((relIds, other) => fn(other, relIds));
      } else {
        for (const groups of byType.values()) groups.forEach((relIds, other) => fn(other, relIds));
      }
    }
  }

  /** neighbour → relationship ids of a node's relationships of one type and direction */
  group(id: string, direction: 'OUT' | 'IN', type: RelType): ReadonlyMap<string, RelIds> | undefined {
    return this.nodes.get(id)?.[direction].get(type);
  }

  /** The nodes at the other end of a node's relationships of one type and direction. */
  neighbours(id: string, direction: 'OUT' | 'IN', type: RelType): ReadonlySet<string> {
    return new Set(this.nodes.get(id)?.[direction].get(type)?.keys() ?? []);
  }

  degrees(id: string): Partial<Record<RelType, { in: number; out: number }>> {
    const out: Partial<Record<RelType, { in: number; out: number }>> = {};
    for (const [t, d] of this.nodes.get(id)?.degrees ?? []) if (d.in || d.out) out[t] = { ...d };
    return out;
  }

  private link(id: string, dir: 'OUT' | 'IN', type: RelType, other: string, relId: string): void {
    let a = this.nodes.get(id);
    if (!a) this.nodes.set(id, (a = { OUT: new Map(), IN: new Map(), degrees: new Map(), total: 0 }));
    let groups = a[dir].get(type);
    if (!groups) a[dir].set(type, (groups = new Map()));
    const ids = groups.get(other);
    if (ids === undefined) groups.set(other, relId);
    else if (ids === relId || (typeof ids !== 'string' && ids.has(relId))) return;
    else if (typeof ids === 'string') groups.set(other, new Set([ids, relId]));
    else ids.add(relId);
    let d = a.degrees.get(type);
    if (!d) a.degrees.set(type, (d = { in: 0, out: 0 }));
    d[dir === 'OUT' ? 'out' : 'in']++;
    a.total++;
  }

  private unlink(id: string, dir: 'OUT' | 'IN', type: RelType, other: string, relId: string): void {
    const a = this.nodes.get(id);
    const groups = a?.[dir].get(type);
    const ids = groups?.get(other);
    if (!a || !groups || ids === undefined) return;
    if (ids === relId) groups.delete(other);
    else if (typeof ids === 'string' || !ids.delete(relId)) return;
    else if (ids.size === 1) groups.set(other, firstRelId(ids));
    if (groups.size === 0) a[dir].delete(type);
    a.degrees.get(type)![dir === 'OUT' ? 'out' : 'in']--;
    a.total--;
  }
}
