// The production store: Neo4j 5 through neo4j-driver. Every query is a file in cypher/
// (see queries.ts), run in a managed transaction (executeRead / executeWrite, which the
// driver retries on transient errors); one article is written in one transaction.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphBatch, GraphNode, GraphRelationship, NodeLabel, RelType, Subgraph } from '../../domain/model';
import { NODE_LABELS, REL_TYPES } from '../../domain/model';
import { decodeCursor, encodeCursor, type CursorKey } from '../cursor';
import { BudgetExceededError, REL_READ_UNITS, type WorkBudget } from '../budget';
import { InvalidBatchError, StoreUnavailableError } from '../errors';
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
import { checkPathLength, MAX_SUBGRAPH_RELATIONSHIPS } from '../limits';
import { neighborhood } from '../neighborhood';
import type { TimelineArgs, TimelineBucket } from '../timeline';
import { shortestPath } from '../path';
import { orderingOf } from '../order';
import { matches, parseSearch, rankHits, type SearchQuery } from '../search';
import { validateBatch } from '../validate';
import { combineNode, contributionsOf, normalizeNode, type Support } from '../merge';
import { digest } from '../../domain/ids';
import { fromNode, fromRel, fullNodeProps, toNodeRow, toRelRow } from './convert';
import type { Neo4jOptions, StoreLogger } from '../options';
import { checkParams, loadQueries, loadSchema, type QueryName } from './queries';

type Row = Record<string, unknown>;

/** Fail fast when Neo4j does not answer, rather than the driver's 60 s default. */
const CONNECT_TIMEOUT_MS = 5_000;
/** How long a transaction that met a transient error (a deadlock, a leader switch) is tried again. */
const RETRY_TIME_MS = 15_000;
/**
 * Once Neo4j was found unreachable, calls fail at once with StoreUnavailableError for this
 * long instead of each waiting for a connection; then one call (or /health) tries again,
 * and the first that succeeds closes the breaker. A restarted Neo4j is thus picked up
 * within a second, with no restart of polgraph.
 */
const BREAKER_MS = 1_000;
const INDEX_WAIT_S = 60;
/** Nodes deleted per transaction by clear(). */
const CLEAR_BATCH = 10_000;

/** The driver as this store needs it (also for tools that wrap it, such as the bench's profiler). */
export function createDriver(config: Neo4jOptions): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // every integer we store fits a JS number (offsets, counts)
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    // retries are ours (transact): the driver's would also retry an unreachable server for 15 s
    maxTransactionRetryTime: 0,
    userAgent: 'polgraph',
  });
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly queries = loadQueries();
  /**
   * Every session of this store shares one bookmark manager, so that each transaction
   * sees what the ones before it committed. A session per call gets no bookmarks of its
   * own: on a cluster (Aura), a read routed to a follower could miss an article that was
   * just written, or an article deleted could still be read.
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  /** until when calls fail at once, and with what: see BREAKER_MS (shared with the request views) */
  private readonly state: { breaker: { until: number; error: StoreUnavailableError } | null } = { breaker: null };
  /** the request's budget, in a view (withBudget): every read's transaction times out at its deadline */
  private budget?: WorkBudget;

  constructor(
    private readonly config: Neo4jOptions,
    private readonly logger?: StoreLogger,
    /** a driver to use instead of connecting to config.uri (tests) */
    driver?: Driver,
  ) {
    this.driver = driver ?? createDriver(config);
  }

  /** A view of this store for one request: its reads' transactions stop at the budget's deadline. */
  withBudget(budget: WorkBudget): Neo4jStore {
    const view = Object.create(this) as Neo4jStore;
    view.budget = budget;
    return view;
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.database });
    } catch (err) {
      throw this.unavailable(err);
    }
    for (const statement of loadSchema()) await this.write((tx) => tx.run(statement));
    // new indexes populate in the background; search must not meet one still populating
    await this.write((tx) => this.run(tx, 'awaitIndexes', { timeoutSeconds: neo4j.int(INDEX_WAIT_S) }));
    this.logger?.info({ uri: this.config.uri, database: this.config.database ?? '(default)' }, 'neo4j schema applied');
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    // a session run, not a managed transaction: /health must answer now, not after retries
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      checkParams('health', {});
      await session.run(this.queries.health, {});
      this.state.breaker = null;
      return { ok: true, detail: `neo4j at ${this.config.uri}` };
    } catch (err) {
      return { ok: false, detail: this.trip(err).message };
    } finally {
      await session.close();
    }
  }

  async writeArticle(batch: GraphBatch): Promise<WriteResult> {
    validateBatch(batch);
    return this.write((tx) => this.writeInTx(tx, batch));
  }

  /**
   * Many articles in one transaction: what a bulk ingest uses, since each commit flushes
   * Neo4j's transaction log. All or nothing: when one article cannot be written, the
   * transaction rolls back and the articles are written one by one, so that only the bad
   * one fails (its error in its place in the answer).
   */
  async writeArticles(batches: readonly GraphBatch[]): Promise<(WriteResult | Error)[]> {
    for (const b of batches) validateBatch(b);
    try {
      return await this.write(async (tx) => {
        const out: WriteResult[] = [];
        for (const b of batches) out.push(await this.writeInTx(tx, b));
        return out;
      });
    } catch (err) {
      if (!(err instanceof InvalidBatchError)) throw err;
      const out: (WriteResult | Error)[] = [];
      for (const b of batches) out.push(await this.writeArticle(b).catch((e: Error) => e));
      return out;
    }
  }

  private async writeInTx(tx: ManagedTransaction, batch: GraphBatch): Promise<WriteResult> {
    // What the article gives its nodes (../merge.ts): one :Support per node and distinct
    // contribution, counted; the nodes' props are computed from their supports.
    const given = contributionsOf(batch.nodes.filter((n) => n.id !== batch.article.id));
    const supports = given.map((n) => {
      const json = JSON.stringify(n);
      return { id: `${n.id}|${digest(json)}`, node: n.id, json };
    });
    // The article node remembers what it wrote: the nodes it touched (for orphans), the
    // two ends of each relationship (to find them again without scanning hubs), its supports.
    const touched = new Set([batch.article.id, ...batch.nodes.map((n) => n.id)]);
    for (const r of batch.relationships) touched.add(r.from).add(r.to);
    const ends = new Map(batch.relationships.map((r) => [JSON.stringify([r.from, r.to]), r]));
    const bookkeeping = {
      touchedIds: [...touched],
      relFrom: [...ends.values()].map((r) => r.from),
      relTo: [...ends.values()].map((r) => r.to),
      givenIds: supports.map((s) => s.id),
    };
    const article = normalizeNode(batch.article);
    const nodes = [toNodeRow(article, bookkeeping), ...given.map((n) => toNodeRow(n))];
    const relationships = batch.relationships.map(toRelRow);

    // rewriting an article replaces its facts (as in the memory store)
    const old = await this.run(tx, 'deleteArticleRelationships', { articleId: batch.article.id });
    const taken = await this.run(tx, 'takeSupports', { articleId: batch.article.id });
    // creates the nodes not stored yet, with their labels; their props are set below
    await this.run(tx, 'writeNodes', { nodes });
    const [{ written }] = await this.run(tx, 'writeRelationships', { relationships });
    if (Number(written) !== relationships.length) {
      // thrown inside the transaction function: the driver rolls the whole article back
      throw new InvalidBatchError(`${relationships.length - Number(written)} relationships point to unknown nodes`);
    }
    await this.run(tx, 'giveSupports', { supports });
    const takenIds = (taken[0]?.nodeIds as string[] | undefined) ?? [];
    await this.recompute(tx, [...new Set([...takenIds, ...given.map((n) => n.id)])]);
    // the article's own node is its latest version alone (a rewrite replaces, never unions)
    await this.run(tx, 'setNodes', { nodes: [{ id: article.id, props: fullNodeProps(article, bookkeeping) }] });
    const gone = [...((old[0]?.touched as string[] | undefined) ?? []), ...takenIds];
    if (gone.length) await this.run(tx, 'removeOrphans', { ids: [...new Set(gone)] });
    return { articleId: batch.article.id, created: old.length === 0, nodes: nodes.length, relationships: relationships.length };
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    return this.write(async (tx) => {
      const old = await this.run(tx, 'deleteArticleRelationships', { articleId });
      if (!old.length) return false;
      const taken = ((await this.run(tx, 'takeSupports', { articleId }))[0]?.nodeIds as string[] | undefined) ?? [];
      await this.run(tx, 'deleteArticleNode', { articleId });
      await this.recompute(tx, taken);
      await this.run(tx, 'removeOrphans', { ids: [...new Set([...(old[0].touched as string[]), ...taken])] });
      return true;
    });
  }

  /**
   * Sets each node's props from the supports it has left, by the rules every store shares
   * (combineNode in ../merge.ts, the memory store's too); a node left with none is not
   * touched here (removeOrphans decides).
   */
  private async recompute(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const rows = await this.run(tx, 'getSupports', { ids: [...ids] });
    const byNode = new Map<string, Support[]>();
    for (const r of rows) {
      const list = byNode.get(r.nodeId as string) ?? [];
      list.push({ node: JSON.parse(r.json as string) as GraphNode, count: Number(r.count) });
      byNode.set(r.nodeId as string, list);
    }
    const nodes = [...byNode.values()].map((supports) => {
      const n = combineNode(supports);
      return { id: n.id, props: fullNodeProps(n) };
    });
    if (nodes.length) await this.run(tx, 'setNodes', { nodes });
  }

  async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    if (!ids.length) return [];
    const rows = await this.read((tx) => this.run(tx, 'getNodes', { ids: [...new Set(ids)] }));
    const byId = new Map(rows.map((r) => fromNode(r.node as Row)).map((n) => [n.id, n]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getRelationships(nodeIds: readonly string[], direction: Direction, types?: readonly RelType[] | null): Promise<GraphRelationship[]> {
    if (!nodeIds.length) return [];
    const rows = await this.read((tx) => this.run(tx, 'getRelationships', { ids: [...nodeIds], direction, types: types ? [...types] : null }));
    return rows.map((r) => fromRel(r.rel as Row));
  }

  async getRelationPages(requests: readonly RelationPageRequest[]): Promise<Page<RelationGroup>[]> {
    if (!requests.length) return [];
    const rows = await this.read((tx) => this.run(tx, 'getRelationPages', { requests: requests.map(relationPageRow) }));
    const byRequest = new Map(rows.map((r) => [Number(r.request), r]));
    return requests.map((req, i) => {
      const row = byRequest.get(i);
      const first = Math.max(0, Math.floor(req.first));
      const groups = (row?.groups as Row[] | undefined) ?? [];
      return {
        items: groups.slice(0, first).map((g) => ({
          node: { neighbour: String(g.neighbour), relationships: (g.rels as Row[]).map(fromRel) },
          cursor: encodeCursor({ sort: g.sortKey === null || g.sortKey === undefined ? null : String(g.sortKey), id: String(g.keyId) }),
        })),
        hasNextPage: groups.length > first,
        totalCount: req.withTotal ? Number(row?.total ?? 0) : null,
      };
    });
  }

  async getRelationshipsByArticle(articleIds: readonly string[]): Promise<GraphRelationship[]> {
    if (!articleIds.length) return [];
    const rows = await this.read((tx) => this.run(tx, 'getRelationshipsByArticle', { articleIds: [...articleIds] }));
    return rows.map((r) => fromRel(r.rel as Row));
  }

  async getDegrees(ids: readonly string[]): Promise<Degrees[]> {
    if (!ids.length) return [];
    // each id once: the query's rows are per id asked, and the answer is per id anyway
    const rows = await this.read((tx) => this.run(tx, 'getDegrees', { ids: [...new Set(ids)] }));
    const byId = new Map<string, Degrees>();
    for (const r of rows) {
      const d = byId.get(r.nodeId as string) ?? {};
      d[r.type as RelType] = { in: Number(r.incoming), out: Number(r.outgoing) };
      byId.set(r.nodeId as string, d);
    }
    return ids.map((id) => byId.get(id) ?? {});
  }

  async citationTimeline(documentIds: readonly string[], args: TimelineArgs): Promise<TimelineBucket[]> {
    if (!documentIds.length) return [];
    const rows = await this.read((tx) => this.run(tx, 'citationTimeline', { ids: [...new Set(documentIds)], period: args.by, province: args.province ?? null }));
    return rows.map((r) => ({ period: (r.period as string | null) ?? null, province: (r.province as string | null) ?? null, meetings: Number(r.meetings) }));
  }

  async listMeetings(filter: MeetingFilter, page: PageArgs): Promise<Page<GraphNode>> {
    const q = filter.search ? parseSearch(filter.search) : null;
    if (filter.search && !q) return { items: [], hasNextPage: false, totalCount: page.withTotal ? 0 : null };
    const where = {
      chairedBy: filter.chairedBy ?? null,
      spokeBy: filter.spokeBy ?? null,
      attendedBy: filter.attendedBy ?? null,
      organizer: filter.organizer ?? null,
      cites: filter.cites ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      ...searchParams(q),
    };
    // a person's, body's or document's meetings are reached from that node, not found
    // among all meetings (the memory store starts from its adjacency lists likewise)
    const anchor = meetingAnchor(filter);
    if (anchor) return this.page('listMeetingsOf', 'countMeetingsOf', { ...where, anchor: anchor[0], anchorType: anchor[1] }, page);
    return this.page('listMeetings', 'countMeetings', where, page);
  }

  async listNodes(label: NodeLabel, filter: NodeFilter, page: PageArgs): Promise<Page<GraphNode>> {
    const q = filter.search ? parseSearch(filter.search) : null;
    if (filter.search && !q) return { items: [], hasNextPage: false, totalCount: page.withTotal ? 0 : null };
    const dated = orderingOf(label) === 'DATE_DESC';
    const where = {
      label,
      kind: filter.kind ?? null,
      province: filter.province ?? null,
      issuer: filter.issuer ?? null,
      // from/to bound the date a list is ordered by (Article.publishedAt, Meeting.date)
      from: dated ? (filter.from ?? null) : null,
      to: dated ? (filter.to ?? null) : null,
      ...searchParams(q),
    };
    return this.page(dated ? 'listNodesByDate' : 'listNodesByName', 'countNodes', where, page);
  }

  async search(text: string, labels: readonly NodeLabel[] | null, first: number): Promise<SearchHit[]> {
    const q = parseSearch(text);
    const n = Math.floor(first);
    if (!q || !(n > 0)) return [];
    const labelList = labels && labels.length ? [...labels] : null;
    // Two look-ups, as the memory store ranks: names that start with the query (the best
    // ranks, in name order), then the full-text index for names and aliases that merely
    // contain its words, which scores a prefix query's hits all alike.
    const [named, rows] = await this.read(async (tx) => [
      await this.run(tx, 'searchNames', { text: q.text, whole: q.prefix === '', labels: labelList, limit: neo4j.int(n) }),
      await this.run(tx, 'search', { query: luceneQuery(q), labels: labelList, limit: neo4j.int(Math.max(50, n * 5)) }),
    ]);
    const byId = new Map<string, GraphNode>();
    for (const r of [...named, ...rows]) {
      const node = fromNode(r.node as Row);
      if (!byId.has(node.id)) byId.set(node.id, node);
    }
    // the index's tokenizer is not ours: keep only what our rules match, ranked our way
    return rankHits(q, [...byId.values()].filter((node) => matches(q, node.searchText)), n);
  }

  async neighborhood(id: string, args: NeighborhoodArgs): Promise<Subgraph> {
    const [start] = await this.getNodes([id]);
    if (!start) return { nodes: [], relationships: [], truncated: false };
    return neighborhood(
      start,
      args,
      async (ids, types, perType) => {
        const rows = await this.read((tx) => this.run(tx, 'expand', { ids, types: types ? [...types] : null, perType: neo4j.int(perType) }), args.budget);
        args.budget?.spend(rows.length * REL_READ_UNITS);
        const out = new Map<string, GraphRelationship[]>();
        for (const r of rows) out.set(r.nodeId as string, [...(out.get(r.nodeId as string) ?? []), fromRel(r.rel as Row)]);
        return out;
      },
      (ids) => this.getNodes(ids),
    );
  }

  async shortestPath(from: string, to: string, args: PathArgs): Promise<Subgraph | null> {
    const maxLength = checkPathLength(args.maxLength);
    return shortestPath(from, to, maxLength, args.types ?? null, {
      neighbours: async (ids, types) => {
        args.budget?.spend(0);
        const rows = await this.read((tx) => this.run(tx, 'neighbours', { ids, types: types ? [...types] : null, typeOrder: [...REL_TYPES] }), args.budget);
        args.budget?.spend(rows.reduce((n, r) => n + (r.neighbours as string[]).length, 0));
        return new Map(rows.map((r) => [r.nodeId as string, { keys: r.neighbours as string[], ranks: (r.ranks as unknown[]).map(Number) }]));
      },
      links: async (pairs, types) => {
        const rows = await this.read((tx) => this.run(tx, 'links', { pairs, types: types ? [...types] : null, typeOrder: [...REL_TYPES] }), args.budget);
        const byIndex = new Map(rows.map((r) => [Number(r.i), fromRel(r.rel as Row)]));
        return pairs.map((_, i) => byIndex.get(i) ?? null);
      },
      fetch: (ids) => this.getNodes(ids),
      before: (x, y) => x < y,
    });
  }

  async subgraph(ids: readonly string[], maxRelationships = MAX_SUBGRAPH_RELATIONSHIPS): Promise<Subgraph> {
    if (!ids.length) return { nodes: [], relationships: [], truncated: false };
    const wanted = [...new Set(ids)];
    const [nodes, rels] = await this.read(async (tx) => [
      await this.run(tx, 'getNodes', { ids: wanted }),
      await this.run(tx, 'subgraph', { ids: wanted, limit: neo4j.int(maxRelationships + 1) }),
    ]);
    return {
      nodes: nodes.map((r) => fromNode(r.node as Row)),
      relationships: rels.slice(0, maxRelationships).map((r) => fromRel(r.rel as Row)),
      truncated: rels.length > maxRelationships,
    };
  }

  async counts(): Promise<StoreCounts> {
    const [byLabel, rels] = await this.read(async (tx) => [
      await this.run(tx, 'countNodesByLabel', {}),
      await this.run(tx, 'countRelationships', {}),
    ]);
    const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    for (const r of byLabel) if ((NODE_LABELS as readonly string[]).includes(r.label as string)) nodes[r.label as NodeLabel] = Number(r.total);
    return { nodes, relationships: Number(rels[0]?.total ?? 0) };
  }

  /** Deletes every polgraph node: for tests and full re-imports, not part of the port. */
  async clear(): Promise<void> {
    // a batch per transaction, until a batch finds nothing left
    for (;;) {
      const [row] = await this.write((tx) => this.run(tx, 'clear', { batchSize: neo4j.int(CLEAR_BATCH) }));
      if (!Number(row?.deleted ?? 0)) return;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async page(listQuery: QueryName, countQuery: QueryName, where: Row, page: PageArgs): Promise<Page<GraphNode>> {
    const after: CursorKey | null = page.after ? decodeCursor(page.after) : null;
    const first = Math.max(0, Math.floor(page.first));
    const [rows, total] = await this.read(async (tx) => [
      await this.run(tx, listQuery, { ...where, afterSort: after?.sort ?? null, afterId: after?.id ?? null, limit: neo4j.int(first + 1) }),
      page.withTotal ? await this.run(tx, countQuery, where) : null,
    ]);
    // The cursor is made of the very values the query ordered by (the stored sortKey, a
    // meeting's date), not of ones recomputed here from the node (fold(name) of today's
    // code, a date '' read as undated): the next page starts exactly after this one.
    const items = rows.slice(0, first).map((r) => {
      const node = fromNode(r.node as Row);
      return { node, cursor: encodeCursor({ sort: r.sortKey === null || r.sortKey === undefined ? null : String(r.sortKey), id: node.id }) };
    });
    return {
      items,
      hasNextPage: rows.length > first,
      totalCount: total ? Number(total[0]?.total ?? 0) : null,
    };
  }

  private async run(tx: ManagedTransaction, name: QueryName, params: Row): Promise<Row[]> {
    checkParams(name, params);
    const result = await tx.run(this.queries[name], params);
    return result.records.map((r) => r.toObject() as Row);
  }

  /** With a budget, the transaction gets what is left of its deadline as its timeout: Neo4j stops the query then. */
  private read<T>(work: (tx: ManagedTransaction) => Promise<T>, budget?: WorkBudget): Promise<T> {
    return this.transact('READ', work, budget ?? this.budget);
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transact('WRITE', work);
  }

  /**
   * One managed transaction, tried again on a transient error (with backoff, for up to
   * RETRY_TIME_MS), never on an unreachable server: that opens the breaker and fails now.
   */
  private async transact<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, budget?: WorkBudget): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      if (this.state.breaker && Date.now() < this.state.breaker.until) throw this.state.breaker.error;
      const session = this.driver.session({ database: this.config.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarkManager: this.bookmarks });
      try {
        const left = budget?.remainingMs() ?? Infinity;
        const txConfig = Number.isFinite(left) ? { timeout: Math.max(1, Math.ceil(left)) } : undefined;
        const out = await (mode === 'READ' ? session.executeRead(work, txConfig) : session.executeWrite(work, txConfig));
        this.state.breaker = null;
        return out;
      } catch (err) {
        if (isUnavailable(err)) throw this.trip(err);
        if (isTimedOut(err)) throw new BudgetExceededError('deadline', 'the query ran past its deadline and Neo4j stopped it');
        if (!neo4j.isRetryableError(err as Error) || Date.now() - started > RETRY_TIME_MS) throw err;
        this.logger?.debug({ err, attempt }, 'neo4j transaction failed transiently; retrying');
      } finally {
        await session.close().catch(() => {});
      }
      await new Promise((r) => setTimeout(r, Math.min(2_000, 100 * 2 ** attempt) * (0.8 + Math.random() * 0.4)));
    }
  }

  /** Neo4j is unreachable: the error to report, and the breaker opened with it. */
  private trip(err: unknown): StoreUnavailableError {
    const error = this.unavailable(err);
    this.state.breaker = { until: Date.now() + BREAKER_MS, error };
    return error;
  }

  private unavailable(err: unknown): StoreUnavailableError {
    const cause = (err as Error)?.message ?? String(err);
    return new StoreUnavailableError(`cannot use Neo4j at ${this.config.uri}${this.config.database ? ` (database ${this.config.database})` : ''}: ${cause}`);
  }
}

/** Neo4j error codes that mean the database cannot be used at all, whatever the query. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  // a database name that the server does not have, or one that is stopped or starting
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Whether an error says Neo4j cannot be used (unreachable, refusing our credentials, no
 * such database) rather than that a query failed. Driver errors without a server code
 * (a pool that gave no connection in time, a connection that timed out) carry 'N/A'.
 */
/** The transaction ran past the timeout it was given (Neo.ClientError.Transaction.TransactionTimedOut…). */
export function isTimedOut(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  if (UNAVAILABLE_CODES.has(code)) return true;
  // Unauthorized, AuthenticationRateLimit, CredentialsExpired, TokenExpired, Forbidden, …
  if (code.startsWith('Neo.ClientError.Security.')) return true;
  const message = String((err as { message?: unknown }).message ?? '');
  return code === 'N/A' && /Connection acquisition timed out|Failed to establish connection/.test(message);
}

/** A relation page request as the query's map: the cursor split, the limit one past the page. */
function relationPageRow(req: RelationPageRequest): Row {
  const after: CursorKey | null = req.after ? decodeCursor(req.after) : null;
  return {
    nodeId: req.nodeId,
    direction: req.direction,
    types: [...req.types],
    label: req.label ?? null,
    orderBy: req.order.by,
    orderProp: req.order.by === 'DATE' ? req.order.prop : null,
    perType: !!req.perType,
    afterSort: after?.sort ?? null,
    afterId: after?.id ?? null,
    limit: neo4j.int(Math.max(0, Math.floor(req.first)) + 1),
    maxRelationships: req.maxRelationships === undefined ? null : neo4j.int(Math.max(0, Math.floor(req.maxRelationships))),
  };
}

/** Lucene's query syntax characters (classic query parser), escaped with a backslash. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The full-text query of a search: every whole word required, the last one typed as a
 * required prefix. The words are folded (letters and digits only), so user text brings
 * no syntax of its own; each is escaped all the same, so that no change to folding can
 * let an operator through, and lower case, so none is AND, OR or NOT.
 */
export function luceneQuery(q: SearchQuery): string {
  const term = (w: string) => w.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  return [...q.words.map((w) => `+${term(w)}`), ...(q.prefix ? [`+${term(q.prefix)}*`] : [])].join(' ');
}

/** The first node a meeting filter names and the type of its relationships to its meetings. */
export function meetingAnchor(filter: MeetingFilter): [string, RelType] | null {
  if (filter.chairedBy) return [filter.chairedBy, 'CHAIRED'];
  if (filter.spokeBy) return [filter.spokeBy, 'SPOKE_AT'];
  if (filter.attendedBy) return [filter.attendedBy, 'ATTENDED'];
  if (filter.organizer) return [filter.organizer, 'ORGANIZED'];
  if (filter.cites) return [filter.cites, 'CITES'];
  return null;
}

function searchParams(q: SearchQuery | null): { searchWords: string[] | null; searchPrefix: string } {
  return q ? { searchWords: q.words, searchPrefix: q.prefix } : { searchWords: null, searchPrefix: '' };
}
