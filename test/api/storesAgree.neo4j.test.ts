// Memory and Neo4j are two adapters of one port: the same articles must give the same
// answers, byte for byte, to the same GraphQL queries. Both servers are loaded with the same
// articles (the bundled corpus; a generated one), asked the README's examples, the bench's
// canonical queries and a walk through every list, and their JSON compared whole.
// A *.neo4j.test.ts file: run only where the suite has a Neo4j (NEO4J_URI; `npm run test:neo4j`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { canonicalQueries, pickTargets } from '../../bench/measure/queries';
import { ingestArticle } from '../../src/pipeline';
import { startHarness, type Harness } from './harness';
import { TRACING_ARTICLES } from './tracingArticles';

/** The journalist's tracing query of the README, for a document code. */
const TRACING_QUERY = `{ document(code: "$code") { code citationTimeline(by: MONTH, depth: 2) { meetings documents truncated buckets { period province meetings } } reach(depth: 2) { truncated documents { depth document { code issuer { name } } carriesOut { code } evidence(first: 3) { totalCount edges { node { quote article { publishedAt } } } } citedBy(first: 5) { totalCount edges { node { title date province } } } } } implementedBy(first: 20) { totalCount edges { cursor node { document { id code } firstReported lastReported evidence { edges { node { quote } } } } } } implements(first: 20) { totalCount edges { cursor node { document { id code } evidence { edges { node { quote } } } } } } } }`;

/** The README's example queries, as a user would send them. */
const README_QUERIES = [
  '{ stats { articles people meetings documents } }',
  '{ meetings(filter: { from: "2020-06-25", to: "2020-06-25" }) { totalCount edges { node { date title chairs { edges { node { name offices { edges { node { position { name } organization { name } firstReported } } } } } } cites { edges { node { code issuer { name } } } } } } } }',
  '{ positions(filter: { search: "bi thu tinh uy kon tum" }, first: 1) { edges { node { name holders { edges { node { person { name } firstReported lastReported evidence { edges { node { quote article { publishedAt } } } } } } } } } } }',
  '{ document(code: "05-CT/TW") { code kind issuer { name } citations { totalCount edges { node { meeting { title date } evidence { edges { node { quote article { id title publishedAt } } } } } } } } }',
  '{ search(text: "duong van") { id type label score degree } }',
  '{ node(id: "person:kon-tum:apot") { degrees { type in out } } neighborhood(id: "person:kon-tum:apot", depth: 1, limit: 50) { nodes { id type label degree } edges { id type source target } truncated } }',
  '{ path(from: "person:kon-tum:apot", to: "doc:kon-tum:100-kh-tu") { nodes { id type label } edges { id type source target } truncated } }',
  TRACING_QUERY.replace('$code', '35-CT/TW'),
];

/** A nested page of `field` with its cursors and total. */
const pg = (field: string, inner: string, first?: number) => `${field}${first ? `(first: ${first})` : ''} { totalCount edges { cursor node { ${inner} } } }`;

/** Every list of the API, one page after another, with the fields that come from the store (nested lists by their first page). */
const LISTS: Record<string, string> = {
  people: `name aliases province ${pg('offices', 'position { name } organization { name } firstReported lastReported ' + pg('evidence', 'quote asOf start', 5), 10)}`,
  organizations: 'name kind level province',
  positions: 'name role',
  meetings: `title date kind period online ${['chairs', 'speakers', 'attendees', 'organizers'].map((f) => pg(f, 'name', 10)).join(' ')} ${pg('cites', 'code', 10)}
    ${pg('citations', 'document { code } firstReported ' + pg('evidence', 'quote', 3), 5)} ${pg('participants', 'role person { name } lastReported', 10)} ${pg('evidence', 'quote asOf', 5)}`,
  documents: `code kind number title issuedOn issuer { name } ${pg('evidence', 'quote asOf article { id }', 10)}`,
  articles: `title publishedAt url source authors province ${['people', 'organizations', 'positions', 'meetings', 'documents', 'reports'].map((f) => pg(f, 'id', 10)).join(' ')} ${pg('mentions', 'id name', 10)}`,
};

async function walk(h: Harness, list: string, fields: string): Promise<unknown[]> {
  const pages: unknown[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const r: { data?: Record<string, any> } = await h.gql(`query($after: String) { ${list}(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id ${fields} } } } }`, { after });
    pages.push(r);
    const conn: { pageInfo: { hasNextPage: boolean; endCursor: string } } | undefined = r.data?.[list];
    if (!conn?.pageInfo.hasNextPage) return pages;
    after = conn.pageInfo.endCursor;
  }
  throw new Error(`${list} does not end`);
}

/** The same request to both servers; the two JSON answers, for one toEqual. */
async function both(servers: Harness[], query: string, variables?: Record<string, unknown>) {
  return Promise.all(servers.map((h) => h.gql(query, variables)));
}

const GENERATED = 150;

describe.each([
  { corpus: 'the bundled corpus', generated: 0, tracing: false },
  { corpus: `${GENERATED} generated articles`, generated: GENERATED, tracing: false },
  { corpus: 'the bundled corpus and the tracing articles', generated: 0, tracing: true },
])('memory and Neo4j agree on $corpus', ({ generated, tracing }) => {
  let servers: Harness[];
  beforeAll(async () => {
    servers = [];
    for (const store of ['memory', 'neo4j']) {
      const h = await startHarness({ store, corpus: generated === 0 });
      servers.push(h);
      for (const a of generateCorpus(generated)) await ingestArticle(h.store, { text: a.text, file: a.file, source: a.source });
      if (tracing) for (const a of TRACING_ARTICLES) await ingestArticle(h.store, a);
    }
  }, 300_000);

  it('traces every document alike: implements, implementedBy, reach and the citation timeline', async () => {
    const [memoryDocs] = await Promise.all(servers.map((h) => walk(h, 'documents', 'code')));
    const codes = [...new Set((memoryDocs as any[]).flatMap((p) => p.data.documents.edges.map((e: any) => e.node.code)).filter((c: unknown): c is string => typeof c === 'string'))];
    expect(codes.length).toBeGreaterThan(0);
    let linked = 0;
    for (const code of codes) {
      const [memory, neo4j] = await both(servers, TRACING_QUERY.replace('$code', code.replace(/"/g, '')));
      expect(memory.errors, code).toBeUndefined();
      expect(neo4j, code).toEqual(memory);
      linked += (memory.data as any).document.implementedBy.totalCount;
    }
    // the tracing articles state relations: the comparison is of something
    if (tracing) expect(linked).toBeGreaterThan(0);
  });
  afterAll(async () => {
    for (const h of servers ?? []) await h.close();
  });

  it('answers the README examples alike', async () => {
    for (const query of README_QUERIES) {
      const [memory, neo4j] = await both(servers, query);
      // the README's ids are of the bundled corpus: on generated articles both say NOT_FOUND alike
      if (generated === 0) expect(memory.errors, query).toBeUndefined();
      expect(neo4j, query).toEqual(memory);
    }
  });

  it("answers the bench's canonical queries alike, about the same targets", async () => {
    const targets = await pickTargets(servers[0].store);
    expect(await pickTargets(servers[1].store)).toEqual(targets);
    for (const q of canonicalQueries(targets)) {
      const [memory, neo4j] = await both(servers, q.query, q.variables);
      expect(memory.errors, q.name).toBeUndefined();
      expect(neo4j, q.name).toEqual(memory);
    }
  });

  it('lists every node of every list alike, page after page, cursors included', async () => {
    for (const [list, fields] of Object.entries(LISTS)) {
      const [memory, neo4j] = await Promise.all(servers.map((h) => walk(h, list, fields)));
      expect(neo4j, list).toEqual(memory);
    }
  });

  it('searches alike, by prefix, without diacritics and by type', async () => {
    for (const text of ['nguyen', 'tinh uy', 'bi thu', 'ct/tw', 'hoi nghi', 'so ']) {
      const [memory, neo4j] = await both(servers, 'query($t: String!) { search(text: $t, first: 25) { id type label score } }', { t: text });
      expect(neo4j, text).toEqual(memory);
    }
  });
});
