import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches } from '../../src/extract/anchored';
import { CODE_SCANS } from '../../src/extract/documents';

/** What `re.exec` in a loop finds: the scan anchoredMatches stands for. */
function globalMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const shape = (ms: RegExpExecArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));

// text of the genre's pieces around codes: numbers, types, issuers, spaces, every dash, slashes
const piece = fc.constantFrom(
  '1', '12', '100', '2024', '12a', '-', ' - ', '–', '/', ' / ', ' ', '  ', '\u00a0', '\n', 'NQ', 'KH', 'CTr', 'QĐ', 'QĐi', 'HĐ', 'TU', 'TW', 'ĐUK', 'UBND',
  'KTTH', 'HĐND', 'QH15', 'số', 'Nghị quyết', 'ngày', 'của', 'Tỉnh ủy', 'a', 'Đ', 'x/y', '.', ',', '(', ')',
);
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

describe('anchoredMatches', () => {
  it('finds codes as a scan of every position does', () => {
    const t = 'Kế hoạch số 100-KH/TU ngày 5/3, Quyết định 1234/QĐ-UBND và Công văn 123/UBND-KTTH; 35 - CT / TW.';
    expect(anchoredMatches(CODE_SCANS.PARTY.re, t, '/', CODE_SCANS.PARTY.allowed).map((m) => m[0])).toEqual(['100-KH/TU', '35 - CT / TW']);
    expect(anchoredMatches(CODE_SCANS.STATE.re, t, '/', CODE_SCANS.STATE.allowed).map((m) => m[0])).toEqual(['1234/QĐ-UBND']);
    expect(anchoredMatches(CODE_SCANS.LETTER.re, t, '/', CODE_SCANS.LETTER.allowed).map((m) => m[0])).toEqual(['1234/QĐ-UBND', '123/UBND-KTTH']);
  });

  for (const [name, { re, allowed }] of Object.entries(CODE_SCANS)) {
    it(`gives the same matches as the global scan for ${name}, on any text of code pieces`, () => {
      fc.assert(fc.property(text, (t) => JSON.stringify(shape(anchoredMatches(re, t, '/', allowed))) === JSON.stringify(shape(globalMatches(re, t)))), { numRuns: 3000 });
    });
  }

  it('needs `allowed` to cover what stands before the anchor: a too-narrow one misses matches', () => {
    const re = /\d+-[A-Z]+\/[A-Z]+/g;
    expect(anchoredMatches(re, 'số 100-KH/TU', '/', (c) => c >= 48 && c <= 57)).toEqual([]);
    expect(anchoredMatches(re, 'số 100-KH/TU', '/', (c) => c !== 47 && c !== 32).map((m) => m[0])).toEqual(['100-KH/TU']);
  });
});
