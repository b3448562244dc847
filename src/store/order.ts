// The orderings of list pages, shared by every store so that their cursors agree:
// meetings by date desc (undated last) then id; articles by publishedAt desc (undated
// last) then id; everything else by folded name then id.
import type { GraphNode, GraphRelationship, NodeLabel, RelType } from '../domain/model';
import { fold } from '../domain/text';
import type { CursorKey } from './cursor';
import type { NeighbourOrder } from './GraphStore';

export type Ordering = 'DATE_DESC' | 'NAME_ASC';

export function orderingOf(label: NodeLabel): Ordering {
  return label === 'Meeting' || label === 'Article' ? 'DATE_DESC' : 'NAME_ASC';
}

/** The sort value of a node in its label's ordering. */
export function sortValue(node: GraphNode): string | null {
  if (node.label === 'Meeting') return str(node.props.date);
  if (node.label === 'Article') return str(node.props.publishedAt);
  return fold(node.name);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

export function keyOf(node: GraphNode): CursorKey {
  return { sort: sortValue(node), id: node.id };
}

/** Negative when a comes before b. */
export function compareKeys(ordering: Ordering, a: CursorKey, b: CursorKey): number {
  if (a.sort !== b.sort) {
    if (a.sort === null) return 1;
    if (b.sort === null) return -1;
    const c = a.sort < b.sort ? -1 : 1;
    return ordering === 'DATE_DESC' ? -c : c;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The ordering of a relation page (see NeighbourOrder in GraphStore.ts). */
export function neighbourOrdering(order: NeighbourOrder): Ordering {
  return order.by === 'NAME' ? 'NAME_ASC' : 'DATE_DESC';
}

/** The keyset id of a relation page's item: the neighbour, with the type when paged per type. */
export function groupKeyId(neighbour: string, type: RelType, perType: boolean | undefined): string {
  return perType ? `${neighbour}|${type}` : neighbour;
}

/**
 * Evidence order: oldest report first (undated last); within one article, in the order of its
 * sentences (a citation keeps one relationship per sentence); then by id. Cypher's ORDER BY in
 * get-relation-pages.cypher is the same.
 */
export function compareEvidence(
  a: Pick<GraphRelationship, 'asOf' | 'id'> & Partial<Pick<GraphRelationship, 'article' | 'start'>>,
  b: Pick<GraphRelationship, 'asOf' | 'id'> & Partial<Pick<GraphRelationship, 'article' | 'start'>>,
): number {
  const x = a.asOf ?? '9999';
  const y = b.asOf ?? '9999';
  if (x !== y) return x < y ? -1 : 1;
  const p = a.article ?? '';
  const q = b.article ?? '';
  if (p !== q) return p < q ? -1 : 1;
  const s = a.start ?? null;
  const t = b.start ?? null;
  if (s !== t) return s === null ? 1 : t === null ? -1 : s - t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
