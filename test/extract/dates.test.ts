// The day and date forms of the genre, and how a missing year is settled.
import { describe, expect, it } from 'vitest';
import { dateOf, findDays, iso, parseDateline, periodYears, resolveYear } from '../../src/extract/dates';

const days = (s: string) => findDays(s).map((d) => [d.day, d.month, d.year]);
const noContext = { published: null, sentenceYears: [], textYears: [] };

describe('findDays: a time of day or "ngày" before day and month', () => {
  it.each([
    ['Sáng 25/6, Thường trực Tỉnh ủy tổ chức', [[25, 6, null]]],
    ['vào chiều 27/7.', [[27, 7, null]]],
    ['Sáng 2-8, Ban Thường vụ', [[2, 8, null]]],
    ['diễn ra vào sáng ngày 28/6.', [[28, 6, null]]],
    ['khai mạc sáng 14.10.', [[14, 10, null]]],
    ['Sáng ngày 04/12/2023, Bộ Chính trị', [[4, 12, 2023]]],
    ['tại Hội nghị, ngày 7-4-2015.', [[7, 4, 2015]]],
    ['Chiều 3–2, đồng chí', [[3, 2, null]]],
    ['Sáng nay 21/3, HĐND tỉnh', [[21, 3, null]]],
    ['Tối 30/4 tại quảng trường', [[30, 4, null]]],
    ['Chiều thứ Hai (25/6), Thường trực', [[25, 6, null]]],
    ['sáng nay (23/9), Đại hội khai mạc', [[23, 9, null]]],
    ['ngày 25 tháng 6 năm 2020, tại hội trường', [[25, 6, 2020]]],
    ['Trong 2 ngày 27 và 28/7, Tỉnh ủy tổ chức', [[27, 7, null]]],
    ['diễn ra ngày 27-28/7/2023', [[27, 7, 2023]]],
    ['Ngày 26.6, Thường trực Tỉnh ủy tổ chức', [[26, 6, null]]],
  ])('%s', (text, want) => expect(days(text)).toEqual(want));

  it.each([
    ['của 21/25 đảng bộ, chi bộ cơ sở'], // a ratio
    ['quý II/2020'],
    ['45.582 đảng viên'],
    ['Sáng 32/6'], // no such day
    ['chiều 12/13'], // no such month
  ])('not a day: %s', (text) => expect(days(text)).toEqual([]));

  it('gives offsets into the text', () => {
    const text = 'Xong. Sáng 25/6, hội nghị';
    const [d] = findDays(text);
    expect(text.slice(d.start, d.end)).toBe('Sáng 25/6');
  });
});

describe('parseDateline', () => {
  it('a sentence that opens with its day is no dateline', () => expect(parseDateline('Ngày 9/11/2024, Tỉnh ủy tổ chức hội nghị.')).toBeNull());
  it.each([
    ['25/06/2020 15:18', '2020-06-25'],
    ['Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)', '2019-08-02'],
    ['Thứ Tư, 08/04/2015, 08:11 [GMT+7]', '2015-04-08'],
    ['14/10/2020 14:43 GMT+7', '2020-10-14'],
    ['Chủ nhật, 5/1/2020', '2020-01-05'],
    ['Thứ Năm, 8/12/2022 17:05 (GMT+07:00)', '2022-12-08'],
    ['2020-06-25 15:18', '2020-06-25'],
    ['Cập nhật: 2020-06-25T15:18:00+07:00', '2020-06-25'],
    ['Ngày 18/10/2024 09:05', '2024-10-18'],
    ['15:34 | Thứ Hai, 14/10/2024', '2024-10-14'],
    ['Thứ năm, 10/10/2024 | 09:15', '2024-10-10'],
    ['Cập nhật: 26-08-2025 07:30', '2025-08-26'],
    ['Ngày đăng: 04/09/2024', '2024-09-04'],
    ['12 tháng 8, 2024', '2024-08-12'],
    ['Thứ Hai, ngày 12 tháng 8 năm 2024', '2024-08-12'],
    ['Ngày 12/08/2024 lúc 09:15', '2024-08-12'],
    ['Ngày xuất bản: 12/08/2024', '2024-08-12'],
    ['Ngày đăng: 12 tháng 8, 2024 - 09:15', '2024-08-12'],
    // a font-size widget beside the date and counter
    ['Ngày đăng: 18/04/2025 | Lượt xem: 97 | Cỡ chữ: A A A', '2025-04-18'],
  ])('%s → %s', (line, want) => expect(parseDateline(line)).toBe(want));

  it.each([['Sáng ngày 04/12/2023, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị'], ['31/02/2020 10:00'], ['Không có ngày'], ['Ngày 12 tháng 8 năm 2024, Tỉnh ủy họp.'], ['30 tháng 2, 2024'], ['Cỡ chữ: A A A']])(
    'not a dateline: %s',
    (line) => expect(parseDateline(line)).toBeNull(),
  );
});

describe('the year of a day written without one', () => {
  it('comes from the dateline', () => {
    expect(resolveYear(6, { ...noContext, published: '2020-06-25' })).toBe(2020);
  });
  it('a late-December meeting reported in January belongs to the year before', () => {
    expect(resolveYear(12, { ...noContext, published: '2021-01-03' })).toBe(2020);
  });
  it('else from the periods the meeting reports on, the earliest (a year-end meeting plans the next year)', () => {
    expect(resolveYear(12, { ...noContext, sentenceYears: [2017, 2018] })).toBe(2017);
    expect(resolveYear(7, { ...noContext, sentenceYears: [2021] })).toBe(2021);
    // "Hội nghị tổng kết … năm 2016 và triển khai nhiệm vụ năm 2017 … vào ngày 3/1"
    expect(resolveYear(1, { ...noContext, sentenceYears: [2016, 2017] })).toBe(2017);
  });
  it('else from the text when it reports on one year only', () => {
    expect(resolveYear(7, { ...noContext, textYears: [2021, 2021] })).toBe(2021);
    expect(resolveYear(7, { ...noContext, textYears: [2020, 2021] })).toBeNull();
  });
  it('else null ("Sáng nay 21/3" in an article that names only its term)', () => {
    expect(resolveYear(3, noContext)).toBeNull();
  });
  it('an explicit year wins', () => {
    expect(dateOf({ day: 7, month: 4, year: 2015, start: 0, end: 0, part: null }, { ...noContext, published: '2020-01-01' })).toBe('2015-04-07');
  });
});

describe('periodYears', () => {
  it('reads "6 tháng đầu năm 2021", "quý II/2020", "tháng 6/2019", "công tác năm 2017"', () => {
    expect(periodYears('6 tháng đầu năm 2021; quý II/2020; tháng 6/2019; công tác năm 2017')).toEqual([2021, 2020, 2019, 2017]);
  });
  it('"thường kỳ tháng 9/2019" is a period ("kỳ" alone is not "nhiệm kỳ")', () => {
    expect(periodYears('phiên họp thường kỳ tháng 9/2019')).toEqual([2019]);
  });
  it('ignores terms, horizons and ranges', () => {
    expect(periodYears('nhiệm kỳ 2020-2025, giai đoạn 2021 - 2025, đến năm 2030, tầm nhìn năm 2045, khóa năm 2015, năm 2016-2020')).toEqual([]);
  });
});

describe('iso', () => {
  it('rejects impossible dates', () => {
    expect(iso(2021, 2, 29)).toBeNull();
    expect(iso(2020, 2, 29)).toBe('2020-02-29');
  });
});

describe('datelines with a view counter (issue 18)', () => {
  it.each([
    ['14/03/2022 15:20 Lượt xem: 118', '2022-03-14'],
    ['Đăng lúc: 28/09/2022 16:05 | Lượt xem: 2.341', '2022-09-28'],
    ['Thứ Hai, 15/07/2024 | 16:20 | 1.203 lượt xem', '2024-07-15'],
    ['Thứ Tư, 27/11/2024 - 16:40 Lượt xem: 95', '2024-11-27'],
  ])('%s', (line, want) => expect(parseDateline(line)).toBe(want));
  it('a line with more than a date, a time and a counter is no dateline', () => {
    expect(parseDateline('14/03/2022 hội nghị có 118 đại biểu')).toBeNull();
  });
});

describe('parseDateline: the poster beside the date (issue 18, ninth held-out set)', () => {
  it('"Đăng ngày: … | Người đăng: …" is a dateline', () => expect(parseDateline('Đăng ngày: 14/02/2024 | Người đăng: Quản trị viên')).toBe('2024-02-14'));
  it('a sentence with a poster-like word is none', () => expect(parseDateline('Ngày 14/02/2024 người dân đến đăng ký rất đông')).toBeNull());
});
