// Tracing a document down the hierarchy (issue 21): the documents that carry it out and
// those it carries out (IMPLEMENTS, with the sentences that say so), how far that reaches
// (`reach`), and when and where meetings cite it (`citationTimeline`, counted by the store
// only when asked).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { badInput } from '../errors';
import { type ConnectionSource, NestedPageArgs, pageOfRelation } from '../pagination';
import { documentLink, type DocumentLinkSource } from '../relations';
import { DEFAULT_REACH_DOCUMENTS, MAX_REACH_DEPTH, MAX_REACH_DOCUMENTS } from '../caps';
import { reachOf, type ReachItem } from '../reach';
import { DocumentLinkConnection } from '../types/connections';
import { Document } from '../types/Document';
import { CitationTimeline, DocumentReach, TimelinePeriod } from '../types/Tracing';
import { checkProvince } from '../validate';

function checkInt(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${argument} must be an integer from ${min} to ${max}, got ${value}`, argument);
  return value;
}

/** Distinct meetings a timeline counted. */
const total = (buckets: readonly { meetings: number }[]) => buckets.reduce((s, b) => s + b.meetings, 0);

@Resolver(() => Document)
export class DocumentTracingResolver {
  @FieldResolver(() => DocumentLinkConnection, {
    description: 'The documents it carries out ("… thực hiện Chỉ thị số 35-CT/TW"), most recently reported first, each with the sentences that say so.',
  })
  implements(@Root() d: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<DocumentLinkSource>> {
    return pageOfRelation(ctx.loaders, { nodeId: d.id, direction: 'OUT', types: ['IMPLEMENTS'], label: 'Document', order: { by: 'REPORTED' } }, page, info, (g) => documentLink(g.neighbour, g.relationships));
  }

  @FieldResolver(() => DocumentLinkConnection, {
    description: 'The documents that carry it out (provincial plans, programmes …), most recently reported first, each with the sentences that say so.',
  })
  implementedBy(@Root() d: EntitySource, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource<DocumentLinkSource>> {
    return pageOfRelation(ctx.loaders, { nodeId: d.id, direction: 'IN', types: ['IMPLEMENTS'], label: 'Document', order: { by: 'REPORTED' } }, page, info, (g) => documentLink(g.neighbour, g.relationships));
  }

  @FieldResolver(() => DocumentReach, {
    description: `The documents that carry it out, transitively: those that carry it out (depth 1), those that carry those out (depth 2) …, up to \`depth\` (1 to ${MAX_REACH_DEPTH}) steps and \`limit\` (1 to ${MAX_REACH_DOCUMENTS}) documents; \`truncated\` says when the limit cut it.`,
  })
  async reach(
    @Root() d: EntitySource,
    @Ctx() ctx: ApiContext,
    @Arg('depth', () => Int, { defaultValue: 2, description: `Steps down the hierarchy: 1 to ${MAX_REACH_DEPTH}.` }) depth: number,
    @Arg('limit', () => Int, { defaultValue: DEFAULT_REACH_DOCUMENTS, description: `Most documents: 1 to ${MAX_REACH_DOCUMENTS}.` }) limit: number,
  ): Promise<{ documents: ReachItem[]; truncated: boolean }> {
    checkInt(depth, 1, MAX_REACH_DEPTH, 'depth');
    checkInt(limit, 1, MAX_REACH_DOCUMENTS, 'limit');
    const { items, truncated } = await reachOf(ctx.loaders, d.id, depth, limit);
    return { documents: items, truncated };
  }

  @FieldResolver(() => CitationTimeline, {
    description: `How many meetings cited it, per month or year and per province, computed when asked. With \`depth\` (0 to ${MAX_REACH_DEPTH}), the meetings citing the documents that carry it out within that many steps count too (each meeting once): where and when it was cited directly or through the provincial plans.`,
  })
  async citationTimeline(
    @Root() d: EntitySource,
    @Ctx() ctx: ApiContext,
    @Arg('by', () => TimelinePeriod, { defaultValue: TimelinePeriod.MONTH, description: 'Count per month or per year.' }) by: TimelinePeriod,
    @Arg('province', () => String, { nullable: true, description: 'Only meetings of this province (`Kon Tum`, `kon tum`).' }) province?: string | null,
    @Arg('depth', () => Int, { defaultValue: 0, description: `Also count the meetings citing the documents that carry it out, up to this many steps: 0 to ${MAX_REACH_DEPTH}.` }) depth = 0,
  ): Promise<CitationTimeline> {
    checkInt(depth, 0, MAX_REACH_DEPTH, 'depth');
    const prov = checkProvince(province, 'province');
    const reached = depth > 0 ? await reachOf(ctx.loaders, d.id, depth, MAX_REACH_DOCUMENTS) : { items: [], truncated: false };
    const ids = [d.id, ...reached.items.map((i) => i.documentId)];
    const buckets = await ctx.store.citationTimeline(ids, { by, province: prov });
    return { buckets, meetings: total(buckets), documents: ids.length, truncated: reached.truncated };
  }
}
