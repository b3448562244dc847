// What a graph view's details panel asks of a node it drew: its properties, through the
// request's loaders, so a whole view costs one store call per level (an edge's evidence:
// GraphViewEdgeResolver.ts).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { GraphViewNode, GraphViewProperty } from '../types/Graph';

/** An article's full text is a field of Article, not a property to list. */
const NOT_LISTED = new Set(['text']);

@Resolver(() => GraphViewNode)
export class GraphViewNodeResolver {
  @FieldResolver(() => [GraphViewProperty], { description: "The node's own properties (an article's text left out: ask `node(id)` for it), in a stable order, empty ones left out." })
  async properties(@Root() n: GraphViewNode, @Ctx() ctx: ApiContext): Promise<GraphViewProperty[]> {
    const node = await ctx.loaders.nodes.load(n.id);
    if (!node) return [];
    return Object.entries(node.props)
      .filter(([k, v]) => !NOT_LISTED.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, v]) => ({ key, value: Array.isArray(v) ? v.join('; ') : String(v) }));
  }
}
