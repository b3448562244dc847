import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTones, fold, nameKey, normalizeText, plainDashes } from '../../src/domain/text';

// fold as specified: NFD, marks dropped, đ→d, lower case, runs of non-letters one space
const reference = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('fold', () => {
  it('drops diacritics, folds đ to d, lowers case and joins words with one space', () => {
    expect(fold('Dương Văn Trang')).toBe('duong van trang');
    expect(fold('  Đắk Lắk – Kon Tum!! ')).toBe('dak lak kon tum');
    expect(fold('Phó Bí thư Thường trực Tỉnh ủy')).toBe('pho bi thu thuong truc tinh uy');
    expect(fold("H'Hen Niê")).toBe('h hen nie');
  });

  it('folds decomposed text and old tone placement like precomposed modern text', () => {
    expect(fold('Ủy ban'.normalize('NFD'))).toBe(fold('Ủy ban'));
    expect(fold('Uỷ ban')).toBe(fold('Ủy ban'));
    expect(fold('khoá')).toBe(fold('khóa'));
  });

  it('lowers a final sigma by its context, as toLowerCase does', () => {
    expect(fold('ΣΑΣ')).toBe('σας');
  });

  it('is the specified transformation on any string', () => {
    const chars = fc.oneof(
      fc.constantFrom(' ', '\u00a0', '-', '–', '\u0301', '\u0323', 'đ', 'Đ', 'Σ', "'", '\ud83d\ude00'),
      fc.integer({ min: 0, max: 0x24f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x1e00, max: 0x1eff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
    );
    fc.assert(fc.property(fc.array(chars, { maxLength: 24 }).map((a) => a.join('')), (s) => fold(s) === reference(s)), { numRuns: 5000 });
  });
});

describe('nameKey', () => {
  it('makes spacing variants of a name one key', () => {
    expect(nameKey('APớt')).toBe(nameKey('A Pớt'));
    expect(nameKey('KRing Ba')).toBe('kringba');
  });
});

describe('normalizeText, canonicalTones, plainDashes', () => {
  it('turns space-like characters into one space and keeps dashes', () => {
    expect(normalizeText('a\u00a0\u00a0b  –  c')).toBe('a b – c');
  });
  it('moves old-style tone marks to the modern place, but not after qu', () => {
    expect(canonicalTones('hoà khoá Uỷ quý')).toBe('hòa khóa Ủy quý');
  });
  it('makes every dash a hyphen-minus', () => {
    expect(plainDashes('a–b—c−d')).toBe('a-b-c-d');
  });
});
