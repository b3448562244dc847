// Per-request DataLoaders: every node look-up, relationship expansion and degree count a
// request makes goes through one of these, so a whole level of a query (a page of 50
// meetings asking for their chairs, organizers and citations) is one store call, not 150.
import DataLoader from 'dataloader';
import type { GraphNode, GraphRelationship, RelType } from '../domain/model';
import type { Degrees, Direction, GraphStore, Page, RelationGroup, RelationPageRequest } from '../store/GraphStore';
import { compareEvidence } from '../store/order';

/** A node's relationships of one type in one direction. */
export interface RelKey {
  id: string;
  direction: Direction;
  type: RelType;
}

export interface Loaders {
  nodes: DataLoader<string, GraphNode | null>;
  relationships: DataLoader<RelKey, GraphRelationship[], string>;
  degrees: DataLoader<string, Degrees>;
  /** pages of nested connections, cut by the store */
  relationPages: DataLoader<RelationPageRequest, Page<RelationGroup>, string>;
}

const relKey = (k: RelKey) => `${k.id}|${k.direction}|${k.type}`;

function touches(r: GraphRelationship, k: RelKey): boolean {
  if (r.type !== k.type) return false;
  if (k.direction === 'OUT') return r.from === k.id;
  if (k.direction === 'IN') return r.to === k.id;
  return r.from === k.id || r.to === k.id;
}

/**
 * A request's loaders, each made when first used: most requests use one or two of the
 * four (a typeahead none), and this runs for every request. A class, as getters on the
 * prototype cost nothing to create, unlike getters in an object literal.
 */
class LazyLoaders implements Loaders {
  private nodesLoader?: Loaders['nodes'];
  private relationshipsLoader?: Loaders['relationships'];
  private degreesLoader?: Loaders['degrees'];
  private relationPagesLoader?: Loaders['relationPages'];

  constructor(private readonly store: GraphStore) {}

  get nodes(): Loaders['nodes'] {
    return (this.nodesLoader ??= new DataLoader((ids) => this.store.getNodes(ids)));
  }

  get relationships(): Loaders['relationships'] {
    return (this.relationshipsLoader ??= relationshipsLoader(this.store));
  }

  get degrees(): Loaders['degrees'] {
    return (this.degreesLoader ??= new DataLoader((ids) => this.store.getDegrees(ids)));
  }

  get relationPages(): Loaders['relationPages'] {
    return (this.relationPagesLoader ??= new DataLoader((requests) => this.store.getRelationPages(requests), { cacheKeyFn: (r) => JSON.stringify(r) }));
  }
}

export function createLoaders(store: GraphStore): Loaders {
  return new LazyLoaders(store);
}

// One call per batch whatever mix of types and directions it holds: the store is asked
// for both directions of every type named, and each key keeps its own. Relationship
// types are directional by label (HOLDS leaves a Person), so little is over-fetched.
function relationshipsLoader(store: GraphStore): Loaders['relationships'] {
  return new DataLoader(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.id))];
      const types = [...new Set(keys.map((k) => k.type))];
      const directions = new Set(keys.map((k) => k.direction));
      const direction: Direction = directions.size === 1 ? [...directions][0] : 'BOTH';
      const rels = await store.getRelationships(ids, direction, types);
      const byNode = new Map<string, GraphRelationship[]>();
      for (const r of rels) {
        for (const end of r.from === r.to ? [r.from] : [r.from, r.to]) {
          let list = byNode.get(end);
          if (!list) byNode.set(end, (list = []));
          list.push(r);
        }
      }
      return keys.map((k) => (byNode.get(k.id) ?? []).filter((r) => touches(r, k)).sort(byEvidenceOrder));
    },
    { cacheKeyFn: relKey },
  );
}

/** Oldest report first, then by id: evidence lists and timelines read in order. */
export const byEvidenceOrder: (a: GraphRelationship, b: GraphRelationship) => number = compareEvidence;

/** The relationships of a node of one type and direction. */
export function relationshipsOf(loaders: Loaders, id: string, direction: Direction, type: RelType): Promise<GraphRelationship[]> {
  return loaders.relationships.load({ id, direction, type });
}

/** The nodes at the other end of a node's relationships, each once, in first-evidence order. */
export async function neighboursOf(loaders: Loaders, id: string, direction: Direction, type: RelType): Promise<GraphNode[]> {
  const rels = await relationshipsOf(loaders, id, direction, type);
  const ids = [...new Set(rels.map((r) => (r.from === id ? r.to : r.from)))];
  return loadNodes(loaders, ids);
}

/**
 * DataLoader's loadMany resolves failed keys to Error objects; a failed store call must
 * reach the client as an error, not as a silently shorter list.
 */
export async function loadAll<V>(loader: DataLoader<string, V>, ids: readonly string[]): Promise<V[]> {
  const values = await loader.loadMany(ids);
  const failed = values.find((v): v is Error => v instanceof Error);
  if (failed) throw failed;
  return values as V[];
}

/** Nodes by id, the unknown ones dropped (a relationship whose end was deleted in between). */
export async function loadNodes(loaders: Loaders, ids: readonly string[]): Promise<GraphNode[]> {
  return (await loadAll(loaders.nodes, ids)).filter((n): n is GraphNode => n !== null);
}

/** Groups relationships by the node at their other end, keeping first-seen order. */
export function groupByOther(id: string, rels: readonly GraphRelationship[]): Map<string, GraphRelationship[]> {
  const out = new Map<string, GraphRelationship[]>();
  for (const r of rels) {
    const other = r.from === id ? r.to : r.from;
    const list = out.get(other);
    if (list) list.push(r);
    else out.set(other, [r]);
  }
  return out;
}
