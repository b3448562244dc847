// What the graph explorer page asks of the API besides the graph queries: search paged
// with cursors, and for what it draws, a node's date and properties and an edge's evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/domain/text';
import { apiCursor } from '../../src/api/listCursor';
import { encodeSearchKey } from '../../src/api/searchCursor';
import { codes, harnessStores, startHarness, type Harness } from './harness';

describe.each(harnessStores)('on the $name store', ({ name }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ store: name });
  });
  afterAll(async () => h?.close());

  const APOT = 'person:kon-tum:apot';

  describe('search pages', () => {
    const page = async (text: string, first: number, after: string | null) =>
      (await h.gql('query($t: String!, $f: Int, $a: String) { search(text: $t, first: $f, after: $a) { id score cursor } }', { t: text, f: first, a: after })).data.search as {
        id: string;
        cursor: string;
      }[];

    it('walked with cursors, give the same hits in the same order as one long page, each once', async () => {
      for (const text of ['t', 'kon tum', 'hoi']) {
        const whole = await page(text, 100, null);
        expect(whole.length, text).toBeGreaterThan(3);
        const walked: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 100; i++) {
          const p = await page(text, 3, after);
          walked.push(...p.map((x) => x.id));
          if (p.length < 3) break;
          after = p[p.length - 1].cursor;
        }
        expect(walked, text).toEqual(whole.map((x) => x.id));
      }
    });

    it('start after the place of the hit whose cursor is given, even when that hit is gone', async () => {
      const whole = (await h.gql('{ search(text: "kon tum", first: 100) { id label score } }')).data.search;
      const k = 2;
      // a hit that ranked just after whole[k] (same score and name, a later id) and was deleted since
      const gone = apiCursor('Query.search', encodeSearchKey({ score: whole[k].score, name: fold(whole[k].label), id: `${whole[k].id}~` }));
      const next = await page('kon tum', 100, gone);
      expect(next.map((x) => x.id)).toEqual(whole.slice(k + 1).map((x: any) => x.id));
    });

    it('refuse a cursor that is not a search cursor', async () => {
      const r = await h.gql('{ search(text: "a", after: "bm9wZQ") { id } }');
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('graph view fields', () => {
    it("a node's date is its meeting date, publication date or issue date, else null", async () => {
      const r = await h.gql(`{ neighborhood(id: "${APOT}", limit: 50) { nodes { id type date } } }`);
      const nodes = r.data.neighborhood.nodes;
      for (const n of nodes) {
        if (n.type === 'MEETING' || n.type === 'ARTICLE') expect(n.date, n.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (n.type === 'PERSON' || n.type === 'POSITION') expect(n.date).toBeNull();
      }
    });

    it("a node's properties as key/value text, the article text left out", async () => {
      const r = await h.gql(`{ neighborhood(id: "${APOT}", limit: 50) { nodes { id type properties { key value } } } }`);
      const meeting = r.data.neighborhood.nodes.find((n: any) => n.type === 'MEETING');
      const props = Object.fromEntries(meeting.properties.map((p: any) => [p.key, p.value]));
      expect(props).toMatchObject({ date: '2020-06-25', online: 'false', province: 'Kon Tum' });
      const article = r.data.neighborhood.nodes.find((n: any) => n.type === 'ARTICLE');
      const keys = article.properties.map((p: any) => p.key);
      expect(keys).not.toContain('text');
      expect(keys).toEqual([...keys].sort());
    });

    it("an edge's evidence: its quote and the article's title and date", async () => {
      const r = await h.gql(`{ neighborhood(id: "${APOT}", limit: 50) { edges { id type quote asOf evidence { quote asOf start end article { id title publishedAt } } } } }`);
      const chaired = r.data.neighborhood.edges.find((e: any) => e.type === 'CHAIRED');
      expect(chaired.evidence.quote).toBe(chaired.quote);
      expect(chaired.evidence.quote).toContain('A Pớt');
      expect(chaired.evidence.asOf).toBe('2020-06-25');
      expect(chaired.evidence.article.publishedAt).toMatch(/^2020-06-2\d$/);
      expect(chaired.evidence.article.title).toMatch(/^Giao ban Khối Đảng quý II\/2020/);
      const text = (await h.gql(`{ article(id: "${chaired.evidence.article.id}") { text } }`)).data.article.text;
      expect(text.slice(chaired.evidence.start, chaired.evidence.end)).toBe(chaired.quote);
    });
  });
});
