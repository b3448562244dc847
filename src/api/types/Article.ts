import { Field, ObjectType } from 'type-graphql';
import { Node } from './Node';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article: the source of every fact in the graph. Its id is derived from its cleaned text, so the same text is the same article.' })
export class Article extends Node {
  @Field(() => String, { nullable: true, description: 'Headline.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'The site it came from (`kontumtv.vn`).' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of publication.' })
  publishedAt!: string | null;

  @Field(() => [String], { description: 'Bylines.' })
  authors!: string[];

  @Field(() => String, { nullable: true, description: 'The province it reports on.' })
  province!: string | null;

  @Field(() => String, { nullable: true, description: 'The corpus file it was read from, if any.' })
  file!: string | null;

  @Field(() => String, { description: 'The cleaned text; every evidence offset (`start`, `end`) refers to it.' })
  text!: string;
}
