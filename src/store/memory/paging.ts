// Keyset pages over nodes already in list order.
import type { GraphNode } from '../../domain/model';
import { decodeCursor, encodeCursor } from '../cursor';
import type { Page, PageArgs } from '../GraphStore';
import { compareKeys, keyOf, type Ordering } from '../order';

/**
 * The page of `sorted` (in `ordering`) after the cursor, keeping nodes that pass `keep`.
 * The start is found by binary search; the scan stops once the page is full.
 */
export function pageOf(sorted: readonly GraphNode[], ordering: Ordering, page: PageArgs, keep?: (n: GraphNode) => boolean): Page<GraphNode> {
  const first = Math.max(0, page.first);
  let i = 0;
  if (page.after) {
    const after = decodeCursor(page.after);
    let hi = sorted.length;
    while (i < hi) {
      const mid = (i + hi) >>> 1;
      if (compareKeys(ordering, keyOf(sorted[mid]), after) <= 0) i = mid + 1;
      else hi = mid;
    }
  }
  const items: Page<GraphNode>['items'] = [];
  let hasNextPage = false;
  for (; i < sorted.length; i++) {
    const n = sorted[i];
    if (keep && !keep(n)) continue;
    if (items.length === first) {
      hasNextPage = true;
      break;
    }
    items.push({ node: n, cursor: encodeCursor(keyOf(n)) });
  }
  let totalCount: number | null = null;
  if (page.withTotal) totalCount = keep ? sorted.reduce((c, n) => c + (keep(n) ? 1 : 0), 0) : sorted.length;
  return { items, hasNextPage, totalCount };
}

/** Sorts a candidate set (from an index) into list order. */
export function sortNodes(nodes: GraphNode[], ordering: Ordering): GraphNode[] {
  const keys = new Map(nodes.map((n) => [n, keyOf(n)]));
  return nodes.sort((a, b) => compareKeys(ordering, keys.get(a)!, keys.get(b)!));
}
