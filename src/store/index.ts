// Chooses the graph store: Neo4j when NEO4J_URI is configured, else the embedded memory store.
import type { GraphStore } from './GraphStore';
import { MemoryStore } from './memory/MemoryStore';
import { Neo4jStore } from './neo4j/Neo4jStore';
import type { StoreLogger, StoreOptions } from './options';

export function createStore(config: StoreOptions, logger?: StoreLogger): GraphStore {
  if (config.neo4j) {
    logger?.info({ store: 'neo4j', uri: config.neo4j.uri, database: config.neo4j.database ?? '(default)' }, 'using Neo4j');
    return new Neo4jStore(config.neo4j, logger);
  }
  logger?.info({ store: 'memory' }, 'using the embedded memory store');
  return new MemoryStore();
}

export type * from './GraphStore';
export type * from './options';
export { MemoryStore } from './memory/MemoryStore';
export { Neo4jStore } from './neo4j/Neo4jStore';
export * from './errors';
export { encodeCursor, decodeCursor } from './cursor';
export { MAX_PATH_LENGTH, checkPathLength } from './limits';
