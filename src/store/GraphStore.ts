// The store port: everything the API and the ingest pipeline ask of a graph store.
// Two adapters implement it: memory/ (embedded default) and neo4j/ (production).
// Every read that the API may need for many nodes takes a list of ids, so that a
// request's DataLoaders can batch a whole level of a query into one call.
import type { GraphBatch, GraphNode, GraphRelationship, NodeLabel, RelType, Subgraph } from '../domain/model';
import type { WorkBudget } from './budget';
import type { TimelineArgs, TimelineBucket } from './timeline';

export type StoreKind = 'memory' | 'neo4j';
export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface WriteResult {
  articleId: string;
  /** false when the article was already stored with the same content (nothing changed) */
  created: boolean;
  nodes: number;
  relationships: number;
}

/** Keyset pagination: `after` is an opaque cursor returned by a previous page. */
export interface PageArgs {
  first: number;
  after?: string | null;
  /** compute totalCount (costs a count query) */
  withTotal?: boolean;
}

export interface Page<T> {
  items: { node: T; cursor: string }[];
  hasNextPage: boolean;
  /** null unless asked for */
  totalCount: number | null;
}

/** Filters on meetings. Person/organization/document filters are node ids. */
export interface MeetingFilter {
  chairedBy?: string | null;
  spokeBy?: string | null;
  attendedBy?: string | null;
  organizer?: string | null;
  cites?: string | null;
  /** ISO dates, inclusive */
  from?: string | null;
  to?: string | null;
  /** matches title, folded */
  search?: string | null;
}

/** Filters on other labels; each applies where the label has the field. */
export interface NodeFilter {
  /** folded substring/prefix match on searchText */
  search?: string | null;
  /** Organization.kind, Document.kind */
  kind?: string | null;
  /** Organization.province, Person.province */
  province?: string | null;
  /** Document: id of the issuing Organization */
  issuer?: string | null;
  /** Article.publishedAt range */
  from?: string | null;
  to?: string | null;
}

export interface SearchHit {
  node: GraphNode;
  /** higher is better; exact > prefix > token match */
  score: number;
}

export interface NeighborhoodArgs {
  depth: number;
  /** total node cap */
  limit: number;
  /** cap per relationship type at each node expanded */
  limitPerType?: number;
  types?: RelType[] | null;
  /** the request's execution budget: the walk stops (BudgetExceededError) when it is spent */
  budget?: WorkBudget;
}

export interface PathArgs {
  maxLength: number;
  types?: RelType[] | null;
  /** as in NeighborhoodArgs */
  budget?: WorkBudget;
}

/**
 * How the neighbours of a relation page are ordered; ties by the item's id, as in
 * top-level lists (../order.ts), so the cursors are the same kind of keyset cursor.
 */
export type NeighbourOrder =
  /** the latest asOf of the relationships to the neighbour, newest first, undated last */
  | { by: 'REPORTED' }
  /** a date prop of the neighbour (Meeting.date, Document.issuedOn, …), newest first, undated last */
  | { by: 'DATE'; prop: string }
  /** the neighbour's folded name, for labels listed by name (not Meeting or Article) */
  | { by: 'NAME' };

/** One page of a node's neighbours: a nested connection (a document's citations, a body's meetings). */
export interface RelationPageRequest extends PageArgs {
  nodeId: string;
  direction: 'OUT' | 'IN';
  types: readonly RelType[];
  /** only neighbours of this label */
  label?: NodeLabel | null;
  order: NeighbourOrder;
  /**
   * One item per neighbour and type (a person's roles at one meeting, id `neighbour|type`)
   * rather than one per neighbour (id `neighbour`).
   */
  perType?: boolean;
  /**
   * How many of each neighbour's relationships to read out (oldest report first); all
   * when omitted. A list of neighbours alone (a body's offices) asks for none: a hub's
   * thousands of parallel reports are then not read.
   */
  maxRelationships?: number;
}

/** A node's relationships to one neighbour (of one type, when paged per type), oldest report first. */
export interface RelationGroup {
  neighbour: string;
  relationships: GraphRelationship[];
}

export type Degrees = Partial<Record<RelType, { in: number; out: number }>>;

export interface StoreCounts {
  nodes: Record<NodeLabel, number>;
  relationships: number;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /**
   * Optional: a view of the store for one request, the same graph, whose reads spend
   * `budget` (./budget.ts): they stop at its deadline, and in a store that runs in this
   * process they hand the event loop back while they run. The API makes one per request.
   */
  withBudget?(budget: WorkBudget): GraphStore;
  /**
   * True when the reads of a view pay the budget themselves for everything they look at
   * and read out (the memory store); otherwise the API charges for what they answer.
   */
  readonly paysForReads?: boolean;
  /** connect, apply schema (constraints, indexes); throws a clear error when unreachable */
  init(): Promise<void>;
  /** cheap readiness check for /health */
  health(): Promise<{ ok: boolean; detail?: string }>;

  /** idempotent and atomic: writing the same batch twice changes nothing */
  writeArticle(batch: GraphBatch): Promise<WriteResult>;
  /**
   * Optional: many articles in one transaction, for bulk ingest (a store whose commits are
   * dear: Neo4j). Each article's result, or the error that article alone met.
   */
  writeArticles?(batches: readonly GraphBatch[]): Promise<(WriteResult | Error)[]>;
  /** removes the article and every fact only it supported; false when unknown */
  deleteArticle(articleId: string): Promise<boolean>;

  /** nodes by id, in the order asked, null where unknown */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** relationships touching any of the nodes, of the given types and direction */
  getRelationships(nodeIds: readonly string[], direction: Direction, types?: readonly RelType[] | null): Promise<GraphRelationship[]>;
  /**
   * Keyset pages of many nodes' neighbours at once, one per request, in the order asked:
   * a level of nested connections in one call, each page cut by the store.
   */
  getRelationPages(requests: readonly RelationPageRequest[]): Promise<Page<RelationGroup>[]>;
  /** relationships supported by any of the articles */
  getRelationshipsByArticle(articleIds: readonly string[]): Promise<GraphRelationship[]>;
  /** degree per relationship type for each node */
  getDegrees(ids: readonly string[]): Promise<Degrees[]>;
  /** the meetings citing any of the documents, each once, per period and province (./timeline.ts) */
  citationTimeline(documentIds: readonly string[], args: TimelineArgs): Promise<TimelineBucket[]>;

  /** meetings, newest first (date desc, then id), with stable keyset cursors */
  listMeetings(filter: MeetingFilter, page: PageArgs): Promise<Page<GraphNode>>;
  /** nodes of a label, ordered by name then id (Articles: publishedAt desc, then id) */
  listNodes(label: NodeLabel, filter: NodeFilter, page: PageArgs): Promise<Page<GraphNode>>;
  /** typeahead: case and diacritics ignored, prefixes match, ranked */
  search(text: string, labels: readonly NodeLabel[] | null, first: number): Promise<SearchHit[]>;

  neighborhood(id: string, args: NeighborhoodArgs): Promise<Subgraph>;
  /** a shortest path, or null when none within maxLength */
  shortestPath(from: string, to: string, args: PathArgs): Promise<Subgraph | null>;
  /**
   * The given nodes and every relationship among them; past `maxRelationships`
   * (MAX_SUBGRAPH_RELATIONSHIPS in ./limits.ts), the first by id, and truncated.
   */
  subgraph(ids: readonly string[], maxRelationships?: number): Promise<Subgraph>;

  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
