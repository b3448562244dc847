// A small seeded PRNG (sfc32) and the picks the generator needs. Every article gets its
// own stream derived from (seed, index), so article i is the same whatever N is and the
// corpus can be produced lazily, one article at a time.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** pick with weights (same length as xs) */
  weighted<T>(xs: readonly T[], weights: readonly number[]): T;
  /** k distinct items, order random */
  sample<T>(xs: readonly T[], k: number): T[];
  shuffle<T>(xs: T[]): T[];
}

/** 32-bit string hash (FNV-1a) to seed streams from text keys. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number | string): Rng {
  const s = typeof seed === 'number' ? `n${seed}` : seed;
  let a = hash32(s);
  let b = hash32(s + '#b');
  let c = hash32(s + '#c');
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // warm up: first outputs of sfc32 are weak

  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    weighted: (xs, weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < xs.length; i++) {
        r -= weights[i];
        if (r < 0) return xs[i];
      }
      return xs[xs.length - 1];
    },
    sample: (xs, k) => rng.shuffle([...xs]).slice(0, Math.min(k, xs.length)),
    shuffle: (xs) => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      return xs;
    },
  };
  return rng;
}

/** Zipf-like weights 1/(i+1)^s: a few items recur in most articles, like real news. */
export function zipfWeights(n: number, s = 1): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
}
