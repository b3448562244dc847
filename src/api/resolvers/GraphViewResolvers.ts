// What a graph view's details panel asks of what it drew: a node's properties, an edge's
// evidence (the quote and its article's title, date and url), through the request's
// loaders, so a whole view costs one store call per level.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import { Evidence } from '../types/Evidence';
import { GraphViewEdge, GraphViewNode, GraphViewProperty } from '../types/Graph';

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

@Resolver(() => GraphViewEdge)
export class GraphViewEdgeResolver {
  @FieldResolver(() => Evidence, { description: 'Where the fact was read: the quote, its offsets and the article (title, date, url).' })
  evidence(@Root() e: GraphViewEdge): Pick<GraphRelationship, 'article' | 'quote' | 'start' | 'end' | 'asOf'> {
    return { article: e.article, quote: e.quote, start: e.start ?? null, end: e.end ?? null, asOf: e.asOf };
  }
}
