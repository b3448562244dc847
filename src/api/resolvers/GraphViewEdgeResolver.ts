// What a graph view's details panel asks of an edge it drew: its evidence (the quote and its
// article's title, date and url; the article through the request's loaders).
import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import { Evidence } from '../types/Evidence';
import { GraphViewEdge } from '../types/Graph';

@Resolver(() => GraphViewEdge)
export class GraphViewEdgeResolver {
  @FieldResolver(() => Evidence, { description: 'Where the fact was read: the quote, its offsets and the article (title, date, url).' })
  evidence(@Root() e: GraphViewEdge): Pick<GraphRelationship, 'article' | 'quote' | 'start' | 'end' | 'asOf'> {
    return { article: e.article, quote: e.quote, start: e.start ?? null, end: e.end ?? null, asOf: e.asOf };
  }
}
