// The store guard under a request's budget: what a call reads out is paid for, so a plain
// list of thousands stops the request instead of being walked on.
import { describe, expect, it } from 'vitest';
import { guardStore, DEFAULT_GUARD } from '../../src/api/storeGuard';
import { BudgetExceededError, createBudget, REL_READ_UNITS } from '../../src/store/budget';
import type { GraphStore } from '../../src/store/GraphStore';

const node = (i: number) => ({ id: `n${i}`, label: 'Person' as const, name: `n${i}`, searchText: `n${i}`, props: {} });
const fake = { kind: 'memory', async getNodes(ids: readonly string[]) { return ids.map((_, i) => node(i)); }, async listNodes() { return { items: Array.from({ length: 30 }, (_, i) => ({ node: node(i), cursor: String(i) })), hasNextPage: false, totalCount: null }; } } as unknown as GraphStore;

describe('guardStore with a budget', () => {
  it('charges what each call read out and refuses the call that overspends', async () => {
    const budget = createBudget({ units: 100 * REL_READ_UNITS, deadlineMs: 60_000 });
    const store = guardStore(fake, { ...DEFAULT_GUARD, budget });
    expect(await store.getNodes(Array.from({ length: 60 }, (_, i) => `n${i}`))).toHaveLength(60);
    expect(budget.spent()).toBe(60 * REL_READ_UNITS);
    await expect(store.listNodes('Person', {}, { first: 30 })).resolves.toMatchObject({ hasNextPage: false });
    await expect(store.getNodes(Array.from({ length: 20 }, (_, i) => `n${i}`))).rejects.toThrow(BudgetExceededError);
  });

  it('makes no call once the client has gone', async () => {
    const gone = new AbortController();
    gone.abort();
    let called = false;
    const store = guardStore({ ...fake, async getNodes() { called = true; return []; } } as unknown as GraphStore, { ...DEFAULT_GUARD, budget: createBudget({ units: 1e9, deadlineMs: 60_000, signal: gone.signal }) });
    await expect(store.getNodes(['a'])).rejects.toMatchObject({ reason: 'aborted' });
    expect(called).toBe(false);
  });
});
