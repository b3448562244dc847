// Meetings and who chaired, spoke at and attended them.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index';

const meetings = (text: string, publishedAt?: string) => extract({ text, publishedAt }).meetings;
const roles = (text: string) => {
  const [m, ...rest] = meetings(text);
  expect(rest).toEqual([]);
  return { chairs: m.chairs, speakers: m.speakers, attendees: m.attendees };
};

describe('participation verbs', () => {
  it('"A - …, và B - … cùng chủ trì": both chair', () => {
    expect(roles('Sáng 25/6, Thường trực Tỉnh ủy tổ chức Hội nghị giao ban. Đồng chí A Pớt - Phó Bí thư Thường trực Tỉnh ủy và đồng chí Lê Ngọc Tuấn - Phó Bí thư Tỉnh ủy cùng chủ trì Hội nghị.')).toEqual({
      chairs: ['A Pớt', 'Lê Ngọc Tuấn'], speakers: [], attendees: [],
    });
  });

  it('"Dự hội nghị có …": those listed attend', () => {
    expect(roles('Chiều 3-2, đồng chí Trịnh Việt Hùng, Bí thư Tỉnh ủy, chủ trì Hội nghị. Dự Hội nghị có đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Huy Dũng, Chủ tịch UBND tỉnh.')).toEqual({
      chairs: ['Trịnh Việt Hùng'], speakers: [], attendees: ['Phạm Hoàng Sơn', 'Nguyễn Huy Dũng'],
    });
  });

  it('"Tham dự và chủ trì Hội nghị, có …": the strongest verb wins', () => {
    expect(roles('Sáng ngày 01/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị. Tham dự và chủ trì Hội nghị, có đồng chí Dương Văn Trang - Bí thư Tỉnh ủy; đồng chí Châu Ngọc Tuấn - Phó Bí thư Tỉnh ủy.').chairs).toEqual(['Dương Văn Trang', 'Châu Ngọc Tuấn']);
  });

  it('"… đồng chủ trì kỳ họp; tham dự kỳ họp có …" splits chairs from attendees', () => {
    expect(roles('Sáng 21/3, HĐND tỉnh khai mạc kỳ họp. Bí thư Tỉnh ủy Phan Việt Cường, các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh đồng chủ trì kỳ họp; tham dự kỳ họp có Chủ tịch UBND tỉnh Lê Trí Thanh.')).toEqual({
      chairs: ['Phan Việt Cường', 'Trần Xuân Vinh', 'Nguyễn Công Thanh'], speakers: [], attendees: ['Lê Trí Thanh'],
    });
  });

  it('speech verbs, before or after the person ("Phát biểu kết luận, đồng chí X nhấn mạnh", "ý kiến chỉ đạo của X")', () => {
    const r = roles('Sáng 28/6, Tỉnh ủy tổ chức hội nghị. Đây là ý kiến chỉ đạo của Bí thư Tỉnh ủy Dương Văn Trang tại hội nghị. Phát biểu kết luận Hội nghị, đồng chí Lê Ngọc Tuấn nhấn mạnh nhiệm vụ.');
    expect(r.speakers).toEqual(['Dương Văn Trang', 'Lê Ngọc Tuấn']);
  });

  it('reported words: "cho rằng", "nêu rõ", "chia sẻ"; "do X chủ trì"; "Chủ trì hội nghị là X"', () => {
    expect(roles('Sáng 5/7, Huyện ủy tổ chức hội nghị do đồng chí Lò Văn Mạnh chủ trì. Đồng chí Mùa A Sơn cho rằng cần cố gắng.')).toEqual({ chairs: ['Lò Văn Mạnh'], speakers: ['Mùa A Sơn'], attendees: [] });
    expect(roles('Sáng 5/7, Huyện ủy tổ chức hội nghị. Chủ trì hội nghị là đồng chí Lò Văn Mạnh, Bí thư Huyện ủy.').chairs).toEqual(['Lò Văn Mạnh']);
  });

  it('"dưới sự chủ trì của đồng chí A và các đồng chí: B, …; C, …": all chair', () => {
    expect(roles('Ngày 29-9, dưới sự chủ trì của đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy và các đồng chí: Lại Thế Nguyên, Phó Bí thư Thường trực Tỉnh ủy; Đỗ Minh Tuấn, Chủ tịch UBND tỉnh, Hội nghị lần thứ 25 đã được tổ chức.').chairs).toEqual(['Đỗ Trọng Hưng', 'Lại Thế Nguyên', 'Đỗ Minh Tuấn']);
  });

  it('"Cùng điều hành kỳ họp còn có bà …": co-chairing', () => {
    expect(roles('Sáng 5/7, HĐND tỉnh khai mạc kỳ họp. Ông Nguyễn Minh Dũng – Chủ tịch HĐND tỉnh chủ trì kỳ họp. Cùng điều hành kỳ họp còn có bà Lê Thị Thúy Kiều – Phó Chủ tịch HĐND tỉnh.').chairs).toEqual(['Nguyễn Minh Dũng', 'Lê Thị Thúy Kiều']);
  });

  it('"X chủ trì hội nghị cùng các đồng chí: A, …; B, …": all chair', () => {
    expect(roles('Sáng 7/4, Ban Chấp hành Đảng bộ thành phố khai mạc hội nghị. Đồng chí Bí thư Thành ủy Phạm Quang Nghị chủ trì hội nghị cùng các đồng chí: Nguyễn Thế Thảo, Phó Bí thư Thành ủy; Nguyễn Công Soái, Phó Bí thư Thường trực Thành ủy.').chairs).toEqual(['Phạm Quang Nghị', 'Nguyễn Thế Thảo', 'Nguyễn Công Soái']);
  });

  it('"dự và chỉ đạo": a speaker, not an attendee', () => {
    expect(roles('Sáng 16/4, Bộ Chính trị tổ chức Hội nghị toàn quốc. Tổng Bí thư Tô Lâm dự và chỉ đạo hội nghị. Cùng dự có Chủ tịch nước Lương Cường.')).toEqual({
      chairs: [], speakers: ['Tô Lâm'], attendees: ['Lương Cường'],
    });
  });

  it('a title standing for a person named before ("Bí thư Tỉnh ủy đặc biệt nhấn mạnh")', () => {
    expect(roles('Sáng 28/6, Tỉnh ủy tổ chức hội nghị do Bí thư Tỉnh ủy Dương Văn Trang chủ trì. Bí thư Tỉnh ủy đặc biệt nhấn mạnh các nhiệm vụ.').speakers).toEqual(['Dương Văn Trang']);
  });

  it('"Ủy viên dự khuyết", "dự thảo", "dự kiến" are not attendance', () => {
    expect(roles('Sáng 5/7, Huyện ủy tổ chức hội nghị. Đồng chí Hồ Văn Niên - Ủy viên dự khuyết Trung ương Đảng xem xét dự thảo, dự kiến nhiệm vụ.')).toEqual({ chairs: [], speakers: [], attendees: [] });
  });
});

describe('dates, kinds and several meetings', () => {
  it('a day with the dateline\'s year', () => {
    expect(meetings('Sáng 2-8, Ban Thường vụ tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.', '2019-08-02')[0]).toMatchObject({ date: '2019-08-02', kind: 'sơ kết', period: '6 tháng đầu năm' });
  });
  it('the year from the period reported on; online meetings', () => {
    expect(meetings('Tỉnh ủy tổ chức Hội nghị trực tuyến giao ban khối Đảng 6 tháng đầu năm 2021 vào chiều 27/7.')[0]).toMatchObject({ date: '2021-07-27', kind: 'giao ban', online: true, organizers: ['Tỉnh ủy'] });
  });
  it('a headline announces the meeting, the first paragraph gives its day', () => {
    const ms = meetings('Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Thiệu Hóa\n\n21:29 , 09/09/2022\n\nSáng ngày 9/9, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy đã làm việc tại huyện Thiệu Hóa.');
    expect(ms.map((m) => m.date)).toEqual(['2022-09-09']);
  });
  it('"Vừa qua" gives no day', () => {
    expect(meetings('Vừa qua, Đảng bộ Sở Nội vụ tổ chức Hội nghị sơ kết công tác xây dựng Đảng.')[0].date).toBeNull();
  });
  it('no year anywhere: null', () => {
    expect(meetings('Chiều 16/5, Thường trực Tỉnh ủy làm việc với Ban Tuyên giáo Tỉnh ủy.')[0].date).toBeNull();
  });
  it('kinds of the genre: tiếp xúc cử tri, phiên họp, giải trình', () => {
    expect(meetings('Sáng 24/6, Tổ đại biểu HĐND tỉnh tổ chức hội nghị tiếp xúc cử tri trước Kỳ họp thứ 7.')[0].kind).toBe('tiếp xúc cử tri');
    expect(meetings('Chiều 26/9, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9.')[0].kind).toBe('phiên họp');
    expect(meetings('Sáng 14/7, Thường trực HĐND tỉnh tổ chức phiên giải trình về đất đai.')[0].kind).toBe('giải trình');
  });
  it('a new day starts a new meeting; the same day again does not', () => {
    const ms = meetings('Chiều 7-12, Tỉnh ủy tổ chức Hội nghị tổng kết năm 2022. Sáng 8-12, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết. Hội nghị sáng 8-12 thống nhất.', '2022-12-08');
    expect(ms.map((m) => m.date)).toEqual(['2022-12-07', '2022-12-08']);
  });
  it('a document in the headline does not hide the first paragraph\'s day', () => {
    expect(meetings('Quán triệt Nghị quyết Trung ương 4 khóa XII\n\nNgày 19/1/2024, Bộ Chính trị tổ chức Hội nghị toàn quốc.').map((m) => m.date)).toEqual(['2024-01-19']);
  });
  it('a document\'s issue date is not a meeting', () => {
    const ms = meetings('Sáng 2-8, Đảng ủy Khối tổ chức Hội nghị. Tại hội nghị, đại diện trình bày Dự thảo tổng kết Nghị quyết số 01-NQ/ĐUK ngày 15-5-2009.', '2019-08-02');
    expect(ms.map((m) => m.date)).toEqual(['2019-08-02']);
    expect(ms[0].cites).toEqual(['01-NQ/ĐUK']);
  });
  it('participation evidence quotes its sentence', () => {
    const x = extract({ text: 'Sáng 25/6, Tỉnh ủy tổ chức Hội nghị. Đồng chí Lê Ngọc Tuấn - Phó Bí thư Tỉnh ủy chủ trì Hội nghị.' });
    const p = x.meetings[0].participants[0];
    expect(p).toMatchObject({ person: 'Lê Ngọc Tuấn', role: 'CHAIRED' });
    expect(x.text.slice(p.evidence.start, p.evidence.end)).toBe('Đồng chí Lê Ngọc Tuấn - Phó Bí thư Tỉnh ủy chủ trì Hội nghị.');
  });
});

describe('reported words and attendance lists of the genre', () => {
  it('speech verbs: thông tin, giải trình, trả lời chất vấn, báo cáo, trình bày, góp ý, phản ánh', () => {
    const r = roles('Sáng 15/7, HĐND tỉnh tổ chức phiên chất vấn. Trả lời chất vấn của đại biểu, ông Trần Quốc Hưng, Giám đốc Sở Kế hoạch và Đầu tư cho biết tiến độ. Bà Lê Thị Minh Nguyệt - Giám đốc Sở Tư pháp giải trình. Ông Phan Văn Thế, Phó Giám đốc Sở Xây dựng báo cáo tình hình. Đồng chí Rơ Châm Long trình bày báo cáo. Bà Siu Hương góp ý. Đồng chí Y Huê thông tin thêm. Cử tri Sùng A Hồ, bản Nậm Pì, phản ánh tình trạng sạt lở.');
    expect(r.speakers).toEqual(['Trần Quốc Hưng', 'Lê Thị Minh Nguyệt', 'Phan Văn Thế', 'Rơ Châm Long', 'Siu Hương', 'Y Huê', 'Sùng A Hồ']);
  });
  it('"X công bố Quyết định …", "X đọc diễn văn": speech', () => {
    expect(roles('Chiều 3/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Hà Văn Thắng, Trưởng ban Tổ chức Tỉnh ủy công bố Quyết định số 1245-QĐ/TU. Đồng chí Lê Văn Hòa đọc diễn văn.').speakers).toEqual(['Hà Văn Thắng', 'Lê Văn Hòa']);
  });
  it('"X nói …", "X đánh giá, …" speak; "X tham dự hội nghị đánh giá …" attends', () => {
    expect(roles('Sáng 5/7, Tỉnh ủy tổ chức hội nghị. Đồng chí Lê Văn Hòa nói rằng cần cố gắng. Ông Trần Văn Nam đánh giá, kết quả đạt khá. Đồng chí Ngô Thị Lan tham dự hội nghị đánh giá kết quả năm.')).toEqual({ chairs: [], speakers: ['Lê Văn Hòa', 'Trần Văn Nam'], attendees: ['Ngô Thị Lan'] });
  });
  it('the same words as nouns are no speech: "nghe báo cáo", "Dự phiên chất vấn có …"', () => {
    expect(roles('Sáng 15/7, Tỉnh ủy tổ chức hội nghị. Đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy nghe báo cáo tình hình.')).toEqual({ chairs: [], speakers: [], attendees: [] });
    expect(roles('Sáng 15/7, HĐND tỉnh tổ chức phiên chất vấn. Dự phiên chất vấn có các đồng chí: Y Kha Rơ Châm – Phó Chủ tịch UBND tỉnh.').attendees).toEqual(['Y Kha Rơ Châm']);
  });
  it('"Đoàn Chủ tịch đại hội gồm các đồng chí: …" preside; "X nêu …", "X ghi nhận …" speak', () => {
    expect(roles('Ngày 24/8, Đảng bộ phường tổ chức Đại hội. Đoàn Chủ tịch đại hội gồm các đồng chí: Nguyễn Ngọc Lương - Bí thư Đảng ủy phường; Huỳnh Thúy Vân - Phó Bí thư Đảng ủy phường. Ông Lê Kim Toàn nêu một số nguyên nhân. Đồng chí Hồ Văn Niên ghi nhận kết quả.')).toEqual({
      chairs: ['Nguyễn Ngọc Lương', 'Huỳnh Thúy Vân'], speakers: ['Lê Kim Toàn', 'Hồ Văn Niên'], attendees: [],
    });
  });
  it('"X trả lời chất vấn của đại biểu", "X, thôn 3, kiến nghị Nhà nước có chính sách": no list opens, X speaks', () => {
    expect(roles('Chiều 11/12, HĐND tỉnh bế mạc kỳ họp. Giám đốc Sở Xây dựng Lê Quang Thanh trả lời chất vấn của đại biểu về dự án. Cử tri Điểu K’Ré, thôn 3 xã Đoàn Kết, kiến nghị Nhà nước có chính sách hỗ trợ.').speakers).toEqual(['Lê Quang Thanh', 'Điểu K’Ré']);
  });
  it('a verb right after its subject opens no list further on ("X đề nghị … cho người có uy tín")', () => {
    expect(roles('Sáng 24/6, Tổ đại biểu tổ chức hội nghị. Cử tri Lò Văn Pọm đề nghị quan tâm giải quyết chế độ cho người có uy tín trong đồng bào.').speakers).toEqual(['Lò Văn Pọm']);
  });
  it('"Cùng đi có các đồng chí: …", "Tới dự có …": those listed attend', () => {
    expect(roles('Chiều 8/4, đoàn công tác của Tỉnh ủy làm việc với huyện. Cùng đi có các đồng chí: Hoàng Nghĩa Hiếu - Phó Bí thư Thường trực Tỉnh ủy. Tới dự có đồng chí Ma Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ tỉnh.').attendees).toEqual(['Hoàng Nghĩa Hiếu', 'Ma Thị Nguyệt']);
  });
  it('a verb after a person in a list that a verb opened also counts for that person', () => {
    expect(roles('Sáng 5/7, Tỉnh ủy tổ chức hội nghị. Tham dự hội nghị, đồng chí Trần Văn Nam phát biểu ý kiến.')).toEqual({ chairs: [], speakers: ['Trần Văn Nam'], attendees: [] });
    expect(roles('Sáng 5/7, Tỉnh ủy tổ chức hội nghị. Dự có đồng chí Lê Văn An, Bí thư Huyện ủy; đồng chí Trần Văn Nam phát biểu ý kiến.')).toEqual({ chairs: [], speakers: ['Trần Văn Nam'], attendees: ['Lê Văn An'] });
  });
  it('"Về phía tỉnh có ông X, …; bà Y, …": those listed attend', () => {
    expect(roles('Chiều 16/3, Thủ tướng làm việc với Ban Thường vụ Tỉnh ủy. Về phía tỉnh có ông Hồ Quốc Dũng, Bí thư Tỉnh ủy; bà Đoàn Thị Kim Chi, Trưởng ban Tuyên giáo Tỉnh ủy.').attendees).toEqual(['Hồ Quốc Dũng', 'Đoàn Thị Kim Chi']);
  });
});

describe('an article that announces no meeting', () => {
  it('words reported in passing make no meeting ("Theo ông X, một thương lái, …")', () => {
    expect(meetings('Giá cà phê hôm nay tăng 1.000 đồng/kg. Theo ông Nguyễn Văn An, một thương lái ở huyện Cư M\'gar, nguồn cung đang khan hiếm.')).toEqual([]);
  });
  it('words said at a meeting the sentence names, or chairing it, make one', () => {
    expect(meetings('Phát biểu tại hội nghị, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy nhấn mạnh yêu cầu đổi mới.').map((m) => m.speakers)).toEqual([['Nguyễn Văn An']]);
    expect(meetings('Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì.').map((m) => m.chairs)).toEqual([['Nguyễn Văn An']]);
  });
});

describe('a meeting announced by the headline', () => {
  it('takes its organisers and kind from the sentence that gives its day when the headline does not name them', () => {
    const [m, ...rest] = meetings('UBND tỉnh họp phiên thường kỳ tháng 3/2024\n\nChiều 1/4, UBND tỉnh Hà Tĩnh tổ chức phiên họp thường kỳ tháng 3/2024. Chủ tịch UBND tỉnh Võ Trọng Hải chủ trì phiên họp.', '2024-04-02');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ date: '2024-04-01', kind: 'phiên họp', organizers: ['Ủy ban nhân dân tỉnh'], chairs: ['Võ Trọng Hải'] });
  });
});

describe('at the remote points of an online meeting', () => {
  it('"Tại điểm cầu huyện Y có đồng chí X, …": X attends', () => {
    expect(roles('Sáng 22/7, Tỉnh ủy tổ chức hội nghị trực tuyến. Đồng chí Nguyễn Đình Trung, Bí thư Tỉnh ủy chủ trì hội nghị. Tại điểm cầu huyện Ea H\'leo có đồng chí Rơ Mah Tuân, Bí thư Huyện ủy.')).toEqual({
      chairs: ['Nguyễn Đình Trung'], speakers: [], attendees: ['Rơ Mah Tuân'],
    });
  });
  it('"Tại điểm cầu tỉnh, đồng chí X chủ trì": the verb decides; the words name no attendance in mid-sentence', () => {
    expect(roles('Sáng 5/8, Bộ Chính trị tổ chức hội nghị trực tuyến toàn quốc. Tại điểm cầu tỉnh Kon Tum, đồng chí Dương Văn Trang, Bí thư Tỉnh ủy chủ trì.')).toEqual({ chairs: ['Dương Văn Trang'], speakers: [], attendees: [] });
    expect(roles('Sáng 5/8, Tỉnh ủy tổ chức hội nghị. Đồng chí Dương Văn Trang, Bí thư Tỉnh ủy, nối máy tại điểm cầu tỉnh, có ông Lê Văn An theo dõi.').attendees).toEqual([]);
  });
});

describe('a second meeting in the article', () => {
  it('"Trước đó, sáng 14/7, … tổ chức phiên giải trình … dưới sự chủ trì của đồng chí X": its own meeting, day and chair', () => {
    const ms = meetings('Sáng 15/7, HĐND tỉnh khai mạc kỳ họp. Đồng chí A Vươn - Chủ tịch HĐND tỉnh chủ trì kỳ họp. Trước đó, sáng 14/7, Thường trực HĐND tỉnh tổ chức phiên giải trình về đất đai dưới sự chủ trì của đồng chí Nguyễn Văn Hòa - Phó Chủ tịch HĐND tỉnh.', '2024-07-16');
    expect(ms.map((m) => [m.date, m.chairs])).toEqual([['2024-07-15', ['A Vươn']], ['2024-07-14', ['Nguyễn Văn Hòa']]]);
    expect(ms[1].title).toBe('Phiên giải trình về đất đai');
    // a one-word title keeps what follows: "Họp" alone says too little
    const [, m2] = meetings('Sáng 20/8, Tỉnh ủy tổ chức hội nghị. Trước đó, chiều 19/8, Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Nguyễn Quốc Khánh.', '2025-08-20');
    expect(m2.title).toBe('Họp dưới sự chủ trì của đồng chí Nguyễn Quốc Khánh');
  });
  it('"Cùng ngày, X chủ trì buổi làm việc …": another meeting on the same day', () => {
    const ms = meetings('Sáng 20/8, Tỉnh ủy tổ chức hội nghị. Đồng chí Nguyễn Quốc Khánh, Bí thư Tỉnh ủy chủ trì hội nghị. Cùng ngày, đồng chí Tạ Minh Hải, Phó Bí thư Tỉnh ủy chủ trì buổi làm việc với Đảng ủy phường.', '2025-08-20');
    expect(ms.map((m) => [m.date, m.chairs])).toEqual([['2025-08-20', ['Nguyễn Quốc Khánh']], ['2025-08-20', ['Tạ Minh Hải']]]);
  });
  it('"Trước đó, sáng cùng ngày, X đã dự lễ …": another meeting that day, X attends it', () => {
    const ms = meetings('Chiều 16/3, Thủ tướng Phạm Minh Chính làm việc với tỉnh. Kết luận buổi làm việc, Thủ tướng Phạm Minh Chính yêu cầu tỉnh nỗ lực. Trước đó, sáng cùng ngày, Thủ tướng Phạm Minh Chính đã dự lễ khởi công dự án.', '2024-03-16');
    expect(ms.map((m) => [m.date, m.speakers, m.attendees])).toEqual([['2024-03-16', ['Phạm Minh Chính'], []], ['2024-03-16', [], ['Phạm Minh Chính']]]);
  });
  it('"Ngày 15/7, X chủ trì buổi tiếp công dân … Trước đó, chiều 12/7, Thường trực HĐND tỉnh họp phiên thường kỳ …": two meetings', () => {
    const ms = meetings('Ngày 15/7, đồng chí Chẩu Văn Lâm, Bí thư Tỉnh ủy chủ trì buổi tiếp công dân định kỳ. Trước đó, chiều 12/7, Thường trực HĐND tỉnh họp phiên thường kỳ tháng 7 dưới sự chủ trì của đồng chí Lê Thị Kim Dung.', '2024-07-16');
    expect(ms.map((m) => [m.date, m.chairs, m.kind])).toEqual([['2024-07-15', ['Chẩu Văn Lâm'], 'tiếp công dân'], ['2024-07-12', ['Lê Thị Kim Dung'], null]]);
  });
  it('"Trước đó, hội nghị đã nghe báo cáo …", "Sau đó, …": the same meeting goes on', () => {
    const ms = meetings('Sáng 20/8, Tỉnh ủy tổ chức hội nghị. Trước đó, hội nghị đã nghe đồng chí Lê Văn Hòa báo cáo. Sau đó, các đại biểu tham dự hội nghị đã thảo luận; đồng chí Trần Văn Nam phát biểu.', '2025-08-20');
    expect(ms.map((m) => [m.date, m.speakers])).toEqual([['2025-08-20', ['Lê Văn Hòa', 'Trần Văn Nam']]]);
  });
  it('after the paragraph of a "Trước đó" meeting, the article goes back to its own meeting', () => {
    const ms = meetings('Sáng 14/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nTrước đó, chiều 13/8, Thường trực Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo dưới sự chủ trì của đồng chí Lê Văn Cường.\n\nKết luận hội nghị, đồng chí Nguyễn Văn An yêu cầu các cấp ủy tập trung lãnh đạo. Đồng chí Phạm Thị Dung phát biểu.', '2024-08-15');
    expect(ms.map((m) => [m.date, m.chairs, m.speakers])).toEqual([['2024-08-14', ['Nguyễn Văn An'], ['Nguyễn Văn An', 'Phạm Thị Dung']], ['2024-08-13', ['Lê Văn Cường'], []]]);
  });
  it('a later paragraph that names the earlier meeting by its own word stays with it', () => {
    const ms = meetings('Sáng 15/7, HĐND tỉnh khai mạc kỳ họp. Đồng chí A Vươn chủ trì kỳ họp.\n\nTrước đó, sáng 14/7, Thường trực HĐND tỉnh tổ chức phiên giải trình về đất đai.\n\nTại phiên giải trình, ông Lê Văn Hòa, Giám đốc Sở Tài nguyên và Môi trường giải trình.', '2024-07-16');
    expect(ms.map((m) => [m.date, m.speakers])).toEqual([['2024-07-15', []], ['2024-07-14', ['Lê Văn Hòa']]]);
  });
  it('"Theo đồng chí X, …" is no speech (issue 18): X keeps the role another sentence gives, or none', () => {
    expect(roles('Sáng 14/8, Tỉnh ủy tổ chức hội nghị. Theo đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy, trong 6 tháng đầu năm tỉnh đạt nhiều kết quả.').speakers).toEqual([]);
    expect(roles('Sáng 14/8, Tỉnh ủy tổ chức hội nghị. Dự hội nghị có đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy. Theo đồng chí Trần Văn Bình, tỉnh đạt nhiều kết quả.')).toEqual({ chairs: [], speakers: [], attendees: ['Trần Văn Bình'] });
    expect(roles('Sáng 14/8, Tỉnh ủy tổ chức hội nghị. Theo Kế hoạch, đồng chí Trần Văn Bình dự hội nghị.')).toEqual({ chairs: [], speakers: [], attendees: ['Trần Văn Bình'] });
  });
  it('two days with no year known are still two meetings ("Chiều 5-3 …", "Sáng 6-3 …")', () => {
    const ms = meetings('Chiều 5-3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Rơ Mah Tuân chủ trì hội nghị. Sáng 6-3, đồng chí Rơ Mah Tuân dự buổi làm việc với UBND huyện.');
    expect(ms.map((m) => [m.date, m.chairs, m.attendees])).toEqual([[null, ['Rơ Mah Tuân'], []], [null, [], ['Rơ Mah Tuân']]]);
  });
  it('a deadline ("trước ngày 15/9/2025", "đến ngày 30/6") is not a meeting\'s day', () => {
    const ms = meetings('Sáng 20/8, Tỉnh ủy tổ chức hội nghị. Sau hội nghị, các đảng ủy tổ chức quán triệt trước ngày 15/9/2025.', '2025-08-20');
    expect(ms.map((m) => m.date)).toEqual(['2025-08-20']);
  });
  it('"Ngày 9/11/2024, …" opening the article gives the day', () => {
    expect(meetings('Ngày 9/11/2024, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết.').map((m) => m.date)).toEqual(['2024-11-09']);
  });
});

describe('organizers: the subject of "tổ chức"', () => {
  const org = (text: string) => meetings(text)[0].organizers;
  it('"Thường trực, Ban Thường vụ Huyện ủy": the bare prefix belongs to the body named next', () => {
    expect(org('Sáng 5/7, Thường trực, Ban Thường vụ Huyện ủy tổ chức hội nghị giao ban.')).toEqual(['Thường trực Huyện ủy', 'Ban Thường vụ Huyện ủy']);
  });
  it('a place or a complement is no organizer ("tại Hội trường UBND tỉnh", "Kế hoạch của Tỉnh ủy")', () => {
    expect(org('Sáng 5/7, tại Hội trường UBND tỉnh, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.')).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(org('Thực hiện Kế hoạch của Tỉnh ủy, sáng 5/7, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.')).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });
  it('"Thường trực HĐND, UBND tỉnh": the level after the last body is also the others\'', () => {
    expect(org('Sáng 5/7, Thường trực HĐND, UBND tỉnh tổ chức hội nghị giao ban.')).toEqual(['Thường trực Hội đồng nhân dân tỉnh', 'Ủy ban nhân dân tỉnh']);
    expect(org('Sáng 5/7, HĐND, UBND huyện Krông Pa tổ chức hội nghị.')).toEqual(['Hội đồng nhân dân huyện Krông Pa', 'Ủy ban nhân dân huyện Krông Pa']);
    expect(org('Sáng 5/7, Tỉnh ủy, UBND tỉnh tổ chức hội nghị.')).toEqual(['Tỉnh ủy', 'Ủy ban nhân dân tỉnh']);
  });
  it('"A phối hợp với B tổ chức": both', () => {
    expect(org('Sáng 5/7, Thường trực Tỉnh ủy phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.')).toEqual(['Thường trực Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy']);
  });
});

describe('the year of a meeting given by day and month (issue 18)', () => {
  it('is never a year inside a document’s name', () => {
    const x = extract({ text: 'Sáng 14/5, đồng chí Lê Văn An, Chủ tịch UBND tỉnh chủ trì buổi tiếp Đoàn công tác tỉnh bạn. Hai bên thống nhất triển khai Kế hoạch hợp tác năm 2024 đã ký.' });
    expect(x.meetings.map((m) => m.date)).toEqual([null]);
    expect(x.documents.map((d) => d.title)).toContain('Kế hoạch hợp tác năm 2024');
  });
  it('comes from a dateline with a view counter', () => {
    const x = extract({ text: 'Tiếp đoàn công tác\n14/03/2022 15:20 Lượt xem: 118\n\nChiều 12/3, đồng chí Lê Văn An, Chủ tịch UBND tỉnh chủ trì buổi tiếp Đoàn công tác.' });
    expect(x.article.publishedAt).toBe('2022-03-14');
    expect(x.meetings.map((m) => m.date)).toEqual(['2022-03-12']);
  });
});

describe('co-chairs named as "Hai đồng chí" (issue 18)', () => {
  const text = 'Chiều 20/11/2023, Đoàn đại biểu tỉnh A do đồng chí Trần Văn Hải, Bí thư Tỉnh ủy làm trưởng đoàn đã hội đàm với Đoàn đại biểu tỉnh B do đồng chí Bun Xỉ Khăm, Tỉnh trưởng tỉnh Khăm Muộn dẫn đầu. Hai đồng chí đồng chủ trì buổi hội đàm.';
  it('are the two delegation heads of the sentence before', () => {
    expect(extract({ text }).meetings.map((m) => m.chairs)).toEqual([['Trần Văn Hải', 'Bun Xỉ Khăm']]);
  });
  it('are nobody when the sentence before does not name exactly two heads', () => {
    const one = 'Chiều 20/11/2023, Đoàn đại biểu tỉnh A do đồng chí Trần Văn Hải, Bí thư Tỉnh ủy làm trưởng đoàn đã hội đàm với tỉnh B. Hai đồng chí đồng chủ trì buổi hội đàm.';
    expect(extract({ text: one }).meetings.map((m) => m.chairs)).toEqual([[]]);
  });
});

describe('who was there, as captions and hosts say it (issue 18)', () => {
  it('a caption naming people "tại hội nghị" makes them attendees; "phát biểu tại hội nghị" stays speech', () => {
    expect(roles('Sáng 9/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị. Các đồng chí Lường Văn Tám, Phó Chủ tịch HĐND tỉnh và Vi Thị Nga, Trưởng Ban Dân vận Tỉnh ủy tại hội nghị.')).toEqual({
      chairs: [], speakers: [], attendees: ['Lường Văn Tám', 'Vi Thị Nga'],
    });
    expect(roles('Sáng 9/7, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị. Đồng chí Lường Văn Tám phát biểu tại hội nghị.')).toEqual({ chairs: [], speakers: ['Lường Văn Tám'], attendees: [] });
  });
  it('"Tiếp đoàn có đồng chí X" at the head of a sentence: the host attends', () => {
    expect(roles('Chiều 2/4, đoàn công tác làm việc với Huyện ủy. Tiếp đoàn có đồng chí Đinh Văn Mười, Bí thư Huyện ủy.').attendees).toEqual(['Đinh Văn Mười']);
  });
  it('a supervision ("buổi giám sát") named after the sentence that gives its day takes that day', () => {
    const ms = meetings('Sáng 9/10/2023, Ban Pháp chế HĐND tỉnh tổ chức giám sát tại Sở Tư pháp. Bà Trần Thị Hoa, Trưởng Ban Pháp chế HĐND tỉnh chủ trì buổi giám sát.');
    expect(ms.map((m) => [m.date, m.title, m.chairs])).toEqual([['2023-10-09', 'Buổi giám sát', ['Trần Thị Hoa']]]);
  });
});

describe('another meeting said after an opening clause (issue 18)', () => {
  it('"Ngay sau hội nghị toàn quốc, chiều cùng ngày, …": a second meeting of the same day, named by its own noun', () => {
    const ms = meetings('Sáng 6/8, Bộ Chính trị tổ chức hội nghị toàn quốc. Dự tại điểm cầu tỉnh có đồng chí Trần Văn Sâm, Chủ tịch UBND tỉnh.\n\nNgay sau hội nghị toàn quốc, chiều cùng ngày, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai kế hoạch. Đồng chí Trần Văn Sâm chủ trì hội nghị.', '2025-08-06');
    expect(ms.map((m) => [m.date, m.title, m.chairs, m.attendees])).toEqual([
      ['2025-08-06', 'Hội nghị toàn quốc', [], ['Trần Văn Sâm']],
      ['2025-08-06', 'Hội nghị triển khai kế hoạch', ['Trần Văn Sâm'], []],
    ]);
  });
});

describe('a speech verb with a colon after its subject (issue 18)', () => {
  it('"X, Giám đốc …, giải trình: …": X speaks; "Tham dự có: A, B" still lists', () => {
    expect(roles('Sáng 10/7, HĐND huyện tổ chức kỳ họp. Bác sĩ Đoàn Văn Hiếu, Giám đốc Trung tâm Y tế huyện giải trình: nguyên nhân chính là gói thầu chậm.').speakers).toEqual(['Đoàn Văn Hiếu']);
    expect(roles('Sáng 10/7, HĐND huyện tổ chức kỳ họp. Tham dự có: đồng chí Lê Văn Tâm, Bí thư Huyện ủy.').attendees).toEqual(['Lê Văn Tâm']);
  });
});

describe('those who receive (issue 18)', () => {
  it('"trao quyết định cho các đồng chí A, B và C": present; "cho" elsewhere gives no role', () => {
    expect(roles('Chiều 2/10, Tỉnh ủy tổ chức lễ trao quyết định. Đồng chí Lương Văn Đông trao quyết định cho các đồng chí Huỳnh Tấn Lực, Phó Giám đốc Sở Nội vụ và Phan Minh Trung, Quyền Giám đốc Sở Tài chính.').attendees).toEqual(['Huỳnh Tấn Lực', 'Phan Minh Trung']);
    expect(roles('Chiều 2/10, Tỉnh ủy tổ chức lễ trao quyết định. Tỉnh đã bố trí kinh phí cho ông Huỳnh Tấn Lực.').attendees).toEqual([]);
  });
});
