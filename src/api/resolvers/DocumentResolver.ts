// Documents: the journalists' look-up by code, with the issuer and every citation (the
// meeting, the article, the quoted sentence).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { nameKey } from '../../domain/text';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import { toEntity, type EntitySource } from '../entities';
import { badInput } from '../errors';
import { loadAll, relationshipsOf } from '../loaders';
import { type ConnectionSource, NestedPageArgs, PageArgs, storePage, toConnection } from '../pagination';
import type { CitationSource } from '../relations';
import { ArticleConnection, CitationConnection, DocumentConnection, EvidenceConnection, MeetingConnection } from '../types/connections';
import { Document } from '../types/Document';
import { DocumentFilter } from '../types/filters';
import { Organization } from '../types/Organization';
import { checkSearch } from '../validate';
import { byId, citationPage, evidencePage, relatedOne, relatedPage } from './common';

/** How many documents one code may name (one per province at most: 63): `documentsByCode` is capped, not paged. */
const MAX_SAME_CODE = 100;

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, {
    nullable: true,
    description:
      'A document by id or by code (`100-KH/TU`; case, spaces and diacritics ignored). A provincial code may name documents of several provinces: this returns the most cited (see `documentsByCode` for all). Null when there is none.',
  })
  async document(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID, { nullable: true, description: 'The document id.' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'The document code.' }) code?: string | null,
  ): Promise<EntitySource | null> {
    if (!id === !code) throw badInput('document takes exactly one of id and code', id ? 'code' : 'id');
    if (id) return byId(ctx, id, 'Document');
    return (await this.documentsByCode(ctx, code!))[0] ?? null;
  }

  @Query(() => [Document], { description: 'Every document with this code (one per issuing province), most cited first.' })
  async documentsByCode(@Ctx() ctx: ApiContext, @Arg('code', () => String, { description: 'The document code (`100-KH/TU`).' }) code: string): Promise<EntitySource[]> {
    const key = nameKey(checkSearch(code, 'code') ?? '');
    if (!key) throw badInput('code must not be empty', 'code');
    const page = await ctx.store.listNodes('Document', { search: code }, { first: MAX_SAME_CODE });
    const docs = page.items.map((i) => i.node).filter((n) => typeof n.props.code === 'string' && nameKey(n.props.code) === key);
    const degrees = await loadAll(ctx.loaders.degrees, docs.map((d) => d.id));
    const cited = (i: number) => degrees[i].CITES?.in ?? 0;
    return docs
      .map((d, i) => ({ d, n: cited(i) }))
      .sort((a, b) => b.n - a.n || a.d.id.localeCompare(b.d.id))
      .map(({ d }) => toEntity(d));
  }

  @Query(() => DocumentConnection, { description: 'Documents, by name, filtered by kind, issuer and words of the code or title.' })
  async documents(
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, { nullable: true, description: 'Which documents.' }) filter?: DocumentFilter | null,
  ): Promise<ConnectionSource> {
    return toConnection(await ctx.store.listNodes('Document', { ...filter, search: checkSearch(filter?.search, 'filter.search') }, storePage(page, info)), info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body that issued it, when the text says.' })
  issuer(@Root() d: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return relatedOne(ctx, d, 'OUT', 'ISSUED_BY', 'Organization');
  }

  @FieldResolver(() => CitationConnection, {
    description: 'Every meeting that cited it, most recently reported first, each with the articles and sentences that report the citation.',
  })
  citations(@Root() d: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<CitationSource>> {
    return citationPage(ctx, d.id, 'document', page, info);
  }

  @FieldResolver(() => MeetingConnection, { description: 'The meetings that cited it, newest first (undated last).' })
  citedBy(@Root() d: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, d, 'IN', 'CITES', 'Meeting', { by: 'DATE', prop: 'date' }, page, info);
  }

  @FieldResolver(() => EvidenceConnection, { description: 'The sentences that name the document, one per article, oldest report first.' })
  async evidence(@Root() d: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<GraphRelationship>> {
    return evidencePage(await relationshipsOf(ctx.loaders, d.id, 'IN', 'MENTIONS'), page, info);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that name it, newest first.' })
  mentionedIn(@Root() d: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, d, 'IN', 'MENTIONS', 'Article', { by: 'DATE', prop: 'publishedAt' }, page, info);
  }
}
