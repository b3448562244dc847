// Small helpers the entity resolvers share.
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphRelationship, NodeLabel, RelType } from '../../domain/model';
import type { Direction, NeighbourOrder } from '../../store/GraphStore';
import type { ApiContext } from '../context';
import { toEntities, toEntity, type EntitySource } from '../entities';
import { EVIDENCE_ORDER } from '../listOrder';
import { pageOfList } from '../listPage';
import { neighboursOf } from '../loaders';
import { citations, type CitationSource } from '../relations';
import { DEFAULT_ALIASES, MAX_ALIASES } from '../caps';
import { checkFirst, type ConnectionSource, type PageArgs, pageOfRelation } from '../pagination';

/** The node with this id if it is of this label, else null. */
export async function byId(ctx: ApiContext, id: string, label: NodeLabel): Promise<EntitySource | null> {
  const node = await ctx.loaders.nodes.load(id);
  return node && node.label === label ? toEntity(node) : null;
}

/** The entities at the other end of `root`'s relationships of one type, of one label. */
export async function related(ctx: ApiContext, root: EntitySource, direction: Direction, type: RelType, label?: NodeLabel): Promise<EntitySource[]> {
  return toEntities(await neighboursOf(ctx.loaders, root.id, direction, type), label);
}

/** A page of the entities of one label at the other end of `root`'s relationships of one type, cut by the store. */
export function relatedPage(
  ctx: ApiContext,
  root: EntitySource,
  direction: 'OUT' | 'IN',
  type: RelType,
  label: NodeLabel,
  order: NeighbourOrder,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionSource> {
  // the neighbours alone: none of their relationships read out (a hub's parallel reports)
  return pageOfRelation(ctx.loaders, { nodeId: root.id, direction, types: [type], label, order, maxRelationships: 0 }, args, info, (g) => byId(ctx, g.neighbour, label));
}

export async function relatedOne(ctx: ApiContext, root: EntitySource, direction: Direction, type: RelType, label?: NodeLabel): Promise<EntitySource | null> {
  return (await related(ctx, root, direction, type, label))[0] ?? null;
}

/** Relationships of every type at a node, both directions. */
export async function totalDegree(ctx: ApiContext, id: string): Promise<number> {
  const d = await ctx.loaders.degrees.load(id);
  return Object.values(d).reduce((sum, v) => sum + (v ? v.in + v.out : 0), 0);
}

/** The description of every relation type's `evidence` field. */
export const EVIDENCE_FIELD = { description: 'Every sentence that reports it, oldest report first: the article, the quote and its offsets.' };

/** A page of a fact's sentences, oldest report first. */
export function evidencePage(rels: readonly GraphRelationship[], args: PageArgs, info: GraphQLResolveInfo): ConnectionSource<GraphRelationship> {
  return pageOfList(rels, EVIDENCE_ORDER, args, info);
}

/** The `aliases` field's argument: a name's spellings are few and sorted, so the list is capped, not paged. */
export const ALIASES_FIRST = { defaultValue: DEFAULT_ALIASES, description: `How many spellings to return: 0 to ${MAX_ALIASES}, default ${DEFAULT_ALIASES} (in sort order).` };

export function aliasesOf(e: EntitySource, first: number): string[] {
  checkFirst(first, MAX_ALIASES);
  return (e.aliases as string[]).slice(0, first);
}

/** A page of the citations at one end (a meeting's documents, a document's meetings), most recently reported first. */
export function citationPage(ctx: ApiContext, id: string, side: 'meeting' | 'document', args: PageArgs, info: GraphQLResolveInfo): Promise<ConnectionSource<CitationSource>> {
  const direction = side === 'meeting' ? 'OUT' : 'IN';
  return pageOfRelation(ctx.loaders, { nodeId: id, direction, types: ['CITES'], order: { by: 'REPORTED' } }, args, info, (g) => citations(id, side, g.relationships)[0]);
}
