// While the store loads (the memory store reading its corpus through its snapshot):
// /health says how far it is, the graph routes answer 503, and all answer once it is ready.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { exportGraph } from '../../src/export/jsonl';
import { createLogger } from '../../src/logger';
import { ingestFiles } from '../../src/pipeline';
import type { Readiness } from '../../src/readiness';
import { startServer, type RunningServer } from '../../src/server';
import { MemoryStore } from '../../src/store/memory/MemoryStore';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('while the store loads', () => {
  it('answers /health 503 with the progress, and the graph routes 503, until it is ready; then /export is the JSON Lines export', async () => {
    const store = new MemoryStore();
    await ingestFiles(store, ['data/corpus']);
    const readiness: Readiness = { phase: 'loading', detail: 'loading data/corpus', progress: { done: 40, total: 100 } };
    server = await startServer({ config: { ...loadConfig({}), port: 0, host: '127.0.0.1' }, logger: createLogger('silent'), store, readiness });
    const base = server.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ready: false, status: 'loading', progress: { done: 40, total: 100 } });
    const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { articles } }"}' });
    expect(gql.status).toBe(503);
    expect((await fetch(`${base}/export`)).status).toBe(503);
    readiness.phase = 'ready';
    expect(await (await fetch(`${base}/health`)).json()).toMatchObject({ ready: true });
    const lines: string[] = [];
    await exportGraph(store, (l) => void lines.push(l));
    expect(await (await fetch(`${base}/export`)).text()).toBe(lines.join('\n') + '\n');
  });
});
