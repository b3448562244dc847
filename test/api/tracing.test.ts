// Tracing a document down the hierarchy through the API, on every store: the documents that
// carry it out (implements / implementedBy, with evidence), how far that reaches (reach), and
// when and where meetings cite it, directly or through those documents (citationTimeline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, type Harness, harnessStores, nodesOf, startHarness } from './harness';
import { TRACING_ARTICLES } from './tracingArticles';

const INGEST = 'mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { created article { id } } }';

for (const { name } of harnessStores) {
  describe(`tracing a document on the ${name} store`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ store: name, corpus: false });
      for (const a of TRACING_ARTICLES) {
        const r = await h.gql(INGEST, { in: a }, API_KEY);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      }
    }, 60_000);
    afterAll(() => h?.close());

    it('implementedBy: the provincial plans carrying out 35-CT/TW, each with its sentence and article', async () => {
      const r = await h.gql('{ document(code: "35-CT/TW") { implementedBy(first: 10) { totalCount edges { node { document { id code } firstReported evidence { edges { node { quote article { publishedAt } } } } } } } } }');
      expect(r.errors).toBeUndefined();
      const c = r.data.document.implementedBy;
      expect(c.totalCount).toBe(2);
      const byId = Object.fromEntries(c.edges.map((e: any) => [e.node.document.id, e.node]));
      expect(Object.keys(byId).sort()).toEqual(['doc:gia-lai:45-kh-tu', 'doc:kon-tum:100-kh-tu']);
      expect(nodesOf(byId['doc:kon-tum:100-kh-tu'].evidence)).toEqual([
        { quote: 'Hội nghị nghe báo cáo tiến độ thực hiện Kế hoạch số 100-KH/TU ngày 20/2/2020 của Tỉnh ủy thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.', article: { publishedAt: '2020-06-26' } },
      ]);
      // most recently reported first: Gia Lai's (2021) before Kon Tum's (2020)
      expect(c.edges.map((e: any) => e.node.document.code)).toEqual(['45-KH/TU', '100-KH/TU']);
    });

    it('implements: what a plan carries out, paginated like every connection', async () => {
      const r = await h.gql('{ a: document(id: "doc:gia-lai:12-ctr-tu") { implements(first: 1) { pageInfo { hasNextPage endCursor } edges { node { document { code } } } } } }');
      expect(r.errors).toBeUndefined();
      const first = r.data.a.implements;
      expect(first.edges).toHaveLength(1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const r2 = await h.gql('query($after: String) { document(id: "doc:gia-lai:12-ctr-tu") { implements(first: 5, after: $after) { pageInfo { hasNextPage } edges { node { document { code } } } } } }', { after: first.pageInfo.endCursor });
      const codes = [first.edges[0].node.document.code, ...r2.data.document.implements.edges.map((e: any) => e.node.document.code)].sort();
      expect(codes).toEqual(['18-NQ/TW', '19-NQ/TW']);
      expect(r2.data.document.implements.pageInfo.hasNextPage).toBe(false);
      // a directive carries out nothing here
      const d = await h.gql('{ document(code: "35-CT/TW") { implements { totalCount } } }');
      expect(d.data.document.implements.totalCount).toBe(0);
    });

    it('reach: the documents carrying it out, transitively, nearest first, with the meetings that cite each', async () => {
      const q = '{ document(code: "35-CT/TW") { reach(depth: 2) { truncated documents { depth document { id } carriesOut { id } evidence { edges { node { quote } } } citedBy(first: 5) { edges { node { date province } } } } } } }';
      const r = await h.gql(q);
      expect(r.errors).toBeUndefined();
      const reach = r.data.document.reach;
      expect(reach.truncated).toBe(false);
      expect(reach.documents.map((d: any) => [d.depth, d.document.id, d.carriesOut.id])).toEqual([
        [1, 'doc:kon-tum:100-kh-tu', 'doc:national:35-ct-tw'],
        [1, 'doc:gia-lai:45-kh-tu', 'doc:national:35-ct-tw'],
        [2, 'doc:gia-lai:07-kh-hu', 'doc:gia-lai:45-kh-tu'],
      ]);
      const hu = reach.documents[2];
      expect(nodesOf(hu.evidence)[0].quote).toContain('Kế hoạch số 07-KH/HU của Huyện ủy Chư Păh thực hiện Kế hoạch số 45-KH/TU');
      // the district plan is cited by its own meeting (8/4) and by the provincial review (15/3)
      expect(hu.citedBy.edges.map((e: any) => e.node)).toEqual([
        { date: '2021-04-08', province: 'Gia Lai' },
        { date: '2021-03-15', province: 'Gia Lai' },
      ]);
      // one step only: the district plan is not reached
      const one = await h.gql('{ document(code: "35-CT/TW") { reach(depth: 1) { documents { document { id } } } } }');
      expect(one.data.document.reach.documents.map((d: any) => d.document.id)).toEqual(['doc:kon-tum:100-kh-tu', 'doc:gia-lai:45-kh-tu']);
    });

    it('reach is capped: limit cuts it and says so', async () => {
      const r = await h.gql('{ document(code: "35-CT/TW") { reach(depth: 3, limit: 2) { truncated documents { depth document { id } } } } }');
      expect(r.data.document.reach).toEqual({ truncated: true, documents: [{ depth: 1, document: { id: 'doc:kon-tum:100-kh-tu' } }, { depth: 1, document: { id: 'doc:gia-lai:45-kh-tu' } }] });
    });

    it('citationTimeline: meetings citing it per month and province, directly', async () => {
      const r = await h.gql('{ document(code: "35-CT/TW") { citationTimeline(by: MONTH) { meetings documents truncated buckets { period province meetings } } } }');
      expect(r.errors).toBeUndefined();
      expect(r.data.document.citationTimeline).toEqual({
        meetings: 3,
        documents: 1,
        truncated: false,
        buckets: [
          { period: '2020-06', province: 'Kon Tum', meetings: 1 },
          { period: '2021-03', province: 'Gia Lai', meetings: 1 },
          { period: '2022-05', province: 'Kon Tum', meetings: 1 },
        ],
      });
    });

    it('citationTimeline with depth: through the plans that carry it out too, each meeting once', async () => {
      const r = await h.gql('{ document(code: "35-CT/TW") { citationTimeline(by: MONTH, depth: 2) { meetings documents buckets { period province meetings } } } }');
      expect(r.data.document.citationTimeline).toEqual({
        meetings: 4,
        documents: 4,
        buckets: [
          { period: '2020-06', province: 'Kon Tum', meetings: 1 },
          { period: '2021-03', province: 'Gia Lai', meetings: 1 },
          { period: '2021-04', province: 'Gia Lai', meetings: 1 },
          { period: '2022-05', province: 'Kon Tum', meetings: 1 },
        ],
      });
    });

    it('citationTimeline by year and for one province, the province spelt any way', async () => {
      const r = await h.gql('{ document(code: "35-CT/TW") { citationTimeline(by: YEAR, province: "kon tum", depth: 2) { meetings buckets { period province meetings } } } }');
      expect(r.data.document.citationTimeline).toEqual({
        meetings: 2,
        buckets: [
          { period: '2020', province: 'Kon Tum', meetings: 1 },
          { period: '2022', province: 'Kon Tum', meetings: 1 },
        ],
      });
      const gl = await h.gql('{ document(code: "35-CT/TW") { citationTimeline(by: YEAR, province: "Tỉnh Gia Lai", depth: 2) { buckets { period meetings } } } }');
      expect(gl.data.document.citationTimeline.buckets).toEqual([{ period: '2021', meetings: 2 }]);
    });

    it('bad arguments get a clear BAD_USER_INPUT naming the argument, and the server goes on', async () => {
      for (const [q, argument] of [
        ['{ document(code: "35-CT/TW") { reach(depth: 9) { truncated } } }', 'depth'],
        ['{ document(code: "35-CT/TW") { reach(depth: 0) { truncated } } }', 'depth'],
        ['{ document(code: "35-CT/TW") { reach(limit: 5000) { truncated } } }', 'limit'],
        ['{ document(code: "35-CT/TW") { citationTimeline(province: "Atlantis") { meetings } } }', 'province'],
        ['{ document(code: "35-CT/TW") { citationTimeline(depth: -1) { meetings } } }', 'depth'],
      ]) {
        const r = await h.gql(q);
        expect(r.errors?.[0].extensions, q).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
      expect((await h.gql('{ stats { documents } }')).data.stats.documents).toBeGreaterThan(0);
    });

    it('is priced: a reach of every document asked for much is refused before it runs', async () => {
      const q = `{ documents(first: 100) { edges { node { reach(depth: 4, limit: 200) { documents { citedBy(first: 100) { edges { node { title } } } } } } } } }`;
      const r = await h.gql(q);
      expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('deleting the article that states a relation removes it', async () => {
      const ids = await h.gql('{ articles(first: 10) { edges { node { id publishedAt } } } }');
      const kontum2020 = ids.data.articles.edges.find((e: any) => e.node.publishedAt === '2020-06-26').node.id;
      const del = await h.gql('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id: kontum2020 }, API_KEY);
      expect(del.errors).toBeUndefined();
      const r = await h.gql('{ document(code: "35-CT/TW") { implementedBy { edges { node { document { id } } } } } }');
      expect(r.data.document.implementedBy.edges.map((e: any) => e.node.document.id)).toEqual(['doc:gia-lai:45-kh-tu']);
      // put back for any test after this one
      await h.gql(INGEST, { in: TRACING_ARTICLES[2] }, API_KEY);
    });
  });
}
