// Loading the corpus folder into the memory store at start, through its snapshot when it
// has one that still holds. The folder is the record (every acknowledged write is a
// fsynced file there, src/pipeline.ts); the snapshot is a cache of what the folder's
// files make, kept with the extractor's version and each file's name, size and mtime:
// - another extractor version: the snapshot is not used, every file is extracted again;
// - a file the snapshot has, unchanged: its article comes from the snapshot;
// - a file changed or gone (a crash after the file was written or removed and before a
//   snapshot, an edit by hand): its article is deleted, the file (if any) extracted again;
// - a file the snapshot lacks: extracted.
// So the graph after a start is the graph of the folder's files, whatever the snapshot.
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listArticleFiles } from './articleFile';
import { extractorVersion } from './extractorVersion';
import { ingestFiles } from '../pipeline';
import type { GraphStore } from '../store/GraphStore';
import { MemoryStore } from '../store/memory/MemoryStore';
import { readSnapshot, readSnapshotMeta, writeSnapshot } from '../store/memory/snapshot';

/** The snapshot's file name in the corpus folder (not a `.txt`: never read as an article). */
export const SNAPSHOT_FILE = '.polgraph-snapshot';

export interface LoadProgress {
  phase: 'snapshot' | 'extract' | 'save';
  done: number;
  total: number;
}

export interface LoadSummary {
  files: number;
  /** articles read from the snapshot */
  fromSnapshot: number;
  /** files extracted (new, changed, or all when there was no usable snapshot) */
  extracted: number;
  /** snapshot articles whose file had changed or gone */
  dropped: number;
  failed: { file: string; error: string }[];
  /** why the snapshot was not used, when it was not */
  snapshotUnused: string | null;
  /** bytes of the snapshot written after the load (0: none was needed or it failed) */
  snapshotBytes: number;
  /** why writing the snapshot failed, when it did */
  snapshotError?: string;
  ms: number;
}

/** What a snapshot records of the corpus it was made from. */
interface CorpusMeta {
  extractor: string;
  /** [file name, size, mtimeMs, article id] */
  files: [string, number, number, string][];
}

export interface LoadOptions {
  /** the snapshot's path (memory store only); null: none is read or written */
  snapshot?: string | null;
  onProgress?: (p: LoadProgress) => void;
}

export async function loadCorpus(store: GraphStore, corpusDir: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const snapshot = store instanceof MemoryStore ? (options.snapshot ?? null) : null;
  removeLeftovers(corpusDir);
  const files = existsSync(corpusDir) ? listArticleFiles([corpusDir]) : [];
  const summary: LoadSummary = { files: files.length, fromSnapshot: 0, extracted: 0, dropped: 0, failed: [], snapshotUnused: null, snapshotBytes: 0, ms: 0 };
  const known = new Set<string>();
  if (snapshot && store instanceof MemoryStore) {
    const meta = readSnapshotMeta(snapshot) as CorpusMeta | null;
    if (!meta) summary.snapshotUnused = existsSync(snapshot) ? 'not a snapshot' : 'none yet';
    else if (meta.extractor !== extractorVersion()) summary.snapshotUnused = `made by another extractor (${meta.extractor}, now ${extractorVersion()})`;
    else {
      options.onProgress?.({ phase: 'snapshot', done: 0, total: files.length });
      if (!(await readSnapshot(snapshot, store))) summary.snapshotUnused = 'damaged';
      else {
        const onDisk = new Map(files.map((f) => [basename(f), statSync(f)]));
        const stale: string[] = [];
        for (const [name, size, mtimeMs, id] of meta.files) {
          const st = onDisk.get(name);
          if (st && st.size === size && st.mtimeMs === mtimeMs) known.add(name);
          else stale.push(id);
        }
        for (const id of stale) if (await store.deleteArticle(id)) summary.dropped++;
        summary.fromSnapshot = known.size;
        options.onProgress?.({ phase: 'snapshot', done: known.size, total: files.length });
      }
    }
  }
  const todo = files.filter((f) => !known.has(basename(f)));
  const s = await ingestFiles(store, todo, {
    onProgress: (p) => options.onProgress?.({ phase: 'extract', done: known.size + p.done, total: files.length }),
  });
  summary.extracted = s.written + s.unchanged;
  summary.failed = s.failed;
  if (snapshot && store instanceof MemoryStore && (todo.length || summary.dropped || summary.snapshotUnused)) {
    options.onProgress?.({ phase: 'save', done: files.length, total: files.length });
    // a cache: a folder it cannot be written to costs the next start time, not this one
    try {
      summary.snapshotBytes = saveSnapshot(store, corpusDir, snapshot);
    } catch (err) {
      summary.snapshotError = err instanceof Error ? err.message : String(err);
    }
  }
  summary.ms = Date.now() - started;
  return summary;
}

/**
 * Writes the memory store's snapshot of a corpus folder; its size in bytes. An article
 * whose file is not in the folder is left out of the list, so the next load drops it.
 */
export function saveSnapshot(store: MemoryStore, corpusDir: string, path: string): number {
  const files: CorpusMeta['files'] = [];
  for (const [id, file] of store.articleFiles()) {
    const st = file ? statSync(join(corpusDir, basename(file)), { throwIfNoEntry: false }) : undefined;
    if (st) files.push([basename(file!), st.size, st.mtimeMs, id]);
  }
  const meta: CorpusMeta = { extractor: extractorVersion(), files };
  mkdirSync(dirname(path), { recursive: true });
  return writeSnapshot(store, path, meta);
}

/** Temporary files of writes a crash interrupted: never acknowledged, so never articles. */
function removeLeftovers(corpusDir: string): void {
  if (!existsSync(corpusDir)) return;
  for (const name of readdirSync(corpusDir)) if (name.endsWith('.tmp')) unlinkSync(join(corpusDir, name));
}
