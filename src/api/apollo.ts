// The Apollo Server instance: schema, limits, error formatting.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ApiContext } from './context';
import { makeFormatError } from './errors';
import { DEFAULT_LIMITS, limitsPlugin, type Limits } from './limits';

export function createApolloServer(schema: GraphQLSchema, config: Config, logger: Logger, limits: Limits = DEFAULT_LIMITS): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: config.development,
    formatError: makeFormatError(config.development, logger),
    // Apollo's landing pages load from a CDN and stay blank offline.
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin(limits)],
  });
}
