// Folded word → node ids, plus the words in sorted order so that a prefix is a binary
// search and a contiguous run, never a scan of every node.

export class TokenIndex {
  private readonly ids = new Map<string, Set<string>>();
  /** sorted words; rebuilt lazily after a word is added or removed */
  private sorted: string[] | null = [];

  add(id: string, searchText: string): void {
    for (const t of words(searchText)) {
      let set = this.ids.get(t);
      if (!set) {
        this.ids.set(t, (set = new Set()));
        this.sorted = null;
      }
      set.add(id);
    }
  }

  remove(id: string, searchText: string): void {
    for (const t of words(searchText)) {
      const set = this.ids.get(t);
      if (!set) continue;
      set.delete(id);
      if (set.size === 0) {
        this.ids.delete(t);
        this.sorted = null;
      }
    }
  }

  /** Ids whose searchText has this whole word. */
  exact(word: string): ReadonlySet<string> {
    return this.ids.get(word) ?? EMPTY;
  }

  /**
   * Ids whose searchText has a word starting with prefix (the word itself first), that
   * `accept` takes, up to `limit`.
   */
  prefix(prefix: string, limit = Infinity, accept?: (id: string) => boolean): Set<string> {
    const sorted = (this.sorted ??= [...this.ids.keys()].sort());
    const out = new Set<string>();
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) {
      for (const id of this.ids.get(sorted[i])!) {
        if (out.size >= limit) return out;
        if (!accept || accept(id)) out.add(id);
      }
    }
    return out;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function words(searchText: string): Set<string> {
  return new Set(searchText.split(' ').filter(Boolean));
}

function lowerBound(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
