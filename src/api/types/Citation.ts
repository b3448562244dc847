import { ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A meeting citing a document, with every sentence (and so every article) that reports it.' })
export class Citation {
  // meeting, document and evidence are resolved by CitationResolver.
}
