// A document's panel in the explorer, in Chromium: the documents carrying it out (indented by
// depth, each a link to its own panel) and its citations per month as a small SVG bar chart,
// both as the API answers them. Over the bundled corpus plus the tracing articles
// (test/api/tracingArticles.ts). Screenshots go to test-artifacts/explorer/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ingestArticle } from '../../src/pipeline';
import { startHarness, type Harness } from '../api/harness';
import { TRACING_ARTICLES } from '../api/tracingArticles';
import { CHROMIUM, CHROMIUM_ARGS, HAS_CHROMIUM } from './chromium';

declare const window: any;

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'explorer');
const DIRECTIVE = 'doc:national:35-ct-tw';
const APOT = 'person:kon-tum:apot';

describe.runIf(HAS_CHROMIUM)("a document's panel in the explorer traces it down the hierarchy", () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
    for (const a of TRACING_ARTICLES) await ingestArticle(h.store, a);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('lists the documents that carry 35-CT/TW out, as reach answers, and each opens its own panel', async () => {
    await page.goto(`http://127.0.0.1:${h.server.port}/explore?open=${DIRECTIVE}&sel=${DIRECTIVE}`);
    await page.waitForFunction(() => (window as any).document.body.dataset.ready === 'true');
    await page.locator('#implemented-by .implementer').first().waitFor();
    const api = await h.gql(`{ document(id: "${DIRECTIVE}") { reach(depth: 2, limit: 30) { documents { depth document { code } } } } }`);
    const expected = api.data.document.reach.documents.map((d: any) => d.document.code);
    expect(expected).toEqual(['100-KH/TU', '45-KH/TU', '07-KH/HU']);
    const shown = await page.locator('#implemented-by .implementer').allInnerTexts();
    expect(shown.map((s) => s.replace('↳ ', '').split(' · ')[0].trim())).toEqual(expected);
    // each with its issuer, so the province reads at a glance
    expect(shown[0]).toContain('Tỉnh ủy Kon Tum');
    expect(shown[2]).toContain('Huyện ủy Chư Păh');
    // the district plan, two steps down, is indented under the province's
    expect(await page.locator('#implemented-by .implementer').nth(2).getAttribute('style')).toContain('padding-left:16px');
    await page.locator('#details').screenshot({ path: join(ARTIFACTS, '20-document-tracing.png') });
    await page.screenshot({ path: join(ARTIFACTS, '21-document-tracing-page.png') });

    await page.locator('#implemented-by .implementer button', { hasText: '45-KH/TU' }).click();
    await page.waitForFunction(() => (window as any).explorer.state.selected === 'doc:gia-lai:45-kh-tu');
    await page.locator('#details h2', { hasText: '45-KH/TU' }).waitFor();
    await page.locator('#implemented-by .implementer', { hasText: '07-KH/HU' }).waitFor();
  });

  it('draws the citation timeline: a bar a month, each as tall as its meetings, the provinces in its title', async () => {
    await page.goto(`http://127.0.0.1:${h.server.port}/explore?open=${DIRECTIVE}&sel=${DIRECTIVE}`);
    await page.locator('#timeline svg rect').first().waitFor();
    const api = await h.gql(`{ document(id: "${DIRECTIVE}") { citationTimeline(by: MONTH, depth: 2) { meetings buckets { period province meetings } } } }`);
    const t = api.data.document.citationTimeline;
    const bars = await page.locator('#timeline svg rect').evaluateAll((rs) => rs.map((r: any) => ({ period: r.dataset.period, meetings: Number(r.dataset.meetings), height: Number(r.getAttribute('height')), title: r.textContent })));
    // every month from the first citation to the last, empty ones too
    expect(bars[0].period).toBe('2020-06');
    expect(bars[bars.length - 1].period).toBe('2022-05');
    expect(bars).toHaveLength(24);
    const perMonth: Record<string, number> = {};
    for (const b of t.buckets) perMonth[b.period] = (perMonth[b.period] ?? 0) + b.meetings;
    for (const b of bars) expect(b.meetings, b.period).toBe(perMonth[b.period] ?? 0);
    expect(bars.reduce((s, b) => s + b.meetings, 0)).toBe(t.meetings);
    // the tallest bar is the busiest month; an empty month has no height
    const busiest = bars.reduce((a, b) => (b.meetings > a.meetings ? b : a));
    expect(busiest.height).toBe(Math.max(...bars.map((b) => b.height)));
    expect(bars.find((b) => b.period === '2021-01')!.height).toBe(0);
    expect(bars.find((b) => b.period === '2020-06')!.title).toBe('2020-06: 2 meetings (Kon Tum: 2)');
    expect(await page.locator('#timeline h3').innerText()).toMatch(new RegExp(`cited by ${t.meetings} meetings, per month`, 'i'));
  });

  it("a person's panel has neither list nor chart", async () => {
    await page.goto(`http://127.0.0.1:${h.server.port}/explore?open=${APOT}&sel=${APOT}`);
    await page.locator('#facts .fact').first().waitFor();
    expect(await page.locator('#implemented-by, #timeline').count()).toBe(0);
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
