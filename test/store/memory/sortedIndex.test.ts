import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../../src/store/order';
import { SortedIndex } from '../../../src/store/memory/sortedIndex';

const DATES = [null, '2020-01-01', '2020-06-30', '2021-07-27'];

describe('SortedIndex', () => {
  it('stays in list order through any puts, moves and deletes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('DATE_DESC' as const, 'NAME_ASC' as const),
        fc.array(fc.record({ id: fc.constantFrom(...'abcdefghijklmnop'), sort: fc.constantFrom(...DATES), remove: fc.boolean() }), { maxLength: 80 }),
        fc.constantFrom(1, 2, 512),
        (ordering, ops, chunkSize) => {
          const index = new SortedIndex(ordering, chunkSize);
          const model = new Map<string, string | null>();
          for (const op of ops) {
            if (op.remove) {
              index.delete(op.id);
              model.delete(op.id);
            } else {
              index.put({ sort: op.sort, id: op.id });
              model.set(op.id, op.sort);
            }
          }
          const expected = [...model].map(([id, sort]) => ({ sort, id })).sort((a, b) => compareKeys(ordering, a, b));
          expect(index.entries).toEqual(expected);
          expect(index.size).toBe(expected.length);
          for (const [i, key] of expected.entries()) {
            expect(index.after(key)).toBe(i + 1);
            expect(index.after(key, true)).toBe(i);
            expect([...index.range(i, i + 2)]).toEqual(expected.slice(i, i + 2));
          }
          const dated = (k: { sort: string | null }) => k.sort === null || (ordering === 'DATE_DESC' ? k.sort <= '2020-06-30' : k.sort >= '2020-06-30');
          expect(index.firstWhere(dated)).toBe(expected.findIndex(dated) === -1 ? expected.length : expected.findIndex(dated));
        },
      ),
    );
  });
});
