import { Field, ObjectType } from 'type-graphql';
import { Node } from './Node';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person named in the news: an official, a delegate, a speaker. People merge across articles on their name within a province.' })
export class Person extends Node {
  @Field(() => [String], { description: 'Other spellings seen in the text (`APớt` for `A Pớt`).' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'The province the person was reported in, when known.' })
  province!: string | null;
}
