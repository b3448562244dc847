// Node ids kept in a list order (see ../order.ts) as they are written: binary search to
// insert, remove or start a page, so no read ever sorts a whole label.
import type { CursorKey } from '../cursor';
import { compareKeys, type Ordering } from '../order';

export class SortedIndex {
  readonly entries: CursorKey[] = [];
  private readonly keys = new Map<string, CursorKey>();

  constructor(readonly ordering: Ordering) {}

  get size(): number {
    return this.entries.length;
  }

  /** Adds the id at its key, or moves it there if its key changed. */
  put(key: CursorKey): void {
    const old = this.keys.get(key.id);
    if (old && old.sort === key.sort) return;
    if (old) this.delete(key.id);
    this.entries.splice(this.after(key, true), 0, key);
    this.keys.set(key.id, key);
  }

  delete(id: string): void {
    const key = this.keys.get(id);
    if (!key) return;
    const i = this.after(key, true);
    if (this.entries[i]?.id === id) this.entries.splice(i, 1);
    this.keys.delete(id);
  }

  /** Index of the first entry past `key` (or at it, when inclusive). */
  after(key: CursorKey, inclusive = false): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareKeys(this.ordering, this.entries[mid], key);
      if (c < 0 || (c === 0 && !inclusive)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first entry for which a predicate that is false then true holds. */
  firstWhere(pred: (key: CursorKey) => boolean): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pred(this.entries[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Index of the first entry whose sort value is >= prefix (NAME_ASC only). */
  lowerBound(prefix: string): number {
    return this.after({ sort: prefix, id: '' }, true);
  }
}
