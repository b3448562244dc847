// Which runs of capitalised syllables are people, as the genre writes them.
import { describe, expect, it } from 'vitest';
import { parseName, preferredSpelling } from '../../src/extract/names';
import { tokensOf } from './helpers';

function nameAt(text: string, word: string, anchored: boolean): string | null {
  const { toks, keys } = tokensOf(text);
  const i = toks.findIndex((t) => t.s === word);
  return parseName(text, toks, keys, i, toks.length, anchored)?.name ?? null;
}

describe('parseName after an anchor (a title, đồng chí, ông, bà)', () => {
  it.each([
    ['đồng chí Dương Văn Trang chủ trì', 'Dương', 'Dương Văn Trang'],
    ['Chủ tịch HĐND thành phố Lương Nguyễn Minh Triết;', 'Lương', 'Lương Nguyễn Minh Triết'],
    ['đồng chí A Pớt - Phó Bí thư', 'A', 'A Pớt'],
    ['đồng chí APớt - Phó Bí thư', 'APớt', 'APớt'],
    ['đồng chí KRing Ba - Ủy viên', 'KRing', 'KRing Ba'],
    ['đồng chí Giàng A Páo – Phó Bí thư', 'Giàng', 'Giàng A Páo'],
    ['đồng chí Y Biêr Niê, Phó Bí thư', 'Y', 'Y Biêr Niê'],
    ["bà H'Yim Kđoh, Trưởng ban", "H'Yim", "H'Yim Kđoh"],
    ['ông Rơ Mah Tuân phát biểu', 'Rơ', 'Rơ Mah Tuân'],
    ['đồng chí Ksor Phước Hà dự', 'Ksor', 'Ksor Phước Hà'],
    ['Chủ tịch UBND tỉnh TRƯƠNG HẢI LONG: Năm 2023', 'TRƯƠNG', 'TRƯƠNG HẢI LONG'],
    ['Chủ tịch UBND tỉnh Y Ban chủ trì', 'Y', 'Y Ban'],
    ['đồng chí Nguyễn Văn A Ban Tổ chức', 'Nguyễn', 'Nguyễn Văn A'],
    // apostrophes of every kind, and a space after a one-letter prefix
    ['đồng chí K’ Mák, Phó Bí thư', 'K', 'K’ Mák'],
    ["đồng chí K' Mák, Phó Bí thư", 'K', "K' Mák"],
    ['đồng chí K’Nhiều, Phó Chủ tịch', 'K’Nhiều', 'K’Nhiều'],
    ['bà Liêng Jrang K‘Thi, Chủ tịch', 'Liêng', 'Liêng Jrang K‘Thi'],
    ['đồng chí Kʼ Mák, Phó Bí thư', 'Kʼ', 'Kʼ Mák'],
    ['đồng chí H’Hen Niê, Ủy viên', 'H’Hen', 'H’Hen Niê'],
    ['đồng chí Y Ngông Niê Kdăm — Phó Bí thư', 'Y', 'Y Ngông Niê Kdăm'],
    ['đồng chí Lầu A Sinh, Bí thư', 'Lầu', 'Lầu A Sinh'],
  ])('%s', (text, word, want) => expect(nameAt(text, word, true)).toBe(want));
});

describe('parseName without an anchor needs a surname', () => {
  it('accepts a surname-led name', () => expect(nameAt('; Nguyễn Tiến Thành, Phó Bí thư', 'Nguyễn', false)).toBe('Nguyễn Tiến Thành'));
  it('rejects a run that does not start with a surname', () => expect(nameAt('ở Tu Mơ Rông và', 'Tu', false)).toBeNull());
  it('an apostrophe prefix leads a name too ("K’ Mák")', () => expect(nameAt('; K’ Mák, Phó Bí thư', 'K', false)).toBe('K’ Mák'));
  it('Thái and Tây Nguyên surnames ("Vì Văn Thanh", "Liêng Jrang K‘Thi")', () => {
    expect(nameAt('; Vì Văn Thanh, Trưởng phòng', 'Vì', false)).toBe('Vì Văn Thanh');
    expect(nameAt('; Liêng Jrang K‘Thi, Chủ tịch', 'Liêng', false)).toBe('Liêng Jrang K‘Thi');
  });
});

describe('not people', () => {
  it.each([
    ['tư tưởng Hồ Chí Minh', 'Hồ', false],
    ['phong cách Hồ Chí Minh', 'Hồ', true],
    ['Trường Chính trị Nguyễn Văn Cừ', 'Nguyễn', false],
    ['đường Lê Lợi', 'Lê', false],
    ['tỉnh Kon Tum', 'Kon', true],
    ['bà Bà Rịa', 'Bà', true],
    ['chủ nghĩa Mác - Lênin', 'Mác', false],
    ['đồng chí Hội nghị', 'Hội', true],
    ['một Người', 'Người', true],
    ['Phó Chủ tịch Thường trực HDND tỉnh', 'HDND', true],
    ['Phó Chủ tịch HĐND tỉnh UBND TỈNH', 'UBND', true],
  ])('%s', (text, word, anchored) => expect(nameAt(text, word, anchored)).toBeNull());
});

describe('spacing variants', () => {
  it('prefers the spelling with spaces as the display name', () => {
    expect(preferredSpelling('APớt', 'A Pớt')).toBe('A Pớt');
    expect(preferredSpelling('A Pớt', 'APớt')).toBe('A Pớt');
  });
});
