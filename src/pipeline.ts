// The ingest pipeline: article text → extract → resolve → store.write.
// Shared by the CLI, the server's start-up load and the ingestArticle mutation.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join, resolve as resolvePath } from 'node:path';
import type { ArticleInput, Extraction } from './domain/extraction';
import { extract } from './extract';
import { readArticleFile } from './extract/file';
import { parseFrontMatter } from './extract/metadata';
import { resolve } from './resolve';
import type { GraphStore, WriteResult } from './store/GraphStore';

export interface IngestOutcome {
  extraction: Extraction;
  write: WriteResult;
  /** the corpus file the article was saved to, when asked to save it */
  savedAs?: string;
}

export interface IngestOptions {
  /**
   * Save the article as `<corpusDir>/<article id>.txt` (front matter, then the text) once
   * it is written, so that the memory store, which reloads the corpus folder at start,
   * rebuilds the same graph after a restart.
   */
  saveTo?: string | null;
  /** refuse (UnreadableArticleError) an article the extractor could read no text from, instead of storing it empty */
  refuseUnreadable?: boolean;
}

/** The extractor found no text to read (binary input, only page clutter, too long). Nothing was written. */
export class UnreadableArticleError extends Error {
  override name = 'UnreadableArticleError';
}

/** Extracts, resolves and writes one article in one store transaction. */
export async function ingestArticle(store: GraphStore, input: ArticleInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const extraction = extract(input);
  if (options.refuseUnreadable && extraction.text.trim() === '') {
    throw new UnreadableArticleError(`no article text could be read: ${extraction.warnings.join('; ') || 'empty after cleaning'}`);
  }
  const batch = resolve(extraction);
  const write = await store.writeArticle(batch);
  if (!options.saveTo) return { extraction, write };
  return { extraction, write, savedAs: saveArticleFile(options.saveTo, write.articleId, input) };
}

/** The corpus file name of an article: its id, made safe for every file system. */
export function articleFileName(articleId: string): string {
  return `${articleId.replace(/[^\w.-]+/g, '-')}.txt`;
}

const FRONT_MATTER_KEYS = ['url', 'source', 'publishedAt', 'province'] as const;

/**
 * Writes the article with its metadata as a front-matter block, the format the extractor
 * reads back. A front matter already at the top of the text is merged (the input's fields
 * win), so the text the extractor cleans is the same on both reads and the article keeps
 * its id. Written to a temporary file and renamed, so a crash leaves no half file.
 */
export function saveArticleFile(corpusDir: string, articleId: string, input: ArticleInput): string {
  const { fields, body } = parseFrontMatter(input.text.normalize('NFC'));
  for (const k of FRONT_MATTER_KEYS) {
    const v = input[k];
    if (typeof v === 'string' && v.trim() !== '') fields[k] = v.trim();
  }
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v.replace(/[\r\n]+/g, ' ')}`);
  mkdirSync(corpusDir, { recursive: true });
  const path = join(corpusDir, articleFileName(articleId));
  writeFileSync(`${path}.tmp`, lines.length ? `---\n${lines.join('\n')}\n---\n${body}` : body, 'utf8');
  renameSync(`${path}.tmp`, path);
  return path;
}

/** Removes a deleted article's corpus file(s): the one ingestion saved, and the one it was loaded from. */
export function removeArticleFile(corpusDir: string, articleId: string, file?: string | null): string[] {
  const removed: string[] = [];
  for (const name of new Set([articleFileName(articleId), file ? basename(file) : null])) {
    const path = name ? join(corpusDir, name) : null;
    if (path && existsSync(path)) {
      unlinkSync(path);
      removed.push(path);
    }
  }
  return removed;
}

/** The article files a list of paths names: files as given, folders' *.txt files, sorted. */
export function listArticleFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolvePath(p);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) throw new Error(`no such file or folder: ${p}`);
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
