#!/usr/bin/env node
// Starts the project's own Neo4j 5.26 (Launcher.java beside this file) with no Docker:
// Maven fetches Neo4j from Maven Central once, java runs it. Plain Node (no build step),
// used three ways:
//   node neo4j/launch.mjs                 foreground, for a user (`npm run neo4j`); Ctrl-C stops it
//   node neo4j/launch.mjs start|stop      in the background by a PID file (.ci/run)
//   node neo4j/launch.mjs test [ARGS…]    a throwaway Neo4j, `vitest run ARGS` against it, stopped after
// and as a module (startNeo4j) by the bench.
// Settings: NEO4J_PORT (7687), NEO4J_DATA (.neo4j/ in the project), NEO4J_PASSWORD
// (polgraph-dev), NEO4J_HEAP (1g), NEO4J_PAGECACHE (256m), NEO4J_START_TIMEOUT_S (180).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const build = join(here, '.build'); // git-ignored: the class path and the compiled launcher

export class LaunchError extends Error {}

/** Fails with what to install when java, javac or mvn is missing. */
export function checkTools() {
  const missing = ['java', 'javac', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error);
  if (missing.length) {
    throw new LaunchError(
      `the project's Neo4j needs Java 17+ (java, javac) and Maven 3.8+ (mvn) on PATH; missing: ${missing.join(', ')}` +
        ' (Debian: apt-get install openjdk-17-jdk-headless maven)',
    );
  }
}

/**
 * Neo4j's class path, asked of Maven once per version of pom.xml (the first time downloads
 * ~100 MB into ~/.m2; later runs read the cache) and the launcher compiled beside it.
 */
export function prepare({ log = (line) => process.stderr.write(line + '\n') } = {}) {
  checkTools();
  const pom = readFileSync(join(here, 'pom.xml'));
  const key = createHash('sha256').update(pom).update(readFileSync(join(here, 'Launcher.java'))).digest('hex').slice(0, 16);
  const cpFile = join(build, `classpath-${key}.txt`);
  let classpath = existsSync(cpFile) ? readFileSync(cpFile, 'utf8').trim() : '';
  if (!classpath || !classpath.split(':').every((jar) => existsSync(jar))) {
    log('polgraph-neo4j: resolving Neo4j from Maven Central (the first time downloads ~100 MB into ~/.m2) …');
    mkdirSync(build, { recursive: true });
    const mvn = spawnSync('mvn', ['-q', '-B', '-f', join(here, 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    if (mvn.status !== 0) throw new LaunchError(`Maven could not resolve Neo4j (exit ${mvn.status}):\n${(mvn.stdout + mvn.stderr).slice(-2000)}`);
    classpath = readFileSync(cpFile, 'utf8').trim();
  }
  const classes = join(build, `classes-${key}`);
  if (!existsSync(join(classes, 'Launcher.class'))) {
    const javac = spawnSync('javac', ['-nowarn', '-cp', classpath, '-d', classes, join(here, 'Launcher.java')], { encoding: 'utf8' });
    if (javac.status !== 0) throw new LaunchError(`javac failed on neo4j/Launcher.java:\n${javac.stderr}`);
  }
  return { classpath: `${classes}:${classpath}` };
}

/** A free TCP port on 127.0.0.1 (for a throwaway Neo4j). */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

export function settings(env = process.env) {
  const port = Number(env.NEO4J_PORT || 7687); // 0: any free port
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LaunchError(`NEO4J_PORT: expected a port number, got "${env.NEO4J_PORT}"`);
  return {
    port,
    data: resolve(root, env.NEO4J_DATA || '.neo4j'),
    password: env.NEO4J_PASSWORD || 'polgraph-dev',
    heap: env.NEO4J_HEAP || '1g',
    pagecache: env.NEO4J_PAGECACHE || '256m',
    timeoutMs: Number(env.NEO4J_START_TIMEOUT_S || 180) * 1000,
  };
}

/**
 * Starts Neo4j and resolves once it prints its ready line: { uri, password, pid, child, stop() }.
 * Rejects (and kills the JVM) if it exits first or is not ready within timeoutMs.
 * `inherit` passes its output through (the foreground command); otherwise it is kept for the error.
 */
export async function startNeo4j(options = {}) {
  const s = { ...settings(), ...options };
  if (s.port === 0) s.port = await freePort();
  const { classpath } = prepare(options);
  mkdirSync(s.data, { recursive: true });
  const child = spawn('java', [`-Xmx${s.heap}`, `-Xms${s.heap}`, '-XX:+UseG1GC', '-cp', classpath, 'Launcher'], {
    env: { ...process.env, NEO4J_PORT: String(s.port), NEO4J_DATA: s.data, NEO4J_PASSWORD: s.password, NEO4J_PAGECACHE: s.pagecache },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: Boolean(s.detached),
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-8000);
    if (s.inherit) process.stdout.write(chunk);
  };
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);

  await new Promise((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new LaunchError(`Neo4j was not ready on 127.0.0.1:${s.port} within ${s.timeoutMs / 1000} s; its output:\n${output}`));
    }, s.timeoutMs);
    const watch = () => {
      if (/polgraph-neo4j ready/.test(output)) {
        clearTimeout(timer);
        child.stdout.off('data', watch);
        ready();
      }
    };
    child.stdout.on('data', watch);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new LaunchError(`Neo4j exited before it was ready (${signal ?? `exit ${code}`}); its output:\n${output}` + portHint(output, s.port)));
    });
  });
  return {
    uri: `bolt://127.0.0.1:${s.port}`,
    password: s.password,
    pid: child.pid,
    child,
    stop: () => stopProcess(child.pid, () => child.exitCode !== null || child.signalCode !== null),
  };
}

function portHint(output, port) {
  return /Address already in use|BindException/.test(output) ? `\n(port ${port} is taken: set NEO4J_PORT to another port)` : '';
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM (Neo4j's shutdown hook closes the store), then SIGKILL if it is still there after 30 s. */
export async function stopProcess(pid, exited = () => !alive(pid)) {
  if (exited()) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (exited()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // it ended meanwhile
  }
}

async function foreground() {
  const s = settings();
  process.stderr.write(`polgraph-neo4j: starting Neo4j 5.26 on bolt://127.0.0.1:${s.port}, data in ${s.data} (Ctrl-C stops it)\n`);
  const neo = await startNeo4j({ inherit: true });
  const stop = () => neo.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  neo.child.once('exit', (code) => process.exit(code ?? 1));
}

/** `start`: runs detached, writes the PID file, prints `export NEO4J_URI=…` lines for a shell. */
async function startDetached(pidFile) {
  const neo = await startNeo4j({ detached: true });
  neo.child.stdout.destroy();
  neo.child.stderr.destroy();
  neo.child.unref();
  writeFileSync(pidFile, String(neo.pid));
  process.stdout.write(`export NEO4J_URI=${neo.uri} NEO4J_USER=neo4j NEO4J_PASSWORD=${neo.password}\n`);
  process.stderr.write(`polgraph-neo4j: ready on ${neo.uri} (pid ${neo.pid}, in ${pidFile})\n`);
}

async function stopDetached(pidFile) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (pid) await stopProcess(pid);
  rmSync(pidFile, { force: true });
}

/** `test`: a throwaway Neo4j on a free port and a temporary folder, the test suite against it. */
async function testBoth(args) {
  const data = mkdtempSync(join(tmpdir(), 'polgraph-neo4j-'));
  const neo = await startNeo4j({ port: 0, data, password: 'polgraph-test' });
  process.stderr.write(`polgraph-neo4j: test database ready on ${neo.uri}\n`);
  const vitest = spawn(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: neo.password },
  });
  const code = await new Promise((r) => vitest.once('exit', (c) => r(c ?? 1)));
  await neo.stop();
  rmSync(data, { recursive: true, force: true });
  process.exit(code);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command = 'run', ...rest] = process.argv.slice(2);
  const pidFile = resolve(root, process.env.NEO4J_PID_FILE || join(build, 'neo4j.pid'));
  const commands = { run: foreground, start: () => startDetached(pidFile), stop: () => stopDetached(pidFile), test: () => testBoth(rest) };
  if (!commands[command]) {
    process.stderr.write('usage: node neo4j/launch.mjs [run | start | stop | test [vitest args…]]\n');
    process.exit(2);
  }
  mkdirSync(build, { recursive: true });
  commands[command]().catch((err) => {
    process.stderr.write(`polgraph-neo4j: ${err instanceof LaunchError ? err.message : err.stack}\n`);
    process.exit(1);
  });
}

