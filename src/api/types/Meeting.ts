import { Field, ObjectType } from 'type-graphql';
import { Node } from './Node';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A meeting or conference (hội nghị, giao ban, sơ kết, kỳ họp) reported in the news.' })
export class Meeting extends Node {
  @Field(() => String, { nullable: true, description: 'Its title as the article gives it.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) it was held; null when the text does not make the day certain.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'What kind of meeting (`giao ban`, `sơ kết`, `tổng kết`, `kỳ họp`, …).' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'The period it reviews (`6 tháng đầu năm 2021`, `quý II/2020`).' })
  period!: string | null;

  @Field(() => Boolean, { description: 'Whether it was held online (trực tuyến).' })
  online!: boolean;

  @Field(() => String, { nullable: true, description: 'The province it was held in, when known.' })
  province!: string | null;
}
