// Tracing a document down the hierarchy: the documents carrying it out (IMPLEMENTS), how far
// that reaches, and when and where meetings cite it.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TimelinePeriod {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(TimelinePeriod, {
  name: 'TimelinePeriod',
  description: 'The period a citation timeline counts by.',
  valuesConfig: { MONTH: { description: 'Calendar months (`2020-06`).' }, YEAR: { description: 'Calendar years (`2020`).' } },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'A document carrying out another (`IMPLEMENTS`), as the news says it ("Kế hoạch số 100-KH/TU … thực hiện Chỉ thị số 35-CT/TW"), with every sentence that says so.',
})
export class DocumentLink {
  // document and evidence are resolved by DocumentLinkResolver.

  @Field(() => String, { nullable: true, description: 'ISO date of the earliest report (null when no report is dated).' })
  firstReported!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date of the latest report.' })
  lastReported!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A document reached down the hierarchy from another: it carries out `carriesOut`, which carries out … the document asked about.' })
export class ReachedDocument {
  // document, carriesOut, evidence and citedBy are resolved by ReachedDocumentResolver.

  @Field(() => Int, { description: 'Steps from the document asked about: 1 for a document that carries it out directly.' })
  depth!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The documents that carry a document out, transitively, nearest first.' })
export class DocumentReach {
  @Field(() => [ReachedDocument], { description: 'By depth, then by name; each document once, at its smallest depth.' })
  documents!: unknown[];

  @Field(() => Boolean, { description: 'True when `limit` cut the list short.' })
  truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'How many meetings cited the documents in one period and one province.' })
export class TimelineBucket {
  @Field(() => String, { nullable: true, description: '`2020` or `2020-06`; null for meetings whose day the news does not give.' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: "The meetings' province (null when the article's province is unknown)." })
  province!: string | null;

  @Field(() => Int, { description: 'Distinct meetings.' })
  meetings!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Meetings citing a document (and, with `depth`, the documents that carry it out), counted per period and province.' })
export class CitationTimeline {
  @Field(() => [TimelineBucket], { description: 'Oldest period first (undated last), then by province.' })
  buckets!: TimelineBucket[];

  @Field(() => Int, { description: 'Distinct meetings counted, all buckets together.' })
  meetings!: number;

  @Field(() => Int, { description: 'How many documents were counted: the document, and those that carry it out within `depth`.' })
  documents!: number;

  @Field(() => Boolean, { description: 'True when the documents carrying it out were more than the walk takes (REACH_LIMIT_MAX), so some were not counted.' })
  truncated!: boolean;
}
