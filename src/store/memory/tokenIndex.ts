// Folded word → the numbers of the nodes whose searchText has it (nodeNumbers.ts), each
// list kept sorted in an int arena (arena.ts), so that "has this node the word" is a
// binary search; plus the words in sorted order, so that a prefix is a binary search and
// a contiguous run, never a scan of every node. A Set of id strings per word was ~30
// bytes a posting, a tenth of the store's heap; a posting here is 4 bytes and slack.
import { IntArena } from './arena';
import type { NodeNumbers } from './nodeNumbers';

/** Where a word's list is in the arena. */
interface Posting {
  off: number;
  len: number;
  /** size class of the segment */
  cls: number;
}

const EMPTY = new Int32Array(0);

export class TokenIndex {
  private readonly arena = new IntArena(1 << 12);
  private readonly lists = new Map<string, Posting>();
  /** sorted words; rebuilt lazily after a word is added or removed */
  private sorted: string[] | null = [];

  constructor(private readonly numbers: NodeNumbers) {}

  /** Indexes a node's words; the node must have its number already. */
  add(id: string, searchText: string): void {
    const n = this.numbers.get(id);
    for (const t of words(searchText)) {
      let p = this.lists.get(t);
      if (!p) {
        this.lists.set(t, (p = { off: this.arena.alloc(0), len: 0, cls: 0 }));
        this.sorted = null;
      }
      this.insert(p, n);
    }
  }

  remove(id: string, searchText: string): void {
    const n = this.numbers.get(id);
    for (const t of words(searchText)) {
      const p = this.lists.get(t);
      if (!p) continue;
      const d = this.arena.data;
      const i = lowerBound(d, p.off, p.len, n);
      if (i === p.len || d[p.off + i] !== n) continue;
      d.copyWithin(p.off + i, p.off + i + 1, p.off + p.len);
      if (--p.len === 0) {
        this.arena.release(p.off, p.cls);
        this.lists.delete(t);
        this.sorted = null;
      }
    }
  }

  /** Numbers of the nodes whose searchText has this whole word, ascending: a view, valid until the next change. */
  exact(word: string): Int32Array {
    const p = this.lists.get(word);
    return p ? this.arena.data.subarray(p.off, p.off + p.len) : EMPTY;
  }

  /**
   * Ids whose searchText has a word starting with prefix (the word itself first), that
   * `accept` takes, up to `limit`.
   */
  prefix(prefix: string, limit = Infinity, accept?: (id: string) => boolean): Set<string> {
    const sorted = (this.sorted ??= [...this.lists.keys()].sort());
    const out = new Set<string>();
    for (let i = lowerWord(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) {
      for (const n of this.exact(sorted[i])) {
        if (out.size >= limit) return out;
        const id = this.numbers.id(n);
        if (!accept || accept(id)) out.add(id);
      }
    }
    return out;
  }

  private insert(p: Posting, n: number): void {
    let d = this.arena.data;
    const i = lowerBound(d, p.off, p.len, n);
    if (i < p.len && d[p.off + i] === n) return;
    if (p.len === 1 << p.cls) {
      const off = this.arena.alloc(p.cls + 1);
      d = this.arena.data;
      d.copyWithin(off, p.off, p.off + p.len);
      this.arena.release(p.off, p.cls);
      p.off = off;
      p.cls++;
    }
    d.copyWithin(p.off + i + 1, p.off + i, p.off + p.len);
    d[p.off + i] = n;
    p.len++;
  }
}

/** Whether an ascending list has n. */
export function includes(sorted: Int32Array, n: number): boolean {
  const i = lowerBound(sorted, 0, sorted.length, n);
  return i < sorted.length && sorted[i] === n;
}

/** Index (from off) of the first of the len ints at off that is >= n. */
function lowerBound(d: Int32Array, off: number, len: number, n: number): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (d[off + mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function words(searchText: string): Set<string> {
  return new Set(searchText.split(' ').filter(Boolean));
}

function lowerWord(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
