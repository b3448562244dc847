// The memory store's footprint on its own: N generated articles are extracted and
// resolved once (the batches cached in a file, so that a second run only writes), then
// written into a fresh MemoryStore, timing the writes alone; prints heap, external and
// RSS after two forced collections. A quicker loop than `npm run bench` for store work.
//
//   npx tsc -p bench/tsconfig.json --outDir /tmp/pgdist && mkdir -p /tmp/pgdist/data && cp -r data/lexicon data/places /tmp/pgdist/data/
//   node --expose-gc /tmp/pgdist/bench/storeMemory.js --n 10000 [--cache /tmp/batches-10k.bin] [--snapshot FILE]
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { writeHeapSnapshot } from 'node:v8';
import type { GraphBatch } from '../src/domain/model';
import { extract } from '../src/extract';
import { resolve } from '../src/resolve';
import { MemoryStore } from '../src/store/memory/MemoryStore';
import { generateCorpus } from './generate';
import { memoryAfterGc } from './measure/memory';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function* batches(n: number, cache: string | undefined): AsyncGenerator<GraphBatch> {
  if (cache && existsSync(cache)) {
    let i = 0;
    for await (const line of createInterface({ input: createReadStream(cache) })) {
      if (i++ >= n) return;
      yield JSON.parse(line) as GraphBatch;
    }
    return;
  }
  const out = cache ? createWriteStream(cache) : null;
  for (const a of generateCorpus(n)) {
    const b = resolve(extract({ text: a.text, file: a.file }));
    if (out && !out.write(JSON.stringify(b) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
    yield b;
  }
  if (out) await new Promise<void>((r) => out.end(() => r()));
}

async function main(): Promise<void> {
  const n = Number(arg('n') ?? 10_000);
  const store = new MemoryStore();
  let ns = 0n;
  let done = 0;
  for await (const b of batches(n, arg('cache'))) {
    const t = process.hrtime.bigint();
    await store.writeArticle(b);
    ns += process.hrtime.bigint() - t;
    if (++done % 10_000 === 0) process.stderr.write(`${done}\n`);
  }
  const mem = await memoryAfterGc();
  const counts = await store.counts();
  const nodes = Object.values(counts.nodes).reduce((a, b) => a + b, 0);
  const writeMs = Number(ns) / 1e6;
  console.log(JSON.stringify({ articles: done, nodes, relationships: counts.relationships, writePerSecond: Math.round((done * 1000) / writeMs), ...mem }));
  // where the bytes outside the heap are (private fields, read for measurement only)
  const g = (store as unknown as { g: Record<string, Record<string, unknown>> }).g;
  const mb = (x: number) => Math.round(x / 2 ** 17) / 8;
  const rels = g.rels as unknown as { type: Uint8Array };
  const arena = (g.adjacency as unknown as { arena: { data: Int32Array; used: number } }).arena;
  const texts = (g.texts as unknown as { deflated: Map<string, Buffer> }).deflated;
  let textBytes = 0;
  for (const b of texts.values()) textBytes += b.length;
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const kb = (k: string) => Math.round(Number(/\d+/.exec(status.split('\n').find((l) => l.startsWith(k)) ?? '0')![0]) / 1024);
  const m = process.memoryUsage();
  console.log(JSON.stringify({ heapTotalMB: mb(m.heapTotal), arrayBuffersMB: mb(m.arrayBuffers), rssAnonMB: kb('RssAnon'), rssFileMB: kb('RssFile') }));
  console.log(JSON.stringify({ relRowsAllocatedMB: mb(rels.type.length * 36), arenaAllocatedMB: mb(arena.data.byteLength), arenaUsedMB: mb(arena.used * 4), deflatedTextsMB: mb(textBytes) }));
  const snapshot = arg('snapshot');
  if (snapshot) writeHeapSnapshot(snapshot);
  // keep the store alive until measured
  if (!store) console.log('');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
