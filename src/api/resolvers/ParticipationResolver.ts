// A participation resolves its person and meeting through the request's loaders, so a list
// of them costs one store call per level.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import { type ConnectionSource, NestedPageArgs } from '../pagination';
import type { EntitySource } from '../entities';
import type { ParticipationSource } from '../relations';
import { Meeting } from '../types/Meeting';
import { Participation } from '../types/Participation';
import { Person } from '../types/Person';
import { EvidenceConnection } from '../types/connections';
import { byId, EVIDENCE_FIELD, evidencePage } from './common';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who took part.' })
  person(@Root() p: ParticipationSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, p.personId, 'Person');
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting.' })
  meeting(@Root() p: ParticipationSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, p.meetingId, 'Meeting');
  }

  @FieldResolver(() => EvidenceConnection, EVIDENCE_FIELD)
  evidence(@Root() p: ParticipationSource, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): ConnectionSource<GraphRelationship> {
    return evidencePage(p.rels, page, info);
  }
}
