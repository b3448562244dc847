// A citation resolves its meeting and document through the request's loaders, so a list of
// them costs one store call per level.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import { type ConnectionSource, NestedPageArgs } from '../pagination';
import type { EntitySource } from '../entities';
import type { CitationSource } from '../relations';
import { Citation } from '../types/Citation';
import { Document } from '../types/Document';
import { Meeting } from '../types/Meeting';
import { EvidenceConnection } from '../types/connections';
import { byId, EVIDENCE_FIELD, evidencePage } from './common';

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

  @FieldResolver(() => EvidenceConnection, EVIDENCE_FIELD)
  evidence(@Root() c: CitationSource, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): ConnectionSource<GraphRelationship> {
    return evidencePage(c.rels, page, info);
  }
}
