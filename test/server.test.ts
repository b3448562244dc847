// The HTTP surface around GraphQL: health, the offline IDE, unknown routes, bad bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './api/harness';

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  base = h.server.url.replace(/\/graphql$/, '');
});
afterAll(async () => h?.close());

describe('the in-browser IDE', () => {
  it('answers a browser at /graphql with GraphiQL that loads only local assets', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBe(4);
    for (const src of sources) {
      expect(src).toMatch(/^\/explorer\//);
      const asset = await fetch(`${base}${src}`);
      expect(asset.status, src).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, src).toBeGreaterThan(1000);
    }
    expect(html).toContain('createFetcher({ url: "/graphql" })');
  });

  it('sends a browser at / to the graph explorer, and tells an API client where things are', async () => {
    const browser = await fetch(`${base}/`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/explore');
    const client = await fetch(`${base}/`);
    expect(await client.json()).toMatchObject({ graphql: '/graphql', explorer: '/explore', health: '/health' });
  });

  it('serves the graph explorer and every script and style it loads, from the repo and node_modules', async () => {
    const page = await fetch(`${base}/explore`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/explore\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.sort()).toEqual(['/explore/app.css', '/explore/app.js', '/explore/cytoscape.js']);
    for (const src of assets) {
      const asset = await fetch(`${base}${src}`);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type'), src).toMatch(src.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
    }
    // no address outside this server in the page
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect((await fetch(`${base}/explore/../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/explore/index.html`)).status).toBe(404);
  });

  it('serves only the files it names', async () => {
    expect((await fetch(`${base}/explorer/../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/explorer/react.development.js`)).status).toBe(404);
  });
});

describe('HTTP', () => {
  it('answers /health with the store kind and readiness', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'memory', ready: true });
  });

  it('gives an unknown path a 404 that points at /graphql', async () => {
    const res = await fetch(`${base}/graph`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain('/graphql');
  });

  it('answers a body that is not JSON with 400 and keeps serving', async () => {
    const bad = await fetch(h.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    const good = await h.gql('{ stats { articles } }');
    expect(good.data.stats.articles).toBe(5);
  });

  it('refuses a body over 2 MB with 413', async () => {
    const res = await fetch(h.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024 + 10) }) });
    expect(res.status).toBe(413);
  });

  it('marks GraphQL answers uncacheable', async () => {
    const res = await fetch(h.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('echoes the request id it was given', async () => {
    const res = await fetch(`${base}/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
  });
});
