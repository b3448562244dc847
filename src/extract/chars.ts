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
