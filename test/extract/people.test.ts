// People and their offices, as a sentence names them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';
import { mergePositions } from '../../src/extract/people';

const people = (text: string) => extract({ text }).people.map((p) => ({ name: p.name, titles: p.positions.map((q) => q.title) }));

describe('how the genre names people', () => {
  it('titles before the name', () => {
    expect(people('Ủy viên Trung Ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Dương Văn Trang chủ trì hội nghị.')).toEqual([
      { name: 'Dương Văn Trang', titles: ['Ủy viên Trung Ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
    ]);
  });
  it('đồng chí, name, dash, titles; two people joined by "và"', () => {
    expect(people('Đồng chí A Pớt - Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh và đồng chí Lê Ngọc Tuấn - Phó Bí thư Tỉnh ủy cùng chủ trì.')).toEqual([
      { name: 'A Pớt', titles: ['Phó Bí thư Thường trực Tỉnh ủy', 'Trưởng đoàn ĐBQH tỉnh'] },
      { name: 'Lê Ngọc Tuấn', titles: ['Phó Bí thư Tỉnh ủy'] },
    ]);
  });
  it('a list after "các đồng chí:", items "Name, titles" separated by semicolons', () => {
    expect(people('Dự lễ ký kết có các đồng chí: Hoàng Hồng Lạc, Phó Tổng Kiểm toán nhà nước; lãnh đạo Kiểm toán Nhà nước khu vực XI; Đinh Chung Phụng, TVTU, Phó chủ tịch HĐND tỉnh.')).toEqual([
      { name: 'Hoàng Hồng Lạc', titles: ['Phó Tổng Kiểm toán nhà nước'] },
      { name: 'Đinh Chung Phụng', titles: ['TVTU', 'Phó chủ tịch HĐND tỉnh'] },
    ]);
  });
  it('one title for several names after "các"', () => {
    expect(people('Sáng nay, các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh đồng chủ trì kỳ họp.')).toEqual([
      { name: 'Trần Xuân Vinh', titles: ['Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Nguyễn Công Thanh', titles: ['Phó Chủ tịch HĐND tỉnh'] },
    ]);
  });
  it('a title followed by a name in a list belongs to that name ("Chủ tịch nước Lương Cường, Thủ tướng Chính phủ Phạm Minh Chính")', () => {
    expect(people('Cùng dự có Chủ tịch nước Lương Cường, Thủ tướng Chính phủ Phạm Minh Chính.')).toEqual([
      { name: 'Lương Cường', titles: ['Chủ tịch nước'] },
      { name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ'] },
    ]);
  });
  it('"kiêm" joins two offices; titles may stand in parentheses', () => {
    expect(people('Ông Trần Văn B, Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ phát biểu. Đồng chí Lê Văn C (Bí thư Huyện ủy) dự.')).toEqual([
      { name: 'Trần Văn B', titles: ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ'] },
      { name: 'Lê Văn C', titles: ['Bí thư Huyện ủy'] },
    ]);
  });
  it('a surname-led name that acts needs no title ("Nguyễn Văn A phát biểu")', () => {
    expect(people('Tại hội nghị, Nguyễn Văn An phát biểu ý kiến.')).toEqual([{ name: 'Nguyễn Văn An', titles: [] }]);
    expect(people('Nguyễn Văn An là tấm gương sáng.')).toEqual([]);
  });
  it('after a name, titles in lower case still count ("Phạm Văn Vọng - ủy viên Trung ương Đảng - Bí thư Tỉnh ủy")', () => {
    expect(people('Dự kỳ họp có các đồng chí: Phạm Văn Vọng - ủy viên Trung ương Đảng - Bí thư Tỉnh ủy; Phùng Quang Hùng - phó Bí thư Tỉnh ủy.')).toEqual([
      { name: 'Phạm Văn Vọng', titles: ['ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'] },
      { name: 'Phùng Quang Hùng', titles: ['phó Bí thư Tỉnh ủy'] },
    ]);
  });
  it('syllables that are also words are kept in names (Hà Sỹ Đồng, Trần Đại Quang, Nguyễn Quý Hùng)', () => {
    expect(people('Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng; Chủ tịch nước Trần Đại Quang; Giám đốc Sở Nội vụ Nguyễn Quý Hùng.').map((p) => p.name)).toEqual(['Hà Sỹ Đồng', 'Trần Đại Quang', 'Nguyễn Quý Hùng']);
  });
  it('no one holds two ranks of one body: the second title opens the next person ("…, Bí thư Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy A Pál")', () => {
    expect(people('Ông Đinh Văn Đông, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh A Pál chủ trì.')).toEqual([
      { name: 'Đinh Văn Đông', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
      { name: 'A Pál', titles: ['Phó Bí thư Thường trực Tỉnh ủy', 'Trưởng đoàn ĐBQH tỉnh'] },
    ]);
  });
  it('a Party title after a state title, or a title repeated, starts the next person\'s titles when a name follows', () => {
    expect(people('Cùng dự có đồng chí Lê Anh Hiếu - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Văn Long.')).toEqual([
      { name: 'Lê Anh Hiếu', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
      { name: 'Nguyễn Văn Long', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
    ]);
    expect(people('Dự có đồng chí Vũ Thị Hiền – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Nguyễn Thị Kim Yến.').map((p) => p.name + ': ' + p.titles.join(', '))).toEqual([
      'Vũ Thị Hiền: Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy',
      'Nguyễn Thị Kim Yến: Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy',
    ]);
  });
  it('"Chủ tịch UBND huyện A Hiu": a one-letter syllable opens a person, not a place', () => {
    expect(people('Kết luận hội nghị, Chủ tịch UBND huyện A Hiu yêu cầu.')).toEqual([{ name: 'A Hiu', titles: ['Chủ tịch UBND huyện'] }]);
  });
  it('spacing variants are one person with an alias', () => {
    const x = extract({ text: 'Đồng chí A Pớt chủ trì. Kết luận, đồng chí APớt - Phó Bí thư Tỉnh ủy nhấn mạnh.' });
    expect(x.people.map((p) => [p.name, p.aliases, p.positions.map((q) => q.title)])).toEqual([['A Pớt', ['APớt'], ['Phó Bí thư Tỉnh ủy']]]);
  });
  it('a bare name already met is the same person, with more evidence', () => {
    const x = extract({ text: 'Ông Phạm Minh Chính, Ủy viên Bộ Chính trị dự. Trong nhiệm kỳ tới, Phạm Minh Chính đề nghị tiếp tục phát huy.' });
    expect(x.people).toHaveLength(1);
    expect(x.people[0].evidence).toHaveLength(2);
  });
  it('authors, photo credits, ideas and institutions are not people', () => {
    expect(people('Quán triệt tư tưởng Hồ Chí Minh tại Trường Chính trị Nguyễn Văn Cừ. Ảnh: MT\n\nThanh Tùng – Thanh Hà')).toEqual([]);
  });
});

describe('mergePositions: one office, one position', () => {
  const pos = (title: string, role: string, organization: string | null, organizationName: string | null) => ({ title, role, organization, organizationName, evidence: { quote: '', start: 0, end: 0 } });
  it('keeps the longer of "Phó Bí thư Đảng ủy" and "Phó Bí thư Đảng ủy Sở"', () => {
    expect(mergePositions([pos('Phó Bí thư Đảng ủy', 'Phó Bí thư', 'Đảng ủy', 'Đảng ủy'), pos('Phó Bí thư Đảng ủy Sở', 'Phó Bí thư', 'Đảng ủy Sở', 'Đảng ủy Sở')]).map((p) => p.title)).toEqual(['Phó Bí thư Đảng ủy Sở']);
  });
  it('keeps the fuller role of one body ("Phó Chủ tịch Thường trực UBND tỉnh" over "Phó Chủ tịch UBND tỉnh")', () => {
    expect(mergePositions([pos('Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh'), pos('Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Chủ tịch Thường trực', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh')]).map((p) => p.title)).toEqual(['Phó Chủ tịch Thường trực UBND tỉnh']);
  });
  it('an abbreviated title merges only with its own office', () => {
    const tvtu = pos('TVTU', 'Ủy viên Ban Thường vụ', null, 'Ban Thường vụ Tỉnh ủy');
    expect(mergePositions([tvtu, pos('Ủy viên Trung ương Đảng', 'Ủy viên', 'Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng')])).toHaveLength(2);
    expect(mergePositions([tvtu, pos('Ủy viên Ban Thường vụ Tỉnh ủy', 'Ủy viên', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy')])).toHaveLength(1);
  });
  it('keeps different bodies apart', () => {
    expect(mergePositions([pos('Chủ tịch HĐND tỉnh', 'Chủ tịch', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh'), pos('Chủ tịch UBND tỉnh', 'Chủ tịch', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh')])).toHaveLength(2);
  });
  it('one body spelled two ways is one position', () => {
    expect(mergePositions([pos('Trưởng đoàn ĐBQH tỉnh', 'Trưởng đoàn', 'ĐBQH tỉnh', 'Đoàn đại biểu Quốc hội tỉnh'), pos('Trưởng Đoàn đại biểu Quốc hội tỉnh', 'Trưởng đoàn', 'đại biểu Quốc hội tỉnh', 'Đoàn đại biểu Quốc hội tỉnh')])).toHaveLength(1);
  });
});

describe('voters who speak', () => {
  it('"công dân X", "cử tri X" in lower case anchor a name', () => {
    expect(people('Tại buổi tiếp, công dân Ma Văn Khởi, thôn Nà Ta, đề nghị xem xét. Tại hội nghị, cử tri Lò Văn Pọm đề nghị.').map((p) => p.name)).toEqual(['Ma Văn Khởi', 'Lò Văn Pọm']);
  });
  it('a village after the name is no second person ("Cử tri X, Bản Nậm Pì, …", "Bà Y, Buôn Ma Lăng, …")', () => {
    expect(people('Cử tri Sùng A Hồ, Bản Nậm Pì, phản ánh sạt lở. Ông Lò Văn Pọm, Thôn 3, đề nghị hỗ trợ. Bà Y Nhi, Buôn Ma Lăng, kiến nghị.').map((p) => p.name)).toEqual(['Sùng A Hồ', 'Lò Văn Pọm', 'Y Nhi']);
  });
  it('one title for a plural list: "các ông: A, B - Phó Chủ tịch UBND tỉnh", "các Phó Chủ tịch UBND tỉnh: A, B"', () => {
    const want = [{ name: 'Lò Văn Tiến', titles: ['Phó Chủ tịch UBND tỉnh'] }, { name: 'Vừ A Bằng', titles: ['Phó Chủ tịch UBND tỉnh'] }];
    expect(people('Chủ trì phiên họp có các ông: Lò Văn Tiến, Vừ A Bằng - Phó Chủ tịch UBND tỉnh.')).toEqual(want);
    expect(people('Dự có các Phó Chủ tịch UBND tỉnh: Lò Văn Tiến, Vừ A Bằng.')).toEqual(want);
  });
  it('"Chánh Thanh tra tỉnh"', () => expect(people('Dự có ông Triệu Đức Thanh, Chánh Thanh tra tỉnh.')).toEqual([{ name: 'Triệu Đức Thanh', titles: ['Chánh Thanh tra tỉnh'] }]));
  it('"Cử tri Sùng A Hồ, bản Nậm Pì, phản ánh …": a person', () => {
    const x = extract({ text: 'Sáng 24/6, Tổ đại biểu HĐND tỉnh tổ chức hội nghị tiếp xúc cử tri. Cử tri Sùng A Hồ, bản Nậm Pì, phản ánh tình trạng sạt lở.' });
    expect(x.people.map((p) => p.name)).toEqual(['Sùng A Hồ']);
    expect(x.meetings[0].speakers).toEqual(['Sùng A Hồ']);
  });
});

describe('titles and lists of the genre', () => {
  it('titles after the name with every kind of dash, doubled dashes included', () => {
    expect(people('Đồng chí Ngô Văn An — Bí thư Tỉnh ủy; đồng chí Lê Thị Bình – Phó Bí thư Tỉnh ủy; ông Hà Văn Cường - Chủ tịch UBND tỉnh; ông Trần Xuân Vinh -- Phó Chủ tịch Thường trực HĐND tỉnh dự.')).toEqual([
      { name: 'Ngô Văn An', titles: ['Bí thư Tỉnh ủy'] },
      { name: 'Lê Thị Bình', titles: ['Phó Bí thư Tỉnh ủy'] },
      { name: 'Hà Văn Cường', titles: ['Chủ tịch UBND tỉnh'] },
      { name: 'Trần Xuân Vinh', titles: ['Phó Chủ tịch Thường trực HĐND tỉnh'] },
    ]);
  });
  it('a unit with a long name inside a body: "Trưởng phòng Tổ chức cán bộ Sở Nội vụ"', () => {
    expect(people('Ông Vì Văn Thanh, Trưởng phòng Tổ chức cán bộ Sở Nội vụ dự.')).toEqual([{ name: 'Vì Văn Thanh', titles: ['Trưởng phòng Tổ chức cán bộ Sở Nội vụ'] }]);
    expect(extract({ text: 'Ông Vì Văn Thanh, Trưởng phòng Tổ chức cán bộ Sở Nội vụ dự.' }).people[0].positions[0].organizationName).toBe('Phòng Tổ chức cán bộ Sở Nội vụ');
  });
  it('"Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh X cho biết": the Prime Minister is addressed, X holds one title', () => {
    expect(people('Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh Phạm Văn Tường cho biết tăng trưởng đạt 6%.')).toEqual([{ name: 'Phạm Văn Tường', titles: ['Chủ tịch UBND tỉnh'] }]);
  });
  it('"Báo cáo với đồng chí Phó Thủ tướng, Chủ tịch UBND tỉnh X …": the anchored addressee too', () => {
    expect(people('Báo cáo với đồng chí Phó Thủ tướng, Chủ tịch UBND tỉnh Phạm Văn Tường cho biết tăng trưởng đạt 6%.')).toEqual([{ name: 'Phạm Văn Tường', titles: ['Chủ tịch UBND tỉnh'] }]);
  });
  it('"Làm việc với Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X, đoàn …": the whole run is X\'s', () => {
    expect(people('Làm việc với Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Dương Văn Trang, đoàn công tác đánh giá cao.')).toEqual([{ name: 'Dương Văn Trang', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] }]);
  });
  it('titles, a dash, then the name: "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm"', () => {
    expect(people('Ngày 21/5, Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm chủ trì cuộc họp. Cùng dự có Giám đốc Sở Kế hoạch và Đầu tư - Nguyễn Thanh Tâm, Giám đốc Sở Tài chính - Trần Văn Ngọc.')).toEqual([
      { name: 'Nguyễn Minh Lâm', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Nguyễn Thanh Tâm', titles: ['Giám đốc Sở Kế hoạch và Đầu tư'] },
      { name: 'Trần Văn Ngọc', titles: ['Giám đốc Sở Tài chính'] },
    ]);
  });
  it('an office given after the name: "… giữ chức Giám đốc Sở Nội vụ", "được bầu giữ chức Bí thư …"', () => {
    expect(people('Công bố quyết định bổ nhiệm ông Nông Quang Nhất, Phó Giám đốc Sở Tài chính giữ chức Giám đốc Sở Nội vụ.')).toEqual([{ name: 'Nông Quang Nhất', titles: ['Phó Giám đốc Sở Tài chính', 'Giám đốc Sở Nội vụ'] }]);
    expect(people('Đồng chí Y Huê được bầu giữ chức Bí thư Đảng ủy xã.')).toEqual([{ name: 'Y Huê', titles: ['Bí thư Đảng ủy xã'] }]);
    expect(people('Bí thư Tỉnh ủy Thái Thanh Quý làm trưởng đoàn.')).toEqual([{ name: 'Thái Thanh Quý', titles: ['Bí thư Tỉnh ủy'] }]);
  });
  it('bodies of the 2025 reorganisation: Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo, Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy UBND tỉnh', () => {
    expect(people('Dự có Lê Văn An, Giám đốc Sở Nông nghiệp và Môi trường; Trần Văn Bình, Giám đốc Sở Dân tộc và Tôn giáo; Đỗ Văn Dũng, Bí thư Đảng ủy các cơ quan Đảng tỉnh; Ngô Thị Cúc, Bí thư Đảng ủy UBND tỉnh.').map((p) => p.titles[0])).toEqual([
      'Giám đốc Sở Nông nghiệp và Môi trường', 'Giám đốc Sở Dân tộc và Tôn giáo', 'Bí thư Đảng ủy các cơ quan Đảng tỉnh', 'Bí thư Đảng ủy UBND tỉnh',
    ]);
  });
  it('national bodies with a number: "Tư lệnh Quân khu 5", "Giám đốc Học viện Chính trị khu vực III"', () => {
    expect(people('Dự có Trung tướng Nguyễn Văn Gấu, Tư lệnh Quân khu 5; PGS.TS Trần Minh Đức, Giám đốc Học viện Chính trị khu vực III.')).toEqual([
      { name: 'Nguyễn Văn Gấu', titles: ['Tư lệnh Quân khu 5'] },
      { name: 'Trần Minh Đức', titles: ['Giám đốc Học viện Chính trị khu vực III'] },
    ]);
  });
  it('a title chain through a national Party committee: "Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng"', () => {
    expect(people('Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng phát biểu.')).toEqual([
      { name: 'Phan Văn Giang', titles: ['Ủy viên Bộ Chính trị', 'Phó Bí thư Quân ủy Trung ương', 'Bộ trưởng Bộ Quốc phòng'] },
    ]);
  });
  it('"Giám đốc Công an tỉnh": the police of the level that follows', () => {
    expect(people('Dự có Đại tá Nguyễn Văn Hận, Giám đốc Công an tỉnh; Thượng tá Lê Văn Bình, Phó Giám đốc Công an tỉnh.')).toEqual([
      { name: 'Nguyễn Văn Hận', titles: ['Giám đốc Công an tỉnh'] },
      { name: 'Lê Văn Bình', titles: ['Phó Giám đốc Công an tỉnh'] },
    ]);
  });
  it('"đồng chí X, Y": two names without titles share the anchor', () => {
    expect(people('Cùng dự có đồng chí Y Ngông Niê Kdăm, H’Hen Niê và lãnh đạo các sở.').map((p) => p.name)).toEqual(['Y Ngông Niê Kdăm', 'H’Hen Niê']);
  });
});

describe('issue 18: lists, terms and foreign offices', () => {
  it('a title before a colon is each listed person’s, beside their own; ranks and academic titles open items', () => {
    expect(
      people('Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn Hải, Phó Chủ tịch Thường trực UBND tỉnh; Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; PGS.TS Ngô Thị Lan, Trưởng ban Tuyên giáo Tỉnh ủy; lãnh đạo các sở, ngành.'),
    ).toEqual([
      { name: 'Lê Văn Hải', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
      { name: 'Trần Văn Bình', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'] },
      { name: 'Ngô Thị Lan', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng ban Tuyên giáo Tỉnh ủy'] },
    ]);
  });

  it('the term, and a level after it, are part of the title', () => {
    expect(people('Đồng chí Ksor Y Ngân, Bí thư Huyện ủy Krông Pa khóa XVII chủ trì. Dự có đồng chí Lê Văn Sơn, Phó Trưởng đoàn ĐBQH khóa XV tỉnh.')).toEqual([
      { name: 'Ksor Y Ngân', titles: ['Bí thư Huyện ủy Krông Pa khóa XVII'] },
      { name: 'Lê Văn Sơn', titles: ['Phó Trưởng đoàn ĐBQH khóa XV tỉnh'] },
    ]);
    const x = extract({ text: 'Dự có đồng chí Lê Văn Sơn, Phó Trưởng đoàn ĐBQH khóa XV tỉnh.' });
    expect(x.people[0].positions[0].organizationName).toBe('Đoàn đại biểu Quốc hội tỉnh');
  });

  it('a committee of the National Assembly is a body of the title', () => {
    expect(people('Dự có bà Hà Thị Mai, Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội.')).toEqual([{ name: 'Hà Thị Mai', titles: ['Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội'] }]);
  });

  it('a Lao name of five syllables with a neighbouring province’s office; the province is one of a kind', () => {
    const x = extract({ text: 'Cùng dự có các đồng chí: Lò Văn Tâm, Chủ tịch UBND tỉnh; Xổm Phết Phôm Ma Chăn, Phó Tỉnh trưởng tỉnh Luông Pha Bang.' });
    expect(x.people.map((p) => [p.name, p.positions.map((q) => q.title)])).toEqual([
      ['Lò Văn Tâm', ['Chủ tịch UBND tỉnh']],
      ['Xổm Phết Phôm Ma Chăn', ['Phó Tỉnh trưởng tỉnh Luông Pha Bang']],
    ]);
    expect(x.organizations.find((o) => o.name === 'tỉnh Luông Pha Bang')?.national).toBe(true);
  });
});

describe('issue 18: lower-case titles and surnames of the Central Highlands', () => {
  it('"đại biểu Quốc hội" in lower case before a name is a title', () => {
    expect(people('Tham dự có đại biểu Quốc hội Điểu Huỳnh Sang và đồng chí Điểu Lên.')[0]).toEqual({ name: 'Điểu Huỳnh Sang', titles: ['đại biểu Quốc hội'] });
    expect(people('Các đại biểu Quốc hội thảo luận.')).toEqual([]);
  });
  it('a Stiêng surname after "UBND huyện" opens a name, not a place', () => {
    expect(people('Phó Chủ tịch UBND huyện Điểu Lên cho biết huyện đang rà soát.')).toEqual([{ name: 'Điểu Lên', titles: ['Phó Chủ tịch UBND huyện'] }]);
  });
});

describe('lists and foreign provinces (issue 18)', () => {
  it('after a shared title and a colon every item is a name, whatever its surname', () => {
    expect(people('Tham dự có các Phó Chủ tịch UBND tỉnh: Giàng Seo Vàng, Sần Thị Mai, Hoàng Văn Lợi; lãnh đạo các sở.')).toEqual([
      { name: 'Giàng Seo Vàng', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Sần Thị Mai', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Hoàng Văn Lợi', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
  });
  it('a foreign province right before a name is as long as the article writes it elsewhere', () => {
    const text = 'Đoàn tỉnh Sê Kông (Lào) thăm tỉnh. Cùng đi có Phó Tỉnh trưởng tỉnh Sê Kông Bun Mi Xay Phết.';
    expect(people(text)).toEqual([{ name: 'Bun Mi Xay Phết', titles: ['Phó Tỉnh trưởng tỉnh Sê Kông'] }]);
    // (a place of three words written so elsewhere keeps them)
    expect(people('Đoàn tỉnh Luông Pha Băng đến thăm. Tỉnh trưởng tỉnh Luông Pha Băng Khăm Sỉ Vông cảm ơn tỉnh.')).toEqual([{ name: 'Khăm Sỉ Vông', titles: ['Tỉnh trưởng tỉnh Luông Pha Băng'] }]);
  });
  it('"Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông": the bare committee in a chain that names a foreign province is that province\'s', () => {
    const x = extract({ text: 'Đoàn do đồng chí Xổm Phết Vi Lay Vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông dẫn đầu.' });
    expect(x.people[0].positions.map((q) => [q.title, q.organizationName])).toEqual([['Bí thư Tỉnh ủy', 'Tỉnh ủy tỉnh Sê Kông'], ['Tỉnh trưởng tỉnh Sê Kông', 'tỉnh Sê Kông']]);
    expect(x.organizations.find((o) => o.name === 'Tỉnh ủy tỉnh Sê Kông')?.national).toBe(true);
    const host = extract({ text: 'Đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Khánh Hòa dự hội nghị.' });
    expect(host.people[0].positions[0].organizationName).toBe('Tỉnh ủy');
  });
  it('"Phó Bí thư Tỉnh ủy tỉnh Sê Kông": a foreign committee keeps its province; a Vietnamese one is left alone', () => {
    const x = extract({ text: 'Cùng đi có đồng chí Khăm Sỉ Vông Phết – Phó Bí thư Tỉnh ủy tỉnh Sê Kông.' });
    expect(x.people[0].positions.map((q) => [q.title, q.organizationName])).toEqual([['Phó Bí thư Tỉnh ủy tỉnh Sê Kông', 'Tỉnh ủy tỉnh Sê Kông']]);
    expect(people('Dự có đồng chí Lê Văn Hòa – Phó Bí thư Tỉnh ủy tỉnh Kon Tum.')[0].titles).toEqual(['Phó Bí thư Tỉnh ủy']);
  });
  it('a province\'s union of science associations is the body of its chair', () => {
    expect(people('Dự có PGS.TS Nguyễn Văn Hùng, Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.')).toEqual([{ name: 'Nguyễn Văn Hùng', titles: ['Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh'] }]);
  });
});

describe('units, schools and deputies as the eighth held-out set names them (issue 18)', () => {
  it.each([
    ['Ông Tô Văn Hải, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện thông tin thêm.', 'Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện'],
    ['Dự có Thượng tá Lý Văn Sình, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh.', 'Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh'],
    ['Dự có PGS.TS Trịnh Văn Vượng, Phó Hiệu trưởng Trường Đại học Công nghệ Vĩnh Phúc phát biểu.', 'Phó Hiệu trưởng Trường Đại học Công nghệ Vĩnh Phúc'],
    ['Bác sĩ Đoàn Văn Hải, Giám đốc Trung tâm Y tế huyện giải trình.', 'Giám đốc Trung tâm Y tế huyện'],
    ['Dự có Trung tá Kiều Văn Sang, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện.', 'Chỉ huy trưởng Ban Chỉ huy Quân sự huyện'],
    ['Dự có đồng chí Đỗ Văn Khiên, đại biểu HĐND tỉnh ứng cử tại huyện.', 'đại biểu HĐND tỉnh'],
  ])('%s', (text, title) => expect(people(text).map((p) => p.titles)).toEqual([[title]]));

  it('"…, Bí thư Đảng ủy xã Hoàng Đan, chia sẻ": the commune, not a second person', () => {
    expect(people('Tham luận tại hội nghị, đồng chí Tạ Thị Hằng, Bí thư Đảng ủy xã Hoàng Đan, chia sẻ kinh nghiệm.')).toEqual([{ name: 'Tạ Thị Hằng', titles: ['Bí thư Đảng ủy xã Hoàng Đan'] }]);
    // (a title before a name that acts stays the name's: "Phó Chủ tịch UBND huyện Điểu Lên cho biết")
    expect(people('Phó Chủ tịch UBND huyện Điểu Lên cho biết huyện đang rà soát.')).toEqual([{ name: 'Điểu Lên', titles: ['Phó Chủ tịch UBND huyện'] }]);
  });

  it('", giữ chức …" after a comma gives the new office too', () => {
    expect(people('Ban Thường vụ chỉ định bác sĩ Trương Thị Mỹ Hoa, Phó Giám đốc Sở Y tế, giữ chức Bí thư Đảng ủy Sở Y tế.')).toEqual([{ name: 'Trương Thị Mỹ Hoa', titles: ['Phó Giám đốc Sở Y tế', 'Bí thư Đảng ủy Sở Y tế'] }]);
  });

  it('"đại biểu" before a name anchors it; a headline in capitals names nobody', () => {
    expect(people('Mở đầu, đại biểu Lê Thị Thu Trâm (tổ đại biểu xã Bình Thanh) chất vấn về đất đai.')).toEqual([{ name: 'Lê Thị Thu Trâm', titles: [] }]);
    expect(people('CÁC ĐẠI BIỂU THẢO LUẬN TẠI TỔ.')).toEqual([]);
  });
});
