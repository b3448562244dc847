// `cache-control: no-store` on every GraphQL response, as Apollo's cache-control plugin
// set it (the schema has no cache hints, so that plugin never said anything else). That
// plugin is disabled (apollo.ts): it hooks every field resolved to compute a policy
// that here is always "uncacheable".
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

const listener: GraphQLRequestListener<BaseContext> = {
  async willSendResponse({ response }) {
    if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
  },
};

export function noStorePlugin(): ApolloServerPlugin {
  return { requestDidStart: async () => listener };
}
