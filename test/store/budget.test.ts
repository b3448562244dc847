// The execution budget: what a request may spend in graph walks, checked by the walks
// themselves (the memory store is synchronous: no timer can stop it from outside).
import { describe, expect, it } from 'vitest';
import { BudgetExceededError, createBudget } from '../../src/store/budget';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { ingestFiles } from '../../src/pipeline';
import { CORPUS } from '../api/harness';

describe('createBudget', () => {
  it('throws once more units are spent than it has, saying the work was too much', () => {
    const b = createBudget({ units: 10, deadlineMs: 60_000 });
    b.spend(10);
    expect(b.spent()).toBe(10);
    expect(() => b.spend(1)).toThrow(BudgetExceededError);
    try {
      b.spend(1);
    } catch (err) {
      expect((err as BudgetExceededError).reason).toBe('work');
    }
  });

  it('throws past its deadline, on the clock it is given', () => {
    let t = 0;
    const b = createBudget({ units: 1e9, deadlineMs: 100, now: () => t });
    b.spend(0);
    t = 101;
    expect(() => b.spend(0)).toThrow(expect.objectContaining({ reason: 'deadline' }));
  });

  it('throws once the client has gone', () => {
    const abort = new AbortController();
    const b = createBudget({ units: 1e9, deadlineMs: 60_000, signal: abort.signal });
    b.spend(0);
    abort.abort();
    expect(() => b.spend(0)).toThrow(expect.objectContaining({ reason: 'aborted' }));
  });

  it('looks at the clock between charges of single units too', () => {
    let t = 0;
    const b = createBudget({ units: 1e9, deadlineMs: 100, now: () => t });
    t = 200;
    expect(() => {
      for (let i = 0; i < 5000; i++) b.spend(1);
    }).toThrow(expect.objectContaining({ reason: 'deadline' }));
  });

  it('lets the request go on within its slice, and hands the event loop over once the slice is used', async () => {
    let t = 0;
    const b = createBudget({ units: 1e9, deadlineMs: 60_000, sliceMs: 10, now: () => t });
    expect(b.pause()).toBeNull();
    t = 11;
    const order: string[] = [];
    setImmediate(() => order.push('other request'));
    const turn = b.pause();
    expect(turn).not.toBeNull();
    await turn;
    order.push('walk resumed');
    expect(order).toEqual(['other request', 'walk resumed']);
    expect(b.pause()).toBeNull();
  });

  it('makes the callers waiting for a turn take it one slice at a time', async () => {
    let t = 0;
    const b = createBudget({ units: 1e9, deadlineMs: 60_000, sliceMs: 10, now: () => t });
    t = 10;
    const turns: number[] = [];
    let loopTurns = 0;
    let ticking = true;
    const tick = () => {
      loopTurns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // three walks each doing a slice of work whenever they run
    await Promise.all(
      [0, 1, 2].map(async (i) => {
        await b.pause();
        turns.push(loopTurns);
        t += 10 + i;
      }),
    );
    ticking = false;
    // each ran in its own turn of the event loop, not all three in the first
    expect(new Set(turns).size).toBe(3);
  });
});

describe('the memory store under a budget', () => {
  async function loaded() {
    const store = new MemoryStore();
    await ingestFiles(store, [CORPUS]);
    return store;
  }
  const PLACE = 'place:kon-tum';

  it('stops a neighbourhood that would look at more relationships than the budget allows', async () => {
    const store = await loaded();
    const args = { depth: 3, limit: 500, limitPerType: 500 };
    const whole = await store.neighborhood(PLACE, args);
    expect(whole.nodes.length).toBeGreaterThan(10);
    await expect(store.neighborhood(PLACE, { ...args, budget: createBudget({ units: 20, deadlineMs: 60_000 }) })).rejects.toThrow(BudgetExceededError);
    const enough = createBudget({ units: 1e9, deadlineMs: 60_000 });
    expect(await store.neighborhood(PLACE, { ...args, budget: enough })).toEqual(whole);
    expect(enough.spent()).toBeGreaterThanOrEqual(whole.relationships.length);
  });

  it('stops a path search the same way, and finds the same path with enough', async () => {
    const store = await loaded();
    const far = (await store.neighborhood(PLACE, { depth: 3, limit: 500 })).nodes.at(-1)!.id;
    const path = await store.shortestPath(PLACE, far, { maxLength: 6 });
    expect(path).not.toBeNull();
    await expect(store.shortestPath(PLACE, far, { maxLength: 6, budget: createBudget({ units: 2, deadlineMs: 60_000 }) })).rejects.toThrow(BudgetExceededError);
    expect(await store.shortestPath(PLACE, far, { maxLength: 6, budget: createBudget({ units: 1e9, deadlineMs: 60_000 }) })).toEqual(path);
  });

  it('pays for each citing meeting a citation timeline counts, stops once its budget is spent, and counts as before with enough', async () => {
    const store = await loaded();
    const documents = (await store.listNodes('Document', {}, { first: 100 })).items.map((i) => i.node.id);
    const whole = await store.citationTimeline(documents, { by: 'MONTH' });
    const meetings = whole.reduce((n, b) => n + b.meetings, 0);
    expect(meetings).toBeGreaterThan(2);
    const view = (units: number) => store.withBudget(createBudget({ units, deadlineMs: 60_000 }));
    await expect(view(2).citationTimeline(documents, { by: 'MONTH' })).rejects.toThrow(BudgetExceededError);
    const enough = createBudget({ units: 1e9, deadlineMs: 60_000 });
    expect(await store.withBudget(enough).citationTimeline(documents, { by: 'MONTH' })).toEqual(whole);
    expect(enough.spent()).toBeGreaterThanOrEqual(meetings);
  });

  it('stops a walk whose client has gone', async () => {
    const store = await loaded();
    const abort = new AbortController();
    abort.abort();
    await expect(store.neighborhood(PLACE, { depth: 2, limit: 100, budget: createBudget({ units: 1e9, deadlineMs: 60_000, signal: abort.signal }) })).rejects.toMatchObject({ reason: 'aborted' });
  });
});
