// Articles: the text and what was extracted from it (everything it mentions, by type).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { NodeLabel } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { type ConnectionSource, PageArgs, storePage, toConnection } from '../pagination';
import { Article } from '../types/Article';
import { ArticleConnection } from '../types/connections';
import { Document } from '../types/Document';
import { NodeType } from '../types/enums';
import { ArticleFilter } from '../types/filters';
import { Meeting } from '../types/Meeting';
import { Node } from '../types/Node';
import { Organization } from '../types/Organization';
import { Person } from '../types/Person';
import { Position } from '../types/Position';
import { checkDate, checkSearch } from '../validate';
import { byId, related } from './common';

const byName = (a: EntitySource, b: EntitySource) => a.name.localeCompare(b.name);

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

  @FieldResolver(() => [Meeting], { description: 'The meetings it reports.' })
  reports(@Root() a: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return related(ctx, a, 'OUT', 'REPORTS', 'Meeting');
  }

  @FieldResolver(() => [Node], { description: 'Everything extracted from it, by type then name.' })
  async mentions(
    @Root() a: EntitySource,
    @Ctx() ctx: ApiContext,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only these types.' }) types?: NodeType[] | null,
  ): Promise<EntitySource[]> {
    const wanted = types?.length ? new Set<string>(types) : null;
    const all = await related(ctx, a, 'OUT', 'MENTIONS');
    return all.filter((n) => !wanted || wanted.has(n.label)).sort((x, y) => x.label.localeCompare(y.label) || byName(x, y));
  }

  @FieldResolver(() => [Person], { description: 'The people extracted from it.' })
  people(@Root() a: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return mentioned(ctx, a, 'Person');
  }

  @FieldResolver(() => [Organization], { description: 'The bodies extracted from it.' })
  organizations(@Root() a: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return mentioned(ctx, a, 'Organization');
  }

  @FieldResolver(() => [Position], { description: 'The offices extracted from it.' })
  positions(@Root() a: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return mentioned(ctx, a, 'Position');
  }

  @FieldResolver(() => [Meeting], { description: 'The meetings extracted from it.' })
  meetings(@Root() a: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return mentioned(ctx, a, 'Meeting');
  }

  @FieldResolver(() => [Document], { description: 'The documents extracted from it.' })
  documents(@Root() a: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource[]> {
    return mentioned(ctx, a, 'Document');
  }
}

async function mentioned(ctx: ApiContext, a: EntitySource, label: NodeLabel): Promise<EntitySource[]> {
  return (await related(ctx, a, 'OUT', 'MENTIONS', label)).sort(byName);
}
