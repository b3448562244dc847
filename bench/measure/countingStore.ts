// A GraphStore that counts the calls made to it, and the time until each answers: the
// number of store round trips a GraphQL request costs is what DataLoaders are there to
// bound, and the time tells the store's share of the server time from the rest's.
import type { GraphStore } from '../../src/store/GraphStore';

export interface CallCounter {
  total: number;
  byMethod: Record<string, number>;
  /** summed time from call to answer, ms (calls that overlap are each counted in full) */
  ms: number;
  reset(): void;
}

export function countingStore(store: GraphStore): { store: GraphStore; counter: CallCounter } {
  const counter: CallCounter = {
    total: 0,
    byMethod: {},
    ms: 0,
    reset() {
      this.total = 0;
      this.byMethod = {};
      this.ms = 0;
    },
  };
  // a request's view (withBudget) is counted too: the API reads through one per request
  const wrap = (inner: GraphStore): GraphStore => new Proxy(inner, handler);
  const handler: ProxyHandler<GraphStore> = {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      if (prop === 'withBudget') return (...args: unknown[]) => wrap((value as (...a: unknown[]) => GraphStore).apply(target, args));
      const name = String(prop);
      return (...args: unknown[]) => {
        // health checks and lifecycle calls are not round trips a query makes
        if (name === 'health' || name === 'init' || name === 'close') return (value as (...a: unknown[]) => unknown).apply(target, args);
        counter.total++;
        counter.byMethod[name] = (counter.byMethod[name] ?? 0) + 1;
        const t = process.hrtime.bigint();
        const done = () => (counter.ms += Number(process.hrtime.bigint() - t) / 1e6);
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) result.then(done, done);
        else done();
        return result;
      };
    },
  };
  return { store: wrap(store), counter };
}
