// Person names: a run of capitalised syllables ("Dương Văn Trang", "Lương Nguyễn Minh
// Triết"), including ethnic-minority names ("A Pớt", "KRing Ba", "Ksor Phước", "Y Biêr",
// "H'Hen Niê", "Rơ Mah Tuân", "Giàng A Páo"). After an anchor (a title, đồng chí/ông/bà) any
// such run is a name; without one it must start with a surname. Names inside ideas, places
// and institutions (tư tưởng Hồ Chí Minh, Trường Chính trị Nguyễn Văn Cừ) are not people.
import { fold, nameKey } from '../domain/text';
import { NAMES, PLACES, tokenKey, trieOf } from './lexicon';
import type { Token } from './sentences';
import { hasInnerCapital, isAllCapitals, isCapitalisedWord } from './chars';

const SURNAMES = new Set(NAMES.surnames.map(tokenKey));
const NOT_NAME = new Set(NAMES.notName.map(tokenKey));
const DENIED = new Set(NAMES.denied.map(nameKey));
const NAME_TOO = new Set(['ban']);
const DENIED_FIRST = new Set(NAMES.denied.map((d) => tokenKey(d.split(' ')[0])));
export const ANCHORS = trieOf(NAMES.anchors.map((a) => [a, a]));
const NOT_BEFORE = trieOf(NAMES.notBefore.map((a) => [a, a]));
const NOT_BEFORE_MAX = Math.max(...NAMES.notBefore.map((a) => a.split(/\s+/).length));

// a syllable: capital first; letters, apostrophes (H'Drai) and inner capitals (KRing, APớt):
// chars.isCapitalisedWord, chars.hasInnerCapital
// "K’ Mák", "Y’ Thi": a one-letter prefix and its apostrophe, then a space
export const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`']);

/** Token i is a one-letter capital glued to an apostrophe that a syllable follows ("K’ Mák"). */
export function apostrophePrefix(toks: readonly Token[], i: number, limit: number): boolean {
  const t = toks[i];
  const a = toks[i + 1];
  return !!t && !!a && i + 2 < limit && t.s.length === 1 && t.cap && APOSTROPHES.has(a.s) && a.start === t.end && syllable(toks[i + 2]);
}

export interface NameMatch {
  start: number;
  end: number;
  name: string;
}

// initials such as HĐND, UBND, TW: two or more capitals and no small letter (chars.isAllCapitals).
// A name written in capitals (TRƯƠNG HẢI LONG) is told apart by its vowels and by its company (see parseName).
const UPPER_SYLLABLE = /^[B-DĐG-HK-NP-TV-XZ]{0,3}[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]{1,3}[CGHMNPT]{0,2}$/u;
const KNOWN_INITIALS = new Set(['UBND', 'HĐND', 'MTTQ', 'ĐBQH', 'UBKT', 'TCCS', 'BCH', 'BTV', 'TVTU', 'VN', 'TW', 'TP', 'QĐ', 'NQ', 'CT', 'KH', 'KL', 'TU', 'HU']);

// What a token can be in a name, as bits, each pair worked out once per token when first
// asked: parseName tries many starts over the same tokens, and these are Unicode-property
// regexes. (The inner capital is asked of every capitalised word, the rest of fewer.)
const SYLLABLE_BIT = 1;
const UPPER_SYLLABLE_BIT = 2;
const SYLLABLE_KNOWN = 4;
const INNER_CAPITAL_BIT = 8;
const INNER_CAPITAL_KNOWN = 16;

function syllableClass(t: Token): number {
  if (t.nameClass & SYLLABLE_KNOWN) return t.nameClass;
  let c = SYLLABLE_KNOWN;
  if (t.word) {
    const initials = isAllCapitals(t.s);
    if (!initials && isCapitalisedWord(t.s) && !NOT_NAME.has(t.k)) c |= SYLLABLE_BIT;
    // a syllable of a name written in capitals ("TRƯƠNG", "HẢI", "LONG"), not an initialism
    if (initials && UPPER_SYLLABLE.test(t.s) && !KNOWN_INITIALS.has(t.s) && !NOT_NAME.has(t.k)) c |= UPPER_SYLLABLE_BIT;
  }
  return (t.nameClass |= c);
}

function syllable(t: Token | undefined): boolean {
  return !!t && (syllableClass(t) & SYLLABLE_BIT) !== 0;
}

function upperSyllable(t: Token | undefined): boolean {
  return !!t && (syllableClass(t) & UPPER_SYLLABLE_BIT) !== 0;
}

/** A capital inside the word after a lower-case run ("KRing", "APớt", "H'Hen"): an ethnic-minority name. */
export function innerCapital(t: Token): boolean {
  if (!(t.nameClass & INNER_CAPITAL_KNOWN)) t.nameClass |= INNER_CAPITAL_KNOWN | (hasInnerCapital(t.s) ? INNER_CAPITAL_BIT : 0);
  return (t.nameClass & INNER_CAPITAL_BIT) !== 0;
}

/** True when a word in front of token i makes what follows a place or an idea. */
function afterNotBefore(keys: readonly string[], i: number): boolean {
  for (let n = 1; n <= NOT_BEFORE_MAX && i - n >= 0; n++) {
    const m = NOT_BEFORE.longest(keys, i - n, i);
    if (m && m.end === i) return true;
  }
  return false;
}

/**
 * The name starting at token i. `anchored`: a title or đồng chí/ông/bà precedes, so any
 * capitalised run of two or more syllables will do; otherwise the first must be a surname.
 */
export function parseName(text: string, toks: readonly Token[], keys: readonly string[], i: number, limit: number, anchored: boolean): NameMatch | null {
  let j = i;
  let glued = false;
  // Vietnamese names have up to five syllables; Lao and Khmer names six ("Xỉ Xa Vạt Khăm Phu Vông"), after an anchor
  const most = anchored ? 6 : 5;
  while (j < limit && j - i < most) {
    if (apostrophePrefix(toks, j, limit)) {
      j += 2;
      glued = true;
    } else if (syllable(toks[j])) j++;
    else break;
  }
  // "Y Ban", "Hoàng Văn Ban": a word that usually opens a body ends a name when nothing capitalised follows
  if (j > i && j < limit && j - i < most && NAME_TOO.has(toks[j].k) && !toks[j + 1]?.cap) j++;
  // all in capitals: only after an anchor, and at least two syllables that read as Vietnamese
  if (j === i && anchored) {
    while (j < limit && j - i < 5 && upperSyllable(toks[j])) j++;
    if (j - i < 2) j = i;
  }
  const n = j - i;
  if (n === 0) return null;
  const first = toks[i];
  const ethnic = glued || innerCapital(first);
  if (n === 1 && !ethnic) return null;
  if (!anchored && !SURNAMES.has(first.k) && !ethnic) return null;
  if (!anchored && afterNotBefore(keys, i)) return null;
  // a place is not a person ("tỉnh Kon Tum" has no anchor, but "Bà Rịa" has "bà")
  const place = PLACES.longest(keys, i, j);
  if (place && place.end === j) return null;
  const name = text.slice(first.start, toks[j - 1].end);
  if (DENIED_FIRST.has(first.k) && DENIED.has(nameKey(name))) return null;
  return { start: i, end: j, name };
}

/** "A Pớt" and "APớt" are one person: the spelling with more spaces is the display name. */
export function preferredSpelling(a: string, b: string): string {
  const sa = a.split(' ').length;
  const sb = b.split(' ').length;
  return sb > sa ? b : a;
}

export { fold, nameKey };

/** A standalone string that could be a name: capitalised syllables, none of them a title word, not a place. */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  // one word is a name only as the Central Highlands write one: a capital, an apostrophe, a syllable ("K'Duyên", "H'Hen")
  if (words.length === 1 && /^\p{Lu}['’‘]\p{Lu}\p{Ll}+$/u.test(words[0])) return true;
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => NOT_NAME.has(tokenKey(w)) || !/^\p{Lu}/u.test(w))) return false;
  const keys = words.map(tokenKey);
  const place = PLACES.longest(keys, 0);
  return !(place && place.end === keys.length);
}
