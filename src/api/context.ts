// What every resolver receives: the store (guarded by a timeout), the request's identity
// and its own DataLoaders (created per request: a cache must not outlive a request, or a
// client would see another request's stale nodes after a mutation).
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/GraphStore';
import { createLoaders, type Loaders } from './loaders';
import { DEFAULT_GUARD, guardStore, type GuardOptions } from './storeGuard';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
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
  guard?: Partial<GuardOptions>;
}

export function createContext({ store, config, logger, requestId, authorization, guard }: ContextInput): ApiContext {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  const child = logger.child({ requestId });
  const guarded = guardStore(store, { ...DEFAULT_GUARD, ...guard, logger: child });
  return { store: guarded, loaders: createLoaders(guarded), config, logger: child, requestId, token: m ? m[1] : null };
}
