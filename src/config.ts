// Environment → typed configuration. Every setting is read here, once, and a bad value
// stops the program with a message that names the variable: a PORT of `abc` must not
// start a server on a random port.

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  /** null: the embedded memory store */
  neo4j: Neo4jConfig | null;
  /** null: mutations are disabled */
  apiKey: string | null;
  /** folder of articles loaded at start (memory store) and written to by ingestArticle */
  corpusDir: string;
  /** the memory store's snapshot of the corpus (src/corpus/load.ts); null: none kept */
  snapshotPath: string | null;
  logLevel: LogLevel;
  /** NODE_ENV=development: errors carry stack traces */
  development: boolean;
  /** how long `serve` waits for Neo4j to answer at start before it gives up (0: one try) */
  storeWaitSeconds: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function seconds(env: Env, name: string, fallback: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > 86_400) throw new ConfigError(name, `expected a number of seconds from 0 to 86400, got "${raw}"`);
  return Number(raw);
}

function port(env: Env, name: string, fallback: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a port number from 0 to 65535, got "${raw}"`);
  const n = Number(raw);
  if (n > 65535) throw new ConfigError(name, `expected a port number from 0 to 65535, got ${n}`);
  return n;
}

function neo4jUri(raw: string): string {
  const schemes = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
  const m = /^([a-z0-9+]+):\/\/[^\s/]+/i.exec(raw);
  if (!m || !schemes.includes(m[1].toLowerCase())) {
    throw new ConfigError('NEO4J_URI', `expected a URI such as bolt://localhost:7687 or neo4j+s://host (schemes: ${schemes.join(', ')}), got "${raw}"`);
  }
  return raw;
}

/** POLGRAPH_SNAPSHOT: a path, `off` for none; by default a hidden file in the corpus folder. */
function snapshotPath(env: Env): string | null {
  const raw = str(env, 'POLGRAPH_SNAPSHOT');
  if (raw?.toLowerCase() === 'off') return null;
  return raw ?? `${(str(env, 'POLGRAPH_CORPUS') ?? 'data/corpus').replace(/\/+$/, '')}/.polgraph-snapshot`;
}

/** Reads and validates the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const uri = str(env, 'NEO4J_URI');
  const logLevel = (str(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const apiKey = str(env, 'POLGRAPH_API_KEY') ?? null;
  if (apiKey !== null && apiKey.length < 8) {
    throw new ConfigError('POLGRAPH_API_KEY', 'must be at least 8 characters long');
  }
  return {
    port: port(env, 'PORT', 4000),
    host: str(env, 'HOST') ?? '0.0.0.0',
    neo4j: uri
      ? {
          uri: neo4jUri(uri),
          user: str(env, 'NEO4J_USER') ?? 'neo4j',
          password: str(env, 'NEO4J_PASSWORD') ?? (() => {
            throw new ConfigError('NEO4J_PASSWORD', 'is required when NEO4J_URI is set');
          })(),
          database: str(env, 'NEO4J_DATABASE'),
        }
      : null,
    apiKey,
    corpusDir: str(env, 'POLGRAPH_CORPUS') ?? 'data/corpus',
    snapshotPath: snapshotPath(env),
    logLevel: logLevel as LogLevel,
    development: env.NODE_ENV === 'development',
    storeWaitSeconds: seconds(env, 'POLGRAPH_STORE_WAIT_S', 60),
  };
}
