// The boundary between the graph model and Neo4j: nodes and relationships to the flat
// rows the write queries take, and records back to GraphNode / GraphRelationship, with
// Neo4j integers and temporal values turned into numbers and ISO strings.
import neo4j from 'neo4j-driver';
import type { GraphNode, GraphRelationship, NodeLabel, PropValue, RelType } from '../../domain/model';
import { fold } from '../../domain/text';
import { sortValue } from '../order';

/** Node properties the adapter manages itself; they never appear in `props`. */
const RESERVED = new Set(['id', 'label', 'name', 'nameKey', 'searchText', 'sortKey', 'touchedIds', 'relFrom', 'relTo', 'givenIds']);

/**
 * The props each label has (docs/ARCHITECTURE.md, "The graph model"): Neo4j cannot store a null, so an absent one is
 * read back as null, as the memory store holds it.
 */
const LABEL_PROPS: Record<NodeLabel, readonly string[]> = {
  Article: ['url', 'source', 'title', 'publishedAt', 'authors', 'province', 'file', 'text'],
  Person: ['aliases', 'province'],
  Organization: ['kind', 'level', 'province', 'national', 'aliases'],
  Position: ['title', 'role', 'aliases'],
  Meeting: ['title', 'date', 'kind', 'period', 'online', 'province'],
  Document: ['code', 'kind', 'number', 'title', 'issuedOn', 'aliases'],
  Place: ['kind'],
};

/**
 * The list props of the graph model (Person/Organization/Position/Document.aliases,
 * Article.authors). Like every store (../merge.ts), a node written again gets the union
 * of the stored list and the new one, not the new one alone; write-nodes.cypher unions
 * each of these by name (a property key cannot be a parameter).
 */
export const LIST_PROPS = ['aliases', 'authors'] as const;

export interface NodeRow {
  id: string;
  label: NodeLabel;
  name: string;
  sortKey: string | null;
  /** the folded name (of the first name the node was written with): typeahead's name-prefix look-up */
  nameKey: string;
  searchText: string;
  /** set over the stored values (`SET n += props`): non-null values, list props aside */
  props: Record<string, PropValue>;
  /** the node's LIST_PROPS, each unioned with the stored list; absent: the node has none */
  lists: Partial<Record<(typeof LIST_PROPS)[number], string[]>>;
}

export function toNodeRow(node: GraphNode, extra: Record<string, PropValue> = {}): NodeRow {
  const props: Record<string, PropValue> = {};
  const lists: NodeRow['lists'] = {};
  for (const [k, v] of Object.entries({ ...node.props, ...extra })) {
    if (v === null || v === undefined || (RESERVED.has(k) && !(k in extra))) continue;
    // the adapter's own lists (extra: an article's bookkeeping) replace the stored ones
    if ((LIST_PROPS as readonly string[]).includes(k) && !(k in extra)) {
      if (Array.isArray(v)) lists[k as (typeof LIST_PROPS)[number]] = v;
      continue;
    }
    props[k] = v;
  }
  return { id: node.id, label: node.label, name: node.name, sortKey: sortValue(node), nameKey: fold(node.name), searchText: node.searchText, props, lists };
}

export interface RelRow {
  id: string;
  type: RelType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export function toRelRow(r: GraphRelationship): RelRow {
  const props: Record<string, unknown> = { article: r.article };
  if (r.quote !== null) props.quote = r.quote;
  // offsets are integers in Neo4j, not floats
  if (r.start !== null) props.start = neo4j.int(r.start);
  if (r.end !== null) props.end = neo4j.int(r.end);
  if (r.asOf !== null) props.asOf = r.asOf;
  return { id: r.id, type: r.type, from: r.from, to: r.to, props };
}

/** A Neo4j value as a plain one: Integer → number, temporal → ISO string, lists element-wise. */
export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(v as object) ||
    neo4j.isDateTime(v as object) ||
    neo4j.isLocalDateTime(v as object) ||
    neo4j.isTime(v as object) ||
    neo4j.isLocalTime(v as object) ||
    neo4j.isDuration(v as object)
  ) {
    return String(v);
  }
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

/** A node map (`n {.*}`) as a GraphNode. */
export function fromNode(map: Record<string, unknown>): GraphNode {
  const label = map.label as NodeLabel;
  const props: Record<string, PropValue> = {};
  for (const k of LABEL_PROPS[label] ?? []) props[k] = null;
  for (const [k, v] of Object.entries(map)) if (!RESERVED.has(k)) props[k] = plain(v) as PropValue;
  return { id: String(map.id), label, name: String(map.name ?? ''), searchText: String(map.searchText ?? ''), props };
}

/** A relationship map (`r {.*, type, from, to}`) as a GraphRelationship. */
export function fromRel(map: Record<string, unknown>): GraphRelationship {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(plain(v)));
  const str = (v: unknown) => (v === null || v === undefined ? null : String(plain(v)));
  return {
    id: String(map.id),
    type: map.type as RelType,
    from: String(map.from),
    to: String(map.to),
    article: String(map.article),
    quote: str(map.quote),
    start: num(map.start),
    end: num(map.end),
    asOf: str(map.asOf),
  };
}

/**
 * Every stored property of a node, for `SET n = …` (set-nodes.cypher): the adapter's own
 * (id, label, name, sort and name keys, searchText, `extra` bookkeeping) and the non-null
 * props. A prop absent here is removed from the stored node.
 */
export function fullNodeProps(node: GraphNode, extra: Record<string, PropValue> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { id: node.id, label: node.label, name: node.name, sortKey: sortValue(node), nameKey: fold(node.name), searchText: node.searchText };
  for (const [k, v] of Object.entries(node.props)) if (v !== null && v !== undefined && !RESERVED.has(k)) out[k] = v;
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}
