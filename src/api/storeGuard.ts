// Every store call the API makes goes through this guard: a store that hangs gives the
// client a STORE_UNAVAILABLE error after `timeoutMs` instead of a request that never
// ends, and a store that throws something unexpected (a driver error) is reported the
// same way. The caller's own mistakes (bad cursor, bad argument) pass through unchanged.
import type { Logger } from '../logger';
import { InvalidArgumentError, InvalidBatchError, InvalidCursorError, StoreUnavailableError } from '../store/errors';
import type { GraphStore } from '../store/GraphStore';
import { StoreFailure } from './errors';

export interface GuardOptions {
  /** reads */
  timeoutMs: number;
  /** writeArticle/deleteArticle: an article of 1 MB takes longer than a read */
  writeTimeoutMs: number;
  logger?: Logger;
}

export const DEFAULT_GUARD: GuardOptions = { timeoutMs: 10_000, writeTimeoutMs: 60_000 };

const PASS_THROUGH = [InvalidCursorError, InvalidArgumentError, InvalidBatchError, StoreUnavailableError];

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreFailure(`the graph store did not answer ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A GraphStore whose calls time out and whose unexpected failures become StoreFailure. */
export function guardStore(store: GraphStore, options: GuardOptions = DEFAULT_GUARD): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const name = String(prop);
      const ms = name === 'writeArticle' || name === 'deleteArticle' ? options.writeTimeoutMs : options.timeoutMs;
      return (...args: unknown[]) =>
        withTimeout(Promise.resolve().then(() => value.apply(target, args)), ms, name).catch((err: unknown) => {
          if (PASS_THROUGH.some((c) => err instanceof c) || err instanceof StoreFailure) throw err;
          options.logger?.error({ err, call: name }, 'store call failed');
          throw new StoreFailure(`the graph store failed (${name})`);
        });
    },
  });
}
