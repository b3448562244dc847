// The graph explorers' queries: typeahead, degrees before expanding, neighbourhoods with
// per-type limits, shortest paths and subgraphs, in the { nodes, edges, truncated } shape,
// with hard caps rejected as BAD_USER_INPUT (never clamped silently).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type Harness, nodesOf, startHarness } from './harness';

let h: Harness;
let apot: string;
let tinhUy: string;
beforeAll(async () => {
  h = await startHarness();
  const r = await h.gql('{ p: search(text: "apot", types: [PERSON]) { id } o: search(text: "tinh uy kon tum", types: [ORGANIZATION], first: 1) { id } }');
  apot = r.data.p[0].id;
  tinhUy = r.data.o[0].id;
});
afterAll(async () => h?.close());

const GRAPH = 'nodes { id type label } edges { id type source target } truncated';

describe('search', () => {
  it('matches prefixes as the user types, with or without diacritics and spaces', async () => {
    for (const text of ['dươ', 'duong v', 'DUONG VAN TRANG', 'Dương Văn']) {
      const r = await h.gql('query($t: String!) { search(text: $t, types: [PERSON]) { label } }', { t: text });
      expect(r.data.search[0], text).toEqual({ label: 'Dương Văn Trang' });
    }
    const joined = await h.gql('{ search(text: "APớt") { label type score degree node { ... on Person { offices { edges { node { position { name } } } } } } } }');
    expect(joined.data.search[0]).toMatchObject({ label: 'A Pớt', type: 'PERSON', score: 4, degree: 5 });
    expect(joined.data.search[0].node.offices.edges).toHaveLength(2);
  });

  it('filters by type and ranks an exact name first', async () => {
    const r = await h.gql('{ search(text: "tinh uy kon tum") { type label score } }');
    expect(r.data.search[0]).toEqual({ type: 'ORGANIZATION', label: 'Tỉnh ủy Kon Tum', score: 4 });
    const docs = await h.gql('{ search(text: "ct tw", types: [DOCUMENT]) { label } }');
    expect(docs.data.search.map((d: any) => d.label).sort()).toEqual(['05-CT/TW', '35-CT/TW']);
  });

  it('caps first at 100', async () => {
    expect(codes(await h.gql('{ search(text: "a", first: 101) { id } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('degrees', () => {
  it('per relationship type and direction, before expanding', async () => {
    const r = await h.gql('query($id: ID!) { node(id: $id) { degree degrees { type in out total } } }', { id: apot });
    expect(r.data.node.degrees).toEqual([
      { type: 'HOLDS', in: 0, out: 2, total: 2 },
      { type: 'CHAIRED', in: 0, out: 1, total: 1 },
      { type: 'SPOKE_AT', in: 0, out: 1, total: 1 },
      { type: 'MENTIONS', in: 1, out: 0, total: 1 },
    ]);
    expect(r.data.node.degree).toBe(5);
  });
});

describe('neighborhood', () => {
  it('one step from A Pớt: his offices, the meeting he chaired, the article naming him', async () => {
    const r = await h.gql(`query($id: ID!) { neighborhood(id: $id) { ${GRAPH} } }`, { id: apot });
    expect(r.errors).toBeUndefined();
    const g = r.data.neighborhood;
    expect(g.nodes.map((n: any) => n.type).sort()).toEqual(['ARTICLE', 'MEETING', 'PERSON', 'POSITION', 'POSITION']);
    expect(g.edges.map((e: any) => e.type).sort()).toEqual(['CHAIRED', 'HOLDS', 'HOLDS', 'MENTIONS', 'SPOKE_AT']);
    expect(g.truncated).toBe(false);
    const ids = new Set(g.nodes.map((n: any) => n.id));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('only the relationship types asked for', async () => {
    const r = await h.gql(`query($id: ID!) { neighborhood(id: $id, types: [HOLDS]) { nodes { type } edges { type } } }`, { id: apot });
    expect(r.data.neighborhood.nodes.map((n: any) => n.type).sort()).toEqual(['PERSON', 'POSITION', 'POSITION']);
    expect(r.data.neighborhood.edges.map((e: any) => e.type)).toEqual(['HOLDS', 'HOLDS']);
  });

  it('flags a result cut by limitPerType or limit as truncated', async () => {
    const perType = await h.gql(`query($id: ID!) { neighborhood(id: $id, types: [HOLDS], limitPerType: 1) { nodes { id } truncated } }`, { id: apot });
    expect(perType.data.neighborhood).toMatchObject({ truncated: true });
    expect(perType.data.neighborhood.nodes).toHaveLength(2);
    const total = await h.gql(`query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 4) { nodes { id } truncated } }`, { id: tinhUy });
    expect(total.data.neighborhood.nodes).toHaveLength(4);
    expect(total.data.neighborhood.truncated).toBe(true);
  });

  it.each([
    ['depth: 4', 'depth must be an integer from 1 to 3, got 4'],
    ['depth: 0', 'depth must be an integer from 1 to 3, got 0'],
    ['limit: 501', 'limit must be an integer from 1 to 500, got 501'],
    ['limitPerType: 0', 'limitPerType must be an integer from 1 to 500, got 0'],
  ])('rejects %s with BAD_USER_INPUT', async (arg, message) => {
    const r = await h.gql(`query($id: ID!) { neighborhood(id: $id, ${arg}) { truncated } }`, { id: apot });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toBe(message);
  });
});

describe('path', () => {
  it('is null when no path is that short', async () => {
    const doc = await h.gql('{ document(code: "01-NQ/ĐUK") { id } }');
    const r = await h.gql('query($f: ID!, $t: ID!) { path(from: $f, to: $t, maxLength: 1) { size } }', { f: apot, t: doc.data.document.id });
    expect(r.errors).toBeUndefined();
    expect(r.data.path).toBeNull();
  });

  it('rejects maxLength above 6 and unknown ends', async () => {
    const long = await h.gql('query($f: ID!) { path(from: $f, to: $f, maxLength: 7) { size } }', { f: apot });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    const unknown = await h.gql('query($f: ID!) { path(from: $f, to: "person:nobody") { size } }', { f: apot });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });
});

describe('subgraph', () => {
  it('the given nodes and every edge among them, unknown ids left out', async () => {
    const m = await h.gql('{ meetings(filter: { from: "2020-06-25", to: "2020-06-25" }) { edges { node { id chairs { edges { node { id } } } } } } }');
    const meeting = m.data.meetings.edges[0].node;
    const ids = [meeting.id, ...nodesOf(meeting.chairs).map((c: any) => c.id), 'person:nobody'];
    const r = await h.gql(`query($ids: [ID!]!) { subgraph(ids: $ids) { ${GRAPH} } }`, { ids });
    const g = r.data.subgraph;
    expect(g.nodes).toHaveLength(3);
    // both chaired it and spoke at it
    expect(g.edges.map((e: any) => `${e.type} ${e.target === meeting.id}`).sort()).toEqual(['CHAIRED true', 'CHAIRED true', 'SPOKE_AT true', 'SPOKE_AT true']);
  });

  it('takes at most 500 ids', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `x${i}`);
    expect(codes(await h.gql('query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', { ids }))).toEqual(['BAD_USER_INPUT']);
  });
});
