// People: look-up, listing, their offices as a timeline and the meetings they took part in.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { relationshipsOf } from '../loaders';
import { type ConnectionSource, PageArgs, storePage, toConnection } from '../pagination';
import { newestFirst, officesOf, participations, type ParticipationSource, type PositionHeldSource } from '../relations';
import { Article } from '../types/Article';
import { PersonConnection } from '../types/connections';
import { ParticipationRole } from '../types/enums';
import { PersonFilter } from '../types/filters';
import { Participation } from '../types/Participation';
import { Person } from '../types/Person';
import { PositionHeld } from '../types/PositionHeld';
import { checkProvince } from '../validate';
import { byId, related } from './common';

const ROLES = [ParticipationRole.CHAIRED, ParticipationRole.SPOKE_AT, ParticipationRole.ATTENDED];

@Resolver(() => Person)
export class PersonResolver {
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
    const f = { search: filter?.search, province: checkProvince(filter?.province, 'filter.province') };
    return toConnection(await ctx.store.listNodes('Person', f, storePage(page, info)));
  }

  @FieldResolver(() => [PositionHeld], {
    description: 'The offices the person was reported holding, as a timeline: oldest first report first, each with its first and last reported dates and evidence.',
  })
  async offices(@Root() root: EntitySource, @Ctx() ctx: ApiContext): Promise<PositionHeldSource[]> {
    return officesOf(root.id, await relationshipsOf(ctx.loaders, root.id, 'OUT', 'HOLDS'));
  }

  @FieldResolver(() => [Participation], { description: 'The meetings the person took part in, in each role, newest first.' })
  async participations(
    @Root() root: EntitySource,
    @Ctx() ctx: ApiContext,
    @Arg('role', () => ParticipationRole, { nullable: true, description: 'Only this role.' }) role?: ParticipationRole | null,
  ): Promise<ParticipationSource[]> {
    const roles = role ? [role] : ROLES;
    const lists = await Promise.all(roles.map(async (r) => participations(root.id, 'person', r, await relationshipsOf(ctx.loaders, root.id, 'OUT', r))));
    return lists.flat().sort(newestFirst);
  }

  @FieldResolver(() => [Article], { description: 'The articles that name the person, newest first.' })
  async mentionedIn(@Root() root: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return sortArticles(await related(ctx, root, 'IN', 'MENTIONS', 'Article'));
  }
}

export function sortArticles(articles: EntitySource[]): EntitySource[] {
  return articles.sort((a, b) => String(b.publishedAt ?? '').localeCompare(String(a.publishedAt ?? '')) || a.id.localeCompare(b.id));
}
