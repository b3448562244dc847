// The graph explorers' queries: typeahead search, neighbourhood expansion, shortest path
// and the subgraph among chosen nodes, all in a nodes-and-edges shape. Out-of-range
// arguments are rejected with BAD_USER_INPUT (not clamped), so a client never mistakes a
// silently smaller answer for the whole one; `truncated` flags results cut by `limit`.
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PATH_LENGTH, MAX_SUBGRAPH_RELATIONSHIPS } from '../../store/limits';
import type { ApiContext } from '../context';
import { badInput, notFound } from '../errors';
import { toGraph, viewNode } from '../graphShape';
import type { GraphQLResolveInfo } from 'graphql';
import { fold } from '../../domain/text';
import { apiCursor, innerCursor, listOf } from '../listCursor';
import { checkFirst } from '../pagination';
import { decodeSearchKey, encodeSearchKey, searchKeyAfter } from '../searchCursor';
import { NodeType, RelationshipType } from '../types/enums';
import { Graph, GraphViewNode, SearchHit } from '../types/Graph';
import { checkIds } from '../validate';
import { totalDegree } from './common';
import { MAX_GRAPH_NODES, MAX_NEIGHBOURHOOD_DEPTH, MAX_SEARCH_HITS, MAX_SEARCH_TEXT_CHARS, SEARCH_WINDOW } from '../caps';


function inRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${argument} must be an integer from ${min} to ${max}, got ${value}`, argument);
  return value;
}

async function mustExist(ctx: ApiContext, id: string): Promise<void> {
  if (!(await ctx.loaders.nodes.load(id))) throw notFound('node', id);
}

const TYPES = { nullable: true, description: 'Only these relationship types (all when omitted).' } as const;

@Resolver(() => GraphViewNode)
export class GraphResolver {
  @Query(() => [SearchHit], {
    description: `Typeahead: nodes whose name, aliases or code match the words (case and diacritics ignored; the last word may be a prefix), best first. Paged through the ${SEARCH_WINDOW} best hits: pass the last hit's \`cursor\` as \`after\` for the next page (fewer than \`first\` hits: no more). The first page is the quick answer of the best \`first\`; later pages rank the whole window.`,
  })
  async search(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('text', () => String, { description: 'What the user typed (`duong van`, `100-kh`).' }) text: string,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only these node types.' }) types?: NodeType[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many hits: 0 to ${MAX_SEARCH_HITS}.` }) first = 10,
    @Arg('after', () => String, { nullable: true, description: "The hits after this one (a previous page's last `cursor`)." }) after?: string | null,
  ): Promise<SearchHit[]> {
    checkFirst(first, MAX_SEARCH_HITS);
    if (text.length > MAX_SEARCH_TEXT_CHARS) throw badInput(`text must be at most ${MAX_SEARCH_TEXT_CHARS} characters`, 'text');
    const list = listOf(info);
    const key = after ? decodeSearchKey(innerCursor(list, after)) : null;
    // the first page is the plain typeahead answer (the store's best `first`, as cheap as it
    // was before paging); a later page ranks the whole window and starts after the cursor
    const hits = await ctx.store.search(text, types?.length ? types : null, key ? SEARCH_WINDOW : first);
    const keyed = hits.map((h) => ({ h, key: { score: h.score, name: fold(h.node.name), id: h.node.id } }));
    keyed.sort((a, b) => (searchKeyAfter(a.key, b.key) ? 1 : searchKeyAfter(b.key, a.key) ? -1 : 0));
    const start = key ? keyed.findIndex((k) => searchKeyAfter(k.key, key)) : 0;
    const page = start < 0 ? [] : keyed.slice(start, start + first);
    for (const { h } of page) ctx.loaders.nodes.prime(h.node.id, h.node);
    return page.map(({ h, key }) => ({ ...viewNode(h.node), score: h.score, cursor: apiCursor(list, encodeSearchKey(key)) }));
  }

  @Query(() => Graph, {
    description: `The nodes around a node, breadth first up to \`depth\` (at most ${MAX_NEIGHBOURHOOD_DEPTH}) steps, at most \`limit\` (≤ ${MAX_GRAPH_NODES}) nodes and \`limitPerType\` neighbours per relationship type at each node; \`truncated\` says whether a limit cut it.`,
  })
  async neighborhood(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { description: 'The node to start from.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: `Steps from the node: 1 to ${MAX_NEIGHBOURHOOD_DEPTH}.` }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 100, description: `Most nodes in the result (the start included): 1 to ${MAX_GRAPH_NODES}.` }) limit: number,
    @Arg('limitPerType', () => Int, { defaultValue: 25, description: `Most neighbours per relationship type at each node expanded: 1 to ${MAX_GRAPH_NODES}.` }) limitPerType: number,
    @Arg('types', () => [RelationshipType], TYPES) types?: RelationshipType[] | null,
  ): Promise<Graph> {
    inRange(depth, 1, MAX_NEIGHBOURHOOD_DEPTH, 'depth');
    inRange(limit, 1, MAX_GRAPH_NODES, 'limit');
    inRange(limitPerType, 1, MAX_GRAPH_NODES, 'limitPerType');
    await mustExist(ctx, id);
    return toGraph(await ctx.store.neighborhood(id, { depth, limit, limitPerType, types: types?.length ? types : null, budget: ctx.budget }));
  }

  @Query(() => Graph, {
    nullable: true,
    description: `A shortest path between two nodes, of at most \`maxLength\` (≤ ${MAX_PATH_LENGTH}) relationships, following them in either direction; null when there is none that short. Nodes are in path order from \`from\` to \`to\`, edges likewise.`,
  })
  async path(
    @Ctx() ctx: ApiContext,
    @Arg('from', () => ID, { description: 'Id of one end.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the other end.' }) to: string,
    @Arg('maxLength', () => Int, { defaultValue: 4, description: `Longest path to look for: 1 to ${MAX_PATH_LENGTH}.` }) maxLength: number,
    @Arg('types', () => [RelationshipType], TYPES) types?: RelationshipType[] | null,
  ): Promise<Graph | null> {
    inRange(maxLength, 1, MAX_PATH_LENGTH, 'maxLength');
    await Promise.all([mustExist(ctx, from), mustExist(ctx, to)]);
    const g = await ctx.store.shortestPath(from, to, { maxLength, types: types?.length ? types : null, budget: ctx.budget });
    return g ? toGraph(g, 'asGiven') : null;
  }

  @Query(() => Graph, {
    description: `The given nodes (at most ${MAX_GRAPH_NODES}; unknown ids are left out) and the relationships among them: at most ${MAX_SUBGRAPH_RELATIONSHIPS.toLocaleString('en')}, the first by id, \`truncated\` when there are more.`,
  })
  async subgraph(@Ctx() ctx: ApiContext, @Arg('ids', () => [ID], { description: 'Node ids.' }) ids: string[]): Promise<Graph> {
    return toGraph(await ctx.store.subgraph(checkIds(ids, MAX_GRAPH_NODES, 'ids')));
  }

  @FieldResolver(() => Int, { description: 'Relationships of every type at this node (the whole graph, not just this result): how much there is to expand.' })
  degree(@Root() n: GraphViewNode, @Ctx() ctx: ApiContext): Promise<number> {
    return totalDegree(ctx, n.id);
  }
}
