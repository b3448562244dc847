import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'How many nodes of each type and relationships the graph holds.' })
export class Stats {
  @Field(() => Int, { description: 'Articles ingested.' })
  articles!: number;

  @Field(() => Int, { description: 'Distinct people.' })
  people!: number;

  @Field(() => Int, { description: 'Distinct bodies (party committees, councils, departments, …).' })
  organizations!: number;

  @Field(() => Int, { description: 'Distinct offices (a role within a body).' })
  positions!: number;

  @Field(() => Int, { description: 'Distinct meetings.' })
  meetings!: number;

  @Field(() => Int, { description: 'Distinct documents (resolutions, directives, plans, …).' })
  documents!: number;

  @Field(() => Int, { description: 'Distinct places.' })
  places!: number;

  @Field(() => Int, { description: 'Relationships of every type.' })
  relationships!: number;
}
