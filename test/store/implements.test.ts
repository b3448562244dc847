// IMPLEMENTS in the stores: written with its article, once however often the article is
// written, supported by the articles that state it (deleting one leaves what another states).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { resolve } from '../../src/resolve';
import { storeFactories } from './stores';

const article = (text: string, publishedAt: string) => resolve(extract({ text, province: 'Kon Tum', publishedAt }));
const A = article('Sơ kết Kế hoạch 100-KH/TU\n\nSáng 3/3, Tỉnh ủy sơ kết một năm thực hiện Kế hoạch số 100-KH/TU của Tỉnh ủy thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.', '2020-03-04');
const B = article('Hội nghị Ban Thường vụ Tỉnh ủy\n\nNgày 9/4, thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 100-KH/TU.', '2020-04-10');
const PLAN = 'doc:kon-tum:100-kh-tu';
const DIRECTIVE = 'doc:national:35-ct-tw';

for (const factory of storeFactories) {
  describe(`IMPLEMENTS on the ${factory.name} store`, () => {
    it('is stored from plan to directive with each article its evidence, idempotently, and goes with the last article that states it', async () => {
      const store = await factory.make();
      try {
        await store.writeArticle(A);
        await store.writeArticle(A);
        await store.writeArticle(B);
        const out = await store.getRelationships([PLAN], 'OUT', ['IMPLEMENTS']);
        expect(out.map((r) => [r.from, r.to, r.article]).sort()).toEqual([[PLAN, DIRECTIVE, A.article.id], [PLAN, DIRECTIVE, B.article.id]].sort());
        expect(out.find((r) => r.article === B.article.id)!.quote).toBe('Ngày 9/4, thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 100-KH/TU.');
        const into = await store.getRelationships([DIRECTIVE], 'IN', ['IMPLEMENTS']);
        expect(into).toHaveLength(2);
        expect((await store.getDegrees([PLAN]))[0].IMPLEMENTS).toEqual({ in: 0, out: 2 });

        expect(await store.deleteArticle(A.article.id)).toBe(true);
        expect((await store.getRelationships([PLAN], 'OUT', ['IMPLEMENTS'])).map((r) => r.article)).toEqual([B.article.id]);
        expect(await store.deleteArticle(B.article.id)).toBe(true);
        expect(await store.getRelationships([DIRECTIVE], 'BOTH', ['IMPLEMENTS'])).toEqual([]);
        expect(await store.getNodes([PLAN, DIRECTIVE])).toEqual([null, null]);
      } finally {
        await store.close();
      }
    });
  });
}
