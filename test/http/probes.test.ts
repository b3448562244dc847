// The probes of an outsider against the running server (issue 16), one test each: none
// may crash or stall it, and each gets a clear 4xx or GraphQL error.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALFORMED, rawRequest } from '../../bench/abuse/raw';
import { MAX_QUERY_COST } from '../../src/api/caps';
import { API_KEY, codes, type Harness, nodesOf, startHarness } from '../api/harness';

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness({ server: { connection: { requestTimeoutMs: 300, headersTimeoutMs: 300, checkIntervalMs: 50 }, throttle: { maxFailures: 3, blockMs: 60_000 } } });
  base = h.server.url.replace(/\/graphql$/, '');
});
afterAll(async () => h?.close());

const healthy = async () => (await fetch(`${base}/health`)).status;

describe('malformed HTTP', () => {
  it('answers `GET //[` (no URL: it used to kill the process) with a 4xx and keeps serving', async () => {
    const r = await rawRequest(h.server.port, ['GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(await healthy()).toBe(200);
  });

  it.each(MALFORMED.map((m) => [m.name, m.bytes]))('answers %s with a 4xx (or closes), and keeps serving', async (_name, bytes) => {
    const r = await rawRequest(h.server.port, [bytes]);
    if (r.status !== null) {
      expect(r.status, r.text.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(r.status, r.text.slice(0, 200)).toBeLessThan(500);
    } else {
      expect(r.closed).toBe(true);
    }
    expect(await healthy()).toBe(200);
  });

  it('closes a connection whose body never comes (slowloris)', async () => {
    const r = await rawRequest(h.server.port, ['POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"qu'], { timeoutMs: 10_000 });
    expect(r.closed).toBe(true);
    expect(await healthy()).toBe(200);
  });

  it('makes up a request id when the one sent is not a plain token', async () => {
    const r = await rawRequest(h.server.port, ['GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: \u00ff\u00fe<script>\r\nConnection: close\r\n\r\n']);
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/x-request-id: [0-9a-f-]{36}\r\n/i);
  });

  it('closes a connection whose headers never end', async () => {
    const r = await rawRequest(h.server.port, ['GET /health HTTP/1.1\r\n', 'Host: x\r\n', 'X-A: 1\r\n'], { timeoutMs: 10_000, gapMs: 100 });
    expect(r.closed).toBe(true);
    expect(await healthy()).toBe(200);
  });
});

describe('queries priced by the work they can do', () => {
  it('refuses 45 aliases of a depth-3 neighbourhood of 500 × 500 before running any', async () => {
    const aliases = Array.from({ length: 45 }, (_, i) => `a${i}: neighborhood(id: "place:kon-tum", depth: 3, limit: 500, limitPerType: 500) { truncated }`).join(' ');
    const r = await h.gql(`{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].extensions!.cost).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('refuses even one such neighbourhood: its walk may look at millions of relationships', async () => {
    const r = await h.gql('{ neighborhood(id: "place:kon-tum", depth: 3, limit: 500, limitPerType: 500) { truncated } }');
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('still runs the explorer neighbourhood of the README', async () => {
    const r = await h.gql('{ neighborhood(id: "person:kon-tum:apot", depth: 1, limit: 50) { nodes { id type label degree } edges { id type source target } truncated } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.neighborhood.nodes.length).toBeGreaterThan(1);
  });

  it('refuses 1,000 aliases of search', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `s${i}: search(text: "duong") { id }`).join(' ');
    const r = await h.gql(`{ ${aliases} }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('prices a path by its length', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `p${i}: path(from: "place:kon-tum", to: "person:kon-tum:apot", maxLength: 6) { size }`).join(' ');
    expect(codes(await h.gql(`{ ${aliases(30)} }`))).toEqual(['QUERY_TOO_COMPLEX']);
    expect((await h.gql(`{ ${aliases(2)} }`)).errors).toBeUndefined();
  });
});

describe('the execution budget', () => {
  let small: Harness;
  beforeAll(async () => {
    small = await startHarness({ server: { workUnits: 2000 } });
  });
  afterAll(async () => small?.close());

  it('stops a walk that needs more than the request may spend, with QUERY_TOO_COMPLEX and the reason', async () => {
    const r = await small.gql('{ neighborhood(id: "place:kon-tum", depth: 2, limit: 20) { truncated } }');
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0].extensions!.reason).toBe('work');
    expect(r.errors![0].message).toMatch(/budget/);
    const ok = await small.gql('{ stats { articles } }');
    expect(ok.data.stats.articles).toBe(5);
  });

  it('shares the budget among a request\'s aliases', async () => {
    const one = await small.gql('{ a: neighborhood(id: "person:kon-tum:apot", depth: 1, limit: 5, limitPerType: 1) { truncated } }');
    expect(one.errors).toBeUndefined();
    const many = Array.from({ length: 20 }, (_, i) => `a${i}: neighborhood(id: "person:kon-tum:apot", depth: 1, limit: 5, limitPerType: 1) { truncated }`).join(' ');
    expect(codes(await small.gql(`{ ${many} }`))).toContain('QUERY_TOO_COMPLEX');
  });
});

describe('failed authentication', () => {
  const ingest = 'mutation { deleteArticle(id: "article:none") { deleted } }';
  /** POSTs from a chosen loopback address, so that one test's failures are not another's */
  function post(localAddress: string, token: string): Promise<{ status: number; retryAfter: string | undefined; body: any }> {
    return new Promise((resolve, reject) => {
      const body = JSON.stringify({ query: ingest });
      const req = request(h.server.url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('holds off an address after a few wrong keys with 429 and Retry-After, the right key included, and not other addresses', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await post('127.0.0.2', `wrong-key-${i}-000`);
      expect(r.status).toBe(401);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const held = await post('127.0.0.2', 'wrong-key-again');
    expect(held.status).toBe(429);
    expect(Number(held.retryAfter)).toBeGreaterThan(0);
    expect(held.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    const rightKey = await post('127.0.0.2', API_KEY);
    expect(rightKey.status).toBe(429);
    const other = await post('127.0.0.3', API_KEY);
    expect(other.status).toBe(200);
    expect(other.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('front matter inside the API text', () => {
  const ingest = 'mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { article { id url publishedAt province } } }';
  const body = 'Hội nghị giao ban tháng 1/2024\n\nSáng 5/1, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban tháng 1/2024. Đồng chí Dương Văn Trang - Bí thư Tỉnh ủy chủ trì Hội nghị.';
  const withFront = (lines: string) => `---\n${lines}\n---\n${body}`;

  it.each([
    ['url: javascript:alert(1)', 'url'],
    ['publishedAt: 9999-99-99', 'publishedAt'],
    ['province: Atlantis', 'province'],
    ['author: someone', 'front matter may only set'],
  ])('refuses `%s` as it refuses the input field', async (line, named) => {
    const before = (await h.gql('{ stats { articles } }')).data.stats.articles;
    const r = await h.gql(ingest, { in: { text: withFront(line) } }, API_KEY);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toContain(named);
    expect((await h.gql('{ stats { articles } }')).data.stats.articles).toBe(before);
  });

  it('takes valid front matter, in the fields\' canonical form', async () => {
    const r = await h.gql(ingest, { in: { text: withFront('url: https://kontumtv.vn/a\npublishedAt: 2024-01-05T08:00:00+07:00\nprovince: tỉnh kon tum') } }, API_KEY);
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.article).toMatchObject({ url: 'https://kontumtv.vn/a', publishedAt: '2024-01-05', province: 'Kon Tum' });
  });
});

describe('invisible characters', () => {
  it('keeps zero-width and bidi characters out of names and titles', async () => {
    const text = 'Hội nghị \u202Egiao ban\u202C tháng 2/2024\n\nSáng 6/2, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban tháng 2/2024. Đồng chí Dương\u200bVăn\u2060 Trang - Bí thư Tỉnh ủy chủ trì Hội nghị.';
    const r = await h.gql(
      'mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { article { title people { edges { node { name } } } } } }',
      { in: { text, publishedAt: '2024-02-06', province: 'Kon Tum' } },
      API_KEY,
    );
    expect(r.errors).toBeUndefined();
    const { title, people } = r.data.ingestArticle.article;
    expect(title).toBe('Hội nghị giao ban tháng 2/2024');
    expect(nodesOf(people).map((p: { name: string }) => p.name)).toContain('Dương Văn Trang');
  });
});

describe('configuration', () => {
  it('answers a CORS preflight for an allowed origin, refuses another, and marks answers to the allowed one', async () => {
    const c = await startHarness({ env: { POLGRAPH_CORS_ORIGINS: 'https://explorer.example.org' } });
    try {
      const url = c.server.url;
      const pre = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://explorer.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
      expect(pre.headers.get('access-control-allow-headers')).toContain('content-type');
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
      const other = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(other.status).toBe(403);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(url, { method: 'POST', headers: { origin: 'https://explorer.example.org', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(post.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
    } finally {
      await c.close();
    }
  });

  it('gives no cross-origin access by default', async () => {
    const pre = await fetch(h.server.url, { method: 'OPTIONS', headers: { origin: 'https://explorer.example.org', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(403);
  });

  it('refuses introspection when NODE_ENV=production', async () => {
    const p = await startHarness({ env: { NODE_ENV: 'production' } });
    try {
      const r = await p.gql('{ __schema { queryType { name } } }');
      expect(r.errors?.[0].message).toMatch(/introspection/i);
      expect((await p.gql('{ stats { articles } }')).data.stats.articles).toBe(5);
    } finally {
      await p.close();
    }
  });

  it('caps the request body and the answer at the configured sizes', async () => {
    const c = await startHarness({ env: { POLGRAPH_MAX_BODY_BYTES: '2048', POLGRAPH_MAX_RESPONSE_BYTES: '2048' } });
    try {
      const big = await fetch(c.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(3000)}` }) });
      expect(big.status).toBe(413);
      const r = await c.gql('{ __schema { types { name description fields { name description } } } }');
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['RESPONSE_TOO_LARGE']);
      expect((await c.gql('{ stats { articles } }')).data.stats.articles).toBe(5);
    } finally {
      await c.close();
    }
  });
});

describe('connections per address', () => {
  it('cuts connections from one address past its cap, and serves other addresses meanwhile', async () => {
    const c = await startHarness({ server: { connection: { maxPerAddress: 3, headersTimeoutMs: 2000, requestTimeoutMs: 2000, checkIntervalMs: 100 } } });
    try {
      const held = Array.from({ length: 5 }, () => rawRequest(c.server.port, ['GET /health HTTP/1.1\r\n'], { timeoutMs: 8000, localAddress: '127.0.0.2' }));
      // while they are held, another address is served
      await new Promise((r) => setTimeout(r, 200));
      expect((await fetch(`${c.server.url.replace(/\/graphql$/, '')}/health`)).status).toBe(200);
      // the fourth and fifth were closed at once, with no answer; the first three later, by the headers timeout
      const answers = await Promise.all(held);
      expect(answers.filter((a) => a.closed && a.status === null).length).toBe(2);
      expect(answers.filter((a) => a.status === 408).length).toBe(3);
    } finally {
      await c.close();
    }
  });
});
