// Sentences and tokens of the cleaned text. Every later stage works on tokens (words and
// single punctuation marks, each with its offsets), so evidence offsets come for free.
import { canonicalTones, plainDashes } from '../domain/text';
import { TOKEN_RE, tokenKey } from './lexicon';

export interface Token {
  /** as written */
  s: string;
  /** comparison key (lexicon.tokenKey) */
  k: string;
  start: number;
  end: number;
  /** a word (letters or digits), not punctuation */
  word: boolean;
  /** starts with a capital letter */
  cap: boolean;
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

const UPPER = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;

/**
 * Tokens of `text`. When the text is already a matching view (tone-canonical, plain dashes:
 * see index.ts) `canonical` skips the per-token normalisation, which is the costly part.
 */
export function tokenize(text: string, offset = 0, canonical = false): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const s = m[0];
    const k = canonical ? s.toLowerCase().replace(/’/g, "'") : tokenKey(s);
    out.push({ s, k, start: m.index + offset, end: m.index + offset + s.length, word: WORD.test(s), cap: UPPER.test(s) });
  }
  return out;
}

// a full stop that does not end a sentence: after these abbreviations
const NO_BREAK_AFTER = new Set(['TP', 'Tp', 'TS', 'ThS', 'GS', 'PGS', 'BS', 'Th', 'St', 'TT', 'Q', 'P', 'v.v']);
const BREAK = /[.!?…]+["”’)]*(?=\s+["“(]?[\p{Lu}\p{N}])|[.!?…]+["”’)]*$/gu;

/** Splits into sentences: at line breaks, and after . ! ? … followed by a capital or a digit. */
export function splitSentences(text: string): Omit<Sentence, 't0' | 't1' | 'index'>[] {
  const out: Omit<Sentence, 't0' | 't1' | 'index'>[] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let from = 0;
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(line); m; m = BREAK.exec(line)) {
      const before = /([\p{L}.]+)$/u.exec(line.slice(from, m.index))?.[1] ?? '';
      if (m[0].startsWith('.') && NO_BREAK_AFTER.has(before)) continue;
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
export function matchView(text: string): string {
  const v = canonicalTones(plainDashes(text));
  return v.length === text.length ? v : plainDashes(text);
}

/** Sentences (quoted from `text`) with their token ranges (tokens of `view` = matchView(text)). */
export function segment(text: string, view: string = matchView(text)): { sentences: Sentence[]; tokens: Token[] } {
  const tokens = tokenize(view, 0, true);
  const raw = splitSentences(view).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  const sentences: Sentence[] = [];
  let t = 0;
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i];
    while (t < tokens.length && tokens[t].start < s.start) t++;
    const t0 = t;
    while (t < tokens.length && tokens[t].end <= s.end) t++;
    sentences.push({ ...s, index: i, t0, t1: t });
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
