// A document link (IMPLEMENTS, one pair of documents): the document at the other end and the sentences.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import { type ConnectionSource, NestedPageArgs } from '../pagination';
import type { EntitySource } from '../entities';
import type { DocumentLinkSource } from '../relations';
import { Document } from '../types/Document';
import { DocumentLink } from '../types/Tracing';
import { EvidenceConnection } from '../types/connections';
import { byId, evidencePage } from './common';

@Resolver(() => DocumentLink)
export class DocumentLinkResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document at the other end.' })
  document(@Root() l: DocumentLinkSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, l.documentId, 'Document');
  }

  @FieldResolver(() => EvidenceConnection, { description: 'Every sentence that says so, oldest report first: the article, the quote and its offsets.' })
  evidence(@Root() l: DocumentLinkSource, @Args() page: NestedPageArgs, @Info() info: GraphQLResolveInfo): ConnectionSource<GraphRelationship> {
    return evidencePage(l.rels, page, info);
  }
}
