// Character classes checked by hand: Unicode-property regexes are slow in hot loops.

const OTHER_WORD = /^[\p{L}\p{N}\p{M}]$/u;

function isWordCharSlow(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_WORD.test(String.fromCharCode(c));
}

// the answer for every character below U+2000 (Latin, Vietnamese, combining marks), looked
// up: the tokenizer asks it of every character of every article
const TABLE_END = 0x2000;
const WORD_TABLE = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) WORD_TABLE[c] = isWordCharSlow(c) ? 1 : 0;

/** Letters, digits and combining marks. */
export function isWordChar(c: number): boolean {
  return c < TABLE_END ? WORD_TABLE[c] === 1 : isWordCharSlow(c);
}

// Letter categories by table below U+2000, for the name shapes of names.ts: \p{Lu}, \p{Ll}
// and \p{L} regexes, asked of every capitalised word, cost more than the lookups.
const UPPER = 1;
const LOWER = 2;
const LETTER = 4;
const LETTER_TABLE = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  LETTER_TABLE[c] = (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{L}/u.test(ch) ? LETTER : 0);
}

const category = (s: string, i: number, bit: number) => (LETTER_TABLE[s.charCodeAt(i)] & bit) !== 0;
const APOSTROPHE = (c: number) => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;

/** True when every character of `s` is below the table's end (else ask a regex). */
function tabled(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= TABLE_END) return false;
  return true;
}

/** /^\p{Lu}[\p{L}'’‘ʼ]*$/u: a capital, then letters and apostrophes. */
export function isCapitalisedWord(s: string): boolean {
  if (!tabled(s)) return /^\p{Lu}[\p{L}'’‘ʼ]*$/u.test(s);
  if (!s.length || !category(s, 0, UPPER)) return false;
  for (let i = 1; i < s.length; i++) if (!category(s, i, LETTER) && !APOSTROPHE(s.charCodeAt(i))) return false;
  return true;
}

/** /^\p{Lu}{2,}$/u: two or more capitals and nothing else. */
export function isAllCapitals(s: string): boolean {
  if (!tabled(s)) return /^\p{Lu}{2,}$/u.test(s);
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) if (!category(s, i, UPPER)) return false;
  return true;
}

/** /^\p{Lu}\p{Ll}*['’‘ʼ]?\p{Lu}/u: a capital after the first letter ("KRing", "APớt", "H'Hen"). */
export function hasInnerCapital(s: string): boolean {
  if (!tabled(s)) return /^\p{Lu}\p{Ll}*['’‘ʼ]?\p{Lu}/u.test(s);
  if (s.length < 2 || !category(s, 0, UPPER)) return false;
  let i = 1;
  while (i < s.length && category(s, i, LOWER)) i++;
  if (i < s.length && APOSTROPHE(s.charCodeAt(i))) i++;
  return i < s.length && category(s, i, UPPER);
}
