// Documents the article cites.
//   Party codes  NUMBER-TYPE/ISSUER   35-CT/TW, 100-KH/TU, 01-NQ/ĐUK, 05-CTr/HU
//   state codes  NUMBER[/YEAR]/TYPE-ISSUER   1234/QĐ-UBND, 08/2022/NĐ-CP, 202/2025/QH15
//   no code      Nghị quyết Đại hội XIII của Đảng; Nghị quyết Trung ương 4 khóa XII (≡ Nghị
//                quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII); Nghị quyết
//                Đại hội Đảng bộ tỉnh lần thứ XX; Nghị quyết số 01 của Tỉnh ủy
// The kind comes from the word before the code (Chỉ thị, Kế hoạch, …), else from its type;
// the issuer from "của Bộ Chính trị" after it, else from the code; the title from quotes.
import type { DocumentKind } from '../domain/model';
import type { ExtractedDocument } from '../domain/extraction';
import { anchoredMatches, isRegexSpace, stickyOf } from './anchored';
import { isWordChar } from './chars';
import { iso } from './dates';
import { addEvidence, evidenceOf } from './evidence';
import { fold } from '../domain/text';
import { DOCUMENTS, keyMap, tokenKey } from './lexicon';
import { parseBody, withSharedLevel } from './organizations';
import { sentenceAt, type Sentence, type Token } from './sentences';

const TYPE_KIND = new Map(Object.entries(DOCUMENTS.types).map(([k, v]) => [k.toUpperCase(), v as DocumentKind]));
const WORDS = [...DOCUMENTS.words].sort((a, b) => b[0].length - a[0].length);
const WORD_RE = new RegExp(`(?:${WORDS.map(([w]) => w).join('|')})(?:\\s+liên tịch)?(?:\\s+số)?\\s*$`, 'iu');
const WORD_KIND = new Map(WORDS.map(([w, k]) => [w.toLowerCase(), k as DocumentKind]));
const TYPES = Object.keys(DOCUMENTS.types).sort((a, b) => b.length - a.length).join('|');

// the boundary before a code or a title is checked in code (see startsClean): a leading lookbehind is slow
// (a second issuer part, unspaced, belongs to the code: "45-KH/MTTQ-BTT", the front's standing board)
const PARTY = new RegExp(String.raw`(\d{1,4}[a-z]?)\s*-\s*(${TYPES})\s*\/\s*(\p{Lu}[\p{L}]{0,9})(?:-\p{Lu}{2,8})?(?![\p{L}\p{N}])`, 'gu');
const STATE = new RegExp(String.raw`(\d{1,5})\s*\/\s*(?:((?:19|20)\d{2})\s*\/\s*)?(${TYPES})(\d{0,2})(?:\s*-\s*(\p{Lu}[\p{L}\d]{0,11}(?:\s*-\s*\p{Lu}[\p{L}\d]{0,11})?))?(?![\p{L}\p{N}])`, 'gu');

// the first words of the uncoded forms (UNCODED), asked of every token: keyMap says "no" to most without hashing them
const isDocWordFirst = keyMap(['nghị', 'chỉ', 'kết', 'quy', 'quyết', 'kế', 'chương', 'đề', 'hướng', 'thông', 'công', 'luật', 'biên', 'bản', 'thỏa'].map((w): [string, true] => [w, true]));

// what may stand before a code's first slash: digits and spaces (STATE, LETTER); a party code's
// number, dash and type letters too (PARTY: "100-KH/TU", "01-NQ/ĐUK", "12a - CTr/TU")
const isDigit = (c: number) => c >= 48 && c <= 57;
const beforeStateSlash = (c: number) => isDigit(c) || isRegexSpace(c);
const beforePartySlash = (c: number) => (c < 128 ? isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || isRegexSpace(c) : c === 0x110 || isRegexSpace(c));

/** Not in the middle of a word or a longer code. */
function startsClean(view: string, at: number): boolean {
  if (at === 0) return true;
  const c = view.charCodeAt(at - 1);
  return !isWordChar(c) && c !== 47 && c !== 45;
}

const LETTER = /(\d{1,5})\s*\/\s*(\p{Lu}[\p{L}]{1,8})\s*-\s*(\p{Lu}[\p{L}\d]{1,10})(?![\p{L}\p{N}\/])/gu;

/** The code patterns with what may stand before their first slash (for anchoredMatches; exported for its tests). */
export const CODE_SCANS = { PARTY: { re: PARTY, allowed: beforePartySlash }, STATE: { re: STATE, allowed: beforeStateSlash }, LETTER: { re: LETTER, allowed: beforeStateSlash } };

export interface DocumentFinding {
  doc: ExtractedDocument;
  sentence: Sentence;
  start: number;
  end: number;
}

function kindBefore(view: string, at: number): DocumentKind | null {
  const m = WORD_RE.exec(view.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const w = m[0].replace(/\s+liên tịch/i, '').replace(/\s+số\s*$/i, '').trim().toLowerCase();
  return WORD_KIND.get(w) ?? null;
}

function issuerFromCode(abbr: string, state = false): string | null {
  // "UBTVQH15", "QH15": the legislature's number is no part of the issuer
  const a = abbr.replace(/\d+$/, '');
  return (state ? DOCUMENTS.stateIssuers[a] : undefined) ?? DOCUMENTS.issuers[a] ?? null;
}

/** "ngày 15-5-2009 của Ban Chấp hành … về “…”" after a code. */
function tail(view: string, text: string, toks: readonly Token[], keys: readonly string[], tokenAt: (pos: number) => number, from: number, sentenceEnd: number) {
  let pos = from;
  let issuedOn: string | null = null;
  let issuer: string | null = null;
  let title: string | null = null;
  const d = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*[\/\-.]\s*(\d{1,2})\s*[\/\-.]\s*(\d{4})/iu.exec(view.slice(pos, sentenceEnd));
  if (d) {
    issuedOn = iso(Number(d[3]), Number(d[2]), Number(d[1]));
    pos += d[0].length;
  }
  const c = /^\s*,?\s*của\s+/iu.exec(view.slice(pos, sentenceEnd));
  if (c) {
    const ti = tokenAt(pos + c[0].length);
    const limit = tokenAt(sentenceEnd);
    const body = ti >= 0 ? parseBody(toks, keys, ti, limit) : null;
    if (body) {
      issuer = withSharedLevel(toks, keys, body, limit);
      pos = toks[body.end - 1].end;
    }
  }
  // a quoted title belongs to the document it follows: nothing but a few words ("về") between,
  // never another document ("Chỉ thị 35-CT/TW của Bộ Chính trị, Kế hoạch 100-KH/TU “Về …”")
  const q = /^[^“"”.;,\d]{0,40}?[“"]([^”"\n]{3,300})[”"]/u.exec(view.slice(pos, sentenceEnd));
  if (q) title = text.substr(pos + q.index + q[0].indexOf(q[1]), q[1].length);
  else title = aboutTitle(view, text, pos, sentenceEnd);
  return { issuedOn, issuer, title, end: pos };
}

// An unquoted title: "… của Tỉnh ủy về chuyển đổi số tỉnh Đắk Nông giai đoạn 2021 - 2025, định
// hướng đến năm 2030." It runs to the end of the clause: a semicolon, a full stop, a bracket, the
// next document (", Kế hoạch …", "và Nghị quyết …"; a document inside the title stays: "về tiếp tục
// thực hiện Chỉ thị 05-CT/TW"), the subject of the next clause (", các địa phương …"), or the verb
// the sentence goes on with ("… được quan tâm", "quán triệt … đến cán bộ, đảng viên").
const ABOUT = /^\s*,?\s*(về\s+[^.;:()“”"\n]{3,240})/iu;
const ABOUT_END = new RegExp(
  String.raw`(?:\s*,\s*|\s+và\s+(?:các\s+)?)(?=(?:${WORDS.map(([w]) => w).join('|')})\s+(?:số\s+)?[\p{Lu}\d])` +
    String.raw`|\s*,\s*(?:đồng thời|trong đó|qua đó|nhằm|góp phần|các|những|mỗi|từng|toàn|cấp ủy|chính quyền)\s` +
    String.raw`|(?<!\skhông)\s+(?:được|đã|đang|sẽ|đảm bảo|bảo đảm|nhằm|gắn với|trên cơ sở|cho|tại|đến nay|đạt)\s` +
    String.raw`|\s+đến\s+(?!năm\s)`,
  'u',
);
function aboutTitle(view: string, text: string, pos: number, sentenceEnd: number): string | null {
  const a = ABOUT.exec(view.slice(pos, sentenceEnd));
  if (!a) return null;
  const from = pos + a[0].length - a[1].length;
  const stop = ABOUT_END.exec(a[1]);
  const raw = text.substr(from, stop ? stop.index : a[1].length).replace(/[\s,.…]+$/u, '');
  return raw.length > 6 ? raw : null;
}

/** "giữa <body> và <body>" after a document word: the text of that phrase and where it ends. */
function between(view: string, toks: readonly Token[], keys: readonly string[], tokenAt: (pos: number) => number, from: number, sentenceEnd: number): { text: string; end: number } | null {
  const g = /^\s+giữa\s+/u.exec(view.slice(from, sentenceEnd));
  if (!g) return null;
  const limit = tokenAt(sentenceEnd);
  const a = parseBody(toks, keys, tokenAt(from + g[0].length), limit);
  if (!a || keys[a.end] !== 'và') return null;
  const b = parseBody(toks, keys, a.end + 1, limit);
  if (!b) return null;
  const end = toks[b.end - 1].end;
  return { text: view.slice(from, end).trim(), end };
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
export function romanToInt(s: string): number | null {
  if (!/^[IVXLC]+$/i.test(s)) return null;
  let n = 0;
  const u = s.toUpperCase();
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]];
    const next = ROMAN[u[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** "4", "tư", "Tám", "XIII", "11" → number. */
export function ordinal(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const w = DOCUMENTS.ordinals[tokenKey(s)];
  if (w) return w;
  return romanToInt(s);
}

function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}

// uncoded Party resolutions, matched on the tone-canonical view
const NUM = String.raw`(\d{1,2}|[IVXLC]+|[\p{L}]+)`;
const CC_BODY = String.raw`(?:\s*,?\s*(?:của\s+)?(?:Ban Chấp hành|BCH)\s+Trung ương(?:\s+Đảng)?)`;
const KHOA = String.raw`(?:\s*,?\s*\(?\s*khóa\s+([IVXLC]+)(?:\s*\))?)`;
const UNCODED: { re: RegExp; make: (m: RegExpExecArray) => { key: string; title: string; kind?: DocumentKind; number?: string; issued?: boolean; bodyOptional?: boolean; between?: boolean; law?: boolean } | null }[] = [
  {
    // Nghị quyết [Hội nghị] Trung ương [lần thứ] N [của BCH Trung ương Đảng] [khóa K]
    re: new RegExp(String.raw`Nghị quyết\s+(?:Hội nghị\s+)?(?:Trung ương|TW|T\.Ư|TƯ)\s+(?:lần thứ\s+)?${NUM}${CC_BODY}?${KHOA}?`, 'giu'),
    make: (m) => centralResolution(m[1], m[2]),
  },
  {
    // Nghị quyết Hội nghị lần thứ N[,] Ban Chấp hành Trung ương Đảng [khóa K]
    re: new RegExp(String.raw`Nghị quyết\s+Hội nghị\s+lần thứ\s+${NUM}${CC_BODY}${KHOA}?`, 'giu'),
    make: (m) => centralResolution(m[1], m[2]),
  },
  {
    // Nghị quyết Đại hội [đại biểu] [lần thứ] XV Đảng bộ tỉnh: a provincial congress's, named with its
    // number first (not the national "Đại hội XV của Đảng": the level must survive)
    re: /Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?(?:lần thứ\s+)?([IVXLC]+|\d{1,2})\s+(?:của\s+)?Đảng bộ\s+(tỉnh|thành phố|huyện|thị xã|quận|xã)(?![\p{L}\p{N}])/giu,
    make: (m) => {
      const n = ordinal(m[1]);
      return n ? { key: `nq-daihoi-${tokenKey(m[2])}-${n}`, title: `Nghị quyết Đại hội Đảng bộ ${m[2].toLowerCase()} lần thứ ${m[1].toUpperCase()}` } : null;
    },
  },
  {
    // a congress of the Front or a mass organisation: "Nghị quyết Đại hội đại biểu Mặt trận Tổ quốc Việt Nam
    // tỉnh lần thứ XI", "Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ X"
    re: /Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?((?:Mặt trận Tổ quốc Việt Nam|MTTQ Việt Nam|MTTQVN|Mặt trận Tổ quốc|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Cựu chiến binh|Liên đoàn Lao động|Đoàn Thanh niên Cộng sản Hồ Chí Minh|Đoàn TNCS Hồ Chí Minh)\s+(?:tỉnh|huyện|thành phố|thị xã|xã))\s+(?:lần thứ\s+)?([IVXLC]+|\d{1,2})(?![\p{L}\p{N}])/gu,
    make: (m) => {
      const n = ordinal(m[2]);
      return n ? { key: `nq-daihoi-${fold(m[1]).replace(/ /g, '-')}-${n}`, title: `Nghị quyết Đại hội ${m[1]} lần thứ ${m[2]}` } : null;
    },
  },
  {
    // a neighbouring country's party congress: "Nghị quyết Đại hội XI Đảng Nhân dân Cách mạng Lào" (not the
    // Vietnamese party's: "… của Đảng Cộng sản Việt Nam" is read below)
    re: /Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?([IVXLC]+|\d{1,2})[ \t]+(?:của[ \t]+)?(Đảng(?![ \t]+Cộng sản Việt Nam)(?:[ \t]+\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?){1,4})(?![\p{L}\p{N}])/gu,
    make: (m) => {
      const n = ordinal(m[1]);
      return n ? { key: `nq-daihoi-${fold(m[2]).replace(/ /g, '-')}-${n}`, title: `Nghị quyết Đại hội ${m[1]} ${m[2]}` } : null;
    },
  },
  {
    // Nghị quyết Đại hội [đại biểu] [toàn quốc] [lần thứ] XIII của Đảng
    re: /Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?([IVXLC]+|\d{1,2})(?:\s+của\s+Đảng)?(?![\p{L}\p{N}])(?!\s+(?:của\s+)?Đảng bộ)/giu,
    make: (m) => {
      const n = ordinal(m[1]);
      return n ? { key: `nq-daihoi-${n}`, title: `Nghị quyết Đại hội ${toRoman(n)} của Đảng` } : null;
    },
  },
  {
    // Nghị quyết Đại hội [đại biểu] Đảng bộ tỉnh [Sóc Trăng] lần thứ XX
    re: /Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?Đảng bộ\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|Khối[^,.;]{0,40}?)(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})?\s+(?:lần thứ\s+)?([IVXLC]+|\d{1,2})(?![\p{L}\p{N}])/gu,
    make: (m) => {
      const n = ordinal(m[2]);
      return n ? { key: `nq-daihoi-${tokenKey(m[1])}-${n}`, title: `Nghị quyết Đại hội Đảng bộ ${m[1]} lần thứ ${m[2]}` } : null;
    },
  },
  {
    // a law by its name and year: "Luật Đất đai 2024", "Luật Thực hiện dân chủ ở cơ sở năm 2022", "Luật Tín ngưỡng, tôn giáo năm 2016"
    // (the name's words after the first are lower case; "Luật sư", "Luật gia" are people)
    re: /Luật\s+(?!(?:sư|gia)(?![\p{L}]))(\p{Lu}[\p{Ll}]*(?:,?\s+[\p{Ll}]+){0,7}?)\s+(năm\s+)?((?:19|20)\d{2})(?![\p{N}\/])/gu,
    make: (m) => ({ key: `luat-${fold(m[1]).replace(/ /g, '-')}-${m[3]}`, title: `Luật ${m[1]} ${m[2] ? 'năm ' : ''}${m[3]}`, kind: 'OTHER' }),
  },
  {
    // a law by its name alone, where nothing but punctuation or a joining word follows: "Nghị định số
    // 59/2023/NĐ-CP quy định chi tiết Luật Thực hiện dân chủ ở cơ sở." (the same law with its year is one, see below)
    // (a bill is no law yet: "dự án Luật Công chứng (sửa đổi)", "thông qua Luật Đất đai sửa đổi")
    re: /(?<!(?:[dD]ự án|[dD]ự thảo)\s+)Luật\s+(?!(?:sư|gia)(?![\p{L}]))(\p{Lu}[\p{Ll}]*(?:\s+(?!sửa\s+đổi)[\p{Ll}]+){0,7}?)(?!\s*\(?\s*sửa\s+đổi)(?=\s*(?:[.,;:)”"]|$)|\s+(?:và|của|được|đã|sẽ|có|là|cho|trong|tại|với|để|nhằm|theo|thì|khi|đến|này|hiện hành|số)(?![\p{L}]))/gu,
    make: (m) => ({ key: `luat-${fold(m[1]).replace(/ /g, '-')}`, title: `Luật ${m[1]}`, kind: 'OTHER', law: true }),
  },
  {
    // a body's rules of work: "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XII" (the body is read after it)
    re: /Quy chế\s+(làm việc|hoạt động|phối hợp)(?=\s+của\s)/gu,
    make: (m) => ({ key: `quy-che-${fold(m[1]).replace(/ /g, '-')}`, title: `Quy chế ${m[1]}`, kind: 'REGULATION', issued: true }),
  },
  {
    // rules between two bodies: "Quy chế phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh" (the bodies read after it)
    re: /(Quy chế|Chương trình|Kế hoạch)\s+(phối hợp(?:\s+công tác)?)(?=\s+giữa\s)/gu,
    make: (m) => ({ key: `${tokenKey(m[1])}-${fold(m[2]).replace(/ /g, '-')}`, title: `${m[1]} ${m[2]}`, kind: WORD_KIND.get(m[1].toLowerCase()), between: true }),
  },
  {
    // a year's programme or plan of a body: "Chương trình giám sát năm 2024 của HĐND tỉnh",
    // "Kế hoạch kiểm tra, giám sát năm 2023 của Ban Thường vụ Huyện ủy"
    // (the body may go unsaid: "theo Kế hoạch hợp tác năm 2024 đã ký")
    // (or of a span: "Chương trình hợp tác giai đoạn 2025 - 2030")
    re: /(Chương trình|Kế hoạch)\s+((?:công tác\s+)?(?:kiểm tra\s*,?\s*)?(?:giám sát|kiểm tra)(?:\s+chuyên đề)?|công tác|hoạt động|hợp tác|phối hợp)\s+(?:năm\s+((?:19|20)\d{2})|giai đoạn\s+((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2}))(?![\p{N}])/gu,
    make: (m) => {
      const when = m[3] ? `năm ${m[3]}` : `giai đoạn ${m[4]} - ${m[5]}`;
      return { key: `${tokenKey(m[1])}-${fold(m[2]).replace(/ /g, '-')}-${m[3] ?? `${m[4]}-${m[5]}`}`, title: `${m[1]} ${m[2]} ${when}`, kind: WORD_KIND.get(m[1].toLowerCase()), issued: true, bodyOptional: true };
    },
  },
  {
    // a scheme or a national target programme by what it is for and its span: "Đề án phát triển kinh tế cửa
    // khẩu tỉnh Lạng Sơn giai đoạn 2021 - 2025", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội
    // vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 – 2030"
    // (not schemes in the plural: "xây dựng các Chương trình, Đề án phát triển ngành giai đoạn 2020-2025")
    re: /(?<!(?:các|những)(?:\s+\p{L}+){0,2},?\s*)(Đề án|Chương trình mục tiêu quốc gia)\s+(\p{Ll}[^.;:,()“”"\n\d]{2,200}?)\s+giai đoạn\s+((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?![\p{N}])/gu,
    make: (m) => ({ key: `${tokenKey(m[1])}-${fold(m[2]).replace(/ /g, '-').slice(0, 80)}-${m[3]}-${m[4]}`, title: `${m[1]} ${m[2]} giai đoạn ${m[3]} - ${m[4]}`, kind: m[1] === 'Đề án' ? 'PROJECT' : 'PROGRAM' }),
  },
  {
    // a body's programme of action, by its body: "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW"
    re: /Chương trình hành động(?=\s+của\s)/gu,
    make: () => ({ key: 'chuong-trinh-hanh-dong', title: 'Chương trình hành động', kind: 'PROGRAM', issued: true }),
  },
  {
    // an agreement between two sides: "Biên bản thỏa thuận hợp tác năm 2023", "Bản ghi nhớ hợp tác giai đoạn 2021 - 2025"
    re: /(Biên bản(?:\s+(?:thỏa thuận|ghi nhớ))?|Bản ghi nhớ|Thỏa thuận)\s+hợp tác(?:\s+(?:năm\s+(?:19|20)\d{2}|giai đoạn\s+(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}))?/gu,
    make: (m) => ({ key: `thoa-thuan-${fold(m[0]).replace(/ /g, '-')}`, title: m[0], kind: 'OTHER' }),
  },
  {
    // Đề án “Phát triển du lịch cộng đồng …”, Chương trình "…": a document named by its quoted title
    re: /(Nghị quyết|Chỉ thị|Kết luận|Quy định|Kế hoạch|Chương trình hành động|Đề án|Hướng dẫn)\s+[“"]([^”"\n]{8,200})[”"]/gu,
    make: (m) => ({ key: `${tokenKey(m[1])}-${fold(m[2]).replace(/ /g, '-').slice(0, 80)}`, title: `${m[1]} “${m[2]}”`, kind: WORD_KIND.get(m[1].toLowerCase()) }),
  },
  {
    // Nghị quyết số 01 [của Tỉnh ủy], Công văn số 2517 ngày … của Văn phòng UBND tỉnh, "Chỉ thị 05."
    // (a number, no code): the issuer, date and title are read after it as after a code (tail)
    re: /(Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Kế hoạch|Chương trình hành động|Đề án|Hướng dẫn|Thông báo|Công văn)\s+(?:số\s+(\d{1,5})(?![\p{N}\/\-])|(\d{1,4})(?![\p{N}\/\-])(?=\s*(?:[.,;:)]|$)|\s+(?:của|về|ngày|khóa|và)\s))/giu,
    make: (m) => {
      const n = m[2] ?? m[3];
      return { key: `${tokenKey(m[1])}-so-${Number(n)}`, title: `${m[1]} số ${n}`, kind: WORD_KIND.get(m[1].toLowerCase()), number: n };
    },
  },
];

function centralResolution(nRaw: string, khoa: string | undefined): { key: string; title: string } | null {
  const n = ordinal(nRaw);
  if (!n || n > 30) return null;
  const k = khoa ? khoa.toUpperCase() : null;
  return { key: `nq-tw-${n}${k ? '-' + k : ''}`, title: `Nghị quyết Hội nghị Trung ương ${n}${k ? ' khóa ' + k : ''}` };
}

/**
 * "Nghị quyết Trung ương 11" and "Nghị quyết Hội nghị Trung ương 11 khóa XIII" are one
 * document: a key without the term joins the one with it, whichever the text gives first.
 */
function unifyTerm(byKey: Map<string, ExtractedDocument>, made: { key: string; title: string }): { key: string; title: string } {
  const m = /^nq-tw-(\d+)(?:-([IVXLC]+))?$/.exec(made.key);
  if (!m) return made;
  const [, n, term] = m;
  if (!term) {
    const withTerm = [...byKey.keys()].find((k) => k.startsWith(`nq-tw-${n}-`));
    return withTerm ? { key: withTerm, title: byKey.get(withTerm)!.title ?? made.title } : made;
  }
  const bare = byKey.get(`nq-tw-${n}`);
  if (bare) {
    byKey.delete(`nq-tw-${n}`);
    bare.key = made.key;
    bare.title = made.title;
    byKey.set(made.key, bare);
  }
  return made;
}

/** Finds every document the text cites; a document cited twice is one document. */
export function extractDocuments(text: string, view: string, toks: readonly Token[], keys: readonly string[], sentences: readonly Sentence[]): DocumentFinding[] {
  const byKey = new Map<string, ExtractedDocument>();
  const findings: DocumentFinding[] = [];
  const tokenAt = (pos: number): number => {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const taken: [number, number, boolean][] = [];
  const add = (d: ExtractedDocument, start: number, end: number) => {
    const s = sentenceAt(sentences, start);
    if (!s) return;
    taken.push([start, end, d.code !== null]);
    const prev = byKey.get(d.key);
    const doc = prev ?? d;
    if (prev) {
      prev.title ??= d.title;
      prev.issuedOn ??= d.issuedOn;
      if (d.issuer && (!prev.issuer || prev.issuer === issuerFromCode(prev.code?.split(/[\/-]/).pop() ?? ''))) prev.issuer = d.issuer;
    } else byKey.set(d.key, d);
    addEvidence(doc.evidence, evidenceOf(s));
    findings.push({ doc, sentence: s, start, end });
  };

  for (const m of anchoredMatches(PARTY, view, '/', beforePartySlash)) {
    if (!startsClean(view, m.index)) continue;
    const code = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, '');
    const s = sentenceAt(sentences, m.index);
    const t = tail(view, text, toks, keys, tokenAt, m.index + m[0].length, s?.end ?? view.length);
    const kind = kindBefore(view, m.index) ?? TYPE_KIND.get(m[2].toUpperCase()) ?? 'OTHER';
    add({ key: code.toUpperCase(), code, kind, number: m[1], issuer: t.issuer ?? issuerFromCode(m[3]), issuedOn: t.issuedOn, title: t.title, evidence: [] }, m.index, m.index + m[0].length);
  }
  for (const m of anchoredMatches(STATE, view, '/', beforeStateSlash)) {
    if (!startsClean(view, m.index)) continue;
    if (!m[5] && !m[2]) continue; // "21/25" is a ratio; a state code has an issuer or a year
    const code = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, '');
    const s = sentenceAt(sentences, m.index);
    const t = tail(view, text, toks, keys, tokenAt, m.index + m[0].length, s?.end ?? view.length);
    const kind = kindBefore(view, m.index) ?? TYPE_KIND.get(m[3].toUpperCase()) ?? 'OTHER';
    // a law's code has no issuer part: "31/2024/QH15" is the Quốc hội's
    // (and a resolution of its Standing Committee, "35/2023/UBTVQH15", the Committee's)
    const issuerAbbr = m[5]?.split(/\s*-\s*/)[0] ?? (m[3] === 'QH' || m[3] === 'UBTVQH' ? m[3] : '');
    add({ key: code.toUpperCase(), code, kind, number: m[1], issuer: t.issuer ?? issuerFromCode(issuerAbbr, true), issuedOn: t.issuedOn, title: t.title, evidence: [] }, m.index, m.index + m[0].length);
  }
  // a letter's code names its sender and office instead of a type ("Công văn số 123/UBND-KTTH"):
  // taken only after a document word
  for (const m of anchoredMatches(LETTER, view, '/', beforeStateSlash)) {
    if (!startsClean(view, m.index) || taken.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
    const kind = kindBefore(view, m.index);
    if (!kind) continue;
    const code = text.slice(m.index, m.index + m[0].length).replace(/\s+/g, '');
    const s = sentenceAt(sentences, m.index);
    const t = tail(view, text, toks, keys, tokenAt, m.index + m[0].length, s?.end ?? view.length);
    add({ key: code.toUpperCase(), code, kind, number: m[1], issuer: t.issuer ?? issuerFromCode(m[2]), issuedOn: t.issuedOn, title: t.title, evidence: [] }, m.index, m.index + m[0].length);
  }
  // the uncoded forms all open with a document word: try them only where one stands
  const starts: number[] = [];
  for (const t of toks) if (isDocWordFirst(t.k)) starts.push(t.start);
  for (const u of UNCODED) {
    const re = stickyOf(u.re);
    for (const at of starts) {
      re.lastIndex = at;
      const m = re.exec(view);
      if (!m || !startsClean(view, m.index)) continue;
      // overlapping a citation found before, or naming the code that follows it ("Nghị quyết
      // Trung ương 4 khóa XII số 18-NQ/TW"); a citation of another document may follow closely
      const end = m.index + m[0].length;
      if (taken.some(([a, b, coded]) => m!.index < b && (a < end || (coded && a < end + 12 && !/\p{L}{2,}/u.test(view.slice(end, a).replace(/số|ngày|\d+/gu, '')))))) continue;
      const made = u.make(m);
      if (!made) continue;
      // "Chỉ thị 05" after "Chỉ thị số 05-CT/TW": the coded document again
      const numbered = /^(.*)-so-(\d+)$/.exec(made.key);
      const coded = numbered && [...byKey.values()].find((d) => d.code && d.kind === made.kind && Number(d.number) === Number(numbered[2]));
      if (coded) {
        add(coded, m.index, m.index + m[0].length);
        continue;
      }
      // "Luật Đất đai" after "Luật Đất đai năm 2024": the law named with its year (read first)
      const dated = made.law ? [...byKey.values()].find((d) => d.key.startsWith(made.key + '-') && /^\d{4}$/.test(d.key.slice(made.key.length + 1))) : undefined;
      if (dated) {
        add(dated, m.index, m.index + m[0].length);
        continue;
      }
      const { key, title } = unifyTerm(byKey, made);
      // resolutions of the Central Committee and of the national congress are the Central Committee's
      const central = /^nq-(?:tw-|daihoi-\d+$)/.test(key);
      // a numbered one: "ngày … của <body>" after the number, as after a code
      // (and a body's rules or year's programme: "… của <body> [khóa K]", its body part of its name)
      const t = made.number || made.issued ? tail(view, text, toks, keys, tokenAt, end, sentenceAt(sentences, m.index)?.end ?? view.length) : null;
      if (made.issued && !t?.issuer && !made.bodyOptional) continue;
      if (made.between) {
        const b = between(view, toks, keys, tokenAt, end, sentenceAt(sentences, m.index)?.end ?? view.length);
        if (!b) continue;
        add({ key: `${made.key}-${fold(b.text).replace(/ /g, '-').slice(0, 60)}`, code: null, kind: made.kind ?? 'OTHER', number: null, issuer: null, issuedOn: null, title: `${made.title} ${b.text}`, evidence: [] }, m.index, b.end);
        continue;
      }
      const issuer = central ? 'Ban Chấp hành Trung ương Đảng' : (t?.issuer ?? null);
      const term = made.issued && t ? (/^\s+khóa\s+[IVXLC]+(?![\p{L}])/u.exec(view.slice(t.end))?.[0] ?? '') : '';
      const byWhom = t?.issuer ? view.slice(m.index, t.end).match(/của\s+(.+)$/isu)?.[1]?.trim() ?? t.issuer : null;
      const fullTitle = byWhom ? `${title} của ${byWhom}${term.replace(/\s+/g, ' ')}` : title;
      const fullKey = made.issued && t?.issuer ? `${key}-${fold(t.issuer).replace(/ /g, '-')}` : key;
      add({ key: fullKey, code: null, kind: made.kind ?? 'RESOLUTION', number: made.number ?? null, issuer, issuedOn: t?.issuedOn ?? null, title: fullTitle, evidence: [] }, m.index, m.index + m[0].length);
    }
  }
  return findings;
}
