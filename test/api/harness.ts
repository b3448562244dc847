// Starts the real HTTP server on a random port over a store loaded with the bundled corpus
// (copied to a temporary folder, because mutations write to the corpus folder): the memory
// store, or Neo4j when the suite runs with NEO4J_URI (see harnessStores).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Limits } from '../../src/api/limits';
import type { GuardOptions } from '../../src/api/storeGuard';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { ingestFiles } from '../../src/pipeline';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { storeFactories } from '../store/stores';

export const API_KEY = 'test-key-0123456789';
export const CORPUS = join(__dirname, '..', '..', 'data', 'corpus');

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface Harness {
  server: RunningServer;
  store: GraphStore;
  config: Config;
  corpusDir: string;
  /** POSTs a query; `token` null sends no Authorization header */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** wrap the loaded store (a counting or failing proxy) before the server sees it */
  wrap?: (store: GraphStore) => GraphStore;
  apiKey?: string | null;
  /** load the bundled corpus (default true) */
  corpus?: boolean;
  env?: Record<string, string>;
  guard?: Partial<GuardOptions>;
  limits?: Limits;
  /** which store the server runs on (default memory); see harnessStores */
  store?: string;
  /** connection limits, auth throttle, work budget */
  server?: Pick<ServerOptions, 'connection' | 'throttle' | 'workUnits'>;
}

/** The store names an API suite can run on: memory, and neo4j where NEO4J_URI is set. */
export const harnessStores: { name: string }[] = storeFactories.map((f) => ({ name: f.name }));

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const corpusDir = mkdtempSync(join(tmpdir(), 'polgraph-corpus-'));
  if (options.corpus !== false) cpSync(CORPUS, corpusDir, { recursive: true });
  const apiKey = options.apiKey === undefined ? API_KEY : options.apiKey;
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', POLGRAPH_CORPUS: corpusDir, LOG_LEVEL: 'silent', ...(apiKey ? { POLGRAPH_API_KEY: apiKey } : {}), ...options.env });
  const loaded = await makeStore(options.store ?? 'memory');
  const summary = await ingestFiles(loaded, [corpusDir]);
  if (summary.failed.length) throw new Error(`corpus failed to load: ${JSON.stringify(summary.failed)}`);
  const store = options.wrap ? options.wrap(loaded) : loaded;
  const server = await startServer({ config, logger: createLogger('silent'), store, guard: options.guard, limits: options.limits, ...options.server });
  return {
    server,
    store: loaded,
    config,
    corpusDir,
    async gql(query, variables, token = null) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await server.close();
      if (loaded.kind === 'neo4j') await loaded.close(); // frees the shared test database for the next file
      rmSync(corpusDir, { recursive: true, force: true });
    },
  };
}

async function makeStore(name: string): Promise<GraphStore> {
  if (name === 'memory') {
    const store = new MemoryStore();
    await store.init();
    return store;
  }
  const factory = storeFactories.find((f) => f.name === name);
  if (!factory) throw new Error(`no ${name} store in this run (is NEO4J_URI set?)`);
  return factory.make();
}

/** The error codes of a response, in order. */
export const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

/** The items of a connection's page, in order: every list of the API is a connection. */
export function nodesOf<T = any>(connection: { edges: { node: T }[] }): T[] {
  return connection.edges.map((e) => e.node);
}
