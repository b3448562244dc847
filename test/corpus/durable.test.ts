// Writes are ordered and all-or-nothing across the corpus folder and the graph: the file
// is durable before the graph changes, and a failure on either side leaves both as they were.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/export/jsonl';
import { articleFileName } from '../../src/corpus/articleFile';
import { deleteArticle, ingestArticle, ingestFiles } from '../../src/pipeline';
import type { GraphStore } from '../../src/store/GraphStore';
import { MemoryStore } from '../../src/store/memory/MemoryStore';

const A = { text: 'Hội nghị giao ban\n\nSáng 5/1/2024, Thường trực Tỉnh ủy Kon Tum họp. Đồng chí Dương Văn Trang - Bí thư Tỉnh ủy chủ trì.', province: 'Kon Tum' };
const B = { text: 'Hội nghị sơ kết\n\nSáng 6/1/2024, Tỉnh ủy Kon Tum họp. Đồng chí A Pớt - Phó Bí thư Thường trực Tỉnh ủy chủ trì.', province: 'Kon Tum' };

async function exported(store: GraphStore): Promise<string[]> {
  const lines: string[] = [];
  await exportGraph(store, (l) => void lines.push(l));
  return lines;
}

/** A memory store whose writes or deletes fail after it was asked (a store that went away). */
function failing(store: MemoryStore, what: 'write' | 'delete'): MemoryStore {
  const s = Object.create(store) as MemoryStore;
  if (what === 'write') s.writeArticle = async () => Promise.reject(new Error('store unavailable'));
  else s.deleteArticle = async () => Promise.reject(new Error('store unavailable'));
  return s;
}

const folder = () => mkdtempSync(join(tmpdir(), 'polgraph-durable-'));

describe('ingest and delete, corpus and graph together', () => {
  it('saves the file before the graph changes, named by the article id', async () => {
    const dir = folder();
    const store = new MemoryStore();
    let fileWhenWritten: boolean | null = null;
    const watching = Object.create(store) as MemoryStore;
    watching.writeArticle = async (batch) => {
      fileWhenWritten = existsSync(join(dir, articleFileName(batch.article.id)));
      return store.writeArticle(batch);
    };
    const { write, savedAs } = await ingestArticle(watching, A, { saveTo: dir });
    expect(fileWhenWritten).toBe(true);
    expect(savedAs).toBe(join(dir, articleFileName(write.articleId)));
    expect(readdirSync(dir)).toEqual([articleFileName(write.articleId)]);
  });

  it('puts the corpus back as it was when the graph refuses a new article or a rewrite', async () => {
    const dir = folder();
    const store = new MemoryStore();
    await ingestArticle(store, A, { saveTo: dir });
    const file = readdirSync(dir)[0];
    const before = readFileSync(join(dir, file), 'utf8');
    const graph = await exported(store);
    await expect(ingestArticle(failing(store, 'write'), B, { saveTo: dir })).rejects.toThrow('store unavailable');
    await expect(ingestArticle(failing(store, 'write'), { ...A, url: 'https://example.vn/a' }, { saveTo: dir })).rejects.toThrow('store unavailable');
    expect(readdirSync(dir)).toEqual([file]);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(before);
    expect(await exported(store)).toEqual(graph);
  });

  it('puts the file back when the graph refuses a delete', async () => {
    const dir = folder();
    const store = new MemoryStore();
    const { write } = await ingestArticle(store, A, { saveTo: dir });
    const before = readFileSync(join(dir, articleFileName(write.articleId)), 'utf8');
    await expect(deleteArticle(failing(store, 'delete'), write.articleId, dir)).rejects.toThrow('store unavailable');
    expect(readFileSync(join(dir, articleFileName(write.articleId)), 'utf8')).toBe(before);
    expect((await store.getNodes([write.articleId]))[0]?.id).toBe(write.articleId);
    expect(await deleteArticle(store, write.articleId, dir)).toEqual({ deleted: true, removed: [join(dir, articleFileName(write.articleId))] });
    expect(readdirSync(dir)).toEqual([]);
    expect(await deleteArticle(store, write.articleId, dir)).toEqual({ deleted: false, removed: [] });
  });

  it('leaves the graph as it was when the corpus cannot be written', async () => {
    const base = folder();
    const notAFolder = join(base, 'corpus');
    writeFileSync(notAFolder, 'a file where the corpus folder should be');
    const store = new MemoryStore();
    await ingestArticle(store, A);
    const graph = await exported(store);
    await expect(ingestArticle(store, B, { saveTo: notAFolder })).rejects.toThrow();
    expect(await exported(store)).toEqual(graph);
    // a bulk ingest reports each such article as failed, and writes none of them
    const src = folder();
    writeFileSync(join(src, 'b.txt'), B.text);
    const summary = await ingestFiles(store, [src], { saveTo: notAFolder });
    expect(summary.failed.map((f) => f.file)).toEqual([join(src, 'b.txt')]);
    expect(await exported(store)).toEqual(graph);
  });

  it('acknowledges a bulk ingest article by article, once its group is durable', async () => {
    const src = folder();
    writeFileSync(join(src, 'a.txt'), A.text);
    writeFileSync(join(src, 'b.txt'), B.text);
    const dir = folder();
    const acked: string[] = [];
    const store = new MemoryStore();
    await ingestFiles(store, [src], { saveTo: dir, onWritten: (_file, id) => acked.push(id) });
    expect(acked.map(articleFileName).sort()).toEqual(readdirSync(dir).sort());
    expect(new Set((await store.listNodes('Article', {}, { first: 5 })).items.map((i) => i.node.id))).toEqual(new Set(acked));
  });
});
