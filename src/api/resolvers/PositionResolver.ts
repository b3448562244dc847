// Offices: which body each belongs to and who held it, as of when.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { relationshipsOf } from '../loaders';
import { type ConnectionSource, PageArgs, storePage, toConnection } from '../pagination';
import { holdersOf, type PositionHeldSource } from '../relations';
import { PositionConnection } from '../types/connections';
import { PositionFilter } from '../types/filters';
import { Organization } from '../types/Organization';
import { Position } from '../types/Position';
import { PositionHeld } from '../types/PositionHeld';
import { checkDate, checkSearch } from '../validate';
import { byId, relatedOne } from './common';

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => Position, { nullable: true, description: 'An office by id; null when there is none.' })
  position(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The office id.' }) id: string): Promise<EntitySource | null> {
    return byId(ctx, id, 'Position');
  }

  @Query(() => PositionConnection, { description: 'Offices, by name (`search: "bi thu tinh uy kon tum"`).' })
  async positions(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => PositionFilter, { nullable: true, description: 'Which offices.' }) filter?: PositionFilter | null,
  ): Promise<ConnectionSource> {
    return toConnection(await ctx.store.listNodes('Position', { search: checkSearch(filter?.search, 'filter.search') }, storePage(page, info)), info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body the office belongs to; null for a bare role.' })
  organization(@Root() p: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return relatedOne(ctx, p, 'OUT', 'OF', 'Organization');
  }

  @FieldResolver(() => [PositionHeld], {
    description:
      'Who held it over time, most recently reported first, each with the dates reported and evidence. With `asOf`, only those reported holding it on or before that date: the first is the latest holder the news reported by then.',
  })
  async holders(
    @Root() p: EntitySource,
    @Ctx() ctx: ApiContext,
    @Arg('asOf', () => String, { nullable: true, description: 'An ISO date: leave out holders first reported after it.' }) asOf?: string | null,
  ): Promise<PositionHeldSource[]> {
    const date = checkDate(asOf, 'asOf');
    const all = holdersOf(p.id, await relationshipsOf(ctx.loaders, p.id, 'IN', 'HOLDS'));
    if (!date) return all;
    // reports after the date say nothing about it: judge each holder by the reports up to it
    return holdersOf(p.id, all.flatMap((h) => h.rels.filter((r) => r.asOf !== null && r.asOf <= date)));
  }
}
