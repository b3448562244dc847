// The ingest pipeline: article text → extract → resolve → store.write.
// Shared by the CLI, the server's start-up load and the ingestArticle mutation.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { articleFileContent, articleFileName, articleFilePaths, listArticleFiles, readArticleFile, readIfExists, restoreFile } from './corpus/articleFile';
import { fsyncFolder, removeFileDurably, writeFilesSynced } from './corpus/durable';
import { articleId } from './domain/ids';
import type { ArticleInput, Extraction } from './domain/extraction';
import { extract } from './extract';
import { resolve } from './resolve';
import type { GraphBatch } from './domain/model';
import type { GraphStore, WriteResult } from './store/GraphStore';

export interface IngestOutcome {
  extraction: Extraction;
  write: WriteResult;
  /** the corpus file the article was saved to, when asked to save it */
  savedAs?: string;
}

export interface IngestOptions {
  /**
   * Save the article as `<corpusDir>/<article id>.txt` (front matter, then the text),
   * durably and before the graph is changed, so that the memory store, which reloads the
   * corpus folder at start, rebuilds the same graph after a restart or a crash.
   */
  saveTo?: string | null;
  /** refuse (UnreadableArticleError) an article the extractor could read no text from, instead of storing it empty */
  refuseUnreadable?: boolean;
}

/** The extractor found no text to read (binary input, only page clutter, too long). Nothing was written. */
export class UnreadableArticleError extends Error {
  override name = 'UnreadableArticleError';
}

/**
 * Extracts, resolves and writes one article in one store transaction. With `saveTo`, the
 * write is durable and ordered: the article's corpus file is written and fsynced first
 * (with its folder), then the graph is changed; if the graph refuses the write, the file
 * is put back as it was, so that a failure leaves both as they were and an acknowledged
 * article is on disk whatever happens next. One such write runs at a time.
 */
export async function ingestArticle(store: GraphStore, input: ArticleInput, options: IngestOptions = {}): Promise<IngestOutcome> {
  const extraction = extract(input);
  if (options.refuseUnreadable && extraction.text.trim() === '') {
    throw new UnreadableArticleError(`no article text could be read: ${extraction.warnings.join('; ') || 'empty after cleaning'}`);
  }
  const corpusDir = options.saveTo;
  if (!corpusDir) return { extraction, write: await store.writeArticle(resolve(extraction)) };
  const [result] = await commitArticles(store, corpusDir, [prepareArticle(input, extraction, corpusDir)]);
  if (result instanceof Error) throw result;
  return result;
}

/** An article ready to be saved and written: the extraction as its corpus file will give it back. */
interface PreparedArticle {
  extraction: Extraction;
  batch: GraphBatch;
  path: string;
  content: string;
}

function prepareArticle(input: ArticleInput, extraction: Extraction, corpusDir: string): PreparedArticle {
  // named by its file, as the file will give it back at the next start
  const name = articleFileName(articleId(extraction.text));
  const saved = { ...extraction, file: name };
  return { extraction: saved, batch: resolve(saved), path: join(corpusDir, name), content: articleFileContent(input) };
}

/**
 * Saves articles and then writes them to the graph: each file written and fsynced, the
 * folder fsynced once for all of them (a group commit: one folder sync per group, not per
 * article), then each article written to the store; one the store refuses has its file
 * put back as it was. Each result is an outcome or the error that article met.
 */
async function commitArticles(store: GraphStore, corpusDir: string, articles: readonly PreparedArticle[]): Promise<(IngestOutcome | Error)[]> {
  return serially(async () => {
    mkdirSync(corpusDir, { recursive: true });
    const before = articles.map((a) => readIfExists(a.path));
    const saved = await writeFilesSynced(articles.map((a) => ({ path: a.path, data: a.content })));
    // renamed into place above; durable from here
    fsyncFolder(corpusDir);
    const out: (IngestOutcome | Error)[] = [];
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i];
      if (saved[i]) {
        out.push(new Error(`could not save ${a.path}: ${saved[i]!.message}`));
        continue;
      }
      try {
        out.push({ extraction: a.extraction, write: await store.writeArticle(a.batch), savedAs: a.path });
      } catch (err) {
        restoreFile(a.path, before[i]);
        out.push(err instanceof Error ? err : new Error(String(err)));
      }
    }
    return out;
  });
}

/**
 * Deletes an article durably and in order: its corpus file(s) are removed (and the folder
 * fsynced) first, then the graph; if the graph refuses, the files are put back. False
 * (nothing changed) when the store does not have the article.
 */
export async function deleteArticle(store: GraphStore, articleId: string, corpusDir: string, file?: string | null): Promise<{ deleted: boolean; removed: string[] }> {
  return serially(async () => {
    const [node] = await store.getNodes([articleId]);
    if (!node || node.label !== 'Article') return { deleted: false, removed: [] };
    const paths = articleFilePaths(corpusDir, articleId, file ?? (typeof node.props.file === 'string' ? node.props.file : null));
    const before = paths.map((p) => readIfExists(p));
    paths.forEach((p) => removeFileDurably(p));
    try {
      return { deleted: await store.deleteArticle(articleId), removed: paths };
    } catch (err) {
      paths.forEach((p, i) => restoreFile(p, before[i]));
      throw err;
    }
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs corpus-and-graph writes one at a time, in the order asked: each sees the last one's result. */
export function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
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

/** Articles per group commit of a bulk ingest into the corpus: one folder fsync each. */
const GROUP_COMMIT = 64;

export interface IngestFilesOptions {
  /** save each article into this corpus folder first (files already in it are not copied) */
  saveTo?: string | null;
  onProgress?: (p: IngestProgress) => void;
  /** called once an article is written (durable, with saveTo) */
  onWritten?: (file: string, articleId: string) => void;
}

/**
 * Ingests many files, one transaction per article. A file that fails is reported and
 * skipped: one bad article must not stop a load of thousands.
 */
export async function ingestFiles(
  store: GraphStore,
  paths: readonly string[],
  options: IngestFilesOptions | ((p: IngestProgress) => void) = {},
): Promise<IngestSummary> {
  const { saveTo, onProgress, onWritten } = typeof options === 'function' ? { onProgress: options } : options;
  const started = Date.now();
  const files = listArticleFiles(paths);
  const corpus = saveTo ? resolvePath(saveTo) : null;
  const summary: IngestSummary = { files: files.length, written: 0, unchanged: 0, failed: [], ms: 0 };
  let done = 0;
  const settle = (file: string, result: IngestOutcome | Error) => {
    if (result instanceof Error) summary.failed.push({ file, error: result.message });
    else {
      if (result.write.created) summary.written++;
      else summary.unchanged++;
      onWritten?.(file, result.write.articleId);
    }
    onProgress?.({ done: ++done, total: files.length, file, failed: summary.failed.length });
  };
  // articles saved into the corpus are committed in groups (commitArticles), acknowledged
  // (onWritten) only once their group is durable
  let group: { file: string; article: PreparedArticle }[] = [];
  const flush = async () => {
    if (!group.length) return;
    // the folder itself failing (not a folder, not writable) fails the group, none written
    const results = await commitArticles(store, corpus!, group.map((g) => g.article)).catch((err: Error) => group.map(() => err));
    group.forEach((g, i) => settle(g.file, results[i]));
    group = [];
  };
  let yielded = Date.now();
  for (const file of files) {
    // the memory store answers at once: give the event loop a turn now and then, so that a
    // server loading its corpus still answers /health
    if (Date.now() - yielded > 20) {
      await new Promise((r) => setImmediate(r));
      yielded = Date.now();
    }
    try {
      const input = readArticleFile(file);
      if (corpus === null || dirname(file) === corpus) {
        settle(file, await ingestArticle(store, input));
        continue;
      }
      const article = prepareArticle(input, extract(input), corpus);
      // the same article twice in one group would put back the wrong file on a failure
      if (group.some((g) => g.article.path === article.path)) await flush();
      group.push({ file, article });
      if (group.length >= GROUP_COMMIT) await flush();
    } catch (err) {
      settle(file, err instanceof Error ? err : new Error(String(err)));
    }
  }
  await flush();
  summary.ms = Date.now() - started;
  return summary;
}
