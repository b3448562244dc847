// Start-up time to ready: spawn the CLI's `serve` on a free port and time until GET
// /health answers 200 (the corpus loaded into the memory store, the schema built). The
// CLI is the bench's own build of src (dist-bench/src/cli.js, the same tsc output as
// dist/cli.js), so that a rebuild of dist/ during the run cannot break it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { percentile, round } from './stats';

export interface StartupFigure {
  corpus: string;
  runs: number[];
  medianMs: number;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function once(root: string, corpusDir: string | null, nodeEnv: string): Promise<number> {
  const port = await freePort();
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: nodeEnv };
  delete env.NEO4J_URI; // the bundled corpus is loaded by the memory store only
  if (corpusDir) env.POLGRAPH_CORPUS = corpusDir;
  else delete env.POLGRAPH_CORPUS;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [resolve(root, 'dist-bench/src/cli.js'), 'serve'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`polgraph serve exited before it was ready: ${stderr.slice(0, 500)}`);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (ms > 60_000) throw new Error('polgraph serve was not ready within 60 s');
      try {
        const r = await fetch(`http://127.0.0.1:${port}/health`);
        if (r.status === 200) return ms;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (exited ? r(null) : child.once('exit', r)));
  }
}

/** Median of `runs` cold starts. */
export async function measureStartup(root: string, corpusDir: string | null, runs = 3, nodeEnv = 'production'): Promise<StartupFigure> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(round(await once(root, corpusDir, nodeEnv)));
  return { corpus: corpusDir ?? 'data/corpus', runs: times, medianMs: round(percentile(times, 50)) };
}
