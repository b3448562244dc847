// The stores the contract suite runs against: memory always, Neo4j when NEO4J_URI is set
// (e.g. `docker compose up neo4j`, then `NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm test`).
// Without NEO4J_URI the Neo4j variant is not registered at all, rather than skipped.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../src/config';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { Neo4jStore } from '../../src/store/neo4j/Neo4jStore';

export interface StoreFactory {
  name: string;
  /** an empty, initialised store; closing it frees the store for the next test */
  make(): Promise<GraphStore>;
}

export const storeFactories: StoreFactory[] = [{ name: 'memory', make: async () => new MemoryStore() }];

if (process.env.NEO4J_URI) {
  storeFactories.push({
    name: 'neo4j',
    async make() {
      // every test file that uses Neo4j clears the same database: one at a time
      const release = await lockDatabase();
      const store = new Neo4jStore(loadConfig().neo4j!);
      try {
        await store.init();
        await store.clear();
      } catch (err) {
        await store.close();
        release();
        throw err;
      }
      const close = store.close.bind(store);
      store.close = async () => {
        try {
          await close();
        } finally {
          release();
        }
      };
      return store;
    },
  });
}

/** A lock file across the test workers (processes); a lock whose holder died is taken over. */
async function lockDatabase(): Promise<() => void> {
  const path = join(tmpdir(), 'polgraph-neo4j-tests.lock');
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => removeFile(path);
    } catch {
      const holder = Number(readFileOr(path));
      if (holder && !alive(holder)) removeFile(path);
      else await sleep(50);
    }
  }
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone: another waiter took over a dead holder's lock
  }
}

function readFileOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
