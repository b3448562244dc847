import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Where a fact was read: the article, the sentence quoted from it and its offsets in the article text.' })
export class Evidence {
  // `article` is resolved by EvidenceResolver from the relationship's article id.

  @Field(() => String, { nullable: true, description: 'The sentence the fact was read from.' })
  quote!: string | null;

  @Field(() => Int, { nullable: true, description: "Offset of the quote's first character in the article's `text`." })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'Offset just past its last character.' })
  end!: number | null;

  @Field(() => String, { nullable: true, description: "ISO date the fact was reported as true (the meeting's or the article's date)." })
  asOf!: string | null;
}
