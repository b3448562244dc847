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
  /** schema introspection (GraphiQL's docs, codegen): on unless NODE_ENV=production */
  introspection: boolean;
  /** origins allowed to call the API from a browser (`*` for any); empty: same-origin only */
  corsOrigins: string[];
  /** largest request body accepted */
  maxBodyBytes: number;
  /** largest GraphQL answer sent; a larger one is replaced by a RESPONSE_TOO_LARGE error */
  maxResponseBytes: number;
  /** wall-clock limit of one request's execution */
  queryTimeoutMs: number;
  /** open connections at most */
  maxConnections: number;
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

function positiveInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

/** Origins as browsers send them: scheme://host[:port], no path. */
function origins(env: Env, name: string): string[] {
  const raw = str(env, name);
  if (raw === undefined) return [];
  const list = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const o of list) {
    if (o !== '*' && !/^https?:\/\/[^\s/?#]+$/i.test(o)) throw new ConfigError(name, `expected a comma-separated list of origins such as https://explorer.example.org (or *), got "${o}"`);
  }
  return list.map((o) => (o === '*' ? o : o.toLowerCase()));
}

const MB = 1024 * 1024;

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
    // loopback unless told otherwise: a laptop's `npm start` is not a public server (compose sets 0.0.0.0)
    host: str(env, 'HOST') ?? '127.0.0.1',
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
    introspection: bool(env, 'POLGRAPH_INTROSPECTION', env.NODE_ENV !== 'production'),
    corsOrigins: origins(env, 'POLGRAPH_CORS_ORIGINS'),
    maxBodyBytes: positiveInt(env, 'POLGRAPH_MAX_BODY_BYTES', 2 * MB, 1024, 64 * MB),
    maxResponseBytes: positiveInt(env, 'POLGRAPH_MAX_RESPONSE_BYTES', 16 * MB, 1024, 512 * MB),
    queryTimeoutMs: positiveInt(env, 'POLGRAPH_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
    maxConnections: positiveInt(env, 'POLGRAPH_MAX_CONNECTIONS', 256, 1, 100_000),
    storeWaitSeconds: seconds(env, 'POLGRAPH_STORE_WAIT_S', 60),
  };
}
