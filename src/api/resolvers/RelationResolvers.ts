// The relation types (offices held, participations, citations, evidence) resolve their
// ends through the request's loaders, so a list of them costs one store call per level.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import type { CitationSource, ParticipationSource, PositionHeldSource } from '../relations';
import { Article } from '../types/Article';
import { Citation } from '../types/Citation';
import { Document } from '../types/Document';
import { Evidence } from '../types/Evidence';
import { Meeting } from '../types/Meeting';
import { Organization } from '../types/Organization';
import { Participation } from '../types/Participation';
import { Person } from '../types/Person';
import { Position } from '../types/Position';
import { PositionHeld } from '../types/PositionHeld';
import { byId, related } from './common';

const EVIDENCE = { description: 'Every sentence that reports it, oldest report first: the article, the quote and its offsets.' };

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article the sentence is from.' })
  article(@Root() rel: GraphRelationship, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, rel.article, 'Article');
  }
}

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

  @FieldResolver(() => [Evidence], EVIDENCE)
  evidence(@Root() h: PositionHeldSource): GraphRelationship[] {
    return h.rels;
  }
}

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

  @FieldResolver(() => [Evidence], EVIDENCE)
  evidence(@Root() p: ParticipationSource): GraphRelationship[] {
    return p.rels;
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting that cited the document.' })
  meeting(@Root() c: CitationSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, c.meetingId, 'Meeting');
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document cited.' })
  document(@Root() c: CitationSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, c.documentId, 'Document');
  }

  @FieldResolver(() => [Evidence], EVIDENCE)
  evidence(@Root() c: CitationSource): GraphRelationship[] {
    return c.rels;
  }
}
