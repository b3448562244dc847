import { Field, ObjectType } from 'type-graphql';
import { PlaceKind } from './enums';
import { Node } from './Node';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A province or district.' })
export class Place extends Node {
  @Field(() => PlaceKind, { description: 'Province or district.' })
  kind!: PlaceKind;
}
