// The interface every entity implements (Relay's Node): any node can be fetched by id
// with `node(id)`, and every node can tell its degree before a client expands it.
import { Field, ID, InterfaceType } from 'type-graphql';
import type { EntitySource } from '../entities';

@InterfaceType({
  description: 'Anything in the graph with a stable id: fetch it with `node(id)`.',
  resolveType: (value: EntitySource) => value.label,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id (`person:kon-tum:apot`, `doc:national:35-ct-tw`): the same entity keeps it across ingests.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;
}
