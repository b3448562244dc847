// Look-up of any node by id (Relay's `node`), and what every node can tell about itself.
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { REL_TYPES } from '../../domain/model';
import type { ApiContext } from '../context';
import { toEntity, type EntitySource } from '../entities';
import { loadAll } from '../loaders';
import { totalDegree } from './common';
import { checkIds } from '../validate';
import { Degree } from '../types/Degree';
import { Node } from '../types/Node';
import { MAX_IDS_PER_LOOKUP } from '../caps';


@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  async node(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The node id.' }) id: string): Promise<EntitySource | null> {
    const node = await ctx.loaders.nodes.load(id);
    return node ? toEntity(node) : null;
  }

  @Query(() => [Node], { nullable: 'items', description: `Nodes by id, in the order asked, null where unknown (at most ${MAX_IDS_PER_LOOKUP}).` })
  async nodes(@Ctx() ctx: ApiContext, @Arg('ids', () => [ID], { description: 'Node ids.' }) ids: string[]): Promise<(EntitySource | null)[]> {
    checkIds(ids, MAX_IDS_PER_LOOKUP, 'ids');
    const nodes = await loadAll(ctx.loaders.nodes, ids);
    return nodes.map((n) => (n ? toEntity(n) : null));
  }

  @FieldResolver(() => [Degree], { description: 'How many relationships of each type the node has, by direction (types it has none of are left out).' })
  async degrees(@Root() root: EntitySource, @Ctx() ctx: ApiContext): Promise<Degree[]> {
    const d = await ctx.loaders.degrees.load(root.id);
    return REL_TYPES.filter((t) => d[t] && d[t]!.in + d[t]!.out > 0).map((t) => ({
      type: t,
      incoming: d[t]!.in,
      outgoing: d[t]!.out,
      total: d[t]!.in + d[t]!.out,
    }));
  }

  @FieldResolver(() => Int, { description: 'Relationships of every type, both directions.' })
  degree(@Root() root: EntitySource, @Ctx() ctx: ApiContext): Promise<number> {
    return totalDegree(ctx, root.id);
  }
}
