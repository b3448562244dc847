// Bodies as they follow a role in a title: "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "HĐND tỉnh",
// "UBMTTQ Việt Nam tỉnh", "Đảng ủy Khối các cơ quan tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
// "Ban Tổ chức T.Ư", "Bộ Chính trị". The grammar: [prefix] base [Việt Nam] [level [place]],
// where the pieces come from data/lexicon/bodies.json. The canonical name expands
// abbreviations and leaves out the province (scoping by province is resolve's job).
import type { OrgKind, OrgLevel } from '../domain/model';
import { BODIES, DOCUMENTS, NAMES, PLACES, Trie, tokenKey, trieOf, type PlaceEntry } from './lexicon';
import { tokenize, type Token } from './sentences';

export interface BodyMatch {
  /** token index one past the body */
  end: number;
  canonical: string;
  kind: OrgKind;
  level: OrgLevel;
  national: boolean;
  partOf: string | null;
  /** a province named inside the body ("Tỉnh ủy Thái Nguyên") */
  place: PlaceEntry | null;
}

interface Entry {
  canonical: string;
  kind: OrgKind;
  level?: OrgLevel;
}

const LEVEL_CANONICAL: Record<string, { name: string; level: OrgLevel }> = {
  'tỉnh': { name: 'tỉnh', level: 'PROVINCE' },
  'huyện': { name: 'huyện', level: 'DISTRICT' },
  'thành phố': { name: 'thành phố', level: 'DISTRICT' },
  'tp': { name: 'thành phố', level: 'DISTRICT' },
  'tp.': { name: 'thành phố', level: 'DISTRICT' },
  'thị xã': { name: 'thị xã', level: 'DISTRICT' },
  'quận': { name: 'quận', level: 'DISTRICT' },
  'xã': { name: 'xã', level: 'COMMUNE' },
  'phường': { name: 'phường', level: 'COMMUNE' },
  'thị trấn': { name: 'thị trấn', level: 'COMMUNE' },
  'trung ương': { name: 'Trung ương', level: 'CENTRAL' },
  't.ư': { name: 'Trung ương', level: 'CENTRAL' },
  'tư': { name: 'Trung ương', level: 'CENTRAL' },
  'tw': { name: 'Trung ương', level: 'CENTRAL' },
};

const LEVELS = trieOf(BODIES.levels.map((l) => [l, LEVEL_CANONICAL[l.toLowerCase()] ?? { name: l, level: 'PROVINCE' as OrgLevel }]));
const COMMITTEES = trieOf<Entry>(BODIES.committee.map((c) => [c.form, { canonical: c.canonical, kind: 'PARTY_COMMITTEE', level: c.level as OrgLevel }]));
const LEVELED = trieOf<Entry>(BODIES.leveled.flatMap((b) => b.forms.map((f): [string, Entry] => [f, { canonical: b.canonical, kind: b.kind as OrgKind, level: b.level as OrgLevel | undefined }])));
const NATIONAL = trieOf<Entry>(BODIES.national.flatMap((b) => b.forms.map((f): [string, Entry] => [f, { canonical: b.canonical, kind: b.kind as OrgKind, level: 'CENTRAL' }])));
const PREFIXES = trieOf<Entry>(BODIES.prefixes.flatMap((b) => b.forms.map((f): [string, Entry] => [f, { canonical: b.canonical, kind: b.kind as OrgKind }])));
const NAMED_HEADS = trieOf(BODIES.named.map((n) => [n.head, n]));
const NAMED_NAMES = new Map<string, Trie<string>>(BODIES.named.map((n) => [n.head, trieOf(n.names.map((x) => [x, x]))]));
const VIET_NAM = trieOf([['Việt Nam', true], ['VN', true]]);

const PROVINCE_COMMITTEES = new Set(['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Thị ủy', 'Quận ủy']);

export interface BodyOptions {
  /** after "Trưởng ban"/"Phó Trưởng ban": the Ban's name may follow without "Ban" */
  afterBan?: boolean;
}

function placeAt(toks: readonly Token[], keys: readonly string[], i: number, limit: number): { end: number; place: PlaceEntry } | null {
  if (i >= limit || !toks[i].cap) return null;
  const m = PLACES.longest(keys, i, limit);
  if (!m) return null;
  for (let j = i; j < m.end; j++) if (toks[j].word && !toks[j].cap) return null;
  return { end: m.end, place: m.value };
}

const SURNAME_KEYS = new Set(NAMES.surnames.map(tokenKey));
const LOCAL_LEVELS = new Set(['Huyện', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'thành phố', 'tp', 'tp.'].map((l) => l.toLowerCase()));

/**
 * A commune or district the place data does not know ("xã Ia Chim"): the capitalised run
 * after the level word, up to the first surname ("xã Ia Chim Nguyễn Văn A"). A run that
 * starts with a surname is a person, not a place.
 */
function unknownPlace(toks: readonly Token[], keys: readonly string[], i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i < 5 && toks[j].cap && toks[j].word && !/\d/.test(toks[j].s)) j++;
  // a run led by a surname is a person ("huyện Nguyễn Văn A" never names a place), except a
  // one-letter syllable, which also opens places ("huyện A Lưới Huỳnh Việt Dũng")
  if (j === i || (SURNAME_KEYS.has(keys[i]) && keys[i].length > 1)) return i;
  for (let k = i + 1; k < j; k++) if (SURNAME_KEYS.has(keys[k]) && j - k >= 2) return k;
  // "huyện A Hiu": a one-letter syllable with no surname after it opens a person's name
  if (SURNAME_KEYS.has(keys[i])) return i;
  return j - i <= 3 ? j : i;
}

// "Sở Y tế và Ủy viên Ban Thường vụ …": after "và" a title begins, not more of the name
const ROLE_START = new Set(['ủy', 'bí', 'phó', 'chủ', 'giám', 'trưởng', 'đồng', 'ông', 'bà', 'tổng', 'thủ', 'chánh']);

// the words that open a document's name ("Kế hoạch số 100-KH/TU"): never the second half of a body's name
const DOCUMENT_WORDS = trieOf(DOCUMENTS.words.map(([w]) => [w, true]));

/** "và" at `at` joins a second half to a body's name ("Kế hoạch và Đầu tư"), unless a document follows it. */
function joinsName(keys: readonly string[], at: number, limit: number): boolean {
  return keys[at] === 'và' && !DOCUMENT_WORDS.longest(keys, at + 1, limit);
}

/** "Du lịch", "Ngoại vụ và Du lịch", "Tài chính - Kế hoạch": a department name the lexicon lacks (capital, then lower case). */
export function genericDepartment(toks: readonly Token[], keys: readonly string[], i: number, limit: number): number {
  const word = (k: number, cap: boolean) => k < limit && toks[k].word && toks[k].cap === cap && !/\d/.test(toks[k].s);
  // (a surname may open it when a word in lower case follows: "Phòng Nông nghiệp", not a name)
  if (!word(i, true) || !word(i + 1, false) || ROLE_START.has(keys[i]) || LEVELS.longest(keys, i + 1, limit)) return i;
  let end = i + 2;
  // "Tài chính - Kế hoạch", "Kế hoạch và Đầu tư"
  if ((joinsName(keys, end, limit) || keys[end] === '-') && word(end + 1, true) && word(end + 2, false) && !SURNAME_KEYS.has(keys[end + 1]) && !ROLE_START.has(keys[end + 1])) end += 3;
  return end;
}

/** "huyện", "tỉnh Kon Tum" after a unit named by its head's role ("Trưởng Công an huyện"). */
export function parseLevel(toks: readonly Token[], keys: readonly string[], i: number, limit: number): { end: number; suffix: string } | null {
  if (!LEVELS.longest(keys, i, limit)) return null;
  const t = levelTail(toks, keys, i, limit);
  return t.end > i ? { end: t.end, suffix: t.suffix.trim() } : null;
}

/** [Việt Nam] level [place] after a body. */
function levelTail(toks: readonly Token[], keys: readonly string[], i: number, limit: number) {
  let j = i;
  const vn = VIET_NAM.longest(keys, j, limit);
  if (vn) j = vn.end;
  const lv = LEVELS.longest(keys, j, limit);
  if (!lv) return { end: j, suffix: vn ? ' Việt Nam' : '', level: null as OrgLevel | null, place: null as PlaceEntry | null };
  j = lv.end;
  let suffix = (vn ? ' Việt Nam' : '') + ' ' + lv.value.name;
  let place: PlaceEntry | null = null;
  const p = placeAt(toks, keys, j, limit);
  if (p) {
    place = p.place;
    j = p.end;
    // a district, or a provincial city named like its province ("thành phố Kon Tum")
    if (p.place.kind === 'DISTRICT' || LOCAL_LEVELS.has(keys[lv.end - 1]) || LOCAL_LEVELS.has(`${keys[lv.end - 2]} ${keys[lv.end - 1]}`)) suffix += ' ' + p.place.name;
  } else if (LOCAL_LEVELS.has(keys[lv.end - 1]) || LOCAL_LEVELS.has(`${keys[lv.end - 2]} ${keys[lv.end - 1]}`)) {
    const end = unknownPlace(toks, keys, j, limit);
    if (end > j) {
      suffix += ' ' + toks.slice(j, end).map((t) => t.s).join(' ');
      j = end;
    }
  }
  const level: OrgLevel = place?.kind === 'PROVINCE' && lv.value.level === 'PROVINCE' ? 'PROVINCE' : lv.value.level;
  return { end: j, suffix, level, place };
}

/** A one-of-a-kind national body: "Bộ Chính trị", "Ban Chấp hành Trung ương Đảng", "Quốc hội". */
function nationalBody(keys: readonly string[], i: number, limit: number): BodyMatch | null {
  const nat = NATIONAL.longest(keys, i, limit);
  return nat ? { end: nat.end, canonical: nat.value.canonical, kind: nat.value.kind, level: 'CENTRAL', national: true, partOf: null, place: null } : null;
}

/** A party committee: "Tỉnh ủy [Thái Nguyên]", "Đảng ủy Sở …", "Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ tỉnh". */
function committeeBody(toks: readonly Token[], keys: readonly string[], i: number, limit: number): BodyMatch | null {
  const com = COMMITTEES.longest(keys, i, limit);
  if (!com) return null;
  let end = com.end;
  let canonical = com.value.canonical;
  let level = com.value.level ?? 'PROVINCE';
  let place: PlaceEntry | null = null;
  if (PROVINCE_COMMITTEES.has(canonical)) {
    const p = placeAt(toks, keys, end, limit);
    if (p) {
      place = p.place;
      end = p.end;
      if (p.place.kind === 'DISTRICT') canonical += ' ' + p.place.name;
    } else if (canonical !== 'Tỉnh ủy') {
      // "Huyện ủy Cái Bè Hoàng Thị Minh Trâm": a district the data does not know
      const to = unknownPlace(toks, keys, end, limit);
      if (to > end) {
        canonical += ' ' + toks.slice(end, to).map((t) => t.s).join(' ');
        end = to;
      }
    }
  } else {
    // the committee of another body ("Đảng ủy Công an tỉnh"), or of a level ("Đảng bộ tỉnh")
    const inner = base(toks, keys, end, limit, {});
    if (inner && !inner.national) {
      canonical += ' ' + inner.canonical;
      end = inner.end;
      level = inner.level;
      place = inner.place;
    } else {
      const t = levelTail(toks, keys, end, limit);
      canonical += t.suffix;
      end = t.end;
      if (t.level) level = t.level;
      place = t.place;
    }
  }
  return { end, canonical, kind: 'PARTY_COMMITTEE', level, national: false, partOf: null, place };
}

/** A body named with its level: "HĐND tỉnh", "UBND huyện Đăk Hà", "UBMTTQ Việt Nam tỉnh", "Công an tỉnh". */
function leveledBody(toks: readonly Token[], keys: readonly string[], i: number, limit: number): BodyMatch | null {
  const lev = LEVELED.longest(keys, i, limit);
  if (!lev) return null;
  // "Tỉnh đoàn [Gia Lai]": the level is in the word itself
  if (lev.value.level) {
    const p = placeAt(toks, keys, lev.end, limit);
    return { end: p ? p.end : lev.end, canonical: lev.value.canonical + (p?.place.kind === 'DISTRICT' ? ' ' + p.place.name : ''), kind: lev.value.kind, level: lev.value.level, national: false, partOf: null, place: p ? p.place : null };
  }
  const t = levelTail(toks, keys, lev.end, limit);
  const suffix = lev.value.canonical.endsWith('Việt Nam') ? t.suffix.replace(/^ Việt Nam/, '') : t.suffix;
  return { end: t.end, canonical: lev.value.canonical + suffix, kind: lev.value.kind, level: t.level ?? 'PROVINCE', national: false, partOf: null, place: t.place };
}

/** A head and a name: "Sở Văn hóa, Thể thao và Du lịch", "Ban Tổ chức Tỉnh ủy", "Bộ Công an", "Ban Tổ chức T.Ư". */
function namedBody(toks: readonly Token[], keys: readonly string[], i: number, limit: number, opts: BodyOptions): BodyMatch | null {
  const head = NAMED_HEADS.longest(keys, i, limit);
  const named = head ? { start: head.end, head: head.value } : opts.afterBan ? { start: i, head: BODIES.named.find((n) => n.head === 'Ban')! } : null;
  if (!named) return null;
  const isBan = named.head.head === 'Ban';
  let nm: { end: number; value: string } | null = NAMED_NAMES.get(named.head.head)!.longest(keys, named.start, limit);
  if (!nm && !isBan) {
    const g = genericDepartment(toks, keys, named.start, limit);
    if (g > named.start) nm = { end: g, value: toks.slice(named.start, g).map((t) => t.s).join(' ') };
  }
  // "Sở Ngoại vụ và Du lịch": a known name joined to another (not a document: "Chỉ thị số 35-CT/TW
  // của Bộ Chính trị và Kế hoạch số 100-KH/TU …" names two documents, not a "Bộ Chính trị và Kế hoạch")
  if (nm && !isBan && joinsName(keys, nm.end, limit)) {
    const g = genericDepartment(toks, keys, nm.end + 1, limit);
    if (g > nm.end + 1) nm = { end: g, value: `${nm.value} và ${toks.slice(nm.end + 1, g).map((t) => t.s).join(' ')}` };
  }
  if (!nm && named.head.head !== 'Sở') return null; // a bare "Ban" or "Bộ" says too little
  let end = nm ? nm.end : named.start;
  let canonical = (named.start !== i ? named.head.head : 'Ban') + (nm ? ' ' + nm.value : '');
  let level: OrgLevel = named.head.head === 'Bộ' ? 'CENTRAL' : 'PROVINCE';
  let place: PlaceEntry | null = null;
  let partOf: string | null = null;
  // a Ban belongs to a body ("Ban Tổ chức Tỉnh ủy") or to the centre ("Ban Tổ chức Trung ương")
  const lv = LEVELS.longest(keys, end, limit);
  const scope = isBan && !(lv && lv.value.level === 'CENTRAL') ? base(toks, keys, end, limit, {}) : null;
  if (scope) {
    canonical += ' ' + scope.canonical.replace(/^Ban Chấp hành Trung ương Đảng$/, 'Trung ương');
    end = scope.end;
    level = scope.level;
    place = scope.place;
    partOf = scope.canonical;
  } else {
    const t = levelTail(toks, keys, end, limit);
    canonical += t.suffix;
    end = t.end;
    if (t.level) level = t.level;
    place = t.place;
  }
  if (end <= i) return null;
  return { end, canonical, kind: named.head.kind as OrgKind, level, national: level === 'CENTRAL', partOf, place };
}

/** The longest body of any shape starting at token i. */
function base(toks: readonly Token[], keys: readonly string[], i: number, limit: number, opts: BodyOptions): BodyMatch | null {
  if (i >= limit) return null;
  let best: BodyMatch | null = null;
  for (const b of [nationalBody(keys, i, limit), committeeBody(toks, keys, i, limit), leveledBody(toks, keys, i, limit), namedBody(toks, keys, i, limit, opts)]) {
    if (b && (!best || b.end > best.end)) best = b;
  }
  return best;
}

/** The body starting at token i, or null. */
export function parseBody(toks: readonly Token[], keys: readonly string[], i: number, limit: number, opts: BodyOptions = {}): BodyMatch | null {
  const pre = PREFIXES.longest(keys, i, limit);
  const plain = base(toks, keys, i, limit, opts);
  if (pre) {
    const inner = base(toks, keys, pre.end, limit, {});
    if (inner) {
      // "Ban Chấp hành T.Ư Đảng": the inner body already is the prefix's ("Ban Chấp hành Trung ương Đảng"), not a part of it
      const same = inner.canonical === pre.value.canonical || inner.canonical.startsWith(pre.value.canonical + ' ');
      const composite: BodyMatch = same ? { ...inner } : {
        end: inner.end,
        canonical: `${pre.value.canonical} ${inner.canonical}`,
        kind: pre.value.kind,
        level: inner.level,
        national: inner.national,
        partOf: inner.canonical,
        place: inner.place,
      };
      return plain && plain.end >= composite.end ? plain : composite;
    }
    if (!plain || plain.end <= pre.end) return { end: pre.end, canonical: pre.value.canonical, kind: pre.value.kind, level: 'PROVINCE', national: false, partOf: null, place: null };
  }
  return plain;
}

/** Kind and level of a body known only by its canonical name (an issuer, an organiser). */
const CLASSIFIED = new Map<string, BodyMatch | null>();

export function classifyOrganization(name: string): BodyMatch | null {
  let b = CLASSIFIED.get(name);
  if (b === undefined) {
    const toks = tokenize(name, 0, false);
    const keys = toks.map((t) => t.k);
    const m = parseBody(toks, keys, 0, toks.length);
    b = m && m.end === toks.length ? m : null;
    if (CLASSIFIED.size > 10_000) CLASSIFIED.clear();
    CLASSIFIED.set(name, b);
  }
  return b;
}

// bodies named with a level word after them ("HĐND tỉnh"), as they stand without it
const LEVELED_BARE = new Set(BODIES.leveled.filter((b) => !b.level).map((b) => b.canonical));
const PREFIX_NAMES = BODIES.prefixes.map((p) => p.canonical + ' ');

/**
 * "Thường trực HĐND, UBND tỉnh": the level after the last of two joined bodies is the first's
 * too. Returns the body's canonical name, with the shared level when it has none of its own.
 */
export function withSharedLevel(toks: readonly Token[], keys: readonly string[], b: BodyMatch, limit: number): string {
  const prefix = PREFIX_NAMES.find((p) => b.canonical.startsWith(p)) ?? '';
  if (!LEVELED_BARE.has(b.canonical.slice(prefix.length))) return b.canonical;
  const j = b.end;
  if (j + 1 >= limit || (keys[j] !== ',' && keys[j] !== 'và')) return b.canonical;
  const next = parseBody(toks, keys, j + 1, limit);
  if (!next) return b.canonical;
  for (let k = j + 2; k < next.end; k++) {
    const level = parseLevel(toks, keys, k, next.end);
    if (level) return `${b.canonical} ${level.suffix}`;
  }
  return b.canonical;
}
