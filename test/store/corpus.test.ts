// Facts a reader finds in the bundled corpus (data/corpus), through the whole pipeline:
// extract → resolve → each store, read back through the store port only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../src/domain/ids';
import type { GraphNode, RelType } from '../../src/domain/model';
import { fold } from '../../src/domain/text';
import { extract } from '../../src/extract';
import { resolve } from '../../src/resolve';
import type { GraphStore } from '../../src/store/GraphStore';
import { extraction, org, person, position } from '../resolve/make';
import { storeFactories } from './stores';

const CORPUS = join(__dirname, '..', '..', 'data', 'corpus');
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const extractions = files.map((file) => extract({ text: readFileSync(join(CORPUS, file), 'utf8'), file }));
const batches = extractions.map(resolve);
const ARTICLE_003 = articleId(extractions[files.findIndex((f) => f.startsWith('003_'))].text);

describe.each(storeFactories)('bundled corpus in the $name store', ({ make }) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await make();
    for (const b of batches) await store.writeArticle(b);
  });
  afterAll(async () => {
    await store.close();
  });

  const one = async (text: string, label: 'Person' | 'Document' | 'Organization'): Promise<GraphNode> => {
    const hits = (await store.search(text, [label], 20)).filter((h) => fold(h.node.name) === fold(text));
    expect(hits.map((h) => h.node.id), `${label} ${text}`).toHaveLength(1);
    return hits[0].node;
  };
  const ends = async (id: string, direction: 'OUT' | 'IN', type: RelType): Promise<GraphNode[]> => {
    const rels = await store.getRelationships([id], direction, [type]);
    const nodes = await store.getNodes([...new Set(rels.map((r) => (direction === 'OUT' ? r.to : r.from)))]);
    return nodes.filter((n): n is GraphNode => n !== null);
  };
  const dates = (meetings: GraphNode[]) => meetings.map((m) => m.props.date).sort();

  it('has Dương Văn Trang chair the meeting of 2021-07-27 and speak at the one of 2022-06-28, as one person', async () => {
    const trang = await one('Dương Văn Trang', 'Person');
    expect(dates(await ends(trang.id, 'OUT', 'CHAIRED'))).toContain('2021-07-27');
    expect(dates(await ends(trang.id, 'OUT', 'SPOKE_AT'))).toContain('2022-06-28');
  });

  it('has A Pớt and Lê Ngọc Tuấn co-chair the meeting of 2020-06-25', async () => {
    const page = await store.listMeetings({ from: '2020-06-25', to: '2020-06-25' }, { first: 5 });
    expect(page.items).toHaveLength(1);
    const chairs = await ends(page.items[0].node.id, 'IN', 'CHAIRED');
    expect(chairs.map((p) => p.name).sort()).toEqual(['A Pớt', 'Lê Ngọc Tuấn']);
  });

  it('has 35-CT/TW issued by Bộ Chính trị', async () => {
    const doc = await one('35-CT/TW', 'Document');
    expect((await ends(doc.id, 'OUT', 'ISSUED_BY')).map((o) => o.name)).toEqual(['Bộ Chính trị']);
  });

  it('has 05-CT/TW as one document cited by two meetings in two articles', async () => {
    const doc = await one('05-CT/TW', 'Document');
    const cites = await store.getRelationships([doc.id], 'IN', ['CITES']);
    expect(new Set(cites.map((r) => r.from)).size).toBe(2);
    expect(new Set(cites.map((r) => r.article)).size).toBe(2);
  });

  it('has 100-KH/TU issued by Tỉnh ủy Kon Tum', async () => {
    const doc = await one('100-KH/TU', 'Document');
    expect((await ends(doc.id, 'OUT', 'ISSUED_BY')).map((o) => o.name)).toEqual(['Tỉnh ủy Kon Tum']);
  });

  it('keeps the Đảng ủy Khối các cơ quan tỉnh of the article without a province to that article', async () => {
    // the same body named by a Kon Tum article (hand-made) must stay a different node
    const kontum = resolve(
      extraction({
        text: 'Đồng chí Trần Đình Quế, Bí thư Đảng ủy Khối các cơ quan tỉnh Kon Tum, phát biểu.',
        province: 'Kon Tum',
        organizations: [org('Đảng ủy Khối các cơ quan tỉnh', { level: 'AGENCY' })],
        people: [person('Trần Đình Quế', [position('Bí thư Đảng ủy Khối các cơ quan tỉnh', 'Bí thư', 'Đảng ủy Khối các cơ quan tỉnh')])],
      }),
    );
    await store.writeArticle(kontum);
    const hits = (await store.search('Đảng ủy Khối các cơ quan tỉnh', ['Organization'], 20)).map((h) => h.node);
    const ofArticle = hits.filter((n) => fold(n.name) === fold('Đảng ủy Khối các cơ quan tỉnh'));
    expect(ofArticle).toHaveLength(1);
    expect(ofArticle[0].props.province).toBeNull();
    const rels = await store.getRelationships([ofArticle[0].id], 'BOTH');
    expect(rels.length).toBeGreaterThan(0);
    expect(new Set(rels.map((r) => r.article))).toEqual(new Set([ARTICLE_003]));
    expect(hits.map((n) => n.name)).toContain('Đảng ủy Khối các cơ quan tỉnh Kon Tum');
    const que = (await store.search('Trần Đình Quế', ['Person'], 10)).map((h) => h.node.id);
    expect(new Set(que).size).toBe(2);
    await store.deleteArticle(kontum.article.id);
  });

  it('changes nothing when the corpus is ingested again', async () => {
    const before = await store.counts();
    for (const b of batches) expect((await store.writeArticle(b)).created).toBe(false);
    expect(await store.counts()).toEqual(before);
    expect(before.nodes.Article).toBe(files.length);
  });
});
