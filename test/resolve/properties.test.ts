// Invariants of resolve over generated Extractions (fast-check): whatever an extractor
// hands over, the batch is well formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve';
import { arbExtraction } from './arbitraries';

describe('resolve: invariants', () => {
  it('gives every relationship known ends, its article, and a unique (type, from, to)', () => {
    fc.assert(
      fc.property(arbExtraction, (x) => {
        const b = resolve(x);
        const ids = new Set([b.article.id, ...b.nodes.map((n) => n.id)]);
        expect(ids.size).toBe(b.nodes.length + 1);
        const keys = new Set<string>();
        for (const r of b.relationships) {
          expect(ids.has(r.from) && ids.has(r.to), `${r.type} ${r.from} -> ${r.to}`).toBe(true);
          expect(r.article).toBe(b.article.id);
          keys.add(`${r.type}|${r.from}|${r.to}`);
        }
        expect(keys.size).toBe(b.relationships.length);
      }),
    );
  });

  it('has the article mention every node, and is deterministic', () => {
    fc.assert(
      fc.property(arbExtraction, (x) => {
        const b = resolve(x);
        const mentioned = new Set(b.relationships.filter((r) => r.type === 'MENTIONS' && r.from === b.article.id).map((r) => r.to));
        for (const n of b.nodes) expect(mentioned.has(n.id), n.id).toBe(true);
        expect(resolve(x)).toEqual(b);
      }),
    );
  });

  it('keeps nothing of an article without a province shared, except national bodies and documents', () => {
    fc.assert(
      fc.property(arbExtraction, (x) => {
        const b = resolve({ ...x, article: { ...x.article, province: null } });
        const scope = b.article.id.replace(':', '-');
        for (const n of b.nodes) {
          const shared = n.id.startsWith('org:national:') || n.id.startsWith('doc:national:') || n.id.startsWith('position:org-national-');
          expect(shared || n.id.includes(scope) || n.id.includes(b.article.id) || n.id.startsWith('meeting:'), n.id).toBe(true);
        }
      }),
    );
  });
});
