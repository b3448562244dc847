// Static vocabulary of the genre: provinces and their news sites, name parts (Kinh and
// ethnic-minority naming patterns), offices as they are written, documents, and the
// filler clauses provincial news is made of. The world (world.ts) draws from these.

/** How people in a province are named besides the Kinh pattern. */
export type NameStyle = 'highlands-north' | 'jrai' | 'ede' | 'mnong' | 'hmong' | 'thai' | 'tay' | 'khmer' | 'kinh';

export interface ProvinceSpec {
  name: string;
  /** news sites: domain and the byline tag it puts before its articles (the domain where
   *  the site's own tag is not one a reader outside the province would know) */
  sites: { domain: string; tag: string }[];
  /** the provincial newspaper, named in attendee lists */
  paper: string;
  districts: string[];
  /** minority naming patterns and the share of officials named so */
  styles: NameStyle[];
  minorityShare: number;
  /** ordinal of the provincial party congress of 2020 (Đại hội Đảng bộ tỉnh lần thứ …) */
  congress: string;
}

export const PROVINCES: ProvinceSpec[] = [
  { name: 'Kon Tum', sites: [{ domain: 'kontumtv.vn', tag: 'kontumtv.vn' }, { domain: 'baokontum.com.vn', tag: 'BKT' }], paper: 'Báo Kon Tum', districts: ['Đắk Hà', 'Đắk Tô', 'Ngọc Hồi', 'Đắk Glei', 'Sa Thầy', 'Kon Rẫy', 'Kon Plông', 'Tu Mơ Rông'], styles: ['highlands-north'], minorityShare: 0.35, congress: 'XVI' },
  { name: 'Gia Lai', sites: [{ domain: 'baogialai.com.vn', tag: 'GLO' }], paper: 'Báo Gia Lai', districts: ['Chư Păh', 'Ia Grai', 'Mang Yang', 'Chư Prông', 'Krông Pa', 'Kbang'], styles: ['jrai'], minorityShare: 0.35, congress: 'XVI' },
  { name: 'Đắk Lắk', sites: [{ domain: 'baodaklak.vn', tag: 'baodaklak.vn' }], paper: 'Báo Đắk Lắk', districts: ['Buôn Đôn', 'Ea Súp', 'Krông Búk', 'Krông Ana', 'Lắk', 'Ea Kar'], styles: ['ede'], minorityShare: 0.3, congress: 'XVII' },
  { name: 'Đắk Nông', sites: [{ domain: 'baodaknong.vn', tag: 'baodaknong.vn' }], paper: 'Báo Đắk Nông', districts: ['Đắk Mil', 'Đắk Song', 'Tuy Đức', 'Krông Nô', 'Cư Jút'], styles: ['mnong'], minorityShare: 0.3, congress: 'XII' },
  { name: 'Lâm Đồng', sites: [{ domain: 'baolamdong.vn', tag: 'baolamdong.vn' }], paper: 'Báo Lâm Đồng', districts: ['Lạc Dương', 'Đơn Dương', 'Đức Trọng', 'Lâm Hà', 'Di Linh', 'Bảo Lâm'], styles: ['mnong'], minorityShare: 0.2, congress: 'XI' },
  { name: 'Quảng Bình', sites: [{ domain: 'baoquangbinh.vn', tag: 'QBĐT' }], paper: 'Báo Quảng Bình', districts: ['Bố Trạch', 'Quảng Trạch', 'Lệ Thủy', 'Tuyên Hóa', 'Minh Hóa'], styles: ['kinh'], minorityShare: 0, congress: 'XVII' },
  { name: 'Thái Nguyên', sites: [{ domain: 'baothainguyen.vn', tag: 'baothainguyen.vn' }], paper: 'Báo Thái Nguyên', districts: ['Đại Từ', 'Định Hóa', 'Phú Lương', 'Võ Nhai', 'Phú Bình'], styles: ['tay'], minorityShare: 0.25, congress: 'XX' },
  { name: 'Sóc Trăng', sites: [{ domain: 'baosoctrang.org.vn', tag: 'baosoctrang.org.vn' }], paper: 'Báo Sóc Trăng', districts: ['Mỹ Tú', 'Kế Sách', 'Long Phú', 'Cù Lao Dung', 'Trần Đề', 'Thạnh Trị'], styles: ['khmer'], minorityShare: 0.2, congress: 'XIV' },
  { name: 'Điện Biên', sites: [{ domain: 'baodienbienphu.com.vn', tag: 'baodienbienphu.com.vn' }], paper: 'Báo Điện Biên Phủ', districts: ['Tủa Chùa', 'Mường Chà', 'Mường Nhé', 'Tuần Giáo', 'Mường Ảng', 'Nậm Pồ'], styles: ['hmong', 'thai'], minorityShare: 0.45, congress: 'XIV' },
  { name: 'Lào Cai', sites: [{ domain: 'baolaocai.vn', tag: 'baolaocai.vn' }], paper: 'Báo Lào Cai', districts: ['Bát Xát', 'Bảo Thắng', 'Bắc Hà', 'Mường Khương', 'Si Ma Cai', 'Văn Bàn'], styles: ['hmong', 'tay'], minorityShare: 0.4, congress: 'XVI' },
  { name: 'Tiền Giang', sites: [{ domain: 'baoapbac.vn', tag: 'baoapbac.vn' }], paper: 'Báo Ấp Bắc', districts: ['Cái Bè', 'Cai Lậy', 'Chợ Gạo', 'Gò Công Tây', 'Tân Phước'], styles: ['kinh'], minorityShare: 0, congress: 'XI' },
  { name: 'Bến Tre', sites: [{ domain: 'baodongkhoi.vn', tag: 'baodongkhoi.vn' }], paper: 'Báo Đồng Khởi', districts: ['Ba Tri', 'Bình Đại', 'Giồng Trôm', 'Mỏ Cày Nam', 'Thạnh Phú'], styles: ['kinh'], minorityShare: 0, congress: 'XI' },
  { name: 'Thừa Thiên Huế', sites: [{ domain: 'baothuathienhue.vn', tag: 'baothuathienhue.vn' }], paper: 'Báo Thừa Thiên Huế', districts: ['Phong Điền', 'Quảng Điền', 'Phú Vang', 'Phú Lộc', 'A Lưới', 'Nam Đông'], styles: ['kinh'], minorityShare: 0, congress: 'XVI' },
  { name: 'Hà Giang', sites: [{ domain: 'baohagiang.vn', tag: 'baohagiang.vn' }], paper: 'Báo Hà Giang', districts: ['Đồng Văn', 'Mèo Vạc', 'Yên Minh', 'Quản Bạ', 'Hoàng Su Phì', 'Xín Mần'], styles: ['hmong', 'tay'], minorityShare: 0.45, congress: 'XVII' },
];

// Kinh names: surname (weighted like the population), middle, given.
export const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đào', 'Lương', 'Mai', 'Trương', 'Tạ', 'Châu', 'Trịnh', 'Đoàn', 'Lâm', 'Cao', 'Hà', 'Tô', 'Kiều'];
export const SURNAME_WEIGHTS = [30, 11, 9, 7, 5, 4, 4, 4, 4, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
export const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Ngọc', 'Thanh', 'Xuân', 'Đình', 'Công', 'Quang', 'Tiến', 'Hồng', 'Anh', 'Trọng', 'Việt', 'Đăng', 'Kim', 'Bá', 'Duy'];
export const MIDDLE_FEMALE = ['Thị', 'Thị Thu', 'Thị Hồng', 'Thị Thanh', 'Thị Ngọc', 'Thị Kim', 'Thị Minh', 'Thị Mỹ'];
export const GIVEN_MALE = ['Tuấn', 'Hùng', 'Dũng', 'Sơn', 'Thắng', 'Trang', 'Quế', 'Quyền', 'Niên', 'Thành', 'Long', 'Hải', 'Hòa', 'Bình', 'Phong', 'Cường', 'Vinh', 'Khoa', 'Lộc', 'Toàn', 'Trung', 'Nam', 'Hiếu', 'Nghĩa', 'Tài', 'Thịnh', 'Mạnh', 'Đông', 'Kiên', 'Hưng', 'Chính', 'Tín', 'Quân', 'Huy', 'Đạt', 'Khải', 'Lợi', 'Tâm', 'Trí', 'Vũ'];
export const GIVEN_FEMALE = ['Lan', 'Hương', 'Hà', 'Thủy', 'Hạnh', 'Liên', 'Mai', 'Nga', 'Phượng', 'Hằng', 'Tuyết', 'Thảo', 'Yến', 'Dung', 'Ngân', 'Hiền', 'Phúc', 'Trâm'];

/** Whole names of minority officials, by naming pattern; some are the genre's own examples. */
export const MINORITY_NAMES: Record<Exclude<NameStyle, 'kinh'>, string[]> = {
  'highlands-north': ['A Pớt', 'KRing Ba', 'A Dũng', 'A Khanh', 'A Tuân', 'A Vương', 'A Sâm', 'A Hiu', 'Y Mun', 'Y Ngọc', 'Y Hồng', 'A Lếch', 'Đinh Văn Đông', 'Rơ Ông Thị Nhơn', 'U Huấn', 'A Pál', 'Y Ban', 'A Rưng'],
  jrai: ["Ksor H'Bơ Khăp", 'Ksor Phước', 'Ksor Luân', 'Rơ Chăm Long', 'Rơ Chăm Tin', 'Siu Hương', 'Siu Hoa', 'Nay Phi La', 'Nay Pa Lây', 'Rmah Thuận', 'Kpă Thuyên', 'Kpă Dũng', "Ksor H'Ngơn", 'Rơ Mah Hoa', 'Puih Bia', 'Siu Nguyên'],
  ede: ['Y Biêr Niê', 'Y Ngọc Niê', 'Y Giang Gry Niê Knơng', "H'Yim Kđoh", "H'Ngoan Byă", 'Y Thuyên Êban', 'Y Dhăm Ênuôl', 'Y Nhuan Byă', 'Y Khuê Mlô', "H'Lệ Ktla", 'Y Siêng Adrơng', 'Y Wai Byă'],
  mnong: ["K'Mák", "Điểu K'Ré", 'Ka Sô Liễng', "Ka H'Hoa", 'Điểu Bình', "K'Broi", "Điểu K'Lư", "Ka H'Rin", "K'Lệnh", "Liêng Jrang K'Hoàng", "Điểu Kré", "Ka H'Thương"],
  hmong: ['Giàng A Páo', 'Sùng A Hồ', 'Mùa A Sơn', 'Vàng Seo Cớ', 'Thào Xuân Sùng', 'Lầu Minh Lử', 'Giàng Thị Dung', 'Sùng Mí Chá', 'Vàng A Chinh', 'Mùa A Vảng', 'Thào A Tủa', 'Lý Seo Dìn', 'Giàng Seo Phử', 'Hầu A Lềnh', 'Sình A Dế'],
  thai: ['Lò Văn Mừng', 'Cà Văn Pầng', 'Lường Văn Ún', 'Quàng Văn Ánh', 'Điêu Thị Ơn', 'Lò Văn Pọm', 'Cà Thị Muôn', 'Lò Văn Phương', 'Lường Thị Hoa', 'Quàng Văn Bình'],
  tay: ['Ma Thị Nguyệt', 'Nông Văn Chí', 'Bế Văn Hồng', 'Lục Văn Đông', 'Hoàng Văn Chiến', 'Triệu Đức Thanh', 'Ma Văn Páo', 'Nông Thị Hạnh', 'Bế Thị Mai', 'Lục Thị Hoa'],
  khmer: ['Thạch Sô Phết', 'Thạch Chanh Đa', 'Sơn Thị Ánh Hồng', 'Sơn Sà Rươl', 'Danh Út', 'Kim Ngọc Thái', 'Lâm Văn Mẫn', 'Thạch Ngọc Hiếu', 'Danh Sơn', 'Trần Thị Sa Ry'],
};

/** Pen names of reporters: the author line at the foot of an article. Never officials. */
export const AUTHOR_NAMES = ['Mai Trâm', 'Thanh Tùng', 'Thanh Hà', 'Đức Thắng', 'Duy Tiến', 'Phạm Hòa', 'Hồng Lam', 'Minh Khuê', 'Bảo Ngọc', 'Quốc Việt', 'Hải Yến', 'Ngọc Ánh', 'Tuệ Minh', 'Khánh Linh', 'Vân Anh', 'Hữu Phước', 'Thu Thảo', 'Lệ Quyên'];
/** Photo-credit initials (not people for the gold). */
export const PHOTO_INITIALS = ['MT', 'TT', 'ĐT', 'HL', 'VA', 'NA', 'QV', 'HY', 'TL', 'KL'];

/**
 * An office: the forms it is written in (first is the usual), an optional short form used
 * in later mentions ("Phó Giám đốc Sở"), and whether a province name may follow it.
 * `{d}` stands for a district, `{s}` for a department (sở) name.
 */
export interface OfficeSpec {
  key: string;
  forms: string[];
  short?: string;
  /** name-first mentions may append the province ("Bí thư Tỉnh ủy Kon Tum") */
  provinceSuffix?: boolean;
  /** weight of the holder in the news: leaders recur most */
  weight: number;
}

export const DEPARTMENTS = ['Nội vụ', 'Văn hóa, Thể thao và Du lịch', 'Kế hoạch và Đầu tư', 'Tài chính', 'Giáo dục và Đào tạo', 'Y tế', 'Nông nghiệp và Phát triển nông thôn', 'Tài nguyên và Môi trường'];

/** Ranks held beside a main office ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"). */
export const RANKS = {
  UVTW: ['Ủy viên Trung ương Đảng', 'Ủy viên Ban Chấp hành Trung ương Đảng'],
  UVDKTW: ['Ủy viên dự khuyết Trung ương Đảng', 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng'],
  UVBTV: ['Ủy viên Ban Thường vụ Tỉnh ủy'],
};

/** Central officials who visit provinces: one node per province they are reported in. */
export const NATIONAL_OFFICES: string[][] = [
  ['Ủy viên Bộ Chính trị', 'Trưởng Ban Tổ chức Trung ương'],
  ['Ủy viên Bộ Chính trị', 'Trưởng Ban Tuyên giáo Trung ương'],
  ['Ủy viên Trung ương Đảng', 'Phó Trưởng Ban Nội chính Trung ương'],
  ['Ủy viên Trung ương Đảng', 'Phó Chủ tịch Quốc hội'],
  ['Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Nội vụ'],
  ['Phó Tổng Kiểm toán nhà nước'],
  ['Ủy viên Ủy ban Kiểm tra Trung ương'],
  ['Ủy viên Trung ương Đảng', 'Phó Trưởng Ban Dân vận Trung ương'],
];

export type DocKindName = 'RESOLUTION' | 'DIRECTIVE' | 'PLAN' | 'CONCLUSION' | 'REGULATION' | 'DECISION' | 'GUIDANCE' | 'NOTICE' | 'PROGRAM' | 'PROJECT';

/** Party document types: the word before the code, its abbreviation in the code, its kind. */
export const PARTY_DOC_TYPES: { word: string; abbr: string; kind: DocKindName }[] = [
  { word: 'Nghị quyết', abbr: 'NQ', kind: 'RESOLUTION' },
  { word: 'Chỉ thị', abbr: 'CT', kind: 'DIRECTIVE' },
  { word: 'Kế hoạch', abbr: 'KH', kind: 'PLAN' },
  { word: 'Kết luận', abbr: 'KL', kind: 'CONCLUSION' },
  { word: 'Hướng dẫn', abbr: 'HD', kind: 'GUIDANCE' },
  { word: 'Thông báo', abbr: 'TB', kind: 'NOTICE' },
  { word: 'Chương trình hành động', abbr: 'CTr', kind: 'PROGRAM' },
  { word: 'Đề án', abbr: 'ĐA', kind: 'PROJECT' },
];
export const PARTY_DOC_WEIGHTS = [5, 3, 6, 2, 1, 1, 1, 1];

/** State documents of the province: `{n}/QĐ-UBND` etc. */
export const STATE_DOC_TYPES: { word: string; abbr: string; kind: DocKindName; issuer: 'UBND' | 'HĐND' }[] = [
  { word: 'Quyết định', abbr: 'QĐ-UBND', kind: 'DECISION', issuer: 'UBND' },
  { word: 'Kế hoạch', abbr: 'KH-UBND', kind: 'PLAN', issuer: 'UBND' },
  { word: 'Chỉ thị', abbr: 'CT-UBND', kind: 'DIRECTIVE', issuer: 'UBND' },
  { word: 'Nghị quyết', abbr: 'NQ-HĐND', kind: 'RESOLUTION', issuer: 'HĐND' },
];

/** Central documents cited everywhere: code, type word, issuer, subject. */
export const NATIONAL_CODED_DOCS: { code: string; word: string; kind: DocKindName; issuer: string; subject: string; date: string }[] = [
  { code: '35-CT/TW', word: 'Chỉ thị', kind: 'DIRECTIVE', issuer: 'Bộ Chính trị', subject: 'về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', date: '30/5/2019' },
  { code: '05-CT/TW', word: 'Chỉ thị', kind: 'DIRECTIVE', issuer: 'Bộ Chính trị', subject: 'về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', date: '15/5/2016' },
  { code: '21-KL/TW', word: 'Kết luận', kind: 'CONCLUSION', issuer: 'Ban Chấp hành Trung ương', subject: 'về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị', date: '25/10/2021' },
  { code: '37-QĐ/TW', word: 'Quy định', kind: 'REGULATION', issuer: 'Ban Chấp hành Trung ương', subject: 'về những điều đảng viên không được làm', date: '25/10/2021' },
  { code: '18-NQ/TW', word: 'Nghị quyết', kind: 'RESOLUTION', issuer: 'Ban Chấp hành Trung ương', subject: 'một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', date: '25/10/2017' },
  { code: '28-CT/TW', word: 'Chỉ thị', kind: 'DIRECTIVE', issuer: 'Ban Bí thư', subject: 'về nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng', date: '21/9/2018' },
  { code: '126-QĐ/TW', word: 'Quy định', kind: 'REGULATION', issuer: 'Bộ Chính trị', subject: 'về một số vấn đề về bảo vệ chính trị nội bộ Đảng', date: '28/2/2018' },
  { code: '01-KL/TW', word: 'Kết luận', kind: 'CONCLUSION', issuer: 'Bộ Chính trị', subject: 'về tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', date: '18/5/2021' },
];

/** Central documents cited by title only; `match` is what a folded title must satisfy. */
export const NATIONAL_UNCODED_DOCS: { forms: string[]; match: string; kind: DocKindName; from: number }[] = [
  { forms: ['Nghị quyết Đại hội XIII của Đảng', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng'], match: 'dai hoi (dai bieu toan quoc )?(lan thu )?xiii', kind: 'RESOLUTION', from: 2021 },
  { forms: ['Nghị quyết Trung ương 4 khóa XII', 'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII'], match: '(hoi nghi lan thu tu|trung uong 4).*khoa xii\\b', kind: 'RESOLUTION', from: 2017 },
  { forms: ['Nghị quyết Hội nghị Trung ương 8 khóa XIII', 'Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII'], match: '(trung uong (lan thu )?(8|tam)\\b|lan thu (8|tam) ban chap hanh trung uong)', kind: 'RESOLUTION', from: 2024 },
  { forms: ['Nghị quyết Trung ương 4 khóa XIII', 'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII'], match: '(hoi nghi lan thu tu|trung uong 4).*khoa xiii', kind: 'RESOLUTION', from: 2022 },
];

/** What plans and resolutions of a province are about (their quoted titles). */
export const DOC_SUBJECTS = [
  'về chuẩn bị và tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2020-2025',
  'về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2021-2025',
  'về nâng cao chất lượng sinh hoạt chi bộ',
  'về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh',
  'về tăng cường công tác phòng, chống tham nhũng, tiêu cực',
  'về xây dựng nông thôn mới giai đoạn 2021-2025',
  'về công tác cán bộ và quy hoạch cán bộ',
  'về phát triển du lịch trở thành ngành kinh tế mũi nhọn',
  'về tăng cường công tác kiểm tra, giám sát của cấp ủy',
  'về thực hiện nhiệm vụ trọng tâm năm',
  'về giảm nghèo bền vững',
  'về chuyển đổi số đến năm 2025, định hướng đến năm 2030',
  'về công tác phòng, chống dịch Covid-19',
  'về công tác dân vận trong tình hình mới',
  'về phát triển đảng viên trong thôn, làng đồng bào dân tộc thiểu số',
];

/** Clauses of the reports and speeches: achievements, shortcomings, tasks. */
export const ACHIEVEMENTS = [
  'công tác xây dựng Đảng và hệ thống chính trị đạt được nhiều kết quả tích cực',
  'công tác tuyên truyền, quán triệt các chủ trương, nghị quyết của Đảng được triển khai kịp thời',
  'công tác tổ chức, cán bộ đảm bảo đúng quy trình, quy định',
  'công tác kiểm tra, giám sát, thi hành kỷ luật Đảng được thực hiện nghiêm túc',
  'năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng được nâng lên',
  'công tác dân vận tiếp tục có chuyển biến tích cực',
  'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tiếp tục đổi mới nội dung, phương thức hoạt động',
  'quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được đảm bảo',
  'công tác cải cách hành chính có nhiều chuyển biến',
  'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được đẩy mạnh',
  'công tác tuyên truyền chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh được quan tâm thường xuyên',
  'công tác phát triển đảng viên được chú trọng',
  'tốc độ tăng trưởng kinh tế ước đạt {pct}%, cao hơn cùng kỳ năm trước',
  'thu ngân sách nhà nước trên địa bàn ước đạt {pct}% dự toán',
  'tỷ lệ hộ nghèo giảm còn {small}%',
  'công tác phòng, chống dịch bệnh được triển khai quyết liệt, hiệu quả',
  'hoạt động của Trường Chính trị tỉnh đi vào nền nếp',
];

export const SHORTCOMINGS = [
  'công tác nắm bắt tư tưởng của cán bộ, đảng viên có lúc chưa kịp thời',
  'chất lượng sinh hoạt của một số chi bộ còn hạn chế',
  'công tác phát triển đảng viên ở một số tổ chức cơ sở đảng chưa được chú trọng',
  'việc giải ngân vốn đầu tư công còn chậm',
  'công tác theo dõi, phản bác các thông tin xuyên tạc trên mạng xã hội chưa thật linh hoạt',
  'một số cấp ủy chưa thực hiện nghiêm chế độ báo cáo',
  'công tác cán bộ ở một số nơi còn chậm',
  'việc triển khai một số nhiệm vụ còn lúng túng',
];

export const TASKS = [
  'tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội',
  'đẩy mạnh công tác giáo dục chính trị, tư tưởng cho cán bộ, đảng viên',
  'tăng cường công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng',
  'nâng cao chất lượng sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề',
  'làm tốt công tác quy hoạch, đào tạo, bồi dưỡng cán bộ',
  'đẩy nhanh tiến độ giải ngân vốn đầu tư công',
  'chủ động nắm bắt tình hình, giải quyết dứt điểm những vấn đề phát sinh ngay từ cơ sở',
  'tiếp tục thực hiện tốt công tác phòng, chống tham nhũng, lãng phí, tiêu cực',
  'đổi mới phương thức lãnh đạo của Đảng đối với hệ thống chính trị',
  'chú trọng công tác thông tin, định hướng dư luận xã hội',
  'thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình',
  'tăng cường mối quan hệ mật thiết giữa Đảng với Nhân dân',
  'quan tâm công tác phát triển đảng viên mới, nhất là ở thôn, làng đồng bào dân tộc thiểu số',
  'rà soát, bổ sung quy hoạch cán bộ ở những vị trí còn thiếu',
  'đảm bảo quốc phòng, an ninh, giữ vững ổn định chính trị trên địa bàn',
  'đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh',
];

/** Unnamed participants, as attendee lists end. */
export const GENERIC_ATTENDEES = [
  'các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
  'lãnh đạo các cơ quan tham mưu, giúp việc của Tỉnh ủy',
  'đại diện lãnh đạo các sở, ban, ngành, đoàn thể của tỉnh',
  'bí thư các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
  'lãnh đạo {paper} và Trường Chính trị tỉnh',
  'các đồng chí Tỉnh ủy viên',
  'Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh',
];

/** Page clutter of the scraped sites. */
export const MENUS = [
  'Skip Ribbon Commands\nSkip to main content',
  'Trang chủ | Tin tức | Chính trị | Kinh tế | Xã hội | Văn hóa',
  'Đảng, Đoàn thể',
  'Thời sự  >  Chính trị',
  'Trang chủ » Tin tức - Sự kiện » Xây dựng Đảng',
  '.',
];
export const TRAILERS = [
  'Trả lời\n\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *',
  'Chuyên mục khác',
  'Top\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.',
  'Văn bản chỉ đạo điều hành',
  'Tin liên quan',
  ',',
  'Chia sẻ  Facebook  Zalo',
];
