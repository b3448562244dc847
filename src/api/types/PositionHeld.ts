import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'A person holding an office, as reported: the first and last dates the news reported it, and every sentence that says so. The news reports offices, not terms: the dates bound what was reported, not the term itself.',
})
export class PositionHeld {
  // person, position, organization and evidence are resolved by PositionHeldResolver.

  @Field(() => String, { nullable: true, description: 'ISO date of the earliest report (null when no report is dated).' })
  firstReported!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of the latest report.' })
  lastReported!: string | null;
}
