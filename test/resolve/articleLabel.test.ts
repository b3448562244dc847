// An article is called by its headline, else by its first sentence, never by its file name.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve';
import { articleLabel, MAX_ARTICLE_LABEL } from '../../src/resolve/articleLabel';
import { extraction } from './make';

describe('articleLabel', () => {
  it('is the headline when there is one', () => {
    expect(articleLabel('  Hội nghị giao ban tháng 1/2024 ', 'Sáng 5/1, Thường trực Tỉnh ủy họp.')).toBe('Hội nghị giao ban tháng 1/2024');
  });

  it('else the first sentence of the first non-blank line, spaces made plain', () => {
    expect(articleLabel(null, '\n\n  Sáng 5/1,\u00a0Thường trực  Tỉnh ủy tổ chức hội nghị. Đồng chí A Pớt chủ trì.\nDòng hai.')).toBe('Sáng 5/1, Thường trực Tỉnh ủy tổ chức hội nghị.');
    expect(articleLabel('', 'Không có dấu chấm cuối câu')).toBe('Không có dấu chấm cuối câu');
  });

  it('cut at a word with an ellipsis when the sentence is long', () => {
    const long = `Đồng chí ${'Dương Văn Trang '.repeat(20)}chủ trì hội nghị.`;
    const label = articleLabel(null, long)!;
    expect(label.length).toBeLessThanOrEqual(MAX_ARTICLE_LABEL);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
    expect(long[label.length - 1]).toBe(' ');
  });

  it('null for an empty text without a headline (the article is then called by its id)', () => {
    expect(articleLabel(null, ' \n\t')).toBeNull();
  });
});

describe('an article node', () => {
  it('read from a file without a headline is named by its first sentence, not the file', () => {
    const base = extraction({ text: 'Chiều 1/4, UBND tỉnh họp phiên thường kỳ. Nội dung khác.', province: 'Kon Tum', publishedAt: '2024-04-01' });
    const x = { ...base, file: 'bai-viet-123.txt', article: { ...base.article, title: null } };
    const batch = resolve(x);
    expect(batch.article.name).toBe('Chiều 1/4, UBND tỉnh họp phiên thường kỳ.');
    expect(batch.article.props.file).toBe('bai-viet-123.txt');
  });
});
