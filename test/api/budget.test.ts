// What graph queries are priced at: the work their arguments allow, not only their result.
import { describe, expect, it } from 'vitest';
import { MAX_TYPES_AT_A_NODE, neighbourhoodCost, neighbourhoodWork, pathCost, searchCost } from '../../src/api/budget';
import { exportGraph } from '../../src/export/jsonl';
import { ingestFiles } from '../../src/pipeline';
import { REL_READ_UNITS } from '../../src/store/budget';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { CORPUS } from './harness';

describe('neighbourhoodWork', () => {
  const per = 1 + REL_READ_UNITS;
  it('expands only the start at depth 1: the seven types a node can have × (limitPerType + 1) relationships', () => {
    expect(neighbourhoodWork({ depth: 1, limit: 500, limitPerType: 25 })).toBe(1 * 7 * 26 * per);
  });

  it('expands the nodes reached before the last level, at most `limit` of them', () => {
    // depth 2: the start and the ≤ 7 × 2 nodes of level 1
    expect(neighbourhoodWork({ depth: 2, limit: 500, limitPerType: 2 })).toBe((1 + 14) * 7 * 3 * per);
    expect(neighbourhoodWork({ depth: 3, limit: 100, limitPerType: 25 })).toBe(100 * 7 * 26 * per);
  });

  it('counts only the relationship types asked for', () => {
    expect(neighbourhoodWork({ depth: 1, limit: 10, limitPerType: 9, types: ['HOLDS'] })).toBe(10 * per);
  });

  it('prices the 45-alias probe of issue 16 far over the cost limit, one alias alone included', () => {
    expect(neighbourhoodCost({ depth: 3, limit: 500, limitPerType: 500 })).toBeGreaterThan(25_000 * 10);
  });
});

describe('MAX_TYPES_AT_A_NODE', () => {
  it('is the most relationship types any node of the bundled corpus has', async () => {
    const store = new MemoryStore();
    await ingestFiles(store, [CORPUS]);
    const types = new Map<string, Set<string>>();
    await exportGraph(store, (line) => {
      const r = (JSON.parse(line) as { relationship?: { type: string; from: string; to: string } }).relationship;
      if (!r) return;
      for (const id of [r.from, r.to]) types.set(id, (types.get(id) ?? new Set()).add(r.type));
    });
    expect(types.size).toBeGreaterThan(50);
    expect(Math.max(...[...types.values()].map((s) => s.size))).toBeLessThanOrEqual(MAX_TYPES_AT_A_NODE);
  });
});

describe('pathCost and searchCost', () => {
  it('grow with the length asked and the hits asked', () => {
    expect(pathCost(6)).toBe(3 * pathCost(2));
    expect(searchCost(100)).toBeGreaterThan(searchCost(10));
    expect(searchCost(10_000)).toBe(searchCost(100));
  });
});
