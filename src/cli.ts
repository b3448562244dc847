#!/usr/bin/env node
// polgraph's command line: serve | ingest | extract | eval | schema.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { printPolgraphSchema } from './api/schema';
import { ConfigError, loadConfig, type Config } from './config';
import { extract, toContractJson } from './extract';
import { runEval } from './eval/evaluate';
import { listArticleFiles, readArticleFile } from './corpus/articleFile';
import { runExport, type ExportOptions } from './export/command';
import { ExportRequestError } from './export/formats';
import { loadCorpus, saveSnapshot, type LoadProgress } from './corpus/load';
import { createLogger, type Logger } from './logger';
import { ingestFiles } from './pipeline';
import { installLastResort } from './http/lastResort';
import { serve } from './serve';
import { progressReporter } from './progress';
import { createStore, MemoryStore, type GraphStore } from './store';

const USAGE = `polgraph — a GraphQL server over Vietnamese provincial political news

Usage:
  polgraph serve                      load the corpus (memory store) and serve GraphQL
  polgraph ingest PATH...             extract and write articles (files or folders of .txt); with the
                                      memory store, into the corpus folder and its snapshot
  polgraph extract FILE...            print each file's extraction as one JSON line
  polgraph eval --gold DIR FILE...    score extractions against gold annotations
  polgraph schema                     print the GraphQL schema (SDL)
  polgraph export [--format F]        print the store's graph: jsonl (default), graphml, cytoscape,
                                      csv (--part nodes|edges, or --out DIR for both files)
  polgraph --help                     this text

Options:
  --verbose                           (eval) list every miss and extra
  --min-f1 X                          (eval) exit 1 when the macro F1 is below X
  --quiet                             (ingest) no progress lines
  --list                              (ingest) print "ID<tab>FILE" on stdout as each article is durable
  --around ID --depth N               (export) only the node's neighbourhood (depth 1 to 3)
  --out DIR                           (export) write files into DIR instead of stdout

Environment: PORT, HOST, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
POLGRAPH_API_KEY, POLGRAPH_CORPUS, LOG_LEVEL, POLGRAPH_INTROSPECTION, POLGRAPH_CORS_ORIGINS,
POLGRAPH_MAX_BODY_BYTES, POLGRAPH_MAX_RESPONSE_BYTES, POLGRAPH_QUERY_TIMEOUT_MS,
POLGRAPH_MAX_CONNECTIONS (see README.md).`;

/** Exit codes: 0 ok, 1 the work failed, 2 the command line was wrong. */
class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  gold: { type: 'string' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean' },
  list: { type: 'boolean' },
  'min-f1': { type: 'string' },
  format: { type: 'string' },
  part: { type: 'string' },
  around: { type: 'string' },
  depth: { type: 'string' },
  out: { type: 'string' },
} as const;


async function openStore(config: Config, logger: Logger) {
  const store = createStore(config, logger);
  await store.init();
  return store;
}

/** The memory store with the corpus folder loaded (through its snapshot), a progress line on stderr. */
async function loadMemoryCorpus(store: GraphStore, config: Config, logger: Logger, quiet = false, onProgress?: (p: LoadProgress) => void) {
  const bar = progressReporter(process.stderr, 'loading corpus');
  const summary = await loadCorpus(store, config.corpusDir, {
    snapshot: config.snapshotPath,
    onProgress: (p) => {
      onProgress?.(p);
      if (!quiet) bar(p.done, p.total, p.phase === 'snapshot' ? 'from the snapshot' : p.phase === 'save' ? 'saving the snapshot' : undefined);
    },
  });
  for (const f of summary.failed) logger.warn({ file: f.file, error: f.error }, 'article skipped');
  const { failed, ...rest } = summary;
  logger.info({ corpus: config.corpusDir, snapshot: config.snapshotPath, ...rest, failed: failed.length }, 'corpus loaded');
  return summary;
}

async function cmdServe(config: Config, logger: Logger): Promise<void> {
  const started = Date.now();
  const serving = await serve(config, logger);
  const { server, store } = serving;
  installLastResort(logger);
  process.stderr.write(`polgraph listening at ${server.url} (store: ${store.kind}; /health answers 503 until it is ready)\n`);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await serving.close().catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await serving.ready;
  const counts = await store.counts();
  logger.info({ url: server.url, store: store.kind, counts, startupMs: Date.now() - started }, 'ready');
  process.stdout.write(
    `polgraph ready at ${server.url} (store: ${store.kind}; ` +
      `${counts.nodes.Article} articles, ${counts.nodes.Person} people, ${counts.nodes.Meeting} meetings, ` +
      `${counts.nodes.Document} documents, ${counts.relationships} relationships)\n`,
  );
}

async function cmdIngest(config: Config, logger: Logger, paths: string[], quiet: boolean, list: boolean): Promise<number> {
  if (!paths.length) throw new UsageError('ingest needs at least one file or folder');
  const store = await openStore(config, logger);
  try {
    // memory: the articles go into the corpus folder (each durable before the next) and
    // its snapshot, so that the next `serve` has them
    const memory = store instanceof MemoryStore;
    if (memory) await loadMemoryCorpus(store, config, logger, quiet);
    const bar = progressReporter(process.stderr, 'ingest');
    const s = await ingestFiles(store, paths, {
      saveTo: memory ? config.corpusDir : null,
      onProgress: quiet ? undefined : (p) => bar(p.done, p.total, p.failed ? `${p.failed} failed` : undefined),
      onWritten: list ? (file, id) => process.stdout.write(`${id}\t${file}\n`) : undefined,
    });
    for (const f of s.failed) process.stderr.write(`failed: ${f.file}: ${f.error}\n`);
    let snapshotBytes = 0;
    if (store instanceof MemoryStore && config.snapshotPath) snapshotBytes = saveSnapshot(store, config.corpusDir, config.snapshotPath);
    const counts = await store.counts();
    process.stderr.write(
      `ingested ${s.files} files in ${s.ms} ms into ${store.kind}${memory ? ` (corpus ${config.corpusDir})` : ''}: ${s.written} written, ${s.unchanged} unchanged, ${s.failed.length} failed; ` +
        `graph has ${counts.nodes.Article} articles, ${counts.relationships} relationships` +
        `${snapshotBytes ? `; snapshot ${(snapshotBytes / 1e6).toFixed(1)} MB` : ''}\n`,
    );
    return s.failed.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function cmdExtract(files: string[]): Promise<number> {
  if (!files.length) throw new UsageError('extract needs at least one file');
  let failed = 0;
  for (const file of files) {
    try {
      process.stdout.write(JSON.stringify(toContractJson(extract(readArticleFile(file)))) + '\n');
    } catch (err) {
      failed++;
      process.stderr.write(`${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function cmdEval(gold: string | undefined, files: string[], verbose: boolean, minF1: string | undefined): Promise<number> {
  if (!gold) throw new UsageError('eval needs --gold DIR');
  if (!files.length) throw new UsageError('eval needs the article files to score');
  const min = minF1 === undefined ? undefined : Number(minF1);
  if (min !== undefined && !(min >= 0 && min <= 1)) throw new UsageError(`--min-f1 takes a number from 0 to 1, got "${minF1}"`);
  const { macroF1, text } = await runEval({ goldDir: gold, files: listArticleFiles(files), verbose });
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return min !== undefined && macroF1 < min ? 1 : 0;
}

/** With the memory store there is nothing stored between runs, so the corpus is loaded first. */
async function cmdExport(config: Config, logger: Logger, opts: ExportOptions): Promise<number> {
  const store = await openStore(config, logger);
  try {
    // the memory store is loaded through its snapshot; only data goes to stdout
    if (store instanceof MemoryStore) await loadMemoryCorpus(store, config, logger, true);
    process.stderr.write(`${await runExport(store, opts, process.stdout)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ExportRequestError) throw new UsageError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}

async function cmdSchema(): Promise<number> {
  process.stdout.write(await printPolgraphSchema());
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    switch (command) {
      case 'extract':
        return await cmdExtract(rest);
      case 'eval':
        return await cmdEval(values.gold, rest, Boolean(values.verbose), values['min-f1']);
      case 'schema':
        return await cmdSchema();
      case 'serve':
      case 'export':
      case 'ingest': {
        const config = loadConfig();
        // export's and ingest --list's stdout is their data: their logs go to stderr
        const logger = createLogger(config.logLevel, command === 'serve' ? 1 : 2);
        if (command === 'export') return await cmdExport(config, logger, { format: values.format, part: values.part, around: values.around, depth: values.depth, out: values.out });
        if (command === 'serve') {
          await cmdServe(config, logger);
          return -1; // keeps running
        }
        return await cmdIngest(config, logger, rest, Boolean(values.quiet), Boolean(values.list));
      }
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`polgraph: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // `polgraph export | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  void main(process.argv.slice(2)).then((code) => {
    // a failure exits at once: a driver's socket to a server that never answered must not keep the process alive
    if (code > 0) process.exit(code);
    if (code >= 0) process.exitCode = code;
  });
}
