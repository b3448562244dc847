// Extraction and ingest throughput on the generated corpus, one article at a time on one
// thread, the way `polgraph ingest` does it: extract → resolve → store.writeArticle.
// Each stage is timed on its own; generating the text and scoring it are not timed.
import type { Extraction } from '../../src/domain/extraction';
import type { GraphBatch } from '../../src/domain/model';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, toContractJson } from '../../src/extract';
import { readArticleFile } from '../../src/corpus/articleFile';
import { scoreExtractions, type Gold } from '../../src/eval/evaluate';
import { resolve } from '../../src/resolve';
import type { GraphStore } from '../../src/store/GraphStore';
import { buildWorld, generateCorpus } from '../generate';
import { msSince, now, round } from './stats';

export interface StageFigure {
  ms: number;
  articlesPerSecond: number;
}

export interface AccuracyFigure {
  articles: number;
  macroF1: number;
  fields: Record<string, { precision: number; recall: number; f1: number }>;
}

export interface IngestFigures {
  requested: number;
  articles: number;
  /** true when the time budget ran out before `requested` articles */
  stoppedEarly: boolean;
  megabytes: number;
  extract: StageFigure;
  resolve: StageFigure;
  write: StageFigure;
  /** extract + resolve + write */
  ingest: StageFigure;
  generateMs: number;
  writeFailures: number;
  accuracy: AccuracyFigure | null;
}

export interface IngestOptions {
  size: number;
  seed: number;
  /** score at most this many articles against their gold (scoring is not timed) */
  scoreLimit: number;
  /** articles of another seed extracted and resolved (not written, not timed) first */
  warmup?: number;
  /** stop after this long (wall time), reporting the articles done */
  budgetMs: number;
  onProgress?: (done: number, elapsedMs: number) => void;
  /** told the id of each article written (to delete them afterwards from a shared database) */
  onWritten?: (articleId: string) => void;
}

type Tally = Record<string, { tp: number; fp: number; fn: number }>;

function addScores(tally: Tally, golds: Gold[], preds: object[]): void {
  const r = scoreExtractions(golds, preds);
  for (const [field, s] of Object.entries(r.fields)) {
    const t = (tally[field] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
  }
}

/** The same formulas as src/eval/evaluate.ts, over tallies summed across chunks. */
function accuracyOf(tally: Tally, articles: number): AccuracyFigure | null {
  if (!articles) return null;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const fields: AccuracyFigure['fields'] = {};
  let sum = 0;
  for (const [field, { tp, fp, fn }] of Object.entries(tally)) {
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    fields[field] = { precision: round(precision, 4), recall: round(recall, 4), f1: round(f1, 4) };
    sum += f1;
  }
  const n = Object.keys(fields).length;
  return { articles, macroF1: round(n ? sum / n : 0, 4), fields };
}

/** Articles per transaction for a store with bulk writes. */
const WRITE_CHUNK = 100;

const stage = (ns: bigint, n: number): StageFigure => {
  const ms = Number(ns) / 1e6;
  return { ms: Math.round(ms), articlesPerSecond: round(ms > 0 ? (n * 1000) / ms : 0, 4) };
};

export async function measureIngest(store: GraphStore, opts: IngestOptions): Promise<IngestFigures> {
  const started = now();
  const world = buildWorld(opts.seed);
  let te = 0n;
  let tr = 0n;
  let tw = 0n;
  let tg = 0n;
  let bytes = 0;
  let done = 0;
  let failures = 0;
  const tally: Tally = {};
  let scored = 0;
  let golds: Gold[] = [];
  let preds: object[] = [];

  // warm the JIT on other articles first, so that small corpora measure steady state (after
  // 300 articles the next thousand still ran ~20% below it: V8 was still optimising)
  for (const a of generateCorpus(opts.warmup ?? 2000, opts.seed + 1)) resolve(extract({ text: a.text, file: a.file }));

  const pending: GraphBatch[] = [];
  const flush = async () => {
    if (!pending.length || !store.writeArticles) return;
    const results = await store.writeArticles(pending.splice(0)).catch((err: Error) => [err]);
    for (const w of results) {
      if (w instanceof Error) failures++;
      else opts.onWritten?.(w.articleId);
    }
  };

  const corpus = generateCorpus(opts.size, opts.seed, world);
  for (;;) {
    const g0 = now();
    const next = corpus.next();
    tg += now() - g0;
    if (next.done) break;
    const a = next.value;
    bytes += Buffer.byteLength(a.text);

    const t0 = now();
    const x: Extraction = extract({ text: a.text, file: a.file });
    const t1 = now();
    const batch = resolve(x);
    const t2 = now();
    if (store.writeArticles) {
      // a store with bulk writes (Neo4j) gets WRITE_CHUNK articles per transaction, as `polgraph ingest` gives it
      pending.push(batch);
      if (pending.length >= WRITE_CHUNK) await flush();
    } else {
      try {
        const w = await store.writeArticle(batch);
        opts.onWritten?.(w.articleId);
      } catch {
        failures++;
      }
    }
    const t3 = now();
    te += t1 - t0;
    tr += t2 - t1;
    tw += t3 - t2;
    done++;

    if (scored < opts.scoreLimit) {
      golds.push(a.gold as Gold);
      preds.push(toContractJson(x));
      scored++;
      if (golds.length === 500 || scored === opts.scoreLimit) {
        addScores(tally, golds, preds);
        golds = [];
        preds = [];
      }
    }
    if (done % 1000 === 0) {
      const elapsed = msSince(started);
      opts.onProgress?.(done, elapsed);
      if (elapsed > opts.budgetMs) break;
    }
  }
  const tf = now();
  await flush();
  tw += now() - tf;
  if (golds.length) addScores(tally, golds, preds);

  return {
    requested: opts.size,
    articles: done,
    stoppedEarly: done < opts.size,
    megabytes: round(bytes / 2 ** 20, 4),
    extract: stage(te, done),
    resolve: stage(tr, done),
    write: stage(tw, done),
    ingest: stage(te + tr + tw, done),
    generateMs: Math.round(Number(tg) / 1e6),
    writeFailures: failures,
    accuracy: accuracyOf(tally, scored),
  };
}

export interface RealTextFigure {
  corpus: string;
  files: number;
  articles: number;
  megabytes: number;
  extract: StageFigure;
}

/**
 * Extraction speed on real text: the bundled corpus, looped to `n` extractions after a
 * warm-up. A check that the generated articles are neither easier nor harder to read
 * than the real ones; five articles are too few to be more than that.
 */
export function measureRealText(dir: string, n: number): RealTextFigure {
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readArticleFile(join(dir, f)));
  if (!inputs.length) throw new Error(`no .txt files in ${dir}`);
  for (let i = 0; i < 2000; i++) extract(inputs[i % inputs.length]);
  let bytes = 0;
  const t = now();
  for (let i = 0; i < n; i++) {
    const input = inputs[i % inputs.length];
    bytes += Buffer.byteLength(input.text);
    extract(input);
  }
  return { corpus: dir, files: inputs.length, articles: n, megabytes: round(bytes / 2 ** 20, 4), extract: stage(now() - t, n) };
}
