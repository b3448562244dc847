// Relationship numbers per node, per direction and type (a "slot"), in the order they were
// linked, held as int lists in one arena (arena.ts). Each node has a directory segment in
// the same arena: its slots in the order first linked, each with its list's offset, length
// and size class. Neighbours are not grouped: a read that wants one entry per neighbour
// keeps the first relationship to each (the parallel ones, the same fact from other
// articles, follow it), which keeps the store at 4 bytes per relationship end.
import { REL_TYPES, type RelType } from '../../domain/model';
import { IntArena } from './arena';

const TYPE_INDEX = new Map<RelType, number>(REL_TYPES.map((t, i) => [t, i]));
export const IN = 16;
/** The slot of an article's node that lists the relationships the article supports. */
export const EVIDENCE = 32;

/** A node's slot of one direction and type. */
export const slot = (dir: 'OUT' | 'IN', type: RelType): number => (dir === 'IN' ? IN : 0) + TYPE_INDEX.get(type)!;
export const typeOfSlot = (code: number): RelType => REL_TYPES[code % IN];

// a directory: [slot count, own size class, then per slot: code, offset, length, size class]
const HEAD = 2;
const REC = 4;
const EMPTY = new Int32Array(0);

export class Adjacency {
  private readonly arena = new IntArena();
  /** node number → offset of its directory, -1 for none */
  private dirs = new Int32Array(1 << 12).fill(-1);

  /** Appends a relationship number to a node's slot. */
  add(node: number, code: number, rel: number): void {
    let dir = this.dir(node);
    if (dir < 0) dir = this.newDir(node);
    let p = this.find(dir, code);
    if (p < 0) p = this.addSlot(node, code);
    let d = this.arena.data;
    const len = d[p + 2];
    if (len === 1 << d[p + 3]) {
      // full: move the list to a segment twice as big
      const cls = d[p + 3] + 1;
      const off = this.arena.alloc(cls);
      d = this.arena.data;
      d.copyWithin(off, d[p + 1], d[p + 1] + len);
      this.arena.release(d[p + 1], d[p + 3]);
      d[p + 1] = off;
      d[p + 3] = cls;
    }
    d[d[p + 1] + len] = rel;
    d[p + 2] = len + 1;
  }

  /** Removes a relationship number from a node's slot (searching from the end: the newest go first); false when absent. */
  remove(node: number, code: number, rel: number): boolean {
    const dir = this.dir(node);
    const p = dir < 0 ? -1 : this.find(dir, code);
    if (p < 0) return false;
    const d = this.arena.data;
    const off = d[p + 1];
    const len = d[p + 2];
    let i = len - 1;
    while (i >= 0 && d[off + i] !== rel) i--;
    if (i < 0) return false;
    d.copyWithin(off + i, off + i + 1, off + len);
    d[p + 2] = len - 1;
    if (len === 1) this.removeSlot(dir, p);
    return true;
  }

  /** Frees everything a node holds. */
  drop(node: number): void {
    const dir = this.dir(node);
    if (dir < 0) return;
    const d = this.arena.data;
    for (let p = dir + HEAD; p < dir + HEAD + d[dir] * REC; p += REC) this.arena.release(d[p + 1], d[p + 3]);
    this.arena.release(dir, d[dir + 1]);
    this.dirs[node] = -1;
  }

  /** A node's relationship numbers of one slot, oldest first: a view, valid until the next change. */
  entries(node: number, code: number): Int32Array {
    const dir = this.dir(node);
    const p = dir < 0 ? -1 : this.find(dir, code);
    if (p < 0) return EMPTY;
    const d = this.arena.data;
    return d.subarray(d[p + 1], d[p + 1] + d[p + 2]);
  }

  count(node: number, code: number): number {
    const dir = this.dir(node);
    const p = dir < 0 ? -1 : this.find(dir, code);
    return p < 0 ? 0 : this.arena.data[p + 2];
  }

  /** A node's non-empty slots, in the order first linked. */
  codes(node: number): number[] {
    const dir = this.dir(node);
    if (dir < 0) return [];
    const d = this.arena.data;
    const out: number[] = [];
    for (let p = dir + HEAD; p < dir + HEAD + d[dir] * REC; p += REC) out.push(d[p]);
    return out;
  }

  /** How many relationships touch a node, all types and directions (evidence lists aside). */
  total(node: number): number {
    const dir = this.dir(node);
    if (dir < 0) return 0;
    const d = this.arena.data;
    let n = 0;
    for (let p = dir + HEAD; p < dir + HEAD + d[dir] * REC; p += REC) if (d[p] < EVIDENCE) n += d[p + 2];
    return n;
  }

  /** Ints of the arena in use or free for reuse (measurement). */
  get arenaInts(): number {
    return this.arena.used;
  }

  private dir(node: number): number {
    return node >= 0 && node < this.dirs.length ? this.dirs[node] : -1;
  }

  private find(dir: number, code: number): number {
    const d = this.arena.data;
    for (let p = dir + HEAD; p < dir + HEAD + d[dir] * REC; p += REC) if (d[p] === code) return p;
    return -1;
  }

  private newDir(node: number): number {
    if (node >= this.dirs.length) {
      const grown = new Int32Array(Math.max(node + 1, this.dirs.length * 2)).fill(-1);
      grown.set(this.dirs);
      this.dirs = grown;
    }
    const cls = IntArena.classFor(HEAD + 2 * REC);
    const dir = this.arena.alloc(cls);
    this.arena.data[dir] = 0;
    this.arena.data[dir + 1] = cls;
    this.dirs[node] = dir;
    return dir;
  }

  /** Adds an empty slot (one entry's room) at the end of a node's directory; its record's position. */
  private addSlot(node: number, code: number): number {
    let dir = this.dirs[node];
    let d = this.arena.data;
    const k = d[dir];
    if (HEAD + (k + 1) * REC > 1 << d[dir + 1]) {
      const cls = d[dir + 1] + 1;
      const moved = this.arena.alloc(cls);
      d = this.arena.data;
      d.copyWithin(moved, dir, dir + HEAD + k * REC);
      this.arena.release(dir, d[dir + 1]);
      d[moved + 1] = cls;
      this.dirs[node] = dir = moved;
    }
    const off = this.arena.alloc(0);
    d = this.arena.data;
    const p = dir + HEAD + k * REC;
    d[p] = code;
    d[p + 1] = off;
    d[p + 2] = 0;
    d[p + 3] = 0;
    d[dir] = k + 1;
    return p;
  }

  private removeSlot(dir: number, p: number): void {
    const d = this.arena.data;
    this.arena.release(d[p + 1], d[p + 3]);
    const end = dir + HEAD + d[dir] * REC;
    d.copyWithin(p, p + REC, end);
    d[dir]--;
  }
}
