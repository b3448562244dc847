// Articles: the text and what was extracted from it (everything it mentions, by type).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { fold } from '../../domain/text';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import type { ListOrder } from '../listOrder';
import { pageOfList } from '../listPage';
import { type ConnectionSource, NestedPageArgs, PageArgs, storePage, toConnection } from '../pagination';
import { Article } from '../types/Article';
import { ArticleConnection, DocumentConnection, MeetingConnection, NodeConnection, OrganizationConnection, PersonConnection, PositionConnection } from '../types/connections';
import { NodeType } from '../types/enums';
import { ArticleFilter } from '../types/filters';
import { checkDate, checkSearch } from '../validate';
import { byId, related, relatedPage } from './common';

/** An article's mentions: by type, then by folded name (the stores' name order), then by id. */
const BY_TYPE_THEN_NAME: ListOrder<EntitySource> = { keyOf: (n) => ({ sort: `${n.label}\u0001${fold(n.name)}`, id: n.id }), ordering: 'NAME_ASC' };

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by id; null when there is none.' })
  article(@Ctx() ctx: ApiContext, @Arg('id', () => ID, { description: 'The article id.' }) id: string): Promise<EntitySource | null> {
    return byId(ctx, id, 'Article');
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first.' })
  async articles(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Which articles.' }) filter?: ArticleFilter | null,
  ): Promise<ConnectionSource> {
    const f = { search: checkSearch(filter?.search, 'filter.search'), from: checkDate(filter?.from, 'filter.from'), to: checkDate(filter?.to, 'filter.to') };
    return toConnection(await ctx.store.listNodes('Article', f, storePage(page, info)), info);
  }

  @FieldResolver(() => MeetingConnection, { description: 'The meetings it reports, newest first (undated last).' })
  reports(@Root() a: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, a, 'OUT', 'REPORTS', 'Meeting', { by: 'DATE', prop: 'date' }, page, info);
  }

  @FieldResolver(() => NodeConnection, { description: 'Everything extracted from it, by type then name.' })
  async mentions(
    @Root() a: EntitySource,
    @Ctx() ctx: ApiContext,
    @Args() page: NestedPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only these types.' }) types?: NodeType[] | null,
  ): Promise<ConnectionSource> {
    const wanted = types?.length ? new Set<string>(types) : null;
    // one article's mentions: as many as its text names, read whole and paged here
    const all = await related(ctx, a, 'OUT', 'MENTIONS');
    return pageOfList(all.filter((n) => !wanted || wanted.has(n.label)), BY_TYPE_THEN_NAME, page, info);
  }

  @FieldResolver(() => PersonConnection, { description: 'The people extracted from it, by name.' })
  people(@Root() a: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, a, 'OUT', 'MENTIONS', 'Person', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The bodies extracted from it, by name.' })
  organizations(@Root() a: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, a, 'OUT', 'MENTIONS', 'Organization', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => PositionConnection, { description: 'The offices extracted from it, by name.' })
  positions(@Root() a: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, a, 'OUT', 'MENTIONS', 'Position', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => MeetingConnection, { description: 'The meetings extracted from it, newest first (undated last).' })
  meetings(@Root() a: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, a, 'OUT', 'MENTIONS', 'Meeting', { by: 'DATE', prop: 'date' }, page, info);
  }

  @FieldResolver(() => DocumentConnection, { description: 'The documents extracted from it, by name.' })
  documents(@Root() a: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, a, 'OUT', 'MENTIONS', 'Document', { by: 'NAME' }, page, info);
  }
}
