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
  return String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
