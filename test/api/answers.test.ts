// Answers a journalist can quote: what the API says about the five bundled articles, on each
// store (memory, and Neo4j where NEO4J_URI is set), checked against what a careful reader finds
// in them (each case was once answered wrongly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harnessStores, nodesOf, startHarness, type Harness } from './harness';

describe.each(harnessStores)('on the $name store', ({ name }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ store: name });
  });
  afterAll(async () => h?.close());

  async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await h.gql<T>(query, variables);
    expect(r.errors).toBeUndefined();
    return r.data as T;
  }

  describe('documents', () => {
    it('a quoted title belongs to the document it follows: 100-KH/TU has it, 35-CT/TW (cited before it) does not', async () => {
      const d = await data(`{ plan: document(code: "100-KH/TU") { title } directive: document(code: "35-CT/TW") { title } }`);
      expect(d.plan.title).toMatch(/^Về chuẩn bị và tổ chức đại hội đảng bộ các cấp/);
      expect(d.directive.title).toBeNull();
    });

    it('every sentence that cites 100-KH/TU reaches its citations, A Pớt’s conclusion included', async () => {
      const d = await data(`{ document(code: "100-KH/TU") { citations { totalCount edges { node { meeting { date } evidence { totalCount edges { node { quote } } } } } } } }`);
      expect(d.document.citations.totalCount).toBe(1);
      const quotes: string[] = nodesOf(d.document.citations.edges[0].node.evidence).map((e: { quote: string }) => e.quote);
      // in the order the article gives them
      expect(quotes).toHaveLength(2);
      expect(d.document.citations.edges[0].node.evidence.totalCount).toBe(2);
      expect(quotes[0]).toMatch(/^Hội nghị cũng đánh giá, căn cứ Chỉ thị số 35-CT\/TW/);
      expect(quotes[1]).toMatch(/^Trọng tâm là triển khai thực hiện có hiệu quả Kế hoạch số 100-KH\/TU/);
    });

    it('"Nghị quyết số 01 của Tỉnh ủy" has its number and its issuer, Tỉnh ủy Kon Tum', async () => {
      const d = await data(`{ documents(filter: { search: "nghi quyet so 01" }) { edges { node { title number kind issuer { name } } } } }`);
      const doc = d.documents.edges.map((e: any) => e.node).find((n: any) => n.title === 'Nghị quyết số 01 của Tỉnh ủy');
      expect(doc).toMatchObject({ number: '01', kind: 'RESOLUTION', issuer: { name: 'Tỉnh ủy Kon Tum' } });
    });
  });

  describe('meetings', () => {
    it('the title of the meeting of 2022-06-28 ends with what it was, not with "diễn ra"', async () => {
      const d = await data(`{ meetings(filter: { from: "2022-06-28", to: "2022-06-28" }) { edges { node { title } } } }`);
      expect(d.meetings.edges).toHaveLength(1);
      const title: string = d.meetings.edges[0].node.title;
      expect(title).toMatch(/6 tháng đầu năm 2022$/);
      expect(title).not.toMatch(/diễn ra/);
    });
  });

  describe('bodies', () => {
    it('seed 004: the department named in full once and then as "Sở" is one body, and so is its party committee', async () => {
      const d = await data(`{ person: search(text: "ta dinh quyen", types: [PERSON], first: 1) { id } }`);
      const p = await data(`query($id: ID!) { person(id: $id) { offices { edges { node { position { name organization { name } } } } } } }`, { id: d.person[0].id });
      const bodies = nodesOf(p.person.offices).map((o: any) => o.position.organization?.name).sort();
      expect(bodies).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Đảng ủy Sở Văn hóa, Thể thao và Du lịch']);
      // no bare "Sở", "Đảng ủy Sở" or "Đảng ủy" node is left beside them
      const orgs = await data(`{ organizations(filter: { search: "dang uy" }, first: 100) { edges { node { name } } } }`);
      const names: string[] = orgs.organizations.edges.map((e: any) => e.node.name);
      expect(names).not.toContain('Đảng ủy');
      expect(names).not.toContain('Đảng ủy Sở');
      const committee = await data(`{ organizations(filter: { search: "dang uy so van hoa" }) { edges { node { name partOf { name } } } } }`);
      expect(committee.organizations.edges.map((e: any) => [e.node.name, e.node.partOf?.name])).toEqual([
        ['Đảng ủy Sở Văn hóa, Thể thao và Du lịch', 'Đảng bộ Sở Văn hóa, Thể thao và Du lịch'],
      ]);
    });

    it('positions(search: "pho giam doc so van hoa") finds the office Tạ Đình Quyền holds', async () => {
      const d = await data(`{ positions(filter: { search: "pho giam doc so van hoa" }) { edges { node { name holders { edges { node { person { name } } } } } } } }`);
      expect(d.positions.edges.map((e: any) => e.node.name)).toEqual(['Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch']);
      expect(nodesOf(d.positions.edges[0].node.holders).map((x: any) => x.person.name)).toEqual(['Tạ Đình Quyền']);
    });
  });

  describe('search', () => {
    it('"k ring ba", typed by syllables, finds KRing Ba', async () => {
      const d = await data(`{ search(text: "k ring ba", types: [PERSON], first: 3) { label } }`);
      expect(d.search.map((s: any) => s.label)).toContain('KRing Ba');
    });
  });
});
