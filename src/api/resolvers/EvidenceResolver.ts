// An evidence sentence resolves its article through the request's loaders.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphRelationship } from '../../domain/model';
import type { ApiContext } from '../context';
import type { EntitySource } from '../entities';
import { Article } from '../types/Article';
import { Evidence } from '../types/Evidence';
import { byId } from './common';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article the sentence is from.' })
  article(@Root() rel: GraphRelationship, @Ctx() ctx: ApiContext): Promise<EntitySource | null> {
    return byId(ctx, rel.article, 'Article');
  }
}
