// The Apollo Server instance: schema, plugins, error formatting.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { ApiContext } from './context';

export function createApolloServer(schema: GraphQLSchema, config: Config): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: config.development,
    // Apollo's landing pages load from a CDN and stay blank offline.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
