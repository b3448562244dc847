// The Apollo Server instance: schema, limits, error formatting.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { ApiContext } from './context';
import { makeFormatError } from './errors';
import { MAX_QUERY_TOKENS } from './caps';
import { DEFAULT_LIMITS, limitsPlugin, type Limits } from './limits';
import { noStorePlugin } from './noStore';

export function createApolloServer(schema: GraphQLSchema, config: Config, logger: Logger, limits: Limits = DEFAULT_LIMITS): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    introspection: config.introspection,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    includeStacktraceInErrorResponses: config.development,
    formatError: makeFormatError(config.development, logger),
    plugins: [
      // Apollo's landing pages load from a CDN and stay blank offline.
      ApolloServerPluginLandingPageDisabled(),
      // Installed by default, the cache-control plugin wraps every field's resolver with a
      // hook (a cache policy object and an LRU look-up per field resolved) to arrive, for
      // a schema without cache hints, at `no-store` every time: noStorePlugin says that
      // at no cost per field. Inline tracing only ever runs in a federated subgraph.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      noStorePlugin(),
      limitsPlugin(limits),
    ],
  });
}
