// A regex scan that starts only near one character. The document codes (100-KH/TU,
// 1234/QĐ-UBND, 123/UBND-KTTH) all hold a slash, and before it only digits, spaces, dashes
// and a type's letters: trying the regex at every position of a 5 KB text costs ~30x more
// than trying it just before each of its few slashes. Same matches, same order.

/** JavaScript's \s, for `allowed` predicates. */
export function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The matches `re` (global) finds in `text` when exec'd in a loop, for a pattern whose every
 * match holds the character `anchor` with only characters `allowed` before its first one
 * (`allowed` must say no to `anchor` itself). `re` is not used; a sticky copy of it is.
 */
export function anchoredMatches(re: RegExp, text: string, anchor: string, allowed: (c: number) => boolean): RegExpExecArray[] {
  const sticky = stickyOf(re);
  const out: RegExpExecArray[] = [];
  // no match starts before `from`: the end of the last match, as the loop's lastIndex
  let from = 0;
  for (let q = text.indexOf(anchor); q >= 0; q = text.indexOf(anchor, Math.max(q + 1, from))) {
    // a match before this anchor starts after the last character that cannot precede it
    let w = q;
    while (w > from && allowed(text.charCodeAt(w - 1))) w--;
    for (let p = w; p <= q; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        from = p + Math.max(1, m[0].length);
        break;
      }
    }
  }
  return out;
}

const STICKY = new Map<RegExp, RegExp>();

/** The regex with the sticky flag instead of the global one (made once per regex). */
export function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (!s) STICKY.set(re, (s = new RegExp(re.source, re.flags.replace('g', '').replace('y', '') + 'y')));
  return s;
}
