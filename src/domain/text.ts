// Vietnamese text normalisation shared by every stage.
//
// Articles arrive with decomposed and precomposed diacritics, old-style tone placement
// (khoá, hoà, Uỷ) beside new-style (khóa, hòa, Ủy), non-breaking and doubled spaces and
// three kinds of dash. Everything that compares text goes through these functions so that
// the same word is the same string.

/** NFC, every space-like character to a plain space, runs of spaces collapsed, dashes kept. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');
}

// Invisible format characters (Unicode category Cf): zero-width space and joiners, bidi
// embeddings, overrides and isolates, the word joiner, the soft hyphen, the BOM, tags. They
// draw nothing, but split or reorder what a reader sees ("Dương\u200bVăn Trang", a title
// reversed by U+202E), so they never reach a name or a title.
const FORMAT_CHAR = /\p{Cf}/u;
const FORMAT_CHARS = /\p{Cf}/gu;

/** The text without format characters; the zero-width space, a word break by definition, becomes a space. */
export function stripInvisible(s: string): string {
  if (!FORMAT_CHAR.test(s)) return s;
  return s.replace(FORMAT_CHARS, (c) => (c === '\u200B' ? ' ' : ''));
}

// Old-style tone placement puts the mark on the last vowel of an open oa/oe/uy syllable;
// new style on the first. Both are correct Vietnamese; we keep one spelling so names and
// titles compare equal. `qu` is a consonant, so quý keeps its mark on the y.
const OLD_STYLE = /(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

/** Rewrites old-style tone placement (hoà, khoá, Uỷ) to the modern one (hòa, khóa, Ủy). */
export function canonicalTones(s: string): string {
  const nfd = s.normalize('NFD');
  return nfd.replace(OLD_STYLE, (_m, v1: string, v2: string, tone: string) => v1 + tone + v2).normalize('NFC');
}

/** All dashes (-, ‐, ‑, –, —, −) as a plain hyphen-minus. */
export function plainDashes(s: string): string {
  return s.replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-');
}

/**
 * Folded form for search and identity: lower case, no diacritics, đ→d, every run of
 * non-letters and non-digits one space. `Dương Văn Trang` → `duong van trang`.
 */
export function fold(s: string): string {
  const str = String(s ?? '');
  return foldByTable(str) ?? foldByRegex(str);
}

function foldByRegex(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// fold is on every hot path (names, titles, search keys): one table lookup per character
// instead of NFD and five passes. The table holds what foldByRegex makes of each character
// alone below TABLE_END: letters and digits folded, SKIP (a mark: dropped), SPACE (anything
// else); characters above it, or whose fold depends on their neighbours (Σ lowers to σ or
// ς), send the whole string to foldByRegex.
const TABLE_END = 0x2070;
const SKIP = '';
const SPACE = ' ';
const FOLD_TABLE: (string | null)[] = [];
for (let c = 0; c < TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  const alone = foldByRegex(ch);
  const marked = foldByRegex('a' + ch + 'a');
  if (c >= 0xd800 && c <= 0xdfff) FOLD_TABLE.push(null);
  else if (alone === '' && marked === 'aa') FOLD_TABLE.push(SKIP);
  else if (alone === '' && marked === 'a a') FOLD_TABLE.push(SPACE);
  else if (/^[\p{L}\p{N}]+$/u.test(alone) && marked === 'a' + alone + 'a' && ch.toLowerCase() !== 'σ' && ch !== 'ς') FOLD_TABLE.push(alone);
  else FOLD_TABLE.push(null);
}

function foldByTable(s: string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= TABLE_END) return null;
    const f = FOLD_TABLE[c];
    if (f === null) return null;
    if (f === SKIP) continue;
    if (f === SPACE) gap = true;
    else {
      if (gap && out) out += ' ';
      gap = false;
      out += f;
    }
  }
  return out;
}

/** A name's identity key: folded with spaces, hyphens and apostrophes gone (`APớt` = `A Pớt`). */
export function nameKey(s: string): string {
  return fold(s).replace(/\s+/g, '');
}

/** Tokens of the folded form, for token indexes. */
export function foldTokens(s: string): string[] {
  const f = fold(s);
  return f ? f.split(' ') : [];
}
