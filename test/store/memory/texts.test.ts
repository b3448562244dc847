import { describe, expect, it } from 'vitest';
import { ArticleTexts } from '../../../src/store/memory/texts';

describe('ArticleTexts', () => {
  it('gives back every text as it was put, short or longer than the deflate window', () => {
    const texts = new ArticleTexts();
    const short = 'Sáng 5/3, đồng chí A Pớt – Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.';
    // 60 KB of text whose repeats lie further apart than the 8 KB window
    let seed = 3;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const words = Array.from({ length: 3000 }, () => String.fromCodePoint(0x1ea0 + Math.floor(rnd() * 90), 0x61 + Math.floor(rnd() * 26)));
    const long = Array.from({ length: 6 }, () => words.join(' ')).join('\n');
    texts.put('a', short);
    texts.put('b', long);
    texts.put('c', '');
    expect(texts.get('a')).toBe(short);
    expect(texts.get('b')).toBe(long);
    expect(texts.get('c')).toBe('');
    expect(texts.get('missing')).toBeNull();
  });

  it('replaces a text put again under the same id', () => {
    const texts = new ArticleTexts();
    texts.put('a', 'một');
    expect(texts.get('a')).toBe('một');
    texts.put('a', 'hai');
    expect(texts.get('a')).toBe('hai');
  });
});
