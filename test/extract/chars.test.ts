import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasInnerCapital, isAllCapitals, isCapitalisedWord, isWordChar } from '../../src/extract/chars';

// the regexes the table-driven checks stand for
const CAPITALISED = /^\p{Lu}[\p{L}'’‘ʼ]*$/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}*['’‘ʼ]?\p{Lu}/u;

const char = fc.oneof(
  fc.constantFrom("'", '’', '‘', 'ʼ', '.', '-', 'Đ', 'đ', 'Ư', 'ơ', 'Σ', '\ud83d', '\ud83d\ude00'),
  fc.integer({ min: 0x41, max: 0x7a }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xc0, max: 0x24f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x1ea0, max: 0x1ef9 }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const word = fc.array(char, { maxLength: 8 }).map((a) => a.join(''));

describe('name shapes', () => {
  it('reads the shapes of names', () => {
    expect(isCapitalisedWord('Pớt')).toBe(true);
    expect(isCapitalisedWord("H'Drai")).toBe(true);
    expect(isCapitalisedWord('pớt')).toBe(false);
    expect(isCapitalisedWord('T.Ư')).toBe(false);
    expect(isAllCapitals('HĐND')).toBe(true);
    expect(isAllCapitals('Hà')).toBe(false);
    expect(hasInnerCapital('KRing')).toBe(true);
    expect(hasInnerCapital('APớt')).toBe(true);
    expect(hasInnerCapital("H'Hen")).toBe(true);
    expect(hasInnerCapital('Ksor')).toBe(false);
  });

  it('answers as the Unicode regexes do, on any string', () => {
    fc.assert(
      fc.property(word, (s) => isCapitalisedWord(s) === CAPITALISED.test(s) && isAllCapitals(s) === ALL_CAPITALS.test(s) && hasInnerCapital(s) === INNER_CAPITAL.test(s)),
      { numRuns: 20000 },
    );
  });

  it('counts letters, digits and combining marks as word characters, and nothing else', () => {
    const code = (ch: string) => ch.charCodeAt(0);
    for (const ch of ['a', 'Z', '7', 'Đ', 'ư', 'ẫ', 'Ỹ', '\u0301', 'ª', 'ß', 'ж', '中']) expect(isWordChar(code(ch))).toBe(true);
    for (const ch of [' ', '-', '–', '.', ',', "'", '’', '×', '÷', '\u00a0', '“', '\ud83d', '\ufffd']) expect(isWordChar(code(ch))).toBe(false);
  });
});
