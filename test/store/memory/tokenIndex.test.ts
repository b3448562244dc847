import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NodeNumbers } from '../../../src/store/memory/nodeNumbers';
import { TokenIndex, includes } from '../../../src/store/memory/tokenIndex';

const WORDS = ['hoi', 'nghi', 'hoa', 'ho', 'tinh', 'uy', 'kon', 'tum'];

describe('TokenIndex', () => {
  it('answers as a map of word to ids would, through any adds and removes', () => {
    const op = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      text: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((w) => w.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const numbers = new NodeNumbers();
        const index = new TokenIndex(numbers);
        // the store's way: a node's old text is removed before its new one is added
        const texts = new Map<string, string>();
        for (const { id, text } of ops) {
          numbers.add(id);
          const old = texts.get(id);
          if (old !== undefined) index.remove(id, old);
          index.add(id, text);
          texts.set(id, text);
        }
        const idsWith = (pred: (w: string) => boolean) => new Set([...texts].filter(([, t]) => t.split(' ').some(pred)).map(([id]) => id));
        for (const w of WORDS) {
          const exact = [...index.exact(w)];
          expect(exact).toEqual([...exact].sort((x, y) => x - y));
          expect(new Set(exact.map((n) => numbers.id(n)))).toEqual(idsWith((t) => t === w));
          expect(index.prefix(w)).toEqual(idsWith((t) => t.startsWith(w)));
        }
        expect(index.prefix('h', 2).size).toBe(Math.min(2, idsWith((t) => t.startsWith('h')).size));
        expect(index.prefix('t', Infinity, (id) => id === 'a')).toEqual(new Set([...idsWith((t) => t.startsWith('t'))].filter((id) => id === 'a')));
      }),
    );
  });

  it('keeps a word shared by thousands of nodes sorted, and forgets a word no node has', () => {
    const numbers = new NodeNumbers();
    const index = new TokenIndex(numbers);
    for (let k = 0; k < 3000; k++) numbers.add(`n${k}`);
    for (let k = 2999; k >= 0; k--) index.add(`n${k}`, 'hoi nghi');
    for (let k = 0; k < 3000; k += 3) index.remove(`n${k}`, 'hoi');
    const list = index.exact('hoi');
    expect(list.length).toBe(2000);
    expect(includes(list, 1)).toBe(true);
    expect(includes(list, 3)).toBe(false);
    expect(index.exact('nghi').length).toBe(3000);
    for (let k = 0; k < 3000; k++) index.remove(`n${k}`, 'hoi nghi');
    expect(index.exact('hoi').length).toBe(0);
    expect(index.prefix('h').size).toBe(0);
  });
});
