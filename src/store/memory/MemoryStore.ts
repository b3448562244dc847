// The embedded store: the whole graph in process memory, behind the same port as Neo4j.
// Writes are checked in full before the first change is made, so a batch is applied
// whole or not at all; JavaScript's single thread makes each write atomic to readers. A
// request's view of the store (withBudget) pays its budget for every read, and long reads
// hand the event loop back as they go (turns.ts), so one hub does not hold the server.
import { NODE_LABELS, type GraphBatch, type GraphNode, type GraphRelationship, type NodeLabel, type PropValue, type RelType, type Subgraph } from '../../domain/model';
import type { CursorKey } from '../cursor';
import { InvalidBatchError } from '../errors';
import type {
  Degrees,
  Direction,
  GraphStore,
  MeetingFilter,
  NeighborhoodArgs,
  NodeFilter,
  Page,
  PageArgs,
  PathArgs,
  RelationGroup,
  RelationPageRequest,
  SearchHit,
  StoreCounts,
  WriteResult,
} from '../GraphStore';
import { REL_READ_UNITS, UNLIMITED, type WorkBudget } from '../budget';
import { checkPathLength, MAX_SUBGRAPH_RELATIONSHIPS } from '../limits';
import { combineNode, contributionsOf, sameNode } from '../merge';
import { neighborhood } from '../neighborhood';
import { orderingOf } from '../order';
import { matches, parseSearch } from '../search';
import { externalEndpoints, validateBatch } from '../validate';
import { GraphIndexes } from './indexes';
import { pageOf, pageOfSet } from './paging';
import { RelationPages } from './relationPages';
import { flat } from './relTable';
import { dumpStore, restoreStore, type Snapshottable, type StoreDump } from './snapshot';
import { NodeSupports } from './supports';
import { searchCandidates, searchIndexes } from './search';
import { shortestPath } from '../path';
import { bucketsOf, type TimelineArgs, type TimelineBucket } from '../timeline';
import { expandLevel, pathLookups } from './traverse';
import { retried, sortInTurns, turns, type Turns } from './turns';

export class MemoryStore implements GraphStore, Snapshottable {
  readonly kind = 'memory' as const;
  readonly paysForReads = true;
  /** what this view's reads pay (UNLIMITED outside a request: the pipeline, the command line) */
  private budget: WorkBudget = UNLIMITED;
  private readonly g = new GraphIndexes();
  private readonly relationPages = new RelationPages(this.g);
  /** what each article gave each node: the nodes' props are computed from these */
  private readonly supports = new NodeSupports();

  async init(): Promise<void> {}

  /** A view of this store for one request: the same graph, its reads paid from `budget`. */
  withBudget(budget: WorkBudget): MemoryStore {
    const view = Object.create(this) as MemoryStore;
    view.budget = budget;
    return view;
  }

  private turns(): Turns {
    return turns(this.budget, () => this.g.version);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return { ok: true, detail: `memory store: ${this.g.nodes.size} nodes, ${this.g.rels.size} relationships` };
  }

  async writeArticle(batch: GraphBatch): Promise<WriteResult> {
    validateBatch(batch);
    const missing = externalEndpoints(batch).filter((id) => !this.g.nodes.has(id));
    if (missing.length) throw new InvalidBatchError(`relationships point to unknown nodes: ${missing.slice(0, 5).join(', ')}`);

    // Rewriting an article replaces its facts: drop its old relationships and what it
    // gave its nodes, add the new, recompute every node either touched (../merge.ts),
    // then remove whatever the old ones alone kept alive.
    const articleId = batch.article.id;
    const existed = this.g.nodes.has(articleId);
    const oldEndpoints = existed ? this.dropArticleRelationships(articleId) : new Set<string>();
    const touched = new Set(this.supports.remove(articleId));
    // the text is kept deflated beside the graph (texts.ts), not in the article's node
    const text = batch.article.props.text;
    const given = contributions(batch);
    this.supports.add(articleId, given, (n) => frozen(n, (s) => this.g.strings.intern(s)));
    for (const n of given) touched.add(n.id);
    for (const id of touched) this.recompute(id);
    // keyed by the stored node's own id string, not a second copy of it
    if (typeof text === 'string') this.g.texts.put(this.g.node(articleId).id, text);
    else this.g.texts.delete(articleId);
    // relationships are stored as rows of typed arrays (relTable.ts), not as objects
    for (const r of batch.relationships) this.g.putRel(r, typeof text === 'string' ? text : null);
    this.removeOrphans([...oldEndpoints, ...touched]);
    return { articleId, created: !existed, nodes: batch.nodes.length + 1, relationships: batch.relationships.length };
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    const article = this.g.nodes.get(articleId);
    if (!article || article.label !== 'Article') return false;
    const endpoints = this.dropArticleRelationships(articleId);
    const touched = this.supports.remove(articleId);
    this.g.removeNode(articleId);
    for (const id of touched) this.recompute(id);
    this.removeOrphans([...endpoints, ...touched]);
    return true;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return retried(async () => {
      // an article's text is inflated to be read: a few thousand of them are a turn's work
      const t = this.turns();
      const out: (GraphNode | null)[] = [];
      for (const id of ids) {
        const turn = t.step(REL_READ_UNITS);
        if (turn) await turn;
        const n = this.g.nodes.get(id);
        out.push(n ? this.g.read(n) : null);
      }
      return out;
    });
  }

  async getRelationships(nodeIds: readonly string[], direction: Direction, types?: readonly RelType[] | null): Promise<GraphRelationship[]> {
    return retried(async () => {
      const t = this.turns();
      const out = new Map<number, GraphRelationship>();
      for (const id of nodeIds) {
        for (const r of this.g.relsOf(id, direction, types)) {
          const turn = t.step(out.has(r) ? 1 : 1 + REL_READ_UNITS);
          if (turn) await turn;
          if (!out.has(r)) out.set(r, this.g.rel(r));
        }
      }
      return [...out.values()];
    });
  }

  async getRelationPages(requests: readonly RelationPageRequest[]): Promise<Page<RelationGroup>[]> {
    return retried(async () => {
      const t = this.turns();
      const out: Page<RelationGroup>[] = [];
      for (const r of requests) out.push(await this.relationPages.page(r, t));
      return out;
    });
  }

  async getRelationshipsByArticle(articleIds: readonly string[]): Promise<GraphRelationship[]> {
    return retried(async () => {
      const t = this.turns();
      const out: GraphRelationship[] = [];
      for (const a of articleIds) {
        for (const r of this.g.articleRelIds(a)) {
          const turn = t.step(1 + REL_READ_UNITS);
          if (turn) await turn;
          out.push(this.g.rel(r));
        }
      }
      return out;
    });
  }

  async getDegrees(ids: readonly string[]): Promise<Degrees[]> {
    return ids.map((id) => this.g.degrees(id));
  }

  async citationTimeline(documentIds: readonly string[], args: TimelineArgs): Promise<TimelineBucket[]> {
    // a hub document's thousands of citing meetings: paid a step each, in turns
    return retried(async () => {
      const t = this.turns();
      const meetings = new Set<string>();
      for (const id of new Set(documentIds)) {
        if (!this.g.nodes.has(id)) continue;
        for (const m of await this.neighbourSet(id, 'IN', 'CITES', t)) meetings.add(m);
      }
      const points: [unknown, unknown][] = [];
      for (const m of meetings) {
        const turn = t.step(1);
        if (turn) await turn;
        const props = this.g.node(m).props;
        points.push([props.date, props.province]);
      }
      return bucketsOf(points, args);
    });
  }

  async listMeetings(filter: MeetingFilter, page: PageArgs): Promise<Page<GraphNode>> {
    const q = filter.search ? parseSearch(filter.search) : null;
    if (filter.search && !q) return emptyPage(page);
    return retried(async () => {
      const t = this.turns();
      // One person's, body's or document's meetings and nothing else: the same keyset page
      // as a relation page of its meetings by date, kept sorted there (relationPages.ts).
      const relations = meetingRelations(filter);
      if (relations.length === 1 && !filter.search && !filter.from && !filter.to) {
        const [[nodeId, direction, type]] = relations;
        const groups = await this.relationPages.page({ nodeId, direction, types: [type], label: 'Meeting', order: { by: 'DATE', prop: 'date' }, ...page }, t);
        return { ...groups, items: groups.items.map((i) => ({ node: this.g.read(this.g.node(i.node.neighbour)), cursor: i.cursor })) };
      }
      // the person's, body's or document's own meetings, rather than all of them
      const sets: ReadonlySet<string>[] = [];
      for (const [id, direction, type] of relations) sets.push(await this.neighbourSet(id, direction, type, t));
      const candidates = q ? this.candidates('Meeting', q, t) : null;
      if (candidates) sets.push(candidates);
      const keep = q ? (n: GraphNode) => matches(q, n.searchText) : undefined;
      return this.page('Meeting', sets, keep, filter, page, t);
    });
  }

  async listNodes(label: NodeLabel, filter: NodeFilter, page: PageArgs): Promise<Page<GraphNode>> {
    const q = filter.search ? parseSearch(filter.search) : null;
    if (filter.search && !q) return emptyPage(page);
    return retried(async () => {
      const t = this.turns();
      const sets: ReadonlySet<string>[] = [];
      if (filter.issuer) sets.push(await this.neighbourSet(filter.issuer, 'IN', 'ISSUED_BY', t));
      const candidates = q ? this.candidates(label, q, t) : null;
      if (candidates) sets.push(candidates);
      return this.listPage(label, filter, q, sets, page, t);
    });
  }

  private listPage(label: NodeLabel, filter: NodeFilter, q: ReturnType<typeof parseSearch>, sets: ReadonlySet<string>[], page: PageArgs, t: Turns): Promise<Page<GraphNode>> {
    const filtered = filter.kind || filter.province || q;
    const keep = filtered
      ? (n: GraphNode) =>
          (!filter.kind || n.props.kind === filter.kind) && (!filter.province || n.props.province === filter.province) && (!q || matches(q, n.searchText))
      : undefined;
    // from/to bound the date a list is ordered by (Article.publishedAt, Meeting.date)
    const dates = orderingOf(label) === 'DATE_DESC' ? filter : {};
    return this.page(label, sets, keep, dates, page, t);
  }

  /**
   * The nodes a search may match, from the word index, when they are few beside the
   * label's list; null when they are many (the page then walks the list and `matches`
   * decides): a one-letter word's candidates are not all gathered to be intersected.
   */
  private candidates(label: NodeLabel, q: NonNullable<ReturnType<typeof parseSearch>>, t: Turns): ReadonlySet<string> | null {
    const few = Math.floor(this.g.list(label).size / 16) + 1;
    const found = searchCandidates(this.g, q, few);
    t.pay(found.size);
    return found.size < few ? found : null;
  }

  /** The ids at the other end of a node's relationships of one type (a hub's thousands, paid for a step each). */
  private async neighbourSet(id: string, direction: 'OUT' | 'IN', type: RelType, t: Turns): Promise<ReadonlySet<string>> {
    const n = this.g.numbers.get(id);
    const out = new Set<string>();
    for (const r of this.g.slotRels(id, direction, type)) {
      const turn = t.step(1);
      if (turn) await turn;
      out.add(this.g.numbers.id(this.g.other(r, n)));
    }
    return out;
  }

  async search(text: string, labels: readonly NodeLabel[] | null, first: number): Promise<SearchHit[]> {
    const q = parseSearch(text);
    if (!q || first <= 0) return [];
    return searchIndexes(this.g, q, labels && labels.length ? labels : NODE_LABELS, first).map((h) => ({ ...h, node: this.g.read(h.node) }));
  }

  async neighborhood(id: string, args: NeighborhoodArgs): Promise<Subgraph> {
    const stored = this.g.nodes.get(id);
    if (!stored) return { nodes: [], relationships: [], truncated: false };
    const start = this.g.read(stored);
    const budget = args.budget ?? this.budget;
    return neighborhood(
      start,
      { ...args, budget },
      (ids, types, perType) => retried(() => expandLevel(this.g, ids, types, perType, budget)),
      async (ids) => this.getNodes(ids),
    );
  }

  async shortestPath(from: string, to: string, args: PathArgs): Promise<Subgraph | null> {
    const maxLength = checkPathLength(args.maxLength);
    const [a, b] = [this.g.numbers.get(from), this.g.numbers.get(to)];
    if (a < 0 || b < 0) return null;
    return shortestPath(a, b, maxLength, args.types ?? null, pathLookups(this.g, async (ids) => this.getNodes(ids), args.budget ?? this.budget));
  }

  async subgraph(ids: readonly string[], maxRelationships = MAX_SUBGRAPH_RELATIONSHIPS): Promise<Subgraph> {
    const wanted = new Set(ids);
    const nodes = (await this.getNodes([...wanted])).filter((n): n is GraphNode => !!n);
    return retried(async () => {
      // every relationship out of each node looked at (a step each), those among the
      // nodes kept; past maxRelationships, the first by id, and truncated
      const t = this.turns();
      const among: number[] = [];
      for (const n of nodes) {
        for (const r of this.g.relsOf(n.id, 'OUT')) {
          const turn = t.step(1);
          if (turn) await turn;
          if (wanted.has(this.g.numbers.id(this.g.rels.to[r]))) among.push(r);
        }
      }
      const truncated = among.length > maxRelationships;
      if (truncated) await sortInTurns(among, (x, y) => (this.g.rels.idBefore(x, y) ? -1 : this.g.rels.idBefore(y, x) ? 1 : 0), t);
      const relationships: GraphRelationship[] = [];
      for (const r of among.slice(0, maxRelationships)) {
        const turn = t.step(REL_READ_UNITS);
        if (turn) await turn;
        relationships.push(this.g.rel(r));
      }
      return { nodes, relationships, truncated };
    });
  }

  async counts(): Promise<StoreCounts> {
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, this.g.labelCount(l)])) as Record<NodeLabel, number>;
    return { nodes, relationships: this.g.rels.size };
  }

  async close(): Promise<void> {}

  /** Each stored article's id and the corpus file it came from (null when none): a snapshot's list of files. */
  articleFiles(): [string, string | null][] {
    const out: [string, string | null][] = [];
    for (const id of this.supports.articles()) {
      const file = this.g.nodes.get(id)?.props.file;
      out.push([id, typeof file === 'string' ? file : null]);
    }
    return out;
  }

  /** Bumped by every change: whether a snapshot is behind. */
  get version(): number {
    return this.g.version;
  }

  /** The store's state for a snapshot (snapshot.ts). */
  dump(): StoreDump {
    return dumpStore(this.g, this.supports);
  }

  /** Fills an empty store from a snapshot's state (snapshot.ts). */
  async restore(d: Parameters<Snapshottable['restore']>[0]): Promise<void> {
    if (this.g.nodes.size) throw new Error('a snapshot is restored into an empty store only');
    await restoreStore(this.g, this.supports, d, (n) => frozen(n, (s) => this.g.strings.intern(s)));
  }

  /**
   * A page of a label's list: within the [from, to] range of its dates (a binary search
   * on date-ordered lists), among the candidates of other indexes, passing `keep`.
   */
  private async page(
    label: NodeLabel,
    sets: ReadonlySet<string>[],
    keep: ((n: GraphNode) => boolean) | undefined,
    dates: { from?: string | null; to?: string | null },
    page: PageArgs,
    t: Turns,
  ): Promise<Page<GraphNode>> {
    const list = this.g.list(label);
    const node = (id: string) => this.g.node(id);
    let bounds: [number, number] = [0, list.size];
    let inRange = (_: CursorKey) => true;
    if (dates.from || dates.to) {
      const { from, to } = dates;
      // dates descend, undated last: those after `to` come first, those before `from` and
      // the undated last
      bounds = [to ? list.firstWhere((k) => k.sort === null || k.sort <= to) : 0, list.firstWhere((k) => k.sort === null || (!!from && k.sort < from))];
      inRange = (k) => k.sort !== null && (!from || k.sort >= from) && (!to || k.sort <= to);
    }
    if (!sets.length) return this.read(await pageOf(list, node, page, t, keep, bounds));
    const ids = intersect(sets, t);
    // few candidates: sort them; many: walk the list and keep the candidates
    if (ids.size * 16 < list.size) {
      const keys = [...ids].filter((id) => this.g.nodes.get(id)?.label === label).map((id) => this.g.listKey(id));
      t.pay(ids.size);
      return this.read(await pageOfSet(keys.filter(inRange), list, node, page, t, keep));
    }
    return this.read(await pageOf(list, node, page, t, (n) => ids.has(n.id) && (!keep || keep(n)), bounds));
  }

  /** A page of stored nodes as the port shows them (articles with their text). */
  private read(page: Page<GraphNode>): Page<GraphNode> {
    return { ...page, items: page.items.map((i) => ({ ...i, node: this.g.read(i.node) })) };
  }

  /** Removes an article's relationships; returns the nodes they touched. */
  private dropArticleRelationships(articleId: string): Set<string> {
    const endpoints = new Set<string>();
    // newest first: each is then the last of its article's list
    for (const r of this.g.articleRelIds(articleId).reverse()) {
      endpoints.add(this.g.numbers.id(this.g.rels.from[r])).add(this.g.numbers.id(this.g.rels.to[r]));
      this.g.removeRel(r);
    }
    return endpoints;
  }

  /** A node's props from the articles that support it now; left as it is when none does (removeOrphans decides). */
  private recompute(id: string): void {
    const supports = this.supports.of(id);
    if (!supports.length) return;
    const stored = this.g.nodes.get(id);
    const combined = combineNode(supports);
    if (stored && sameNode(stored, combined)) return;
    this.g.putNode(supports.length === 1 ? combined : frozen(combined, (s) => this.g.strings.intern(s)));
  }

  /**
   * Nodes no article lists and no relationship touches any more go; an article's node
   * goes only with deleteArticle.
   */
  private removeOrphans(ids: Iterable<string>): void {
    for (const id of ids) {
      const n = this.g.nodes.get(id);
      if (n && n.label !== 'Article' && !this.supports.of(id).length && !this.g.hasRelationships(id)) this.g.removeNode(id);
    }
  }
}

/**
 * A stored node is shared with every reader (no copy per read), so it is frozen: a
 * caller that changed one would otherwise change the store behind its indexes.
 */
function frozen(n: GraphNode, intern: (s: string) => string): GraphNode {
  // built key by key, not spread: objects built alike share one hidden class, and its
  // frozen one; a frozen spread copy got classes of its own (~200 bytes a node)
  const props: Record<string, PropValue> = {};
  for (const k of Object.keys(n.props)) {
    const v = n.props[k];
    props[k] = Array.isArray(v) ? (Object.freeze(v.map(intern)) as string[]) : typeof v === 'string' ? intern(v) : v;
  }
  // ids are each a node's own: copied, not pooled
  return Object.freeze({ id: flat(n.id), label: n.label, name: intern(n.name), searchText: intern(n.searchText), props: Object.freeze(props) });
}

/**
 * What an article gives the graph's nodes, normalized (../merge.ts): its own node (its
 * text aside, kept by texts.ts) and its batch's nodes.
 */
function contributions(batch: GraphBatch): GraphNode[] {
  const a = batch.article;
  return contributionsOf([{ ...a, props: { ...a.props, text: null } }, ...batch.nodes]);
}

/** The relation filters of a meeting filter: [node, direction from it, type]. */
function meetingRelations(filter: MeetingFilter): [string, 'OUT' | 'IN', RelType][] {
  const out: [string, 'OUT' | 'IN', RelType][] = [];
  if (filter.chairedBy) out.push([filter.chairedBy, 'OUT', 'CHAIRED']);
  if (filter.spokeBy) out.push([filter.spokeBy, 'OUT', 'SPOKE_AT']);
  if (filter.attendedBy) out.push([filter.attendedBy, 'OUT', 'ATTENDED']);
  if (filter.organizer) out.push([filter.organizer, 'OUT', 'ORGANIZED']);
  if (filter.cites) out.push([filter.cites, 'IN', 'CITES']);
  return out;
}

/** The ids in every set, a step paid per id of the smallest (a spend, no turn: the sets are in hand). */
function intersect(sets: ReadonlySet<string>[], t: Turns): ReadonlySet<string> {
  if (sets.length === 1) return sets[0];
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  t.pay(smallest.size);
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

function emptyPage(page: PageArgs): Page<GraphNode> {
  return { items: [], hasNextPage: false, totalCount: page.withTotal ? 0 : null };
}
