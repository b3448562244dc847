// A participation resolves its person and meeting through the request's loaders, so a list
// of them costs one store call per level.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import type { ParticipationSource } from '../relations';
import { Evidence } from '../types/Evidence';
import { Meeting } from '../types/Meeting';
import { Participation } from '../types/Participation';
import { Person } from '../types/Person';
import { byId, EVIDENCE_FIELD } from './common';

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

  @FieldResolver(() => [Evidence], EVIDENCE_FIELD)
  evidence(@Root() p: ParticipationSource): GraphRelationship[] {
    return p.rels;
  }
}
