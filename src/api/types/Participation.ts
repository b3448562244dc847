import { Field, ObjectType } from 'type-graphql';
import { ParticipationRole } from './enums';

@ObjectType({ simpleResolvers: true, description: 'A person taking part in a meeting in one role, with the sentences that say so.' })
export class Participation {
  // person, meeting and evidence are resolved by ParticipationResolver.

  @Field(() => ParticipationRole, { description: 'Chaired, spoke at or attended.' })
  role!: ParticipationRole;
}
