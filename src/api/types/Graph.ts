// The nodes-and-edges shape graph-drawing libraries (Cytoscape, Sigma, vis-network) take.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeType, RelationshipType } from './enums';

@ObjectType({ simpleResolvers: true, description: 'A node as a graph view draws it.' })
export class GraphViewNode {
  @Field(() => ID, { description: 'The node id (fetch it in full with `node(id)`).' })
  id!: string;

  @Field(() => NodeType, { description: 'Its type.' })
  type!: NodeType;

  @Field(() => String, { description: 'Its display name.' })
  label!: string;

  @Field(() => String, { nullable: true, description: "Its date, for filtering a view by time: a meeting's `date`, an article's `publishedAt`, a document's `issuedOn`; null for other types or when unknown." })
  date!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One property of a node, as a details panel lists it.' })
export class GraphViewProperty {
  @Field(() => String, { description: 'Its name (`aliases`, `kind`, `publishedAt`, …).' })
  key!: string;

  @Field(() => String, { description: 'Its value as text; lists joined with "; ".' })
  value!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A directed edge as a graph view draws it.' })
export class GraphViewEdge {
  @Field(() => ID, { description: 'Stable relationship id: one per type, source, target and article.' })
  id!: string;

  @Field(() => RelationshipType, { description: 'Its type.' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the node it leaves.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the node it points at.' })
  target!: string;

  @Field(() => ID, { description: 'Id of the article that reports it.' })
  article!: string;

  @Field(() => String, { nullable: true, description: 'The sentence it was read from.' })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: "ISO date the fact was reported as true (the meeting's or the article's date)." })
  asOf!: string | null;

  /** offsets of the quote, for `evidence` */
  start!: number | null;
  end!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and the edges among them.' })
export class Graph {
  @Field(() => [GraphViewNode], { description: 'The nodes.' })
  nodes!: GraphViewNode[];

  @Field(() => [GraphViewEdge], { description: 'The edges; every source and target is among `nodes`.' })
  edges!: GraphViewEdge[];

  @Field(() => Boolean, { description: 'True when a limit cut the result short: there is more to see.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'Number of nodes (a path of n hops has n + 1).' })
  size!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A typeahead hit.' })
export class SearchHit {
  @Field(() => ID, { description: 'The node id.' })
  id!: string;

  @Field(() => NodeType, { description: 'Its type.' })
  type!: NodeType;

  @Field(() => String, { description: 'Its display name.' })
  label!: string;

  @Field(() => Number, { description: 'Rank: 4 exact name, 3 name prefix, 2 name contains the words, 1 alias or code only.' })
  score!: number;

  @Field(() => String, { description: 'Opaque cursor of this hit: pass it as `after` for the hits that follow it.' })
  cursor!: string;
}
