// Bodies: their offices, the people holding them, the meetings they organized, the
// documents they issued, and where they sit (part of, located in).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import type { ListOrder } from '../listOrder';
import { pageOfList } from '../listPage';
import { relationshipsOf } from '../loaders';
import { type ConnectionSource, NestedPageArgs, PageArgs, storePage, toConnection } from '../pagination';
import { holdersOf, type PositionHeldSource } from '../relations';
import { decodeCursor, type CursorKey } from '../../store/cursor';
import type { RelationPageRequest } from '../../store/GraphStore';
import { DocumentConnection, MeetingConnection, OrganizationConnection, PositionConnection, PositionHeldConnection } from '../types/connections';
import { OrganizationFilter } from '../types/filters';
import { Organization } from '../types/Organization';
import { Place } from '../types/Place';
import { checkProvince, checkSearch } from '../validate';
import { ALIASES_FIRST, aliasesOf, byId, related, relatedOne, relatedPage } from './common';

/** A page as long as the list: what members reads of offices and holders (neighbours only, paid for by the budget). */
const EVERY = 1_000_000;

/** One of a body's members: a person and an office of the body, keyed by its latest report. */
interface Member {
  personId: string;
  positionId: string;
  key: CursorKey;
}

/** A body's members, newest report first. */
const BY_LATEST_REPORT: ListOrder<Member> = { keyOf: (m) => m.key, ordering: 'DATE_DESC' };

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [String], { description: 'Other names seen in the text (`HĐND tỉnh`, `Tỉnh ủy`).' })
  aliases(@Root() o: EntitySource, @Arg('first', () => Int, ALIASES_FIRST) first: number): string[] {
    return aliasesOf(o, first);
  }

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

  @FieldResolver(() => PositionConnection, { description: 'Its offices (Bí thư, Phó Bí thư, Chủ tịch, …), by name.' })
  offices(@Root() o: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, o, 'IN', 'OF', 'Position', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => PositionHeldConnection, { description: 'Its members: everyone reported holding one of its offices, most recently reported first (one item per person and office).' })
  async members(@Root() o: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<PositionHeldSource>> {
    // every office and every holder of each, as neighbours only (their sort keys: the
    // latest report), none of their relationships read: a body's thousands of parallel
    // reports are read only for the page's members
    const all = (req: Omit<RelationPageRequest, 'first'>) => ctx.loaders.relationPages.load({ ...req, first: EVERY, maxRelationships: 0 });
    const offices = await all({ nodeId: o.id, direction: 'IN', types: ['OF'], label: 'Position', order: { by: 'NAME' } });
    const holders = await Promise.all(offices.items.map((p) => all({ nodeId: p.node.neighbour, direction: 'IN', types: ['HOLDS'], label: 'Person', order: { by: 'REPORTED' } })));
    const members = holders.flatMap((h, k): Member[] => {
      const positionId = offices.items[k].node.neighbour;
      return h.items.map((i) => ({ positionId, personId: i.node.neighbour, key: { sort: decodeCursor(i.cursor).sort, id: `${i.node.neighbour}|${positionId}` } }));
    });
    const { edges, pageInfo, totalCount } = pageOfList(members, BY_LATEST_REPORT, page, info);
    const held = await Promise.all(
      edges.map(async ({ node: m, cursor }) => {
        const rels = (await relationshipsOf(ctx.loaders, m.positionId, 'IN', 'HOLDS')).filter((r) => r.from === m.personId);
        return { node: holdersOf(m.positionId, rels)[0] ?? { personId: m.personId, positionId: m.positionId, rels: [], firstReported: null, lastReported: null }, cursor };
      }),
    );
    return { edges: held, pageInfo, totalCount };
  }

  @FieldResolver(() => MeetingConnection, { description: 'The meetings it organized, newest first (undated last).' })
  meetingsOrganized(@Root() o: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, o, 'OUT', 'ORGANIZED', 'Meeting', { by: 'DATE', prop: 'date' }, page, info);
  }

  @FieldResolver(() => DocumentConnection, { description: 'The documents it issued, newest first (undated last).' })
  documentsIssued(@Root() o: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, o, 'IN', 'ISSUED_BY', 'Document', { by: 'DATE', prop: 'issuedOn' }, page, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The body it is part of (Ban Thường vụ Tỉnh ủy → Tỉnh ủy).' })
  partOf(@Root() o: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return relatedOne(ctx, o, 'OUT', 'PART_OF', 'Organization');
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The bodies that are part of it, by name.' })
  parts(@Root() o: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, o, 'IN', 'PART_OF', 'Organization', { by: 'NAME' }, page, info);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Its province.' })
  place(@Root() o: EntitySource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return relatedOne(ctx, o, 'OUT', 'LOCATED_IN', 'Place');
  }
}
