// `npm run bench`: the synthetic corpus at 1k, 10k and 100k articles; extraction and
// ingest throughput, graph size and memory per size (a fresh child process each);
// GraphQL over HTTP at 10k with autocannon and the graphql-js floor; start-up time.
// Writes bench/results/latest.json and the results section of BENCHMARKS.md.
//
// Environment: BENCH_SIZES=1000,10000,100000  BENCH_SEED  BENCH_HTTP_SECONDS=5
// BENCH_CONNECTIONS=32  BENCH_STEP_BUDGET_S=600  BENCH_SCORE_LIMIT=10000  NEO4J_URI (+ user,
// password: the ingest and query steps also run against Neo4j)  BENCH_NEO4J_KEEP=1
// BENCH_RESULTS=path (a trial run: writes there and leaves BENCHMARKS.md alone)
// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/out/prof" (extra node flags for the children)
// BENCH_NODE_ENV=production (NODE_ENV of the measured processes, as in the Docker image)
// BENCH_NEO4J=own (start the project's own Neo4j for the Neo4j step: no NEO4J_URI needed).
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_SEED } from './generate';
import { writeCorpus } from './generate/cli';
import type { ChildOptions, QueryProbe, ServerStats } from './measure/child';
import type { FloorFigure } from './measure/floor';
import { load } from './measure/http';
import type { ExtractionFigure } from './measure/extraction';
import type { IngestFigures, RealTextFigure } from './measure/ingest';
import { ChildRpc, type Note } from './measure/ipc';
import { machine } from './measure/machine';
import type { MemoryFigure } from './measure/memory';
import type { CanonicalQuery, Targets } from './measure/queries';
import { measureStartup } from './measure/startup';
import { round } from './measure/stats';
import { renderResults, replaceSection } from './report';
import type { HttpStep, QueryFigure, Results, SizeStep } from './results';
import type { StoreCounts } from '../src/store/GraphStore';
import { judge } from './targets';

const ROOT = resolve(__dirname, '../..');
const env = process.env;
const num = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);

/** Articles of a step whose extraction alone is timed: enough for a steady figure, bounded at 100k. */
const EXTRACT_ALONE_MAX = 20000;

const settings = {
  sizes: (env.BENCH_SIZES ?? '1000,10000,100000').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0),
  seed: num('BENCH_SEED', DEFAULT_SEED),
  httpSeconds: num('BENCH_HTTP_SECONDS', 5),
  connections: num('BENCH_CONNECTIONS', 32),
  stepBudgetS: num('BENCH_STEP_BUDGET_S', 600),
  scoreLimit: num('BENCH_SCORE_LIMIT', 10000),
  neo4j: Boolean(env.NEO4J_URI) || env.BENCH_NEO4J === 'own',
  // as the Docker image runs it: graphql-js checks every instanceof in development mode
  nodeEnv: env.BENCH_NODE_ENV ?? 'production',
};

const log = (s: string) => process.stderr.write(`${s}\n`);

/**
 * BENCH_NEO4J=own: the project's own Neo4j (neo4j/launch.mjs) on a free port and a fresh
 * folder, started for the Neo4j step and stopped after it; NEO4J_URI then points at it.
 */
let ownNeo4j: { data: string; pidFile: string } | null = null;

function startOwnNeo4j(): { data: string; pidFile: string } {
  const data = mkdtempSync(join(tmpdir(), 'polgraph-bench-neo4j-'));
  const pidFile = `${data}.pid`;
  log(`starting the project's own Neo4j (data in ${data})`);
  const out = execFileSync(process.execPath, [join(ROOT, 'neo4j/launch.mjs'), 'start'], {
    env: { ...env, NEO4J_PORT: '0', NEO4J_DATA: data, NEO4J_PID_FILE: pidFile, NEO4J_PASSWORD: 'polgraph-bench', NEO4J_HEAP: env.NEO4J_HEAP ?? '1g' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const [, key, value] of out.matchAll(/(NEO4J_\w+)=(\S+)/g)) env[key] = value;
  return { data, pidFile };
}

function stopOwnNeo4j(own: { data: string; pidFile: string }): void {
  execFileSync(process.execPath, [join(ROOT, 'neo4j/launch.mjs'), 'stop'], { env: { ...env, NEO4J_PID_FILE: own.pidFile }, stdio: 'inherit' });
  rmSync(own.data, { recursive: true, force: true });
}

/** Size of a folder on disk, MB. */
function dirMB(dir: string): number {
  const walk = (d: string): number => readdirSync(d, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? walk(join(d, e.name)) : statSync(join(d, e.name)).size), 0);
  return Math.round(walk(dir) / 2 ** 20);
}

interface Ready {
  url: string;
  targets: Targets;
  queries: CanonicalQuery[];
  probes: QueryProbe[];
}

/** One corpus size in a fresh child: ingest figures, and the HTTP figures when it serves. */
async function step(size: number, store: 'memory' | 'neo4j', serve: boolean, scoreLimit: number, realText = false): Promise<{ step: SizeStep; http: HttpStep | null }> {
  const started = Date.now();
  const opts: ChildOptions = {
    size,
    seed: settings.seed,
    store,
    serve,
    budgetMs: settings.stepBudgetS * 1000,
    scoreLimit,
    cleanup: store === 'neo4j' && !env.BENCH_NEO4J_KEEP && !ownNeo4j, // the bench's own Neo4j is deleted whole
    realTextDir: realText ? join(ROOT, 'data/corpus') : null,
    // the extractor's own speed on the step's first articles (at most EXTRACT_ALONE_MAX)
    extractAlone: store === 'memory' ? Math.min(size, EXTRACT_ALONE_MAX) : 0,
  };
  // room for a store that needs it: the memory figure is what the target judges, not a crash
  const heapMB = Math.floor((totalmem() / 2 ** 20) * 0.7);
  const child = fork(join(__dirname, 'measure/child.js'), [], {
    execArgv: ['--expose-gc', `--max-old-space-size=${heapMB}`, ...(env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)],
    env: { ...env, NODE_ENV: settings.nodeEnv, BENCH_CHILD: JSON.stringify(opts) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const result: SizeStep = { size, store, ingest: null, counts: null, memory: null, articlesBefore: null, error: null, wallSeconds: 0, loadAverage: 0, realText: null, extraction: null };
  let http: HttpStep | null = null;
  let readyResolve: (r: Ready | null) => void = () => undefined;
  const ready = new Promise<Ready | null>((r) => (readyResolve = r));
  const rpc = new ChildRpc(child, (n: Note) => {
    if (n.note === 'progress') {
      const d = n.data as { done: number; ms: number };
      if (d.done % 10000 === 0 || size <= 10000) log(`  ${store} ${size}: ${d.done} articles in ${(d.ms / 1000).toFixed(0)} s`);
    } else if (n.note === 'ingest') {
      const d = n.data as { ingest: IngestFigures; counts: StoreCounts; memory: MemoryFigure; before: number; realText: RealTextFigure | null; extraction: ExtractionFigure | null; neo4jHeap: { usedMB: number; maxMB: number } | null };
      Object.assign(result, { ingest: d.ingest, counts: d.counts, memory: d.memory, articlesBefore: d.before, realText: d.realText, extraction: d.extraction });
      if (store === 'neo4j') result.neo4j = { heapUsedMB: d.neo4jHeap?.usedMB ?? null, heapMaxMB: d.neo4jHeap?.maxMB ?? null, storeMB: ownNeo4j ? dirMB(ownNeo4j.data) : null };
      if (d.extraction) log(`  ${store} ${size}: extraction alone ${d.extraction.articlesPerSecond}/s (${d.extraction.articles} articles)`);
      if (d.realText) log(`  real text (${d.realText.files} bundled articles, looped): extract ${d.realText.extract.articlesPerSecond}/s`);
      log(`  ${store} ${size}: extract ${d.ingest.extract.articlesPerSecond}/s, ingest ${d.ingest.ingest.articlesPerSecond}/s, RSS ${d.memory.rssMB} MB, F1 ${d.ingest.accuracy?.macroF1 ?? '-'}`);
    } else if (n.note === 'ready') readyResolve(n.data as Ready);
    else if (n.note === 'failed') {
      result.error = String(n.data);
      log(`  ${store} ${size}: failed: ${String(n.data).split('\n')[0]}`);
    }
  });
  const exited = new Promise<void>((r) => child.once('exit', (code, signal) => {
    if (code !== 0 && !result.error) result.error = `child exited with code ${code}${signal ? `, signal ${signal}` : ''}`;
    readyResolve(null);
    r();
  }));

  if (serve) {
    const r = await ready;
    if (r) {
      http = await httpStep(rpc, r, store, result.ingest?.articles ?? size);
      await rpc.call('close').catch(() => undefined);
    } else http = { store, articles: size, connections: settings.connections, seconds: settings.httpSeconds, targets: null, queries: [], skipped: `the server did not start: ${result.error ?? 'unknown'}` };
  }
  await exited;
  result.wallSeconds = Math.round((Date.now() - started) / 1000);
  result.loadAverage = Math.round(loadavg()[0] * 100) / 100;
  return { step: result, http };
}

async function httpStep(rpc: ChildRpc, r: Ready, store: 'memory' | 'neo4j', articles: number): Promise<HttpStep> {
  const queries: QueryFigure[] = [];
  for (const q of r.queries) {
    const probe = r.probes.find((p) => p.name === q.name)!;
    const fig: QueryFigure = { name: q.name, reference: Boolean(q.reference), description: q.description, query: q.query, variables: q.variables, errors: probe.errors, responseBytes: probe.responseBytes, storeCalls: probe.storeCalls, storeCallsByMethod: probe.storeCallsByMethod, coldMs: probe.coldMs, profile: probe.profile, load: null, loadServer: null, sequential: null, floor: null, floorRatio: null };
    queries.push(fig);
    if (probe.errors) {
      log(`  ${q.name}: the server answered with errors, not loaded: ${probe.errors.join('; ')}`);
      continue;
    }
    // one connection: the time a request spends inside the server, without queueing. The
    // best of three 1 s runs: other work on the machine only ever adds time
    for (let i = 0; i < 3; i++) {
      await rpc.call('reset');
      const seq = await load(r.url, q, 1, 1);
      const server = await rpc.call<ServerStats>('stats');
      if (!fig.sequential || server.serverMs.mean < fig.sequential.server.serverMs.mean) fig.sequential = { ...seq, server };
    }
    // 32 connections: throughput and tail latency
    await load(r.url, q, settings.connections, 1); // warm-up
    await rpc.call('reset');
    fig.load = await load(r.url, q, settings.connections, settings.httpSeconds);
    const s = await rpc.call<ServerStats>('stats');
    fig.loadServer = { ...s, storeCallsPerRequest: round(s.requests ? s.storeCalls / s.requests : NaN) };
    log(`  ${q.name}: ${fig.load.requestsPerSecond} req/s, p50 ${fig.load.latencyMs.p50} ms, p99 ${fig.load.latencyMs.p99} ms, ${fig.storeCalls} store calls, server ${fig.sequential?.server.serverMs.mean} ms (store ${fig.sequential?.server.storeMsPerRequest} ms)`);
  }
  const floors = await rpc.call<Record<string, FloorFigure | { error: string }>>('floor', { ms: 1000 });
  for (const fig of queries) {
    fig.floor = floors[fig.name] ?? null;
    if (fig.floor && 'meanUs' in fig.floor && fig.sequential) fig.floorRatio = round((fig.sequential.server.serverMs.mean * 1000) / fig.floor.meanUs);
  }
  return { store, articles, connections: settings.connections, seconds: settings.httpSeconds, targets: r.targets, queries };
}

async function startup(): Promise<Results['startup']> {
  try {
    const bundled = await measureStartup(ROOT, null, 3, settings.nodeEnv);
    log(`  startup (bundled corpus): ${bundled.medianMs} ms`);
    const dir = join(ROOT, 'bench/out/corpus-1k');
    if (!existsSync(join(dir, `g${settings.seed}_000999.txt`))) writeCorpus(dir, 1000, settings.seed);
    const generated1k = await measureStartup(ROOT, dir, 1, settings.nodeEnv);
    log(`  startup (1,000 generated articles): ${generated1k.medianMs} ms`);
    return { bundled, generated1k };
  } catch (err) {
    return { bundled: null, generated1k: null, error: (err as Error).message };
  }
}

/** The commit measured: BENCH_COMMIT (a run from an export), else git's HEAD, "+dirty" with local changes. */
function commit(): string | null {
  if (env.BENCH_COMMIT) return env.BENCH_COMMIT;
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'data', 'cypher', 'bench'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const results: Results = { date: new Date().toISOString(), commit: commit(), machine: machine(), settings: { ...settings, sizes: settings.sizes.join(',') }, sizes: [], http: null, neo4jHttp: null, startup: null, verdicts: [], totalSeconds: 0 };
  // the HTTP figures are taken at 10k, or at the largest size asked for below it
  const httpSize = settings.sizes.includes(10000) ? 10000 : Math.max(...settings.sizes.filter((s) => s <= 10000), 0);
  log(`polgraph bench on ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGB} GB, Node ${results.machine.node}`);
  let scored = 0;
  for (const size of settings.sizes) {
    log(`memory store, ${size} articles${size === httpSize ? ' (+ GraphQL over HTTP)' : ''}`);
    // article i is the same at every size: articles already scored need no second scoring
    const scoreLimit = scored >= Math.min(size, settings.scoreLimit) ? 0 : settings.scoreLimit;
    const { step: s, http } = await step(size, 'memory', size === httpSize, scoreLimit, results.sizes.length === 0);
    scored = Math.max(scored, s.ingest?.accuracy?.articles ?? 0);
    results.sizes.push(s);
    if (http) results.http = http;
  }
  log('startup');
  results.startup = await startup();
  if (env.BENCH_NEO4J === 'own') ownNeo4j = startOwnNeo4j();
  if (settings.neo4j || ownNeo4j) {
    const size = Math.min(10000, Math.max(...settings.sizes));
    log(`Neo4j (${env.NEO4J_URI}), ${size} articles (+ GraphQL over HTTP)`);
    const { step: s, http } = await step(size, 'neo4j', true, 0);
    results.sizes.push(s);
    results.neo4jHttp = http;
    if (ownNeo4j) stopOwnNeo4j(ownNeo4j);
  }
  results.verdicts = judge(results);
  results.totalSeconds = Math.round((Date.now() - t0) / 1000);

  // BENCH_RESULTS elsewhere: a trial run that leaves latest.json and BENCHMARKS.md alone
  const out = resolve(ROOT, env.BENCH_RESULTS ?? 'bench/results/latest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  const md = renderResults(results);
  const doc = join(ROOT, 'BENCHMARKS.md');
  if (out === join(ROOT, 'bench/results/latest.json') && existsSync(doc)) writeFileSync(doc, replaceSection(readFileSync(doc, 'utf8'), md));
  process.stdout.write(md + '\n');
  log(`wrote ${out}${out === join(ROOT, 'bench/results/latest.json') ? ' and the results section of BENCHMARKS.md' : ''} (${results.totalSeconds} s)`);
}

main().catch((err: unknown) => {
  log(`bench failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
