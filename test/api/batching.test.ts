// DataLoader batching: a request costs a bounded number of store calls whatever the size
// of the lists in it. The store is wrapped in a counting proxy; the same query is asked
// for 5 and for 50 meetings, and the calls are counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodesOf, startHarness, type Harness } from './harness';
import { countingStore, type CountingStore } from './stores';

const QUERY = `query($first: Int!) { meetings(first: $first) { edges { node {
  chairs(first: 5) { edges { node { name offices(first: 5) { edges { node { organization { name } } } } } } }
  organizers(first: 5) { edges { node { name } } }
  cites(first: 5) { edges { node { code issuer { name } } } } } } } }`;

/** Levels of the query that need the store: the page, then each relation level (rels + nodes). */
const LEVELS = {
  page: 1, // listMeetings
  chairsOrganizersCites: 2, // one relation page of each meeting's three lists, then their nodes
  officesAndIssuers: 2, // chairs' HOLDS and documents' ISSUED_BY, then the nodes
  officesOrganization: 2, // the offices' OF, then the organizations
};
const MAX_CALLS = Object.values(LEVELS).reduce((a, b) => a + b, 0);

let h: Harness;
let counting: CountingStore;

beforeAll(async () => {
  h = await startHarness({
    wrap: (store) => {
      counting = countingStore(store);
      return counting.store;
    },
  });
  await ingestCopies(50);
});
afterAll(async () => h?.close());

/**
 * 50 meetings need more than the five bundled articles: the 2020-06-25 article under other
 * dates reports other meetings (a meeting's id includes its date), so ingest dated copies.
 */
async function ingestCopies(n: number): Promise<void> {
  const files = readdirSync(h.corpusDir).filter((f) => f.endsWith('.txt')).sort();
  const text = readFileSync(join(h.corpusDir, files[1]), 'utf8'); // the 2020-06-25 meeting
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    // a new dateline and first sentence make a new article about a new meeting
    const copy = text.replace('25/06/2020 15:18', `${day}/${month}/2019 08:00`).replace('Sáng 25/6,', `Sáng ${+day}/${+month},`);
    const r = await h.gql(`mutation($t: String!) { ingestArticle(input: { text: $t }) { created } }`, { t: copy }, 'test-key-0123456789');
    expect(r.errors).toBeUndefined();
  }
}

describe('batching', () => {
  it('the corpus holds at least 50 meetings once dated copies are added', async () => {
    const r = await h.gql('{ meetings(first: 100) { totalCount } }');
    expect(r.data.meetings.totalCount).toBeGreaterThanOrEqual(50);
  });

  it(`a page of 5 and a page of 50 meetings cost the same store calls, at most ${MAX_CALLS} (one per level)`, async () => {
    counting.reset();
    const five = await h.gql(QUERY, { first: 5 });
    expect(five.errors).toBeUndefined();
    expect(five.data.meetings.edges).toHaveLength(5);
    const fiveCalls = { ...counting.calls };

    counting.reset();
    const fifty = await h.gql(QUERY, { first: 50 });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.meetings.edges).toHaveLength(50);
    // the answer really walked the relations
    const chairs = fifty.data.meetings.edges.flatMap((e: any) => nodesOf(e.node.chairs));
    expect(chairs.length).toBeGreaterThanOrEqual(50);
    expect(chairs.flatMap((c: any) => nodesOf(c.offices)).some((o: any) => o.organization?.name === 'Tỉnh ủy Kon Tum')).toBe(true);

    expect(counting.calls).toEqual(fiveCalls);
    expect(counting.calls).toEqual({ listMeetings: 1, getRelationPages: 1, getRelationships: 2, getNodes: 3 });
    expect(counting.total()).toBeLessThanOrEqual(MAX_CALLS);
  });

  it("nested connections of a whole page (each document's citations) are one store call, paged by the store", async () => {
    const NESTED = `query($first: Int!) { meetings(first: $first) { edges { node {
      cites(first: 5) { edges { node { citations(first: 2) { totalCount edges { node { meeting { id } evidence(first: 3) { edges { node { quote } } } } } } } } } } } } }`;
    const calls = [];
    for (const first of [5, 50]) {
      counting.reset();
      const r = await h.gql(NESTED, { first });
      expect(r.errors).toBeUndefined();
      const pages = r.data.meetings.edges.flatMap((e: any) => nodesOf(e.node.cites).map((d: any) => d.citations));
      expect(pages.some((c: any) => c.totalCount > 2 && c.edges.length === 2)).toBe(true);
      calls.push({ ...counting.calls });
      // the store was asked for pages of two, not for every citation
      const asked = counting.log.filter((l) => l.method === 'getRelationPages').flatMap((l) => l.args[0] as { first: number; direction: string }[]);
      const citationPages = asked.filter((req) => req.direction === 'IN');
      expect(citationPages.length).toBeGreaterThan(0);
      expect(citationPages.every((req) => req.first === 2)).toBe(true);
    }
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[0]).toEqual({ listMeetings: 1, getNodes: 2, getRelationPages: 2 });
  });

  it('a look-up of many nodes by id is one store call', async () => {
    const page = await h.gql('{ meetings(first: 50) { edges { node { id } } } }');
    const ids = page.data.meetings.edges.map((e: any) => e.node.id);
    counting.reset();
    const r = await h.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id degree } }', { ids });
    expect(r.data.nodes.map((n: any) => n.id)).toEqual(ids);
    expect(counting.calls).toEqual({ getNodes: 1, getDegrees: 1 });
  });

  it('loaders live for one request: a second request asks the store again', async () => {
    counting.reset();
    await h.gql('{ node(id: "person:kon-tum:apot") { id } }');
    await h.gql('{ node(id: "person:kon-tum:apot") { id } }');
    expect(counting.calls.getNodes).toBe(2);
  });
});
