import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/generate/article';
import { buildWorld, generateCorpus, type GeneratedArticle } from '../../bench/generate';
import { fold, nameKey } from '../../src/domain/text';
import { extract, toContractJson } from '../../src/extract';
import { scoreExtractions } from '../../src/eval/evaluate';

const SEED = 7;
const world = buildWorld(SEED);
const corpus: GeneratedArticle[] = [...generateCorpus(400, SEED, world)];
const squash = (s: string) => fold(s).replace(/ /g, '');

describe('bench/generate: determinism', () => {
  it('gives the same articles and gold for the same seed', () => {
    const again = [...generateCorpus(30, SEED)];
    expect(again).toEqual(corpus.slice(0, 30));
  });

  it('makes article i independent of how many are asked for', () => {
    expect(generateArticle(buildWorld(SEED), 123)).toEqual(corpus[123]);
  });

  it('gives other articles for another seed', () => {
    const other = [...generateCorpus(5, SEED + 1)];
    expect(other.map((a) => a.text)).not.toEqual(corpus.slice(0, 5).map((a) => a.text));
  });
});

describe('bench/generate: the gold says what the text says', () => {
  it.each(corpus.slice(0, 400).map((a) => [a.file, a] as const))('%s', (_file, a) => {
    const text = a.text;
    const folded = fold(text);
    const squashed = squash(text);
    const g = a.gold;
    expect(g.file).toBe(a.file);
    for (const p of g.people) {
      expect(squashed, p.name).toContain(nameKey(p.name));
      expect(p.positions.length, p.name).toBeGreaterThan(0);
      for (const alts of p.positions) expect(alts.some((t) => folded.includes(fold(t))), `${p.name}: ${alts[0]}`).toBe(true);
    }
    const names = new Set(g.people.map((p) => p.name));
    expect(g.meetings).toHaveLength(1);
    const m = g.meetings[0];
    for (const n of [...m.chairs, ...m.speakers, ...m.attendees]) expect(names.has(n), n).toBe(true);
    for (const n of m.attendees) expect(m.chairs.includes(n) || m.speakers.includes(n), n).toBe(false);
    if (m.date) {
      const [y, mo, d] = m.date.split('-').map(Number);
      expect(text).toMatch(new RegExp(`\\b0?${d}[/.-]0?${mo}\\b`));
      expect(text, 'the year is written or made certain').toContain(String(y));
    }
    if (g.publishedAt) {
      const [y, mo, d] = g.publishedAt.split('-');
      expect(text).toContain(`${d}/${mo}/${y}`);
    }
    for (const d of g.documents) {
      if (d.code) expect(text.replace(/\s+/g, '')).toContain(d.code);
      else expect(folded).toMatch(new RegExp(d.match!));
    }
    for (const author of g.authors) expect(folded).toContain(fold(author));
    if (g.province) expect(folded.includes(fold(g.province)) || squashed.includes(squash(g.province))).toBe(true);
  });
});

describe('bench/generate: a corpus like years of real news', () => {
  it('makes articles of about 5 KB', () => {
    const mean = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / corpus.length;
    expect(mean).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(7000);
  });

  it('brings the same people and documents back across articles', () => {
    const people = new Map<string, number>();
    const codes = new Map<string, number>();
    for (const a of corpus) {
      for (const p of a.gold.people) people.set(`${a.province}|${nameKey(p.name)}`, (people.get(`${a.province}|${nameKey(p.name)}`) ?? 0) + 1);
      for (const d of a.gold.documents) if (d.code) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    }
    expect(Math.max(...people.values())).toBeGreaterThanOrEqual(20);
    expect(Math.max(...codes.values())).toBeGreaterThanOrEqual(30);
    const shared = corpus.filter((a) => a.gold.people.some((p) => (people.get(`${a.province}|${nameKey(p.name)}`) ?? 0) > 1)).length;
    expect(shared / corpus.length).toBeGreaterThan(0.9);
  });

  it('has the genre: minority names, co-chairs, captions, page clutter, old tones, dashes', () => {
    const all = corpus.map((a) => a.text).join('\n');
    for (const needle of ['Ksor', "K'", 'Giàng', 'đồng chủ trì', 'Ảnh: ', 'Trả lời', '\u00a0', ' – ', ' — ', 'khoá', 'Uỷ', '-KH/TU', '/QĐ-UBND', '-CT/TW', 'Nghị quyết Đại hội', 'kỳ họp', 'giao ban', 'sơ kết', 'tổng kết']) {
      expect(all, needle).toContain(needle);
    }
    const names = new Set(corpus.flatMap((a) => a.gold.people.map((p) => p.name)));
    expect([...names].some((n) => /^(A|Y|KRing|Ksor|Rơ|Siu|Nay|K'|Điểu|Giàng|Sùng|Lò|Thạch) /.test(n))).toBe(true);
    expect(corpus.some((a) => a.gold.province === null)).toBe(true);
    // office holders named in passing: people of the gold in no meeting role
    expect(corpus.some((a) => a.gold.people.some((p) => !Object.values(a.gold.meetings[0]).some((v) => Array.isArray(v) && v.includes(p.name))))).toBe(true);
    expect(corpus.some((a) => a.gold.meetings[0].date === null)).toBe(true);
  });
});

describe('bench/generate: documents carrying out documents (IMPLEMENTS)', () => {
  const stated = corpus.filter((a) => a.gold.implements.length);

  it('some articles state that a provincial plan carries out a national document, each pair in one sentence', () => {
    expect(stated.length).toBeGreaterThan(10);
    for (const a of stated) {
      const sentences = a.text.split(/(?<=\.)\s+/);
      for (const { implementer, implemented } of a.gold.implements) {
        expect(implementer, a.file).toMatch(/\/TU$/);
        expect(sentences.some((s) => s.includes(implementer) && s.includes(implemented)), `${a.file}: ${implementer} > ${implemented}`).toBe(true);
        // both are among the gold's documents
        expect(a.gold.documents.map((d) => d.code)).toEqual(expect.arrayContaining([implementer, implemented]));
      }
    }
  });

  it('also names a plan and the document beside each other without relating them, with no gold pair', () => {
    const both = corpus.filter((a) => /Hội nghị cũng quán triệt [^.]*\d+-[A-ZĐa-z]+\/TW[^.]* và [^.]*\d+-(?:KH|CTr|ĐA)\/TU/.test(a.text));
    expect(both.length).toBeGreaterThan(0);
  });

  it('the extractor reads every stated pair and nothing else (F1 1.0 over 400 articles)', () => {
    const r = scoreExtractions(corpus.map((a) => a.gold), corpus.map((a) => toContractJson(extract({ text: a.text, file: a.file, source: a.source }))));
    expect(r.fields.implements.fp).toBe(0);
    expect(r.notes.filter((n) => n.includes('implements'))).toEqual([]);
    expect(r.fields.implements.tp).toBe(stated.reduce((s, a) => s + a.gold.implements.length, 0));
  });
});
