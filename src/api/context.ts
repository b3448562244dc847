// What every resolver receives: the store, the request's identity and (per request) loaders.
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/GraphStore';

export interface ApiContext {
  store: GraphStore;
  config: Config;
  logger: Logger;
  requestId: string;
  /** the bearer token of the request, or null */
  token: string | null;
}

export interface ContextInput {
  store: GraphStore;
  config: Config;
  logger: Logger;
  requestId: string;
  authorization: string | undefined;
}

export function createContext({ store, config, logger, requestId, authorization }: ContextInput): ApiContext {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return { store, config, logger: logger.child({ requestId }), requestId, token: m ? m[1] : null };
}
