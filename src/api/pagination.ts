// Cursor connections (Relay style) for every top-level list. Cursors are the store's
// keyset cursors (sort key + id of the last row), so a page neither repeats nor skips
// rows when articles are ingested between two requests. `totalCount` costs a count
// query, so it is computed only when the query selects it.
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { GraphNode } from '../domain/model';
import { decodeCursor } from '../store/cursor';
import type { Page, PageArgs as StorePageArgs, RelationGroup, RelationPageRequest } from '../store/GraphStore';
import { toEntity, type EntitySource } from './entities';
import type { Loaders } from './loaders';
import { badInput } from './errors';
import { apiCursor, innerCursor, listOf } from './listCursor';
import { DEFAULT_NESTED_PAGE_SIZE, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './caps';

export { apiCursor, innerCursor, listOf };


@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return: 0 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (a previous page's `pageInfo.endCursor`)." })
  after?: string | null;
}

/**
 * The page arguments of a list inside an item (a meeting's chairs, a fact's sentences): a
 * smaller default, since a nested page is asked once per item of the page around it and a
 * query's cost multiplies by both (limits.ts).
 */
@ArgsType()
export class NestedPageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_NESTED_PAGE_SIZE, description: `How many items to return: 0 to ${MAX_PAGE_SIZE}, default ${DEFAULT_NESTED_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (a previous page's `pageInfo.endCursor`)." })
  after?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface ConnectionSource<T = EntitySource> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** A `<Name>Connection` and `<Name>Edge` pair of types for an item type. */
export function connectionOf<T extends object>(nodeType: ClassType<T> | (abstract new () => T), name: string, what: string): ClassType<ConnectionSource<unknown>> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${what} of a page, with its cursor.` })
  class Edge {
    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor of this item: pass it as `after` to get the items that follow it.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${what}s.` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether there is a next page and how to ask for it.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (costs a count: select it only when needed).' })
    totalCount!: number;
  }
  return Connection as unknown as ClassType<ConnectionSource<unknown>>;
}

/** Checks `first` and turns the GraphQL arguments into the store's page arguments. */
export function storePage(args: PageArgs, info: GraphQLResolveInfo): StorePageArgs {
  checkFirst(args.first);
  // a bad cursor fails this field, not the whole batch of a loader it would join
  const after = args.after ? innerCursor(listOf(info), args.after) : null;
  if (after) decodeCursor(after);
  return { first: args.first, after, withTotal: selects(info, 'totalCount') };
}

export function checkFirst(first: number, max = MAX_PAGE_SIZE, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badInput(`${argument} must be an integer from 0 to ${max}, got ${first}`, argument);
  }
  return first;
}

export function toConnection(page: Page<GraphNode>, info: GraphQLResolveInfo): ConnectionSource {
  const list = listOf(info);
  const edges = page.items.map(({ node, cursor }) => ({ node: toEntity(node), cursor: apiCursor(list, cursor) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount: page.totalCount,
  };
}

/** What a nested connection asks the store for, besides the page arguments. */
export type RelationQuery = Omit<RelationPageRequest, 'first' | 'after' | 'withTotal'>;

/**
 * A nested connection (a document's citations, a body's meetings): the store cuts the
 * page, and the request's loader makes one store call of a whole level of them. `toNode`
 * turns a group into the edge's node, or null to leave the edge out (its neighbour was
 * deleted in between).
 */
export async function pageOfRelation<T>(
  loaders: Loaders,
  query: RelationQuery,
  args: PageArgs,
  info: GraphQLResolveInfo,
  toNode: (group: RelationGroup) => T | null | Promise<T | null>,
): Promise<ConnectionSource<T>> {
  const page = await loaders.relationPages.load({ ...query, ...storePage(args, info) });
  const list = listOf(info);
  const nodes = await Promise.all(page.items.map((i) => toNode(i.node)));
  const edges = page.items.flatMap((i, k) => (nodes[k] === null ? [] : [{ node: nodes[k] as T, cursor: apiCursor(list, i.cursor) }]));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.length ? apiCursor(list, page.items[page.items.length - 1].cursor) : null },
    totalCount: page.totalCount,
  };
}

/** Whether the field being resolved selects `name` directly (fragments included). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return inSet(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f: FieldNode) => inSet(f.selectionSet));
}
