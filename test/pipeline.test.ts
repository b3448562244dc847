import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { listArticleFiles } from '../src/corpus/articleFile';
import { ingestFiles, type IngestProgress } from '../src/pipeline';
import { createStore } from '../src/store';
import type { GraphStore } from '../src/store/GraphStore';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'polgraph-pipeline-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const ARTICLE = 'Sáng 5/1/2024, Thường trực Tỉnh ủy Kon Tum tổ chức Hội nghị giao ban. Đồng chí Dương Văn Trang - Bí thư Tỉnh ủy chủ trì Hội nghị.';

describe('listArticleFiles', () => {
  it("expands a folder to its .txt files in name order, and keeps files named directly", () => {
    const dir = folder({ 'b.txt': 'x', 'a.txt': 'x', 'notes.md': 'x', 'sub/c.txt': 'x' });
    expect(listArticleFiles([dir]).map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.txt']);
    expect(listArticleFiles([join(dir, 'notes.md')])).toEqual([join(dir, 'notes.md')]);
  });

  it('names a path that does not exist', () => {
    expect(() => listArticleFiles(['/no/such/place'])).toThrow('no such file or folder: /no/such/place');
  });
});

describe('ingestFiles', () => {
  it('reports progress for every file and counts rewritten articles as unchanged', async () => {
    const store = createStore(loadConfig({}));
    await store.init();
    const dir = folder({ 'one.txt': ARTICLE, 'two.txt': ARTICLE.replace('5/1', '6/1') });
    const seen: IngestProgress[] = [];
    const first = await ingestFiles(store, [dir], (p) => seen.push(p));
    expect(seen.map((p) => [p.done, p.total])).toEqual([[1, 2], [2, 2]]);
    expect(first).toMatchObject({ files: 2, written: 2, unchanged: 0, failed: [] });
    const again = await ingestFiles(store, [dir]);
    expect(again).toMatchObject({ files: 2, written: 0, unchanged: 2, failed: [] });
    expect((await store.counts()).nodes.Article).toBe(2);
  });

  it('skips an article whose write fails and goes on with the rest', async () => {
    const inner = createStore(loadConfig({}));
    await inner.init();
    let calls = 0;
    const flaky: GraphStore = Object.create(inner, {
      writeArticle: { value: (b: Parameters<GraphStore['writeArticle']>[0]) => (++calls === 1 ? Promise.reject(new Error('disk full')) : inner.writeArticle(b)) },
    });
    const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE.replace('5/1', '7/1') });
    const s = await ingestFiles(flaky, [dir]);
    expect(s.written).toBe(1);
    expect(s.failed).toEqual([{ file: join(dir, 'a.txt'), error: 'disk full' }]);
    expect((await inner.counts()).nodes.Article).toBe(1);
  });
});
