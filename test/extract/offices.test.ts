// Titles: role + body as written; the body's canonical name with abbreviations expanded.
import { describe, expect, it } from 'vitest';
import { parseTitle, parseTitleChain } from '../../src/extract/offices';
import { tokensOf } from './helpers';

function title(text: string) {
  const { toks, keys } = tokensOf(text);
  const t = parseTitle(text, toks, keys, 0, toks.length);
  return t && { title: t.title, role: t.role, organization: t.organization, organizationName: t.organizationName };
}

describe('parseTitle', () => {
  it.each([
    ['Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư Thường trực', 'Tỉnh ủy', 'Tỉnh ủy'],
    ['Trưởng đoàn ĐBQH tỉnh', 'Trưởng đoàn', 'ĐBQH tỉnh', 'Đoàn đại biểu Quốc hội tỉnh'],
    ['Trưởng Đoàn đại biểu Quốc hội tỉnh', 'Trưởng đoàn', 'đại biểu Quốc hội tỉnh', 'Đoàn đại biểu Quốc hội tỉnh'],
    ['Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Chủ tịch Thường trực', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Chủ tịch HĐND tỉnh', 'Chủ tịch', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Phó chủ tịch HĐND tỉnh', 'Phó Chủ tịch', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Ủy viên', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['Ủy viên Trung Ương Đảng', 'Ủy viên', 'Trung Ương Đảng', 'Ban Chấp hành Trung ương Đảng'],
    ['Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng', 'Ủy viên dự khuyết', 'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng'],
    ['Ủy viên Bộ Chính trị', 'Ủy viên', 'Bộ Chính trị', 'Bộ Chính trị'],
    ['Bí thư Đảng ủy Khối các cơ quan tỉnh', 'Bí thư', 'Đảng ủy Khối các cơ quan tỉnh', 'Đảng ủy Khối các cơ quan tỉnh'],
    ['Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Phó Giám đốc', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Trưởng ban Tổ chức T.Ư', 'Trưởng ban', 'Tổ chức T.Ư', 'Ban Tổ chức Trung ương'],
    ['Trưởng ban Tuyên giáo Tỉnh ủy', 'Trưởng ban', 'Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Chủ tịch UBMTTQ Việt Nam tỉnh', 'Chủ tịch', 'UBMTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Chủ tịch', 'Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['Bí thư Tỉnh ủy Thái Nguyên', 'Bí thư', 'Tỉnh ủy Thái Nguyên', 'Tỉnh ủy'],
    ['Chủ tịch UBND huyện Tu Mơ Rông', 'Chủ tịch', 'UBND huyện Tu Mơ Rông', 'Ủy ban nhân dân huyện Tu Mơ Rông'],
    ['Chánh Văn phòng Tỉnh ủy', 'Chánh Văn phòng', 'Tỉnh ủy', 'Văn phòng Tỉnh ủy'],
    ['Thủ tướng Chính phủ', 'Thủ tướng', 'Chính phủ', 'Chính phủ'],
    ['Chủ tịch Quốc hội', 'Chủ tịch', 'Quốc hội', 'Quốc hội'],
    ['Bí thư Đảng ủy xã Ia Chim', 'Bí thư', 'Đảng ủy xã Ia Chim', 'Đảng ủy xã Ia Chim'],
    ['Chủ tịch UBND TP Kon Tum', 'Chủ tịch', 'UBND TP Kon Tum', 'Ủy ban nhân dân thành phố Kon Tum'],
    ['Giám đốc Sở Du lịch', 'Giám đốc', 'Sở Du lịch', 'Sở Du lịch'],
    ['Phó Giám đốc Sở Ngoại vụ và Du lịch', 'Phó Giám đốc', 'Sở Ngoại vụ và Du lịch', 'Sở Ngoại vụ và Du lịch'],
    ['Phó Giám đốc Công an tỉnh', 'Phó Giám đốc', 'Công an tỉnh', 'Công an tỉnh'],
    // national Party committees and bodies; the 2025 committees of the centre
    ['Phó Bí thư Quân ủy Trung ương', 'Phó Bí thư', 'Quân ủy Trung ương', 'Quân ủy Trung ương'],
    ['Bí thư Đảng ủy Chính phủ', 'Bí thư', 'Đảng ủy Chính phủ', 'Đảng ủy Chính phủ'],
    ['Phó Bí thư Đảng ủy Quốc hội', 'Phó Bí thư', 'Đảng ủy Quốc hội', 'Đảng ủy Quốc hội'],
    ['Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'Bí thư', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'],
    ['Ủy viên Hội đồng Lý luận Trung ương', 'Ủy viên', 'Hội đồng Lý luận Trung ương', 'Hội đồng Lý luận Trung ương'],
    ['Phó Chánh án Tòa án nhân dân tối cao', 'Phó Chánh án', 'Tòa án nhân dân tối cao', 'Tòa án nhân dân tối cao'],
    ['Viện trưởng Viện Kiểm sát nhân dân tối cao', 'Viện trưởng', 'Viện Kiểm sát nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao'],
    ['Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh', 'Bí thư', 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh', 'Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh'],
    // the Youth Union named by its level in one word keeps that level
    ['Bí thư Tỉnh đoàn', 'Bí thư', 'Tỉnh đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh'],
    ['Phó Bí thư Huyện đoàn Krông Pa', 'Phó Bí thư', 'Huyện đoàn Krông Pa', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Krông Pa'],
    ['Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy', 'Phó Trưởng ban Thường trực', 'Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'],
    ['Trưởng Công an huyện', 'Trưởng Công an', 'huyện', 'Công an huyện'],
    ['Giám đốc Sở GD&ĐT', 'Giám đốc', 'Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Bí thư T.Ư Đảng', 'Bí thư', 'T.Ư Đảng', 'Ban Chấp hành Trung ương Đảng'],
    ['Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Chủ tịch', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['Trưởng phòng Tài chính - Kế hoạch', 'Trưởng phòng', 'Tài chính - Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
  ])('%s', (text, role, organization, organizationName) => {
    expect(title(text)).toEqual({ title: text, role, organization, organizationName });
  });

  it('keeps the text\'s spelling: "Uỷ" and "khoá" stay as written in the title', () => {
    expect(title('Phó Bí thư Thường trực Huyện uỷ')).toEqual({ title: 'Phó Bí thư Thường trực Huyện uỷ', role: 'Phó Bí thư Thường trực', organization: 'Huyện uỷ', organizationName: 'Huyện ủy' });
  });

  it.each([
    ['Tổng Bí thư', 'Tổng Bí thư', 'Ban Chấp hành Trung ương Đảng'],
    ['Chủ tịch nước', 'Chủ tịch nước', 'Nhà nước'],
    ['Phó Tổng Kiểm toán nhà nước', 'Phó Tổng Kiểm toán nhà nước', 'Kiểm toán Nhà nước'],
    ['Quyền Bí thư Tỉnh ủy', 'Quyền Bí thư', 'Tỉnh ủy'],
    ['TVTU', 'Ủy viên Ban Thường vụ', 'Ban Thường vụ Tỉnh ủy'],
    ['UVT.Ư Đảng', 'Ủy viên', 'Ban Chấp hành Trung ương Đảng'],
    ['Phó Bí thư chuyên trách Đảng ủy UBND tỉnh', 'Phó Bí thư chuyên trách', 'Đảng ủy Ủy ban nhân dân tỉnh'],
    ['Ủy viên TW Đảng', 'Ủy viên', 'Ban Chấp hành Trung ương Đảng'],
    ['Phó Bí thư Thường trực', 'Phó Bí thư Thường trực', null],
  ])('%s (a role naming its body, a modifier, an abbreviation, a bare role)', (text, role, organizationName) => {
    const t = title(text)!;
    expect([t.title, t.role, t.organizationName]).toEqual([text, role, organizationName]);
  });

  it('a lower-case generic mention is not a title ("giám đốc các sở")', () => {
    expect(title('giám đốc các sở')).toBeNull();
  });
});

describe('a title ends where a name begins', () => {
  it.each([
    ['Chủ tịch UBND xã Đăk Ui Trần Văn B phát biểu', 'Chủ tịch UBND xã Đăk Ui'],
    ['Chủ tịch UBND huyện Nguyễn Văn D dự', 'Chủ tịch UBND huyện'],
    ['Bí thư Huyện ủy Cái Bè Hoàng Thị Minh Trâm yêu cầu', 'Bí thư Huyện ủy Cái Bè'],
    ['Chủ tịch UBND huyện A Lưới Huỳnh Việt Dũng', 'Chủ tịch UBND huyện A Lưới'],
    ['Giám đốc Sở Tài chính và Giám đốc Sở Nội vụ Lê Văn A', 'Giám đốc Sở Tài chính'],
    ['Giám đốc Sở Tài chính Nguyễn Văn A', 'Giám đốc Sở Tài chính'],
    ['Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy Y Mơ dự', 'Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy'],
  ])('%s', (text, want) => expect(title(text)?.title).toBe(want));
});

describe('parseTitleChain', () => {
  it('reads titles separated by commas and dashes', () => {
    const text = 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Dương Văn Trang';
    const { toks, keys } = tokensOf(text);
    expect(parseTitleChain(text, toks, keys, 0, toks.length).map((t) => t.title)).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']);
  });
});
