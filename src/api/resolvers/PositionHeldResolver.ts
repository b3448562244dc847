// An office held resolves its person, office and body through the request's loaders, so a
// list of them costs one store call per level.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import { type ConnectionSource, NestedPageArgs } from '../pagination';
import type { EntitySource } from '../entities';
import type { PositionHeldSource } from '../relations';
import { Organization } from '../types/Organization';
import { Person } from '../types/Person';
import { Position } from '../types/Position';
import { PositionHeld } from '../types/PositionHeld';
import { EvidenceConnection } from '../types/connections';
import { byId, EVIDENCE_FIELD, evidencePage, related } from './common';

@Resolver(() => PositionHeld)
export class PositionHeldResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who held the office.' })
  person(@Root() h: PositionHeldSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, h.personId, 'Person');
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The office.' })
  position(@Root() h: PositionHeldSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, h.positionId, 'Position');
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The body the office belongs to (the office's `organization`), when known." })
  async organization(@Root() h: PositionHeldSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    const orgs = await related(ctx, { id: h.positionId, label: 'Position', name: '' }, 'OUT', 'OF', 'Organization');
    return orgs[0] ?? null;
  }

  @FieldResolver(() => EvidenceConnection, EVIDENCE_FIELD)
  evidence(@Root() h: PositionHeldSource, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): ConnectionSource<GraphRelationship> {
    return evidencePage(h.rels, page, info);
  }
}
