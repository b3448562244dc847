// What every resolver receives: the store (guarded by a timeout), the request's identity
// and its own DataLoaders (created per request: a cache must not outlive a request, or a
// client would see another request's stale nodes after a mutation).
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { WorkBudget } from '../store/budget';
import type { GraphStore } from '../store/GraphStore';
import { DEFAULT_QUERY_TIMEOUT_MS, requestBudget, WORK_PER_COST, type ExecutionLimits } from './budget';
import { MAX_QUERY_COST } from './caps';
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
  /** what the request's graph walks may still spend (api/budget.ts) */
  budget: WorkBudget;
  /** the client's address, for throttling failed authentications */
  clientAddress: string;
  /** records failed authentications per address (http/authThrottle.ts); none in direct calls */
  authFailures?: AuthFailures;
}

/** The part of the throttle a resolver needs: say that an address sent a wrong key, and whether it is held off. */
export interface AuthFailures {
  /** seconds until the address may try again, 0 when it may now */
  retryAfter(address: string): number;
  failed(address: string): void;
}

export const DEFAULT_EXECUTION: ExecutionLimits = { units: MAX_QUERY_COST * WORK_PER_COST, timeoutMs: DEFAULT_QUERY_TIMEOUT_MS };

export interface ContextInput {
  store: GraphStore;
  config: Config;
  logger: Logger;
  requestId: string;
  authorization: string | undefined;
  guard?: Partial<GuardOptions>;
  execution?: ExecutionLimits;
  /** aborted when the client goes away */
  signal?: AbortSignal;
  clientAddress?: string;
  authFailures?: AuthFailures;
}

export function createContext({ store, config, logger, requestId, authorization, guard, execution, signal, clientAddress, authFailures }: ContextInput): ApiContext {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  const child = logger.child({ requestId });
  const budget = requestBudget(execution ?? DEFAULT_EXECUTION, signal);
  const guarded = guardStore(store, { ...DEFAULT_GUARD, ...guard, logger: child, budget });
  return { store: guarded, loaders: createLoaders(guarded), config, logger: child, requestId, token: m ? m[1] : null, budget, clientAddress: clientAddress ?? 'local', authFailures };
}
