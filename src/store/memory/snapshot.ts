// A snapshot of the memory store: its resolved graph as it is held (node numbering, what
// each article gave each node, relationship rows as their column bytes, texts deflated),
// so that a restart reads it back in seconds instead of extracting every article again.
// It is a cache of the corpus folder, never the record: the caller (src/corpus/load.ts)
// keeps in `meta` what it was made from and throws it away when that no longer holds.
//
// File: a first line `polgraph-snapshot 1`, a 4-byte length and a JSON header (meta, each
// part's length and CRC-32), then the parts: the state as JSON, the relationship columns,
// the deflated texts end to end. Written to a temporary file, fsynced and renamed
// (src/corpus/durable.ts): a crash leaves the old snapshot or the new one.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import type { GraphNode } from '../../domain/model';
import { writeFileDurably } from '../../corpus/durable';
import { combineNode } from '../merge';
import type { GraphIndexes } from './indexes';
import type { RelTableMeta } from './relTable';
import type { NodeSupports, SupportsDump } from './supports';

const MAGIC = 'polgraph-snapshot 1\n';

/** What a snapshot holds of a store besides the relationship columns and texts. */
export interface StoreState {
  numbers: { ids: (string | null)[]; freed: number[] };
  supports: SupportsDump;
  /** nodes no article lists that a relationship still touches */
  unsupported: GraphNode[];
  rels: RelTableMeta;
  /** article id and deflated length, in the order of the texts part */
  texts: [string, number][];
}

export interface StoreDump {
  state: StoreState;
  columns: Uint8Array[];
  texts: Uint8Array[];
}

export function dumpStore(g: GraphIndexes, supports: NodeSupports): StoreDump {
  const rels = g.rels.dump();
  const unsupported: GraphNode[] = [];
  for (const [id, n] of g.nodes) if (!supports.of(id).length) unsupported.push(n);
  const texts: [string, number][] = [];
  const blobs: Uint8Array[] = [];
  for (const [id, z] of g.texts.deflatedEntries()) {
    texts.push([id, z.length]);
    blobs.push(z);
  }
  return { state: { numbers: g.numbers.dump(), supports: supports.dump(), unsupported, rels: rels.meta, texts }, columns: rels.columns, texts: blobs };
}

/** Fills an empty store's indexes from a dump; `keep` makes the stored copy of a node (frozen, its strings pooled). */
export async function restoreStore(
  g: GraphIndexes,
  supports: NodeSupports,
  d: { state: StoreState; columns: Uint8Array[]; texts: Uint8Array },
  keep: (n: GraphNode) => GraphNode,
): Promise<void> {
  const { state } = d;
  g.numbers.restore(state.numbers.ids, state.numbers.freed);
  let k = 0;
  for (const id of supports.restore(state.supports, keep)) {
    const given = supports.of(id);
    // one distinct contribution is the node itself (merge.ts), already kept
    g.putNode(given.length === 1 ? given[0].node : keep(combineNode(given)));
    // let the server answer /health meanwhile
    if (++k % 20_000 === 0) await new Promise((r) => setImmediate(r));
  }
  for (const n of state.unsupported) g.putNode(keep(n));
  g.rels.restore(d.columns, state.rels);
  g.linkAllRels();
  let off = 0;
  for (const [id, len] of state.texts) {
    g.texts.putDeflated(g.node(id).id, d.texts.subarray(off, off + len));
    off += len;
  }
}

export interface Snapshottable {
  dump(): StoreDump;
  restore(d: { state: StoreState; columns: Uint8Array[]; texts: Uint8Array }): Promise<void>;
}

/** Writes a store's snapshot durably; its size in bytes. */
export function writeSnapshot(store: Snapshottable, path: string, meta: unknown): number {
  const d = store.dump();
  const parts: Uint8Array[] = [Buffer.from(JSON.stringify(d.state), 'utf8'), ...d.columns, Buffer.concat(d.texts)];
  const header = Buffer.from(JSON.stringify({ meta, parts: parts.map((p) => p.length), crc: parts.map((p) => crc32(p)) }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const chunks = [Buffer.from(MAGIC, 'utf8'), length, header, ...parts];
  writeFileDurably(path, chunks);
  return chunks.reduce((n, c) => n + c.length, 0);
}

/** A snapshot's meta, without reading the rest; null when there is none or it is not one. */
export function readSnapshotMeta(path: string): unknown {
  const head = readHeader(path);
  return head ? head.header.meta : null;
}

/**
 * Reads a snapshot into an empty store; false (and the store left empty) when the file is
 * missing, not a snapshot, or damaged (a part's CRC differs).
 */
export async function readSnapshot(path: string, store: Snapshottable): Promise<boolean> {
  const head = readHeader(path);
  if (!head) return false;
  const bytes = readFileSync(path);
  let off = head.start;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < head.header.parts.length; i++) {
    const part = bytes.subarray(off, off + head.header.parts[i]);
    if (part.length !== head.header.parts[i] || crc32(part) !== head.header.crc[i]) return false;
    parts.push(part);
    off += part.length;
  }
  const [json, ...rest] = parts;
  const texts = rest.pop()!;
  await store.restore({ state: JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.length).toString('utf8')) as StoreState, columns: rest, texts });
  return true;
}

interface Header {
  meta: unknown;
  parts: number[];
  crc: number[];
}

function readHeader(path: string): { header: Header; start: number } | null {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st?.isFile() || st.size < MAGIC.length + 4) return null;
  const fd = openSync(path, 'r');
  try {
    const first = Buffer.alloc(MAGIC.length + 4);
    readFully(fd, first, 0);
    if (first.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return null;
    const len = first.readUInt32LE(MAGIC.length);
    if (MAGIC.length + 4 + len > st.size) return null;
    const raw = Buffer.alloc(len);
    readFully(fd, raw, MAGIC.length + 4);
    const header = JSON.parse(raw.toString('utf8')) as Header;
    return { header, start: MAGIC.length + 4 + len };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function readFully(fd: number, into: Buffer, position: number): void {
  for (let off = 0; off < into.length; ) {
    const n = readSync(fd, into, off, into.length - off, position + off);
    if (n === 0) throw new Error('snapshot ends early');
    off += n;
  }
}
