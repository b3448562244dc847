// Filters of the top-level lists. Node filters take ids (find them with `search`);
// dates are ISO (YYYY-MM-DD) and inclusive.
import { Field, ID, InputType } from 'type-graphql';
import { DocumentKind, OrgKind } from './enums';

@InputType({ description: 'Which meetings to list; every field given must hold.' })
export class MeetingFilter {
  @Field(() => ID, { nullable: true, description: 'Id of a person who chaired the meeting.' })
  chairedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of a person who spoke at the meeting.' })
  spokeBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of a person who attended the meeting.' })
  attendedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of a body that organized the meeting.' })
  organizer?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of a document the meeting cited.' })
  cites?: string | null;

  @Field(() => String, { nullable: true, description: 'Held on or after this ISO date.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Held on or before this ISO date.' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the title (case and diacritics ignored; the last word may be a prefix).' })
  search?: string | null;
}

@InputType({ description: 'Which people to list.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name or an alias (case and diacritics ignored).' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Province (`Kon Tum`).' })
  province?: string | null;
}

@InputType({ description: 'Which bodies to list.' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name or an alias (case and diacritics ignored).' })
  search?: string | null;

  @Field(() => OrgKind, { nullable: true, description: 'Kind of body.' })
  kind?: OrgKind | null;

  @Field(() => String, { nullable: true, description: 'Province (`Kon Tum`).' })
  province?: string | null;
}

@InputType({ description: 'Which offices to list.' })
export class PositionFilter {
  @Field(() => String, { nullable: true, description: 'Words of the title (`bi thu tinh uy kon tum`).' })
  search?: string | null;
}

@InputType({ description: 'Which documents to list.' })
export class DocumentFilter {
  @Field(() => DocumentKind, { nullable: true, description: 'Kind of document.' })
  kind?: DocumentKind | null;

  @Field(() => ID, { nullable: true, description: 'Id of the issuing body.' })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: 'Words of the code or title (`05-ct`, `dai hoi`).' })
  search?: string | null;
}

@InputType({ description: 'Which articles to list.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Words of the headline.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or after this ISO date.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Published on or before this ISO date.' })
  to?: string | null;
}

@InputType({ description: 'Which places to list.' })
export class PlaceFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name.' })
  search?: string | null;
}
