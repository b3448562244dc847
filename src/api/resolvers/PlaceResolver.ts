// Places: provinces and districts, and the bodies located in them.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { type ConnectionSource, NestedPageArgs, PageArgs, storePage, toConnection } from '../pagination';
import { OrganizationConnection, PlaceConnection } from '../types/connections';
import { PlaceFilter } from '../types/filters';
import { Place } from '../types/Place';
import { checkSearch } from '../validate';
import { byId, relatedPage } from './common';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'A place by id; null when there is none.' })
  place(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The place id.' }) id: string): Promise<EntitySource | null> {
    return byId(ctx, id, 'Place');
  }

  @Query(() => PlaceConnection, { description: 'Places, by name.' })
  async places(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => PlaceFilter, { nullable: true, description: 'Which places.' }) filter?: PlaceFilter | null,
  ): Promise<ConnectionSource> {
    return toConnection(await ctx.store.listNodes('Place', { search: checkSearch(filter?.search, 'filter.search') }, storePage(page, info)), info);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The bodies located in it, by name.' })
  organizations(@Root() p: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, p, 'IN', 'LOCATED_IN', 'Organization', { by: 'NAME' }, page, info);
  }
}
