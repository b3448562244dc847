// Keyset pages over ids in list order. Every entry looked at is a step of the read
// (turns.ts): a filter that keeps few entries scans far, and pays for it and hands the
// event loop back as it goes.
import type { GraphNode } from '../../domain/model';
import { decodeCursor, encodeCursor, type CursorKey } from '../cursor';
import type { Page, PageArgs } from '../GraphStore';
import { compareKeys } from '../order';
import type { SortedIndex } from './sortedIndex';
import { sortInTurns, type Turns } from './turns';

/**
 * The page of `list` after the cursor, among the entries in [start, end) that pass
 * `keep`. The start is a binary search; the scan stops once the page is full (and one
 * more row says there is a next page). Counting, when asked, is the only full pass.
 */
export async function pageOf(
  list: SortedIndex,
  node: (id: string) => GraphNode,
  page: PageArgs,
  t: Turns,
  keep?: (n: GraphNode) => boolean,
  [start, end]: [number, number] = [0, list.size],
): Promise<Page<GraphNode>> {
  const from = page.after ? Math.max(start, list.after(decodeCursor(page.after))) : start;
  const total = page.withTotal ? await count(list.range(start, end), node, keep, end - start, t) : null;
  return collect(list.range(from, end), node, page.first, keep, total, t);
}

/** The same over a small candidate set from another index, sorted here. */
export async function pageOfSet(keys: CursorKey[], list: SortedIndex, node: (id: string) => GraphNode, page: PageArgs, t: Turns, keep?: (n: GraphNode) => boolean): Promise<Page<GraphNode>> {
  await sortInTurns(keys, (a, b) => compareKeys(list.ordering, a, b), t);
  let from = 0;
  if (page.after) {
    const after = decodeCursor(page.after);
    while (from < keys.length && compareKeys(list.ordering, keys[from], after) <= 0) from++;
  }
  const total = page.withTotal ? await count(keys, node, keep, keys.length, t) : null;
  return collect(keys.slice(from), node, page.first, keep, total, t);
}

/** The first `first` kept entries, and whether one more follows. */
async function collect(keys: Iterable<CursorKey>, node: (id: string) => GraphNode, first: number, keep: ((n: GraphNode) => boolean) | undefined, totalCount: number | null, t: Turns): Promise<Page<GraphNode>> {
  const items: Page<GraphNode>['items'] = [];
  let hasNextPage = false;
  for (const key of keys) {
    const turn = t.step(1);
    if (turn) await turn;
    const n = node(key.id);
    if (keep && !keep(n)) continue;
    if (items.length === Math.max(0, first)) {
      hasNextPage = true;
      break;
    }
    items.push({ node: n, cursor: encodeCursor(key) });
  }
  return { items, hasNextPage, totalCount };
}

async function count(keys: Iterable<CursorKey>, node: (id: string) => GraphNode, keep: ((n: GraphNode) => boolean) | undefined, size: number, t: Turns): Promise<number> {
  if (!keep) return Math.max(0, size);
  let n = 0;
  for (const key of keys) {
    const turn = t.step(1);
    if (turn) await turn;
    if (keep(node(key.id))) n++;
  }
  return n;
}
