// Cursor connections: `first` defaults to 20 and is capped at 100, cursors are keyset
// cursors from the store (a page does not repeat or skip rows when articles arrive between
// two requests), and totalCount is counted only when the query selects it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, codes, startHarness, type Harness } from './harness';
import { countingStore, type CountingStore } from './stores';

let h: Harness;
let counting: CountingStore;
beforeAll(async () => {
  h = await startHarness({
    wrap: (store) => {
      counting = countingStore(store);
      return counting.store;
    },
  });
});
afterAll(async () => h?.close());

const PAGE = `query($first: Int, $after: String) { meetings(first: $first, after: $after) {
  edges { cursor node { id date } } pageInfo { hasNextPage endCursor } } }`;

describe('first', () => {
  it('defaults to 20', async () => {
    counting.reset();
    await h.gql('{ meetings { edges { node { id } } } }');
    expect(counting.log.find((c) => c.method === 'listMeetings')!.args[1]).toMatchObject({ first: 20 });
  });

  it('above 100 or below 0 is BAD_USER_INPUT, and the store is not asked', async () => {
    counting.reset();
    for (const first of [101, -1]) {
      const r = await h.gql(PAGE, { first });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toBe(`first must be an integer from 0 to 100, got ${first}`);
    }
    expect(counting.calls.listMeetings).toBeUndefined();
  });

  it('a cursor the store did not issue is BAD_USER_INPUT', async () => {
    const r = await h.gql(PAGE, { first: 2, after: 'not-a-cursor' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('keyset cursors', () => {
  it('walking the meetings two at a time gives the whole list once, in order', async () => {
    const all = (await h.gql(PAGE, { first: 100 })).data.meetings.edges.map((e: any) => e.node.id);
    expect(all).toHaveLength(5);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = (await h.gql(PAGE, { first: 2, after })).data.meetings;
      walked.push(...r.edges.map((e: any) => e.node.id));
      expect(r.pageInfo.endCursor).toBe(r.edges[r.edges.length - 1]?.cursor ?? null);
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
  });

  it('an article ingested between two pages neither repeats nor skips a row', async () => {
    const first = (await h.gql(PAGE, { first: 2 })).data.meetings;
    const expectedNext = (await h.gql(PAGE, { first: 2, after: first.pageInfo.endCursor })).data.meetings.edges.map((e: any) => e.node.id);
    // a meeting newer than every other: it sorts before the cursor
    const text = `Hội nghị giao ban tháng 1/2030\n\n05/01/2030 09:00\n\nSáng 5/1, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban tháng 1/2030. Đồng chí Phan Văn Thịnh - Phó Bí thư Tỉnh ủy chủ trì Hội nghị.\n`;
    const ingested = await h.gql(`mutation($t: String!) { ingestArticle(input: { text: $t, province: "Kon Tum" }) { article { meetings { edges { node { date } } } } } }`, { t: text }, API_KEY);
    expect(ingested.data.ingestArticle.article.meetings.edges).toEqual([{ node: { date: '2030-01-05' } }]);
    const next = (await h.gql(PAGE, { first: 2, after: first.pageInfo.endCursor })).data.meetings.edges.map((e: any) => e.node.id);
    expect(next).toEqual(expectedNext);
  });
});

describe('totalCount', () => {
  it('is counted only when selected, fragments included', async () => {
    counting.reset();
    await h.gql('{ meetings(first: 1) { edges { node { id } } } }');
    await h.gql('{ meetings(first: 1) { ...counted } } fragment counted on MeetingConnection { totalCount }');
    const asked = counting.log.filter((c) => c.method === 'listMeetings').map((c) => (c.args[1] as { withTotal: boolean }).withTotal);
    expect(asked).toEqual([false, true]);
  });

  it('every top-level list is a connection whose totalCount matches stats', async () => {
    const stats = (await h.gql('{ stats { people organizations positions documents articles places meetings } }')).data.stats;
    for (const list of ['people', 'organizations', 'positions', 'documents', 'articles', 'places', 'meetings'] as const) {
      const r = await h.gql(`{ ${list}(first: 2) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`);
      expect(r.errors, list).toBeUndefined();
      const c = r.data[list];
      expect(c.totalCount, list).toBe(stats[list]);
      expect(c.edges.length, list).toBe(Math.min(2, stats[list]));
      expect(c.pageInfo.hasNextPage, list).toBe(stats[list] > 2);
    }
  });
});

describe('relations that can run to thousands', () => {
  it("are connections too: a body's meetings, a document's citations, a person's participations, paged with cursors", async () => {
    const trang = (await h.gql('{ search(text: "duong van trang", first: 1) { id } }')).data.search[0].id;
    const all = await h.gql(`query($id: ID!) { person(id: $id) { participations { totalCount edges { node { role meeting { date } } } } } }`, { id: trang });
    const rows = all.data.person.participations.edges.map((e: any) => `${e.node.role} ${e.node.meeting.date}`);
    expect(rows).toEqual(['SPOKE_AT 2022-06-28', 'CHAIRED 2021-07-27', 'SPOKE_AT 2021-07-27']);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = await h.gql(`query($id: ID!, $after: String) { person(id: $id) { participations(first: 1, after: $after) {
        edges { node { role meeting { date } } } pageInfo { hasNextPage endCursor } } } }`, { id: trang, after });
      const c = r.data.person.participations;
      walked.push(...c.edges.map((e: any) => `${e.node.role} ${e.node.meeting.date}`));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(walked).toEqual(rows);
  });

  it("a province's bodies by name, as the top-level lists order names", async () => {
    const r = await h.gql('{ places(first: 1) { edges { node { name organizations(first: 3) { totalCount edges { node { name } } pageInfo { hasNextPage } } } } } }');
    const orgs = r.data.places.edges[0].node.organizations;
    expect(orgs.edges.map((e: any) => e.node.name)).toEqual(['Ban Thường vụ Tỉnh ủy Kon Tum', 'Đoàn đại biểu Quốc hội tỉnh Kon Tum', 'Hội đồng nhân dân tỉnh Kon Tum']);
    expect(orgs.pageInfo.hasNextPage).toBe(orgs.totalCount > 3);
  });

  it('check first and the cursor like top-level lists', async () => {
    const r = await h.gql('{ document(code: "05-CT/TW") { citations(first: 101) { totalCount } } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const bad = await h.gql('{ document(code: "05-CT/TW") { citedBy(after: "nope") { totalCount } } }');
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
