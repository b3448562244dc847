// Invisible format characters (zero-width, bidi controls, joiners, soft hyphens, BOMs)
// never reach the graph: whatever random Unicode an article carries, no stored name,
// title or other text property contains one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripInvisible } from '../../src/domain/text';
import { exportGraph } from '../../src/export/jsonl';
import { ingestArticle } from '../../src/pipeline';
import { MemoryStore } from '../../src/store/memory/MemoryStore';

const FORMAT = /\p{Cf}/u;
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD', '\u061C'];

const TEMPLATE = [
  '---\ntitle: Hội nghị giao ban tháng 3/2024\n---\n',
  'Hội nghị giao ban tháng 3/2024',
  '\n\n',
  'Sáng 4/3, Thường trực Tỉnh ủy Kon Tum tổ chức Hội nghị giao ban tháng 3/2024. ',
  'Đồng chí Dương Văn Trang - Bí thư Tỉnh ủy chủ trì Hội nghị. ',
  'Dự hội nghị có đồng chí A Pớt - Phó Bí thư Thường trực Tỉnh ủy. ',
  'Hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 100-KH/TU.',
];

/** The template with random Unicode and invisible characters spliced in at random places. */
const article = fc
  .array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...INVISIBLE), fc.string({ unit: 'binary', maxLength: 6 }), fc.stringMatching(/^[\u200B-\u200F\u202A-\u202E\u2060-\u2069]{1,3}$/))), { maxLength: 40 })
  .map((inserts) => {
    let text = TEMPLATE.join('');
    for (const [at, piece] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('invisible characters', () => {
  it('stripInvisible removes every format character and reads the zero-width space as a space', () => {
    expect(stripInvisible('Dương\u200bVăn\u2060 Trang\u202E')).toBe('Dương Văn Trang');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !FORMAT.test(stripInvisible(s))));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => FORMAT.test(s) || stripInvisible(s) === s));
  });

  it('no stored label or text property contains one, whatever random Unicode the article carries', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const store = new MemoryStore();
        await ingestArticle(store, { text, publishedAt: '2024-03-04' });
        const found: string[] = [];
        await exportGraph(store, (line) => {
          const row = JSON.parse(line) as { kind?: string; name?: unknown; props?: unknown; quote?: unknown };
          for (const s of strings(row)) if (FORMAT.test(s)) found.push(s);
        });
        expect(found).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
