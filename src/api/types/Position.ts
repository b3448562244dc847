import { Field, ObjectType } from 'type-graphql';
import { Node } from './Node';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An office: a role within a body (`Bí thư Tỉnh ủy Kon Tum`), as in Popolo\'s Post. People hold it over time.' })
export class Position extends Node {
  @Field(() => String, { nullable: true, description: 'The title as first written in the news (`Phó Bí thư Thường trực Tỉnh ủy`).' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'The role within the body (`Phó Bí thư Thường trực`).' })
  role!: string | null;

  @Field(() => [String], { description: 'Every spelling of the title seen.' })
  aliases!: string[];
}
