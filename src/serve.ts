// `polgraph serve`: the port opens first, then the store is made ready behind it, so that
// the process is never silent: while Neo4j is not reached (or the memory store loads its
// corpus) /health answers 503 with what it waits for. Neo4j is tried again with bounded
// retries (POLGRAPH_STORE_WAIT_S); if it never answers, serve gives up with a message
// naming the URI and the last error, rather than waiting forever.
import type { Config } from './config';
import type { Logger } from './logger';
import { loadCorpus, saveSnapshot } from './corpus/load';
import { serially } from './pipeline';
import { progressReporter } from './progress';
import type { Readiness } from './readiness';
import { startServer, type RunningServer } from './server';
import { createStore, MemoryStore } from './store';
import type { GraphStore } from './store/GraphStore';

export interface Serving {
  server: RunningServer;
  store: GraphStore;
  readiness: Readiness;
  /** resolves once the store is ready; rejects (the server closed) when it never became so */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Pause between two attempts to reach Neo4j at start. */
const RETRY_PAUSE_MS = 2_000;

export async function serve(config: Config, logger: Logger, store: GraphStore = createStore(config, logger)): Promise<Serving> {
  const readiness: Readiness = { phase: 'starting', detail: store.kind === 'neo4j' ? `connecting to Neo4j at ${config.neo4j?.uri}` : 'starting' };
  const server = await startServer({ config, logger, store, readiness });
  let snapshotAt = -1;
  const close = async () => {
    await server.close();
    // what was written since the start is in the corpus folder already; a fresh snapshot
    // saves the next start from extracting it again (one write at a time: after the last)
    if (store instanceof MemoryStore && config.snapshotPath && snapshotAt >= 0 && store.version !== snapshotAt) {
      const path = config.snapshotPath;
      await serially(async () => saveSnapshot(store, config.corpusDir, path)).catch((err: Error) => logger.warn({ err }, 'snapshot not saved'));
    }
    await store.close();
  };
  const ready = (async () => {
    try {
      await initWithRetries(store, config, logger, readiness);
      if (store.kind === 'memory') {
        readiness.phase = 'loading';
        readiness.detail = `loading ${config.corpusDir}`;
        // through the snapshot when it still holds (corpus/load.ts), a progress line on stderr
        const bar = progressReporter(process.stderr, 'loading corpus');
        const summary = await loadCorpus(store, config.corpusDir, {
          snapshot: config.snapshotPath,
          onProgress: (p) => {
            readiness.progress = { done: p.done, total: p.total };
            readiness.detail = `loading ${config.corpusDir}${p.phase === 'snapshot' ? ' (from its snapshot)' : p.phase === 'save' ? ' (saving its snapshot)' : ''}`;
            bar(p.done, p.total, p.phase === 'snapshot' ? 'from the snapshot' : p.phase === 'save' ? 'saving the snapshot' : undefined);
          },
        });
        for (const f of summary.failed) logger.warn({ file: f.file, error: f.error }, 'article skipped');
        const { failed, ...rest } = summary;
        logger.info({ corpus: config.corpusDir, snapshot: config.snapshotPath, ...rest, failed: failed.length }, 'corpus loaded');
        if (store instanceof MemoryStore) snapshotAt = store.version;
      }
      readiness.phase = 'ready';
      readiness.detail = undefined;
      readiness.progress = undefined;
    } catch (err) {
      readiness.phase = 'failed';
      readiness.detail = err instanceof Error ? err.message : String(err);
      await close();
      throw err;
    }
  })();
  ready.catch(() => {}); // the caller awaits it; an unawaited rejection must not end the process first
  return { server, store, readiness, ready, close };
}

async function initWithRetries(store: GraphStore, config: Config, logger: Logger, readiness: Readiness): Promise<void> {
  const deadline = Date.now() + config.storeWaitSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await store.init();
      return;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (store.kind !== 'neo4j' || Date.now() + RETRY_PAUSE_MS > deadline) {
        throw new Error(`${message}${store.kind === 'neo4j' ? ` (gave up after ${attempt} attempt${attempt > 1 ? 's' : ''} in ${config.storeWaitSeconds} s; POLGRAPH_STORE_WAIT_S sets how long to wait)` : ''}`);
      }
      readiness.detail = `waiting for Neo4j (attempt ${attempt} failed: ${message})`;
      logger.warn({ attempt, error: message }, 'Neo4j not reachable yet; retrying');
      await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
    }
  }
}
