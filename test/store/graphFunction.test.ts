// The graph is a function of its articles: the WHOLE graph, every node and relationship
// with every property as `polgraph export` writes it, compared line for line. Whatever
// the order the articles are written in, the graph is the same; deleting some leaves the
// graph the others alone make. On every store of ./stores.ts (Neo4j where NEO4J_URI is
// set, with fewer runs: each is a few round trips per article).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import type { GraphBatch } from '../../src/domain/model';
import { exportGraph } from '../../src/export/jsonl';
import { extract } from '../../src/extract';
import { resolve } from '../../src/resolve';
import type { GraphStore } from '../../src/store/GraphStore';
import { arbExtraction } from '../resolve/arbitraries';
import { storeFactories } from './stores';

async function exported(store: GraphStore): Promise<string[]> {
  const lines: string[] = [];
  await exportGraph(store, (l) => void lines.push(l));
  return lines;
}

async function graphOf(make: () => Promise<GraphStore>, batches: readonly GraphBatch[], remove: readonly string[] = []): Promise<string[]> {
  const store = await make();
  try {
    for (const b of batches) await store.writeArticle(b);
    for (const id of remove) expect(await store.deleteArticle(id)).toBe(true);
    return await exported(store);
  } finally {
    await store.close();
  }
}

/** Articles with distinct ids (the same text twice is one article rewritten: another property). */
const distinct = (bs: GraphBatch[]) => [...new Map(bs.map((b) => [b.article.id, b])).values()];

// generated extractions sharing names, spellings (A Pớt / APớt), bodies and codes
const arbSmall = fc.array(arbExtraction.map(resolve), { minLength: 1, maxLength: 6 }).map(distinct);

// bench-generated articles through the real extractor: recurring officials, bodies and
// documents, spelled with the genre's variants
const POOL = 40;
let pool: GraphBatch[] = [];
beforeAll(() => {
  pool = [...generateCorpus(POOL, 20260)].map((g) => resolve(extract({ text: g.text })));
});
const arbPoolPicks = fc.shuffledSubarray([...Array(POOL).keys()], { minLength: 2, maxLength: 12 });

describe.each(storeFactories)('the graph is a function of its articles: $name', ({ name, make }) => {
  const numRuns = name === 'memory' ? 150 : 4;
  const timeout = name === 'memory' ? 60_000 : 600_000;

  it(
    'is the same graph whatever order the articles are written in',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          arbSmall.chain((bs) => fc.tuple(fc.constant(bs), fc.shuffledSubarray(bs, { minLength: bs.length, maxLength: bs.length }))),
          async ([inOrder, shuffled]) => {
            expect(await graphOf(make, shuffled)).toEqual(await graphOf(make, inOrder));
          },
        ),
        { numRuns },
      );
      await fc.assert(
        fc.asyncProperty(arbPoolPicks, async (picks) => {
          const batches = picks.map((i) => pool[i]);
          const sorted = [...picks].sort((a, b) => a - b).map((i) => pool[i]);
          expect(await graphOf(make, batches)).toEqual(await graphOf(make, sorted));
        }),
        { numRuns: Math.ceil(numRuns / 3) },
      );
    },
    timeout,
  );

  it(
    'after deleting some articles, is the graph the others alone make',
    async () => {
      const split = <T>(xs: T[]) => fc.tuple(fc.constant(xs), fc.array(fc.boolean(), { minLength: xs.length, maxLength: xs.length }));
      const check = async (all: GraphBatch[], gone: boolean[]) => {
        const removed = all.filter((_, i) => gone[i]).map((b) => b.article.id);
        const rest = all.filter((_, i) => !gone[i]);
        expect(await graphOf(make, all, removed)).toEqual(await graphOf(make, rest));
      };
      await fc.assert(fc.asyncProperty(arbSmall.chain(split), ([all, gone]) => check(all, gone)), { numRuns });
      await fc.assert(
        fc.asyncProperty(arbPoolPicks.chain(split), ([picks, gone]) => check(picks.map((i) => pool[i]), gone)),
        { numRuns: Math.ceil(numRuns / 3) },
      );
    },
    timeout,
  );

  it('after deleting every article, is empty', async () => {
    expect(await graphOf(make, pool.slice(0, 10), pool.slice(0, 10).map((b) => b.article.id))).toEqual([]);
  });
});
