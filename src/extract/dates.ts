import { isWordChar } from './chars';

// Dates as Vietnamese news writes them: "Sáng 25/6", "chiều 27/7", "Sáng 2-8", "sáng ngày
// 28/6", "sáng 14.10", "ngày 15/3/2023", "ngày 7-4-2015"; datelines "25/06/2020 15:18",
// "Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)". A day without a year takes the year
// from the dateline, else from the periods the text reports on ("6 tháng đầu năm 2021",
// "quý II/2020", "công tác năm 2017"); when neither makes it certain the date is null.

export interface DayMention {
  day: number;
  month: number;
  year: number | null;
  start: number;
  end: number;
  /** "sáng", "chiều", … or null */
  part: string | null;
}

// time of day (+ "nay") and/or "ngày" must precede the numbers: a bare "21/25" is a ratio.
// (The word boundary before it is checked in code: a leading lookbehind is slow.)
const DAY_RE = new RegExp(
  String.raw`(?:(sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua|hôm nay))?(?:\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật))?\s*,?\s*\(?\s*(?:ngày\s+)?|(?:ngày|hôm nay|hôm qua)\s*\(?\s*)(\d{1,2})\s*([\/.\-–])\s*(\d{1,2})(?:\s*[\/.\-–]\s*(\d{4}))?(?![\p{N}]|[\/.\-–]\d)`,
  'giu',
);

export function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every "sáng 25/6" / "ngày 15/3/2023" in `text`, with offsets relative to `offset`. */
// "ngày 25 tháng 6 năm 2020"; "trong 2 ngày 27 và 28/7", "ngày 27-28/7" (the first day counts)
// (each starts with a literal word, which keeps the regex engine's scan fast)
const WORDY_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
const SPAN_RE = /ngày\s*\(?\s*(\d{1,2})\s*(?:và|-|–|,|đến)\s*\d{1,2}\s*[\/.\-–]\s*(\d{1,2})(?:\s*[\/.\-–]\s*(\d{4}))?(?![\p{N}]|[\/.\-–]\d)/giu;
const PART_BEFORE = /(sáng|chiều|tối|trưa|đêm)\s+$/iu;

export function findDays(text: string, offset = 0): DayMention[] {
  const out: DayMention[] = [];
  if (!/\d/.test(text)) return out;
  for (const re of [WORDY_RE, SPAN_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      const part = PART_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
      const start = part ? m.index - part[0].length : m.index;
      out.push({ day, month, year: m[3] ? Number(m[3]) : null, start: offset + start, end: offset + m.index + m[0].length, part: part?.[1].toLowerCase() ?? null });
    }
  }
  DAY_RE.lastIndex = 0;
  for (let m = DAY_RE.exec(text); m; m = DAY_RE.exec(text)) {
    if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
    const day = Number(m[2]);
    const month = Number(m[4]);
    const year = m[5] ? Number(m[5]) : null;
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (out.some((d) => d.start <= offset + m!.index && offset + m!.index < d.end)) continue;
    out.push({ day, month, year, start: offset + m.index, end: offset + m.index + m[0].length, part: m[1]?.toLowerCase() ?? null });
  }
  return out.sort((a, b) => a.start - b.start);
}

// a dateline is a short line holding a full date and little else
const FULL_DATE = /(?<!\d)(\d{1,2})\s*[\/\-.]\s*(\d{1,2})\s*[\/\-.]\s*(\d{4})(?!\d)/u;
// (a view counter beside the date and time, "14/03/2022 15:20 Lượt xem: 118", "… | 1.203 lượt xem", is page furniture too)
// ("Đăng ngày: 06/06/2025 | Người đăng: Ban Biên tập": the poster's name is no part of the date)
const DATELINE_NOISE =
  /(?:người (?:đăng|cập nhật)\s*:[^|\d]{0,40}|(?:lượt xem|lượt đọc|lượt truy cập|số lượt xem)\s*:?\s*\d[\d.,]*|cỡ chữ\s*:?(?:\s*A[+-]?(?![\p{L}]))*|\d[\d.,]*\s*(?:lượt xem|lượt đọc)|cập nhật(?: lúc)?|ngày (?:đăng|xuất bản|cập nhật)|xuất bản(?: lúc| ngày)?|ngày|lúc|đăng(?: lúc| ngày)?|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::\d{2})?|\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?|\b(?:am|pm|sa|ch)\b|[\s,.\-–|()\[\]:+])/giu;

// "12 tháng 8, 2024", "ngày 12 tháng 8 năm 2024", "12 Tháng 8 2024"
const WORDY_FULL_DATE = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|\s+năm\s+|\s+)(\d{4})(?!\d)/iu;

/** ISO date of a dateline such as "25/06/2020 15:18" or "Thứ Tư, 08/04/2015, 08:11 [GMT+7]". */
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/u;

export function parseDateline(line: string): string | null {
  if (line.length > 90) return null;
  const isoM = ISO_DATE.exec(line);
  if (isoM && (line.slice(0, isoM.index) + line.slice(isoM.index + isoM[0].length)).replace(DATELINE_NOISE, '') === '') return iso(Number(isoM[1]), Number(isoM[2]), Number(isoM[3]));
  const m = FULL_DATE.exec(line) ?? WORDY_FULL_DATE.exec(line);
  if (!m) return null;
  const rest = (line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(DATELINE_NOISE, '');
  if (rest.length > 0) return null;
  return iso(Number(m[3]), Number(m[2]), Number(m[1]));
}

// "năm 2021", "quý II/2020", "tháng 6/2021"; not a term ("nhiệm kỳ 2020-2025"), a horizon
// ("đến năm 2030", "tầm nhìn 2045") or a range
const PERIOD_YEAR =
  /(?:năm|quý\s+[IVX1-4]+\s*\/|tháng\s+\d{1,2}\s*\/)\s*((?:19|20)\d{2})(?!\s*[-–]\s*\d{4})(?![\p{N}])/giu;

// "nhiệm kỳ 2020", "giai đoạn 2021", "đến năm 2030", "tầm nhìn 2045" (but "phiên họp thường kỳ tháng 9/2019" counts)
const NOT_PERIOD_BEFORE = /(?:^|[^\p{L}])(?:đến|tới|từ|nhìn|nhiệm kỳ|giai đoạn|trước|sau|khóa|khoá)\s$/iu;

export function periodYears(text: string): number[] {
  const out: number[] = [];
  PERIOD_YEAR.lastIndex = 0;
  for (let m = PERIOD_YEAR.exec(text); m; m = PERIOD_YEAR.exec(text)) {
    if (m.index > 0 && isWordChar(text.charCodeAt(m.index - 1))) continue;
    if (NOT_PERIOD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

export interface YearContext {
  /** the article's dateline, ISO */
  published: string | null;
  /** years the meeting's own sentence reports on */
  sentenceYears: number[];
  /** years the whole text reports on */
  textYears: number[];
}

/** The year of a day given without one, or null when the text does not make it certain. */
export function resolveYear(month: number, ctx: YearContext): number | null {
  if (ctx.published) {
    const py = Number(ctx.published.slice(0, 4));
    const pm = Number(ctx.published.slice(5, 7));
    // an article of early January reporting a meeting of late December
    return month - pm > 6 ? py - 1 : py;
  }
  if (ctx.sentenceYears.length) {
    const ys = [...new Set(ctx.sentenceYears)].sort();
    // a meeting that reviews year Y and plans Y+1 is held late in Y or early in Y+1
    if (month <= 2 && ys.length >= 2 && ys[ys.length - 1] === ys[0] + 1) return ys[0] + 1;
    return ys[0];
  }
  const distinct = [...new Set(ctx.textYears)];
  if (distinct.length === 1) return distinct[0];
  return null;
}

/** ISO date of a day mention, resolving its year from context. */
export function dateOf(d: DayMention, ctx: YearContext): string | null {
  const y = d.year ?? resolveYear(d.month, ctx);
  return y === null ? null : iso(y, d.month, d.day);
}
