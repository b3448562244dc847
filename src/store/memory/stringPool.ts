// One shared copy of each string the stored nodes repeat: a meeting title, an office
// ("Ủy viên Ban Thường vụ Tỉnh ủy"), a folded name, a kind are written by thousands of
// articles, and each write made a copy of its own (a tenth of the heap at 10k articles).
// The pool keeps what it has seen after the nodes that used it are deleted: it grows with
// the distinct strings ever written, not with the writes.
import { flat } from './relTable';

export class StringPool {
  private readonly pool = new Map<string, string>();

  /** The pooled copy of s, flat (sharing nothing with a larger string). */
  intern(s: string): string {
    let shared = this.pool.get(s);
    if (shared === undefined) this.pool.set((shared = flat(s)), shared);
    return shared;
  }

  get size(): number {
    return this.pool.size;
  }
}
