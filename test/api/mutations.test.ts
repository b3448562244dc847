// Mutations: ingestArticle and deleteArticle need the API key, validate their input, write
// the article to the corpus folder (so the embedded store rebuilds the same graph after a
// restart) and delete it again with every fact only it supported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/pipeline';
import { MemoryStore } from '../../src/store/memory/MemoryStore';
import { API_KEY, codes, type Harness, nodesOf, startHarness } from './harness';

/** An article written for these tests (not from the news): a Kon Tum meeting of 15/9/2023. */
const ARTICLE = `Thường trực Tỉnh ủy giao ban công tác quý III/2023

15/09/2023 10:20

Sáng 15/9, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban công tác quý III/2023. Đồng chí Nguyễn Văn Hòa - Phó Bí thư Thường trực Tỉnh ủy chủ trì Hội nghị.

Dự hội nghị có đồng chí Trần Thị Mai - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.

Hội nghị đánh giá kết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
`;

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  created nodes relationships warnings
  article { id title publishedAt province url source people { edges { node { name } } } meetings { edges { node { date chairs { edges { node { name } } } } } } documents { edges { node { code } } } } } }`;

const input = (over: Record<string, unknown> = {}) => ({ text: ARTICLE, url: 'https://example.org/giao-ban-quy-3', source: 'example.org', publishedAt: '2023-09-15', province: 'Kon Tum', ...over });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function articleCount(): Promise<number> {
  return (await h.gql('{ stats { articles } }')).data.stats.articles;
}

describe('authorization', () => {
  it('refuses both mutations without the key (UNAUTHENTICATED) and with a wrong one', async () => {
    const none = await h.gql(INGEST, { input: input() });
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
    expect(none.errors![0].message).toContain('Authorization: Bearer');
    const wrong = await h.gql(`mutation { deleteArticle(id: "x") { deleted } }`, undefined, 'not-the-key-at-all');
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(await articleCount()).toBe(5);
  });

  it('answers that mutations are disabled (FORBIDDEN) when no key is configured', async () => {
    const open = await startHarness({ apiKey: null });
    try {
      const r = await open.gql(INGEST, { input: input() }, API_KEY);
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.errors![0].message).toMatch(/mutations are disabled.*POLGRAPH_API_KEY/);
    } finally {
      await open.close();
    }
  });
});

describe('input validation', () => {
  it.each([
    ['empty text', { text: '   ' }, 'input.text'],
    ['text over 1 MB', { text: 'ạ'.repeat(400_000) }, 'input.text'],
    ['text over a million characters', { text: 'a'.repeat(1_000_001) }, 'input.text'],
    ['a date that is not ISO', { publishedAt: '15/09/2023' }, 'input.publishedAt'],
    ['a date that does not exist', { publishedAt: '2023-02-30' }, 'input.publishedAt'],
    ['an unknown province', { province: 'Atlantis' }, 'input.province'],
    ['a URL that is not http(s)', { url: 'javascript:alert(1)' }, 'input.url'],
  ])('rejects %s with BAD_USER_INPUT naming the argument, writing nothing', async (_what, over, argument) => {
    const r = await h.gql(INGEST, { input: input(over) }, API_KEY);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.argument).toBe(argument);
    expect(await articleCount()).toBe(5);
  });

  it('rejects text the extractor cannot read (binary) with BAD_USER_INPUT, writing nothing', async () => {
    const r = await h.gql(INGEST, { input: input({ text: '\u0000\u0001\u0002binary\u0003\u0004'.repeat(50) }) }, API_KEY);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toMatch(/^no article text could be read: binary/);
    expect(await articleCount()).toBe(5);
  });

  it('accepts a province spelled another way and a date-time, and stores them canonically', async () => {
    const r = await h.gql(INGEST, { input: input({ province: 'tỉnh kon tum', publishedAt: '2023-09-15T10:20:00+07:00' }) }, API_KEY);
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.article).toMatchObject({ province: 'Kon Tum', publishedAt: '2023-09-15' });
    await h.gql(`mutation($id: ID!) { deleteArticle(id: $id) { deleted } }`, { id: r.data.ingestArticle.article.id }, API_KEY);
  });
});

describe('ingest, restart, delete', () => {
  let articleId: string;

  it('ingestArticle returns the article and what was extracted from it', async () => {
    const r = await h.gql(INGEST, { input: input() }, API_KEY);
    expect(r.errors).toBeUndefined();
    const res = r.data.ingestArticle;
    expect(res.created).toBe(true);
    expect(res.warnings).toEqual([]);
    const a = res.article;
    articleId = a.id;
    expect(a).toMatchObject({ title: 'Thường trực Tỉnh ủy giao ban công tác quý III/2023', publishedAt: '2023-09-15', province: 'Kon Tum', source: 'example.org' });
    expect(nodesOf(a.people).map((p: any) => p.name)).toEqual(['Nguyễn Văn Hòa', 'Trần Thị Mai']);
    expect(nodesOf(a.meetings).map((m: any) => ({ date: m.date, chairs: nodesOf(m.chairs) }))).toEqual([{ date: '2023-09-15', chairs: [{ name: 'Nguyễn Văn Hòa' }] }]);
    expect(nodesOf(a.documents)).toEqual([{ code: '05-CT/TW' }]);
    // 05-CT/TW is one national node: the new meeting is its third citation
    const d = await h.gql('{ document(code: "05-CT/TW") { citations { totalCount edges { node { meeting { date } } } } } }');
    expect(d.data.document.citations.totalCount).toBe(3);
    expect(d.data.document.citations.edges[0].node.meeting.date).toBe('2023-09-15');
  });

  it('ingesting the same text again changes nothing', async () => {
    const before = (await h.gql('{ stats { relationships } }')).data.stats.relationships;
    const r = await h.gql(INGEST, { input: input() }, API_KEY);
    expect(r.data.ingestArticle).toMatchObject({ created: false, article: { id: articleId } });
    expect((await h.gql('{ stats { relationships } }')).data.stats.relationships).toBe(before);
  });

  it('saves the article to the corpus folder with its metadata, so a restart rebuilds the same graph', async () => {
    const file = join(h.corpusDir, `${articleId.replace(/[^\w.-]+/g, '-')}.txt`);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toMatch(/^---\nurl: https:\/\/example.org\/giao-ban-quy-3\nsource: example.org\npublishedAt: 2023-09-15\nprovince: Kon Tum\n---\n/);
    expect(saved.endsWith(ARTICLE)).toBe(true);

    const restarted = new MemoryStore();
    await ingestFiles(restarted, [h.corpusDir]);
    expect(await restarted.counts()).toEqual(await h.store.counts());
    const [again] = await restarted.getNodes([articleId]);
    expect(again).toMatchObject({ props: { publishedAt: '2023-09-15', province: 'Kon Tum', url: 'https://example.org/giao-ban-quy-3' } });
  });

  it('deleteArticle removes the article, the facts only it supported, and its file', async () => {
    const r = await h.gql(`mutation($id: ID!) { deleteArticle(id: $id) { id deleted } }`, { id: articleId }, API_KEY);
    expect(r.data.deleteArticle).toEqual({ id: articleId, deleted: true });
    expect(await articleCount()).toBe(5);
    expect((await h.gql(`query($id: ID!) { article(id: $id) { id } }`, { id: articleId })).data.article).toBeNull();
    expect((await h.gql('{ search(text: "nguyen van hoa") { id } }')).data.search).toEqual([]);
    expect((await h.gql('{ document(code: "05-CT/TW") { citations { totalCount } } }')).data.document.citations.totalCount).toBe(2);
    expect(existsSync(join(h.corpusDir, `${articleId.replace(/[^\w.-]+/g, '-')}.txt`))).toBe(false);
  });

  it('deleting an unknown article is NOT_FOUND', async () => {
    const r = await h.gql(`mutation { deleteArticle(id: "article:0000") { deleted } }`, undefined, API_KEY);
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});
