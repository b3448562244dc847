// Builds the executable schema from the type-graphql classes. `schema.graphql` at the
// top level is this schema printed; a test fails when the committed file is stale.
import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArticleResolver } from './resolvers/ArticleResolver';
import { DocumentResolver } from './resolvers/DocumentResolver';
import { CitationResolver } from './resolvers/CitationResolver';
import { EvidenceResolver } from './resolvers/EvidenceResolver';
import { GraphResolver } from './resolvers/GraphResolver';
import { GraphViewEdgeResolver } from './resolvers/GraphViewEdgeResolver';
import { GraphViewNodeResolver } from './resolvers/GraphViewNodeResolver';
import { DocumentLinkResolver } from './resolvers/DocumentLinkResolver';
import { DocumentTracingResolver } from './resolvers/DocumentTracingResolver';
import { ReachedDocumentResolver } from './resolvers/ReachedDocumentResolver';
import { MeetingResolver } from './resolvers/MeetingResolver';
import { MutationResolver } from './resolvers/MutationResolver';
import { NodeResolver } from './resolvers/NodeResolver';
import { OrganizationResolver } from './resolvers/OrganizationResolver';
import { PersonResolver } from './resolvers/PersonResolver';
import { PlaceResolver } from './resolvers/PlaceResolver';
import { ParticipationResolver } from './resolvers/ParticipationResolver';
import { PositionHeldResolver } from './resolvers/PositionHeldResolver';
import { PositionResolver } from './resolvers/PositionResolver';
import { SearchHitResolver } from './resolvers/SearchHitResolver';
import { StatsResolver } from './resolvers/StatsResolver';

export const RESOLVERS = [
  NodeResolver,
  PersonResolver,
  OrganizationResolver,
  PositionResolver,
  MeetingResolver,
  DocumentResolver,
  DocumentTracingResolver,
  DocumentLinkResolver,
  ReachedDocumentResolver,
  ArticleResolver,
  PlaceResolver,
  EvidenceResolver,
  PositionHeldResolver,
  ParticipationResolver,
  CitationResolver,
  GraphResolver,
  SearchHitResolver,
  GraphViewNodeResolver,
  GraphViewEdgeResolver,
  MutationResolver,
  StatsResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process (type-graphql's metadata is global). */
export function buildPolgraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    // arguments are checked by hand (validate.ts) with messages that name them
    validate: false,
    // Object types are declared with `simpleResolvers: true`: a plain field is then read by
    // graphql-js's default resolver rather than through type-graphql's wrapper (a
    // middleware dispatch per field resolved). Degree is the exception: its `in` and
    // `out` are the properties `incoming` and `outgoing`, which only the wrapper maps.
  });
  return built;
}

/** The SDL as committed in schema.graphql: sorted, so diffs show real changes only. */
export async function printPolgraphSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildPolgraphSchema())) + '\n';
}
