// Metadata: front matter (its format: test/domain/frontMatter.test.ts), headline, dateline, source; explicit input wins over the text.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import { normalizeDate, readHeader } from '../../src/extract/metadata';

describe('readHeader', () => {
  it('a headline, then a dateline', () => {
    expect(readHeader('Giao ban Khối Đảng quý II/2020\n\n25/06/2020 15:18\n\nSáng 25/6, Thường trực Tỉnh ủy tổ chức.')).toEqual({ title: 'Giao ban Khối Đảng quý II/2020', publishedAt: '2020-06-25' });
  });
  it('no headline when the article opens with the event', () => {
    expect(readHeader('Sáng ngày 01/12, Ban Chấp hành tổ chức Hội nghị.\n\nTham dự có.').title).toBeNull();
  });
  it('the day in the body is not a dateline', () => {
    expect(readHeader('Sáng ngày 04/12/2023, Bộ Chính trị tổ chức Hội nghị.\n\nKết thúc.').publishedAt).toBeNull();
  });
});

describe('normalizeDate', () => {
  it.each([['2020-06-25', '2020-06-25'], ['2020-06-25T10:00:00Z', '2020-06-25'], ['25/06/2020', '2020-06-25'], ['hôm qua', null]])('%s', (s, want) => expect(normalizeDate(s)).toBe(want));
});

describe('extract: metadata precedence', () => {
  const text = '---\nsource: baolamdong.vn\npublishedAt: 2021-05-20\nprovince: Lâm Đồng\n---\nTiêu đề bài\n\n14/10/2020 14:43\n\nSáng 14/10, tỉnh Sóc Trăng tổ chức hội nghị.';
  it('front matter overrides the text', () => {
    expect(extract({ text }).article).toMatchObject({ publishedAt: '2021-05-20', province: 'Lâm Đồng', source: 'baolamdong.vn' });
  });
  it('front matter and body in NFD read as in NFC', () => {
    const x = extract({ text: text.replace('source: baolamdong.vn', 'title: Hội nghị Tỉnh ủy Lâm Đồng').normalize('NFD') });
    expect(x.article).toMatchObject({ title: 'Hội nghị Tỉnh ủy Lâm Đồng', province: 'Lâm Đồng' });
    expect(x.text).toBe(x.text.normalize('NFC'));
  });
  it('explicit input overrides front matter', () => {
    expect(extract({ text, province: 'kon tum', publishedAt: '2022-01-02', source: 'kontumtv.vn', url: 'https://kontumtv.vn/x', file: 'a.txt' })).toMatchObject({
      file: 'a.txt',
      article: { publishedAt: '2022-01-02', province: 'Kon Tum', source: 'kontumtv.vn', url: 'https://kontumtv.vn/x' },
    });
  });
  it('without metadata, the text decides', () => {
    expect(extract({ text: 'Tiêu đề bài\n\n14/10/2020 14:43\n\nSáng 14/10, tỉnh Sóc Trăng tổ chức hội nghị.' }).article).toMatchObject({ publishedAt: '2020-10-14', province: 'Sóc Trăng', title: 'Tiêu đề bài' });
  });
  it('the site from a tag in front of the text', () => {
    expect(extract({ text: '(kontumtv.vn) – Tỉnh ủy tổ chức Hội nghị.' }).article).toMatchObject({ source: 'kontumtv.vn', province: 'Kon Tum' });
  });
});

describe('readHeader: menus above the headline', () => {
  it.each([
    ['Trang chủ | Tin tức | Chính trị\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\n16/07/2024 10:22\nSáng 15/7, kỳ họp.'],
    ['Thời sự > Chính trị\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 15/7, kỳ họp.'],
    ['Trang chủ » Thời sự » Chính trị\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 15/7, kỳ họp.'],
    ['Chính trị\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 15/7, kỳ họp.'],
    ['Chính trị - Xã hội\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 15/7, kỳ họp.'],
    ['Báo Thái Nguyên điện tử\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 15/7, kỳ họp.'],
  ])('%s', (text) => expect(readHeader(text).title).toBe('HĐND tỉnh chất vấn, giải trình nhiều vấn đề'));
  it.each([
    ['Thứ Hai, 12/08/2024 - 09:15\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 12/8, kỳ họp.'],
    ['Trang chủ\nChính trị\n12/08/2024 09:15\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 12/8, kỳ họp.'],
    ['Ngày xuất bản: 12 tháng 8, 2024\nHĐND tỉnh chất vấn, giải trình nhiều vấn đề\nSáng 12/8, kỳ họp.'],
  ])('the dateline above the headline: %s', (text) => expect(readHeader(text)).toEqual({ title: 'HĐND tỉnh chất vấn, giải trình nhiều vấn đề', publishedAt: '2024-08-12' }));
  it('no headline when only menus and the dateline stand above the event', () => {
    expect(readHeader('Trang chủ > Chính trị\n12/08/2024\nSáng 12/8, HĐND tỉnh khai mạc kỳ họp.\nTham dự có.').title).toBeNull();
    expect(readHeader('Chính trị\nSáng 12/8, HĐND tỉnh khai mạc kỳ họp.\nTham dự có.').title).toBeNull();
  });
  it('a headline with a colon or a date is not a menu', () => {
    expect(readHeader('Lạc Dương: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14\nNgày 20/7/2023, hội nghị.').title).toBe('Lạc Dương: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14');
  });
});

describe('readHeader: site names and long breadcrumbs above the headline (issue 18, ninth held-out set)', () => {
  it.each([
    ['Trang chủ > Tin tức - Sự kiện > Hoạt động của Ban Tuyên giáo\nHuyện ủy sơ kết công tác dân vận\nCập nhật: 09:15 | 18/03/2025\nSáng 17/3, hội nghị.'],
    ['Tin tức – Sự kiện » Hoạt động của lực lượng\nHuyện ủy sơ kết công tác dân vận\nSáng 17/3, hội nghị.'],
    ['HỘI CỰU CHIẾN BINH TỈNH GIA LAI\nTrang chủ / Tin hoạt động\nHuyện ủy sơ kết công tác dân vận\nSáng 17/3, hội nghị.'],
    ['QTV - Đài Phát thanh và Truyền hình Quảng Trị\nThời sự | Chính trị\nHuyện ủy sơ kết công tác dân vận\nSáng 17/3, hội nghị.'],
    ['BÁO GIA LAI ĐIỆN TỬ\nCỡ chữ: A- A A+ | In bài | Chia sẻ Facebook Zalo\nHuyện ủy sơ kết công tác dân vận\nSáng 17/3, hội nghị.'],
  ])('%s', (text) => expect(readHeader(text).title).toBe('Huyện ủy sơ kết công tác dân vận'));
  it('a headline in capitals over a dateline is the headline', () => {
    expect(readHeader('HUYỆN ỦY SƠ KẾT CÔNG TÁC DÂN VẬN\n18/03/2025 09:15\nSáng 17/3, hội nghị.').title).toBe('HUYỆN ỦY SƠ KẾT CÔNG TÁC DÂN VẬN');
  });
});
