// People: look-up, listing, their offices as a timeline and the meetings they took part in.
import type { GraphQLResolveInfo } from 'graphql';
import { PARTICIPATION_TYPES, type RelType } from '../../domain/model';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { pageOfList } from '../listPage';
import { relationshipsOf } from '../loaders';
import { type ConnectionSource, NestedPageArgs, PageArgs, pageOfRelation, storePage, toConnection } from '../pagination';
import { officesOf, participations, roleOf, TIMELINE, type ParticipationSource, type PositionHeldSource } from '../relations';
import { ArticleConnection, ParticipationConnection, PersonConnection, PositionHeldConnection } from '../types/connections';
import { ParticipationRole } from '../types/enums';
import { PersonFilter } from '../types/filters';
import { Person } from '../types/Person';
import { checkProvince, checkSearch } from '../validate';
import { ALIASES_FIRST, aliasesOf, byId, relatedPage } from './common';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [String], { description: 'Other spellings seen in the text (`APớt` for `A Pớt`).' })
  aliases(@Root() root: EntitySource, @Arg('first', () => Int, ALIASES_FIRST) first: number): string[] {
    return aliasesOf(root, first);
  }

  @Query(() => Person, { nullable: true, description: 'A person by id; null when there is none.' })
  person(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The person id.' }) id: string): Promise<EntitySource | null> {
    return byId(ctx, id, 'Person');
  }

  @Query(() => PersonConnection, { description: 'People, by name.' })
  async people(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which people.' }) filter?: PersonFilter | null,
  ): Promise<ConnectionSource> {
    const f = { search: checkSearch(filter?.search, 'filter.search'), province: checkProvince(filter?.province, 'filter.province') };
    return toConnection(await ctx.store.listNodes('Person', f, storePage(page, info)), info);
  }

  @FieldResolver(() => PositionHeldConnection, {
    description: 'The offices the person was reported holding, as a timeline: oldest first report first (undated last), each with its first and last reported dates and evidence.',
  })
  async offices(@Root() root: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<PositionHeldSource>> {
    return pageOfList(officesOf(root.id, await relationshipsOf(ctx.loaders, root.id, 'OUT', 'HOLDS')), TIMELINE, page, info);
  }

  @FieldResolver(() => ParticipationConnection, { description: 'The meetings the person took part in, in each role, most recently reported first.' })
  async participations(
    @Root() root: EntitySource,
    @Ctx() ctx: ApiContext,
    @Args() page: NestedPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('role', () => ParticipationRole, { nullable: true, description: 'Only this role.' }) role?: ParticipationRole | null,
  ): Promise<ConnectionSource<ParticipationSource>> {
    const roles: readonly RelType[] = role ? [role] : PARTICIPATION_TYPES;
    // one item per meeting and role, keyed `meeting|role`
    const query = { nodeId: root.id, direction: 'OUT', types: roles, order: { by: 'REPORTED' }, perType: true } as const;
    return pageOfRelation(ctx.loaders, query, page, info, (g) => participations(root.id, 'person', roleOf(g.relationships[0]), g.relationships)[0]);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that name the person, newest first.' })
  mentionedIn(@Root() root: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, root, 'IN', 'MENTIONS', 'Article', { by: 'DATE', prop: 'publishedAt' }, page, info);
  }
}
