// A typeahead hit: how much there is to expand at it, and the node itself.
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { toEntity, type EntitySource } from '../entities';
import { SearchHit } from '../types/Graph';
import { Node } from '../types/Node';
import { totalDegree } from './common';

@Resolver(() => SearchHit)
export class SearchHitResolver {
  @FieldResolver(() => Int, { description: 'Relationships of every type at the node: how much there is to expand.' })
  degree(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Promise<number> {
    return totalDegree(ctx, hit.id);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The node itself, to ask for its own fields.' })
  async node(@Root() hit: SearchHit, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    const n = await ctx.loaders.nodes.load(hit.id);
    return n ? toEntity(n) : null;
  }
}
