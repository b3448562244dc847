// Sentences and tokens of the cleaned text. Every later stage works on tokens (words and
// single punctuation marks, each with its offsets), so evidence offsets come for free.
import { canonicalTones, plainDashes } from '../domain/text';
import { isWordChar } from './chars';
import { tokenKey } from './lexicon';

export { isWordChar };

/**
 * A word or a punctuation mark of the text. A class rather than a plain object for its size:
 * an article has ~1,000 tokens alive while it is read, and four fields instead of seven make
 * the tokenizer allocate a third less (end, word, cap and nameClass are derived or packed).
 */
export class Token {
  constructor(
    /** as written */
    readonly s: string,
    /** comparison key (lexicon.tokenKey) */
    readonly k: string,
    readonly start: number,
    /** word | cap << 1 | nameClass << 2 */
    private bits: number,
  ) {}

  get end(): number {
    return this.start + this.s.length;
  }

  /** a word (letters or digits), not punctuation */
  get word(): boolean {
    return (this.bits & 1) !== 0;
  }

  /** starts with a capital letter */
  get cap(): boolean {
    return (this.bits & 2) !== 0;
  }

  /** what the token can be in a person's name (names.ts), as bits worked out when first asked; 0 until then */
  get nameClass(): number {
    return this.bits >>> 2;
  }

  set nameClass(v: number) {
    this.bits = (this.bits & 3) | (v << 2);
  }
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** index of its first token in the article's token list, and one past its last */
  t0: number;
  t1: number;
}


function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Tokens: runs of letters and digits (joined by "." or an apostrophe between letters, so
 * "T.Ư" and "H'Drai" are one token), and every other non-space character alone. Same
 * tokens as lexicon.TOKEN_RE, scanned by hand for speed. When `text` is already a matching
 * view (see matchView), `canonical` skips the per-token normalisation of the keys.
 */
export function tokenize(text: string, offset = 0, canonical = false): Token[] {
  const out: Token[] = [];
  // lower-casing the whole text once is cheaper than once per token (when lengths agree)
  let lower = canonical ? text.toLowerCase().replace(/[’‘]/g, "'") : null;
  if (lower && lower.length !== text.length) lower = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    const word = isWordChar(c);
    let curly = false;
    if (word) {
      for (;;) {
        while (j < n && isWordChar(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 39 || d === 0x2019 || d === 0x2018) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
          if (d > 127) curly = true;
          j += 2;
        } else break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) j++; // keep a surrogate pair together
    const s = text.slice(i, j);
    // a word in lower case is its own key (unless it holds a curly apostrophe)
    const k = (!word && j === i + 1 && c < 128) || (lower && word && lower.charCodeAt(i) === c && !curly && lower.charCodeAt(j - 1) === text.charCodeAt(j - 1)) ? s : lower ? lower.slice(i, j) : canonical ? s.toLowerCase().replace(/[’‘]/g, "'") : tokenKey(s);
    const cap = word && (lower ? lower.charCodeAt(i) !== c : s[0] !== s[0].toLowerCase());
    out.push(new Token(s, k, i + offset, (word ? 1 : 0) | (cap ? 2 : 0)));
    i = j;
  }
  return out;
}

// a full stop that does not end a sentence: after these abbreviations
const NO_BREAK_AFTER = new Set(['TP', 'Tp', 'TS', 'ThS', 'GS', 'PGS', 'BS', 'Th', 'St', 'TT', 'Q', 'P', 'v.v']);
const BREAK = /[.!?…]+["”’)]*(?=\s+["“(]?[\p{Lu}\p{N}])|[.!?…]+["”’)]*$/gu;

/** Splits into sentences: at line breaks, and after . ! ? … followed by a capital or a digit. */
export function splitSentences(text: string): Omit<Sentence, 't0' | 't1' | 'index'>[] {
  return sentenceSpans(text).map(([start, end]) => ({ start, end, text: text.slice(start, end) }));
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** [start, end) of each sentence, trimmed. */
function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number) => {
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let from = 0;
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(line); m; m = BREAK.exec(line)) {
      if (m[0].startsWith('.')) {
        const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(from, m.index - 6), m.index))?.[1] ?? '';
        if (NO_BREAK_AFTER.has(before)) continue;
      }
      const end = m.index + m[0].length;
      push(lineStart + from, lineStart + end);
      from = end;
    }
    push(lineStart + from, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The text as the lexicons see it: modern tone placement (khoá → khóa, Uỷ → Ủy) and plain
 * dashes. Both rewrites keep every character in place, so offsets in the view are offsets
 * in the text; if some odd input breaks that, the dashes-only view is used.
 */
// Old-style placements (hoà, khoá, Uỷ) rewritten pair by pair in NFC, with the pairs worked
// out once by canonicalTones: normalising the whole text to NFD and back costs more.
const OLD_STYLE_PAIR = /(?<![qQ])[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])/gu;
const MODERN = new Map<string, string>();
for (const v1 of 'oOuU') for (const v2 of 'àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ') MODERN.set(v1 + v2, canonicalTones(v1 + v2));

export function matchView(text: string): string {
  const v = plainDashes(text).replace(OLD_STYLE_PAIR, (pair) => MODERN.get(pair) ?? pair);
  return v.length === text.length ? v : plainDashes(text);
}

/** Sentences (quoted from `text`) with their token ranges (tokens of `view` = matchView(text)). */
export function segment(text: string, view: string = matchView(text)): { sentences: Sentence[]; tokens: Token[] } {
  const tokens = tokenize(view, 0, true);
  const spans = sentenceSpans(view);
  const sentences: Sentence[] = [];
  let t = 0;
  for (let i = 0; i < spans.length; i++) {
    const [start, end] = spans[i];
    while (t < tokens.length && tokens[t].start < start) t++;
    const t0 = t;
    while (t < tokens.length && tokens[t].end <= end) t++;
    sentences.push({ index: i, start, end, text: text.slice(start, end), t0, t1: t });
  }
  return { sentences, tokens };
}

/** The sentence containing offset `pos`. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
