import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntArena } from '../../../src/store/memory/arena';

describe('IntArena', () => {
  it('sizes classes as the smallest power of two that holds n', () => {
    expect([1, 2, 3, 4, 5, 16, 17].map(IntArena.classFor)).toEqual([0, 1, 2, 2, 3, 4, 5]);
  });

  it('gives segments that never overlap, keeps their contents through growth, and reuses a released one', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cls: fc.integer({ min: 0, max: 6 }), release: fc.boolean() }), { maxLength: 60 }), (ops) => {
        const arena = new IntArena(8);
        const live = new Map<number, { cls: number; tag: number }>();
        let tag = 1;
        for (const op of ops) {
          const off = arena.alloc(op.cls);
          expect(live.has(off)).toBe(false);
          arena.data.fill(tag, off, off + (1 << op.cls));
          live.set(off, { cls: op.cls, tag: tag++ });
          if (op.release) {
            arena.release(off, op.cls);
            live.delete(off);
            // the next segment of that class is the one released
            expect(arena.alloc(op.cls)).toBe(off);
            arena.release(off, op.cls);
          }
        }
        for (const [off, { cls, tag: t }] of live) expect([...arena.data.subarray(off, off + (1 << cls))]).toEqual(new Array(1 << cls).fill(t));
      }),
    );
  });
});
