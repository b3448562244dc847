// The memory store's data and its indexes: nodes by id and by label, relationships as
// numbered rows (relTable.ts) listed per node per type per direction and per article
// (adjacency.ts), and folded words for search. Every read the store serves starts from
// one of these, never from a scan.
import { NODE_LABELS, type GraphNode, type GraphRelationship, type NodeLabel, type RelType } from '../../domain/model';
import { fold } from '../../domain/text';
import type { CursorKey } from '../cursor';
import type { Direction } from '../GraphStore';
import { orderingOf, sortValue } from '../order';
import { Adjacency, EVIDENCE, IN, slot, typeOfSlot } from './adjacency';
import { NodeNumbers } from './nodeNumbers';
import { RelTable } from './relTable';
import { ArticleTexts } from './texts';
import { SortedIndex } from './sortedIndex';
import { StringPool } from './stringPool';
import { TokenIndex } from './tokenIndex';

export class GraphIndexes {
  readonly nodes = new Map<string, GraphNode>();
  /** a number per node, which relationship rows and adjacency lists hold */
  readonly numbers = new NodeNumbers();
  readonly rels = new RelTable();
  /** article texts, deflated; stored Article nodes hold text: null */
  readonly texts = new ArticleTexts();
  readonly tokens = new TokenIndex(this.numbers);
  /** one copy of each string the nodes repeat (names, titles, kinds, folded names) */
  readonly strings = new StringPool();
  /** relationship numbers per node (and per article: the EVIDENCE slot of its node) */
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
    if (!old) this.numbers.add(node.id);
    if (old?.searchText !== node.searchText) {
      if (old) this.tokens.remove(old.id, old.searchText);
      this.tokens.add(node.id, node.searchText);
    }
    // the folded name is computed once per node (a node keeps its first name)
    const known = old?.name === node.name ? this.names.get(node.label)!.key(node.id)?.sort : undefined;
    const name = known ?? this.strings.intern(fold(node.name));
    this.names.get(node.label)!.put({ sort: name, id: node.id });
    const list = this.lists.get(node.label)!;
    if (list.ordering === 'DATE_DESC') list.put({ sort: sortValue(node), id: node.id });
  }

  removeNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.version++;
    const n = this.numbers.get(id);
    for (const r of this.relsOf(id, 'BOTH')) this.removeRel(r);
    // the facts it supported, if an article (none when deleteArticle dropped them first)
    for (const r of this.articleRelIds(id).reverse()) this.removeRel(r);
    this.nodes.delete(id);
    this.texts.delete(id);
    this.tokens.remove(id, node.searchText);
    this.lists.get(node.label)!.delete(id);
    this.names.get(node.label)!.delete(id);
    this.adjacency.drop(n);
    this.numbers.delete(id);
  }

  /** Stores a relationship (in place of one with its id); `text` is its article's, which its quote is cut from when it can be. */
  putRel(r: GraphRelationship, text: string | null): void {
    const article = this.numbers.get(r.article);
    const old = this.rels.find(r.id, this.adjacency.entries(article, EVIDENCE));
    if (old >= 0) this.removeRel(old);
    this.version++;
    const from = this.numbers.get(r.from);
    const to = this.numbers.get(r.to);
    const i = this.rels.add(r, { from, to, article }, text);
    this.adjacency.add(from, slot('OUT', r.type), i);
    this.adjacency.add(to, slot('IN', r.type), i);
    this.adjacency.add(article, EVIDENCE, i);
  }

  /** Lists every stored relationship row at its ends and article (after a snapshot's rows are restored). */
  linkAllRels(): void {
    const r = this.rels;
    for (let i = 0; i < r.rowCount; i++) {
      if (!r.has(i)) continue;
      const type = r.typeOf(i);
      this.adjacency.add(r.from[i], slot('OUT', type), i);
      this.adjacency.add(r.to[i], slot('IN', type), i);
      this.adjacency.add(r.article[i], EVIDENCE, i);
    }
    this.version++;
  }

  removeRel(i: number): void {
    if (!this.rels.has(i)) return;
    this.version++;
    const type = this.rels.typeOf(i);
    this.adjacency.remove(this.rels.from[i], slot('OUT', type), i);
    this.adjacency.remove(this.rels.to[i], slot('IN', type), i);
    this.adjacency.remove(this.rels.article[i], EVIDENCE, i);
    this.rels.remove(i);
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

  /** The numbers of the relationships an article supports, in the order written. */
  articleRelIds(articleId: string): number[] {
    const n = this.numbers.get(articleId);
    return n < 0 ? [] : Array.from(this.adjacency.entries(n, EVIDENCE));
  }

  /** Relationship numbers at a node, by direction and type (OUT first). */
  relsOf(id: string, direction: Direction, types?: readonly RelType[] | null): number[] {
    const n = this.numbers.get(id);
    const out: number[] = [];
    if (n < 0) return out;
    for (const dir of direction === 'BOTH' ? (['OUT', 'IN'] as const) : [direction]) {
      const codes = types ? types.map((t) => slot(dir, t)) : this.adjacency.codes(n).filter((c) => c < EVIDENCE && c >= IN === (dir === 'IN'));
      for (const c of codes) for (const r of this.adjacency.entries(n, c)) out.push(r);
    }
    return out;
  }

  /** A node's relationship numbers of one direction and type, oldest first (a view, valid until the next change). */
  slotRels(id: string, direction: 'OUT' | 'IN', type: RelType): Int32Array {
    return this.adjacency.entries(this.numbers.get(id), slot(direction, type));
  }

  /** The node at the other end of a relationship from `node` (numbers). */
  other(rel: number, node: number): number {
    return this.rels.from[rel] === node ? this.rels.to[rel] : this.rels.from[rel];
  }

  /** A relationship as the port shows it, its quote cut from the article text. */
  rel(i: number): GraphRelationship {
    return this.rels.read(i, (n) => this.numbers.id(n), (a) => this.texts.get(a));
  }

  /** A stored node as the port shows it: an article with its text. */
  read(n: GraphNode): GraphNode {
    if (n.label !== 'Article' || !this.texts.has(n.id)) return n;
    return { ...n, props: { ...n.props, text: this.texts.get(n.id) } };
  }

  /** Ids of the nodes at the other end of a node's relationships of one type and direction, in the order first linked. */
  neighbours(id: string, direction: 'OUT' | 'IN', type: RelType): ReadonlySet<string> {
    const n = this.numbers.get(id);
    const out = new Set<string>();
    for (const r of this.slotRels(id, direction, type)) out.add(this.numbers.id(this.other(r, n)));
    return out;
  }

  /** How many relationships touch a node. */
  total(id: string): number {
    return this.adjacency.total(this.numbers.get(id));
  }

  hasRelationships(id: string): boolean {
    return this.total(id) > 0;
  }

  degrees(id: string): Partial<Record<RelType, { in: number; out: number }>> {
    const n = this.numbers.get(id);
    const out: Partial<Record<RelType, { in: number; out: number }>> = {};
    for (const c of this.adjacency.codes(n)) {
      if (c >= EVIDENCE) continue;
      const d = (out[typeOfSlot(c)] ??= { in: 0, out: 0 });
      if (c >= IN) d.in += this.adjacency.count(n, c);
      else d.out += this.adjacency.count(n, c);
    }
    return out;
  }
}
