// A page cut from a list the resolver already holds: the sentences of one fact, a person's
// offices, an office's holders. These lists come whole from one node's relationships (read
// through the request's loaders, paid for by its budget), so the page is cut here rather
// than by the store; the cursors are the same keyset cursors as the store's (../store/cursor.ts),
// tagged with their list like every API cursor, so a page neither repeats nor skips items
// when the list grows between two requests. The orders: listOrder.ts.
import type { GraphQLResolveInfo } from 'graphql';
import { decodeCursor, encodeCursor } from '../store/cursor';
import { compareKeys } from '../store/order';
import { keyedInOrder, type ListOrder } from './listOrder';
import { apiCursor, listOf } from './listCursor';
import { type ConnectionSource, type PageArgs, storePage } from './pagination';

/** The page of `items` that `args` asks for, in the list's order. */
export function pageOfList<T>(items: readonly T[], order: ListOrder<T>, args: PageArgs, info: GraphQLResolveInfo): ConnectionSource<T> {
  const { first, after, withTotal } = storePage(args, info);
  const keyed = keyedInOrder(items, order);
  const from = after ? decodeCursor(after) : null;
  // strictly past the cursor's key: the item it names may have gone since
  const start = from ? keyed.findIndex((k) => compareKeys(order.ordering, k.key, from) > 0) : 0;
  const rest = start < 0 ? [] : keyed.slice(start);
  const list = listOf(info);
  const edges = rest.slice(0, first).map((k) => ({ node: k.item, cursor: apiCursor(list, encodeCursor(k.key)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rest.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: withTotal ? items.length : null,
  };
}
