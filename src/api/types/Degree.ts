import { Field, Int, ObjectType } from 'type-graphql';
import { RelationshipType } from './enums';

@ObjectType({ description: "How many relationships of one type a node has: check before expanding a node, so a front end can warn about one with thousands of neighbours." })
export class Degree {
  @Field(() => RelationshipType, { description: 'The relationship type.' })
  type!: RelationshipType;

  @Field(() => Int, { name: 'in', description: 'Relationships of this type pointing at the node.' })
  incoming!: number;

  @Field(() => Int, { name: 'out', description: 'Relationships of this type leaving the node.' })
  outgoing!: number;

  @Field(() => Int, { description: 'in + out.' })
  total!: number;
}
