import { Field, ObjectType } from 'type-graphql';
import { DocumentKind } from './enums';
import { Node } from './Node';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A document: a resolution, directive, plan… (`35-CT/TW`, `100-KH/TU`). National documents are one node; a provincial code such as `100-KH/TU` is one node per province.',
})
export class Document extends Node {
  @Field(() => String, { nullable: true, description: 'Its code (`100-KH/TU`), or null for a document named only by title.' })
  code!: string | null;

  @Field(() => DocumentKind, { description: 'What kind of document.' })
  kind!: DocumentKind;

  @Field(() => String, { nullable: true, description: 'Its number (`100`).' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Its title or subject, when the text gives one.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of issue, when the text gives one.' })
  issuedOn!: string | null;
}
