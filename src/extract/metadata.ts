// Article metadata: an optional front-matter block at the top of the file, the headline,
// the dateline ("25/06/2020 15:18", "Cập nhật lúc 15:34, Thứ Sáu, 02/08/2019 (GMT+7)") and
// the source. Front matter (its format: domain/frontMatter.ts) and explicit input fields
// override what is read from the text.
import { findDays, parseDateline } from './dates';

/** An ISO date from metadata ("2020-06-25", "25/06/2020", "2020-06-25T10:00:00Z"), or null. */
export function normalizeDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const isoLike = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (isoLike) return `${isoLike[1]}-${isoLike[2]}-${isoLike[3]}`;
  return parseDateline(s.trim());
}

export interface HeaderInfo {
  title: string | null;
  publishedAt: string | null;
}

/** Headline and dateline from the first paragraphs of the cleaned text. */
export function readHeader(text: string): HeaderInfo {
  const paras = firstParagraphs(text, 8);
  let publishedAt: string | null = null;
  for (const p of paras) {
    publishedAt = parseDateline(p);
    if (publishedAt) break;
  }
  // a menu path ("Trang chủ | Tin tức | Chính trị", "Thời sự > Chính trị"), a section name
  // ("Chính trị") or the dateline ("Thứ Hai, 12/08/2024 - 09:15") above it is no headline;
  // the headline is the first line after them (a short label only when such a line follows it)
  let i = 0;
  while (i < paras.length - 1 && (parseDateline(paras[i]) || isCapitalMasthead(paras[i], paras[i + 1]) || (isNavigation(paras[i]) && (NAV_SEPARATOR.test(paras[i]) || !parseDateline(paras[i + 1]) || !!headlineOf(paras.slice(i + 1).find((p) => !parseDateline(p)) ?? ''))))) i++;
  const title = i < paras.length - 1 ? headlineOf(paras[i]) : null;
  return { title, publishedAt };
}

/** The first `n` non-blank lines, read no further than needed. */
function firstParagraphs(text: string, n: number): string[] {
  const out: string[] = [];
  for (let from = 0; from <= text.length && out.length < n; ) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end);
    if (line.trim() !== '') out.push(line);
    from = end + 1;
  }
  return out;
}

/** The line as a headline: one sentence of at most 220 characters, no dateline, not opening with the day of the event. */
function headlineOf(line: string): string | null {
  if (!line || line.length > 220 || parseDateline(line)) return null;
  const days = findDays(line);
  const sentences = line.replace(/[.!?…]+$/u, '').split(/[.!?…]\s+\p{Lu}/u).length;
  return sentences === 1 && !(days.length && days[0].start < 12) ? line.replace(/\s*[.]$/, '') : null;
}

// (a spaced dash too: "Chính trị - Xã hội", "Tin tức – Sự kiện")
const NAV_SEPARATOR = /\s*(?:[|>»›\/→]|&gt;)\s*|\s+[-–—]\s+/u;

// a masthead: "Báo Thái Nguyên điện tử", "Báo Kon Tum", "Cổng thông tin điện tử tỉnh …"
// ("LTV - Đài Phát thanh và Truyền hình Lâm Đồng": a station, its acronym before it)
const MASTHEAD = /^(?:\p{Lu}{2,6}\s+[-–—]\s+)?(?:(?:Báo|Tạp chí)(?:\s+\p{Lu}[\p{L}.]*){1,4}(?:\s+(?:điện tử|online|Online|Điện tử))?|(?:Cổng|Trang) thông tin điện tử.{0,40}|Đài Phát thanh(?: và|\s*[-–]) Truyền hình(?:\s+\p{Lu}[\p{L}]*){1,3})$/u;
// a path from the home page or one drawn with arrows ("Trang chủ > Tin tức - Sự kiện > Hoạt động của Tỉnh ủy",
// "Tin tức – Sự kiện » Hoạt động của lực lượng"): its parts may be longer
const HOME_PATH = /^(?:Trang chủ|Home)\s*(?:[|>»›\/→]|&gt;)|\s(?:[>»›→]|&gt;)\s/iu;

// the page's tools: "Cỡ chữ: A- A A+ | In bài | Chia sẻ Facebook Zalo"
const PAGE_TOOLS = /^(?:Cỡ chữ|In bài|Chia sẻ)(?![\p{L}])/iu;

/** The site's name in capitals above a headline that is not ("CÔNG AN TỈNH AN GIANG" over "Công an tỉnh tổ chức …"). */
function isCapitalMasthead(line: string, next: string | undefined): boolean {
  const caps = (l: string) => l.length <= 80 && !/\d/.test(l) && l === l.toUpperCase() && l !== l.toLowerCase();
  return caps(line) && line.split(/\s+/).length <= 10 && next !== undefined && /\p{Ll}/u.test(next);
}

/** A breadcrumb, a section label or the site's masthead above the headline: short segments, no sentence, no date. */
export function isNavigation(line: string): boolean {
  if (line.length > 120 || /[.!?…:;,"“”]$/u.test(line) || /\d/.test(line)) return false;
  if (MASTHEAD.test(line) || PAGE_TOOLS.test(line)) return true;
  const parts = line.split(NAV_SEPARATOR).filter((p) => p.trim() !== '');
  const words = (p: string) => p.trim().split(/\s+/).length;
  if (parts.length >= 2) return parts.every((p) => words(p) <= (HOME_PATH.test(line) ? 6 : 4));
  return words(line) <= 3;
}
