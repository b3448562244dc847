// Character classes checked by hand: Unicode-property regexes are slow in hot loops.

const OTHER_WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Letters, digits and combining marks. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_WORD.test(String.fromCharCode(c));
}
