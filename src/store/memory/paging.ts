// Keyset pages over ids in list order.
import type { GraphNode } from '../../domain/model';
import { decodeCursor, encodeCursor, type CursorKey } from '../cursor';
import type { Page, PageArgs } from '../GraphStore';
import { compareKeys } from '../order';
import type { SortedIndex } from './sortedIndex';

/**
 * The page of `list` after the cursor, among the entries in [start, end) that pass
 * `keep`. The start is a binary search; the scan stops once the page is full (and one
 * more row says there is a next page). Counting, when asked, is the only full pass.
 */
export function pageOf(
  list: SortedIndex,
  node: (id: string) => GraphNode,
  page: PageArgs,
  keep?: (n: GraphNode) => boolean,
  [start, end]: [number, number] = [0, list.size],
): Page<GraphNode> {
  const from = page.after ? Math.max(start, list.after(decodeCursor(page.after))) : start;
  return pageOfKeys(list.entries, node, page, keep, from, end, start);
}

/** The same over a small candidate set from another index, sorted here. */
export function pageOfSet(keys: CursorKey[], list: SortedIndex, node: (id: string) => GraphNode, page: PageArgs, keep?: (n: GraphNode) => boolean): Page<GraphNode> {
  keys.sort((a, b) => compareKeys(list.ordering, a, b));
  let from = 0;
  if (page.after) {
    const after = decodeCursor(page.after);
    while (from < keys.length && compareKeys(list.ordering, keys[from], after) <= 0) from++;
  }
  return pageOfKeys(keys, node, page, keep, from, keys.length, 0);
}

function pageOfKeys(
  keys: readonly CursorKey[],
  node: (id: string) => GraphNode,
  page: PageArgs,
  keep: ((n: GraphNode) => boolean) | undefined,
  from: number,
  end: number,
  countFrom: number,
): Page<GraphNode> {
  const first = Math.max(0, page.first);
  const items: Page<GraphNode>['items'] = [];
  let hasNextPage = false;
  for (let i = from; i < end; i++) {
    const n = node(keys[i].id);
    if (keep && !keep(n)) continue;
    if (items.length === first) {
      hasNextPage = true;
      break;
    }
    items.push({ node: n, cursor: encodeCursor(keys[i]) });
  }
  let totalCount: number | null = null;
  if (page.withTotal) {
    totalCount = keep ? 0 : Math.max(0, end - countFrom);
    if (keep) for (let i = countFrom; i < end; i++) if (keep(node(keys[i].id))) totalCount++;
  }
  return { items, hasNextPage, totalCount };
}
