// A cursor belongs to the list that issued it: lists differ in their order (meetings by
// date, people by name, a document's citations by date of the meeting), so another list's
// cursor would start a page somewhere arbitrary. It is refused, naming the list it is from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, harnessStores, startHarness, type Harness } from './harness';

describe.each(harnessStores)('on the $name store', ({ name }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ store: name });
  });
  afterAll(async () => h?.close());

  const endCursor = async (query: string, pick: (data: any) => any) => pick((await h.gql(query)).data).pageInfo.endCursor as string;

  describe('a cursor from one list', () => {
    it('pages its own list', async () => {
      const after = await endCursor('{ people(first: 2) { pageInfo { endCursor } } }', (d) => d.people);
      const all = await h.gql('{ people(first: 100) { edges { node { id } } } }');
      const next = await h.gql('query($a: String) { people(first: 2, after: $a) { edges { node { id } } } }', { a: after });
      expect(next.data.people.edges.map((e: any) => e.node.id)).toEqual(all.data.people.edges.slice(2, 4).map((e: any) => e.node.id));
    });

    it.each([
      ['people', 'meetings', '{ meetings(first: 2, after: $a) { totalCount } }'],
      ['meetings', 'people', '{ people(first: 2, after: $a) { totalCount } }'],
      ['people', 'organizations', '{ organizations(first: 2, after: $a) { totalCount } }'],
      ['meetings', 'a document\'s citations', '{ document(code: "05-CT/TW") { citations(first: 1, after: $a) { totalCount } } }'],
      ['meetings', 'search', '{ search(text: "a", after: $a) { id } }'],
    ])('from %s is refused by %s with BAD_USER_INPUT naming its list', async (from, _to, query) => {
      const source = from === 'people' ? '{ people(first: 1) { pageInfo { endCursor } } }' : '{ meetings(first: 1) { pageInfo { endCursor } } }';
      const after = await endCursor(source, (d) => d.people ?? d.meetings);
      const r = await h.gql(`query($a: String) ${query}`, { a: after });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(new RegExp(`this cursor is from the list Query\\.${from}`));
    });

    it("from search is refused by a top-level list", async () => {
      const hit = (await h.gql('{ search(text: "a", first: 1) { cursor } }')).data.search[0];
      const r = await h.gql('query($a: String) { meetings(after: $a) { totalCount } }', { a: hit.cursor });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toContain('Query.search');
    });

    it('a store cursor without its list (as issued before lists were named) is refused too', async () => {
      const bare = Buffer.from(JSON.stringify(['2020-06-25', 'meeting:x']), 'utf8').toString('base64url');
      expect(codes(await h.gql('query($a: String) { meetings(after: $a) { totalCount } }', { a: bare }))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
