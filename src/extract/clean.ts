// Cleaning: what a page adds around an article (menus, comment forms, photo credits,
// duplicated captions, the site's byline prefix, the author line) is removed, and the
// rest is normalised (NFC, one kind of space). The result is the article's text: every
// evidence offset refers to it, so nothing after this step may change it.
import { fold } from '../domain/text';
import { BOILERPLATE } from './lexicon';
import { parseDateline } from './dates';
import { looksLikeName } from './names';

export interface Cleaned {
  text: string;
  /** authors read from the closing byline ("Thanh Tùng – Thanh Hà") */
  authors: string[];
  /** the site tag that opened the article ("kontumtv.vn", "QBĐT"), if any */
  sourceTag: string | null;
}

const DROP_LINES = new Set(BOILERPLATE.lines.map(fold));
const DROP_PREFIXES = BOILERPLATE.prefixes.map((p) => p.normalize('NFC'));
const TAIL = new Set(BOILERPLATE.tail.map(fold));

// "(kontumtv.vn) – ", "(QBĐT) - ", "(BBNĐT) Ngày …", "BDK.VN - Sáng …"
const SOURCE_PREFIX = /^([\p{Lu}\p{N}]{2,10}(?:\.[\p{Lu}]{2,4})?)\s+[-–—]\s+(?=\p{Lu})|^\(\s*([\p{L}\p{N}.\-]{2,40})\s*\)\s*[-–—]\s*|^\(\s*([\p{Lu}\p{N}]{2,12}|[\p{L}\p{N}\-]+\.[\p{L}.]+)\s*\)\s+(?=\p{Lu})/u;
// photo credits: a line "Ảnh: MT", "ẢNH: TRẦN THANH PHONG", or the tail of a caption ". Ảnh: MT"
const CREDIT_LINE = /^\(?\s*(?:Ảnh|ẢNH|Ảnh minh họa|Nguồn(?: [^:\n]{1,30})?|Theo)\s*:[^\n]{0,160}$|^(?:https?:\/\/|www\.)\S+$/u;
const CREDIT_TAIL = /\s*\(?(?:Ảnh|ẢNH)\s*:\s*[^.:\n]{1,40}\)?\s*$/u;
const CREDIT_INLINE = /\s*\((?:Ảnh|ẢNH)\s*:[^)\n]{1,60}\)/gu;
const isLower = (ch: string | undefined) => !!ch && ch !== ch.toUpperCase();
const isUpper = (ch: string | undefined) => !!ch && ch !== ch.toLowerCase();

/** Adds the missing space in "tỉnh.Các" (lower-case, full stop, capitalised word); leaves "T.Ư", "TP.HCM". */
export function unglue(line: string): string {
  let out = '';
  let from = 0;
  for (let i = line.indexOf('.'); i > 0; i = line.indexOf('.', i + 1)) {
    // most full stops end a sentence before a space: no character below 'A' has a case
    if (line.charCodeAt(i + 1) < 65) continue;
    if (isUpper(line[i + 1]) && isLower(line[i - 1]) && isLower(line[i + 2])) {
      out += line.slice(from, i + 1) + ' ';
      from = i + 1;
    }
  }
  return from === 0 ? line : out + line.slice(from);
}
const PUNCT_ONLY = /^[\p{P}\p{S}\s]*$/u;

// One author: 2–4 capitalised syllables. A byline: one or more authors separated by dashes or commas.
// (a syllable may carry an apostrophe prefix: "R’Com H’Nhi", "K’Thi")
const AUTHOR_SYLLABLE = String.raw`\p{Lu}(?:['’‘ʼ]\p{Lu})?(?:\p{Ll}*|\p{Lu}*)`;
// (or one syllable glued to a capital by an apostrophe, as names of the Central Highlands are: "K'Duyên")
const AUTHOR = String.raw`(?:${AUTHOR_SYLLABLE}(?: ${AUTHOR_SYLLABLE}){1,3}|\p{Lu}['’‘ʼ]\p{Lu}\p{Ll}+)`;
const BYLINE = new RegExp(
  String.raw`^(?:(?:Bài|Tin|Bài viết|Thực hiện|Nhóm phóng viên|Nhóm PV)(?:,? (?:và )?ảnh)?\s*:\s*)?(${AUTHOR}(?:\s*[-–—,]\s*${AUTHOR})*)\s*(?:\([^)]{1,30}\))?\.?$`,
  'u',
);

// the unit after a spaced dash: an office, a centre, a paper ("– Văn phòng Hội", "- Báo Kon Tum")
const AUTHOR_UNIT = /\s+[-–—]\s+(?:Văn phòng|Trung tâm|Ban|Phòng|Báo|Đài|Hội|Cổng|Tạp chí|Trường|Sở|Phân xã|Thông tấn xã)\s.{1,50}$/u;

export function parseByline(line: string): string[] | null {
  // "Bài: Mai Trâm - Ảnh: Thanh Tùng": the writer, not the photographer
  // "Hoàng Anh/Báo Kon Tum": the outlet after a slash is not an author
  // "PV Thanh Hà", "Thanh Hà - PV", "Thanh Hà (PV)": the staff label is no part of the name
  // ("Tin: X; Ảnh: Y" reaches here as "Tin: X;" once the photo credit is cut: the separator goes too)
  // "Hoài Thu – Văn phòng Hội", "Thanh Tuyền - Trung tâm VH-TT&TT huyện": the writer's unit goes too
  const bare = line.trim().replace(/\s*[-–—,;]?\s*\(?(?:Ảnh|ẢNH)\s*:.*$/u, '').replace(/\s*\/\s*[^/]{1,40}$/u, '').replace(AUTHOR_UNIT, '').replace(/\s*[-–—,;]$/u, '');
  const m = BYLINE.exec(bare.replace(/^(?:PV|Phóng viên|CTV)\s+(?=\p{Lu})/u, '').replace(/\s*(?:[-–—,]\s*|\(\s*)(?:PV|CTV|Phóng viên|Cộng tác viên)\s*\)?\.?$/u, ''));
  if (!m) return null;
  const authors = m[1].split(/\s*[-–—,]\s*/u).map((a) => a.trim()).filter(Boolean);
  // "Theo Báo Kon Tum", "Hội Nghị": words that are not names
  return authors.every(looksLikeName) ? authors : null;
}

// boilerplate lines are short: folding long paragraphs to compare them would be wasted work
const SHORT = 80;

const DROP_LOWER = new Set(BOILERPLATE.lines.map((l) => l.normalize('NFC').toLowerCase()));
// folding a line costs; only lines that start like a boilerplate line are folded
const DROP_FIRST = new Set(BOILERPLATE.lines.map((l) => fold(l).split(' ')[0]));

// a counter under the article: "Lượt xem: 1.204 Bình luận (3)", "Chia sẻ | Lượt xem: 356"
const COUNTERS = /^(?:(?:Chia sẻ|Lượt xem|Lượt đọc|Lượt truy cập|Bình luận)\s*:?\s*(?:\(?\d[\d.,]*\)?)?\s*[|·•]?\s*)+$/u;

/** A short line that is no sentence: a menu entry, a share bar or a counter after the byline. */
function isClutter(line: string): boolean {
  return line.length <= 40 ? (!/[.!?…:;"”]$/u.test(line) && !/\d/.test(line)) || COUNTERS.test(line) : false;
}

// a share bar: only the names of networks and the word for sharing
const SHARE_BAR = /^(?:(?:Chia sẻ|Share|Facebook|Zalo|Twitter|Tweet|Email|In bài|Bản in|Lưu|Copy link|Sao chép)[\s|:·•,]*){2,}$/iu;

export function isBoilerplate(line: string): boolean {
  if (line.length <= SHORT && SHARE_BAR.test(line)) return true;
  if (line.length <= SHORT && (DROP_LOWER.has(line.toLowerCase()) || (line.length <= 40 && DROP_FIRST.has(fold(line.split(' ', 1)[0])) && DROP_LINES.has(fold(line))))) return true;
  return DROP_PREFIXES.some((p) => line.startsWith(p));
}

// domain/text's normalizeText in fewer passes over the text: a run of two or more spaces, tabs or
// other space-like characters, or one space-like character alone, is one plain space
const SPACE_LIKE = '\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF';
const SPACES = new RegExp(`[ \\t${SPACE_LIKE}]{2,}|[${SPACE_LIKE}]`, 'g');

/** Unix line ends, NFC, one kind of space, runs of spaces collapsed (dashes kept). */
export function normalizeSpaces(raw: string): string {
  const unix = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return unix.normalize('NFC').replace(SPACES, ' ');
}

// "Tin, ảnh: Hải Yến", "Bài: …": a byline that says it is one
const LABELLED = /^(?:Bài|Tin|Bài viết|Thực hiện|Nhóm phóng viên|Nhóm PV)(?:,? (?:và )?ảnh)?\s*:/u;

/**
 * A byline above the article's first paragraph: under the headline when labelled ("Tin, ảnh: Hải
 * Yến"), or a name alone on the line beside the dateline ("Thứ Sáu, 12/07/2024 - 15:20" / "THÀNH NAM").
 */
function headerByline(kept: string[]): { authors: string[]; kept: string[] } {
  for (let k = 0; k < Math.min(kept.length - 1, 6); k++) {
    const line = kept[k];
    // the body has begun: a byline is above it
    if (line.length > 120) break;
    // "Bích Ngọc | 06/08/2025 17:45": the byline and the dateline on one line; the dateline stays
    const bar = /^(.{2,60}?)\s*\|\s*(.+)$/u.exec(line);
    const both = bar && parseDateline(bar[2]) ? parseByline(bar[1]) : null;
    if (both) return { authors: both, kept: [...kept.slice(0, k), bar![2], ...kept.slice(k + 1)] };
    const a = line.length <= 80 ? parseByline(line) : null;
    if (!a) continue;
    if (LABELLED.test(line) || (k > 0 && parseDateline(kept[k - 1])) || parseDateline(kept[k + 1])) return { authors: a, kept: [...kept.slice(0, k), ...kept.slice(k + 1)] };
  }
  return { authors: [], kept };
}

export function cleanText(raw: string): Cleaned {
  const lines = normalizeSpaces(raw).split('\n');

  // cut the page's tail (comment forms, related news) once the article has begun
  let kept: string[] = [];
  let seenContent = false;
  for (const untrimmed of lines) {
    const line = untrimmed.trim();
    // a blank line is neither boilerplate nor content; paragraphs are joined again below
    if (line === '') continue;
    // ("Các tin khác:", "Bình luận (0)": folding drops the colon; a count goes too)
    if (seenContent && line.length <= SHORT && TAIL.has(fold(line.replace(/\s*\(\d+\)$/, '')))) break;
    if (isBoilerplate(line) || CREDIT_LINE.test(line)) continue;
    // "trên địa bàn tỉnh.Các đồng chí": a sentence glued to the next one
    const unglued = unglue(line);
    let l = unglued.includes('Ảnh') || line.includes('ẢNH') ? unglued.replace(CREDIT_INLINE, '') : unglued;
    if (l.length < 200 && (l.includes('Ảnh') || l.includes('ẢNH'))) l = l.replace(CREDIT_TAIL, '');
    if (l && l.length < 8 && PUNCT_ONLY.test(l)) continue;
    if (l) seenContent = true;
    kept.push(l);
  }

  // duplicated captions: a line repeated, or a line that opens the next paragraph again
  const nonEmpty = kept.filter((l) => l !== '');
  const deduped: string[] = [];
  for (let i = 0; i < nonEmpty.length; i++) {
    const l = nonEmpty[i];
    const next = nonEmpty[i + 1];
    if (next !== undefined && l.length < 300 && (next === l || (next.startsWith(l) && /^[.!?…]?\s/u.test(next.slice(l.length) + ' ')))) continue;
    deduped.push(l);
  }
  kept = deduped;

  // the site's tag in front of the first paragraph
  let sourceTag: string | null = null;
  for (let i = 0; i < Math.min(kept.length, 6); i++) {
    const m = SOURCE_PREFIX.exec(kept[i]);
    if (m) {
      sourceTag = m[1] ?? m[2] ?? m[3];
      kept[i] = kept[i].slice(m[0].length);
      break;
    }
  }

  // the byline closes the article, sometimes followed by a menu or share-bar line
  // ("Chia sẻ Facebook Zalo", "Văn bản chỉ đạo điều hành"), which goes with it
  let authors: string[] = [];
  for (let k = kept.length - 1; k >= 1 && k >= kept.length - 3; k--) {
    const line = kept[k];
    const a = line.length <= 80 ? parseByline(line) : null;
    if (a) {
      authors = a;
      kept = kept.slice(0, k);
      break;
    }
    if (!isClutter(line)) break;
  }
  if (!authors.length) ({ authors, kept } = headerByline(kept));

  return { text: kept.join('\n\n'), authors, sourceTag };
}
