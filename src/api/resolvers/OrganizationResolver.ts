// Bodies: their offices, the people holding them, the meetings they organized, the
// documents they issued, and where they sit (part of, located in).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { relationshipsOf } from '../loaders';
import { type ConnectionSource, PageArgs, storePage, toConnection } from '../pagination';
import { holdersOf, newestFirst, type PositionHeldSource } from '../relations';
import { DocumentConnection, MeetingConnection, OrganizationConnection } from '../types/connections';
import { OrganizationFilter } from '../types/filters';
import { Organization } from '../types/Organization';
import { Place } from '../types/Place';
import { Position } from '../types/Position';
import { PositionHeld } from '../types/PositionHeld';
import { checkProvince, checkSearch } from '../validate';
import { byId, related, relatedOne, relatedPage } from './common';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'A body by id; null when there is none.' })
  organization(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The body id.' }) id: string): Promise<EntitySource | null> {
    return byId(ctx, id, 'Organization');
  }

  @Query(() => OrganizationConnection, { description: 'Bodies, by name.' })
  async organizations(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which bodies.' }) filter?: OrganizationFilter | null,
  ): Promise<ConnectionSource> {
    const f = { search: checkSearch(filter?.search, 'filter.search'), kind: filter?.kind, province: checkProvince(filter?.province, 'filter.province') };
    return toConnection(await ctx.store.listNodes('Organization', f, storePage(page, info)), info);
  }

  @FieldResolver(() => [Position], { description: 'Its offices (Bí thư, Phó Bí thư, Chủ tịch, …).' })
  async offices(@Root() o: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return (await related(ctx, o, 'IN', 'OF', 'Position')).sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => [PositionHeld], { description: 'Its members: everyone reported holding one of its offices, most recently reported first.' })
  async members(@Root() o: EntitySource, @Ctx() ctx: ApiContext): Promise<PositionHeldSource[]> {
    const offices = await related(ctx, o, 'IN', 'OF', 'Position');
    const held = await Promise.all(offices.map(async (p) => holdersOf(p.id, await relationshipsOf(ctx.loaders, p.id, 'IN', 'HOLDS'))));
    return held.flat().sort(newestFirst);
  }

  @FieldResolver(() => MeetingConnection, { description: 'The meetings it organized, newest first (undated last).' })
  meetingsOrganized(@Root() o: EntitySource, @Ctx() ctx: ApiContext, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, o, 'OUT', 'ORGANIZED', 'Meeting', { by: 'DATE', prop: 'date' }, page, info);
  }

  @FieldResolver(() => DocumentConnection, { description: 'The documents it issued, newest first (undated last).' })
  documentsIssued(@Root() o: EntitySource, @Ctx() ctx: ApiContext, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, o, 'IN', 'ISSUED_BY', 'Document', { by: 'DATE', prop: 'issuedOn' }, page, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body it is part of (Ban Thường vụ Tỉnh ủy → Tỉnh ủy).' })
  partOf(@Root() o: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return relatedOne(ctx, o, 'OUT', 'PART_OF', 'Organization');
  }

  @FieldResolver(() => [Organization], { description: 'The bodies that are part of it.' })
  parts(@Root() o: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return related(ctx, o, 'IN', 'PART_OF', 'Organization');
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Its province.' })
  place(@Root() o: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return relatedOne(ctx, o, 'OUT', 'LOCATED_IN', 'Place');
  }
}
