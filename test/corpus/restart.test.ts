// The graph a server built (articles ingested and deleted through the pipeline, as the
// API does) is the graph a restart rebuilds from the corpus folder: with no snapshot, with
// the snapshot, with a snapshot that fell behind the folder, and with one another
// extractor made or that was damaged. Compared whole, as `polgraph export` writes it.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { loadCorpus, saveSnapshot, SNAPSHOT_FILE } from '../../src/corpus/load';
import type { ArticleInput } from '../../src/domain/extraction';
import { exportGraph } from '../../src/export/jsonl';
import { deleteArticle, ingestArticle, ingestFiles } from '../../src/pipeline';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { writeSnapshot } from '../../src/store/memory/snapshot';
import { storeFactories } from '../store/stores';

async function exported(store: GraphStore): Promise<string[]> {
  const lines: string[] = [];
  await exportGraph(store, (l) => void lines.push(l));
  return lines;
}

const POOL = 30;
let inputs: ArticleInput[] = [];
beforeAll(() => {
  // as the API receives them: some with their metadata as fields, not in the text
  inputs = [...generateCorpus(POOL, 20260)].map((g, i) =>
    i % 3 === 0 ? { text: g.text, province: g.province, source: g.source, url: `https://example.vn/bai-${i}`, publishedAt: `2021-0${(i % 9) + 1}-1${i % 10}` } : { text: g.text },
  );
  // the case: two articles that spell an official 'A Tuân' and 'ATuân'
  inputs.push({ text: 'Hội nghị giao ban\n\nSáng 5/1/2024, Thường trực Tỉnh ủy Kon Tum họp. Đồng chí A Tuân - Phó Bí thư Tỉnh ủy chủ trì.' });
  inputs.push({ text: 'Hội nghị sơ kết\n\nSáng 6/1/2024, Tỉnh ủy Kon Tum họp. Đồng chí ATuân - Phó Bí thư Tỉnh ủy chủ trì.', province: 'Kon Tum' });
});

const arbHistory = fc.array(fc.record({ article: fc.nat(POOL + 1), remove: fc.boolean() }), { minLength: 1, maxLength: 16 });

/** Applies a history through the pipeline into `corpus`; the ids it deleted. */
async function run(store: GraphStore, corpus: string, steps: { article: number; remove: boolean }[]): Promise<void> {
  for (const s of steps) {
    const input = inputs[s.article % inputs.length];
    if (!s.remove) await ingestArticle(store, input, { saveTo: corpus });
    else {
      const { write } = await ingestArticle(new MemoryStore(), input);
      await deleteArticle(store, write.articleId, corpus);
    }
  }
}

const tempCorpus = () => mkdtempSync(join(tmpdir(), 'polgraph-restart-'));

describe('memory store: a restart rebuilds the graph the server held', () => {
  it('from the files alone, from the snapshot, and from a snapshot the folder moved past', async () => {
    await fc.assert(
      fc.asyncProperty(arbHistory, arbHistory, async (history, later) => {
        const corpus = tempCorpus();
        try {
          const live = new MemoryStore();
          await run(live, corpus, history);
          const before = await exported(live);

          const fromFiles = new MemoryStore();
          const s1 = await loadCorpus(fromFiles, corpus, { snapshot: null });
          expect(s1.failed).toEqual([]);
          expect(await exported(fromFiles)).toEqual(before);

          const snapshot = join(corpus, SNAPSHOT_FILE);
          saveSnapshot(live, corpus, snapshot);
          const fromSnapshot = new MemoryStore();
          const s2 = await loadCorpus(fromSnapshot, corpus, { snapshot });
          expect([s2.fromSnapshot, s2.extracted, s2.snapshotUnused]).toEqual([s1.files, 0, null]);
          expect(await exported(fromSnapshot)).toEqual(before);

          // the server goes on after the snapshot (as after a crash that saved none)
          await run(live, corpus, later);
          const stale = new MemoryStore();
          await loadCorpus(stale, corpus, { snapshot });
          expect(await exported(stale)).toEqual(await exported(live));
        } finally {
          rmSync(corpus, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('re-extracts everything when the snapshot is of another extractor, or damaged', async () => {
    const corpus = tempCorpus();
    try {
      const live = new MemoryStore();
      await run(live, corpus, inputs.slice(0, 8).map((_, i) => ({ article: i, remove: false })));
      const snapshot = join(corpus, SNAPSHOT_FILE);
      // a snapshot claiming every file, made by an extractor of another version
      const files = live.articleFiles().map(([id, file]) => [file, 0, 0, id]);
      writeSnapshot(live, snapshot, { extractor: 'another', files });
      const other = new MemoryStore();
      const s = await loadCorpus(other, corpus, { snapshot });
      expect(s.snapshotUnused).toMatch(/another extractor/);
      expect(s.extracted).toBe(8);
      expect(await exported(other)).toEqual(await exported(live));

      // the load above wrote a good one; damage a byte of its texts
      const bytes = readFileSync(snapshot);
      bytes[bytes.length - 10] ^= 0xff;
      writeFileSync(snapshot, bytes);
      const damaged = new MemoryStore();
      const d = await loadCorpus(damaged, corpus, { snapshot });
      expect(d.snapshotUnused).toBe('damaged');
      expect(await exported(damaged)).toEqual(await exported(live));
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });

  it("keeps the issue's two spellings one person, spelled the same live and after a restart", async () => {
    const corpus = tempCorpus();
    try {
      const live = new MemoryStore();
      await run(live, corpus, [{ article: POOL + 1, remove: false }, { article: POOL, remove: false }]);
      const people = (await live.listNodes('Person', { search: 'tuan' }, { first: 10 })).items.map((i) => i.node);
      expect(people.map((p) => p.name)).toEqual(['A Tuân']);
      const again = new MemoryStore();
      await loadCorpus(again, corpus, { snapshot: null });
      expect(await exported(again)).toEqual(await exported(live));
      const [article] = (await again.listNodes('Article', {}, { first: 1 })).items.map((i) => i.node);
      expect(article.props.file).toMatch(/^article-[0-9a-f]{16}\.txt$/);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});

describe.each(storeFactories.filter((f) => f.name !== 'memory'))('$name: the live graph is the graph of its corpus files', ({ make }) => {
  it('after ingests and deletes through the pipeline, as re-ingesting the folder into an empty store gives', async () => {
    await fc.assert(
      fc.asyncProperty(arbHistory, async (history) => {
        const corpus = tempCorpus();
        try {
          let store = await make();
          let before: string[];
          try {
            await run(store, corpus, history);
            before = await exported(store);
          } finally {
            await store.close();
          }
          store = await make();
          try {
            await ingestFiles(store, [corpus]);
            expect(await exported(store)).toEqual(before);
          } finally {
            await store.close();
          }
        } finally {
          rmSync(corpus, { recursive: true, force: true });
        }
      }),
      { numRuns: 3 },
    );
  }, 600_000);
});
