// Whether the server can answer yet. The HTTP port opens first, so that orchestrators and
// users see a live process from the first second; until the store is ready (Neo4j reached
// and its schema applied, or the memory store's corpus loaded), /health answers 503 with
// what it is waiting for and GraphQL requests are refused with STORE_UNAVAILABLE.
export type Phase = 'starting' | 'loading' | 'ready' | 'failed';

export interface Readiness {
  phase: Phase;
  /** what the server is waiting for, or why it failed */
  detail?: string;
  /** articles loaded so far, while loading */
  progress?: { done: number; total: number };
}

export const READY: Readiness = Object.freeze({ phase: 'ready' });

export const isReady = (r: Readiness) => r.phase === 'ready';
