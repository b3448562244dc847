// Meetings: the researchers' main list (who chaired what, when, citing which documents).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { PARTICIPATION_TYPES, type GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { relationshipsOf } from '../loaders';
import type { ListOrder } from '../listOrder';
import { pageOfList } from '../listPage';
import { type ConnectionSource, NestedPageArgs, PageArgs, storePage, toConnection } from '../pagination';
import { participations, type CitationSource, type ParticipationSource } from '../relations';
import {
  ArticleConnection,
  CitationConnection,
  DocumentConnection,
  EvidenceConnection,
  MeetingConnection,
  OrganizationConnection,
  ParticipationConnection,
  PersonConnection,
} from '../types/connections';
import { MeetingFilter } from '../types/filters';
import { Meeting } from '../types/Meeting';
import { checkDate, checkSearch } from '../validate';
import { byId, citationPage, evidencePage, relatedPage } from './common';

/** A meeting's participants: by role in PARTICIPATION_TYPES' order (chairs first), then by person id. */
const BY_ROLE: ListOrder<ParticipationSource> = {
  keyOf: (p) => ({ sort: String(PARTICIPATION_TYPES.indexOf(p.role)), id: p.personId }),
  ordering: 'NAME_ASC',
};

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'A meeting by id; null when there is none.' })
  meeting(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The meeting id.' }) id: string): Promise<EntitySource | null> {
    return byId(ctx, id, 'Meeting');
  }

  @Query(() => MeetingConnection, { description: 'Meetings, newest first (undated last), filtered by who chaired, spoke or attended, who organized, what they cited, dates and title words.' })
  async meetings(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => MeetingFilter, { nullable: true, description: 'Which meetings.' }) filter?: MeetingFilter | null,
  ): Promise<ConnectionSource> {
    const f = { ...filter, search: checkSearch(filter?.search, 'filter.search'), from: checkDate(filter?.from, 'filter.from'), to: checkDate(filter?.to, 'filter.to') };
    return toConnection(await ctx.store.listMeetings(f, storePage(page, info)), info);
  }

  @FieldResolver(() => PersonConnection, { description: 'Who chaired it, by name.' })
  chairs(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, m, 'IN', 'CHAIRED', 'Person', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => PersonConnection, { description: 'Who spoke at it, by name.' })
  speakers(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, m, 'IN', 'SPOKE_AT', 'Person', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => PersonConnection, { description: 'Who was reported attending it, by name.' })
  attendees(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, m, 'IN', 'ATTENDED', 'Person', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Everyone who took part, in each role (chairs, then speakers, then attendees), with evidence.' })
  async participants(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<ParticipationSource>> {
    const lists = await Promise.all(PARTICIPATION_TYPES.map(async (r) => participations(m.id, 'meeting', r, await relationshipsOf(ctx.loaders, m.id, 'IN', r))));
    return pageOfList(lists.flat(), BY_ROLE, page, info);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The bodies that organized it, by name.' })
  organizers(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, m, 'IN', 'ORGANIZED', 'Organization', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => DocumentConnection, { description: 'The documents it cited, by name.' })
  cites(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, m, 'OUT', 'CITES', 'Document', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => CitationConnection, { description: 'The documents it cited, most recently reported first, each with the sentences that say so.' })
  citations(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<CitationSource>> {
    return citationPage(ctx, m.id, 'meeting', page, info);
  }

  @FieldResolver(() => EvidenceConnection, { description: 'The sentences that report the meeting, one per article, oldest report first.' })
  async evidence(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<GraphRelationship>> {
    return evidencePage(await relationshipsOf(ctx.loaders, m.id, 'IN', 'REPORTS'), page, info);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that report it, newest first.' })
  reportedBy(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, m, 'IN', 'REPORTS', 'Article', { by: 'DATE', prop: 'publishedAt' }, page, info);
  }
}
