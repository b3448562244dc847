// extract never throws: empty, binary, huge or random input gives an empty extraction with warnings.
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/corpus/articleFile';
import { MAX_INPUT_CHARS } from '../../src/domain/inputLimits';
import { extract, toContractJson } from '../../src/extract/index';

const isEmpty = (x: ReturnType<typeof extract>) => x.people.length === 0 && x.meetings.length === 0 && x.documents.length === 0;

describe('extract is total', () => {
  it('never throws on arbitrary strings, and its evidence always points into its text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const x = extract({ text: s });
        expect(() => JSON.stringify(toContractJson(x))).not.toThrow();
        for (const p of x.people) for (const e of p.evidence) expect(x.text.slice(e.start, e.end)).toBe(e.quote);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on text built from the genre\'s own pieces', () => {
    const pieces = ['Sáng 25/6, ', 'Đồng chí ', 'A Pớt', ' - ', 'Phó Bí thư Thường trực Tỉnh ủy', ', ', 'chủ trì ', 'Hội nghị', '. ', '35-CT/TW', '1234/QĐ-UBND', 'Nghị quyết Trung ương 4 khoá XII', '\n', 'các ', 'dự ', 'và ', '(kontumtv.vn) – ', 'Ảnh: MT', '“', '”', 'Uỷ ', '—', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const x = extract({ text: parts.join('') });
        for (const m of x.meetings) for (const p of m.participants) expect(x.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.quote);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on binary data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2000 }), (bytes) => {
        const x = extract({ text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) });
        expect(x).toBeTypeOf('object');
      }),
      { numRuns: 200 },
    );
  });

  it.each([[''], ['   \n\t ']])('empty input %j: empty extraction with a warning', (text) => {
    const x = extract({ text });
    expect(isEmpty(x)).toBe(true);
    expect(x.warnings).toEqual(['empty text']);
  });

  it('binary input: empty extraction with a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polgraph-bin-'));
    const file = join(dir, 'x.bin');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x00, 0x41]));
    const x = extract(readArticleFile(file));
    expect(x.file).toBe('x.bin');
    expect(isEmpty(x)).toBe(true);
    expect(x.warnings[0]).toMatch(/binary/);
  });

  it('a 5 MB input: refused quickly with a warning', () => {
    const big = 'Sáng 25/6, Tỉnh ủy tổ chức Hội nghị. '.repeat(Math.ceil(5_000_000 / 36));
    expect(big.length).toBeGreaterThan(MAX_INPUT_CHARS);
    const t0 = Date.now();
    const x = extract({ text: big });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(isEmpty(x)).toBe(true);
    expect(x.warnings[0]).toMatch(/too long/);
  });

  it('random non-Vietnamese text: empty extraction with a warning', () => {
    const x = extract({ text: '日本語のテキスト 🙂 ✓ ∑ ∫ Ωmega' });
    expect(isEmpty(x)).toBe(true);
    expect(x.warnings).toContain('no people, meetings or documents found');
  });

  it('input that is not a string is reported, not thrown', () => {
    const x = extract({ text: 42 as unknown as string });
    expect(x.warnings).toEqual(['no text given']);
  });
});
