// Every store call the API makes goes through this guard: a store that hangs gives the
// client a STORE_UNAVAILABLE error after `timeoutMs` instead of a request that never
// ends, and a store that throws something unexpected (a driver error) is reported the
// same way. The caller's own mistakes (bad cursor, bad argument) pass through unchanged.
import type { Logger } from '../logger';
import { BudgetExceededError, REL_READ_UNITS, type WorkBudget } from '../store/budget';
import { InvalidArgumentError, InvalidBatchError, InvalidCursorError, StoreUnavailableError } from '../store/errors';
import type { GraphStore } from '../store/GraphStore';
import { StoreFailure } from './errors';

export interface GuardOptions {
  /** reads */
  timeoutMs: number;
  /** writeArticle/deleteArticle: an article of 1 MB takes longer than a read */
  writeTimeoutMs: number;
  logger?: Logger;
  /**
   * The request's execution budget: a call waits its turn when the request has held the
   * event loop for a slice (a query of a thousand aliases gives other requests room
   * between its store calls) and is not made once the budget is spent or the client gone.
   */
  budget?: WorkBudget;
}

export const DEFAULT_GUARD: GuardOptions = { timeoutMs: 10_000, writeTimeoutMs: 60_000 };

const PASS_THROUGH = [InvalidCursorError, InvalidArgumentError, InvalidBatchError, StoreUnavailableError, BudgetExceededError];

/**
 * One call: a timer races the store's answer. A store that throws synchronously gives a
 * rejected promise, not an exception. A single promise and no race/finally chain, and no
 * queueMicrotask (an async resource per call): this runs for every store call.
 */
function guardedCall(method: (...a: unknown[]) => unknown, target: GraphStore, args: unknown[], ms: number, name: string, options: GuardOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (PASS_THROUGH.some((c) => err instanceof c) || err instanceof StoreFailure) return reject(err);
      options.logger?.error({ err, call: name }, 'store call failed');
      reject(new StoreFailure(`the graph store failed (${name})`));
    };
    const timer = setTimeout(() => fail(new StoreFailure(`the graph store did not answer ${name} within ${ms} ms`)), ms);
    const call = () => {
      if (settled) return;
      try {
        options.budget?.spend(0);
        Promise.resolve(method.apply(target, args)).then((value) => {
          if (settled) return;
          // what a call read out is paid for too: a plain list of thousands (a body's
          // offices at 100k articles) uses up the budget, and the request stops there (a
          // store whose view pays as it reads has paid already)
          if (options.budget && !target.paysForReads) {
            try {
              options.budget.spend(itemsIn(value) * REL_READ_UNITS);
            } catch (err) {
              return fail(err);
            }
          }
          settled = true;
          clearTimeout(timer);
          resolve(value);
        }, fail);
      } catch (err) {
        fail(err);
      }
    };
    const turn = options.budget?.pause();
    if (turn) turn.then(call, fail);
    else call();
  });
}

/** How many nodes or relationships a store call's answer holds (a list, or a list of pages). */
function itemsIn(value: unknown): number {
  const items = (value as { items?: unknown } | null)?.items;
  if (Array.isArray(items)) return items.length;
  if (!Array.isArray(value)) return 0;
  let n = value.length;
  for (const v of value) if (v && typeof v === 'object' && Array.isArray((v as { items?: unknown }).items)) n += (v as { items: unknown[] }).items.length;
  return n;
}

/** A GraphStore whose calls time out and whose unexpected failures become StoreFailure. */
export function guardStore(store: GraphStore, options: GuardOptions = DEFAULT_GUARD): GraphStore {
  // the wrapped methods, made once per guard rather than at every property read
  const wrapped = new Map<PropertyKey, unknown>();
  // the request's own view, whose reads spend its budget as they go
  const view = options.budget && store.withBudget ? store.withBudget(options.budget) : store;
  return new Proxy(view, {
    get(target, prop, receiver) {
      const known = wrapped.get(prop);
      if (known) return known;
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const name = String(prop);
      const ms = name === 'writeArticle' || name === 'deleteArticle' ? options.writeTimeoutMs : options.timeoutMs;
      const fn = (...args: unknown[]) => guardedCall(value as (...a: unknown[]) => unknown, target, args, ms, name, options);
      wrapped.set(prop, fn);
      return fn;
    },
  });
}
