// Extraction alone: `extract` over the step's generated articles, one after another on one
// thread, the way `polgraph extract` reads a folder, with nothing else in the process.
// The articles are generated in batches before they are timed: generating one allocates more
// than extracting it, and interleaved with the extractions that garbage is collected while
// `extract` runs and charged to it (~10% of its time, measured while writing this).
// The extraction figure of the ingest loop (ingest.ts) is also time in `extract`, but in
// a process whose store grows with every write: there the same code runs 20–40% slower
// (caches shared with the writes, GC of what the store keeps). Both are reported; this
// one is the extractor's own speed.
import { extract } from '../../src/extract';
import type { ArticleInput } from '../../src/domain/extraction';
import { generateCorpus } from '../generate';
import { now, round } from './stats';
import type { StageFigure } from './ingest';

export interface ExtractionFigure extends StageFigure {
  articles: number;
  megabytes: number;
}

/**
 * Extracts the first `n` articles of the corpus `seed` after `warmup` of another seed (untimed),
 * generating `batchSize` articles (~3 MB of text by default) ahead of each timed run over them.
 */
export function measureExtraction(n: number, seed: number, warmup = 2000, batchSize = 500): ExtractionFigure {
  for (const a of generateCorpus(warmup, seed + 1)) extract({ text: a.text, file: a.file });
  let ns = 0n;
  let bytes = 0;
  let done = 0;
  let batch: ArticleInput[] = [];
  const run = () => {
    const t = now();
    for (const a of batch) extract(a);
    ns += now() - t;
    done += batch.length;
    batch = [];
  };
  for (const a of generateCorpus(n, seed)) {
    bytes += Buffer.byteLength(a.text);
    batch.push({ text: a.text, file: a.file });
    if (batch.length === batchSize) run();
  }
  if (batch.length) run();
  const ms = Number(ns) / 1e6;
  return { articles: done, megabytes: round(bytes / 2 ** 20, 4), ms: Math.round(ms), articlesPerSecond: round(ms > 0 ? (done * 1000) / ms : 0, 4) };
}
