// The article's province: from the text, the site, its districts; the data behind it.
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/domain/places';
import { DISTRICTS, PLACES } from '../../src/extract/lexicon';
import { canonicalProvince, inferProvince, provinceAsOf, siteOf } from '../../src/extract/province';
import { extract } from '../../src/extract/index';
import { tokensOf } from './helpers';

const guess = (text: string, title: string | null = null, source: string | null = null) => {
  const { toks, keys } = tokensOf(text);
  return inferProvince(toks, keys, title, source);
};

describe('the place data', () => {
  it('holds 63 provinces before the 2025 merger and 34 after, each old one mapped to a new one', () => {
    expect(PROVINCES.before2025).toHaveLength(63);
    expect(PROVINCES.after2025).toHaveLength(34);
    const after = new Set(PROVINCES.after2025.map((p) => p.name));
    for (const p of PROVINCES.before2025) expect([p.name, after.has(p.mergedInto)]).toEqual([p.name, true]);
    expect(PROVINCES.before2025.find((p) => p.name === 'Kon Tum')?.mergedInto).toBe('Quảng Ngãi');
  });
});

describe('the district data', () => {
  it('lists districts under known provinces, all real names', () => {
    for (const [province, names] of Object.entries(DISTRICTS)) {
      expect(PROVINCES.before2025.some((p) => p.name === province)).toBe(true);
      for (const n of names) expect(n.length).toBeGreaterThan(2);
    }
    expect(DISTRICTS['Kon Tum']).toEqual(expect.arrayContaining(['Ia H\'Drai', 'Tu Mơ Rông', 'Đăk Hà', 'Kon Plông', 'Sa Thầy', 'Ngọc Hồi']));
  });
  it('a single letter is not a place', () => expect(PLACES.longest(['y'], 0)).toBeNull());
});

describe('inferProvince', () => {
  it.each([
    ['công tác phòng chống Covid-19 tỉnh Kon Tum', 'Kon Tum'],
    ['Bí thư Tỉnh ủy Thái Nguyên chủ trì', 'Thái Nguyên'],
    ['lãnh đạo Báo Kon Tum và Trường Chính trị tỉnh', 'Kon Tum'],
    ['Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ 14', 'Sóc Trăng'],
    ['các Đảng bộ như Ia H’Drai, Tu Mơ Rông thực hiện nghiêm túc', 'Kon Tum'],
  ])('%s → %s', (text, want) => expect(guess(text).province).toBe(want));

  it('a headline "Lâm Đồng: …" wins over a place named in passing', () => {
    expect(guess('Sáng 16/4, tại Hà Nội, Bộ Chính trị tổ chức', 'Lâm Đồng: Trên 11 ngàn đại biểu').province).toBe('Lâm Đồng');
  });
  it('the site when the text names none', () => {
    expect(guess('Các cấp ủy đảng phải tăng cường', null, 'kontumtv.vn').province).toBe('Kon Tum');
    expect(guess('Các cấp ủy đảng phải tăng cường', null, 'https://www.baothainguyen.vn/tin').province).toBe('Thái Nguyên');
  });
  it('weak clues are only a hint: one district, a byline tag', () => {
    expect(guess('chủ trì hội nghị tại điểm cầu huyện Tủa Chùa.')).toEqual({ province: null, hint: 'Điện Biên' });
    expect(guess('Phát biểu kết luận của đồng chí.', null, 'QBĐT')).toEqual({ province: null, hint: 'Quảng Bình' });
  });
  it('one district whose own body the article names ("Huyện ủy Krông Pa", "Đảng bộ xã Đăk Hà"): its province', () => {
    expect(guess('Ngày 9/11/2024, Ban Thường vụ Huyện ủy Krông Pa tổ chức hội nghị.').province).toBe('Gia Lai');
    expect(guess('Đảng bộ xã Đăk Hà tổ chức Đại hội.').province).toBe('Kon Tum');
  });
  it('district spellings fold: Đak Hà, Đăk Hà, Đắk Hà are one district of Kon Tum', () => {
    for (const d of ['Đak Hà', 'Đăk Hà', 'Đắk Hà', 'Dak Ha']) expect([d, guess(`Huyện ủy ${d} và huyện Sa Thầy tổ chức hội nghị.`).province]).toEqual([d, 'Kon Tum']);
    expect(guess('UBND huyện Đak Hà tổ chức hội nghị.').province).toBe('Kon Tum');
  });
  it('province spellings fold too: "UBND tỉnh Đak Nông", "Tỉnh ủy Dak Lak"', () => {
    expect(guess('Sáng 5/7, UBND tỉnh Đak Nông tổ chức hội nghị.').province).toBe('Đắk Nông');
    expect(guess('Sáng 5/7, Tỉnh ủy Dak Lak tổ chức hội nghị.').province).toBe('Đắk Lắk');
  });
  it('a headline opening with a district: "Lạc Dương: …"', () => expect(guess('Hội nghị diễn ra.', 'Lạc Dương: Hội nghị Ban Chấp hành Đảng bộ huyện').province).toBe('Lâm Đồng'));
  it('nothing: null', () => expect(guess('Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ')).toEqual({ province: null, hint: null }));
  it('lower-case words are not places ("hòa bình")', () => expect(guess('giữ vững hòa bình, tỉnh nhà').province).toBeNull());
});

describe('the 34 provinces after 1 July 2025', () => {
  it('a pre-merger province found in an article of August 2025 stands for the province it became', () => {
    expect(provinceAsOf('Kon Tum', '2025-09-05')).toBe('Quảng Ngãi');
    expect(provinceAsOf('Bình Định', '2025-08-01')).toBe('Gia Lai');
    expect(provinceAsOf('Phú Yên', '2025-07-01')).toBe('Đắk Lắk');
    expect(provinceAsOf('Kon Tum', '2025-06-30')).toBe('Kon Tum');
    expect(provinceAsOf('Kon Tum', null)).toBe('Kon Tum');
  });
  it('end to end: a commune of former Kon Tum, dated September 2025, is in Quảng Ngãi', () => {
    expect(extract({ text: 'Đảng bộ xã Đăk Hà tổ chức Đại hội đại biểu lần thứ I.', publishedAt: '2025-09-05' }).article.province).toBe('Quảng Ngãi');
  });
});

describe('sites and spellings', () => {
  it('siteOf', () => {
    expect(siteOf('https://kontumtv.vn/tin-tuc/abc')).toEqual({ domain: 'kontumtv.vn', province: 'Kon Tum', fromTag: false });
    expect(siteOf('QBĐT')).toEqual({ domain: 'baoquangbinh.vn', province: 'Quảng Bình', fromTag: true });
    expect(siteOf('thanhnien.vn')?.province).toBeNull();
  });
  it('canonicalProvince', () => {
    expect(canonicalProvince('kon tum')).toBe('Kon Tum');
    expect(canonicalProvince('tỉnh Đăk Lăk')).toBe('Đắk Lắk');
    expect(canonicalProvince('TP.HCM')).toBe('Hồ Chí Minh');
  });
});
