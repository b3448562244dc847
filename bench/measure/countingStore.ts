// A GraphStore that counts the calls made to it: the number of store round trips a
// GraphQL request costs is what DataLoaders are there to bound.
import type { GraphStore } from '../../src/store/GraphStore';

export interface CallCounter {
  total: number;
  byMethod: Record<string, number>;
  reset(): void;
}

export function countingStore(store: GraphStore): { store: GraphStore; counter: CallCounter } {
  const counter: CallCounter = {
    total: 0,
    byMethod: {},
    reset() {
      this.total = 0;
      this.byMethod = {};
    },
  };
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      const name = String(prop);
      return (...args: unknown[]) => {
        // health checks and lifecycle calls are not round trips a query makes
        if (name !== 'health' && name !== 'init' && name !== 'close') {
          counter.total++;
          counter.byMethod[name] = (counter.byMethod[name] ?? 0) + 1;
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, counter };
}
