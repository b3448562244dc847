// The memory store's data and its indexes: nodes by id and by label, relationships by
// id, by article and per node per type per direction, and folded words for search.
// Every read the store serves starts from one of these maps, never from a scan.
import type { GraphNode, GraphRelationship, NodeLabel, RelType } from '../../domain/model';
import type { Direction } from '../GraphStore';
import { compareKeys, keyOf, orderingOf } from '../order';
import { TokenIndex } from './tokenIndex';

interface Adjacency {
  OUT: Map<RelType, Set<string>>;
  IN: Map<RelType, Set<string>>;
}

export class GraphIndexes {
  readonly nodes = new Map<string, GraphNode>();
  readonly rels = new Map<string, GraphRelationship>();
  readonly tokens = new TokenIndex();
  private readonly byLabel = new Map<NodeLabel, Set<string>>();
  private readonly byArticle = new Map<string, Set<string>>();
  private readonly adjacency = new Map<string, Adjacency>();
  /** each label's nodes in list order; dropped when the label changes, sorted again on the next read */
  private readonly sorted = new Map<NodeLabel, GraphNode[]>();

  putNode(node: GraphNode): void {
    const old = this.nodes.get(node.id);
    if (old) this.tokens.remove(old.id, old.searchText);
    this.nodes.set(node.id, node);
    this.tokens.add(node.id, node.searchText);
    let ids = this.byLabel.get(node.label);
    if (!ids) this.byLabel.set(node.label, (ids = new Set()));
    ids.add(node.id);
    this.sorted.delete(node.label);
  }

  removeNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const r of this.relsOf(id, 'BOTH')) this.removeRel(r.id);
    this.nodes.delete(id);
    this.tokens.remove(id, node.searchText);
    this.byLabel.get(node.label)?.delete(id);
    this.adjacency.delete(id);
    this.sorted.delete(node.label);
  }

  putRel(rel: GraphRelationship): void {
    if (this.rels.has(rel.id)) this.removeRel(rel.id);
    this.rels.set(rel.id, rel);
    add(this.byArticle, rel.article, rel.id);
    add(this.adj(rel.from).OUT, rel.type, rel.id);
    add(this.adj(rel.to).IN, rel.type, rel.id);
  }

  removeRel(id: string): void {
    const rel = this.rels.get(id);
    if (!rel) return;
    this.rels.delete(id);
    this.byArticle.get(rel.article)?.delete(id);
    if (this.byArticle.get(rel.article)?.size === 0) this.byArticle.delete(rel.article);
    this.adjacency.get(rel.from)?.OUT.get(rel.type)?.delete(id);
    this.adjacency.get(rel.to)?.IN.get(rel.type)?.delete(id);
  }

  labelIds(label: NodeLabel): ReadonlySet<string> {
    return this.byLabel.get(label) ?? new Set();
  }

  labelCount(label: NodeLabel): number {
    return this.byLabel.get(label)?.size ?? 0;
  }

  /** A label's nodes in list order (see ../order.ts). */
  sortedNodes(label: NodeLabel): GraphNode[] {
    let list = this.sorted.get(label);
    if (!list) {
      const ordering = orderingOf(label);
      list = [...this.labelIds(label)].map((id) => this.nodes.get(id)!);
      const keys = new Map(list.map((n) => [n, keyOf(n)]));
      list.sort((a, b) => compareKeys(ordering, keys.get(a)!, keys.get(b)!));
      this.sorted.set(label, list);
    }
    return list;
  }

  articleRelIds(articleId: string): string[] {
    return [...(this.byArticle.get(articleId) ?? [])];
  }

  /** Relationship ids at a node, by direction and type. */
  *relIdsOf(id: string, direction: Direction, types?: readonly RelType[] | null): Generator<string> {
    const adj = this.adjacency.get(id);
    if (!adj) return;
    const dirs = direction === 'BOTH' ? [adj.OUT, adj.IN] : [adj[direction]];
    for (const byType of dirs) {
      if (types) {
        for (const t of types) yield* byType.get(t) ?? [];
      } else {
        for (const set of byType.values()) yield* set;
      }
    }
  }

  relsOf(id: string, direction: Direction, types?: readonly RelType[] | null): GraphRelationship[] {
    return [...this.relIdsOf(id, direction, types)].map((r) => this.rels.get(r)!);
  }

  /** Ids of the nodes at the other end of a node's relationships of one type and direction. */
  neighbours(id: string, direction: 'OUT' | 'IN', type: RelType): Set<string> {
    const out = new Set<string>();
    for (const r of this.adjacency.get(id)?.[direction].get(type) ?? []) {
      const rel = this.rels.get(r)!;
      out.add(direction === 'OUT' ? rel.to : rel.from);
    }
    return out;
  }

  hasRelationships(id: string): boolean {
    const adj = this.adjacency.get(id);
    if (!adj) return false;
    for (const set of adj.OUT.values()) if (set.size) return true;
    for (const set of adj.IN.values()) if (set.size) return true;
    return false;
  }

  degrees(id: string): Partial<Record<RelType, { in: number; out: number }>> {
    const out: Partial<Record<RelType, { in: number; out: number }>> = {};
    const adj = this.adjacency.get(id);
    if (!adj) return out;
    for (const [t, set] of adj.OUT) if (set.size) (out[t] ??= { in: 0, out: 0 }).out = set.size;
    for (const [t, set] of adj.IN) if (set.size) (out[t] ??= { in: 0, out: 0 }).in = set.size;
    return out;
  }

  private adj(id: string): Adjacency {
    let a = this.adjacency.get(id);
    if (!a) this.adjacency.set(id, (a = { OUT: new Map(), IN: new Map() }));
    return a;
  }
}

function add<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}
