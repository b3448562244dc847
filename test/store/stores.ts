// The stores the contract suite runs against: memory always, Neo4j when NEO4J_URI is set
// (e.g. `docker compose up neo4j`, then `NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm test`).
// Without NEO4J_URI the Neo4j variant is not registered at all, rather than skipped.
import { loadConfig } from '../../src/config';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { Neo4jStore } from '../../src/store/neo4j/Neo4jStore';

export interface StoreFactory {
  name: string;
  /** an empty, initialised store */
  make(): Promise<GraphStore>;
}

export const storeFactories: StoreFactory[] = [{ name: 'memory', make: async () => new MemoryStore() }];

if (process.env.NEO4J_URI) {
  storeFactories.push({
    name: 'neo4j',
    async make() {
      const config = loadConfig();
      const store = new Neo4jStore(config.neo4j!);
      await store.init();
      await store.clear();
      return store;
    },
  });
}
