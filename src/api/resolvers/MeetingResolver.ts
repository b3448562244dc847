// Meetings: the researchers' main list (who chaired what, when, citing which documents).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { PARTICIPATION_TYPES, type GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { relationshipsOf } from '../loaders';
import { type ConnectionSource, PageArgs, storePage, toConnection } from '../pagination';
import { citations, participations, type CitationSource, type ParticipationSource } from '../relations';
import { Citation } from '../types/Citation';
import { ArticleConnection, MeetingConnection } from '../types/connections';
import { Document } from '../types/Document';
import { Evidence } from '../types/Evidence';
import { MeetingFilter } from '../types/filters';
import { Meeting } from '../types/Meeting';
import { Organization } from '../types/Organization';
import { Participation } from '../types/Participation';
import { Person } from '../types/Person';
import { checkDate, checkSearch } from '../validate';
import { byId, related, relatedPage } from './common';

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

  @FieldResolver(() => [Person], { description: 'Who chaired it.' })
  chairs(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return related(ctx, m, 'IN', 'CHAIRED', 'Person');
  }

  @FieldResolver(() => [Person], { description: 'Who spoke at it.' })
  speakers(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return related(ctx, m, 'IN', 'SPOKE_AT', 'Person');
  }

  @FieldResolver(() => [Person], { description: 'Who was reported attending it.' })
  attendees(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return related(ctx, m, 'IN', 'ATTENDED', 'Person');
  }

  @FieldResolver(() => [Participation], { description: 'Everyone who took part, in each role, with evidence.' })
  async participants(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<ParticipationSource[]> {
    const lists = await Promise.all(PARTICIPATION_TYPES.map(async (r) => participations(m.id, 'meeting', r, await relationshipsOf(ctx.loaders, m.id, 'IN', r))));
    return lists.flat();
  }

  @FieldResolver(() => [Organization], { description: 'The bodies that organized it.' })
  organizers(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return related(ctx, m, 'IN', 'ORGANIZED', 'Organization');
  }

  @FieldResolver(() => [Document], { description: 'The documents it cited.' })
  cites(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return related(ctx, m, 'OUT', 'CITES', 'Document');
  }

  @FieldResolver(() => [Citation], { description: 'The documents it cited, each with the sentences that say so.' })
  async citations(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<CitationSource[]> {
    return citations(m.id, 'meeting', await relationshipsOf(ctx.loaders, m.id, 'OUT', 'CITES'));
  }

  @FieldResolver(() => [Evidence], { description: 'The sentences that report the meeting, one per article, oldest report first.' })
  evidence(@Root() m: EntitySource, @Ctx() ctx: ApiContext): Promise<GraphRelationship[]> {
    return relationshipsOf(ctx.loaders, m.id, 'IN', 'REPORTS');
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that report it, newest first.' })
  reportedBy(@Root() m: EntitySource, @Ctx() ctx: ApiContext, @Args() page: PageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, m, 'IN', 'REPORTS', 'Article', { by: 'DATE', prop: 'publishedAt' }, page, info);
  }
}
