// Neo4j failing under a running polgraph, on a Neo4j of this test's own (started by
// neo4j/launch.mjs, stopped, killed and started again here): while it is down /health is
// 503 and queries fail at once with STORE_UNAVAILABLE; once it is back polgraph serves
// again without a restart; `serve` waits for a Neo4j not up yet and gives up on one that
// never answers; and a crash in the middle of writes leaves every article whole or absent.
// A *.neo4j.test.ts file: run only where the suite has a Neo4j (NEO4J_URI; `npm run test:neo4j`).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate';
import { loadConfig, type Config } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { ingestArticle, ingestFiles } from '../../../src/pipeline';
import { resolve } from '../../../src/resolve';
import { extract } from '../../../src/extract';
import { serve, type Serving } from '../../../src/serve';
import { Neo4jStore } from '../../../src/store/neo4j/Neo4jStore';
import { CORPUS } from '../../api/harness';

// launch.mjs is an ES module: loaded with import(), as a CommonJS project must
type Launch = typeof import('../../../neo4j/launch.mjs', { with: { 'resolution-mode': 'import' } });
type RunningNeo4j = Awaited<ReturnType<Launch['startNeo4j']>>;
let launch: Launch;

const PASSWORD = 'polgraph-faults';
const silent = createLogger('silent');

async function get(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

async function gql(s: Serving, query: string): Promise<any> {
  const res = await fetch(s.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, ...((await res.json()) as object) };
}

const healthOf = (s: Serving) => get(s.server.url.replace('/graphql', '/health'));

/** Polls until `check` holds, at most `tries` times. */
async function eventually(check: () => Promise<boolean>, tries = 60): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('condition not reached');
}

describe('Neo4j faults, on a Neo4j of its own', () => {
  let port: number;
  let data: string;
  let neo: RunningNeo4j | null = null;
  const config = (over: Record<string, string> = {}): Config =>
    loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: PASSWORD, ...over });
  const up = async () => {
    neo = await launch.startNeo4j({ port, data, password: PASSWORD, heap: '512m', pagecache: '64m' });
  };
  const down = async () => {
    await neo?.stop();
    neo = null;
  };

  beforeAll(async () => {
    launch = await import('../../../neo4j/launch.mjs');
    port = await launch.freePort();
    data = mkdtempSync(join(tmpdir(), 'polgraph-faults-'));
    await up();
  }, 240_000);
  afterAll(async () => {
    await down();
    rmSync(data, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 and STORE_UNAVAILABLE while Neo4j is down, and serves again once it is back', async () => {
    const s = await serve(config(), silent);
    try {
      await s.ready;
      await ingestFiles(s.store, [CORPUS]);
      const before = await gql(s, '{ stats { articles people meetings documents } }');
      expect(before.data.stats.articles).toBe(5);

      await down();
      const health = await healthOf(s);
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'unavailable', store: 'neo4j', ready: false });
      const failed = await gql(s, '{ stats { articles } }');
      expect(failed.errors.map((e: any) => e.extensions.code)).toEqual(['STORE_UNAVAILABLE']);
      // the adapter's own answer (the breaker), not the API's 10 s timeout giving up on a hung call
      expect(failed.errors[0].message).not.toMatch(/did not answer/);
      expect((await healthOf(s)).status).toBe(503); // and it keeps serving

      await up();
      await eventually(async () => (await healthOf(s)).status === 200);
      expect(await gql(s, '{ stats { articles people meetings documents } }')).toEqual(before);
    } finally {
      await s.close();
    }
  }, 240_000);

  it('serve waits for a Neo4j that is not up yet (503 meanwhile) and is ready once it answers', async () => {
    await down();
    const s = await serve(config({ POLGRAPH_STORE_WAIT_S: '180' }), silent);
    try {
      const waiting = await healthOf(s);
      expect(waiting.status).toBe(503);
      expect(waiting.body).toMatchObject({ status: 'starting', ready: false });
      expect(waiting.body.detail).toMatch(/Neo4j/);
      expect((await gql(s, '{ stats { articles } }')).errors[0].extensions.code).toBe('STORE_UNAVAILABLE');
      await up();
      await s.ready;
      expect((await healthOf(s)).status).toBe(200);
      expect((await gql(s, '{ stats { articles } }')).data.stats.articles).toBe(5);
    } finally {
      await s.close();
    }
  }, 240_000);

  it('serve gives up, with a message, on a port that accepts connections and never answers', async () => {
    const silentServer: Server = createServer((socket) => socket.on('data', () => {}));
    await new Promise<void>((r) => silentServer.listen(0, '127.0.0.1', () => r()));
    const blackHole = (silentServer.address() as { port: number }).port;
    try {
      const s = await serve(loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', NEO4J_URI: `bolt://127.0.0.1:${blackHole}`, NEO4J_PASSWORD: PASSWORD, POLGRAPH_STORE_WAIT_S: '6' }), silent);
      expect((await healthOf(s)).status).toBe(503);
      await expect(s.ready).rejects.toThrow(new RegExp(`cannot use Neo4j at bolt://127.0.0.1:${blackHole}.*gave up after \\d+ attempts?`));
    } finally {
      silentServer.close();
    }
  }, 60_000);

  it('a crash in the middle of writes leaves every article whole or absent, and every acknowledged one whole', async () => {
    if (!neo) await up();
    const store = new Neo4jStore(config().neo4j!);
    await store.init();
    await store.clear();
    const batches = [...generateCorpus(150, 777)].map((a) => resolve(extract({ text: a.text, file: a.file, source: a.source })));
    const acknowledged = new Set<string>();
    let crashed = false;
    const writing = (async () => {
      for (const b of batches) {
        try {
          await store.writeArticle(b);
          acknowledged.add(b.article.id);
        } catch {
          crashed = true;
          return;
        }
      }
    })();
    await eventually(async () => acknowledged.size >= 30, 240);
    process.kill(neo!.pid, 'SIGKILL'); // no shutdown hook: Neo4j recovers from its transaction log
    await writing;
    neo = null;
    expect(crashed).toBe(true);
    await up();
    await eventually(async () => (await store.health()).ok);
    const ids = batches.map((b) => b.article.id);
    const articles = await store.getNodes(ids);
    const rels = await store.getRelationshipsByArticle(ids);
    for (const [i, b] of batches.entries()) {
      const stored = rels.filter((r) => r.article === b.article.id);
      const article = articles[i];
      const whole = article !== null && stored.length === b.relationships.length;
      const absent = article === null && stored.length === 0;
      expect(whole || absent, `${b.article.id}: ${stored.length} of ${b.relationships.length} relationships`).toBe(true);
      if (acknowledged.has(b.article.id)) expect(whole, b.article.id).toBe(true);
    }
    await store.close();
  }, 300_000);
});
