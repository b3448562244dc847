// Long reads of the memory store: a request's view (withBudget) pays for every entry a
// read looks at, hands the event loop back in the middle of a hub, and starts over when
// a write lands while it waits, so that it answers exactly what a read without a budget does.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BudgetExceededError, createBudget, UNLIMITED } from '../../../src/store/budget';
import type { GraphStore } from '../../../src/store/GraphStore';
import { MemoryStore } from '../../../src/store/memory/MemoryStore';
import { sortInTurns, turns, TURN_EVERY } from '../../../src/store/memory/turns';
import { idOf, seriesArticle } from '../graph';

const ARTICLES = 700;
const HUB = idOf(seriesArticle(0), 'Organization', 'Tỉnh ủy Kon Tum');

/** A budget whose slice is always used up: every TURN_EVERY steps the read waits a turn. */
const yielding = (units = 1e9) => createBudget({ units, deadlineMs: 60_000, sliceMs: 0 });

/** Runs `read` and counts the turns of the event loop other work got while it ran. */
async function turnsDuring<T>(read: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  let running = true;
  const tick = () => {
    ticks++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  // the read starts within this turn: any tick counted happened while it ran
  const value = await read();
  running = false;
  return { value, ticks };
}

describe('sortInTurns', () => {
  it('sorts as Array.prototype.sort does, a step per comparison, with turns between runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 3 * TURN_EVERY }), async (xs) => {
        const list = [...xs];
        const budget = yielding();
        await sortInTurns(list, (a, b) => a - b, turns(budget, () => 0));
        expect(list).toEqual([...xs].sort((a, b) => a - b));
        if (xs.length > 1) expect(budget.spent()).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('long reads of the memory store', () => {
  let store: MemoryStore;
  beforeAll(async () => {
    store = new MemoryStore();
    // one body organizes every meeting: ARTICLES ORGANIZED out of it and MENTIONS into it
    for (let i = 0; i < ARTICLES; i++) await store.writeArticle(seriesArticle(i));
  });

  const reads: [string, (s: GraphStore) => Promise<unknown>][] = [
    ['a hub’s relationships', (s) => s.getRelationships([HUB], 'BOTH')],
    ['a hub’s relation page, counted', (s) => s.getRelationPages([{ nodeId: HUB, direction: 'IN', types: ['MENTIONS'], order: { by: 'DATE', prop: 'publishedAt' }, first: 5, withTotal: true }])],
    ['a hub’s meetings filtered by title words, counted', (s) => s.listMeetings({ organizer: HUB, search: 'hoi nghi lan' }, { first: 5, withTotal: true })],
    ['a label filtered by a rare word, counted', (s) => s.listNodes('Article', { search: 'bai 69' }, { first: 5, withTotal: true })],
    ['a subgraph around the hub', (s) => s.subgraph([HUB, ...Array.from({ length: 300 }, (_, i) => seriesArticle(i).article.id)])],
  ];

  it.each(reads)('%s: hands the event loop back while it reads, and answers as without a budget', async (_name, read) => {
    const { value, ticks } = await turnsDuring(() => read(store.withBudget(yielding())));
    expect(ticks).toBeGreaterThan(1);
    expect(value).toEqual(await read(store));
  });

  it('reads without turns outside a request (no budget: the pipeline, the command line)', async () => {
    const { ticks } = await turnsDuring(() => store.withBudget(UNLIMITED).getRelationships([HUB], 'BOTH'));
    expect(ticks).toBeLessThanOrEqual(1);
  });

  it.each(reads)('%s: pays for every entry it looks at, and stops once its budget is spent', async (_name, read) => {
    // the article written again: the graph's version moves on, so no sorted relation page is kept
    await store.writeArticle(seriesArticle(0));
    const budget = createBudget({ units: 1e9, deadlineMs: 60_000 });
    await read(store.withBudget(budget));
    // more than one unit per relationship of the hub read or looked at
    expect(budget.spent()).toBeGreaterThan(ARTICLES);
    await store.writeArticle(seriesArticle(0));
    await expect(read(store.withBudget(createBudget({ units: ARTICLES / 2, deadlineMs: 60_000 })))).rejects.toThrow(BudgetExceededError);
  });

  it('starts a read over when an article is written while it waits for its turn, and answers the graph as it is then', async () => {
    const fresh = new MemoryStore();
    for (let i = 0; i < ARTICLES; i++) await fresh.writeArticle(seriesArticle(i));
    const reading = fresh.withBudget(yielding()).getRelationships([HUB], 'IN', ['MENTIONS']);
    // lands at the read's first turn
    setImmediate(() => void fresh.writeArticle(seriesArticle(ARTICLES)));
    const got = await reading;
    const now = await fresh.getRelationships([HUB], 'IN', ['MENTIONS']);
    expect(now.length).toBe(ARTICLES + 1);
    expect(got.map((r) => r.id).sort()).toEqual(now.map((r) => r.id).sort());
  });
});
