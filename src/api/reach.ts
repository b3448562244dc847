// The documents that carry a document out, transitively: a walk up IMPLEMENTS relationships
// (Document → Document, into the document asked about), a level at a time, each level one
// store call through the request's relation-page loader. Bounded: at most `depth` levels
// and `limit` documents, each page asking the store for no more than what is still wanted.
import type { GraphRelationship } from '../domain/model';
import { DEFAULT_REACH_DOCUMENTS, MAX_REACH_DEPTH, MAX_REACH_DOCUMENTS } from './caps';
import type { Loaders } from './loaders';

/** Units of cost per document a level of the walk may read (a relation page's group and its node). */
export const REACH_COST_PER_DOCUMENT = 10;

/** What a reach may cost before its result: each level may read up to `limit` documents. */
export const reachCost = (depth: unknown, limit: unknown) =>
  REACH_COST_PER_DOCUMENT * clamp(depth, 2, MAX_REACH_DEPTH) * clamp(limit, DEFAULT_REACH_DOCUMENTS, MAX_REACH_DOCUMENTS);

function clamp(v: unknown, fallback: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.min(Math.floor(v), max) : fallback;
}

export interface ReachItem {
  documentId: string;
  depth: number;
  /** the document one level nearer the root that this one carries out */
  carriesOutId: string;
  /** the IMPLEMENTS relationships from this document to that one: the evidence */
  rels: GraphRelationship[];
}

export async function reachOf(loaders: Loaders, rootId: string, depth: number, limit: number): Promise<{ items: ReachItem[]; truncated: boolean }> {
  const seen = new Set([rootId]);
  const items: ReachItem[] = [];
  let truncated = false;
  let frontier = [rootId];
  for (let level = 1; level <= depth && frontier.length && !truncated; level++) {
    const wanted = limit - items.length + 1;
    const pages = await Promise.all(
      frontier.map((id) => loaders.relationPages.load({ nodeId: id, direction: 'IN', types: ['IMPLEMENTS'], label: 'Document', order: { by: 'NAME' }, first: wanted })),
    );
    const next: string[] = [];
    pages.forEach((page, k) => {
      for (const { node: group } of page.items) {
        if (seen.has(group.neighbour)) continue;
        if (items.length >= limit) {
          truncated = true;
          return;
        }
        seen.add(group.neighbour);
        items.push({ documentId: group.neighbour, depth: level, carriesOutId: frontier[k], rels: group.relationships });
        next.push(group.neighbour);
      }
      if (page.hasNextPage) truncated = true;
    });
    frontier = next;
  }
  return { items, truncated };
}
