// A document link (IMPLEMENTS, one pair of documents): the document at the other end and the sentences.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import type { DocumentLinkSource } from '../relations';
import { Document } from '../types/Document';
import { Evidence } from '../types/Evidence';
import { DocumentLink } from '../types/Tracing';
import { byId } from './common';

@Resolver(() => DocumentLink)
export class DocumentLinkResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document at the other end.' })
  document(@Root() l: DocumentLinkSource, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, l.documentId, 'Document');
  }

  @FieldResolver(() => [Evidence], { description: 'Every sentence that says so, oldest report first: the article, the quote and its offsets.' })
  evidence(@Root() l: DocumentLinkSource): GraphRelationship[] {
    return l.rels;
  }
}
