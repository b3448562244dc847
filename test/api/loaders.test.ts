// The per-request loaders: one store call per batch whatever mix of keys it holds, and
// each key gets exactly its own relationships.
import { describe, expect, it } from 'vitest';
import { createLoaders, relationshipsOf } from '../../src/api/loaders';
import { officesOf, holdersOf } from '../../src/api/relations';
import type { GraphNode, GraphRelationship, RelType } from '../../src/domain/model';
import type { GraphStore } from '../../src/store/GraphStore';
import { countingStore } from './stores';

const rel = (type: RelType, from: string, to: string, article: string, asOf: string | null): GraphRelationship => ({
  id: `${type}:${from}:${to}:${article}`,
  type,
  from,
  to,
  article,
  quote: `${from} ${type} ${to}`,
  start: 0,
  end: 1,
  asOf,
});

const RELS = [
  rel('HOLDS', 'p1', 'pos1', 'a1', '2020-06-25'),
  rel('HOLDS', 'p1', 'pos1', 'a2', '2021-07-27'),
  rel('HOLDS', 'p1', 'pos2', 'a2', '2021-07-27'),
  rel('HOLDS', 'p2', 'pos1', 'a3', '2022-06-28'),
  rel('CHAIRED', 'p1', 'm1', 'a1', '2020-06-25'),
  rel('OF', 'pos1', 'o1', 'a1', '2020-06-25'),
];

/** Just enough of a store for the loaders: relationships and nodes from the lists above. */
function fakeStore(): GraphStore {
  const fake: Partial<GraphStore> = {
    async getRelationships(ids, direction, types) {
      return RELS.filter(
        (r) => (!types || types.includes(r.type)) && ((direction !== 'IN' && ids.includes(r.from)) || (direction !== 'OUT' && ids.includes(r.to))),
      );
    },
    async getNodes(ids) {
      return ids.map((id): GraphNode => ({ id, label: 'Person', name: id, searchText: id, props: {} }));
    },
  };
  return fake as GraphStore;
}

describe('relationship loader', () => {
  it('answers keys of different nodes, types and directions from one store call', async () => {
    const c = countingStore(fakeStore());
    const loaders = createLoaders(c.store);
    const [holds, chaired, holders, of] = await Promise.all([
      relationshipsOf(loaders, 'p1', 'OUT', 'HOLDS'),
      relationshipsOf(loaders, 'p1', 'OUT', 'CHAIRED'),
      relationshipsOf(loaders, 'pos1', 'IN', 'HOLDS'),
      relationshipsOf(loaders, 'pos1', 'OUT', 'OF'),
    ]);
    expect(c.calls).toEqual({ getRelationships: 1 });
    expect(holds.map((r) => r.to)).toEqual(['pos1', 'pos1', 'pos2']);
    expect(chaired.map((r) => r.to)).toEqual(['m1']);
    expect(holders.map((r) => r.from)).toEqual(['p1', 'p1', 'p2']);
    expect(of.map((r) => r.to)).toEqual(['o1']);
  });

  it('keeps direction: a position asking for HOLDS out gets nothing', async () => {
    const loaders = createLoaders(fakeStore());
    const [wrongWay] = await Promise.all([relationshipsOf(loaders, 'pos1', 'OUT', 'HOLDS'), relationshipsOf(loaders, 'p1', 'OUT', 'HOLDS')]);
    expect(wrongWay).toEqual([]);
  });
});

describe('offices as a timeline', () => {
  it("folds a person's HOLDS into one entry per office with first and last report, oldest first", () => {
    const held = officesOf('p1', RELS.filter((r) => r.type === 'HOLDS' && r.from === 'p1'));
    expect(held.map((h) => [h.positionId, h.firstReported, h.lastReported, h.rels.length])).toEqual([
      ['pos1', '2020-06-25', '2021-07-27', 2],
      ['pos2', '2021-07-27', '2021-07-27', 1],
    ]);
  });

  it("lists an office's holders most recently reported first", () => {
    const holders = holdersOf('pos1', RELS.filter((r) => r.type === 'HOLDS' && r.to === 'pos1'));
    expect(holders.map((h) => [h.personId, h.lastReported])).toEqual([
      ['p2', '2022-06-28'],
      ['p1', '2021-07-27'],
    ]);
  });
});
