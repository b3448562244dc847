// The abuse suite: what an outsider can throw at the server, bounded in count and time and
// aimed at loopback only. Each attack reports what it sent and how it was answered; a
// watcher asks /health all along, so "the server kept serving" is measured, not assumed.
// A crash is a request the server did not answer at all (a connection refused or reset
// with no status) while /health also failed, or the server process gone.
import fc from 'fast-check';
import { loadavg } from 'node:os';
import type { GraphQLSchema } from 'graphql';
import { fuzzedRequest } from './fuzz';
import { LOOPBACK, MALFORMED, rawRequest } from './raw';

/** The slowloris clients' own loopback address (Linux routes all of 127/8 to lo). */
const ATTACKER = '127.0.0.2';

export interface Target {
  port: number;
  /** peak resident memory of the server so far, in bytes (null when unknown) */
  peakRss(): number | null;
  /** false once the server process has gone */
  alive(): boolean;
  /** the server's longest event-loop delay since the last call, when it can tell */
  loopDelay?(): Promise<{ maxMs: number; p99Ms: number; cpuMaxMs?: number } | null>;
  /** CPU time the server process has used so far, in ms, when it can tell */
  cpuMs?(): number | null;
}

export interface Counts {
  fuzzed: number;
  malformedRounds: number;
  slowClients: number;
  slowHoldMs: number;
  keyGuesses: number;
  /** repetitions of the expensive probes (the 45-alias neighbourhood, 1,000 search aliases, the costliest accepted) */
  expensive: number;
  seed: number;
}

export const SMALL: Counts = { fuzzed: 150, malformedRounds: 1, slowClients: 20, slowHoldMs: 5000, keyGuesses: 40, expensive: 1, seed: 16 };
export const FULL: Counts = { fuzzed: 3000, malformedRounds: 5, slowClients: 300, slowHoldMs: 15_000, keyGuesses: 2000, expensive: 3, seed: 16 };

export interface AttackFigure {
  name: string;
  sent: number;
  /** answers by HTTP status ('none': closed or reset without one) */
  statuses: Record<string, number>;
  worstMs: number;
  ms: number;
  note?: string;
}

export interface AbuseReport {
  attacks: AttackFigure[];
  /** each expensive query on its own: time, /health meanwhile, memory */
  probes: ProbeFigure[];
  /** CPU the server spent on the costliest query run to its end, and on the same query whose client left after 100 ms */
  abandoned: { query: string; fullCpuMs: number; abandonedCpuMs: number } | null;
  sent: number;
  /** the server process gone, or not answering /health once the attacks are over */
  crashes: number;
  /** requests of the GraphQL attacks that got no answer at all, and why (the client's view) */
  unanswered: number;
  unansweredCauses: string[];
  /** answers with a 5xx status: a bug somewhere, not an expected refusal */
  serverErrors: number;
  health: { probes: number; failed: number; worstMs: number; p99Ms: number };
  peakRssBytes: number | null;
  ms: number;
}

const now = () => performance.now();

/** Why requests got no answer (the first of each kind), for the report. */
const noAnswerCauses = new Set<string>();

async function post(port: number, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number | 'none'; text: string }> {
  try {
    const res = await fetch(`http://${LOOPBACK}:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
    return { status: res.status, text: await res.text() };
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    noAnswerCauses.add(String(cause?.code ?? cause?.message ?? (err as Error).message).slice(0, 100));
    return { status: 'none', text: '' };
  }
}

function figure(name: string): AttackFigure & { record(status: number | 'none', ms: number): void } {
  const f: AttackFigure = { name, sent: 0, statuses: {}, worstMs: 0, ms: 0 };
  return Object.assign(f, {
    record(status: number | 'none', ms: number) {
      f.sent++;
      f.statuses[status] = (f.statuses[status] ?? 0) + 1;
      f.worstMs = Math.max(f.worstMs, ms);
    },
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = now();
  const v = await fn();
  return [v, now() - t];
}

/** Fuzzed GraphQL documents from the schema, four at a time. */
async function fuzz(port: number, schema: GraphQLSchema, counts: Counts): Promise<AttackFigure> {
  const f = figure('fuzzed GraphQL documents');
  const requests = fc.sample(fuzzedRequest(schema), { numRuns: counts.fuzzed, seed: counts.seed });
  let next = 0;
  let slowest = { ms: 0, query: '' };
  const worker = async () => {
    while (next < requests.length) {
      const r = requests[next++];
      const [res, ms] = await timed(() => post(port, r));
      f.record(res.status, ms);
      if (ms > slowest.ms) slowest = { ms, query: `${res.status} ${r.query.slice(0, 300)}` };
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  f.note = `slowest (${Math.round(slowest.ms)} ms): ${slowest.query}`;
  return f;
}

async function malformed(port: number, counts: Counts): Promise<AttackFigure> {
  const f = figure('malformed HTTP');
  for (let round = 0; round < counts.malformedRounds; round++) {
    for (const m of MALFORMED) {
      const [r, ms] = await timed(() => rawRequest(port, [m.bytes], { timeoutMs: 15_000 }));
      // closing without a status is an answer to garbage too (node:http does so for some)
      f.record(r.status ?? 'none', ms);
    }
  }
  return f;
}

/** Slowloris: many clients that send their headers, or their body, a few bytes at a time and never finish. */
async function slowClients(port: number, counts: Counts): Promise<AttackFigure> {
  const f = figure('slowloris clients');
  const t = now();
  const pieces = (i: number) =>
    i % 2
      ? ['POST /graphql HTTP/1.1\r\n', 'Host: x\r\n', 'Content-Type: application/json\r\n', 'Content-Length: 1000\r\n\r\n', '{"q', 'uer', 'y":']
      : ['GET /health HTTP/1.1\r\n', 'Host: x\r\n', 'X-A: 1\r\n', 'X-B: 2\r\n', 'X-C: 3\r\n', 'X-D: 4\r\n', 'X-E: 5\r\n'];
  const gap = Math.max(10, Math.floor(counts.slowHoldMs / 8));
  // from an address of their own (127.0.0.2): the cap per address is what keeps them from taking every connection
  const answers = await Promise.all(Array.from({ length: counts.slowClients }, (_, i) => rawRequest(port, pieces(i), { gapMs: gap, timeoutMs: counts.slowHoldMs, localAddress: ATTACKER })));
  let closedByServer = 0;
  for (const a of answers) {
    f.record(a.status ?? 'none', now() - t);
    if (a.closed || a.status !== null) closedByServer++;
  }
  f.note = `${closedByServer} of ${counts.slowClients} cut off by the server within ${counts.slowHoldMs} ms`;
  return f;
}

async function keyGuessing(port: number, counts: Counts): Promise<AttackFigure> {
  const f = figure('API key guessing');
  const query = { query: 'mutation { deleteArticle(id: "article:nope") { deleted } }' };
  for (let i = 0; i < counts.keyGuesses; i++) {
    const [r, ms] = await timed(() => post(port, query, { authorization: `Bearer guess-${i.toString(36).padStart(8, '0')}` }));
    f.record(r.status, ms);
  }
  const refused = f.statuses['429'] ?? 0;
  f.note = `${refused} of ${f.sent} held off with 429`;
  return f;
}

/** The probes of issue 16 and the costliest queries the limits accept (each just under the cost limit). */
export function expensiveQueries(hub: string, far: string): { name: string; query: string }[] {
  const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
  return [
    { name: '45 × neighbourhood depth 3, 500 × 500 (issue 16)', query: `{ ${aliases(45, `neighborhood(id: "${hub}", depth: 3, limit: 500, limitPerType: 500) { truncated }`)} }` },
    { name: '1,000 × search (issue 16)', query: `{ ${aliases(1000, 'search(text: "nguyen") { id }')} }` },
    { name: 'neighbourhood depth 3, 240 nodes, 25 per type', query: `{ neighborhood(id: "${hub}", depth: 3, limit: 240, limitPerType: 25) { nodes { id } edges { id } truncated } }` },
    { name: 'neighbourhood depth 3, 500 nodes, 11 per type', query: `{ neighborhood(id: "${hub}", depth: 3, limit: 500, limitPerType: 11) { nodes { id } truncated } }` },
    { name: 'neighbourhood depth 3, 500 nodes, 90 MENTIONS per node', query: `{ neighborhood(id: "${hub}", depth: 3, limit: 500, limitPerType: 90, types: [MENTIONS]) { nodes { id } truncated } }` },
    { name: '115 × search "nguyen"', query: `{ ${aliases(115, 'search(text: "nguyen") { id }')} }` },
    { name: '33 × search "a", 100 hits', query: `{ ${aliases(33, 'search(text: "a", first: 100) { id }')} }` },
    { name: 'neighbourhood depth 2, 200 nodes (the bench\'s canonical one)', query: `{ neighborhood(id: "${hub}", depth: 2, limit: 200) { nodes { id type label } edges { id type source target } truncated size } }` },
    { name: '16 × path maxLength 6 between far nodes', query: `{ ${aliases(16, `path(from: "${hub}", to: "${far}", maxLength: 6) { size }`)} }` },
    // lists over hubs: a relation page of each of 100 documents (built and sorted on first read), filtered counts
    // that scan a whole label, and the lists of offices and members found by the 100k run's fuzzing
    { name: '100 documents × citedBy and mentionedIn totalCount', query: '{ documents(first: 100) { edges { node { citedBy(first: 1) { totalCount } mentionedIn(first: 1) { totalCount } } } } }' },
    { name: '20 × meetings filtered by a common word, totalCount', query: `{ ${aliases(20, 'meetings(first: 1, filter: { search: "hoi" }) { totalCount }')} }` },
    { name: '20 × articles filtered by a rare word, totalCount', query: `{ ${aliases(20, 'articles(first: 100, filter: { search: "zzzqx" }) { totalCount edges { cursor } }')} }` },
    { name: "100 documents' issuers' offices, counted", query: '{ documents(first: 100) { edges { node { issuer { offices(first: 20) { totalCount edges { node { name title aliases } } } } } } } }' },
    { name: '100 bodies × members with evidence, counted', query: '{ organizations(first: 100) { edges { node { members(first: 10) { totalCount edges { node { person { name } evidence(first: 2) { totalCount edges { node { quote } } } } } } } } } }' },
  ];
}

export interface ProbeFigure {
  name: string;
  status: number | 'none';
  code: string | null;
  ms: number;
  /** worst /health latency while it ran */
  healthWorstMs: number;
  /** the server's peak RSS after it (bytes) */
  peakRssBytes: number | null;
  /** the longest the server's event loop was held while it ran (null: not measured) */
  loopDelayMaxMs: number | null;
  /** of the stretches the loop was held, the most CPU time one took (the work itself, whatever the machine's load) */
  loopHeldCpuMs: number | null;
  /** the machine's 1-minute load average when it ran */
  load: number;
}

async function expensive(target: Target, counts: Counts, hub: string, far: string, probes: ProbeFigure[]): Promise<AttackFigure> {
  const f = figure('expensive queries');
  for (let i = 0; i < counts.expensive; i++) {
    for (const q of expensiveQueries(hub, far)) {
      await target.loopDelay?.();
      const watch = watchHealth(target.port, 10);
      const [r, ms] = await timed(() => post(target.port, { query: q.query }));
      const h = await watch.stop();
      const loop = (await target.loopDelay?.()) ?? null;
      f.record(r.status, ms);
      const code = /"code":"([A-Z_]+)"/.exec(r.text)?.[1] ?? null;
      if (i === 0)
        probes.push({
          name: q.name,
          status: r.status,
          code,
          ms: Math.round(ms),
          healthWorstMs: Math.round(h.worstMs * 10) / 10,
          peakRssBytes: target.peakRss(),
          loopDelayMaxMs: loop ? Math.round(loop.maxMs * 10) / 10 : null,
          loopHeldCpuMs: loop?.cpuMaxMs === undefined ? null : Math.round(loop.cpuMaxMs * 10) / 10,
          load: Math.round(loadavg()[0] * 10) / 10,
        });
    }
  }
  f.note = probes.map((p) => `${p.name}: ${p.status}${p.code ? ` ${p.code}` : ''} in ${p.ms} ms`).join('; ');
  return f;
}

/** The costliest query to the end, then again with a client that leaves after 100 ms: the CPU the server spends on each. */
async function abandon(target: Target, hub: string, far: string): Promise<AbuseReport['abandoned']> {
  if (!target.cpuMs || target.cpuMs() === null) return null;
  const q = expensiveQueries(hub, far).find((e) => e.name.startsWith('16 × path'))!;
  const settle = () => new Promise((r) => setTimeout(r, 2500));
  await settle();
  const c0 = target.cpuMs()!;
  await post(target.port, { query: q.query });
  await settle();
  const c1 = target.cpuMs()!;
  try {
    await fetch(`http://${LOOPBACK}:${target.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query }), signal: AbortSignal.timeout(100) });
  } catch {
    // the client left, as meant
  }
  await settle();
  const c2 = target.cpuMs()!;
  return { query: q.name, fullCpuMs: c1 - c0, abandonedCpuMs: c2 - c1 };
}

/** Asks /health every `everyMs` until stopped; a probe that fails or takes over 5 s counts as failed. */
function watchHealth(port: number, everyMs = 25) {
  const latencies: number[] = [];
  let failed = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = now();
      try {
        const res = await fetch(`http://${LOOPBACK}:${port}/health`, { signal: AbortSignal.timeout(5000) });
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
      } catch {
        failed++;
      }
      latencies.push(now() - t);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const sorted = [...latencies].sort((a, b) => a - b);
      return { probes: latencies.length, failed, worstMs: sorted.at(-1) ?? 0, p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? 0 };
    },
  };
}

/** The expensive queries alone, once each: what `npm run abuse -- --probes` measures. */
export async function runProbes(target: Target, hub: string, far: string): Promise<ProbeFigure[]> {
  const probes: ProbeFigure[] = [];
  await expensive(target, { ...SMALL, expensive: 1 }, hub, far, probes);
  return probes;
}

export async function runAbuse(target: Target, schema: GraphQLSchema, counts: Counts, hub = 'place:kon-tum', far = 'person:kon-tum:apot', log: (line: string) => void = () => {}): Promise<AbuseReport> {
  const started = now();
  const probes: ProbeFigure[] = [];
  // the expensive queries first, alone, each with its own /health watcher
  const alone = await expensive(target, counts, hub, far, probes);
  alone.name = 'expensive queries, alone';
  const abandoned = await abandon(target, hub, far);
  const health = watchHealth(target.port);
  const attacks: AttackFigure[] = [alone];
  const run = async (fn: () => Promise<AttackFigure>) => {
    const t = now();
    const f = await fn();
    f.ms = Math.round(now() - t);
    f.worstMs = Math.round(f.worstMs);
    attacks.push(f);
    log(`${f.name}: ${f.sent} sent in ${f.ms} ms, ${JSON.stringify(f.statuses)}, worst ${f.worstMs} ms${f.note ? ` (${f.note})` : ''}`);
  };
  await run(() => malformed(target.port, counts));
  await run(() => fuzz(target.port, schema, counts));
  // slow clients hold their sockets while the expensive queries and the key guesses run
  const slow = slowClients(target.port, counts);
  await run(() => expensive(target, counts, hub, far, []));
  await run(() => keyGuessing(target.port, counts));
  await run(() => slow);
  const h = await health.stop();
  const noAnswer = attacks.filter((a) => a.name !== 'slowloris clients' && a.name !== 'malformed HTTP').reduce((n, a) => n + (a.statuses.none ?? 0), 0);
  let servingAfter = false;
  for (let i = 0; i < 3 && !servingAfter; i++) {
    try {
      servingAfter = (await fetch(`http://${LOOPBACK}:${target.port}/health`, { signal: AbortSignal.timeout(10_000) })).status === 200;
    } catch {
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  return {
    attacks,
    probes,
    abandoned,
    sent: attacks.reduce((n, a) => n + a.sent, 0) + h.probes,
    crashes: target.alive() && servingAfter ? 0 : 1,
    unanswered: noAnswer,
    unansweredCauses: [...noAnswerCauses],
    serverErrors: attacks.reduce((n, a) => n + Object.entries(a.statuses).filter(([s]) => s.startsWith('5')).reduce((m, [, c]) => m + c, 0), 0),
    health: { ...h, worstMs: Math.round(h.worstMs * 10) / 10, p99Ms: Math.round(h.p99Ms * 10) / 10 },
    peakRssBytes: target.peakRss(),
    ms: Math.round(now() - started),
  };
}
