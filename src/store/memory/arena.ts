// Many small growable int lists in one Int32Array: a list is a segment (offset, capacity
// of a power of two) of the arena, and a freed segment is reused by the next list of its
// size. A JS array per list costs 8 bytes an entry and ~40 bytes of headers, and a typed
// array per list ~300 bytes of objects; here a list costs its entries and a little slack.

export class IntArena {
  /** the arena; a segment's entries are data[off .. off + length) */
  data: Int32Array;
  private top = 0;
  /** free segment offsets by size class (log2 of capacity) */
  private readonly free: number[][] = [];

  constructor(initial = 1 << 16) {
    this.data = new Int32Array(initial);
  }

  /** Ints in use or free for reuse, and the arena's size (tests, measurement). */
  get used(): number {
    return this.top;
  }

  /** The size class whose capacity holds n ints. */
  static classFor(n: number): number {
    let c = 0;
    while (1 << c < n) c++;
    return c;
  }

  /** A segment of 2^sizeClass ints; its offset. Reading `data` again after this: it may have grown. */
  alloc(sizeClass: number): number {
    const reused = this.free[sizeClass]?.pop();
    if (reused !== undefined) return reused;
    const size = 1 << sizeClass;
    const off = this.top;
    if (off + size > this.data.length) {
      // grow by half, in place of doubling: untouched pages of a fresh buffer cost no RSS,
      // but the copy is made while both buffers are alive
      const grown = new Int32Array(Math.max(off + size, Math.ceil(this.data.length * 1.5)));
      grown.set(this.data.subarray(0, this.top));
      this.data = grown;
    }
    this.top = off + size;
    return off;
  }

  release(off: number, sizeClass: number): void {
    (this.free[sizeClass] ??= []).push(off);
  }
}
