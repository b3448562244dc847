// Long reads of the memory store hand the event loop back. The store is synchronous: a
// hub's thousands of relationships read in one go, or a filtered list scanned to its end,
// would hold every other request (and /health) until done. A read pays its request's
// budget (../budget.ts) for each step (a relationship or list entry looked at, one read
// out) and, every TURN_EVERY steps, waits its turn when the request has held the loop
// for its slice. A write may land while it waits: the views a read holds on adjacency
// lists are then stale, so the read throws GraphChanged and starts over (`retried`),
// paying again, which the budget bounds.
import type { WorkBudget } from '../budget';

/** Steps between two looks at whether the event loop is owed a turn (a look reads the clock). */
export const TURN_EVERY = 256;

/** The graph changed while a read waited for its turn: it starts over. */
export class GraphChanged extends Error {
  override name = 'GraphChanged';
}

export interface Turns {
  /** Pays `units` for work done at once (no turn taken). */
  pay(units: number): void;
  /**
   * Pays `units`; null when the read may go on at once, or a promise to await (a turn
   * of the event loop) that rejects with GraphChanged when the graph changed meanwhile.
   */
  step(units: number): Promise<void> | null;
}

export function turns(budget: WorkBudget, version: () => number): Turns {
  const at = version();
  let steps = 0;
  return {
    pay: (units) => budget.spend(units),
    step(units) {
      budget.spend(units);
      if (++steps % TURN_EVERY) return null;
      const turn = budget.pause();
      if (!turn) return null;
      return turn.then(() => {
        if (version() !== at) throw new GraphChanged('the graph changed while the read waited');
      });
    },
  };
}

/** Runs a read, again from the start whenever the graph changed under it. */
export async function retried<T>(read: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await read();
    } catch (err) {
      if (!(err instanceof GraphChanged)) throw err;
    }
  }
}

/**
 * Sorts `list` in place, paying a step per comparison made: runs of TURN_EVERY entries
 * are sorted at once, then merged pairwise, so a hub's tens of thousands of entries are
 * sorted a slice at a time rather than in one call that cannot be interrupted.
 */
export async function sortInTurns<T>(list: T[], compare: (a: T, b: T) => number, t: Turns): Promise<void> {
  const n = list.length;
  const run = TURN_EVERY;
  for (let i = 0; i < n; i += run) {
    const part = list.slice(i, i + run).sort(compare);
    for (let k = 0; k < part.length; k++) list[i + k] = part[k];
    const turn = t.step(part.length);
    if (turn) await turn;
  }
  let from = list;
  let to = new Array<T>(n);
  for (let width = run; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      for (let k = lo; k < hi; k++) {
        to[k] = a < mid && (b >= hi || compare(from[a], from[b]) <= 0) ? from[a++] : from[b++];
        const turn = t.step(1);
        if (turn) await turn;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== list) for (let k = 0; k < n; k++) list[k] = from[k];
}
