// What a page adds around an article, and what cleaning keeps.
import { describe, expect, it } from 'vitest';
import { cleanText, parseByline } from '../../src/extract/clean';

describe('cleanText', () => {
  it('drops site menus and ribbons', () => {
    expect(cleanText('Skip Ribbon Commands\nSkip to main content\n\nNội dung bài.').text).toBe('Nội dung bài.');
  });

  it('cuts the comment form and the related-news tail', () => {
    const c = cleanText('Nội dung bài.\n\nThanh Tùng – Thanh Hà\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *');
    expect(c.text).toBe('Nội dung bài.');
    expect(c.authors).toEqual(['Thanh Tùng', 'Thanh Hà']);
    expect(cleanText('Nội dung bài.\n\nMai Trâm\n\nChuyên mục khác\nBài khác một\nBài khác hai').authors).toEqual(['Mai Trâm']);
  });

  it('drops photo credits, alone or at the end of a caption', () => {
    expect(cleanText('Các đại biểu tham dự Hội nghị. Ảnh: MT\n\nẢNH: TRẦN THANH PHONG\n\nNội dung (Ảnh: TL) tiếp.').text).toBe('Các đại biểu tham dự Hội nghị.\n\nNội dung tiếp.');
  });

  it('keeps one copy of a duplicated caption', () => {
    expect(cleanText('Các đại biểu tham dự hội nghị.\nCác đại biểu tham dự hội nghị.\n\nNội dung.').text).toBe('Các đại biểu tham dự hội nghị.\n\nNội dung.');
    expect(cleanText('Tổng Bí thư dự hội nghị\n\nTổng Bí thư dự hội nghị. Cùng dự có các đồng chí.').text).toBe('Tổng Bí thư dự hội nghị. Cùng dự có các đồng chí.');
  });

  it('removes the site\'s tag in front of the first paragraph, and reports it', () => {
    expect(cleanText('(kontumtv.vn) – Tỉnh ủy tổ chức Hội nghị.')).toMatchObject({ text: 'Tỉnh ủy tổ chức Hội nghị.', sourceTag: 'kontumtv.vn' });
    expect(cleanText('Thứ Tư, 08/04/2015\n\n(QBĐT) - Phát biểu kết luận.')).toMatchObject({ sourceTag: 'QBĐT' });
    expect(cleanText('(BBNĐT) Ngày 17 – 9, UBND tỉnh họp.')).toMatchObject({ text: 'Ngày 17 – 9, UBND tỉnh họp.', sourceTag: 'BBNĐT' });
    expect(cleanText('BDK.VN - Sáng 4-4-2022, Ban Thường vụ họp.')).toMatchObject({ text: 'Sáng 4-4-2022, Ban Thường vụ họp.', sourceTag: 'BDK.VN' });
  });

  it('normalises: NFC, non-breaking and doubled spaces, stray punctuation lines', () => {
    const decomposed = 'Ho\u0302\u0323i nghi\u0323'; // "Hội nghị" in NFD
    expect(cleanText(`${decomposed}\u00a0 tỉnh\n.\n,\n\n\n\nKết thúc.`).text).toBe('Hội nghị tỉnh\n\nKết thúc.');
  });

  it('separates sentences glued by a missing space ("tỉnh.Các đồng chí")', () => {
    expect(cleanText('trên địa bàn tỉnh.Các đồng chí dự. Ban Tổ chức T.Ư và TP.HCM').text).toBe('trên địa bàn tỉnh. Các đồng chí dự. Ban Tổ chức T.Ư và TP.HCM');
  });

  it('finds the byline above a share bar or a menu line, and drops them', () => {
    expect(cleanText('Nội dung bài.\nMai Trâm - Hồng Lam\nChia sẻ  Facebook  Zalo')).toMatchObject({ text: 'Nội dung bài.', authors: ['Mai Trâm', 'Hồng Lam'] });
    expect(cleanText('Nội dung bài.\n\nTuệ Minh\n\nVăn bản chỉ đạo điều hành')).toMatchObject({ text: 'Nội dung bài.', authors: ['Tuệ Minh'] });
    expect(cleanText('Chia sẻ tại hội nghị, đồng chí A nói.').text).toBe('Chia sẻ tại hội nghị, đồng chí A nói.');
  });

  it('drops source lines and bare links', () => {
    expect(cleanText('Nội dung.\n\nNguồn Quốc Hội TV: http://quochoitv.vn/videos/a\n\nhttps://example.vn/x').text).toBe('Nội dung.');
  });

  it('drops comment-rate notices and "Top"', () => {
    expect(cleanText('Nội dung.\nTop\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.').text).toBe('Nội dung.');
  });
});

describe('the byline at the end', () => {
  it('"Tin: X; Ảnh: Y": the writer, once the photo credit is cut from the line', () => {
    expect(cleanText('Sáng 11/8, Tỉnh ủy tổ chức hội nghị.\n\nTin: Thanh Hà; Ảnh: Duy Tiến')).toMatchObject({ text: 'Sáng 11/8, Tỉnh ủy tổ chức hội nghị.', authors: ['Thanh Hà'] });
  });
});

describe('parseByline', () => {
  it.each([
    ['Thanh Tùng – Thanh Hà', ['Thanh Tùng', 'Thanh Hà']],
    ['Duy Tiến', ['Duy Tiến']],
    ['Hoàng Tuấn - Minh Thuận - Hà Phương', ['Hoàng Tuấn', 'Minh Thuận', 'Hà Phương']],
    ['Bài, ảnh: Ngọc Mai', ['Ngọc Mai']],
    ['THANH TÙNG - ĐỨC THẮNG', ['THANH TÙNG', 'ĐỨC THẮNG']],
    ['Minh Thuận (TTXVN)', ['Minh Thuận']],
    ['Bài: Mai Trâm - Ảnh: Thanh Tùng', ['Mai Trâm']],
    ['Tin: Thanh Hà;', ['Thanh Hà']],
    ['Thực hiện: Đắc Nhân - Ngọc Thành', ['Đắc Nhân', 'Ngọc Thành']],
    ['Hoàng Anh/Báo Kon Tum', ['Hoàng Anh']],
    ['R’Com H’Nhi', ['R’Com H’Nhi']],
    ["Ksor H'Nhi - Minh Thuận", ["Ksor H'Nhi", 'Minh Thuận']],
    // the writer, not the photographer (FORMAT.md: authors, not photo credits)
    ['Tin: Minh Đức; Ảnh: Quốc Tuấn', ['Minh Đức']],
    ['PV Thanh Hà', ['Thanh Hà']],
    ['Thanh Hà - PV', ['Thanh Hà']],
    ['Thanh Hà (PV)', ['Thanh Hà']],
    ["Tin, ảnh: H'Yâo Knul", ["H'Yâo Knul"]],
    ['H’Yâo Knul – CTV', ['H’Yâo Knul']],
  ])('%s', (line, want) => expect(parseByline(line)).toEqual(want));

  it.each([['Văn bản chỉ đạo điều hành'], ['Top'], ['Các đại biểu tham dự hội nghị.'], ['N.T'], ['Theo Báo Kon Tum'], ['Toàn Cảnh Hội Nghị'], ['Kon Tum'], ['Nhóm PV'], ['PV'], ['Nhóm PV - CTV']])('not a byline: %s', (line) => expect(parseByline(line)).toBeNull());
});

describe('bylines of one glued syllable (issue 18)', () => {
  it.each([
    ["Tin, ảnh: K'Duyên", ["K'Duyên"]],
    ["K'Duyên", ["K'Duyên"]],
  ])('%s', (line, want) => expect(parseByline(line)).toEqual(want));
  it.each([['Hà'], ['Kon'], ["K'"]])('not a byline: %s', (line) => expect(parseByline(line)).toBeNull());
});

describe('bylines above the article and the related-news tail (issue 18)', () => {
  it('a labelled byline under the headline', () => {
    const c = cleanText('Mặt trận tổng kết năm 2023\nTin, ảnh: Hải Yến\n\nChiều 16/1, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024 với đông đủ đại biểu.');
    expect(c.authors).toEqual(['Hải Yến']);
    expect(c.text).not.toContain('Hải Yến');
  });
  it('a name alone beside the dateline; not a short headline far from it', () => {
    expect(cleanText('Hội nghị Ban Chấp hành Đảng bộ tỉnh\nThứ Sáu, 12/07/2024 - 15:20\nTHÀNH NAM\n\nSáng 12/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 28 đánh giá kết quả 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm.').authors).toEqual(['THÀNH NAM']);
    expect(cleanText('Thanh Hà\nChính trị\n\nSáng 12/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 28 đánh giá kết quả 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm.').authors).toEqual([]);
  });
  it('"Các tin khác:" cuts the tail, so the byline above it is found', () => {
    const c = cleanText('Nội dung bài.\n\nVăn Hùng - Thu Trang\n\nCác tin khác:\n• Lào Cai tiếp đoàn doanh nghiệp 2024\n• Hội nghị phòng, chống thiên tai');
    expect(c.authors).toEqual(['Văn Hùng', 'Thu Trang']);
    expect(c.text).toBe('Nội dung bài.');
  });
});

describe('page furniture around the byline and the date (issue 18, eighth held-out set)', () => {
  it('"Bích Ngọc | 06/08/2025 17:45": the byline and the dateline on one line', () => {
    const c = cleanText('Đồng Tháp dự hội nghị toàn quốc\n\nBích Ngọc  |  06/08/2025  17:45\n\nSáng 6/8, Bộ Chính trị, Ban Bí thư tổ chức hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết của Trung ương.');
    expect(c.authors).toEqual(['Bích Ngọc']);
    expect(c.text.split('\n\n')[1]).toBe('06/08/2025 17:45');
  });
  it('"Bình luận (0)" after the byline is the tail', () => {
    expect(cleanText('Nội dung bài.\n\nMinh Châu - Hồng Nhung\n\nBình luận (0)\n\nBài viết liên quan\n- Huyện sơ kết 6 tháng').authors).toEqual(['Minh Châu', 'Hồng Nhung']);
  });
});

describe('the byline above counters, notices and related news (issue 18, ninth held-out set)', () => {
  it.each([
    ['Nội dung bài.\n\nLan Anh\n\nLượt xem: 2.310 Bình luận (4)', ['Lan Anh']],
    ['Nội dung bài.\n\nLan Anh\n\nChia sẻ | Lượt xem: 95', ['Lan Anh']],
    ['Nội dung bài.\n\nPHƯƠNG NAM\n\nBài viết được đăng tải lại từ Báo Quân đội nhân dân, đề nghị ghi rõ nguồn.', ['PHƯƠNG NAM']],
    ['Nội dung bài.\n\nKim Oanh – Văn phòng Huyện ủy\n\nChia sẻ: f Zalo\n\nBài viết cùng chuyên mục\n› Huyện tổng kết công tác dân vận năm 2023 với nhiều kết quả', ['Kim Oanh']],
    ['Nội dung bài.\n\nĐức Trí - Trung tâm VH-TT huyện\n\nLượt xem: 40', ['Đức Trí']],
  ])('%s', (text, authors) => {
    const c = cleanText(text);
    expect(c.authors).toEqual(authors);
    expect(c.text).toBe('Nội dung bài.');
  });
  it('two authors joined by a dash stay two authors; a unit is only an office or a paper', () => {
    expect(parseByline('Bảo Trân – Hoàng Long')).toEqual(['Bảo Trân', 'Hoàng Long']);
  });
  it('a counter is no byline and a sentence ending the article stays', () => {
    expect(cleanText('Nội dung bài.\n\nHội nghị kết thúc lúc 17 giờ.\n\nLượt xem: 12').authors).toEqual([]);
  });
});
