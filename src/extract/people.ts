// People and the offices the text gives them. A sentence names a person in one of these ways:
//   titles before the name   "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Dương Văn Trang"
//   anchor, name, titles     "đồng chí A Pớt - Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh"
//   name, titles             "Nguyễn Tiến Thành, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"
//   one title, several names "các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh"
//   a title standing for a person already named ("Bí thư Tỉnh ủy đặc biệt nhấn mạnh")
//   a name already seen, alone ("ông Phạm Minh Chính đề nghị", "đồng chí Lê Ngọc Tuấn")
import type { Evidence, ExtractedPerson, ExtractedPosition } from '../domain/extraction';
import { fold as foldText } from '../domain/text';
import { evidenceOf, addEvidence } from './evidence';
import { ANCHORS, apostrophePrefix, innerCapital, parseName, preferredSpelling, type NameMatch } from './names';
import { isSeparator, parseTitle, parseTitleChain, RANKS, type TitleMatch } from './offices';
import { keyMap, NAMES, phraseKeys, ROLES, trieOf } from './lexicon';
import type { Sentence, Token } from './sentences';

export interface Mention {
  sentence: Sentence;
  /** token range covered (anchor, titles and name) */
  start: number;
  end: number;
  /** nameKey of the person; null until a title-only mention is resolved */
  person: string | null;
  name: NameMatch | null;
  titles: TitleMatch[];
}

// titles and names repeat within and across articles: fold each spelling once
const FOLDED = new Map<string, string>();
function fold(s: string): string {
  let f = FOLDED.get(s);
  if (f === undefined) {
    if (FOLDED.size > 50_000) FOLDED.clear();
    FOLDED.set(s, (f = foldText(s)));
  }
  return f;
}

const keyOf = (name: string) => fold(name).replace(/\s+/g, '');

const LIST_JOIN = new Set([',', 'và']);
// words before a title that make it the one spoken to, not the subject ("với Thủ tướng, …")
const ADDRESSED = new Set(['với', 'gửi', 'tới', 'cho', 'trước']);
const ACTS = trieOf(['phát biểu', 'chủ trì', 'đồng chủ trì', 'cùng chủ trì', 'kết luận', 'nhấn mạnh', 'yêu cầu', 'đề nghị', 'cho biết', 'khẳng định', 'chỉ đạo', 'nói', 'cảm ơn', 'bày tỏ', 'trình bày', 'kiến nghị', 'phản ánh', 'đề xuất'].map((w) => [w, w]));
const ANCHOR_FIRST = new Set(['đồng', 'ông', 'bà', 'các', 'đ', 'nguyên']);
// other anchors in lower case ("cử tri", "công dân") open frequent words too: they count only when the whole anchor is there
const LOWER_ANCHOR_FIRST = new Set(NAMES.anchors.map((a) => phraseKeys(a)[0]).filter((k) => !ANCHOR_FIRST.has(k)));
// first words of every anchor, rank, role, modifier and title abbreviation
const STARTERS = new Set([...NAMES.anchors, ...ROLES.ranks, ...ROLES.roles, ...ROLES.modifiers, ...ROLES.implied.map((r) => r.role), ...ROLES.abbreviations.map((a) => a.form)].map((p) => phraseKeys(p)[0]));
// the three sets above as bits of one map: every token of the article is looked up, once
const IS_ANCHOR_FIRST = 1;
const IS_LOWER_ANCHOR_FIRST = 2;
const IS_STARTER = 4;
const firstWords = new Map<string, number>();
for (const [set, bit] of [[ANCHOR_FIRST, IS_ANCHOR_FIRST], [LOWER_ANCHOR_FIRST, IS_LOWER_ANCHOR_FIRST], [STARTERS, IS_STARTER]] as const) {
  for (const k of set) firstWords.set(k, (firstWords.get(k) ?? 0) | bit);
}
const firstWordKind = keyMap(firstWords);
// roles the lexicon writes in lower case, whose body is capitalised ("đại biểu Quốc hội Điểu Huỳnh Sang")
const LOWER_ROLE_FIRST = new Set(ROLES.roles.filter((r) => /^\p{Ll}/u.test(r)).map((r) => phraseKeys(r)[0]));

/** Two ranks in one body ("Bí thư Tỉnh ủy" beside "Phó Bí thư Thường trực Tỉnh ủy"): one person holds one. */
function conflicts(held: readonly TitleMatch[], t: TitleMatch): boolean {
  if (!t.organizationName || !LEADERSHIP.test(fold(t.role))) return false;
  const role = fold(t.role);
  return held.some((h) => h.organizationName === t.organizationName && LEADERSHIP.test(fold(h.role)) && fold(h.role) !== role);
}

const PARTY_BODY = /(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy|Đảng|Ban Thường vụ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành/;
const STATE_BODY = /Hội đồng nhân dân|Ủy ban nhân dân|Mặt trận|^Sở |Quốc hội|Chính phủ|Công an|Quân sự/;
const isParty = (t: TitleMatch) => PARTY_BODY.test(t.organizationName ?? '');
const isState = (t: TitleMatch) => STATE_BODY.test(t.organizationName ?? '') && !isParty(t);
const repeats = (held: readonly TitleMatch[], t: TitleMatch) => held.some((h) => fold(h.title) === fold(t.title) || (h.organizationName !== null && h.organizationName === t.organizationName && fold(h.role) === fold(t.role)));

// the ranks of a body's leadership (folded)
const LEADERSHIP = /^(?:pho )?(?:bi thu|chu tich|giam doc|truong)/;

// the level words a place's name follows ("Đảng ủy xã Hoàng Đan")
const PLACE_LEVEL = new Set(['xã', 'phường', 'trấn', 'huyện']);

/**
 * "Tạ Thị Hồng, Bí thư Đảng ủy xã Hoàng Đan, chia sẻ …": after a name, a title that ends with a level
 * word and is followed by capitalised words and then the end of the clause names its place, not
 * the next person (who would need a verb or titles of their own).
 */
function placeAfter(text: string, toks: readonly Token[], keys: readonly string[], t: TitleMatch, limit: number): TitleMatch {
  if (!t.organizationName || !PLACE_LEVEL.has(keys[t.end - 1])) return t;
  const n = parseName(text, toks, keys, t.end, limit, true);
  if (!n || n.end - n.start > 3 || (n.end < limit && ![',', ';', '.', ':'].includes(toks[n.end].s))) return t;
  const place = text.slice(toks[n.start].start, toks[n.end - 1].end);
  return { ...t, end: n.end, to: toks[n.end - 1].end, title: text.slice(t.from, toks[n.end - 1].end), organization: `${t.organization} ${place}`, organizationName: `${t.organizationName} ${place}` };
}

function bChain(text: string, toks: readonly Token[], keys: readonly string[], j: number, limit: number): { titles: TitleMatch[]; end: number } {
  // name, then "-" or "," and titles; a title directly followed by a name belongs to that name
  const titles: TitleMatch[] = [];
  let end = j;
  while (end < limit && isSeparator(toks[end], end === j)) {
    // "Trần Xuân Vinh -- Phó Chủ tịch": a doubled dash is one separator
    let from = end + 1;
    while (from < limit && toks[from].s === '-' && from - end < 3) from++;
    const chain = parseTitleChain(text, toks, keys, from, limit, true).map((t) => placeAfter(text, toks, keys, t, limit));
    if (!chain.length) break;
    // does a later title of this run lead straight into another name?
    const nextName = chain.findIndex((t) => parseName(text, toks, keys, t.end, limit, true));
    let k = 0;
    for (; k < chain.length; k++) {
      if (k === nextName) break;
      // no one is both "Bí thư Tỉnh ủy" and "Phó Bí thư … Tỉnh ủy": such a title opens the next person's
      if (conflicts(titles, chain[k])) break;
      // titles run Party first, then state; a Party title after a state one, or a title
      // repeated, starts the next person's titles when another name follows
      if (nextName > k && (repeats(titles, chain[k]) || (isParty(chain[k]) && titles.some(isState)))) break;
      titles.push(chain[k]);
      end = chain[k].end;
    }
    if (k < chain.length) break;
  }
  if (titles.length && toks[j]?.s === '(' && toks[end]?.s === ')') end++;
  return { titles, end };
}

// "… giữ chức Giám đốc Sở Nội vụ", "được bầu giữ chức Bí thư", "được bổ nhiệm làm Phó Giám đốc …"
const APPOINTED = trieOf(['bầu', 'bổ nhiệm', 'chỉ định', 'phân công', 'điều động', 'giới thiệu', 'tái bổ nhiệm'].map((w) => [w, w]));

/** Offices a person is given after the name: "ông X, Phó Giám đốc Sở Tài chính giữ chức Giám đốc Sở Nội vụ". */
function appointedTo(text: string, toks: readonly Token[], keys: readonly string[], i: number, limit: number): { titles: TitleMatch[]; end: number } | null {
  // (after a comma too: "Trương Thị Mỹ Lệ, Phó Giám đốc Sở Y tế, giữ chức Bí thư Đảng ủy Sở Y tế")
  let k = keys[i] === ',' && (keys[i + 1] === 'giữ' || keys[i + 1] === 'được') ? i + 1 : i;
  let verb = false;
  if (keys[k] === 'được') {
    const v = APPOINTED.longest(keys, k + 1, limit);
    if (!v) return null;
    k = v.end;
    verb = true;
  }
  if (keys[k] === 'giữ' && keys[k + 1] === 'chức') k += keys[k + 2] === 'vụ' ? 3 : 2;
  else if (verb && keys[k] === 'làm') k++;
  else return null;
  const titles = parseTitleChain(text, toks, keys, k, limit);
  return titles.length ? { titles, end: titles[titles.length - 1].end } : null;
}

/**
 * The items of a list after a shared title and a colon, separated by semicolons: each item a
 * name (after a rank or an academic title: "Đại tá", "PGS.TS") and its own titles. Returns the
 * token after the last item; an item that opens with no name ("các đồng chí Tỉnh ủy viên") ends it.
 */
function colonList(text: string, toks: readonly Token[], keys: readonly string[], limit: number, shared: TitleMatch[], first: NameMatch, from: number, push: (m: Omit<Mention, 'sentence'>) => void): number {
  let name: NameMatch | null = first;
  // (the first item's mention covers the anchor and the shared title, as a mention with titles before the name does)
  let at = from;
  let k = first.end;
  while (name) {
    const own = bChain(text, toks, keys, name.end, limit);
    push({ start: at, end: own.end, person: keyOf(name.name), name, titles: [...shared, ...own.titles] });
    k = own.end;
    if (k + 1 >= limit || toks[k].s !== ';') break;
    at = k + 1;
    const rank = RANKS.longest(keys, at, limit);
    name = parseName(text, toks, keys, rank ? rank.end : at, limit, true);
    if (name && !bChain(text, toks, keys, name.end, limit).titles.length && !rank) name = null;
  }
  return k;
}

/** The name at token i is followed by a comma or the end of the sentence (not by its verb). */
function endsClause(text: string, toks: readonly Token[], keys: readonly string[], i: number, limit: number): boolean {
  const name = parseName(text, toks, keys, i, limit, true);
  return !name || name.end >= limit || [',', ';', '.', ':'].includes(toks[name.end].s);
}

/** One sentence being read for mentions, and where they go. */
interface SentenceReader {
  text: string;
  toks: readonly Token[];
  keys: readonly string[];
  s: Sentence;
  limit: number;
  out: Mention[];
  known: Set<string>;
  skipped: string[] | undefined;
  push: (m: Omit<Mention, 'sentence'>) => void;
}

/** Token i can start no mention: titles, names and ranks start with a capital; only anchors (đồng chí, ông, bà, các) do not, and a capitalised word that starts no title or anchor must be followed by another. */
function startsNoMention(toks: readonly Token[], keys: readonly string[], i: number, limit: number): boolean {
  const kind = firstWordKind(keys[i]) ?? 0;
  return (!toks[i].cap && !(kind & IS_ANCHOR_FIRST) && !(kind & IS_LOWER_ANCHOR_FIRST && ANCHORS.longest(keys, i, limit)) && !(LOWER_ROLE_FIRST.has(keys[i]) && toks[i + 2]?.cap)) || (!(kind & IS_STARTER) && !toks[i + 1]?.cap && !innerCapital(toks[i]) && !apostrophePrefix(toks, i, limit));
}

/** The mention a run of titles at token i starts ("Bí thư Tỉnh ủy X", a lone title, a listed run); the token to read on from. */
function afterTitles(r: SentenceReader, i: number, j: number, anchor: { end: number } | null, plural: boolean, chain: TitleMatch[]): number {
  const { text, toks, keys, s, limit, push } = r;
  const last = chain[chain.length - 1];
  // "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm": a dash between the titles and the name
  // (or a colon before a list: "các Phó Chủ tịch UBND tỉnh: Lò Văn Tiến, Vừ A Bằng")
  const name = parseName(text, toks, keys, last.end, limit, true) ?? (toks[last.end]?.s === '-' || (plural && toks[last.end]?.s === ':') ? parseName(text, toks, keys, last.end + 1, limit, true) : null);
  // "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, Phó Chủ tịch UBND tỉnh; Đại tá B, Chỉ huy trưởng …":
  // the title before the colon is each one's, beside the titles after each name (a list of bare
  // names, "các Phó Chủ tịch UBND tỉnh: A, B", is read below)
  if (name && plural && toks[last.end]?.s === ':' && name.start === last.end + 1 && bChain(text, toks, keys, name.end, limit).titles.length) {
    return colonList(text, toks, keys, limit, chain, name, i, push);
  }
  if (name) {
    const more = appointedTo(text, toks, keys, name.end, limit);
    push({ start: i, end: more ? more.end : name.end, person: keyOf(name.name), name, titles: more ? [...chain, ...more.titles] : chain });
    let k = more ? more.end : name.end;
    // "các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh"; after a colon every item is
    // a name, whatever its surname ("các Phó Chủ tịch UBND tỉnh: Giàng Seo Chư, Sần Thị Phượng")
    const listed = name.start === last.end + 1 && toks[last.end]?.s === ':';
    while (plural && k + 1 < limit && LIST_JOIN.has(keys[k])) {
      const next = parseName(text, toks, keys, k + 1, limit, listed);
      if (!next || parseTitleChain(text, toks, keys, next.end + 1, limit).length && isSeparator(toks[next.end])) break;
      push({ start: k + 1, end: next.end, person: keyOf(next.name), name: next, titles: [last] });
      k = next.end;
    }
    return k;
  }
  // a title standing alone at the head of a clause may stand for someone named elsewhere
  const head = j === s.t0 || anchor !== null || (i > s.t0 && [',', ';', ':'].includes(toks[i - 1].s));
  if (head && !plural) push({ start: i, end: last.end, person: null, name: null, titles: chain });
  return last.end;
}

/** The mention a name at token j starts (with the titles after it, and the names listed with it); the token to read on from. */
function afterName(r: SentenceReader, i: number, j: number, anchor: { end: number } | null, plural: boolean): number {
  const { text, toks, keys, s, limit, push, out, known, skipped } = r;
  // a name that does not start with a known surname still counts when titles follow it
  let name = parseName(text, toks, keys, j, limit, anchor !== null);
  if (!name && !anchor) {
    const loose = parseName(text, toks, keys, j, limit, true);
    if (loose && bChain(text, toks, keys, loose.end, limit).titles.length) name = loose;
  }
  if (name) {
    const key = keyOf(name.name);
    const b = bChain(text, toks, keys, name.end, limit);
    const more = appointedTo(text, toks, keys, b.end, limit);
    if (more) {
      b.titles.push(...more.titles);
      b.end = more.end;
    }
    // a surname-led name acting without a title: "Nguyễn Văn A phát biểu"
    const acts = !anchor && !b.titles.length && ACTS.longest(keys, name.end, limit) !== null;
    if (anchor || b.titles.length || known.has(key) || acts) {
      push({ start: i, end: b.end, person: key, name, titles: b.titles });
      let k = b.end;
      // "các đồng chí Nguyễn Văn A, Trần Văn B"; also "đồng chí X, Y": names with no title share the anchor
      const listed = plural || (anchor !== null && !b.titles.length);
      const first = out.length - 1;
      while (listed && k + 1 < limit && LIST_JOIN.has(keys[k])) {
        const next = parseName(text, toks, keys, k + 1, limit, true);
        if (!next) break;
        const nb = bChain(text, toks, keys, next.end, limit);
        push({ start: k + 1, end: nb.end, person: keyOf(next.name), name: next, titles: nb.titles });
        k = nb.end;
      }
      // "các ông: Lò Văn Tiến, Vừ A Bằng - Phó Chủ tịch UBND tỉnh": titles after the last name of a plural list are everyone's
      const items = out.slice(first);
      if (plural && items.length > 1 && items[items.length - 1].titles.length && items.slice(0, -1).every((m) => !m.titles.length)) {
        for (const m of items.slice(0, -1)) m.titles = items[items.length - 1].titles;
      }
      return k;
    }
    skipped?.push(key);
    return name.end;
  }
  return anchor ? anchor.end : i + 1;
}

/**
 * Every mention of a person in one sentence. `known`: nameKeys already seen in the article.
 * `skipped` receives the names that looked like people but had no anchor and were unknown,
 * so that the caller can look at the sentence again once the whole article is read.
 */
export function sentenceMentions(text: string, toks: readonly Token[], keys: readonly string[], s: Sentence, known: Set<string>, skipped?: string[]): Mention[] {
  const out: Mention[] = [];
  const limit = s.t1;
  let i = s.t0;
  const push = (m: Omit<Mention, 'sentence'>) => {
    out.push({ start: m.start, end: m.end, person: m.person, name: m.name, titles: m.titles, sentence: s });
    if (m.person) known.add(m.person);
  };
  const r: SentenceReader = { text, toks, keys, s, limit, out, known, skipped, push };
  while (i < limit) {
    if (startsNoMention(toks, keys, i, limit)) {
      i++;
      continue;
    }
    // ("đại biểu" anchors only a name right after it, in small letters after its capital: "đại biểu Lê Thị Thu
    // Trang chất vấn", not "đại biểu HĐND tỉnh" nor a headline in capitals "ĐẠI BIỂU THẢO LUẬN")
    const deputy = keys[i] === 'đại' && keys[i + 1] === 'biểu' && /\p{Ll}/u.test(toks[i + 2]?.s ?? '') && parseName(text, toks, keys, i + 2, limit, true) && !parseTitle(text, toks, keys, i + 2, limit);
    const anchor = ANCHORS.longest(keys, i, limit) ?? RANKS.longest(keys, i, limit) ?? (deputy ? { end: i + 2, value: 'đại biểu' } : null);
    let j = anchor ? anchor.end : i;
    if (anchor && toks[j]?.s === ':') j++;
    const plural = (anchor && /^các/.test(keys[i])) || keys[i - 1] === 'các' || keys[j] === 'các';
    if (keys[j] === 'các') j++;

    // titles first ("Bí thư Tỉnh ủy Dương Văn Trang", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy, …")
    let chain = parseTitleChain(text, toks, keys, j, limit);
    // "Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh X …": the title after "với" in a clause that
    // opens the sentence is the one addressed; the subject's titles start after the comma
    // (when the name ends the clause, "Làm việc với Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X, đoàn …", all the run is X's)
    if (chain.length > 1 && ADDRESSED.has(keys[i - 1]) && i - 1 - s.t0 <= 3 && toks[chain[0].end]?.s === ',' && !endsClause(text, toks, keys, chain[chain.length - 1].end, limit)) {
      chain = chain.slice(1);
      i = chain[0].start;
    }
    i = chain.length ? afterTitles(r, i, j, anchor, plural, chain) : afterName(r, i, j, anchor, plural);
  }
  return out;
}

function positionOf(t: TitleMatch, ev: Evidence): ExtractedPosition {
  return { title: t.title, role: t.role, organization: t.organization, organizationName: t.organizationName, evidence: ev };
}

const prefixOf = (a: string, b: string) => b === a || b.startsWith(a + ' ');

/**
 * One position per office: "Phó Bí thư Đảng ủy" and "Phó Bí thư Đảng ủy Sở" are one, and so
 * are "Phó Chủ tịch UBND tỉnh" and "Phó Chủ tịch Thường trực UBND tỉnh"; the longer is kept.
 */
export function mergePositions(list: ExtractedPosition[]): ExtractedPosition[] {
  const out: ExtractedPosition[] = [];
  for (const p of list) {
    const role = fold(p.role);
    const org = fold(p.organization ?? '');
    const orgName = fold(p.organizationName ?? '');
    const bare = !p.organization && !p.organizationName;
    const same = out.findIndex((q) => {
      const qr = fold(q.role);
      if (qr !== role && !prefixOf(qr, role) && !prefixOf(role, qr)) return false;
      const qo = fold(q.organization ?? '');
      const qn = fold(q.organizationName ?? '');
      if (bare || (!q.organization && !q.organizationName)) return true; // a bare role is any of them
      if (orgName !== '' && orgName === qn) return true;
      return org !== '' && qo !== '' && (prefixOf(qo, org) || prefixOf(org, qo));
    });
    if (same < 0) out.push(p);
    else if (fold(p.title).length > fold(out[same].title).length) out[same] = p;
  }
  return out;
}

/**
 * Resolves title-only mentions to the one person holding that title, then builds the
 * people with their positions and evidence.
 */
export function assemblePeople(mentions: Mention[]): ExtractedPerson[] {
  const byKey = new Map<string, ExtractedPerson>();
  for (const m of mentions) {
    if (!m.person || !m.name) continue;
    let p = byKey.get(m.person);
    if (!p) byKey.set(m.person, (p = { name: m.name.name, aliases: [], positions: [], evidence: [] }));
    else if (m.name.name !== p.name && !p.aliases.includes(m.name.name)) {
      const best = preferredSpelling(p.name, m.name.name);
      if (best !== p.name) {
        p.aliases.push(p.name);
        p.name = best;
      } else p.aliases.push(m.name.name);
    }
    const ev = evidenceOf(m.sentence);
    addEvidence(p.evidence, ev);
    for (const t of m.titles) p.positions.push(positionOf(t, ev));
  }
  for (const p of byKey.values()) p.positions = mergePositions(p.positions);

  // title-only mentions: "Bí thư Tỉnh ủy đặc biệt nhấn mạnh"
  for (const m of mentions) {
    if (m.person) continue;
    const wanted = fold(m.titles[0].title);
    const holders = [...byKey.entries()].filter(([, p]) => p.positions.some((q) => fold(q.title) === wanted || (q.organizationName && fold(`${q.role} ${q.organizationName}`) === fold(`${m.titles[0].role} ${m.titles[0].organizationName ?? ''}`))));
    if (holders.length === 1) {
      m.person = holders[0][0];
      addEvidence(holders[0][1].evidence, evidenceOf(m.sentence));
    }
  }
  return [...byKey.values()];
}
