// The ingest pipeline: article text → extract → resolve → store.write.
// Shared by the CLI, the server's start-up load and the ingestArticle mutation.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import type { ArticleInput, Extraction } from './domain/extraction';
import { extract } from './extract';
import { readArticleFile } from './extract/file';
import { resolve } from './resolve';
import type { GraphStore, WriteResult } from './store/GraphStore';

export interface IngestOutcome {
  extraction: Extraction;
  write: WriteResult;
}

/** Extracts, resolves and writes one article in one store transaction. */
export async function ingestArticle(store: GraphStore, input: ArticleInput): Promise<IngestOutcome> {
  const extraction = extract(input);
  const batch = resolve(extraction);
  const write = await store.writeArticle(batch);
  return { extraction, write };
}

/** The article files a list of paths names: files as given, folders' *.txt files, sorted. */
export function listArticleFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolvePath(p);
    const st = statSync(abs); // throws ENOENT with the path in the message
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        if (name.endsWith('.txt') && statSync(join(abs, name)).isFile()) files.push(join(abs, name));
      }
    } else {
      files.push(abs);
    }
  }
  return files;
}

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  failed: number;
}

export interface IngestSummary {
  files: number;
  written: number;
  unchanged: number;
  failed: { file: string; error: string }[];
  ms: number;
}

/**
 * Ingests many files, one transaction per article. A file that fails is reported and
 * skipped: one bad article must not stop a load of thousands.
 */
export async function ingestFiles(
  store: GraphStore,
  paths: readonly string[],
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestSummary> {
  const started = Date.now();
  const files = listArticleFiles(paths);
  const summary: IngestSummary = { files: files.length, written: 0, unchanged: 0, failed: [], ms: 0 };
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      const { write } = await ingestArticle(store, readArticleFile(file));
      if (write.created) summary.written++;
      else summary.unchanged++;
    } catch (err) {
      summary.failed.push({ file, error: err instanceof Error ? err.message : String(err) });
    }
    onProgress?.({ done: i + 1, total: files.length, file, failed: summary.failed.length });
  }
  summary.ms = Date.now() - started;
  return summary;
}
