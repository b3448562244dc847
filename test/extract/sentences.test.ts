// Sentences and tokens, with offsets that evidence relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTones, plainDashes } from '../../src/domain/text';
import { matchView, segment, splitSentences, tokenize } from '../../src/extract/sentences';

describe('splitSentences', () => {
  it('splits at . ! ? … before a capital or a digit, and at line breaks', () => {
    expect(splitSentences('Hội nghị khai mạc. Đồng chí A phát biểu! 6 tháng đầu năm đạt… Tiếp theo\nDòng mới').map((s) => s.text)).toEqual([
      'Hội nghị khai mạc.', 'Đồng chí A phát biểu!', '6 tháng đầu năm đạt…', 'Tiếp theo', 'Dòng mới',
    ]);
  });
  it('does not split after an abbreviation or inside a number', () => {
    expect(splitSentences('Tại TP. Hồ Chí Minh có 45.582 đảng viên. Xong.').map((s) => s.text)).toEqual(['Tại TP. Hồ Chí Minh có 45.582 đảng viên.', 'Xong.']);
  });
});

describe('tokenize', () => {
  it('keeps "T.Ư", "H’Drai" and "14.10" as one token; punctuation apart', () => {
    expect(tokenize('Ban Tổ chức T.Ư, Ia H’Drai (14.10).').map((t) => t.s)).toEqual(['Ban', 'Tổ', 'chức', 'T.Ư', ',', 'Ia', 'H’Drai', '(', '14.10', ')', '.']);
  });
  it('marks capitals and gives offsets', () => {
    const text = 'Đồng chí Ủy viên';
    const t = tokenize(text);
    expect(t.map((x) => [x.cap, text.slice(x.start, x.end)])).toEqual([[true, 'Đồng'], [false, 'chí'], [true, 'Ủy'], [false, 'viên']]);
  });
});

describe('matchView', () => {
  it('rewrites old-style tones and dashes without moving characters', () => {
    const text = 'Huyện uỷ — khoá XII – hoà';
    const v = matchView(text);
    expect(v).toBe('Huyện ủy - khóa XII - hòa');
    expect(v.length).toBe(text.length);
  });
});

describe('matchView agrees with the domain normalisers', () => {
  it('equals canonicalTones(plainDashes(text)) on Vietnamese-like text', () => {
    const pieces = ['hoà', 'khoá', 'Uỷ', 'uỷ', 'Quý', 'quỳ', 'Thuý', 'khoẻ', 'TOÀ', 'hoạ', 'ủy', ' ', '-', '–', '—', 'a', 'Đảng', '\n', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(matchView(text)).toBe(canonicalTones(plainDashes(text)));
      }),
    );
  });
});

describe('segment', () => {
  it('quotes sentences from the text and gives each its tokens', () => {
    const text = 'Huyện uỷ họp. Xong.';
    const { sentences, tokens } = segment(text);
    expect(sentences.map((s) => s.text)).toEqual(['Huyện uỷ họp.', 'Xong.']);
    expect(tokens.slice(sentences[0].t0, sentences[0].t1).map((t) => t.k)).toEqual(['huyện', 'ủy', 'họp', '.']);
  });
});
