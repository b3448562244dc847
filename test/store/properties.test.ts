// The memory store under generated histories (fast-check): whatever the order of writes,
// rewrites and deletes, the graph is the one its surviving articles make, and deleting
// every article leaves nothing. (Memory only: a property run is hundreds of graphs.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { arbExtraction } from '../resolve/arbitraries';

const arbHistory = fc.record({
  articles: fc.array(arbExtraction.map(resolve), { minLength: 1, maxLength: 5 }),
  steps: fc.array(fc.record({ article: fc.nat(), remove: fc.boolean() }), { maxLength: 12 }),
});

describe('memory store: histories', () => {
  it('ends with the graph of the surviving articles, whatever the order', async () => {
    await fc.assert(
      fc.asyncProperty(arbHistory, async ({ articles, steps }) => {
        const store = new MemoryStore();
        // the batches stored, by article id (two generated texts may be the same article)
        const alive = new Map<string, number>();
        for (const s of steps) {
          const i = s.article % articles.length;
          const id = articles[i].article.id;
          if (s.remove) {
            expect(await store.deleteArticle(id)).toBe(alive.has(id));
            alive.delete(id);
          } else {
            await store.writeArticle(articles[i]);
            alive.set(id, i);
          }
        }
        const fresh = new MemoryStore();
        for (const i of [...alive.values()].reverse()) await fresh.writeArticle(articles[i]);
        expect(await store.counts()).toEqual(await fresh.counts());
        // the same relationships at every node, and the same degrees
        const ids = [...new Set(articles.flatMap((a) => [a.article.id, ...a.nodes.map((n) => n.id)]))];
        const relIds = async (st: MemoryStore) => (await st.getRelationships(ids, 'BOTH')).map((r) => r.id).sort();
        expect(await relIds(store)).toEqual(await relIds(fresh));
        expect(await store.getDegrees(ids)).toEqual(await fresh.getDegrees(ids));
        const paths = async (st: MemoryStore) => (await st.neighborhood(ids[0], { depth: 2, limit: 1000, limitPerType: 1000 })).nodes.map((n) => n.id).sort();
        expect(await paths(store)).toEqual(await paths(fresh));
        for (const a of articles) await store.deleteArticle(a.article.id);
        const empty = await store.counts();
        expect(empty.relationships).toBe(0);
        expect(Object.values(empty.nodes).every((n) => n === 0)).toBe(true);
        expect(await store.search('a', null, 10)).toEqual([]);
        expect((await store.listMeetings({}, { first: 5 })).items).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
