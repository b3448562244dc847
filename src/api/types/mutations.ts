import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EntitySource } from '../entities';
import { Article } from './Article';
import { MAX_ARTICLE_BYTES } from '../caps';


@InputType({ description: 'An article to ingest. The metadata given here overrides what the extractor reads from the text.' })
export class IngestArticleInput {
  @Field(() => String, { description: `The article text (at most ${MAX_ARTICLE_BYTES} bytes of UTF-8 and 1,000,000 characters), optionally opening with a \`---\` front-matter block.` })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where it was published (an http or https URL).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The site it came from (`kontumtv.vn`).' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (or date-time) of publication.' })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'The province it reports on (`Kon Tum`); must be a Vietnamese province or centrally-run city.' })
  province?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What ingesting an article did.' })
export class IngestResult {
  @Field(() => Article, { description: 'The article as stored: ask its `people`, `meetings`, `documents`, … for what was extracted.' })
  article!: EntitySource;

  @Field(() => Boolean, { description: 'False when the same text was already stored (ingesting is idempotent).' })
  created!: boolean;

  @Field(() => Int, { description: 'Nodes written (the article included).' })
  nodes!: number;

  @Field(() => Int, { description: 'Relationships written.' })
  relationships!: number;

  @Field(() => [String], { description: 'What was odd about the input (empty after cleaning, binary, …).' })
  warnings!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What deleting an article did.' })
export class DeleteResult {
  @Field(() => ID, { description: 'The deleted article id.' })
  id!: string;

  @Field(() => Boolean, { description: 'Always true: an unknown id is a NOT_FOUND error.' })
  deleted!: boolean;
}
