// The front matter of an article text: read, and written back so that it reads the same.
import { describe, expect, it } from 'vitest';
import { formatFrontMatter, parseFrontMatter } from '../../src/domain/frontMatter';

describe('parseFrontMatter', () => {
  it('reads key: value lines between --- lines', () => {
    const fm = parseFrontMatter('---\nurl: https://kontumtv.vn/a\nsource: kontumtv.vn\npublishedAt: 2020-06-25\nprovince: "Kon Tum"\n---\nBody.');
    expect(fm.fields).toEqual({ url: 'https://kontumtv.vn/a', source: 'kontumtv.vn', publishedAt: '2020-06-25', province: 'Kon Tum' });
    expect(fm.body).toBe('Body.');
  });
  it('leaves a text without it alone', () => expect(parseFrontMatter('Sáng 25/6 ---').body).toBe('Sáng 25/6 ---'));
  it('gives its values in NFC, whatever the file holds', () => {
    const fm = parseFrontMatter('---\ntitle: Hội nghị Tỉnh ủy\nprovince: Đắk Lắk\n---\nBody.'.normalize('NFD'));
    expect(fm.fields).toEqual({ title: 'Hội nghị Tỉnh ủy', province: 'Đắk Lắk' });
  });
});

describe('formatFrontMatter', () => {
  it('writes what parseFrontMatter reads back, each value on one line', () => {
    const text = formatFrontMatter({ url: 'https://kontumtv.vn/a', title: 'Hội nghị\r\nTỉnh ủy' }, 'Body.');
    expect(text).toBe('---\nurl: https://kontumtv.vn/a\ntitle: Hội nghị Tỉnh ủy\n---\nBody.');
    expect(parseFrontMatter(text)).toEqual({ fields: { url: 'https://kontumtv.vn/a', title: 'Hội nghị Tỉnh ủy' }, body: 'Body.' });
  });
  it('writes no block when there are no fields', () => expect(formatFrontMatter({}, 'Body.')).toBe('Body.'));
});
