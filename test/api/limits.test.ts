// Depth and cost limits: checked after validation and before execution, so a query that
// is too deep or too costly touches no store and gets QUERY_TOO_COMPLEX.
import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_COST } from '../../src/api/caps';
import { checkLimits, DEFAULT_LIMITS, queryDepth } from '../../src/api/limits';
import { buildPolgraphSchema } from '../../src/api/schema';
import { codes, startHarness, type Harness } from './harness';


import { countingStore, type CountingStore } from './stores';

describe('queryDepth', () => {
  it('counts nested fields', () => {
    expect(queryDepth(parse('{ stats { articles } }'))).toBe(2);
    expect(queryDepth(parse('{ meetings { totalCount } }'))).toBe(2);
  });

  it("counts a connection's edges { node } as no level: a page of chairs is as deep as a list of them", () => {
    expect(queryDepth(parse('{ meetings { edges { node { chairs { edges { node { name } } } } } } }'))).toBe(3);
    expect(queryDepth(parse('{ meetings { edges { cursor node { id } } } }'))).toBe(2);
    // a `node` outside `edges` is a field like any other
    expect(queryDepth(parse('{ node(id: "x") { id } }'))).toBe(2);
    expect(queryDepth(parse('{ meetings { edges { ...E } } } fragment E on MeetingEdge { node { chairs { edges { node { name } } } } }'))).toBe(3);
  });

  it('follows fragments and inline fragments', () => {
    const q = parse('{ node(id: "x") { ...P } } fragment P on Person { ... on Person { offices { edges { node { position { name } } } } } }');
    expect(queryDepth(q)).toBe(4);
  });

  it('counts only the operation asked for', () => {
    const doc = parse('query A { stats { articles } } query B { meetings { edges { node { id } } } }');
    expect(queryDepth(doc, 'A')).toBe(2);
    expect(queryDepth(doc, 'B')).toBe(2);
  });

  it('does not count introspection, so GraphQL IDEs can load the schema', () => {
    expect(queryDepth(parse(getIntrospectionQuery()))).toBe(0);
  });
});

describe('cost', () => {
  it('multiplies by first and by nested lists; the batching query of 50 meetings is within the limit', async () => {
    const schema = await buildPolgraphSchema();
    const q = (first: number) =>
      parse(`{ meetings(first: ${first}) { edges { node { chairs(first: 5) { edges { node { name offices(first: 5) { edges { node { organization { name } } } } } } }
        organizers(first: 5) { edges { node { name } } } cites(first: 5) { edges { node { code issuer { name } } } } } } } }`);
    expect(() => checkLimits(schema, q(50), {}, undefined, DEFAULT_LIMITS)).not.toThrow();
    // a connection is 1 + first × (edges 1 + node 1 + its fields):
    // offices 1 + 5 × (2 + organization 2) = 21; chairs 1 + 5 × (2 + name 1 + offices 21) = 121;
    // organizers 1 + 5 × 3 = 16; cites 1 + 5 × (2 + code 1 + issuer 2) = 26;
    // 1 + 50 × (2 + 121 + 16 + 26) = 8251
    expect(() => checkLimits(schema, q(50), {}, undefined, { maxDepth: 10, maxCost: 8250 })).toThrow('query cost is estimated at 8251; at most 8250 is allowed');
  });

  it('prices a nested list by its page size, default 10, so a default nested twice under a page of 100 is refused', async () => {
    const schema = await buildPolgraphSchema();
    const doc = parse('{ meetings(first: 100) { edges { node { chairs { edges { node { offices { edges { node { firstReported } } } } } } } } } }');
    // 1 + 100 × (2 + 1 + 10 × (2 + 1 + 10 × (2 + 1))) = 33301
    expect(() => checkLimits(schema, doc, {}, undefined, DEFAULT_LIMITS)).toThrow('query cost is estimated at 33301');
  });

  it('reads first from variables', async () => {
    const schema = await buildPolgraphSchema();
    const doc = parse('query($n: Int!) { meetings(first: $n) { edges { node { chairs(first: 5) { edges { node { offices(first: 5) { edges { node { position { holders(first: 5) { edges { node { person { name } } } } } } } } } } } } } } }');
    expect(() => checkLimits(schema, doc, { n: 1 }, undefined, DEFAULT_LIMITS)).not.toThrow();
    expect(() => checkLimits(schema, doc, { n: 100 }, undefined, DEFAULT_LIMITS)).toThrow('query cost is estimated at 61801');
  });
});

describe('over HTTP', () => {
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

  it('a too costly query is refused with QUERY_TOO_COMPLEX (400) and no store call', async () => {
    counting.reset();
    const r = await h.gql(`{ meetings(first: 100) { edges { node { chairs { edges { node { offices { edges { node { position { holders { edges { node { person { participations(first: 100) { totalCount } } } } } } } } } } } } } } } }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].extensions).toMatchObject({ maxCost: MAX_QUERY_COST });
    expect(r.errors![0].extensions!.cost).toBeGreaterThan(MAX_QUERY_COST);
    expect(counting.total()).toBe(0);
  });

  it('a fragment spread many times over is refused before it expands', async () => {
    // each level spreads the one below twice: 2^20 fields once expanded
    const levels = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} a${i}: stats { articles } ...F${i + 1} }`);
    const r = await h.gql(`{ ...F0 } ${levels.join(' ')} fragment F20 on Query { stats { articles } }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(counting.total()).toBe(0);
  });

  it('bad variable values are reported by execution with BAD_USER_INPUT, not by the limits', async () => {
    const r = await h.gql('query($n: Int!) { meetings(first: $n) { totalCount } }', { n: 'many' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('checks the same query text again for each value of its variables (the check is cached per shape)', async () => {
    const q = 'query($n: Int!, $text: String) { meetings(first: $n, filter: { search: $text }) { edges { node { chairs(first: 5) { edges { node { offices(first: 5) { edges { node { position { holders(first: 5) { edges { node { person { name } } } } } } } } } } } } } } }';
    const ok = await h.gql(q, { n: 1, text: 'a' });
    expect(ok.errors).toBeUndefined();
    counting.reset();
    const tooMany = await h.gql(q, { n: 100, text: 'a' });
    expect(codes(tooMany)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(tooMany.errors![0].extensions!.cost).toBe(61801);
    expect(counting.total()).toBe(0);
    // another string, same numbers: still refused; the first shape still allowed
    expect(codes(await h.gql(q, { n: 100, text: 'b' }))).toEqual(['QUERY_TOO_COMPLEX']);
    expect((await h.gql(q, { n: 1, text: 'b' })).errors).toBeUndefined();
    // a bad value is execution's to report, whatever was cached for good ones
    expect(codes(await h.gql(q, { n: 'many', text: 'a' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await h.gql(q, { n: 100, text: 'a' }))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('a @skip on a variable counts in the cost, cached or not', async () => {
    const q = 'query($skip: Boolean!) { stats { articles } meetings(first: 100) @skip(if: $skip) { edges { node { chairs(first: 5) { edges { node { offices(first: 5) { edges { node { position { holders(first: 5) { edges { node { person { name } } } } } } } } } } } } } } }';
    expect((await h.gql(q, { skip: true })).errors).toBeUndefined();
    expect(codes(await h.gql(q, { skip: false }))).toEqual(['QUERY_TOO_COMPLEX']);
    expect((await h.gql(q, { skip: true })).errors).toBeUndefined();
  });

  it('the introspection query a GraphQL IDE sends is allowed', async () => {
    const r = await h.gql(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe('Query');
  });
});
