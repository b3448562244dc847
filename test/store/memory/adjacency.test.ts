import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Adjacency, EVIDENCE, IN, slot, typeOfSlot } from '../../../src/store/memory/adjacency';

const CODES = [0, 3, 11, IN, IN + 6, EVIDENCE];

describe('Adjacency', () => {
  it('numbers slots by direction and type', () => {
    expect(slot('OUT', 'HOLDS')).toBe(0);
    expect(slot('IN', 'CITES')).toBe(IN + 6);
    expect(typeOfSlot(slot('IN', 'CITES'))).toBe('CITES');
    expect(typeOfSlot(slot('OUT', 'LOCATED_IN'))).toBe('LOCATED_IN');
  });

  it('holds what a map of lists holds, in order, through any adds, removes and drops', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), node: fc.integer({ min: 0, max: 5 }), code: fc.constantFrom(...CODES), rel: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('remove' as const), node: fc.integer({ min: 0, max: 5 }), code: fc.constantFrom(...CODES), rel: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('drop' as const), node: fc.integer({ min: 0, max: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const adj = new Adjacency();
        // node → code → list, codes in the order first linked (a Map keeps insertion order)
        const model = new Map<number, Map<number, number[]>>();
        for (const o of ops) {
          if (o.kind === 'add') {
            adj.add(o.node, o.code, o.rel);
            const slots = model.get(o.node) ?? model.set(o.node, new Map()).get(o.node)!;
            (slots.get(o.code) ?? slots.set(o.code, []).get(o.code)!).push(o.rel);
          } else if (o.kind === 'remove') {
            const list = model.get(o.node)?.get(o.code);
            const i = list ? list.lastIndexOf(o.rel) : -1;
            expect(adj.remove(o.node, o.code, o.rel)).toBe(i >= 0);
            if (i >= 0) {
              list!.splice(i, 1);
              if (!list!.length) model.get(o.node)!.delete(o.code);
            }
          } else {
            adj.drop(o.node);
            model.delete(o.node);
          }
        }
        for (let node = 0; node <= 5; node++) {
          const slots = model.get(node) ?? new Map<number, number[]>();
          expect(adj.codes(node)).toEqual([...slots.keys()]);
          for (const code of CODES) {
            expect([...adj.entries(node, code)]).toEqual(slots.get(code) ?? []);
            expect(adj.count(node, code)).toBe(slots.get(code)?.length ?? 0);
          }
          const total = [...slots].filter(([c]) => c !== EVIDENCE).reduce((n, [, l]) => n + l.length, 0);
          expect(adj.total(node)).toBe(total);
        }
      }),
    );
  });

  it('keeps a hub list of thousands in order, and an unknown node has nothing', () => {
    const adj = new Adjacency();
    for (let r = 0; r < 5000; r++) adj.add(7, IN + 10, r);
    for (let r = 0; r < 5000; r += 2) adj.remove(7, IN + 10, r);
    expect([...adj.entries(7, IN + 10)]).toEqual(Array.from({ length: 2500 }, (_, i) => 2 * i + 1));
    expect(adj.total(7)).toBe(2500);
    expect(adj.total(-1)).toBe(0);
    expect(adj.entries(123456, 0).length).toBe(0);
    expect(adj.remove(123456, 0, 1)).toBe(false);
  });
});
