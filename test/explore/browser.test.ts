// The explorer page in a real browser (Debian's Chromium through playwright-core) against the
// server on the bundled corpus, as a journalist would use it: search "a pot", draw, expand,
// read the evidence, find the path A Pớt → 100-KH/TU, filter, export, send the link, and all
// of it with the keyboard too. No request may leave localhost and the console stays clean.
// Screenshots go to test-artifacts/explorer/ (git-ignored). Without Chromium this file
// registers nothing and test/setup/chromium.ts says so in one line.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from '../api/harness';
import { CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM } from './chromium';

// the page's globals, seen only inside functions that page.evaluate runs in the browser
declare const window: any;
declare const document: any;

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'explorer');
const APOT = 'person:kon-tum:apot';
const PLAN = 'doc:kon-tum:100-kh-tu';

interface View {
  nodes: { id: string; type: string; label: string; visible: boolean }[];
  edges: { id: string; type: string; visible: boolean; onpath: boolean }[];
  selected: string | null;
  open: string[];
  onpathNodes: string[];
}

describe.runIf(HAS_CHROMIUM)('the explorer page in Chromium', () => {
  let h: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const consoleErrors: string[] = [];
  const offsite: string[] = [];

  const view = (p: Page = page): Promise<View> =>
    p.evaluate(() => {
      const { cy, state } = (window as any).explorer;
      return {
        nodes: cy.nodes().map((n: any) => ({ id: n.id(), type: n.data('type'), label: n.data('label'), visible: n.visible() })),
        edges: cy.edges().map((e: any) => ({ id: e.id(), type: e.data('type'), visible: e.visible(), onpath: e.hasClass('onpath') })),
        selected: state.selected,
        open: [...state.open],
        onpathNodes: cy.nodes('.onpath').map((n: any) => n.id()),
      };
    });

  const shot = (name: string, p: Page = page) => p.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

  /** Clicks a node where the canvas draws it. */
  async function clickNode(id: string): Promise<void> {
    const at = await page.evaluate((nodeId) => {
      const { cy } = (window as any).explorer;
      const p = cy.getElementById(nodeId).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
    await page.mouse.click(at.x, at.y);
  }

  async function openPage(url: string): Promise<Page> {
    const p = await context.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => consoleErrors.push(String(e)));
    await p.goto(url);
    await p.waitForFunction(() => document.body.dataset.ready === 'true');
    return p;
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
    base = `http://127.0.0.1:${h.server.port}`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'vi-VN' });
    // everything the page asks for must come from this server: the rest is refused and noted
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      offsite.push(url.href);
      return route.abort();
    });
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) offsite.push(url.href);
    });
    page = await openPage(`${base}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('is what / leads a browser to, and shows how to start', async () => {
    expect(new URL(page.url()).pathname).toBe('/explore');
    await expect(page.locator('#empty').isVisible()).resolves.toBe(true);
    expect(await page.locator('#node-filters label').allInnerTexts()).toEqual(['Person', 'Position', 'Organization', 'Meeting', 'Document', 'Article', 'Place']);
    await shot('01-start');
  });

  it('finds A Pớt as the user types "a pot", without diacritics, and draws his neighbourhood', async () => {
    await page.locator('#search').pressSequentially('a pot', { delay: 20 });
    const option = page.locator('#search-list li[role=option]').first();
    await option.waitFor();
    expect(await option.innerText()).toContain('A Pớt');
    await shot('02-typeahead');
    await page.locator('#search').press('Enter');
    await page.waitForFunction((id) => (window as any).explorer.state.open.includes(id), APOT);
    await page.locator('#details h2', { hasText: 'A Pớt' }).waitFor();
    await page.locator('#facts .fact').first().waitFor();

    const v = await view();
    const api = await h.gql(`{ neighborhood(id: "${APOT}", depth: 1, limit: 40, limitPerType: 12) { nodes { id } edges { id } } }`);
    expect(v.nodes.map((n) => n.id).sort()).toEqual(api.data.neighborhood.nodes.map((n: any) => n.id).sort());
    expect(v.edges.map((e) => e.id).sort()).toEqual(api.data.neighborhood.edges.map((e: any) => e.id).sort());
    expect(v.selected).toBe(APOT);
    const url = new URL(page.url());
    expect(url.searchParams.get('open')).toBe(APOT);
    expect(url.searchParams.get('sel')).toBe(APOT);
    await shot('03-neighbourhood');
  });

  it('lists every fact of the selected node with its evidence: quote, article title, date', async () => {
    const facts = page.locator('#facts .fact');
    const api = await h.gql(`{ neighborhood(id: "${APOT}", depth: 1, limit: 200, limitPerType: 200) { edges { quote evidence { article { title publishedAt } } } } }`);
    const edges = api.data.neighborhood.edges;
    expect(await facts.count()).toBe(edges.length);
    const quotes = await page.locator('#facts blockquote').allInnerTexts();
    expect(quotes.sort()).toEqual(edges.filter((e: any) => e.quote).map((e: any) => e.quote).sort());
    const sources = await page.locator('#facts .source').allInnerTexts();
    for (const e of edges) {
      expect(sources.some((s) => s.includes(e.evidence.article.title) && s.includes(e.evidence.article.publishedAt))).toBe(true);
    }
    // the properties table
    expect(await page.locator('#details table').innerText()).toContain(APOT);
  });

  it('expands a neighbour one step when it is clicked, and keeps what was drawn', async () => {
    const before = await view();
    const meeting = before.nodes.find((n) => n.type === 'MEETING')!;
    expect(meeting).toBeDefined();
    await clickNode(meeting.id);
    await page.waitForFunction((id) => (window as any).explorer.state.open.includes(id), meeting.id);
    const after = await view();
    expect(after.selected).toBe(meeting.id);
    const api = await h.gql(`{ neighborhood(id: "${meeting.id}", depth: 1, limit: 40, limitPerType: 12) { nodes { id } } }`);
    const ids = new Set(after.nodes.map((n) => n.id));
    for (const n of api.data.neighborhood.nodes) expect(ids.has(n.id)).toBe(true);
    for (const n of before.nodes) expect(ids.has(n.id)).toBe(true);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(new URL(page.url()).searchParams.get('open')).toBe(`${APOT},${meeting.id}`);
    await page.locator('#details h2', { hasText: meeting.label }).waitFor();
    await shot('04-expanded');
  });

  it("shows a relationship's evidence when the relationship is picked", async () => {
    const v = await view();
    const rel = v.edges.find((e) => e.type === 'CHAIRED') ?? v.edges[0];
    const api = await h.gql(`{ neighborhood(id: "${APOT}", depth: 1, limit: 200, limitPerType: 200) { edges { id quote evidence { article { title publishedAt } } } } }`);
    // as a click on it would (an edge is too thin to click reliably); returns nothing, not the collection
    await page.evaluate((id) => void (window as any).explorer.cy.getElementById(id).emit('tap'), rel.id);
    await page.locator('#edge-evidence .source').waitFor();
    const text = await page.locator('#details').innerText();
    expect(text).toContain(rel.type);
    const expected = api.data.neighborhood.edges.find((e: any) => e.id === rel.id);
    if (expected) {
      expect(text).toContain(expected.quote);
      expect(text).toContain(expected.evidence.article.title);
    }
    await shot('05-edge-evidence');
  });

  it('finds the shortest path from A Pớt to plan 100-KH/TU, typed without diacritics', async () => {
    for (const [field, text] of [
      ['#path-from', 'a pot'],
      ['#path-to', '100-kh/tu'],
    ]) {
      await page.locator(field).fill('');
      await page.locator(field).pressSequentially(text, { delay: 20 });
      await page.locator(`${field}-list li[role=option]`).first().waitFor();
      await page.locator(field).press('Enter');
    }
    expect(await page.locator('#path-to').inputValue()).toBe('100-KH/TU');
    await page.locator('#path-go').click();
    await page.waitForFunction(() => (window as any).explorer.cy.nodes('.onpath').length > 0);
    const api = await h.gql(`{ path(from: "${APOT}", to: "${PLAN}", maxLength: 6) { nodes { id label } edges { id } } }`);
    const path = api.data.path;
    const v = await view();
    expect(v.onpathNodes.sort()).toEqual(path.nodes.map((n: any) => n.id).sort());
    expect(v.edges.filter((e) => e.onpath).map((e) => e.id).sort()).toEqual(path.edges.map((e: any) => e.id).sort());
    expect(await page.locator('#status').innerText()).toContain(path.nodes.map((n: any) => n.label).join(' → '));
    expect(new URL(page.url()).searchParams.get('path')).toBe(`${APOT},${PLAN}`);
    await shot('06-path');
  });

  it('hides node types, relationship types and meetings outside a date range, and says how many are hidden', async () => {
    await page.locator('#node-filters input[data-type=ARTICLE]').uncheck();
    await page.locator('#rel-filters input[data-type=MENTIONS]').uncheck();
    let v = await view();
    expect(v.nodes.filter((n) => n.type === 'ARTICLE').every((n) => !n.visible)).toBe(true);
    expect(v.nodes.filter((n) => n.type !== 'ARTICLE' && n.type !== 'MEETING').every((n) => n.visible)).toBe(true);
    expect(v.edges.filter((e) => e.type === 'MENTIONS').every((e) => !e.visible)).toBe(true);

    const meetingDates = () => page.evaluate(() => (window as any).explorer.cy.nodes('[type = "MEETING"]').map((n: any) => ({ date: n.data('date'), visible: n.visible() })));
    const setDate = async (which: 'from' | 'to', value: string) => {
      await page.locator(`#date-${which}`).fill(value);
      await page.locator(`#date-${which}`).dispatchEvent('change');
    };
    const dates: string[] = (await meetingDates()).map((m: any) => m.date).filter(Boolean).sort();
    expect(dates.length).toBeGreaterThan(0);
    const cut = dates[dates.length - 1];
    // a range that ends before every meeting hides them all
    await setDate('to', '2000-01-01');
    expect((await meetingDates()).filter((m: any) => m.date).every((m: any) => !m.visible)).toBe(true);
    expect(await page.locator('#status').innerText()).toMatch(/\d+ nodes? hidden by filters/);
    // the day of the latest meeting shows it, and only meetings of that day
    await setDate('to', cut);
    await setDate('from', cut);
    const shown = (await meetingDates()).filter((m: any) => m.visible);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((m: any) => m.date === cut)).toBe(true);
    const url = new URL(page.url());
    expect(url.searchParams.get('hideTypes')).toBe('ARTICLE');
    expect(url.searchParams.get('hideRels')).toBe('MENTIONS');
    expect(url.searchParams.get('from')).toBe(cut);
    await shot('07-filtered');
  });

  it('exports what is on screen as PNG and as Cytoscape.js JSON', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const image = readFileSync((await png.path())!);
    expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(image.readUInt32BE(16)).toBeGreaterThan(200); // width from the IHDR chunk
    await png.saveAs(join(ARTIFACTS, '08-export.png'));

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    const v = await view();
    expect(doc.elements.nodes.map((n: any) => n.data.id).sort()).toEqual(v.nodes.filter((n) => n.visible).map((n) => n.id).sort());
    expect(doc.elements.edges.map((e: any) => e.data.id).sort()).toEqual(v.edges.filter((e) => e.visible).map((e) => e.id).sort());
    expect(doc.elements.nodes.every((n: any) => n.data.type && n.data.label && n.position)).toBe(true);
    expect(doc.view).toBe(page.url());
  });

  it('rebuilds the same view from its link', async () => {
    const before = await view();
    const link = page.url();
    const second = await openPage(link);
    await second.waitForFunction(() => (window as any).explorer.cy.nodes('.onpath').length > 0);
    const after = await view(second);
    expect(after.nodes.map((n) => `${n.id}:${n.visible}`).sort()).toEqual(before.nodes.map((n) => `${n.id}:${n.visible}`).sort());
    expect(after.edges.map((e) => `${e.id}:${e.visible}:${e.onpath}`).sort()).toEqual(before.edges.map((e) => `${e.id}:${e.visible}:${e.onpath}`).sort());
    expect(after.selected).toBe(before.selected);
    expect(after.open).toEqual(before.open);
    expect(await second.locator('#node-filters input[data-type=ARTICLE]').isChecked()).toBe(false);
    expect(await second.locator('#search').inputValue()).toBe('A Pớt');
    expect(await second.locator('#path-to').inputValue()).toBe('100-KH/TU');
    await shot('09-from-link', second);
    await second.close();
  });

  it('works from the keyboard: search, pick, walk the nodes, expand', async () => {
    const p = await openPage(`${base}/explore`);
    await p.keyboard.press('Tab'); // the title link
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('search');
    await p.keyboard.type('duong van');
    await p.locator('#search-list li[role=option]').first().waitFor();
    expect(await p.locator('#search-list li[role=option]').first().innerText()).toContain('Dương Văn Trang');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => (window as any).explorer.state.open.length === 1);
    const first = await view(p);
    expect(first.nodes.find((n) => n.id === first.selected)?.label).toBe('Dương Văn Trang');
    await p.locator('#cy').focus();
    await p.keyboard.press('ArrowDown');
    const moved = await view(p);
    expect(moved.selected).not.toBe(first.selected);
    await p.keyboard.press('Enter');
    await p.waitForFunction((id) => (window as any).explorer.state.open.includes(id), moved.selected);
    await p.keyboard.press('Escape');
    expect((await view(p)).selected).toBeNull();
    // and the details panel, whatever was still loading, is empty again
    await p.waitForFunction(() => (window as any).explorer.pending === 0);
    expect(await p.locator('#details h2').count()).toBe(0);
    await shot('10-keyboard', p);
    await p.close();
  });

  it('says when an expansion was cut short by its cap', async () => {
    const p = await openPage(`${base}/explore?open=${APOT}&sel=${APOT}&limit=3`);
    const api = await h.gql(`{ neighborhood(id: "${APOT}", depth: 1, limit: 3, limitPerType: 3) { nodes { id } truncated } }`);
    expect(api.data.neighborhood.truncated).toBe(true);
    const v = await view(p);
    expect(v.nodes.map((n) => n.id).sort()).toEqual(api.data.neighborhood.nodes.map((n: any) => n.id).sort());
    expect(await p.locator('#status .warn').innerText()).toBe('Truncated: A Pớt has 5 relationships; 2 neighbours drawn (at most 3 per type, 3 in all).');
    expect(new URL(p.url()).searchParams.get('limit')).toBe('3');
    await shot('11-truncated', p);
    await p.close();
  });

  it('finds the plan by its code typed in lower case', async () => {
    const p = await openPage(`${base}/explore`);
    await p.locator('#search').pressSequentially('100-kh/tu', { delay: 20 });
    await p.locator('#search-list li[role=option]').first().waitFor();
    expect(await p.locator('#search-list li[role=option]').first().innerText()).toContain('100-KH/TU');
    await p.close();
  });

  it('logged no console error and asked nothing of any host but this server', () => {
    expect(consoleErrors).toEqual([]);
    expect(offsite).toEqual([]);
  });
});
