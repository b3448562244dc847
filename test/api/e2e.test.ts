// The API end to end, over real HTTP: the server on a random port, each store (memory, and
// Neo4j where NEO4J_URI is set) loaded with the five bundled articles, and the questions the API exists to answer, with the
// answers a careful reader finds in those articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, codes, harnessStores, nodesOf, startHarness, type Harness } from './harness';

describe.each(harnessStores)('on the $name store', ({ name }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ store: name });
  });
  afterAll(async () => h?.close());

  /** A valid query nested exactly `depth` levels deep: meetings → chairs → offices → position → holders → person → offices → … → name. */
  function nestedQuery(depth: number): string {
    const cycle = ['offices(first: 1)', 'position', 'holders(first: 1)', 'person'];
    const levels = ['meetings(first: 1)', 'chairs(first: 1)'];
    while (levels.length < depth - 1) levels.push(cycle[(levels.length - 2) % cycle.length]);
    // an `offices`/`holders` page holds relations; the last level must be a scalar
    const leaf = /^(offices|holders)/.test(levels[levels.length - 1]) ? 'firstReported' : 'name';
    // a connection's `edges { node }` is no level of its own (queryDepth, src/api/limits.ts)
    const isPage = (f: string) => f.includes('(first');
    const open = levels.map((f) => (isPage(f) ? `${f} { edges { node { ` : `${f} { `)).join('');
    const close = levels.map((f) => (isPage(f) ? '} } } ' : '} ')).join('');
    return `{ ${open}${leaf} ${close}}`;
  }

  async function idOf(text: string, type: string): Promise<string> {
    const r = await h.gql(`query($t: String!, $types: [NodeType!]) { search(text: $t, types: $types, first: 1) { id } }`, { t: text, types: [type] });
    expect(r.errors).toBeUndefined();
    expect(r.data.search).toHaveLength(1);
    return r.data.search[0].id;
  }

  describe('researchers', () => {
    it('who chaired the meeting of 2020-06-25: A Pớt and Lê Ngọc Tuấn', async () => {
      const r = await h.gql(`{ meetings(filter: { from: "2020-06-25", to: "2020-06-25" }) {
        totalCount edges { node { date title chairs { edges { node { name } } } evidence { edges { node { quote article { publishedAt } } } } reportedBy(first: 1) { totalCount edges { node { publishedAt } } } } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.meetings.totalCount).toBe(1);
      const m = r.data.meetings.edges[0].node;
      expect(m.date).toBe('2020-06-25');
      expect(m.title).toMatch(/^Giao ban Khối Đảng quý II\/2020/);
      expect(nodesOf(m.chairs).map((p: { name: string }) => p.name).sort()).toEqual(['A Pớt', 'Lê Ngọc Tuấn']);
      expect(nodesOf(m.evidence)).toHaveLength(1);
      expect(nodesOf(m.evidence)[0].article.publishedAt).toBe('2020-06-25');
      expect(m.reportedBy).toEqual({ totalCount: 1, edges: [{ node: { publishedAt: '2020-06-25' } }] });
    });

    it('meetings chaired by a person, by id', async () => {
      const apot = await idOf('a pot', 'PERSON');
      const r = await h.gql(`query($p: ID!) { meetings(filter: { chairedBy: $p }) { edges { node { date } } } }`, { p: apot });
      expect(r.data.meetings.edges.map((e: any) => e.node.date)).toEqual(['2020-06-25']);
    });

    it('meetings by who spoke, attended, organized, what they cited, dates and title words', async () => {
      const ids = {
        trang: await idOf('duong van trang', 'PERSON'),
        kringBa: await idOf('kring ba', 'PERSON'),
        tinhUy: await idOf('tinh uy kon tum', 'ORGANIZATION'),
        ct05: await idOf('05-CT/TW', 'DOCUMENT'),
      };
      const dates = async (filter: string) => {
        const literal = filter.replace(/\$(\w+)/g, (_, k: keyof typeof ids) => JSON.stringify(ids[k]));
        const r = await h.gql(`{ meetings(filter: ${literal}) { edges { node { date } } } }`);
        expect(r.errors, filter).toBeUndefined();
        return r.data.meetings.edges.map((e: any) => e.node.date);
      };
      expect(await dates('{ spokeBy: $trang }')).toEqual(['2022-06-28', '2021-07-27']);
      expect(await dates('{ attendedBy: $kringBa }')).toEqual(['2020-06-25']);
      expect(await dates('{ organizer: $tinhUy }')).toEqual(['2021-07-27']);
      // newest first, the meeting whose day the text leaves uncertain last
      expect(await dates('{ cites: $ct05 }')).toEqual(['2019-08-02', null]);
      expect(await dates('{ search: "giao ban" }')).toEqual(['2022-06-28', '2021-07-27', '2020-06-25']);
      expect(await dates('{ search: "giao ban", from: "2021-01-01", to: "2021-12-31" }')).toEqual(['2021-07-27']);
    });

    it("a person's offices as a timeline, with dates reported and evidence", async () => {
      const trang = await idOf('duong van trang', 'PERSON');
      const r = await h.gql(`query($id: ID!) { person(id: $id) { name offices { edges { node {
        position { name } organization { name } firstReported lastReported evidence { edges { node { quote article { publishedAt } } } } } } } } }`, { id: trang });
      expect(r.errors).toBeUndefined();
      const offices = nodesOf(r.data.person.offices);
      const bithu = offices.find((o: any) => o.position.name === 'Bí thư Tỉnh ủy Kon Tum');
      expect(bithu).toMatchObject({ organization: { name: 'Tỉnh ủy Kon Tum' }, firstReported: '2021-07-27', lastReported: '2022-06-28' });
      expect(nodesOf(bithu.evidence)).toHaveLength(2);
      for (const e of nodesOf(bithu.evidence)) expect(e.quote).toContain('Bí thư Tỉnh ủy');
    });

    it("an office's holders over time: who was Bí thư Tỉnh ủy Kon Tum, as of when", async () => {
      const r = await h.gql(`{ positions(filter: { search: "bi thu tinh uy kon tum" }) { edges { node { id name
        holders { edges { node { person { name } firstReported lastReported } } } } } } }`);
      expect(r.errors).toBeUndefined();
      const bithu = r.data.positions.edges.map((e: any) => e.node).find((p: any) => p.name === 'Bí thư Tỉnh ủy Kon Tum');
      expect(nodesOf(bithu.holders)).toEqual([{ person: { name: 'Dương Văn Trang' }, firstReported: '2021-07-27', lastReported: '2022-06-28' }]);
      const asOf = async (date: string) => {
        const a = await h.gql(`query($id: ID!, $d: String) { position(id: $id) { holders(asOf: $d) { edges { node { person { name } lastReported } } } } }`, { id: bithu.id, d: date });
        expect(a.errors).toBeUndefined();
        return nodesOf(a.data.position.holders);
      };
      expect(await asOf('2021-01-01')).toEqual([]);
      expect(await asOf('2021-12-31')).toEqual([{ person: { name: 'Dương Văn Trang' }, lastReported: '2021-07-27' }]);
    });

    it("a body's offices, members and meetings organized", async () => {
      const tinhUy = await idOf('tinh uy kon tum', 'ORGANIZATION');
      const r = await h.gql(`query($id: ID!) { organization(id: $id) { name kind offices { totalCount edges { node { name } } }
        members { totalCount edges { node { person { name } position { role } lastReported } } } meetingsOrganized { edges { node { date } } } } }`, { id: tinhUy });
      expect(r.errors).toBeUndefined();
      const o = r.data.organization;
      expect(o).toMatchObject({ name: 'Tỉnh ủy Kon Tum', kind: 'PARTY_COMMITTEE' });
      expect(o.offices.edges.map((e: any) => e.node.name)).toEqual(['Bí thư Tỉnh ủy Kon Tum', 'Phó Bí thư Thường trực Tỉnh ủy Kon Tum', 'Phó Bí thư Tỉnh ủy Kon Tum']);
      expect(o.offices.totalCount).toBe(3);
      const members = o.members.edges.map((e: any) => e.node);
      expect(members.map((m: any) => `${m.person.name}: ${m.position.role}`).sort()).toEqual([
        'A Pớt: Phó Bí thư Thường trực',
        'Dương Văn Trang: Bí thư',
        'Lê Ngọc Tuấn: Phó Bí thư',
      ]);
      expect(o.members.totalCount).toBe(3);
      // most recently reported first
      const dates = members.map((m: any) => m.lastReported ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      expect(o.meetingsOrganized.edges.map((e: any) => e.node.date)).toEqual(['2021-07-27']);
    });

    it("pages a body's members and offices like every list: in order, none repeated or skipped, a cursor of another list refused", async () => {
      const tinhUy = await idOf('tinh uy kon tum', 'ORGANIZATION');
      const q = `query($id: ID!, $after: String) { organization(id: $id) { members(first: 1, after: $after) { edges { cursor node { person { id } position { id } } } pageInfo { hasNextPage endCursor } }
        offices(first: 1) { pageInfo { endCursor } } } }`;
      const whole = (await h.gql(`query($id: ID!) { organization(id: $id) { members { edges { node { person { id } position { id } } } } } }`, { id: tinhUy })).data.organization.members.edges;
      const paged: unknown[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const m: any = (await h.gql(q, { id: tinhUy, after })).data.organization.members;
        paged.push(...m.edges.map((e: any) => e.node));
        if (!m.pageInfo.hasNextPage) break;
        after = m.pageInfo.endCursor;
      }
      expect(paged).toEqual(whole.map((e: any) => e.node));
      const officesCursor = (await h.gql(q, { id: tinhUy, after: null })).data.organization.offices.pageInfo.endCursor;
      const wrong = await h.gql(q, { id: tinhUy, after: officesCursor });
      expect((wrong.errors as any)?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('stats count the graph by type', async () => {
      const r = await h.gql('{ stats { articles meetings } }');
      expect(r.data.stats).toEqual({ articles: 5, meetings: 5 });
    });
  });

  describe('journalists', () => {
    it('where 05-CT/TW is cited: two meetings, reported by two articles, with the quoted sentences', async () => {
      const r = await h.gql(`{ document(code: "05-CT/TW") { code kind issuer { name }
        citations { totalCount edges { node { meeting { title } evidence { edges { node { quote start end article { file text } } } } } } } } }`);
      expect(r.errors).toBeUndefined();
      const d = r.data.document;
      expect(d).toMatchObject({ code: '05-CT/TW', kind: 'DIRECTIVE', issuer: { name: 'Bộ Chính trị' } });
      expect(d.citations.totalCount).toBe(2);
      const evidence = d.citations.edges.flatMap((e: any) => nodesOf(e.node.evidence));
      expect(evidence.map((e: any) => e.article.file).sort()).toEqual(['003_0dc449bf4ae97b1a.txt', '004_1431ec6094ab7c91.txt']);
      for (const e of evidence) {
        expect(e.quote).toContain('Chỉ thị số 05-CT/TW');
        // the offsets point at the quote in the article text
        expect(e.article.text.slice(e.start, e.end)).toBe(e.quote);
      }
    });

    it('document by code ignores case and spacing, and documentsByCode lists every match', async () => {
      const r = await h.gql(`{ a: document(code: "100-kh/tu") { id code issuer { name } } b: documentsByCode(code: "100-KH/TU") { id } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.a).toMatchObject({ code: '100-KH/TU', issuer: { name: 'Tỉnh ủy Kon Tum' } });
      expect(r.data.b).toEqual([{ id: r.data.a.id }]);
    });

    it('documents by kind and by issuer', async () => {
      const bct = await idOf('bo chinh tri', 'ORGANIZATION');
      const r = await h.gql(`query($i: ID!) { directives: documents(filter: { kind: DIRECTIVE }) { edges { node { code } } }
        byIssuer: documents(filter: { issuer: $i }) { edges { node { code } } } }`, { i: bct });
      expect(r.errors).toBeUndefined();
      expect(r.data.directives.edges.map((e: any) => e.node.code)).toEqual(['05-CT/TW', '35-CT/TW']);
      expect(r.data.byIssuer.edges.map((e: any) => e.node.code)).toEqual(['05-CT/TW', '35-CT/TW']);
    });

    it('an article with its text and what was extracted from it', async () => {
      const r = await h.gql(`{ articles(filter: { from: "2020-06-25", to: "2020-06-25" }) { edges { node { id
        title publishedAt text people { edges { node { name } } } meetings { edges { node { date } } } documents { edges { node { code } } } } } } }`);
      expect(r.errors).toBeUndefined();
      const a = r.data.articles.edges[0].node;
      const again = await h.gql(`query($id: ID!) { article(id: $id) { id } }`, { id: a.id });
      expect(again.data.article.id).toBe(a.id);
      expect(a.publishedAt).toBe('2020-06-25');
      expect(a.text).toContain('cùng chủ trì Hội nghị');
      expect(nodesOf(a.people).map((p: any) => p.name)).toEqual(expect.arrayContaining(['A Pớt', 'Lê Ngọc Tuấn', 'KRing Ba']));
      expect(nodesOf(a.meetings)).toEqual([{ date: '2020-06-25' }]);
      expect(nodesOf(a.documents).map((d: any) => d.code).sort()).toEqual(['100-KH/TU', '35-CT/TW']);
    });
  });

  describe('graph explorers', () => {
    it('search("duong van") finds Dương Văn Trang first, without diacritics', async () => {
      const r = await h.gql('{ search(text: "duong van") { id type label score } }');
      expect(r.errors).toBeUndefined();
      expect(r.data.search[0]).toMatchObject({ type: 'PERSON', label: 'Dương Văn Trang' });
    });

    it('a shortest path from A Pớt to 100-KH/TU: he chaired the meeting that cited it', async () => {
      const [from, to] = [await idOf('a pot', 'PERSON'), await idOf('100-KH/TU', 'DOCUMENT')];
      const any = await h.gql(`query($f: ID!, $t: ID!) { path(from: $f, to: $t) { size } }`, { f: from, t: to });
      expect(any.data.path.size).toBe(3);
      const r = await h.gql(`query($f: ID!, $t: ID!) { path(from: $f, to: $t, types: [CHAIRED, CITES]) {
        nodes { id type label } edges { type source target } truncated } }`, { f: from, t: to });
      expect(r.errors).toBeUndefined();
      const meeting = r.data.path.nodes.find((n: any) => n.type === 'MEETING');
      expect(r.data.path.nodes.map((n: any) => n.type)).toEqual(['PERSON', 'MEETING', 'DOCUMENT']);
      expect(r.data.path.nodes.map((n: any) => n.id)).toEqual([from, meeting.id, to]);
      expect(r.data.path.edges.map((e: any) => e.type)).toEqual(['CHAIRED', 'CITES']);
      expect(r.data.path.edges).toEqual(
        expect.arrayContaining([
          { type: 'CHAIRED', source: from, target: meeting.id },
          { type: 'CITES', source: meeting.id, target: to },
        ]),
      );
      expect(r.data.path.edges).toHaveLength(2);
      expect(r.data.path.truncated).toBe(false);
    });
  });

  describe('mutations, limits and errors over HTTP', () => {
    it('refuses an unauthenticated mutation', async () => {
      const r = await h.gql(`mutation { deleteArticle(id: "article:x") { deleted } }`);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.data?.deleteArticle ?? null).toBeNull();
      const wrong = await h.gql(`mutation { deleteArticle(id: "article:x") { deleted } }`, undefined, `${API_KEY}-wrong`);
      expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses a depth-20 query with QUERY_TOO_COMPLEX before running it', async () => {
      const deep = nestedQuery(20);
      const r = await h.gql(deep);
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(r.errors![0].extensions).toMatchObject({ depth: 20, maxDepth: 10 });
      expect(r.data).toBeUndefined();
      // the same shape within the limit runs
      const ok = await h.gql(nestedQuery(10));
      expect(ok.errors).toBeUndefined();
    });

    it('answers a syntax-broken query with an error and keeps serving', async () => {
      const broken = await h.gql('{ meetings(first: 5) { edges { node { title }');
      expect(broken.status).toBe(400);
      expect(codes(broken)).toEqual(['GRAPHQL_PARSE_FAILED']);
      const next = await h.gql('{ stats { articles } }');
      expect(next.data.stats.articles).toBe(5);
    });

    it('/health answers 200 with the store kind', async () => {
      const res = await fetch(h.server.url.replace('/graphql', '/health'));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', store: name, ready: true });
    });
  });
});
