import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REL_TYPES, type GraphRelationship } from '../../../src/domain/model';
import { RelTable } from '../../../src/store/memory/relTable';

const TEXT = 'Ngày 27-7, đồng chí Dương Văn Trang chủ trì hội nghị Tỉnh ủy.';
const NODES = ['article:a', 'person:x', 'meeting:m', 'org:tu'];
const idOf = (n: number) => NODES[n];
const textOf = (a: string) => (a === 'article:a' ? TEXT : null);

const rel = (over: Partial<GraphRelationship>): GraphRelationship => ({
  id: 'rel:0123456789abcdef0123',
  type: 'CHAIRED',
  from: 'person:x',
  to: 'meeting:m',
  article: 'article:a',
  quote: TEXT.slice(11, 36),
  start: 11,
  end: 36,
  asOf: '2021-07-27',
  ...over,
});

const ends = (r: GraphRelationship) => ({ from: NODES.indexOf(r.from), to: NODES.indexOf(r.to), article: NODES.indexOf(r.article) });

describe('RelTable', () => {
  it('reads back every relationship as written, whatever its id, quote and offsets', () => {
    const arb = fc.record({
      id: fc.oneof(fc.stringMatching(/^rel:[0-9a-f]{20}$/), fc.string({ minLength: 1 }), fc.constant('rel:ABCDEF0123456789abcd')),
      type: fc.constantFrom(...REL_TYPES),
      quote: fc.oneof(fc.constant(null), fc.constant('from text'), fc.string()),
      start: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 40 }), fc.constant(-3), fc.constant(1.5), fc.constant(2 ** 33)),
      end: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 60 })),
      asOf: fc.oneof(fc.constant(null), fc.constantFrom('2021-07-27', '2020-01-01', '')),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), (given) => {
        const table = new RelTable();
        const written = given.map((g) => {
          const quote = g.quote === 'from text' && g.start !== null && g.end !== null ? TEXT.slice(g.start, g.end) : g.quote === 'from text' ? 'x' : g.quote;
          const r = rel({ ...g, quote });
          return { r, i: table.add(r, ends(r), TEXT) };
        });
        for (const { r, i } of written) expect(table.read(i, idOf, textOf)).toEqual(r);
        expect(table.size).toBe(given.length);
      }),
    );
  });

  it('cuts a quote from the text when it is the text, and keeps one that is not', () => {
    const table = new RelTable();
    const cut = table.add(rel({}), ends(rel({})), TEXT);
    const kept = table.add(rel({ id: 'rel:ffffffffffffffffffff', quote: 'paraphrase' }), ends(rel({})), TEXT);
    expect(table.read(cut, idOf, textOf).quote).toBe('đồng chí Dương Văn Trang ');
    expect(table.read(kept, idOf, textOf).quote).toBe('paraphrase');
    // without its article's text, a quote cut from it reads as null
    expect(table.read(cut, idOf, () => null).quote).toBeNull();
  });

  it('finds a row by id among candidate rows (hex ids) or in its map (other ids), and forgets removed rows', () => {
    const table = new RelTable();
    const a = table.add(rel({}), ends(rel({})), TEXT);
    const b = table.add(rel({ id: 'rel:0123456789abcdef0124' }), ends(rel({})), TEXT);
    const c = table.add(rel({ id: 'r1' }), ends(rel({})), TEXT);
    expect(table.find('rel:0123456789abcdef0123', [b, a])).toBe(a);
    expect(table.find('rel:0123456789abcdef0124', [a, b])).toBe(b);
    expect(table.find('rel:0123456789abcdef0125', [a, b])).toBe(-1);
    expect(table.find('rel:0123456789abcdef0124', [a])).toBe(-1);
    expect(table.find('r1', [])).toBe(c);
    table.remove(c);
    table.remove(c);
    expect(table.find('r1', [])).toBe(-1);
    expect(table.has(c)).toBe(false);
    expect(table.size).toBe(2);
    // a freed row is the next one given
    expect(table.add(rel({ id: 'r2' }), ends(rel({})), TEXT)).toBe(c);
  });

  it('grows past its first columns, keeping every row', () => {
    const table = new RelTable();
    const n = 5000;
    for (let k = 0; k < n; k++) table.add(rel({ id: `rel:${k.toString(16).padStart(20, '0')}`, start: k, end: k + 1, quote: null }), ends(rel({})), TEXT);
    expect(table.size).toBe(n);
    for (const k of [0, 1023, 1024, 4999]) {
      const r = table.read(k, idOf, textOf);
      expect([r.id, r.start, r.end, r.type, r.from, r.article]).toEqual([`rel:${k.toString(16).padStart(20, '0')}`, k, k + 1, 'CHAIRED', 'person:x', 'article:a']);
    }
  });
});
