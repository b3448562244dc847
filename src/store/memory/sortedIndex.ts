// Node ids kept in a list order (see ../order.ts) as they are written: binary search to
// insert, remove or start a page, so no read ever sorts a whole label. Entries live in
// chunks of at most CHUNK, so an insert moves a few hundred entries, not a whole
// label's (one big array made ingest quadratic at 100k articles).
import type { CursorKey } from '../cursor';
import { compareKeys, type Ordering } from '../order';

const CHUNK = 512;

export class SortedIndex {
  private chunks: CursorKey[][] = [[]];
  private readonly keys = new Map<string, CursorKey>();

  constructor(
    readonly ordering: Ordering,
    /** entries per chunk before a split (small in tests, to exercise splits) */
    private readonly chunkSize = CHUNK,
  ) {}

  get size(): number {
    return this.keys.size;
  }

  /** The key an id is held at. */
  key(id: string): CursorKey | undefined {
    return this.keys.get(id);
  }

  /** Adds the id at its key, or moves it there if its key changed. */
  put(key: CursorKey): void {
    const old = this.keys.get(key.id);
    if (old && old.sort === key.sort) return;
    if (old) this.delete(key.id);
    const c = this.chunkFor((k) => compareKeys(this.ordering, k, key) >= 0);
    const chunk = this.chunks[c];
    chunk.splice(lowerIndex(chunk, (k) => compareKeys(this.ordering, k, key) >= 0), 0, key);
    if (chunk.length > 2 * this.chunkSize) this.chunks.splice(c, 1, chunk.slice(0, this.chunkSize), chunk.slice(this.chunkSize));
    this.keys.set(key.id, key);
  }

  delete(id: string): void {
    const key = this.keys.get(id);
    if (!key) return;
    const c = this.chunkFor((k) => compareKeys(this.ordering, k, key) >= 0);
    const chunk = this.chunks[c];
    const i = lowerIndex(chunk, (k) => compareKeys(this.ordering, k, key) >= 0);
    if (chunk[i]?.id === id) chunk.splice(i, 1);
    if (chunk.length === 0 && this.chunks.length > 1) this.chunks.splice(c, 1);
    this.keys.delete(id);
  }

  /** Index of the first entry past `key` (or at it, when inclusive). */
  after(key: CursorKey, inclusive = false): number {
    return this.firstWhere((k) => {
      const c = compareKeys(this.ordering, k, key);
      return inclusive ? c >= 0 : c > 0;
    });
  }

  /** Index of the first entry for which a predicate that is false then true holds. */
  firstWhere(pred: (key: CursorKey) => boolean): number {
    const c = this.chunkFor(pred);
    let index = 0;
    for (let i = 0; i < c; i++) index += this.chunks[i].length;
    return index + lowerIndex(this.chunks[c], pred);
  }

  /** Index of the first entry whose sort value is >= prefix (NAME_ASC only). */
  lowerBound(prefix: string): number {
    return this.after({ sort: prefix, id: '' }, true);
  }

  /** The entries from index `from` (inclusive) to `end` (exclusive), in order. */
  *range(from = 0, end = Infinity): Generator<CursorKey> {
    let index = 0;
    for (const chunk of this.chunks) {
      if (index + chunk.length <= from) {
        index += chunk.length;
        continue;
      }
      for (let i = Math.max(0, from - index); i < chunk.length; i++) {
        if (index + i >= end) return;
        yield chunk[i];
      }
      index += chunk.length;
    }
  }

  /** All entries in order (tests, small lists). */
  get entries(): CursorKey[] {
    return this.chunks.flat();
  }

  /** The chunk holding the first entry that satisfies pred (the last chunk when none does). */
  private chunkFor(pred: (key: CursorKey) => boolean): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.chunks[mid];
      if (chunk.length && pred(chunk[chunk.length - 1])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Index of the first element satisfying a false-then-true predicate. */
function lowerIndex(list: readonly CursorKey[], pred: (key: CursorKey) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
