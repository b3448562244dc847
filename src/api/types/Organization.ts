import { Field, ObjectType } from 'type-graphql';
import { OrgKind, OrgLevel } from './enums';
import { Node } from './Node';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A body: a party committee, a council, a department, a delegation. Provincial bodies are scoped by province (`Tỉnh ủy Kon Tum`).' })
export class Organization extends Node {
  @Field(() => [String], { description: 'Other names seen in the text (`HĐND tỉnh`, `Tỉnh ủy`).' })
  aliases!: string[];

  @Field(() => OrgKind, { description: 'What kind of body it is.' })
  kind!: OrgKind;

  @Field(() => OrgLevel, { nullable: true, description: 'The administrative level it works at.' })
  level!: OrgLevel | null;

  @Field(() => String, { nullable: true, description: 'Its province; null for national bodies and where none is known.' })
  province!: string | null;
}
