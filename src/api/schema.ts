// Builds the executable schema from the type-graphql classes. `schema.graphql` at the
// top level is this schema printed; a test fails when the committed file is stale.
import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { StatsResolver } from './resolvers/StatsResolver';

let built: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process (type-graphql's metadata is global). */
export function buildPolgraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [StatsResolver],
    validate: false,
  });
  return built;
}

/** The SDL as committed in schema.graphql: sorted, so diffs show real changes only. */
export async function printPolgraphSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildPolgraphSchema())) + '\n';
}
