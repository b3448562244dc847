// The embedded store: the whole graph in process memory, behind the same port as Neo4j.
// Writes are checked in full before the first change is made, so a batch is applied
// whole or not at all; JavaScript's single thread makes each write atomic to readers.
import { NODE_LABELS, type GraphBatch, type GraphNode, type GraphRelationship, type NodeLabel, type RelType, type Subgraph } from '../../domain/model';
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
  SearchHit,
  StoreCounts,
  WriteResult,
} from '../GraphStore';
import { checkPathLength } from '../limits';
import { mergeNode } from '../merge';
import { neighborhood } from '../neighborhood';
import { orderingOf } from '../order';
import { matches, parseSearch, rankHits, type SearchQuery } from '../search';
import { externalEndpoints, validateBatch } from '../validate';
import { GraphIndexes } from './indexes';
import { pageOf, sortNodes } from './paging';
import { expandLevel, shortestPath } from './traverse';

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly g = new GraphIndexes();

  async init(): Promise<void> {}

  async health(): Promise<{ ok: boolean; detail?: string }> {
    return { ok: true, detail: `memory store: ${this.g.nodes.size} nodes, ${this.g.rels.size} relationships` };
  }

  async writeArticle(batch: GraphBatch): Promise<WriteResult> {
    validateBatch(batch);
    const missing = externalEndpoints(batch).filter((id) => !this.g.nodes.has(id));
    if (missing.length) throw new InvalidBatchError(`relationships point to unknown nodes: ${missing.slice(0, 5).join(', ')}`);

    // Rewriting an article replaces its facts: drop its old relationships, write the new
    // ones, then remove whatever the old ones alone kept alive.
    const existed = this.g.nodes.has(batch.article.id);
    const oldEndpoints = existed ? this.dropArticleRelationships(batch.article.id) : new Set<string>();
    for (const n of [batch.article, ...batch.nodes]) {
      const stored = this.g.nodes.get(n.id);
      this.g.putNode(stored ? mergeNode(stored, n) : copyNode(n));
    }
    for (const r of batch.relationships) this.g.putRel({ ...r });
    this.removeOrphans(oldEndpoints);
    return { articleId: batch.article.id, created: !existed, nodes: batch.nodes.length + 1, relationships: batch.relationships.length };
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    const article = this.g.nodes.get(articleId);
    if (!article || article.label !== 'Article') return false;
    const endpoints = this.dropArticleRelationships(articleId);
    this.g.removeNode(articleId);
    this.removeOrphans(endpoints);
    return true;
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    return ids.map((id) => this.g.nodes.get(id) ?? null);
  }

  async getRelationships(nodeIds: readonly string[], direction: Direction, types?: readonly RelType[] | null): Promise<GraphRelationship[]> {
    const out = new Map<string, GraphRelationship>();
    for (const id of nodeIds) for (const r of this.g.relsOf(id, direction, types)) out.set(r.id, r);
    return [...out.values()];
  }

  async getRelationshipsByArticle(articleIds: readonly string[]): Promise<GraphRelationship[]> {
    return articleIds.flatMap((a) => this.g.articleRelIds(a).map((r) => this.g.rels.get(r)!));
  }

  async getDegrees(ids: readonly string[]): Promise<Degrees[]> {
    return ids.map((id) => this.g.degrees(id));
  }

  async listMeetings(filter: MeetingFilter, page: PageArgs): Promise<Page<GraphNode>> {
    // Start from the smallest index the filter names: a person's or body's meetings.
    const sets: Set<string>[] = [];
    if (filter.chairedBy) sets.push(this.g.neighbours(filter.chairedBy, 'OUT', 'CHAIRED'));
    if (filter.spokeBy) sets.push(this.g.neighbours(filter.spokeBy, 'OUT', 'SPOKE_AT'));
    if (filter.attendedBy) sets.push(this.g.neighbours(filter.attendedBy, 'OUT', 'ATTENDED'));
    if (filter.organizer) sets.push(this.g.neighbours(filter.organizer, 'OUT', 'ORGANIZED'));
    if (filter.cites) sets.push(this.g.neighbours(filter.cites, 'IN', 'CITES'));
    const q = filter.search ? parseSearch(filter.search) : null;
    if (filter.search && !q) return emptyPage(page);
    if (q) sets.push(this.searchCandidates(q));

    const keep = (n: GraphNode): boolean => {
      if (n.label !== 'Meeting') return false;
      const date = typeof n.props.date === 'string' ? n.props.date : null;
      if (filter.from && (!date || date < filter.from)) return false;
      if (filter.to && (!date || date > filter.to)) return false;
      return !q || matches(q, n.searchText);
    };
    const keepIf = filter.from || filter.to || q ? keep : undefined;
    if (sets.length === 0) return pageOf(this.g.sortedNodes('Meeting'), 'DATE_DESC', page, keepIf);
    return pageOf(sortNodes(this.nodesOf(intersect(sets)), 'DATE_DESC'), 'DATE_DESC', page, keep);
  }

  async listNodes(label: NodeLabel, filter: NodeFilter, page: PageArgs): Promise<Page<GraphNode>> {
    const q = filter.search ? parseSearch(filter.search) : null;
    if (filter.search && !q) return emptyPage(page);
    const keep = (n: GraphNode): boolean =>
      n.label === label &&
      (!filter.kind || n.props.kind === filter.kind) &&
      (!filter.province || n.props.province === filter.province) &&
      (!filter.from || (typeof n.props.publishedAt === 'string' && n.props.publishedAt >= filter.from)) &&
      (!filter.to || (typeof n.props.publishedAt === 'string' && n.props.publishedAt <= filter.to)) &&
      (!q || matches(q, n.searchText));
    const sets: Set<string>[] = [];
    if (filter.issuer) sets.push(this.g.neighbours(filter.issuer, 'IN', 'ISSUED_BY'));
    if (q) sets.push(this.searchCandidates(q));
    const ordering = orderingOf(label);
    const filtered = filter.kind || filter.province || filter.from || filter.to || q;
    if (sets.length === 0) return pageOf(this.g.sortedNodes(label), ordering, page, filtered ? keep : undefined);
    return pageOf(sortNodes(this.nodesOf(intersect(sets)), ordering), ordering, page, keep);
  }

  async search(text: string, labels: readonly NodeLabel[] | null, first: number): Promise<SearchHit[]> {
    const q = parseSearch(text);
    if (!q || first <= 0) return [];
    const wanted = labels && labels.length ? new Set(labels) : null;
    const hits = this.nodesOf(this.searchCandidates(q)).filter((n) => (!wanted || wanted.has(n.label)) && matches(q, n.searchText));
    return rankHits(q, hits, first);
  }

  async neighborhood(id: string, args: NeighborhoodArgs): Promise<Subgraph> {
    const start = this.g.nodes.get(id);
    if (!start) return { nodes: [], relationships: [], truncated: false };
    return neighborhood(
      start,
      args,
      async (ids, types) => expandLevel(this.g, ids, types),
      async (ids) => ids.map((i) => this.g.nodes.get(i) ?? null),
    );
  }

  async shortestPath(from: string, to: string, args: PathArgs): Promise<Subgraph | null> {
    const maxLength = checkPathLength(args.maxLength);
    return shortestPath(this.g, from, to, maxLength, args.types ?? null);
  }

  async subgraph(ids: readonly string[]): Promise<Subgraph> {
    const wanted = new Set(ids);
    const nodes = [...wanted].map((id) => this.g.nodes.get(id)).filter((n): n is GraphNode => !!n);
    const relationships = new Map<string, GraphRelationship>();
    for (const n of nodes) for (const r of this.g.relsOf(n.id, 'OUT')) if (wanted.has(r.to)) relationships.set(r.id, r);
    return { nodes, relationships: [...relationships.values()], truncated: false };
  }

  async counts(): Promise<StoreCounts> {
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, this.g.labelCount(l)])) as Record<NodeLabel, number>;
    return { nodes, relationships: this.g.rels.size };
  }

  async close(): Promise<void> {}

  /** Removes an article's relationships; returns the nodes they touched. */
  private dropArticleRelationships(articleId: string): Set<string> {
    const endpoints = new Set<string>();
    for (const id of this.g.articleRelIds(articleId)) {
      const r = this.g.rels.get(id)!;
      endpoints.add(r.from).add(r.to);
      this.g.removeRel(id);
    }
    return endpoints;
  }

  /** Nodes no relationship supports any more go; an article's node goes only with deleteArticle. */
  private removeOrphans(ids: Iterable<string>): void {
    for (const id of ids) {
      const n = this.g.nodes.get(id);
      if (n && n.label !== 'Article' && !this.g.hasRelationships(id)) this.g.removeNode(id);
    }
  }

  /** Ids that may match a query: the whole words' index entries, else the prefix's. */
  private searchCandidates(q: SearchQuery): Set<string> {
    if (q.words.length) return intersect(q.words.map((w) => new Set(this.g.tokens.exact(w))));
    return this.g.tokens.prefix(q.prefix);
  }

  private nodesOf(ids: Iterable<string>): GraphNode[] {
    const out: GraphNode[] = [];
    for (const id of ids) {
      const n = this.g.nodes.get(id);
      if (n) out.push(n);
    }
    return out;
  }
}

function copyNode(n: GraphNode): GraphNode {
  return { ...n, props: { ...n.props } };
}

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

function emptyPage(page: PageArgs): Page<GraphNode> {
  return { items: [], hasNextPage: false, totalCount: page.withTotal ? 0 : null };
}
