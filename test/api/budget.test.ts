// What graph queries are priced at: the work their arguments allow, not only their result.
import { describe, expect, it } from 'vitest';
import { neighbourhoodCost, neighbourhoodWork, pathCost, searchCost } from '../../src/api/budget';
import { REL_READ_UNITS } from '../../src/store/budget';

describe('neighbourhoodWork', () => {
  const per = 1 + REL_READ_UNITS;
  it('expands only the start at depth 1: twelve types × (limitPerType + 1) relationships', () => {
    expect(neighbourhoodWork({ depth: 1, limit: 500, limitPerType: 25 })).toBe(1 * 12 * 26 * per);
  });

  it('expands the nodes reached before the last level, at most `limit` of them', () => {
    // depth 2: the start and the ≤ 12 × 2 nodes of level 1
    expect(neighbourhoodWork({ depth: 2, limit: 500, limitPerType: 2 })).toBe((1 + 24) * 12 * 3 * per);
    expect(neighbourhoodWork({ depth: 3, limit: 100, limitPerType: 25 })).toBe(100 * 12 * 26 * per);
  });

  it('counts only the relationship types asked for', () => {
    expect(neighbourhoodWork({ depth: 1, limit: 10, limitPerType: 9, types: ['HOLDS'] })).toBe(10 * per);
  });

  it('prices the 45-alias probe of issue 16 far over the cost limit, one alias alone included', () => {
    expect(neighbourhoodCost({ depth: 3, limit: 500, limitPerType: 500 })).toBeGreaterThan(25_000 * 10);
  });
});

describe('pathCost and searchCost', () => {
  it('grow with the length asked and the hits asked', () => {
    expect(pathCost(6)).toBe(3 * pathCost(2));
    expect(searchCost(100)).toBeGreaterThan(searchCost(10));
    expect(searchCost(10_000)).toBe(searchCost(100));
  });
});
