// A page cut from a list the resolver already holds: the sentences of one fact, a person's
// offices, an office's holders. These lists come whole from one node's relationships (read
// through the request's loaders, paid for by its budget), so the page is cut here rather
// than by the store; the cursors are the same keyset cursors as the store's (../store/cursor.ts),
// tagged with their list like every API cursor, so a page neither repeats nor skips items
// when the list grows between two requests.
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphRelationship } from '../domain/model';
import { decodeCursor, encodeCursor, type CursorKey } from '../store/cursor';
import { compareKeys, type Ordering } from '../store/order';
import { apiCursor, listOf } from './listCursor';
import { type ConnectionSource, type PageArgs, storePage } from './pagination';

/** How a list held in memory is ordered: each item's keyset key, compared as `ordering` says. */
export interface ListOrder<T> {
  keyOf: (item: T) => CursorKey;
  ordering: Ordering;
}

/** The page of `items` that `args` asks for, in the list's order. */
export function pageOfList<T>(items: readonly T[], order: ListOrder<T>, args: PageArgs, info: GraphQLResolveInfo): ConnectionSource<T> {
  const { first, after, withTotal } = storePage(args, info);
  const keyed = items.map((item) => ({ item, key: order.keyOf(item) }));
  keyed.sort((a, b) => compareKeys(order.ordering, a.key, b.key));
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

// Below every printable character, so `a<SEP>…` sorts before `ab<SEP>…`.
const SEP = '\u0001';
// Sorts after every zero-padded offset: a sentence with no offset comes last in its article.
const NO_OFFSET = '~';

/**
 * Evidence order as a keyset key: oldest report first (undated last), then the article,
 * then the sentence's place in it, then the relationship id: compareEvidence in
 * ../store/order.ts, the order the stores read evidence in.
 */
export const EVIDENCE_ORDER: ListOrder<Pick<GraphRelationship, 'id' | 'asOf' | 'article' | 'start'>> = {
  keyOf: (r) => ({ sort: r.asOf, id: [r.article, r.start === null ? NO_OFFSET : String(r.start).padStart(12, '0'), r.id].join(SEP) }),
  ordering: 'NAME_ASC',
};
