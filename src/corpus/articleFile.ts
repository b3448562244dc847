// The corpus folder's article files, the one owner of their format: `<article id>.txt`, the
// article's metadata as front matter (domain/frontMatter.ts), then its text. Read, written,
// listed and removed here; pipeline.ts decides when, corpus/durable.ts makes each write durable.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve as resolvePath } from 'node:path';
import type { ArticleInput } from '../domain/extraction';
import { formatFrontMatter, parseFrontMatter } from '../domain/frontMatter';
import { removeFileDurably, writeFileDurably } from './durable';

/** Reads a file as UTF-8; bad bytes become U+FFFD, and `extract` then warns rather than throwing. */
export function readArticleFile(path: string): ArticleInput {
  const bytes = readFileSync(path);
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), file: basename(path) };
}

/** A file's bytes, or null when there is none (to put it back after a refused write). */
export function readIfExists(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Puts a file back as it was before a write that the graph refused (absent: removed). */
export function restoreFile(path: string, before: Buffer | null): void {
  if (before) writeFileDurably(path, before);
  else if (existsSync(path)) removeFileDurably(path);
}

/** The corpus file name of an article: its id, made safe for every file system. */
export function articleFileName(articleId: string): string {
  return `${articleId.replace(/[^\w.-]+/g, '-')}.txt`;
}

const FRONT_MATTER_KEYS = ['url', 'source', 'publishedAt', 'province'] as const;

/**
 * The article with its metadata as a front-matter block, the format the extractor reads
 * back. A front matter already at the top of the text is merged (the input's fields win),
 * so the text the extractor cleans is the same on both reads and the article keeps its id.
 */
export function articleFileContent(input: ArticleInput): string {
  const { fields, body } = parseFrontMatter(input.text.normalize('NFC'));
  for (const k of FRONT_MATTER_KEYS) {
    const v = input[k];
    if (typeof v === 'string' && v.trim() !== '') fields[k] = v.trim();
  }
  return formatFrontMatter(fields, body);
}

/** The files of the corpus folder that hold an article: the one ingestion saved, and the one it was loaded from. */
export function articleFilePaths(corpusDir: string, articleId: string, file: string | null): string[] {
  return [...new Set([articleFileName(articleId), file ? basename(file) : null])].map((n) => (n ? join(corpusDir, n) : '')).filter((p) => p && existsSync(p));
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
