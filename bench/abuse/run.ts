// `npm run abuse`: starts the server on 127.0.0.1 over a generated corpus (or the one
// given), runs the abuse suite against it and prints what it sent, the crashes (must be 0),
// the worst /health latency and the server's peak RSS; exits 1 on a crash or a 5xx.
//   npm run abuse -- [--n 2000] [--corpus DIR] [--small] [--hub ID] [--far ID] [--json FILE]
//   npm run abuse -- --probes …                 the expensive queries alone, once each
//   npm run abuse -- --port 4100 --pid 1234     attack a server already running on loopback
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPolgraphSchema } from '../../src/api/schema';
import { writeCorpus } from '../generate/cli';
import { FULL, runAbuse, runProbes, SMALL, type AbuseReport, type ProbeFigure, type Target } from './suite';

/** Peak resident set of a process, from /proc (Linux); null elsewhere. */
export function peakRssOf(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const LOOP_DELAY_FILE = join(tmpdir(), `polgraph-abuse-loop-${process.pid}.json`);

/** The server's event-loop delay since the last call (the loopDelay.js preload answers SIGUSR2). */
async function loopDelayOf(child: ChildProcess): Promise<{ maxMs: number; p99Ms: number; cpuMaxMs?: number } | null> {
  rmSync(LOOP_DELAY_FILE, { force: true });
  child.kill('SIGUSR2');
  for (let i = 0; i < 50 && !existsSync(LOOP_DELAY_FILE); i++) await new Promise((r) => setTimeout(r, 20));
  try {
    return JSON.parse(readFileSync(LOOP_DELAY_FILE, 'utf8'));
  } catch {
    return null;
  }
}

/** CPU time (user + system) of a process, from /proc/PID/stat (Linux, 100 ticks a second); null elsewhere. */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function startServer(corpus: string): Promise<{ child: ChildProcess; port: number }> {
  const root = resolve(__dirname, '../../..');
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', POLGRAPH_CORPUS: corpus, LOG_LEVEL: 'error', POLGRAPH_API_KEY: 'abuse-suite-key-0123456789', NODE_ENV: 'production', POLGRAPH_LOOP_DELAY_FILE: LOOP_DELAY_FILE };
  const child = spawn(process.execPath, ['-r', join(__dirname, 'loopDelay.js'), join(root, 'dist-bench/src/cli.js'), 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /ready at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) ok({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code} before it was ready`)));
  });
}

export function formatReport(r: AbuseReport): string {
  const lines = [
    `sent ${r.sent} requests in ${(r.ms / 1000).toFixed(1)} s; crashes ${r.crashes}; 5xx answers ${r.serverErrors}; GraphQL requests with no answer ${r.unanswered}${r.unansweredCauses.length ? ` (${r.unansweredCauses.join(', ')})` : ''}`,
    `/health: ${r.health.probes} probes during the attacks, ${r.health.failed} failed, worst ${r.health.worstMs} ms, p99 ${r.health.p99Ms} ms`,
    `peak RSS of the server: ${r.peakRssBytes === null ? 'unknown' : `${Math.round(r.peakRssBytes / 1024 / 1024)} MB`}`,
  ];
  if (r.abandoned) lines.push(`client gone: ${r.abandoned.query} took ${r.abandoned.fullCpuMs} ms of server CPU to its end, ${r.abandoned.abandonedCpuMs} ms when its client left after 100 ms`);
  lines.push(...r.probes.map(formatProbe));
  for (const a of r.attacks) lines.push(`  ${a.name}: ${a.sent} sent in ${a.ms} ms, worst ${a.worstMs} ms, ${JSON.stringify(a.statuses)}${a.note ? `\n    ${a.note}` : ''}`);
  return lines.join('\n');
}

function formatProbe(p: ProbeFigure): string {
  const loop = p.loopDelayMaxMs === null ? '' : `, event loop held at most ${p.loopDelayMaxMs} ms${p.loopHeldCpuMs === null ? '' : ` (${p.loopHeldCpuMs} ms of CPU)`}`;
  return `  probe ${p.name}: ${p.status}${p.code ? ` ${p.code}` : ''} in ${p.ms} ms, /health worst ${p.healthWorstMs} ms${loop}, peak RSS ${p.peakRssBytes === null ? '?' : Math.round(p.peakRssBytes / 1024 / 1024)} MB, load ${p.load}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '2000' }, corpus: { type: 'string' }, small: { type: 'boolean' }, probes: { type: 'boolean' }, port: { type: 'string' }, pid: { type: 'string' }, hub: { type: 'string' }, far: { type: 'string' }, json: { type: 'string' } },
  });
  const counts = values.small ? SMALL : FULL;
  let child: ChildProcess | null = null;
  let tmp: string | null = null;
  let port: number;
  let pid: number | null = values.pid ? Number(values.pid) : null;
  if (values.port) {
    port = Number(values.port);
  } else {
    let corpus = values.corpus;
    if (!corpus) {
      tmp = mkdtempSync(join(tmpdir(), 'polgraph-abuse-'));
      corpus = tmp;
      writeCorpus(corpus, Number(values.n), 20260);
    }
    if (!existsSync(corpus)) throw new Error(`no such corpus folder: ${corpus}`);
    process.stderr.write(`loading ${corpus} …\n`);
    ({ child, port } = await startServer(corpus));
    pid = child.pid ?? null;
  }
  let exited = false;
  child?.once('exit', () => (exited = true));
  const target: Target = {
    port,
    peakRss: () => (pid ? peakRssOf(pid) : null),
    alive: () => !exited && (pid === null || existsSync(`/proc/${pid}`) || process.platform !== 'linux'),
    loopDelay: child ? () => loopDelayOf(child!) : undefined,
    cpuMs: () => (pid ? cpuMsOf(pid) : null),
  };
  const hub = values.hub ?? 'place:dak-nong';
  const far = values.far ?? 'place:kon-tum';
  try {
    if (values.probes) {
      const probes = await runProbes(target, hub, far);
      process.stdout.write(probes.map(formatProbe).join('\n') + '\n');
      if (values.json) writeFileSync(values.json, JSON.stringify(probes, null, 2) + '\n');
      return target.alive() ? 0 : 1;
    }
    const report = await runAbuse(target, await buildPolgraphSchema(), counts, hub, far, (line) => process.stderr.write(line + '\n'));
    process.stdout.write(formatReport(report) + '\n');
    if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
    return report.crashes === 0 && report.serverErrors === 0 ? 0 : 1;
  } finally {
    child?.kill('SIGTERM');
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`abuse: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
