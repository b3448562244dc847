// Documents cited: codes of the Party and of the state, kinds, issuers, dates, titles, and
// the resolutions cited without a code under one canonical key.
import { describe, expect, it } from 'vitest';
import { extractDocuments, ordinal, romanToInt } from '../../src/extract/documents';
import { sentencesOf } from './helpers';

function docs(text: string) {
  const { view, sentences, tokens } = sentencesOf(text);
  const found = extractDocuments(text, view, tokens, tokens.map((t) => t.k), sentences);
  return [...new Set(found.map((f) => f.doc))];
}
const one = (text: string) => {
  const d = docs(text);
  expect(d).toHaveLength(1);
  return d[0];
};

describe('Party codes NUMBER-TYPE/ISSUER', () => {
  it.each([
    ['căn cứ Chỉ thị số 35-CT/TW của Bộ Chính trị.', '35-CT/TW', 'DIRECTIVE', '35', 'Bộ Chính trị'],
    ['thực hiện Kế hoạch 100-KH/TU của Tỉnh ủy.', '100-KH/TU', 'PLAN', '100', 'Tỉnh ủy'],
    ['theo Nghị quyết số 01 - NQ/ĐUK.', '01-NQ/ĐUK', 'RESOLUTION', '01', 'Đảng ủy Khối'],
    ['thực hiện Kết luận số 21-KL/TW.', '21-KL/TW', 'CONCLUSION', '21', 'Ban Chấp hành Trung ương Đảng'],
    ['theo Quy định số 205-QĐ/TW.', '205-QĐ/TW', 'REGULATION', '205', 'Ban Chấp hành Trung ương Đảng'],
    ['theo Quyết định số 99-QĐ/TU.', '99-QĐ/TU', 'DECISION', '99', 'Tỉnh ủy'],
    ['theo Hướng dẫn 12-HD/BTCTW.', '12-HD/BTCTW', 'GUIDANCE', '12', 'Ban Tổ chức Trung ương'],
    ['Chương trình số 05-CTr/HU.', '05-CTr/HU', 'PROGRAM', '05', 'Huyện ủy'],
    ['Đề án 06-ĐA/TU.', '06-ĐA/TU', 'PROJECT', '06', 'Tỉnh ủy'],
    ['Thông báo số 12-TB/TU.', '12-TB/TU', 'NOTICE', '12', 'Tỉnh ủy'],
    ['và văn bản 07–NQ/TU.', '07-NQ/TU', 'RESOLUTION', '07', 'Tỉnh ủy'],
    ['theo Kế hoạch số 12-KH/MTTQ-BTT của Ban Thường trực.', '12-KH/MTTQ-BTT', 'PLAN', '12', null],
  ])('%s', (text, code, kind, number, issuer) => {
    const d = one(text);
    expect([d.code?.replace('–', '-'), d.kind, d.number, d.issuer]).toEqual([code, kind, number, issuer]);
  });

  it('reads the issue date, the issuer named after the code and the quoted title', () => {
    const d = one('Dự thảo tổng kết Nghị quyết số 01-NQ/ĐUK ngày 15-5-2009 của Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh về “tăng cường sự lãnh đạo của cấp ủy đảng”.');
    expect(d).toMatchObject({ code: '01-NQ/ĐUK', issuedOn: '2009-05-15', issuer: 'Ban Chấp hành Đảng ủy Khối các cơ quan tỉnh', title: 'tăng cường sự lãnh đạo của cấp ủy đảng' });
  });

  it('the issuer ends where "và" joins the next document; a ministry\'s "và" stays in its name', () => {
    const ds = docs('Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 100-KH/TU của Tỉnh ủy; Thông tư số 12/2023/TT-BKHĐT của Bộ Kế hoạch và Đầu tư.');
    expect(ds.map((d) => [d.code, d.issuer])).toEqual([['35-CT/TW', 'Bộ Chính trị'], ['100-KH/TU', 'Tỉnh ủy'], ['12/2023/TT-BKHĐT', 'Bộ Kế hoạch và Đầu tư']]);
  });

  it('a document cited twice is one document with two pieces of evidence', () => {
    const d = docs('Kế hoạch 100-KH/TU của Tỉnh ủy “Về chuẩn bị đại hội”. Trọng tâm là Kế hoạch số 100-KH/TU.');
    expect(d).toHaveLength(1);
    expect(d[0].title).toBe('Về chuẩn bị đại hội');
    expect(d[0].evidence).toHaveLength(2);
  });
});

describe('state codes NUMBER[/YEAR]/TYPE-ISSUER', () => {
  it.each([
    ['theo Quyết định số 1234/QĐ-UBND ngày 20/12/2022 của UBND tỉnh.', '1234/QĐ-UBND', 'DECISION', 'Ủy ban nhân dân tỉnh', '2022-12-20'],
    ['thực hiện Nghị định số 08/2022/NĐ-CP.', '08/2022/NĐ-CP', 'OTHER', 'Chính phủ', null],
    ['Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ.', '2085/QĐ-TTg', 'DECISION', 'Thủ tướng Chính phủ', null],
    ['Kế hoạch số 115/KH-UBND.', '115/KH-UBND', 'PLAN', 'Ủy ban nhân dân tỉnh', null],
  ])('%s', (text, code, kind, issuer, issuedOn) => {
    expect(one(text)).toMatchObject({ code, kind, issuer, issuedOn });
  });

  it('a ratio is not a code', () => expect(docs('đại hội của 21/25 đảng bộ.')).toEqual([]));
  it('a letter coded by sender and office, after a document word', () => {
    expect(one('theo Công văn số 123/UBND-KTTH của UBND tỉnh.')).toMatchObject({ code: '123/UBND-KTTH', kind: 'OTHER', issuer: 'Ủy ban nhân dân tỉnh' });
    expect(docs('mã hàng 12/AB-CD trong kho.')).toEqual([]);
  });
});

describe('resolutions without a code', () => {
  it('"Nghị quyết Trung ương 4 khoá XII" and "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII" are one', () => {
    const d = docs('Thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII. Gắn với Nghị quyết Trung ương 4 khoá XII.');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: null, kind: 'RESOLUTION', title: 'Nghị quyết Hội nghị Trung ương 4 khóa XII' });
  });
  it.each([
    ['quán triệt Nghị quyết Hội nghị Trung ương 8, khoá XIII.', 'Nghị quyết Hội nghị Trung ương 8 khóa XIII'],
    ['các Nghị quyết Hội nghị lần thứ Tám, Ban Chấp hành Trung ương Đảng khóa XIII.', 'Nghị quyết Hội nghị Trung ương 8 khóa XIII'],
    ['nghị quyết Hội nghị Trung ương lần thứ 11 của BCH Trung ương Đảng (khóa XIII).', 'Nghị quyết Hội nghị Trung ương 11 khóa XIII'],
    ['Nghị quyết Đại hội XIII của Đảng.', 'Nghị quyết Đại hội XIII của Đảng'],
    ['tổng kết thực hiện Nghị quyết TW 3 khóa VIII.', 'Nghị quyết Hội nghị Trung ương 3 khóa VIII'],
    ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.', 'Nghị quyết Đại hội XIII của Đảng'],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX'],
    ['Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ 14.', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 14'],
    ['chỉ tiêu Nghị quyết số 01 của Tỉnh ủy đề ra.', 'Nghị quyết số 01 của Tỉnh ủy'],
    ['thực hiện Chỉ thị 05 của Bộ Chính trị.', 'Chỉ thị số 05 của Bộ Chính trị'],
    ['giúp việc thực hiện Quyết định số 284 của Bộ Chính trị.', 'Quyết định số 284 của Bộ Chính trị'],
  ])('%s', (text, title) => expect(one(text).title).toBe(title));

  it('"Nghị quyết Trung ương 11" without its term is the one with it', () => {
    const d = docs('Quán triệt Nghị quyết Hội nghị Trung ương 11. Hội nghị lần thứ 11 ban hành Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII.');
    expect(d).toHaveLength(1);
    expect(d[0].title).toBe('Nghị quyết Hội nghị Trung ương 11 khóa XIII');
  });

  it('"Chỉ thị 05" after "Chỉ thị số 05-CT/TW" is the coded document again', () => {
    const d = docs('Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Tiếp tục thực hiện Chỉ thị 05.');
    expect(d.map((x) => [x.code, x.evidence.length])).toEqual([['05-CT/TW', 2]]);
  });
  it('"Chỉ thị 05." alone is a document without a code', () => {
    expect(one('Tiếp tục thực hiện Chỉ thị 05.')).toMatchObject({ code: null, kind: 'DIRECTIVE', title: 'Chỉ thị số 05' });
  });
  it('a number that counts is not a document ("Kế hoạch 5 năm")', () => expect(docs('Thực hiện Kế hoạch 5 năm.')).toEqual([]));

  it('an uncoded citation right after another one is kept', () => {
    const d = docs('quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Nghị quyết Trung ương 4 khóa XII.');
    expect(d.map((x) => x.title)).toEqual(expect.arrayContaining(['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI', 'Nghị quyết Hội nghị Trung ương 4 khóa XII']));
    expect(d).toHaveLength(2);
  });
  it('an uncoded citation just before a coded one of another document is kept', () => {
    expect(docs('Nghị quyết Trung ương 4 khóa XII, Luật số 31/2024/QH15.').map((x) => x.code)).toEqual(['31/2024/QH15', null]);
  });
  it('the words before a code are not another document ("Nghị quyết Trung ương 4 khóa XII số 18-NQ/TW")', () => {
    expect(docs('Nghị quyết Trung ương 6 khóa XII số 18-NQ/TW về sắp xếp.').map((x) => x.code)).toEqual(['18-NQ/TW']);
  });

  it('generic mentions are not documents', () => {
    expect(docs('các nghị quyết, kết luận của Bộ Chính trị khóa XIII; Nghị quyết về chỉ tiêu, nhiệm vụ năm 2018.')).toEqual([]);
  });
});

describe('numbers', () => {
  it('reads Roman numerals and Vietnamese ordinals', () => {
    expect(romanToInt('XIII')).toBe(13);
    expect(romanToInt('XIV')).toBe(14);
    expect(ordinal('tư')).toBe(4);
    expect(ordinal('Tám')).toBe(8);
    expect(ordinal('11')).toBe(11);
  });
});

describe('issuers', () => {
  it.each([
    ['Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII về nông nghiệp.', 'Ban Chấp hành Trung ương Đảng'],
    ['Kết luận số 21-KL/TW của Ban Chấp hành T.Ư Đảng khóa XIII.', 'Ban Chấp hành Trung ương Đảng'],
    ['Kết luận số 21-KL/TW của Ban Chấp hành TW.', 'Ban Chấp hành Trung ương Đảng'],
    ['Quy định số 22-QĐ/TW của BCH Trung ương Đảng.', 'Ban Chấp hành Trung ương Đảng'],
    ['Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.', 'Ban Chấp hành Đảng bộ tỉnh'],
    ['Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương Đoàn.', 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh'],
    // a state code's UBND/HĐND is the province's, as a Party code's TU is the Tỉnh ủy
    ['Quyết định số 512/QĐ-UBND ngày 20/5/2024 về đất đai.', 'Ủy ban nhân dân tỉnh'],
    ['Nghị quyết số 03/2024/NQ-HĐND về kinh tế.', 'Hội đồng nhân dân tỉnh'],
    ['Kế hoạch số 115/KH-UBND của UBND huyện.', 'Ủy ban nhân dân huyện'],
    // ministries and agencies; a legislature's number; a law's code with no issuer part
    ['Thông tư số 12/2023/TT-BCA về công tác.', 'Bộ Công an'],
    ['Quyết định 45/QĐ-BQP về huấn luyện.', 'Bộ Quốc phòng'],
    ['Thông tư số 05/2022/TT-BCT về thương mại.', 'Bộ Công Thương'],
    ['Thông tư 22/2021/TT-BGDĐT về đánh giá.', 'Bộ Giáo dục và Đào tạo'],
    ['Quyết định 10/QĐ-NHNN về tín dụng.', 'Ngân hàng Nhà nước Việt Nam'],
    ['Nghị quyết số 1004/NQ-UBTVQH15 về sắp xếp.', 'Ủy ban Thường vụ Quốc hội'],
    ['Luật số 31/2024/QH15 về đất đai.', 'Quốc hội'],
  ])('%s', (text, want) => expect(one(text).issuer).toBe(want));
});

describe('documents named by a quoted title', () => {
  it('"Đề án “Phát triển du lịch cộng đồng …”": a project without a code', () => {
    const d = one('tổng kết 5 năm thực hiện Đề án “Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa”. Hội nghị bế mạc.');
    expect([d.code, d.kind, d.title]).toEqual([null, 'PROJECT', 'Đề án “Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa”']);
  });
  it('straight quotes too, and a code before the quote wins', () => {
    expect(one('thực hiện Kế hoạch "Chuyển đổi số trong cơ quan đảng năm 2024".').kind).toBe('PLAN');
    expect(one('Kế hoạch số 18-KH/TU ngày 5/8/2025 của Tỉnh ủy về “Tổ chức học tập các văn bản mới”.').code).toBe('18-KH/TU');
  });
});

describe('titles', () => {
  it('a quoted title belongs to the document it follows, not to one cited before it', () => {
    const d = docs('căn cứ Chỉ thị số 35-CT/TW của Bộ Chính trị, Kế hoạch 100-KH/TU của Tỉnh ủy “Về chuẩn bị đại hội đảng bộ các cấp”.');
    expect(d.map((x) => [x.code, x.title])).toEqual([
      ['35-CT/TW', null],
      ['100-KH/TU', 'Về chuẩn bị đại hội đảng bộ các cấp'],
    ]);
  });

  it.each([
    ['báo cáo sơ kết Nghị quyết số 25-NQ/TU ngày 10/8/2021 của Tỉnh ủy về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030.', 'về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030'],
    ['gắn với Nghị quyết số 33-NQ/TW của Ban Chấp hành Trung ương Đảng về xây dựng và phát triển văn hóa, con người Việt Nam được quan tâm.', 'về xây dựng và phát triển văn hóa, con người Việt Nam'],
    ['quán triệt Quy định số 37-QĐ/TW về những điều đảng viên không được làm đến cán bộ, đảng viên.', 'về những điều đảng viên không được làm'],
    ['thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, các địa phương đã triển khai.', 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
    ['Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.', 'về tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị'],
  ])('an unquoted title "về …" runs to the end of its clause: %s', (text, title) => {
    expect(docs(text)[0].title).toBe(title);
  });

  it('a title ends before the next document of a list', () => {
    const d = docs('thực hiện Chỉ thị 05-CT/TW về học tập và làm theo Bác, Kế hoạch 12-KH/TU về chuyển đổi số.');
    expect(d.map((x) => x.title)).toEqual(['về học tập và làm theo Bác', 'về chuyển đổi số']);
  });
});

describe('numbered documents without a code', () => {
  it('"Nghị quyết số 01 của Tỉnh ủy" has its number and issuer', () => {
    expect(one('thực hiện Nghị quyết số 01 của Tỉnh ủy đề ra.')).toMatchObject({ code: null, kind: 'RESOLUTION', number: '01', issuer: 'Tỉnh ủy', title: 'Nghị quyết số 01 của Tỉnh ủy' });
  });

  it('a letter with a number, a date and a sender: "Công văn số 2517 ngày 12/4/2024 của Văn phòng UBND tỉnh"', () => {
    expect(one('thực hiện Công văn số 2517 ngày 12/4/2024 của Văn phòng UBND tỉnh, Sở đã rà soát.')).toMatchObject({
      code: null,
      kind: 'OTHER',
      number: '2517',
      issuedOn: '2024-04-12',
      issuer: 'Văn phòng Ủy ban nhân dân tỉnh',
      title: 'Công văn số 2517 của Văn phòng UBND tỉnh',
    });
  });
});

describe('issuers', () => {
  it('"Thường trực HĐND, UBND tỉnh": the level after the last body is the first one’s too', () => {
    expect(one('theo Kế hoạch số 35/KH-HĐND của Thường trực HĐND, UBND tỉnh.').issuer).toBe('Thường trực Hội đồng nhân dân tỉnh');
  });
  it('a body with its own level keeps it, and a body of another kind takes none', () => {
    expect(one('theo Kế hoạch số 35/KH-HĐND của Thường trực HĐND huyện, UBND tỉnh.').issuer).toBe('Thường trực Hội đồng nhân dân huyện');
    expect(one('theo Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy, UBND tỉnh.').issuer).toBe('Ban Thường vụ Tỉnh ủy');
  });
});

describe('documents without a code, issue 18', () => {
  it.each([
    ['phối hợp tuyên truyền Luật Đất đai 2024 và các văn bản hướng dẫn.', 'Luật Đất đai 2024'],
    ['tiếp tục thực hiện tốt Luật Thực hiện dân chủ ở cơ sở năm 2022.', 'Luật Thực hiện dân chủ ở cơ sở năm 2022'],
    ['đánh giá việc thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XII, nhiệm kỳ 2020 - 2025.', 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XII'],
    ['theo Chương trình giám sát năm 2024 của HĐND tỉnh.', 'Chương trình giám sát năm 2024 của HĐND tỉnh'],
    ['bám sát Kế hoạch kiểm tra, giám sát năm 2023 của Ban Thường vụ Huyện ủy.', 'Kế hoạch kiểm tra, giám sát năm 2023 của Ban Thường vụ Huyện ủy'],
    ['sơ kết thực hiện Nghị quyết Đại hội XV Đảng bộ tỉnh về văn hóa.', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV'],
    ['triển khai Biên bản thỏa thuận hợp tác năm 2023 giữa hai tỉnh.', 'Biên bản thỏa thuận hợp tác năm 2023'],
  ])('%s', (text, title) => {
    expect(one(text)).toMatchObject({ code: null, title });
  });

  it('a provincial congress named number first keeps its level (not the national congress)', () => {
    const d = one('thực hiện Nghị quyết Đại hội XIV Đảng bộ tỉnh.');
    expect(d.key).toBe('nq-daihoi-tỉnh-14');
    expect(d.issuer).toBeNull();
  });

  it('"Luật sư", a rules word without its body, and a year plan without its body are no documents', () => {
    expect(docs('Luật sư Nguyễn Văn An, Trưởng đoàn Luật sư tỉnh, dự họp năm 2024.')).toEqual([]);
    expect(docs('các đơn vị thực hiện Quy chế làm việc đã ban hành.')).toEqual([]);
  });
});

describe('documents of the Front and between two bodies (issue 18)', () => {
  it('a congress of the Front keeps its name and level', () => {
    expect(one('giám sát việc thực hiện Nghị quyết Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ XI.')).toMatchObject({ code: null, kind: 'RESOLUTION', title: 'Nghị quyết Đại hội Mặt trận Tổ quốc Việt Nam tỉnh lần thứ XI', issuer: null });
  });
  it('rules between two bodies name both', () => {
    expect(one('bám sát Quy chế phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh, chủ động nắm tình hình.').title).toBe('Quy chế phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh');
  });
});

describe('laws without a year, foreign congresses, the Standing Committee (issue 18)', () => {
  it('a law named alone; the same law with its year is one document', () => {
    expect(one('sửa đổi những điểm còn vướng khi thi hành Luật Thực hiện dân chủ ở cơ sở.')).toMatchObject({ code: null, kind: 'OTHER', title: 'Luật Thực hiện dân chủ ở cơ sở' });
    expect(docs('triển khai Luật Đất đai năm 2024; giải quyết vụ việc theo Luật Đất đai và hướng dẫn của tỉnh.').map((d) => [d.title, d.evidence.length])).toEqual([['Luật Đất đai năm 2024', 1]]);
  });
  it('a bill is no law yet', () => {
    expect(docs('Quốc hội sẽ thông qua Luật Đất đai sửa đổi và cho ý kiến về dự án Luật Công chứng (sửa đổi).')).toEqual([]);
  });
  it('a neighbouring party\'s congress keeps its party; the Vietnamese party\'s stays national', () => {
    expect(one('kết quả triển khai Nghị quyết Đại hội XI Đảng Nhân dân Cách mạng Lào.')).toMatchObject({ title: 'Nghị quyết Đại hội XI Đảng Nhân dân Cách mạng Lào', issuer: null });
    expect(one('thực hiện Nghị quyết Đại hội XIII của Đảng Cộng sản Việt Nam.')).toMatchObject({ key: 'nq-daihoi-13', issuer: 'Ban Chấp hành Trung ương Đảng' });
    // (a headline that ends with "Đảng" names no party with the next line)
    expect(docs('Quán triệt Nghị quyết Đại hội XIII Đảng\n\nSáng 5/3, Tỉnh ủy tổ chức hội nghị.').map((d) => d.key)).toEqual(['nq-daihoi-13']);
  });
  it('a resolution of the Standing Committee coded NUMBER/YEAR/UBTVQH15', () => {
    expect(one('theo Nghị quyết số 35/2023/UBTVQH15 về sắp xếp đơn vị hành chính.')).toMatchObject({ code: '35/2023/UBTVQH15', kind: 'RESOLUTION', issuer: 'Ủy ban Thường vụ Quốc hội' });
  });
});

describe('programmes and schemes without a code (issue 18, eighth held-out set)', () => {
  it.each([
    ['hai tỉnh sẽ xây dựng Chương trình hợp tác giai đoạn 2025 - 2030.', 'Chương trình hợp tác giai đoạn 2025 - 2030'],
    ['đẩy mạnh thực hiện Đề án phát triển kinh tế cửa khẩu tỉnh Lạng Sơn giai đoạn 2021 - 2025.', 'Đề án phát triển kinh tế cửa khẩu tỉnh Lạng Sơn giai đoạn 2021 - 2025'],
    ['thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 – 2030.', 'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030'],
  ])('%s', (text, title) => expect(one(text)).toMatchObject({ code: null, title }));

  it('a programme of action by its body, beside the coded resolution it carries out', () => {
    const d = docs('gắn với Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị.');
    expect(d.map((x) => [x.code, x.title])).toEqual([['59-NQ/TW', null], [null, 'Chương trình hành động của Chính phủ']]);
  });

  it('schemes in the plural are no document', () => {
    expect(docs('xây dựng các Chương trình, Đề án phát triển ngành giai đoạn 2020-2025.')).toEqual([]);
  });
});
