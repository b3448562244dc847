// The scorer's rules (src/eval/evaluate.ts), on small made-up cases.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, runEval, scoreExtractions, type Gold } from '../../src/eval/evaluate';

const gold: Gold = {
  file: 'a.txt',
  publishedAt: '2020-06-25',
  province: 'Kon Tum',
  authors: ['Mai Trâm'],
  people: [{ name: 'A Pớt', positions: [['Phó Bí thư Thường trực Tỉnh ủy'], ['Trưởng đoàn ĐBQH tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh']] }],
  meetings: [{ date: '2020-06-25', chairs: ['A Pớt'], speakers: [], attendees: [] }],
  documents: [
    { code: '100-KH/TU', kind: 'PLAN' },
    { title: 'Nghị quyết Đại hội XIII của Đảng', kind: 'RESOLUTION', match: 'dai hoi .*xiii' },
  ],
};

describe('scoreExtractions', () => {
  it('a perfect prediction scores 1, with names, titles and codes folded', () => {
    const pred = {
      file: 'a.txt',
      article: { publishedAt: '2020-06-25T08:00:00', province: 'KON TUM', authors: ['Mai Tram'] },
      people: [{ name: 'APớt', positions: [{ title: 'Phó Bí thư Thường trực Tỉnh uỷ' }, { title: 'Trưởng đoàn Đại biểu Quốc hội tỉnh' }] }],
      meetings: [{ date: '2020-06-25', chairs: ['A-Pớt'], speakers: [], attendees: [] }],
      documents: [{ code: '100 - KH/TU', kind: 'PLAN' }, { code: null, title: 'Nghị quyết Đại hội XIII của Đảng' }],
    };
    const r = scoreExtractions([gold], [pred]);
    expect(r.macroF1).toBe(1);
    expect(r.notes).toEqual([]);
  });

  it('a gold position is matched at most once; extras and misses count', () => {
    const pred = {
      file: 'a.txt',
      article: { publishedAt: null, province: null, authors: [] },
      people: [{ name: 'A Pớt', positions: ['Trưởng đoàn ĐBQH tỉnh', 'Trưởng đoàn Đại biểu Quốc hội tỉnh'] }, { name: 'Lê Văn B', positions: [] }],
      meetings: [{ date: null, chairs: [], speakers: ['A Pớt'], attendees: [] }],
      documents: [{ code: '100-KH/TU', kind: 'DIRECTIVE' }, { code: null, title: 'Nghị quyết số 5' }],
    };
    const r = scoreExtractions([gold], [pred]);
    expect(r.fields.positions).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.fields.people).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.fields.documentKinds).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.fields.uncodedDocuments).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.fields.publishedAt).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.fields.speakers).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 1, f1: 0 });
    expect(r.macroF1).toBeLessThan(1);
    expect(formatReport(r, true)).toContain('a.txt positions extra: apot|truong doan dai bieu quoc hoi tinh');
  });

  it('an article without a prediction is reported missing', () => {
    expect(scoreExtractions([gold], []).missing).toEqual(['a.txt']);
  });
});

describe('runEval', () => {
  it('extracts files and scores them against NAME.gold.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polgraph-eval-'));
    writeFileSync(join(dir, 'x.txt'), 'Sáng ngày 04/12/2023, Tỉnh ủy tổ chức Hội nghị. Đồng chí Giàng A Páo – Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.');
    writeFileSync(join(dir, 'x.gold.json'), JSON.stringify({
      file: 'x.txt', publishedAt: null, province: null, authors: [],
      people: [{ name: 'Giàng A Páo', positions: [['Phó Bí thư Thường trực Huyện ủy']] }],
      meetings: [{ date: '2023-12-04', chairs: ['Giàng A Páo'], speakers: [], attendees: [] }],
      documents: [],
    }));
    const r = await runEval({ goldDir: dir, files: [join(dir, 'x.txt')] });
    expect(r.macroF1).toBe(1);
    expect(r.text).toMatch(/macro F1 1\.000 over 1\/1 articles/);
  });
});
