// A document reached down the hierarchy (Document.reach): itself, the one it carries out, the
// sentences that say so, and the meetings that cite it.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { type ConnectionSource, NestedPageArgs } from '../pagination';
import type { ReachItem } from '../reach';
import { EvidenceConnection, MeetingConnection } from '../types/connections';
import { Document } from '../types/Document';
import { ReachedDocument } from '../types/Tracing';
import { byId, evidencePage, relatedPage } from './common';

@Resolver(() => ReachedDocument)
export class ReachedDocumentResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document that carries it out.' })
  document(@Root() r: ReachItem, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, r.documentId, 'Document');
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document one step nearer the one asked about, which this one carries out.' })
  carriesOut(@Root() r: ReachItem, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, r.carriesOutId, 'Document');
  }

  @FieldResolver(() => EvidenceConnection, { description: 'The sentences that say it carries out `carriesOut`, oldest report first.' })
  evidence(@Root() r: ReachItem, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): ConnectionSource<GraphRelationship> {
    return evidencePage(r.rels, page, info);
  }

  @FieldResolver(() => MeetingConnection, { description: 'The meetings that cite it, newest first (undated last).' })
  citedBy(@Root() r: ReachItem, @Ctx() ctx: ApiContext, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionSource> {
    return relatedPage(ctx, { id: r.documentId, label: 'Document', name: '' }, 'IN', 'CITES', 'Meeting', { by: 'DATE', prop: 'date' }, page, info);
  }
}
