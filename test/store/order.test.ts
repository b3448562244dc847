// The order evidence is given in: oldest report first, then the sentences of one article in order.
import { describe, expect, it } from 'vitest';
import { compareEvidence } from '../../src/store/order';

const rel = (id: string, asOf: string | null, article: string, start: number | null) => ({ id, asOf, article, start });

describe('compareEvidence', () => {
  it('puts the older report first and undated ones last', () => {
    const rs = [rel('a', null, 'x', 0), rel('b', '2021-01-02', 'x', 0), rel('c', '2020-05-01', 'y', 0)];
    expect(rs.sort(compareEvidence).map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
  it('keeps the sentences of one article in their order, whatever their ids, a sentence-less one last', () => {
    const rs = [rel('z1', '2020-06-25', 'art', 5076), rel('a9', '2020-06-25', 'art', null), rel('m5', '2020-06-25', 'art', 2590)];
    expect(rs.sort(compareEvidence).map((r) => r.start)).toEqual([2590, 5076, null]);
  });
  it('orders equal dates by article, then by id', () => {
    const rs = [rel('b', '2020-01-01', 'art2', 1), rel('c', '2020-01-01', 'art1', 9), rel('a', '2020-01-01', 'art1', 9)];
    expect(rs.sort(compareEvidence).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
});
