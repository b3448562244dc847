// The behaviour every GraphStore must have, run against each store in ./stores.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BudgetExceededError, createBudget } from '../../src/store/budget';
import type { GraphBatch, GraphNode } from '../../src/domain/model';
import { InvalidArgumentError, InvalidBatchError, InvalidCursorError } from '../../src/store/errors';
import type { GraphStore, Page, RelationGroup, RelationPageRequest } from '../../src/store/GraphStore';
import { fold } from '../../src/domain/text';
import { articleA, articleB, articleC, idOf, seriesArticle } from './graph';
import { storeFactories } from './stores';

const TRANG = idOf(articleA, 'Person', 'Dương Văn Trang');
const APOT = idOf(articleB, 'Person', 'A Pớt');
const TUAN = idOf(articleB, 'Person', 'Lê Ngọc Tuấn');
const MEETING_A = idOf(articleA, 'Meeting', 'Hội nghị Tỉnh ủy quán triệt Chỉ thị 35-CT/TW');
const MEETING_B = idOf(articleB, 'Meeting', 'Hội nghị sơ kết 6 tháng đầu năm 2022');
const CT35 = idOf(articleA, 'Document', '35-CT/TW');
const KH100 = idOf(articleB, 'Document', '100-KH/TU');

async function allPages(fetch: (after: string | null) => Promise<Page<GraphNode>>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await fetch(after);
    ids.push(...page.items.map((i) => i.node.id));
    if (!page.hasNextPage) return ids;
    after = page.items[page.items.length - 1].cursor;
  }
  throw new Error('pagination does not end');
}

describe.each(storeFactories)('GraphStore contract: $name', ({ make }) => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await make();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('writing', () => {
    it('writes an article with its nodes and relationships', async () => {
      const result = await store.writeArticle(articleA);
      expect(result).toEqual({ articleId: articleA.article.id, created: true, nodes: articleA.nodes.length + 1, relationships: articleA.relationships.length });
      const counts = await store.counts();
      expect(counts.relationships).toBe(articleA.relationships.length);
      expect(Object.values(counts.nodes).reduce((a, b) => a + b, 0)).toBe(articleA.nodes.length + 1);
      const [article, trang, missing] = await store.getNodes([articleA.article.id, TRANG, 'person:nowhere']);
      expect(article).toMatchObject({ id: articleA.article.id, label: 'Article', name: 'Hội nghị Tỉnh ủy tháng 7' });
      expect(article!.props).toMatchObject({ publishedAt: '2021-07-27', province: 'Kon Tum', authors: [], text: articleA.article.props.text });
      expect(trang).toMatchObject({ label: 'Person', name: 'Dương Văn Trang', searchText: 'duong van trang' });
      expect(missing).toBeNull();
    });

    it('changes nothing when the same article is written twice', async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      const before = await store.counts();
      const again = await store.writeArticle(articleA);
      expect(again.created).toBe(false);
      expect(await store.counts()).toEqual(before);
      expect(await store.getRelationshipsByArticle([articleA.article.id])).toHaveLength(articleA.relationships.length);
    });

    it('leaves nothing behind when a write fails midway', async () => {
      await store.writeArticle(articleA);
      const before = await store.counts();
      // a valid article whose last relationship points at a node that exists nowhere
      const broken: GraphBatch = {
        ...articleB,
        relationships: [...articleB.relationships, { ...articleB.relationships[0], id: 'rel:broken', to: 'person:nowhere' }],
      };
      await expect(store.writeArticle(broken)).rejects.toThrow(InvalidBatchError);
      expect(await store.counts()).toEqual(before);
      expect(await store.getNodes([articleB.article.id, APOT, KH100])).toEqual([null, null, null]);
      expect(await store.getRelationshipsByArticle([articleB.article.id])).toEqual([]);
    });

    it('rejects a relationship that claims another article', async () => {
      const wrong: GraphBatch = { ...articleA, relationships: [{ ...articleA.relationships[0], article: 'article:other' }] };
      await expect(store.writeArticle(wrong)).rejects.toThrow(InvalidBatchError);
      expect((await store.counts()).relationships).toBe(0);
    });
  });

  describe('deleting', () => {
    it('removes the article, its relationships and the nodes only it supported', async () => {
      await store.writeArticle(articleA);
      const withA = await store.counts();
      await store.writeArticle(articleB);
      expect(await store.deleteArticle(articleB.article.id)).toBe(true);
      expect(await store.counts()).toEqual(withA);

      expect(await store.getNodes([articleB.article.id, APOT, TUAN, KH100, MEETING_B])).toEqual([null, null, null, null, null]);
      const [trang, ct35] = await store.getNodes([TRANG, CT35]);
      expect(trang?.name).toBe('Dương Văn Trang');
      expect(ct35?.name).toBe('35-CT/TW');
      expect(await store.getRelationshipsByArticle([articleB.article.id])).toEqual([]);
      expect(await store.getRelationships([TRANG], 'OUT', ['SPOKE_AT'])).toEqual([]);
    });

    it('answers false for an unknown article', async () => {
      expect(await store.deleteArticle('article:nowhere')).toBe(false);
    });
  });

  describe('merging across articles', () => {
    beforeEach(async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
    });

    it('makes one node of a person, office, body and document named by two articles', async () => {
      const people = await store.listNodes('Person', {}, { first: 10 });
      expect(people.items.map((i) => i.node.name).sort()).toEqual(['A Pớt', 'Dương Văn Trang', 'Lê Ngọc Tuấn']);
      const docs = await store.listNodes('Document', {}, { first: 10 });
      expect(docs.items.map((i) => i.node.name)).toEqual(['100-KH/TU', '35-CT/TW']);
      const [cites] = await Promise.all([store.getRelationships([CT35], 'IN', ['CITES'])]);
      expect(cites.map((r) => r.from).sort()).toEqual([MEETING_A, MEETING_B].sort());
      expect(new Set(cites.map((r) => r.article))).toEqual(new Set([articleA.article.id, articleB.article.id]));
    });

    it('keeps each relationship with its own article and sentence', async () => {
      const rels = await store.getRelationships([TRANG], 'OUT', ['CHAIRED', 'SPOKE_AT']);
      expect(rels.map((r) => [r.type, r.to, r.article]).sort()).toEqual(
        [
          ['CHAIRED', MEETING_A, articleA.article.id],
          ['SPOKE_AT', MEETING_B, articleB.article.id],
        ].sort(),
      );
      const holds = await store.getRelationships([TRANG], 'OUT', ['HOLDS']);
      expect(holds).toHaveLength(2);
      expect(holds.map((r) => r.asOf).sort()).toEqual(['2021-07-27', '2022-06-28']);
      for (const r of holds) expect(r).toMatchObject({ quote: 'Bí thư Tỉnh ủy', start: 0, end: 14 });
    });

    it('gives back every quote and article text as written, by every read', async () => {
      // both kinds of quote: the text at the offsets (as extraction gives them), and others
      const text = articleA.article.props.text as string;
      const batch: GraphBatch = { ...articleA, relationships: articleA.relationships.map((r, i) => (i % 2 ? r : { ...r, quote: text.slice(5, 40), start: 5, end: 40 })) };
      await store.writeArticle(batch);
      const given = new Map(batch.relationships.map((r) => [r.id, r]));
      const check = (rels: readonly { id: string; quote: string | null; start: number | null; end: number | null }[]) => {
        const own = rels.filter((r) => given.has(r.id));
        expect(own.length).toBeGreaterThan(0);
        for (const r of own) expect(r, r.id).toEqual(given.get(r.id));
      };
      check(await store.getRelationshipsByArticle([articleA.article.id]));
      check(await store.getRelationships([TRANG, MEETING_A], 'BOTH'));
      check((await store.subgraph([TRANG, MEETING_A, CT35])).relationships);
      const [page] = await store.getRelationPages([{ nodeId: MEETING_A, direction: 'IN', types: ['CHAIRED', 'REPORTS'], order: { by: 'REPORTED' }, first: 10 }]);
      check(page.items.flatMap((i) => i.node.relationships));
      check((await store.shortestPath(TRANG, MEETING_A, { maxLength: 1, types: ['CHAIRED'] }))!.relationships);

      const [byId] = await store.getNodes([articleA.article.id]);
      const listed = (await store.listNodes('Article', {}, { first: 5 })).items.find((i) => i.node.id === articleA.article.id)?.node;
      const walked = (await store.neighborhood(MEETING_A, { depth: 1, limit: 50 })).nodes.find((n) => n.id === articleA.article.id);
      for (const n of [byId, listed, walked]) expect(n!.props.text).toBe(text);
    });

    it('unions the aliases that different articles give a node', async () => {
      const extra: GraphBatch = {
        article: { ...articleA.article, id: 'article:alias', props: { ...articleA.article.props, text: 'x' } },
        nodes: [{ id: APOT, label: 'Person', name: 'A Pớt', searchText: 'a pot y pot', props: { aliases: ['Y Pớt'], province: 'Kon Tum' } }],
        relationships: [{ id: 'rel:alias', type: 'MENTIONS', from: 'article:alias', to: APOT, article: 'article:alias', quote: null, start: null, end: null, asOf: null }],
      };
      await store.writeArticle(extra);
      const [apot] = await store.getNodes([APOT]);
      expect(apot!.props.aliases).toEqual(['APớt', 'Y Pớt']);
      expect((await store.search('y pot', ['Person'], 5)).map((h) => h.node.id)).toEqual([APOT]);
      expect(apot!.props.province).toBe('Kon Tum');
    });

    it('replaces what an article said when it is written again with other metadata', async () => {
      const again: GraphBatch = { ...articleA, article: { ...articleA.article, props: { ...articleA.article.props, authors: ['Mai Trâm'] } } };
      await store.writeArticle({ ...articleA, article: { ...articleA.article, props: { ...articleA.article.props, authors: ['Hồng Nhung'] } } });
      await store.writeArticle(again);
      const [article] = await store.getNodes([articleA.article.id]);
      // the article supports its own node alone: its current version is all there is
      expect(article!.props.authors).toEqual(['Mai Trâm']);
    });

    it('keeps the body of an article without a province apart', async () => {
      await store.writeArticle(articleC);
      const orgs = await store.listNodes('Organization', { search: 'dang uy khoi' }, { first: 10, withTotal: true });
      expect(orgs.totalCount).toBe(1);
      expect(orgs.items[0].node.props.province).toBeNull();
      const neighbours = await store.getRelationships([orgs.items[0].node.id], 'BOTH');
      expect(new Set(neighbours.map((r) => r.article))).toEqual(new Set([articleC.article.id]));
    });

    it('reports degrees and the subgraph among given nodes', async () => {
      const [trang, unknown] = await store.getDegrees([TRANG, 'person:nowhere']);
      expect(trang).toMatchObject({ CHAIRED: { in: 0, out: 1 }, SPOKE_AT: { in: 0, out: 1 }, HOLDS: { in: 0, out: 2 }, MENTIONS: { in: 2, out: 0 } });
      expect(unknown).toEqual({});
      // one answer per id asked, a repeated id alike (not its relationships counted twice)
      const [first, again] = await store.getDegrees([TRANG, TRANG]);
      expect(again).toEqual(first);
      expect(first).toEqual(trang);
      const sub = await store.subgraph([TRANG, MEETING_A, MEETING_B, 'person:nowhere']);
      expect(sub.nodes.map((n) => n.id).sort()).toEqual([TRANG, MEETING_A, MEETING_B].sort());
      expect(sub.relationships.map((r) => r.type).sort()).toEqual(['CHAIRED', 'SPOKE_AT']);
    });

    it('cuts a subgraph past its most relationships: the first by id, every node still there, and says so', async () => {
      const ids = [TRANG, APOT, MEETING_A, MEETING_B, CT35, KH100, articleA.article.id, articleB.article.id];
      const whole = await store.subgraph(ids);
      expect(whole.truncated).toBe(false);
      expect(whole.relationships.length).toBeGreaterThan(3);
      const cut = await store.subgraph(ids, 3);
      expect(cut.truncated).toBe(true);
      const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      expect(cut.relationships.map((r) => r.id)).toEqual(whole.relationships.map((r) => r.id).sort(byId).slice(0, 3));
      expect(cut.nodes.map((n) => n.id).sort()).toEqual(whole.nodes.map((n) => n.id).sort());
      expect((await store.subgraph(ids, whole.relationships.length)).truncated).toBe(false);
    });
  });

  describe('lists', () => {
    it('filters meetings by chair, speaker, organizer, citation, dates and title', async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      await store.writeArticle(articleC);
      const ids = async (f: Parameters<GraphStore['listMeetings']>[0]) => (await store.listMeetings(f, { first: 10 })).items.map((i) => i.node.id);
      expect(await ids({})).toEqual([MEETING_B, MEETING_A, idOf(articleC, 'Meeting', 'Hội nghị sơ kết công tác xây dựng Đảng')]);
      expect(await ids({ chairedBy: TRANG })).toEqual([MEETING_A]);
      expect(await ids({ spokeBy: TRANG })).toEqual([MEETING_B]);
      expect(await ids({ chairedBy: APOT, cites: KH100 })).toEqual([MEETING_B]);
      expect(await ids({ organizer: 'org:kon-tum:tinh-uy' })).toEqual([MEETING_B, MEETING_A]);
      expect(await ids({ cites: CT35, from: '2021-01-01', to: '2021-12-31' })).toEqual([MEETING_A]);
      expect(await ids({ search: 'quan triet' })).toEqual([MEETING_A]);
      expect(await ids({ search: 'so ket 6 th' })).toEqual([MEETING_B]);
      expect(await ids({ chairedBy: 'person:nowhere' })).toEqual([]);
    });

    it('filters other labels by kind, province and issuer', async () => {
      await store.writeArticle(articleB);
      const names = async (label: 'Document' | 'Organization', f: Parameters<GraphStore['listNodes']>[1]) =>
        (await store.listNodes(label, f, { first: 10 })).items.map((i) => i.node.name);
      expect(await names('Document', { kind: 'PLAN' })).toEqual(['100-KH/TU']);
      expect(await names('Document', { issuer: 'org:kon-tum:tinh-uy' })).toEqual(['100-KH/TU']);
      expect(await names('Organization', { province: 'Kon Tum' })).toEqual(['Tỉnh ủy Kon Tum']);
    });

    it('pages meetings newest first, undated last, without repeating or skipping', async () => {
      const batches = Array.from({ length: 23 }, (_, i) => seriesArticle(i));
      for (const b of batches) await store.writeArticle(b);
      const all = await store.listMeetings({}, { first: 100, withTotal: true });
      expect(all.totalCount).toBe(23);
      const dates = all.items.map((i) => i.node.props.date as string | null);
      const dated = dates.filter((d) => d !== null);
      expect(dated).toEqual([...dated].sort().reverse());
      expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);

      const paged = await allPages((after) => store.listMeetings({}, { first: 4, after }));
      expect(paged).toEqual(all.items.map((i) => i.node.id));
    });

    it('keeps pages stable when meetings are inserted between two requests', async () => {
      for (let i = 0; i < 12; i++) await store.writeArticle(seriesArticle(i));
      const before = (await store.listMeetings({}, { first: 100 })).items.map((i) => i.node.id);
      const first = await store.listMeetings({}, { first: 5 });
      // one new meeting sorts before the cursor, one after it
      await store.writeArticle(seriesArticle(100)); // 2020-05-11
      await store.writeArticle(seriesArticle(131)); // 2020-12-12, newest
      const rest = await allPages((after) => store.listMeetings({}, { first: 3, after: after ?? first.items[4].cursor }));
      const seen = [...first.items.map((i) => i.node.id), ...rest];
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of before) expect(seen).toContain(id);
      const newest = idOf(seriesArticle(131), 'Meeting', 'Hội nghị lần 131');
      expect(seen).not.toContain(newest);
    });

    it('pages people by name and counts only when asked', async () => {
      for (let i = 0; i < 9; i++) await store.writeArticle(seriesArticle(i, 2));
      const all = await store.listNodes('Person', {}, { first: 100 });
      expect(all.totalCount).toBeNull();
      const names = all.items.map((i) => i.node.name);
      expect(names).toHaveLength(27);
      expect(names[0]).toBe('Chủ Trì 0');
      const paged = await allPages((after) => store.listNodes('Person', {}, { first: 5, after, withTotal: true }));
      expect(paged).toEqual(all.items.map((i) => i.node.id));
      const withTotal = await store.listNodes('Person', { search: 'chu tri' }, { first: 2, withTotal: true });
      expect(withTotal.totalCount).toBe(9);
      expect(withTotal.hasNextPage).toBe(true);
    });

    it('pages articles by publication date, newest first', async () => {
      for (let i = 0; i < 6; i++) await store.writeArticle(seriesArticle(i));
      const page = await store.listNodes('Article', { from: '2020-02-01' }, { first: 10 });
      expect(page.items.map((i) => i.node.props.publishedAt)).toEqual(['2020-06-12', '2020-04-10', '2020-03-12', '2020-02-11']);
      const undated = await store.listNodes('Article', {}, { first: 10 });
      expect(undated.items.map((i) => i.node.props.publishedAt ?? null).at(-1)).toBeNull();
    });

    it('filters and pages a long list alike whichever index answers', async () => {
      const batches = Array.from({ length: 40 }, (_, i) => seriesArticle(i));
      for (const b of batches) await store.writeArticle(b);
      const all = (await store.listMeetings({}, { first: 100 })).items.map((i) => i.node);
      const chair7 = idOf(batches[7], 'Person', 'Chủ Trì 7');
      const cases: [Parameters<GraphStore['listMeetings']>[0], (m: GraphNode) => boolean][] = [
        [{ organizer: 'org:kon-tum:tinh-uy' }, () => true],
        [{ chairedBy: chair7 }, (m) => m.name === 'Hội nghị lần 7'],
        [{ from: '2020-03-01', to: '2020-06-30' }, (m) => m.props.date !== null && (m.props.date as string) >= '2020-03-01' && (m.props.date as string) <= '2020-06-30'],
        [{ to: '2020-02-11' }, (m) => m.props.date !== null && (m.props.date as string) <= '2020-02-11'],
        [{ organizer: 'org:kon-tum:tinh-uy', from: '2020-11-01' }, (m) => m.props.date !== null && (m.props.date as string) >= '2020-11-01'],
        [{ chairedBy: chair7, to: '2019-12-31' }, () => false],
      ];
      for (const [filter, wanted] of cases) {
        const expected = all.filter(wanted).map((m) => m.id);
        expect(expected.length === 0 || expected.length < all.length || !!filter.organizer, JSON.stringify(filter)).toBe(true);
        const paged = await allPages((after) => store.listMeetings(filter, { first: 3, after }));
        expect(paged, JSON.stringify(filter)).toEqual(expected);
        expect((await store.listMeetings(filter, { first: 1, withTotal: true })).totalCount, JSON.stringify(filter)).toBe(expected.length);
      }
      // the plain label list agrees on dates
      const range = { from: '2020-03-01', to: '2020-06-30' };
      expect((await store.listNodes('Meeting', range, { first: 100 })).items.map((i) => i.node.id)).toEqual(
        (await store.listMeetings(range, { first: 100 })).items.map((i) => i.node.id),
      );
    });

    it('rejects a cursor it did not issue', async () => {
      await expect(store.listMeetings({}, { first: 2, after: 'not-a-cursor' })).rejects.toThrow(InvalidCursorError);
    });
  });

  describe('search', () => {
    beforeEach(async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
    });

    const top = async (text: string, labels: Parameters<GraphStore['search']>[1] = ['Person']) => (await store.search(text, labels, 5)).map((h) => h.node.name);

    it('ignores case and diacritics', async () => {
      for (const q of ['duong van trang', 'Dương Văn Trang', 'DƯƠNG VĂN TRANG', 'dương van trang']) expect(await top(q), q).toEqual(['Dương Văn Trang']);
      expect(await top('a pot')).toEqual(['A Pớt']);
      expect(await top('APớt')).toEqual(['A Pớt']);
    });

    it('matches the prefix of the word being typed', async () => {
      expect(await top('duong van')).toEqual(['Dương Văn Trang']);
      expect(await top('duong van tr')).toEqual(['Dương Văn Trang']);
      expect(await top('Dương')).toEqual(['Dương Văn Trang']);
      expect(await top('le ngoc tu')).toEqual(['Lê Ngọc Tuấn']);
      expect(await top('duong van x')).toEqual([]);
    });

    it('ranks the names that start with a prefix first, in name order, however many others match', async () => {
      // 80 people 'Chủ Trì i': more hits of 'chu' than a full-text index's first candidates
      for (let i = 0; i < 80; i++) await store.writeArticle(seriesArticle(i));
      expect(await top('chu')).toEqual(['Chủ Trì 0', 'Chủ Trì 1', 'Chủ Trì 10', 'Chủ Trì 11', 'Chủ Trì 12']);
      expect(await top('chu tri 7')).toEqual(['Chủ Trì 7', 'Chủ Trì 70', 'Chủ Trì 71', 'Chủ Trì 72', 'Chủ Trì 73']);
    });

    it('ranks an exact name above a longer one, and filters by label', async () => {
      const hits = await store.search('tinh uy', null, 10);
      expect(hits[0].node.name).toBe('Tỉnh ủy Kon Tum');
      for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
      expect(hits.length).toBeGreaterThan(1);
      expect(await top('35-CT/TW', ['Document'])).toEqual(['35-CT/TW']);
      expect(await top('tinh uy', ['Document'])).toEqual([]);
      expect(await top('', null)).toEqual([]);
    });
  });

  describe('relation pages', () => {
    const TINH_UY = idOf(articleA, 'Organization', 'Tỉnh ủy Kon Tum');
    const ids = (p: Page<RelationGroup>) => p.items.map((i) => i.node.neighbour);

    async function walk(req: Omit<RelationPageRequest, 'first' | 'after'>, first: number): Promise<string[]> {
      const out: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 1000; guard++) {
        const [page]: Page<RelationGroup>[] = await store.getRelationPages([{ ...req, first, after }]);
        out.push(...ids(page));
        if (!page.hasNextPage) return out;
        after = page.items[page.items.length - 1].cursor;
      }
      throw new Error('pagination does not end');
    }

    it('reads out at most maxRelationships of each neighbour (oldest report first), the same page and cursors whatever it is', async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      await store.writeArticle(articleC);
      const req = { nodeId: TINH_UY, direction: 'IN', types: ['MENTIONS'], order: { by: 'DATE', prop: 'publishedAt' }, first: 5, withTotal: true } as const;
      const [all, none, one] = await store.getRelationPages([req, { ...req, maxRelationships: 0 }, { ...req, maxRelationships: 1 }]);
      expect(all.items.length).toBeGreaterThan(1);
      const shape = (p: Page<RelationGroup>) => ({ ...p, items: p.items.map((i) => ({ neighbour: i.node.neighbour, cursor: i.cursor })) });
      expect(shape(none)).toEqual(shape(all));
      expect(shape(one)).toEqual(shape(all));
      expect(none.items.every((i) => i.node.relationships.length === 0)).toBe(true);
      expect(one.items.map((i) => i.node.relationships)).toEqual(all.items.map((i) => i.node.relationships.slice(0, 1)));
    });

    it("pages a node's neighbours by their latest report, each with its relationships, and counts them when asked", async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      const req = { nodeId: CT35, direction: 'IN', types: ['CITES'], order: { by: 'REPORTED' } } as const;
      const [first, uncounted] = await store.getRelationPages([
        { ...req, first: 1, withTotal: true },
        { ...req, first: 5 },
      ]);
      expect(ids(first)).toEqual([MEETING_B]);
      expect(first).toMatchObject({ hasNextPage: true, totalCount: 2 });
      expect(first.items[0].node.relationships).toEqual([
        expect.objectContaining({ type: 'CITES', from: MEETING_B, to: CT35, article: articleB.article.id, asOf: '2022-06-28' }),
      ]);
      expect(uncounted).toMatchObject({ hasNextPage: false, totalCount: null });
      expect(ids(uncounted)).toEqual([MEETING_B, MEETING_A]);
      const [rest] = await store.getRelationPages([{ ...req, first: 1, after: first.items[0].cursor, withTotal: true }]);
      expect(ids(rest)).toEqual([MEETING_A]);
      expect(rest).toMatchObject({ hasNextPage: false, totalCount: 2 });
    });

    it('pages per neighbour and type when asked, and by a date or the name of the neighbour', async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      const [roles, byDate, none, articles] = await store.getRelationPages([
        { nodeId: TRANG, direction: 'OUT', types: ['CHAIRED', 'SPOKE_AT', 'ATTENDED'], order: { by: 'REPORTED' }, perType: true, first: 10, withTotal: true },
        { nodeId: TINH_UY, direction: 'OUT', types: ['ORGANIZED'], label: 'Meeting', order: { by: 'DATE', prop: 'date' }, first: 10 },
        { nodeId: 'person:nowhere', direction: 'OUT', types: ['CHAIRED'], order: { by: 'REPORTED' }, first: 10, withTotal: true },
        { nodeId: TINH_UY, direction: 'OUT', types: ['ORGANIZED'], label: 'Article', order: { by: 'DATE', prop: 'date' }, first: 10, withTotal: true },
      ]);
      expect(roles.items.map((i) => `${i.node.neighbour} ${i.node.relationships.map((r) => r.type).join()}`)).toEqual([`${MEETING_B} SPOKE_AT`, `${MEETING_A} CHAIRED`]);
      expect(roles.totalCount).toBe(2);
      expect(ids(byDate)).toEqual([MEETING_B, MEETING_A]);
      expect(none).toEqual({ items: [], hasNextPage: false, totalCount: 0 });
      expect(articles).toEqual({ items: [], hasNextPage: false, totalCount: 0 });

      // names ascend: the people holding Tỉnh ủy's offices, by the offices' names
      const offices = [...new Set((await store.getRelationships([TINH_UY], 'IN', ['OF'])).map((r) => r.from))];
      const names = (await store.getNodes(offices)).map((n) => n!).sort((a, b) => (fold(a.name) < fold(b.name) ? -1 : 1)).map((n) => n.id);
      expect(names.length).toBeGreaterThan(1);
      expect(await walk({ nodeId: TINH_UY, direction: 'IN', types: ['OF'], order: { by: 'NAME' } }, 1)).toEqual(names);
    });

    it('walks a long list without repeating or skipping, undated last, also when it changes between pages', async () => {
      for (let i = 0; i < 70; i++) await store.writeArticle(seriesArticle(i));
      const req = { nodeId: TINH_UY, direction: 'OUT', types: ['ORGANIZED'], order: { by: 'DATE', prop: 'date' } } as const;
      const [all] = await store.getRelationPages([{ ...req, first: 100, withTotal: true }]);
      expect(all.totalCount).toBe(70);
      const meetings = await store.getNodes(ids(all));
      const dates = meetings.map((m) => (m!.props.date as string | null) ?? '~');
      expect(dates).toEqual([...dates].sort((a, b) => (a === '~' ? 1 : b === '~' ? -1 : a < b ? 1 : a > b ? -1 : 0)));
      expect(dates.at(-1)).toBe('~');
      expect(await walk(req, 7)).toEqual(ids(all));

      // a page, then a new meeting, then the next page: it starts right after the cursor
      const [one] = await store.getRelationPages([{ ...req, first: 10 }]);
      await store.writeArticle(seriesArticle(70));
      const [now] = await store.getRelationPages([{ ...req, first: 100, withTotal: true }]);
      expect(now.totalCount).toBe(71);
      const [two] = await store.getRelationPages([{ ...req, first: 10, after: one.items[9].cursor }]);
      const at = ids(now).indexOf(ids(one)[9]);
      expect(ids(two)).toEqual(ids(now).slice(at + 1, at + 11));
      await expect(store.getRelationPages([{ ...req, first: 10, after: 'not-a-cursor' }])).rejects.toThrow(InvalidCursorError);
    });
  });

  describe('graph walks', () => {
    it('expands a neighbourhood within the node limit and the per-type limit', async () => {
      await store.writeArticle(seriesArticle(1, 8));
      const meetingId = idOf(seriesArticle(1), 'Meeting', 'Hội nghị lần 1');
      const perType = await store.neighborhood(meetingId, { depth: 1, limit: 100, limitPerType: 3, types: ['ATTENDED'] });
      expect(perType.truncated).toBe(true);
      expect(perType.nodes.map((n) => n.id)).toContain(meetingId);
      expect(perType.nodes).toHaveLength(4);
      expect(perType.relationships.every((r) => r.type === 'ATTENDED' && r.to === meetingId)).toBe(true);

      const capped = await store.neighborhood(meetingId, { depth: 2, limit: 5 });
      expect(capped.nodes).toHaveLength(5);
      expect(capped.truncated).toBe(true);

      const whole = await store.neighborhood(meetingId, { depth: 1, limit: 100, limitPerType: 100 });
      expect(whole.truncated).toBe(false);
      // the article, the organizer, the chair and 8 attendees
      expect(whole.nodes).toHaveLength(12);
      const ids = new Set(whole.nodes.map((n) => n.id));
      for (const r of whole.relationships) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
    });

    it('draws one relationship per type and neighbour, however many articles repeat it', async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      expect(await store.getRelationships([TRANG], 'OUT', ['HOLDS'])).toHaveLength(2);
      const drawn = await store.neighborhood(TRANG, { depth: 1, limit: 10, types: ['HOLDS'] });
      expect(drawn.nodes).toHaveLength(2);
      expect(drawn.relationships).toHaveLength(1);
      expect(drawn.truncated).toBe(false);
    });

    it('reaches further with more depth', async () => {
      await store.writeArticle(articleA);
      const one = await store.neighborhood(TRANG, { depth: 1, limit: 100, types: ['CHAIRED', 'CITES'] });
      const two = await store.neighborhood(TRANG, { depth: 2, limit: 100, types: ['CHAIRED', 'CITES'] });
      expect(one.nodes.map((n) => n.id).sort()).toEqual([TRANG, MEETING_A].sort());
      expect(two.nodes.map((n) => n.id).sort()).toEqual([TRANG, MEETING_A, CT35].sort());
      expect(await store.neighborhood('person:nowhere', { depth: 1, limit: 10 })).toEqual({ nodes: [], relationships: [], truncated: false });
    });

    it('finds a shortest path within the maximum length', async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      const types = ['CHAIRED', 'SPOKE_AT'] as const;
      const path = await store.shortestPath(APOT, MEETING_A, { maxLength: 4, types: [...types] });
      expect(path!.nodes.map((n) => n.id)).toEqual([APOT, MEETING_B, TRANG, MEETING_A]);
      expect(path!.relationships.map((r) => r.type)).toEqual(['CHAIRED', 'SPOKE_AT', 'CHAIRED']);
      expect(await store.shortestPath(APOT, MEETING_A, { maxLength: 2, types: [...types] })).toBeNull();
      const viaDocument = await store.shortestPath(MEETING_A, KH100, { maxLength: 3, types: ['CITES'] });
      expect(viaDocument!.nodes.map((n) => n.id)).toEqual([MEETING_A, CT35, MEETING_B, KH100]);
      expect(await store.shortestPath(APOT, 'person:nowhere', { maxLength: 3 })).toBeNull();
      expect(await store.shortestPath(APOT, APOT, { maxLength: 1 })).toMatchObject({ nodes: [{ id: APOT }], relationships: [] });
      // any type: A Pớt and Trang hold offices of the same Tỉnh ủy, or share a meeting and article
      expect((await store.shortestPath(APOT, TRANG, { maxLength: 6 }))!.relationships).toHaveLength(2);
    });

    it('of several shortest paths takes the facts, in type order, before an article that mentions both ends', async () => {
      await store.writeArticle(articleB);
      // A Pớt chaired the meeting that cited 100-KH/TU; the article also MENTIONS both
      const path = await store.shortestPath(APOT, KH100, { maxLength: 3 });
      expect(path!.nodes.map((n) => n.id)).toEqual([APOT, MEETING_B, KH100]);
      expect(path!.relationships.map((r) => r.type)).toEqual(['CHAIRED', 'CITES']);
      // with only the article's relationships allowed, the article is the way
      const viaArticle = await store.shortestPath(APOT, KH100, { maxLength: 3, types: ['MENTIONS'] });
      expect(viaArticle!.nodes.map((n) => n.id)).toEqual([APOT, articleB.article.id, KH100]);
    });

    it('refuses a path length outside 1..6', async () => {
      for (const maxLength of [0, 7, 2.5, Number.NaN]) {
        await expect(store.shortestPath(APOT, TRANG, { maxLength })).rejects.toThrow(InvalidArgumentError);
      }
    });

    it('stops a walk whose execution budget is spent, or whose client has gone, and walks as before with enough', async () => {
      await store.writeArticle(articleA);
      await store.writeArticle(articleB);
      const args = { depth: 3, limit: 100 };
      const whole = await store.neighborhood(TRANG, args);
      await expect(store.neighborhood(TRANG, { ...args, budget: createBudget({ units: 1, deadlineMs: 60_000 }) })).rejects.toThrow(BudgetExceededError);
      const gone = new AbortController();
      gone.abort();
      await expect(store.neighborhood(TRANG, { ...args, budget: createBudget({ units: 1e9, deadlineMs: 60_000, signal: gone.signal }) })).rejects.toMatchObject({ reason: 'aborted' });
      await expect(store.shortestPath(APOT, MEETING_A, { maxLength: 4, budget: createBudget({ units: 1e9, deadlineMs: 60_000, signal: gone.signal }) })).rejects.toThrow(BudgetExceededError);
      expect(await store.neighborhood(TRANG, { ...args, budget: createBudget({ units: 1e9, deadlineMs: 60_000 }) })).toEqual(whole);
    });
  });

  it('reports its health', async () => {
    expect((await store.health()).ok).toBe(true);
  });
});
