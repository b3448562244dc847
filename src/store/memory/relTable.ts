// Relationships as columns of typed arrays, one row per relationship, addressed by a
// number; the port's plain objects are made only when read. A JS object per relationship
// (with its id string and its entries in Maps) was ~450 bytes of heap; a row is 36 bytes
// off the heap:
// - ends and article are node numbers (see nodeNumbers.ts), the type a byte;
// - an id of the form resolve makes (`rel:` and 20 hex digits) is kept as 10 bytes;
// - a quote that is its article's text between start and end (nearly every one) is not
//   kept but cut from the text when read, null offsets are -1, asOf an interned string.
// Anything else (another id form, a quote of other text, an odd offset) is kept as given
// in a side map, so that what is read back is always what was written.
import { REL_TYPES, type GraphRelationship, type RelType } from '../../domain/model';

const FREE = 255;
/** flags: the id is in idBytes; the quote is cut from the text; the quote is null; fields in `odd` */
const HEX_ID = 1;
const QUOTE_TEXT = 2;
const QUOTE_NULL = 4;
const ODD = 8;
const ID_BYTES = 10;
const HEX_ID_FORM = /^rel:[0-9a-f]{20}$/;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const TYPE_NUMBER = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));

/** Fields kept as given, for a row whose values do not fit its columns. */
export interface Odd {
  id?: string;
  quote?: string | null;
  start?: number | null;
  end?: number | null;
}

/** What a snapshot keeps of a table beside its columns. */
export interface RelTableMeta {
  top: number;
  size: number;
  freeRows: number[];
  odd: [number, Odd][];
  dates: string[];
}

/** Where a relationship's ends and article are, as node numbers. */
export interface RelEnds {
  from: number;
  to: number;
  article: number;
}

export class RelTable {
  private cap = 1024;
  type = new Uint8Array(this.cap).fill(FREE);
  private flags = new Uint8Array(this.cap);
  from = new Int32Array(this.cap);
  to = new Int32Array(this.cap);
  article = new Int32Array(this.cap);
  private start = new Int32Array(this.cap);
  private end = new Int32Array(this.cap);
  private asOfs = new Int32Array(this.cap);
  private idBytes = new Uint8Array(this.cap * ID_BYTES);
  private readonly odd = new Map<number, Odd>();
  /** rows by id, for the ids not of the hex form */
  private readonly oddIds = new Map<string, number>();
  /** asOf dates, interned: a few thousand distinct ones among millions of rows */
  private readonly dates: string[] = [];
  private readonly dateNumbers = new Map<string, number>();
  private top = 0;
  private readonly freeRows: number[] = [];
  size = 0;

  /** Stores a relationship; `text` is its article's, which its quote is cut from when it can be. Its row number. */
  add(r: GraphRelationship, ends: RelEnds, text: string | null): number {
    const i = this.freeRows.pop() ?? this.newRow();
    this.size++;
    this.type[i] = TYPE_NUMBER.get(r.type)!;
    this.from[i] = ends.from;
    this.to[i] = ends.to;
    this.article[i] = ends.article;
    const odd: Odd = {};
    let flags = 0;
    if (HEX_ID_FORM.test(r.id)) {
      flags |= HEX_ID;
      for (let k = 0; k < ID_BYTES; k++) this.idBytes[i * ID_BYTES + k] = parseInt(r.id.substr(4 + 2 * k, 2), 16);
    } else {
      odd.id = flat(r.id);
      this.oddIds.set(odd.id, i);
    }
    if (r.quote === null) flags |= QUOTE_NULL;
    else if (text !== null && r.start !== null && r.end !== null && text.slice(r.start, r.end) === r.quote) flags |= QUOTE_TEXT;
    // a quote of other text is copied flat: a slice would keep its whole parent string alive
    else odd.quote = flat(r.quote);
    this.start[i] = offset(r.start, odd, 'start');
    this.end[i] = offset(r.end, odd, 'end');
    this.asOfs[i] = r.asOf === null ? -1 : this.date(r.asOf);
    if (Object.keys(odd).length) {
      flags |= ODD;
      this.odd.set(i, odd);
    }
    this.flags[i] = flags;
    return i;
  }

  remove(i: number): void {
    if (!this.has(i)) return;
    this.type[i] = FREE;
    const odd = this.odd.get(i);
    if (odd?.id !== undefined) this.oddIds.delete(odd.id);
    this.odd.delete(i);
    this.freeRows.push(i);
    this.size--;
  }

  /** Rows in use or free: row numbers are below this. */
  get rowCount(): number {
    return this.top;
  }

  has(i: number): boolean {
    return i >= 0 && i < this.top && this.type[i] !== FREE;
  }

  /**
   * The row with this id: ids not of the hex form by their map, hex ones among `rows`
   * (an id of resolve's is a digest of type, ends and article, so its row is among its
   * article's); -1 when none.
   */
  find(id: string, rows: ArrayLike<number>): number {
    if (!HEX_ID_FORM.test(id)) return this.oddIds.get(id) ?? -1;
    const b = this.idBytes;
    const first = parseInt(id.substr(4, 2), 16);
    next: for (let j = 0; j < rows.length; j++) {
      const o = rows[j] * ID_BYTES;
      if (!(this.flags[rows[j]] & HEX_ID) || b[o] !== first) continue;
      for (let k = 1; k < ID_BYTES; k++) if (b[o + k] !== parseInt(id.substr(4 + 2 * k, 2), 16)) continue next;
      return rows[j];
    }
    return -1;
  }

  typeOf(i: number): RelType {
    return REL_TYPES[this.type[i]];
  }

  asOf(i: number): string | null {
    return this.asOfs[i] < 0 ? null : this.dates[this.asOfs[i]];
  }

  /** Whether row i's id comes before row j's, without building the strings (hex ids compare as their bytes). */
  idBefore(i: number, j: number): boolean {
    if (this.flags[i] & this.flags[j] & HEX_ID) {
      const b = this.idBytes;
      for (let k = 0; k < ID_BYTES; k++) {
        const x = b[i * ID_BYTES + k];
        const y = b[j * ID_BYTES + k];
        if (x !== y) return x < y;
      }
      return false;
    }
    return this.id(i) < this.id(j);
  }

  id(i: number): string {
    if (!(this.flags[i] & HEX_ID)) return this.odd.get(i)!.id!;
    let s = 'rel:';
    for (let k = 0; k < ID_BYTES; k++) s += HEX[this.idBytes[i * ID_BYTES + k]];
    return s;
  }

  /** The row as the port shows it, its quote cut from its article's text. */
  read(i: number, idOf: (node: number) => string, textOf: (articleId: string) => string | null): GraphRelationship {
    const flags = this.flags[i];
    const odd = flags & ODD ? this.odd.get(i)! : undefined;
    const article = idOf(this.article[i]);
    const start = odd && 'start' in odd ? odd.start! : this.start[i] < 0 ? null : this.start[i];
    const end = odd && 'end' in odd ? odd.end! : this.end[i] < 0 ? null : this.end[i];
    const quote = flags & QUOTE_NULL ? null : flags & QUOTE_TEXT ? (textOf(article)?.slice(start!, end!) ?? null) : odd!.quote!;
    return { id: this.id(i), type: this.typeOf(i), from: idOf(this.from[i]), to: idOf(this.to[i]), article, quote, start, end, asOf: this.asOf(i) };
  }

  /** The table as a snapshot holds it: its columns' bytes (rows 0..top) and the rest as JSON. */
  dump(): { columns: Uint8Array[]; meta: RelTableMeta } {
    const n = this.top;
    const bytes = (a: Uint8Array | Int32Array, per = 1) => new Uint8Array(a.buffer, a.byteOffset, n * per * a.BYTES_PER_ELEMENT);
    return {
      columns: [bytes(this.type), bytes(this.flags), bytes(this.from), bytes(this.to), bytes(this.article), bytes(this.start), bytes(this.end), bytes(this.asOfs), bytes(this.idBytes, ID_BYTES)],
      meta: { top: n, size: this.size, freeRows: [...this.freeRows], odd: [...this.odd], dates: [...this.dates] },
    };
  }

  /** Takes a snapshot's table (an empty table only); `columns` as dump gave them. */
  restore(columns: readonly Uint8Array[], meta: RelTableMeta): void {
    this.grow(Math.max(this.cap, meta.top));
    const n = meta.top;
    const into = (a: Uint8Array | Int32Array, c: Uint8Array) => new Uint8Array(a.buffer, a.byteOffset, c.length).set(c);
    [this.type, this.flags, this.from, this.to, this.article, this.start, this.end, this.asOfs, this.idBytes].forEach((a, k) => into(a, columns[k]));
    this.type.fill(FREE, n);
    this.top = n;
    this.size = meta.size;
    this.freeRows.push(...meta.freeRows);
    for (const [i, odd] of meta.odd) {
      this.odd.set(i, odd);
      if (odd.id !== undefined) this.oddIds.set(odd.id, i);
    }
    for (const d of meta.dates) this.date(d);
  }

  private date(s: string): number {
    let n = this.dateNumbers.get(s);
    if (n === undefined) {
      n = this.dates.push(flat(s)) - 1;
      this.dateNumbers.set(this.dates[n], n);
    }
    return n;
  }

  private newRow(): number {
    if (this.top === this.cap) this.grow(Math.ceil(this.cap * 1.5));
    return this.top++;
  }

  private grow(cap: number): void {
    if (cap <= this.cap) return;
    const more = <T extends Uint8Array | Int32Array>(a: T, per = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(cap * per);
      b.set(a);
      return b;
    };
    this.type = more(this.type);
    this.type.fill(FREE, this.cap);
    this.flags = more(this.flags);
    this.from = more(this.from);
    this.to = more(this.to);
    this.article = more(this.article);
    this.start = more(this.start);
    this.end = more(this.end);
    this.asOfs = more(this.asOfs);
    this.idBytes = more(this.idBytes, ID_BYTES);
    this.cap = cap;
  }
}

/** An offset as its column holds it (-1 for null), or as given in `odd` when the column cannot. */
function offset(v: number | null, odd: Odd, key: 'start' | 'end'): number {
  if (v === null) return -1;
  if (Number.isInteger(v) && v >= 0 && v <= 0x7fffffff) return v;
  odd[key] = v;
  return -1;
}

/**
 * A copy of a string that shares nothing: V8 makes a substring of 13 characters or more
 * a slice that keeps its whole parent alive, and the names, titles and quotes of an
 * extraction are slices of the article text, which the store keeps deflated instead.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}
