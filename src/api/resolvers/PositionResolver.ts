// Offices: which body each belongs to and who held it, as of when.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { pageOfList } from '../listPage';
import { relationshipsOf } from '../loaders';
import { type ConnectionSource, NestedPageArgs, PageArgs, storePage, toConnection } from '../pagination';
import { holdersOf, LATEST_FIRST, type PositionHeldSource } from '../relations';
import { PositionConnection, PositionHeldConnection } from '../types/connections';
import { PositionFilter } from '../types/filters';
import { Organization } from '../types/Organization';
import { Position } from '../types/Position';
import { checkDate, checkSearch } from '../validate';
import { ALIASES_FIRST, aliasesOf, byId, relatedOne } from './common';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => [String], { description: 'Every spelling of the title seen.' })
  aliases(@Root() p: EntitySource, @Arg('first', () => Int, ALIASES_FIRST) first: number): string[] {
    return aliasesOf(p, first);
  }

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

  @FieldResolver(() => PositionHeldConnection, {
    description:
      'Who held it over time, most recently reported first, each with the dates reported and evidence. With `asOf`, only those reported holding it on or before that date: the first is the latest holder the news reported by then.',
  })
  async holders(
    @Root() p: EntitySource,
    @Ctx() ctx: ApiContext,
    @Args() page: NestedPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('asOf', () => String, { nullable: true, description: 'An ISO date: leave out holders first reported after it.' }) asOf?: string | null,
  ): Promise<ConnectionSource<PositionHeldSource>> {
    const date = checkDate(asOf, 'asOf');
    const rels = await relationshipsOf(ctx.loaders, p.id, 'IN', 'HOLDS');
    // reports after the date say nothing about it: judge each holder by the reports up to it
    const holders = holdersOf(p.id, date ? rels.filter((r) => r.asOf !== null && r.asOf <= date) : rels);
    return pageOfList(holders, LATEST_FIRST, page, info);
  }
}
