// How a list the API holds whole is ordered (a fact's sentences, a person's offices): each
// item's keyset key, compared like the store's keys (../store/order.ts), so a page of it
// (listPage.ts) has the same kind of cursor as a store page. Plain data: relations.ts
// orders by it without the GraphQL types.
import type { GraphRelationship } from '../domain/model';
import type { CursorKey } from '../store/cursor';
import { compareKeys, type Ordering } from '../store/order';

/** How a list held in memory is ordered: each item's keyset key, compared as `ordering` says. */
export interface ListOrder<T> {
  keyOf: (item: T) => CursorKey;
  ordering: Ordering;
}

/** The items with their keys, in the list's order. */
export function keyedInOrder<T>(items: readonly T[], order: ListOrder<T>): { item: T; key: CursorKey }[] {
  const keyed = items.map((item) => ({ item, key: order.keyOf(item) }));
  return keyed.sort((a, b) => compareKeys(order.ordering, a.key, b.key));
}

/** The whole list in its order (what a page of it is cut from). */
export function inOrder<T>(items: readonly T[], order: ListOrder<T>): T[] {
  return keyedInOrder(items, order).map((k) => k.item);
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
