// The bench's server process, forked by bench/run.ts once per corpus size: fills a store
// with the generated corpus (timing extract, resolve and write), reports graph size and
// memory, and, when asked to serve, starts the real HTTP server over a counting proxy of
// that store and answers the parent's requests for per-request figures and the floor.
import 'reflect-metadata';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { printPolgraphSchema } from '../../src/api/schema';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server';
import { createStore } from '../../src/store';
import { createDriver, Neo4jStore } from '../../src/store/neo4j/Neo4jStore';
import { neo4jHeapMB, profileRuns, recordingDriver, type QueryProfile, type Recorder } from './neo4jProfile';
import type { GraphStore } from '../../src/store/GraphStore';
import { countingStore, type CallCounter } from './countingStore';
import { floorSchema, measureFloor, withTypenames, type FloorFigure } from './floor';
import { measureExtraction } from './extraction';
import { measureIngest, measureRealText, type RealTextFigure } from './ingest';
import { note, serveRpc } from './ipc';
import { memoryAfterGc } from './memory';
import { canonicalQueries, pickTargets, type CanonicalQuery } from './queries';
import { mean, percentile, round } from './stats';

export interface ChildOptions {
  size: number;
  seed: number;
  store: 'memory' | 'neo4j';
  serve: boolean;
  budgetMs: number;
  scoreLimit: number;
  /** Neo4j: delete the written articles at the end */
  cleanup: boolean;
  /** also time extraction on the real articles of this folder (the bundled corpus) */
  realTextDir: string | null;
  /** time extraction alone on this many of the step's articles first (0: not) */
  extractAlone: number;
}

export interface QueryProbe {
  name: string;
  /** store calls one request made, by method */
  storeCalls: number;
  storeCallsByMethod: Record<string, number>;
  errors: string[] | null;
  responseBytes: number;
  /** the first request of this query after start (cold caches, unoptimised code), ms */
  coldMs: number;
  /** Neo4j: the request's Cypher queries under PROFILE */
  profile?: QueryProfile;
}

export interface ServerStats {
  requests: number;
  storeCalls: number;
  serverMs: { mean: number; p50: number; p99: number };
  /** mean time per request spent waiting on the store */
  storeMsPerRequest: number;
}

const opts = JSON.parse(process.env.BENCH_CHILD ?? '{}') as ChildOptions;

async function main(): Promise<void> {
  const env: Record<string, string | undefined> = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' };
  if (opts.store === 'memory') delete env.NEO4J_URI;
  const config = loadConfig(env);
  const logger = createLogger('silent');
  // on Neo4j the driver records the Cypher each request runs, to PROFILE it afterwards
  const recorder = opts.store === 'neo4j' && config.neo4j ? recordingDriver(createDriver(config.neo4j)) : null;
  const base = recorder ? new Neo4jStore(config.neo4j!, logger, recorder.driver) : createStore(config, logger);
  await base.init();

  let realText: RealTextFigure | null = null;
  if (opts.realTextDir) realText = measureRealText(opts.realTextDir, 1000);
  const extraction = opts.extractAlone > 0 ? measureExtraction(opts.extractAlone, opts.seed) : null;
  const before = await base.counts();
  const written: string[] = [];
  const ingest = await measureIngest(base, {
    size: opts.size,
    seed: opts.seed,
    scoreLimit: opts.scoreLimit,
    budgetMs: opts.budgetMs,
    onProgress: (done, ms) => note({ note: 'progress', data: { done, ms } }),
    onWritten: opts.cleanup ? (id) => written.push(id) : undefined,
  });
  const counts = await base.counts();
  const memory = await memoryAfterGc();
  const neo4jHeap = recorder ? await neo4jHeapMB(recorder.driver, config.neo4j?.database) : null;
  note({ note: 'ingest', data: { ingest, counts, memory, before: before.nodes.Article, realText, extraction, neo4jHeap } });

  if (!opts.serve) {
    await cleanup(base, written);
    await base.close();
    process.exit(0);
  }
  await serve(base, config, logger, written, recorder);
}

async function cleanup(store: GraphStore, ids: string[]): Promise<void> {
  for (const id of ids) await store.deleteArticle(id);
}

async function serve(base: GraphStore, config: ReturnType<typeof loadConfig>, logger: ReturnType<typeof createLogger>, written: string[], recorder: Recorder | null): Promise<void> {
  const { store, counter } = countingStore(base);
  const targets = await pickTargets(base);
  const queries = canonicalQueries(targets);
  const server: RunningServer = await startServer({ config, logger, store });

  // time each /graphql request inside the server: from the request event to the last byte
  let durations: number[] = [];
  server.http.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/graphql')) return;
    const t = process.hrtime.bigint();
    res.once('finish', () => durations.push(Number(process.hrtime.bigint() - t) / 1e6));
  });

  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) as { data?: unknown; errors?: { message: string }[] } };
  };

  // one request per query: its store calls, its answer, and the answer with __typename for the floor
  const probes: QueryProbe[] = [];
  const answers = new Map<string, { data: unknown; typed: unknown }>();
  for (const q of queries) {
    const t = process.hrtime.bigint();
    await post(q.query, q.variables); // warm the code paths once
    const coldMs = Number(process.hrtime.bigint() - t) / 1e6;
    counter.reset();
    recorder?.reset();
    const r = await post(q.query, q.variables);
    const profile = recorder ? await profileRuns(recorder.driver, recorder.runs, config.neo4j?.database) : undefined;
    probes.push({ name: q.name, storeCalls: counter.total, storeCallsByMethod: { ...counter.byMethod }, errors: r.json.errors?.map((e) => e.message) ?? (r.status === 200 ? null : [`HTTP ${r.status}`]), responseBytes: Buffer.byteLength(r.text), coldMs: Math.round(coldMs * 10) / 10, profile });
    const typed = await post(withTypenames(q.query), q.variables);
    answers.set(q.name, { data: r.json.data, typed: typed.json.data });
  }

  serveRpc({
    reset: async () => {
      durations = [];
      counter.reset();
      return null;
    },
    stats: async (): Promise<ServerStats> => statsOf(durations, counter),
    floor: async (args) => floor(queries, answers, (args as { ms?: number })?.ms ?? 1000),
    close: async () => {
      await server.close();
      await cleanup(base, written);
      await base.close();
      setImmediate(() => process.exit(0));
      return null;
    },
  });
  note({ note: 'ready', data: { url: server.url, targets, queries, probes } });
}

function statsOf(durations: number[], counter: CallCounter): ServerStats {
  return {
    requests: durations.length,
    storeCalls: counter.total,
    serverMs: { mean: round(mean(durations)), p50: round(percentile(durations, 50)), p99: round(percentile(durations, 99)) },
    storeMsPerRequest: round(durations.length ? counter.ms / durations.length : NaN),
  };
}

async function floor(queries: CanonicalQuery[], answers: Map<string, { data: unknown; typed: unknown }>, ms: number): Promise<Record<string, FloorFigure | { error: string }>> {
  const schema = floorSchema(await printPolgraphSchema());
  const out: Record<string, FloorFigure | { error: string }> = {};
  for (const q of queries) {
    const a = answers.get(q.name);
    try {
      if (!a?.typed) throw new Error('the server gave no data for this query');
      out[q.name] = await measureFloor(schema, q.query, q.variables, a.typed, a.data, ms);
    } catch (err) {
      out[q.name] = { error: (err as Error).message };
    }
  }
  return out;
}

main().catch((err: unknown) => {
  note({ note: 'failed', data: err instanceof Error ? err.stack ?? err.message : String(err) });
  process.exit(1);
});
