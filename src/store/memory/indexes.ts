// The memory store's data and its indexes: nodes by id and by label, relationships by
// id, by article and per node per type per direction, and folded words for search.
// Every read the store serves starts from one of these maps, never from a scan.
import { NODE_LABELS, type GraphNode, type GraphRelationship, type NodeLabel, type RelType } from '../../domain/model';
import { fold } from '../../domain/text';
import type { CursorKey } from '../cursor';
import type { Direction } from '../GraphStore';
import { orderingOf, sortValue } from '../order';
import { Adjacency } from './adjacency';
import { flat, fromStored, toStored, type StoredRel } from './storedRel';
import { ArticleTexts } from './texts';
import { SortedIndex } from './sortedIndex';
import { TokenIndex } from './tokenIndex';

export class GraphIndexes {
  readonly nodes = new Map<string, GraphNode>();
  readonly rels = new Map<string, StoredRel>();
  /** article texts, deflated; stored Article nodes hold text: null */
  readonly texts = new ArticleTexts();
  /** dates and ids that are not a node's (see intern) */
  private readonly strings = new Map<string, string>();
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
    this.texts.delete(id);
    this.tokens.remove(id, node.searchText);
    this.lists.get(node.label)!.delete(id);
    this.names.get(node.label)!.delete(id);
    this.adjacency.drop(id);
  }

  /** Stores a relationship; `text` is its article's, which its quote is cut from when it can be. */
  putRel(r: GraphRelationship, text: string | null): void {
    if (this.rels.has(r.id)) this.removeRel(r.id);
    this.version++;
    const rel = toStored(r, text, (s) => this.intern(s));
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

  /** A stored relationship as the port shows it, its quote cut from the article text. */
  rel(r: StoredRel): GraphRelationship {
    return fromStored(r, (a) => this.texts.get(a));
  }

  /** A stored node as the port shows it: an article with its text. */
  read(n: GraphNode): GraphNode {
    if (n.label !== 'Article' || !this.texts.has(n.id)) return n;
    return { ...n, props: { ...n.props, text: this.texts.get(n.id) } };
  }

  /** The node's own id string when there is one, else one shared copy. */
  intern(s: string): string {
    const own = this.nodes.get(s)?.id;
    if (own !== undefined) return own;
    let shared = this.strings.get(s);
    if (shared === undefined) this.strings.set(s, (shared = flat(s)));
    return shared;
  }

  relsOf(id: string, direction: Direction, types?: readonly RelType[] | null): StoredRel[] {
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
