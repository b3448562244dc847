// An unreachable Neo4j must fail fast with an error that names it (no database needed:
// nothing listens on the port used here).
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/store/errors';
import { Neo4jStore } from '../../../src/store/neo4j/Neo4jStore';

describe('Neo4jStore when Neo4j cannot be reached', () => {
  let server: Server;
  let freePort: number;
  beforeAll(async () => {
    // a port that was just free and is closed again: connections are refused
    server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    freePort = (server.address() as { port: number }).port;
    await new Promise<void>((r) => server.close(() => r()));
  });
  afterAll(() => server.close());

  it('init() rejects with an error naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${freePort}`;
    const store = new Neo4jStore({ uri, user: 'neo4j', password: 'x', database: 'graph' });
    try {
      const err = await store.init().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toContain(uri);
      expect((err as Error).message).toContain('database graph');
    } finally {
      await store.close();
    }
  });

  it('health() reports it rather than throwing', async () => {
    const uri = `bolt://127.0.0.1:${freePort}`;
    const store = new Neo4jStore({ uri, user: 'neo4j', password: 'x', database: undefined });
    try {
      const h = await store.health();
      expect(h.ok).toBe(false);
      expect(h.detail).toContain(uri);
    } finally {
      await store.close();
    }
  });
});
