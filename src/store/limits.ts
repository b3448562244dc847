// Bounds every store enforces, so that one request cannot walk the whole graph.
import { InvalidArgumentError } from './errors';

/** Longest path a path query may ask for: variable-length bounds are literals in Cypher. */
export const MAX_PATH_LENGTH = 6;

export function checkPathLength(maxLength: number): number {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new InvalidArgumentError(`maxLength must be an integer from 1 to ${MAX_PATH_LENGTH}, got ${maxLength}`);
  }
  return maxLength;
}

/**
 * Most relationships a subgraph answers with: the relationships among 500 nodes can be
 * tens of thousands (an article's every mention, each fact's parallel reports). Past it,
 * the first by id, and the subgraph says it was truncated.
 */
export const MAX_SUBGRAPH_RELATIONSHIPS = 5_000;
