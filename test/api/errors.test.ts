// Errors: every error carries a code; a store that fails or hangs gives STORE_UNAVAILABLE
// (never a hung request); internals and stack traces stay out of responses unless the
// server runs in development.
import { afterEach, describe, expect, it } from 'vitest';
import { makeFormatError } from '../../src/api/errors';
import { createLogger } from '../../src/logger';
import { codes, startHarness, type Harness } from './harness';
import { brokenStore } from './stores';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('a failing store', () => {
  it('gives STORE_UNAVAILABLE without the driver message or a stack trace', async () => {
    h = await startHarness({ wrap: (s) => brokenStore(s, 'throw', ['listMeetings']) });
    const r = await h.gql('{ meetings { edges { node { id } } } }');
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
    expect(r.errors![0].message).toBe('the graph store failed (listMeetings)');
    expect(JSON.stringify(r)).not.toContain('10.0.0.7');
    expect(r.errors![0].extensions!.stacktrace).toBeUndefined();
    // other queries still work
    expect((await h.gql('{ stats { articles } }')).data.stats.articles).toBe(5);
  });

  it('shows the stack trace in development', async () => {
    h = await startHarness({ wrap: (s) => brokenStore(s, 'throw', ['listMeetings']), env: { NODE_ENV: 'development' } });
    const r = await h.gql('{ meetings { edges { node { id } } } }');
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
    expect(r.errors![0].extensions!.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('StoreFailure')]));
  });

  it('fails only the field that needed it: the rest of the answer comes back', async () => {
    h = await startHarness({ wrap: (s) => brokenStore(s, 'throw', ['getNodes']) });
    const r = await h.gql('{ stats { articles } node(id: "person:kon-tum:apot") { id } }');
    expect(r.data).toEqual({ stats: { articles: 5 }, node: null });
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
    expect(r.errors![0].path).toEqual(['node']);
  });
});

describe('a hanging store', () => {
  it('gives STORE_UNAVAILABLE after the timeout instead of a hung request', async () => {
    h = await startHarness({ wrap: (s) => brokenStore(s, 'hang', ['listMeetings', 'health']), guard: { timeoutMs: 100 } });
    const r = await h.gql('{ meetings { edges { node { id } } } }');
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
    expect(r.errors![0].message).toBe('the graph store did not answer listMeetings within 100 ms');
  });

  it('makes /health answer 503', async () => {
    h = await startHarness({ wrap: (s) => brokenStore(s, 'hang', ['health']), guard: { timeoutMs: 100 } });
    const res = await fetch(h.server.url.replace('/graphql', '/health'));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', ready: false });
  });
});

describe('bad requests', () => {
  it('name what is wrong and carry a code', async () => {
    h = await startHarness();
    const cases: [string, string][] = [
      ['{ meetings(filter: { from: "25/06/2020" }) { totalCount } }', 'BAD_USER_INPUT'],
      ['{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
      ['{ meetings(first: "x") { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['{ document { id } }', 'BAD_USER_INPUT'],
      [`{ people(filter: { search: "${'a'.repeat(201)}" }) { totalCount } }`, 'BAD_USER_INPUT'],
      ['{ neighborhood(id: "person:nobody") { truncated } }', 'NOT_FOUND'],
    ];
    for (const [query, code] of cases) {
      const r = await h.gql(query);
      expect(codes(r), query).toEqual([code]);
      expect(r.errors![0].message.length, query).toBeGreaterThan(10);
    }
    const date = await h.gql('{ meetings(filter: { from: "25/06/2020" }) { totalCount } }');
    expect(date.errors![0].message).toBe('filter.from must be an ISO date (YYYY-MM-DD), got "25/06/2020"');
  });

  it('a body that is not JSON is a 400 and the server keeps serving', async () => {
    h = await startHarness();
    const res = await fetch(h.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect((await h.gql('{ stats { articles } }')).data.stats.articles).toBe(5);
  });
});

describe('a store failing under a relation', () => {
  it('fails the relation with STORE_UNAVAILABLE instead of answering an empty list', async () => {
    h = await startHarness({ wrap: (s) => brokenStore(s, 'throw', ['getRelationPages']) });
    const r = await h.gql('{ meetings(first: 1) { edges { node { date chairs { edges { node { name } } } } } } }');
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
    expect(r.errors![0].path).toEqual(['meetings', 'edges', 0, 'node', 'chairs']);
  });

  it('fails a look-up of many nodes rather than answering nulls', async () => {
    h = await startHarness({ wrap: (s) => brokenStore(s, 'throw', ['getNodes']) });
    const r = await h.gql('{ nodes(ids: ["person:kon-tum:apot", "x"]) { id } }');
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
  });
});

describe('formatError', () => {
  const unexpected = { message: 'Cannot read properties of undefined (reading "props") at /srv/polgraph/dist/api/x.js', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['TypeError: …'] } };

  it('hides an unexpected error behind a generic message in production', () => {
    const format = makeFormatError(false, createLogger('silent'));
    expect(format(unexpected, new TypeError('x'))).toEqual({ message: 'internal server error', locations: undefined, path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('shows it, with its stack, in development', () => {
    const format = makeFormatError(true, createLogger('silent'));
    expect(format(unexpected, new TypeError('x'))).toEqual(unexpected);
  });
});
