// The memory store's data and its indexes: nodes by id and by label, relationships by
// id, by article and per node per type per direction, and folded words for search.
// Every read the store serves starts from one of these maps, never from a scan.
import { NODE_LABELS, type GraphNode, type GraphRelationship, type NodeLabel, type RelType } from '../../domain/model';
import { fold } from '../../domain/text';
import type { CursorKey } from '../cursor';
import type { Direction } from '../GraphStore';
import { orderingOf, sortValue } from '../order';
import { Adjacency } from './adjacency';
import { SortedIndex } from './sortedIndex';
import { TokenIndex } from './tokenIndex';

export class GraphIndexes {
  readonly nodes = new Map<string, GraphNode>();
  readonly rels = new Map<string, GraphRelationship>();
  readonly tokens = new TokenIndex();
  private readonly byArticle = new Map<string, Set<string>>();
  readonly adjacency = new Adjacency();
  /** each label's ids in list order (../order.ts) */
  private readonly lists = new Map<NodeLabel, SortedIndex>();
  /** each label's ids by folded name, for typeahead (the list itself where lists are by name) */
  private readonly names = new Map<NodeLabel, SortedIndex>();
  /** bumped by every change: what a read derived from the graph (a sorted page) was built at */
  version = 0;

  constructor() {
    for (const label of NODE_LABELS) {
      const byName = new SortedIndex('NAME_ASC');
      this.names.set(label, byName);
      this.lists.set(label, orderingOf(label) === 'NAME_ASC' ? byName : new SortedIndex('DATE_DESC'));
    }
  }

  putNode(node: GraphNode): void {
    const old = this.nodes.get(node.id);
    if (old === node) return;
    this.version++;
    this.nodes.set(node.id, node);
    if (old?.searchText !== node.searchText) {
      if (old) this.tokens.remove(old.id, old.searchText);
      this.tokens.add(node.id, node.searchText);
    }
    // the folded name is computed once per node (a node keeps its first name)
    const known = old?.name === node.name ? this.names.get(node.label)!.key(node.id)?.sort : undefined;
    const name = known ?? fold(node.name);
    this.names.get(node.label)!.put({ sort: name, id: node.id });
    const list = this.lists.get(node.label)!;
    if (list.ordering === 'DATE_DESC') list.put({ sort: sortValue(node), id: node.id });
  }

  removeNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.version++;
    for (const r of this.relsOf(id, 'BOTH')) this.removeRel(r.id);
    this.nodes.delete(id);
    this.tokens.remove(id, node.searchText);
    this.lists.get(node.label)!.delete(id);
    this.names.get(node.label)!.delete(id);
    this.adjacency.drop(id);
  }

  putRel(rel: GraphRelationship): void {
    if (this.rels.has(rel.id)) this.removeRel(rel.id);
    this.version++;
    this.rels.set(rel.id, rel);
    add(this.byArticle, rel.article, rel.id);
    this.adjacency.add(rel);
  }

  removeRel(id: string): void {
    const rel = this.rels.get(id);
    if (!rel) return;
    this.version++;
    this.rels.delete(id);
    this.byArticle.get(rel.article)?.delete(id);
    if (this.byArticle.get(rel.article)?.size === 0) this.byArticle.delete(rel.article);
    this.adjacency.remove(rel);
  }

  labelCount(label: NodeLabel): number {
    return this.lists.get(label)!.size;
  }

  /** A label's ids in list order. */
  list(label: NodeLabel): SortedIndex {
    return this.lists.get(label)!;
  }

  /** A label's ids by folded name. */
  byName(label: NodeLabel): SortedIndex {
    return this.names.get(label)!;
  }

  /** A node's key in its label's list (see ../order.ts), from the cached folded name. */
  listKey(id: string): CursorKey {
    const n = this.nodes.get(id)!;
    return { sort: orderingOf(n.label) === 'NAME_ASC' ? this.foldedName(id) : sortValue(n), id };
  }

  foldedName(id: string): string {
    const n = this.nodes.get(id);
    return (n && this.names.get(n.label)!.key(id)?.sort) ?? '';
  }

  node(id: string): GraphNode {
    return this.nodes.get(id)!;
  }

  articleRelIds(articleId: string): string[] {
    return [...(this.byArticle.get(articleId) ?? [])];
  }

  /** Relationship ids at a node, by direction and type. */
  relIdsOf(id: string, direction: Direction, types?: readonly RelType[] | null): Iterable<string> {
    return this.adjacency.relIds(id, direction, types);
  }

  relsOf(id: string, direction: Direction, types?: readonly RelType[] | null): GraphRelationship[] {
    return [...this.adjacency.relIds(id, direction, types)].map((r) => this.rels.get(r)!);
  }

  /** Ids of the nodes at the other end of a node's relationships of one type and direction. */
  neighbours(id: string, direction: 'OUT' | 'IN', type: RelType): ReadonlySet<string> {
    return this.adjacency.neighbours(id, direction, type);
  }

  hasRelationships(id: string): boolean {
    return this.adjacency.has(id);
  }

  degrees(id: string): Partial<Record<RelType, { in: number; out: number }>> {
    return this.adjacency.degrees(id);
  }
}

function add<K>(map: Map<K, Set<string>>, key: K, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}
