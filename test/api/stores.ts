// Store wrappers for tests: one that counts the calls the API makes, one that fails or hangs.
import type { GraphStore } from '../../src/store/GraphStore';

export interface CountingStore {
  store: GraphStore;
  /** calls per method since the last reset */
  calls: Record<string, number>;
  /** the arguments of every call, in order */
  log: { method: string; args: unknown[] }[];
  total(): number;
  reset(): void;
}

export function countingStore(inner: GraphStore): CountingStore {
  const counting: CountingStore = {
    calls: {},
    log: [],
    total: () => Object.values(counting.calls).reduce((a, b) => a + b, 0),
    reset() {
      counting.calls = {};
      counting.log = [];
    },
    store: wrap(inner),
  };
  // a request's view (withBudget) is counted too: the API reads through one per request
  function wrap(store: GraphStore): GraphStore {
    return new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop === 'withBudget') return (...args: unknown[]) => wrap(value.apply(target, args));
        return (...args: unknown[]) => {
          const method = String(prop);
          counting.calls[method] = (counting.calls[method] ?? 0) + 1;
          counting.log.push({ method, args });
          return value.apply(target, args);
        };
      },
    });
  }
  return counting;
}

/** A store whose `methods` fail ('throw') or never answer ('hang'); others pass through. */
export function brokenStore(inner: GraphStore, mode: 'throw' | 'hang', methods: readonly string[]): GraphStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'withBudget' && typeof value === 'function') return (...args: unknown[]) => brokenStore(value.apply(target, args), mode, methods);
      if (typeof value !== 'function' || !methods.includes(String(prop))) return value;
      return () => (mode === 'hang' ? new Promise(() => {}) : Promise.reject(new Error('connection reset by peer at 10.0.0.7:7687')));
    },
  });
}
