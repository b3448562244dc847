// Titles: a role, then the body it is held in, as the text writes it: "Phó Bí thư Thường
// trực Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh", "Ủy viên dự khuyết Trung ương Đảng", "Quyền Bí
// thư Tỉnh ủy", "Thủ tướng Chính phủ", "TVTU". The title keeps the text's spelling; the
// body's canonical name (abbreviations expanded) goes to `organizationName`.
import { expandAbbreviations, PLACES, ROLES, trieOf } from './lexicon';
import { genericDepartment, parseBody, parseLevel, type BodyMatch } from './organizations';
import type { Token } from './sentences';

export interface TitleMatch {
  /** token range */
  start: number;
  end: number;
  /** character range in the text */
  from: number;
  to: number;
  title: string;
  role: string;
  organization: string | null;
  organizationName: string | null;
  body: BodyMatch | null;
}

interface RoleEntry {
  role: string;
  implied: string | null;
}

const ROLE_TRIE = trieOf<RoleEntry>([
  ...ROLES.roles.map((r): [string, RoleEntry] => [r, { role: r, implied: null }]),
  ...ROLES.implied.map((r): [string, RoleEntry] => [r.role, { role: r.role, implied: r.organizationName }]),
]);
const ABBREVIATED = trieOf(ROLES.abbreviations.map((a) => [a.form, a]));
const MODIFIERS = trieOf(ROLES.modifiers.map((m) => [m, m]));
export const RANKS = trieOf(ROLES.ranks.map((r) => [r, r]));

// roles written in lower case are generic ("giám đốc các sở"), except after a modifier
function capitalised(t: Token): boolean {
  return t.cap;
}

/** A role of several words with a capitalised one among them ("đại biểu Quốc hội", "đại biểu HĐND"). */
function namesBody(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (toks[k].cap) return true;
  return false;
}

/**
 * The title starting at token i, or null. `lenient`: a role in lower case counts too (after
 * a name, "Phạm Văn Vọng - ủy viên Trung ương Đảng - Bí thư Tỉnh ủy", the place makes it a title).
 */
export function parseTitle(text: string, toks: readonly Token[], keys: readonly string[], i: number, limit: number, lenient = false): TitleMatch | null {
  if (i >= limit) return null;
  // the same position is tried several times (chains, names after titles): remember per
  // article, in arrays indexed by position that are reused from one article to the next
  // (an entry counts when its stamp is the article's)
  if (memoToks !== toks) {
    memoToks = toks;
    memoArticle = (memoArticle + 1) | 0;
    // the last article's titles go: they hold slices of its text, which would stay alive with
    // them, be promoted to the old generation and wait there for a full collection
    memoTitle.fill(null, 0, memoEnd);
    memoEnd = 0;
    const size = toks.length * 4 + 4;
    if (memoStamp.length < size) {
      memoStamp = new Int32Array(size * 2);
      memoLimit = new Int32Array(size * 2);
      memoTitle = new Array<TitleMatch | null>(size * 2).fill(null);
    }
  }
  const key = i * 4 + (lenient ? 2 : 0) + (limit === toks.length ? 1 : 0);
  if (memoStamp[key] === memoArticle && memoLimit[key] === limit) return memoTitle[key];
  const title = parseTitleAt(text, toks, keys, i, limit, lenient);
  memoStamp[key] = memoArticle;
  memoLimit[key] = limit;
  memoTitle[key] = title;
  if (key >= memoEnd) memoEnd = key + 1;
  return title;
}

let memoToks: readonly Token[] | null = null;
let memoArticle = 0;
let memoStamp = new Int32Array(0);
let memoLimit = new Int32Array(0);
let memoTitle: (TitleMatch | null)[] = [];
/** one past the last entry of memoTitle the current article wrote */
let memoEnd = 0;

function parseTitleAt(text: string, toks: readonly Token[], keys: readonly string[], i: number, limit: number, lenient: boolean): TitleMatch | null {
  const abbr = ABBREVIATED.longest(keys, i, limit);
  if (abbr && toks[i].s === abbr.value.form) {
    // "UVT.Ư Đảng": the abbreviation may be followed by the word it leaves out
    const end = keys[abbr.end] === 'đảng' && /T\.?[ƯW]$/u.test(abbr.value.form) ? abbr.end + 1 : abbr.end;
    return {
      start: i, end, from: toks[i].start, to: toks[end - 1].end,
      title: text.slice(toks[i].start, toks[end - 1].end), role: abbr.value.role,
      organization: null, organizationName: abbr.value.organizationName, body: null,
    };
  }
  let j = i;
  const mod = MODIFIERS.longest(keys, j, limit);
  if (mod) j = mod.end;
  const role = ROLE_TRIE.longest(keys, j, limit);
  // (a role that names its body is a title in lower case too: "đại biểu Quốc hội Điểu Huỳnh Sang")
  if (!role || (!lenient && !capitalised(toks[j]) && !namesBody(toks, j, role.end))) return null;
  const roleText = text.slice(toks[i].start, toks[role.end - 1].end);
  let body = parseBody(toks, keys, role.end, limit, { afterBan: /ban$/i.test(role.value.role) }) ?? foreignProvince(text, toks, keys, role.value.role, role.end, limit);
  let end = body ? body.end : role.end;
  let organizationName = body ? body.canonical : role.value.implied;
  const abroad = foreignCommittee(toks, keys, body, end, limit);
  if (abroad > end) {
    organizationName = `${organizationName} ${text.slice(toks[end].start, toks[abroad - 1].end)}`;
    end = abroad;
    body = abroadBody(body!, organizationName);
  }
  // "Chánh Văn phòng Tỉnh ủy" heads the Văn phòng Tỉnh ủy; "Trưởng Công an huyện", "Trưởng phòng Tài chính - Kế hoạch"
  const unit = ROLES.bodyPrefix[role.value.role];
  if (unit && organizationName) organizationName = `${unit} ${organizationName}`;
  else if (unit) {
    let named = genericDepartment(toks, keys, role.end, limit);
    // "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện": the name may run on in lower case to its level
    for (let k = 1; named > role.end && k <= 3 && named + k < limit && !toks[named + k - 1].cap && toks[named + k - 1].word; k++) {
      if (parseLevel(toks, keys, named + k, limit)) {
        named += k;
        break;
      }
    }
    // "Trưởng phòng Tổ chức cán bộ Sở Nội vụ": a longer name in lower case, then the body the unit belongs to
    const parent = named > role.end ? parentBody(toks, keys, named, limit) : null;
    if (parent) named = parent.at;
    const level = parent ? null : parseLevel(toks, keys, named, limit);
    if (named > role.end || level) {
      end = parent ? parent.body.end : level ? level.end : named;
      organizationName = [unit, named > role.end ? text.slice(toks[role.end].start, toks[named - 1].end) : '', parent?.body.canonical ?? level?.suffix ?? ''].filter(Boolean).join(' ');
    }
  }
  // the term, and a level after it, belong to the title: "Bí thư Huyện ủy Krông Pa khóa XVII",
  // "Phó Trưởng đoàn ĐBQH khóa XV tỉnh", "Phó Chủ tịch HĐND huyện khóa XII"
  if (end > role.end && end + 1 < limit && keys[end] === 'khóa' && /^[IVXLC]+$/.test(toks[end + 1].s)) {
    end += 2;
    const level = parseLevel(toks, keys, end, limit);
    if (level && organizationName && !/ (tỉnh|huyện|xã|thành phố|thị xã|quận|phường)$/.test(organizationName)) {
      end = level.end;
      organizationName = `${organizationName} ${level.suffix}`;
    }
  }
  // "Phó Hiệu trưởng Trường Đại học Công nghệ Vĩnh Phúc": a school, named by its capitalised words
  if (!body && SCHOOL_HEADS.has(role.value.role) && keys[end] === 'trường' && toks[end].cap) {
    let k = end + 1;
    // (a word in lower case only inside the name: "Đại học Công nghệ", not the verb after it)
    while (k < limit && k - end < 9 && toks[k].word && (toks[k].cap || (toks[k + 1]?.cap && toks[k + 1]?.word && (keys[k] === 'và' || toks[k - 1].cap)))) k++;
    if (k > end + 1) {
      organizationName = text.slice(toks[end].start, toks[k - 1].end);
      end = k;
    }
  }
  const organization = end > role.end ? text.slice(toks[role.end].start, toks[end - 1].end) : null;
  // "đại biểu HĐND tỉnh": a role that names its body takes the body's level
  if (!body && end === role.end && /(?:HĐND|Hội đồng nhân dân)$/u.test(role.value.role)) {
    const level = parseLevel(toks, keys, end, limit);
    if (level) {
      end = level.end;
      organizationName = `Hội đồng nhân dân ${level.suffix}`;
    }
  }
  // "Trưởng đoàn ĐBQH tỉnh": the body is the delegation
  if (body && /đoàn$/i.test(role.value.role) && /^đại biểu Quốc hội/.test(organizationName ?? '')) organizationName = 'Đoàn ' + organizationName;
  return {
    start: i, end, from: toks[i].start, to: toks[end - 1].end,
    title: text.slice(toks[i].start, toks[end - 1].end),
    role: mod ? roleText : role.value.role,
    organization,
    // names the lexicon does not know may still hold initials: "Sở GD&ĐT", "Phòng TN&MT"
    organizationName: organizationName && expandAbbreviations(organizationName),
    body,
  };
}

const FOREIGN_OFFICES = new Set(ROLES.foreignOffices);
const SCHOOL_HEADS = new Set(['Hiệu trưởng', 'Phó Hiệu trưởng']);

/** "Tỉnh trưởng tỉnh Hủa Phăn": a neighbouring country's province after its governor's role, one of a kind. */
function foreignProvince(text: string, toks: readonly Token[], keys: readonly string[], role: string, i: number, limit: number): BodyMatch | null {
  if (!FOREIGN_OFFICES.has(role) || keys[i] !== 'tỉnh') return null;
  const j = foreignPlaceEnd(toks, keys, i, limit);
  if (j === i + 1) return null;
  return { end: j, canonical: text.slice(toks[i].start, toks[j - 1].end), kind: 'OTHER', level: 'PROVINCE', national: true, partOf: null, place: null };
}

/** The capitalised words of a run after token i, at most three. */
function capitalRun(toks: readonly Token[], i: number, limit: number): number {
  let n = 0;
  while (i + 1 + n < limit && n < 3 && toks[i + 1 + n].cap && toks[i + 1 + n].word) n++;
  return n;
}

/**
 * One past the name of a foreign province after "tỉnh" at token i: its capitalised words, at most
 * three. A name may follow with nothing between ("Phó Tỉnh trưởng tỉnh Sê Kông Bun Mi Xay Nha Sỏn"):
 * then the place is as long as the article writes it elsewhere with nothing capitalised after it
 * ("tỉnh Sê Kông dẫn đầu", "tỉnh Sê Kông (Lào)").
 */
function foreignPlaceEnd(toks: readonly Token[], keys: readonly string[], i: number, limit: number): number {
  const run = capitalRun(toks, i, limit);
  let best = 0;
  for (let k = 0; k < toks.length && run > 1; k++) {
    if (k === i || keys[k] !== 'tỉnh') continue;
    const n = capitalRun(toks, k, toks.length);
    // (the run ends there: the word after it is no capitalised word)
    if (n === 0 || n > run || (n === 3 && toks[k + 4]?.cap && toks[k + 4]?.word)) continue;
    let same = true;
    for (let q = 1; q <= n && same; q++) same = keys[k + q] === keys[i + q];
    if (!same) continue;
    if (n === run) return i + 1 + run;
    best = Math.max(best, n);
  }
  return i + 1 + (best || run);
}

/** A body of a neighbouring country: one of a kind and never scoped to a Vietnamese province (the resolver reads `national`). */
function abroadBody(body: BodyMatch, canonical: string): BodyMatch {
  return { ...body, canonical, national: true, place: null };
}

/** The foreign province a title names: "Tỉnh trưởng tỉnh Sê Kông", "Phó Bí thư Tỉnh ủy tỉnh Sê Kông" → "tỉnh Sê Kông". */
function foreignPlaceOf(t: TitleMatch): string | null {
  if (!t.body?.national || !t.organizationName) return null;
  if (FOREIGN_OFFICES.has(t.role) && t.body.kind === 'OTHER' && t.organizationName.startsWith('tỉnh ')) return t.organizationName;
  const m = /^Tỉnh ủy (tỉnh .+)$/u.exec(t.organizationName);
  return m ? m[1] : null;
}

/** "Phó Bí thư Tỉnh ủy tỉnh Sê Kông": a neighbouring country's provincial committee, named by its province. */
function foreignCommittee(toks: readonly Token[], keys: readonly string[], body: BodyMatch | null, i: number, limit: number): number {
  if (!body || body.canonical !== 'Tỉnh ủy' || body.place || keys[i] !== 'tỉnh') return i;
  const j = foreignPlaceEnd(toks, keys, i, limit);
  if (j === i + 1) return i;
  const place = PLACES.longest(keys, i + 1, j);
  return place && place.end === j ? i : j;
}

/** A capitalised body after at most three lower-case words: "[cán bộ] Sở Nội vụ", "UBND huyện". */
function parentBody(toks: readonly Token[], keys: readonly string[], i: number, limit: number): { at: number; body: BodyMatch } | null {
  // ("Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh": a unit's name of seven words in lower case)
  for (let k = i; k < limit && k <= i + 8; k++) {
    if (k > i && (!toks[k - 1].word || toks[k - 1].cap || /\d/.test(toks[k - 1].s))) return null;
    if (!toks[k].cap) continue;
    const body = parseBody(toks, keys, k, limit);
    return body ? { at: k, body } : null;
  }
  return null;
}

// "kiêm" joins two offices held at once ("Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Nội vụ")
const SEPARATOR = new Set([',', '-', '–', '—', 'kiêm']);

/** Titles in a row, separated by commas or dashes: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh". */
export function parseTitleChain(text: string, toks: readonly Token[], keys: readonly string[], i: number, limit: number, lenient = false): TitleMatch[] {
  const out: TitleMatch[] = [];
  let t = parseTitle(text, toks, keys, i, limit, lenient);
  while (t) {
    out.push(t);
    if (t.end < limit && SEPARATOR.has(toks[t.end].s)) t = parseTitle(text, toks, keys, t.end + 1, limit, lenient);
    else t = null;
  }
  // "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông": the bare committee of a guest whose chain names a foreign
  // province is that province's, not the host's
  const abroad = out.map(foreignPlaceOf).find(Boolean);
  if (abroad) {
    for (const q of out) {
      if (q.organizationName !== 'Tỉnh ủy' || !q.body || q.body.place) continue;
      q.organizationName = `Tỉnh ủy ${abroad}`;
      q.body = abroadBody(q.body, q.organizationName);
    }
  }
  return out;
}

/** Between a name and its titles: also an opening parenthesis ("Nguyễn Văn A (Phó Chủ tịch UBND tỉnh)"). */
export function isSeparator(t: Token | undefined, afterName = false): boolean {
  return !!t && (SEPARATOR.has(t.s) || (afterName && t.s === '('));
}
