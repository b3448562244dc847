// The HTTP server: POST/GET /graphql through Apollo, GET /health for orchestrators.
// Plain node:http keeps the surface small; Apollo's own integration API does the GraphQL.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { Config } from './config';
import type { Logger } from './logger';
import { createApolloServer } from './api/apollo';
import { createContext } from './api/context';
import { graphExplorerAsset } from './graphExplorerPage';
import { graphiqlAsset, graphiqlPage, wantsHtml } from './graphiqlPage';
import { handleExport } from './export/http';
import type { Limits } from './api/limits';
import { buildPolgraphSchema } from './api/schema';
import { DEFAULT_GUARD, guardStore, type GuardOptions } from './api/storeGuard';
import type { GraphStore } from './store/GraphStore';
import { DEFAULT_EXECUTION, type ApiContext, type AuthFailures } from './api/context';
import type { ExecutionLimits } from './api/budget';
import { createAuthThrottle, type ThrottleOptions } from './http/authThrottle';
import { applyConnectionLimits, DEFAULT_CONNECTION_LIMITS, serverOptions, type ConnectionLimits } from './http/connection';
import { handleCors } from './http/cors';
import { clientAddress, parseRequestUrl, requestIdOf } from './http/request';
import { isReady, READY, type Readiness } from './readiness';

/** A POST to /graphql, the request nearly every client makes, needs no URL parsing. */
const GRAPHQL_URL: Readonly<URL> = new URL('/graphql', 'http://localhost');

export interface RunningServer {
  url: string;
  port: number;
  http: Server;
  close(): Promise<void>;
}

export interface ServerOptions {
  config: Config;
  logger: Logger;
  store: GraphStore;
  /** store call timeouts (defaults: 10 s reads, 60 s writes) */
  guard?: Partial<GuardOptions>;
  /** query depth and cost limits (defaults in api/limits.ts) */
  limits?: Limits;
  /** per-connection timeouts and caps (defaults in http/connection.ts; config.maxConnections wins) */
  connection?: Partial<ConnectionLimits>;
  /** failed-authentication throttle (defaults in http/authThrottle.ts) */
  throttle?: Partial<ThrottleOptions>;
  /** units of graph work per request (default: api/context.ts) */
  workUnits?: number;
  /** read at every request: until it says ready, /health is 503 and GraphQL is refused (default: ready) */
  readiness?: Readiness;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, MAX_BODY_BYTES: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      } else if (!refused) {
        // Answer 413 but keep reading (and dropping) a while, so the client, still
        // sending, gets the answer rather than a reset connection; past that, cut it off.
        refused = true;
        chunks.length = 0;
        reject(new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`));
      } else if (size > 4 * MAX_BODY_BYTES) {
        req.destroy();
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The request's headers as Apollo takes them (repeated ones joined). */
function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A POST's body, parsed when it is JSON (a GET has none). */
async function graphQLBodyOf(req: IncomingMessage, headers: HeaderMap, maxBodyBytes: number): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  const raw = await readBody(req, maxBodyBytes);
  const type = headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return raw;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

/** Apollo's answer, written out; a complete one larger than `maxResponseBytes` is replaced by a RESPONSE_TOO_LARGE error. */
async function sendGraphQLResponse(res: ServerResponse, result: HTTPGraphQLResponse, maxResponseBytes: number, onTooLarge: (bytes: number) => void): Promise<void> {
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    // Encoded once here: given the string, node:http measures its UTF-8 length for
    // content-length (a pass over the whole answer) and then encodes it again to write
    // it. The first pass is the dear one: JSON.stringify's result is a tree of pieces
    // that V8 must flatten, ~1 ms for the neighbourhood's 141 KB of (two-byte) text.
    let body = Buffer.from(result.body.string, 'utf8');
    if (body.length > maxResponseBytes) {
      onTooLarge(body.length);
      res.statusCode = 400;
      const message = `the answer is ${body.length} bytes, more than the ${maxResponseBytes} this server sends (POLGRAPH_MAX_RESPONSE_BYTES): ask for fewer items`;
      body = Buffer.from(JSON.stringify({ errors: [{ message, extensions: { code: 'RESPONSE_TOO_LARGE', bytes: body.length, maxBytes: maxResponseBytes } }] }), 'utf8');
    }
    res.setHeader('content-length', body.length);
    res.end(body);
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/** GET /health: 503 while the corpus loads (with its progress) or when the store does not answer. */
async function sendHealth(res: ServerResponse, readiness: Readiness, store: GraphStore): Promise<void> {
  if (!isReady(readiness)) {
    res.setHeader('retry-after', '2');
    sendJson(res, 503, { status: readiness.phase, store: store.kind, ready: false, detail: readiness.detail, progress: readiness.progress });
    return;
  }
  const h = await store.health().catch((err: Error) => ({ ok: false, detail: err.message }));
  sendJson(res, h.ok ? 200 : 503, { status: h.ok ? 'ok' : 'unavailable', store: store.kind, ready: h.ok, detail: h.detail });
}

/** A static file of one of the two browser pages. */
function sendAsset(res: ServerResponse, asset: { body: Buffer; type: string }, cacheControl: string): void {
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': cacheControl });
  res.end(asset.body);
}

/** Listens on the configured interface and port (0: any free port). */
function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve());
  });
}

/** What the handling of a request needs, made once at start. */
interface Served {
  config: Config;
  logger: Logger;
  store: GraphStore;
  /** the store behind the same timeouts as the API's calls, for /health and /export */
  healthStore: GraphStore;
  readiness: Readiness;
  apollo: ApolloServer<ApiContext>;
  authFailures: AuthFailures;
  execution: ExecutionLimits;
  guard: Partial<GuardOptions> | undefined;
}

/** POST or GET /graphql: through Apollo, with the request's context, its answer capped in size. */
async function handleGraphQL(served: Served, req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
  const { apollo, authFailures, config, execution, guard, logger, store } = served;
  const address = clientAddress(req);
  // an address that guessed wrong keys too often is held off before anything is parsed
  const wait = req.headers.authorization ? authFailures.retryAfter(address) : 0;
  if (wait > 0) {
    res.setHeader('retry-after', String(wait));
    throw new HttpError(429, `too many failed authentications from this address; try again in ${wait} s`);
  }
  // the client gone, the query's graph walks stop at their next step
  const abort = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const headers = headerMapOf(req);
  const body = await graphQLBodyOf(req, headers, config.maxBodyBytes);
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () =>
      createContext({ store, config, logger, requestId, authorization: req.headers.authorization, guard, execution, signal: abort.signal, clientAddress: address, authFailures }),
  });
  await sendGraphQLResponse(res, result, config.maxResponseBytes, (bytes) => logger.warn({ requestId, bytes }, 'response too large'));
}

/** The answer to a request, by its path. */
async function route(served: Served, req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
  if (handleCors(req, res, served.config.corsOrigins)) {
    // a preflight, answered
  } else if (url.pathname === '/health') {
    await sendHealth(res, served.readiness, served.healthStore);
  } else if (((url.pathname === '/graphql' && req.method === 'POST') || url.pathname === '/export') && !isReady(served.readiness)) {
    res.setHeader('retry-after', '2');
    const message = `the server is ${served.readiness.phase === 'failed' ? 'not' : 'not yet'} ready: ${served.readiness.detail ?? served.readiness.phase}`;
    sendJson(res, 503, { errors: [{ message, extensions: { code: 'STORE_UNAVAILABLE' } }] });
  } else if (url.pathname === '/graphql' && wantsHtml(req.method, req.headers.accept, url.search)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(graphiqlPage('/graphql'));
  } else if (url.pathname.startsWith('/explorer/') && graphiqlAsset(url.pathname)) {
    sendAsset(res, graphiqlAsset(url.pathname)!, 'public, max-age=86400');
  } else if (url.pathname === '/graphql') {
    await handleGraphQL(served, req, res, url, requestId);
  } else if (url.pathname.startsWith('/explore') && graphExplorerAsset(url.pathname)) {
    sendAsset(res, graphExplorerAsset(url.pathname)!, 'no-cache');
  } else if (url.pathname === '/export') {
    await handleExport(served.healthStore, req, res, url);
  } else if (url.pathname === '/' && wantsHtml(req.method, req.headers.accept, url.search)) {
    res.writeHead(302, { location: '/explore' });
    res.end();
  } else if (url.pathname === '/') {
    sendJson(res, 200, { name: 'polgraph', graphql: '/graphql', explorer: '/explore', graphiql: '/graphql (in a browser)', export: '/export?format=jsonl|graphml|csv|cytoscape', health: '/health' });
  } else {
    sendJson(res, 404, { error: `no route for ${url.pathname}; the API is at /graphql` });
  }
}

/** One request: routed by path, its failure answered and logged, its line logged. */
async function handle(served: Served, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { logger } = served;
  const requestId = requestIdOf(req) ?? randomUUID();
  res.setHeader('x-request-id', requestId);
  const started = process.hrtime.bigint();
  const url = req.url === GRAPHQL_URL.pathname ? GRAPHQL_URL : parseRequestUrl(req.url);
  try {
    if (!url) throw new HttpError(400, 'the request target is not a valid URL path');
    await route(served, req, res, url, requestId);
  } catch (err) {
    const status = err instanceof HttpError ? err.status : 500;
    if (status === 500) logger.error({ err, requestId }, 'request failed');
    const code = status === 429 ? { extensions: { code: 'RATE_LIMITED' } } : {};
    if (!res.headersSent) sendJson(res, status, { errors: [{ message: err instanceof Error && status !== 500 ? err.message : 'internal server error', ...code }] });
    else res.end();
  } finally {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ requestId, method: req.method, path: url?.pathname ?? null, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
  }
}

export async function startServer({ config, logger, store, guard, limits, readiness = READY, connection, throttle, workUnits }: ServerOptions): Promise<RunningServer> {
  const schema = await buildPolgraphSchema();
  const authFailures: AuthFailures = createAuthThrottle(throttle);
  const execution = { units: workUnits ?? DEFAULT_EXECUTION.units, timeoutMs: config.queryTimeoutMs };
  const apollo = createApolloServer(schema, config, logger, limits);
  // /health must answer even when the store hangs: it goes through the same timeout
  const healthStore = guardStore(store, { ...DEFAULT_GUARD, ...guard, logger });
  await apollo.start();
  const served: Served = { config, logger, store, healthStore, readiness, apollo, authFailures, execution, guard };

  const limitsOfConnections: ConnectionLimits = { ...DEFAULT_CONNECTION_LIMITS, maxConnections: config.maxConnections, ...connection };
  const http = createServer(serverOptions(limitsOfConnections), (req, res) => {
    // the last resort: whatever escaped handle() is logged, the request ended, the server goes on
    handle(served, req, res).catch((err: unknown) => {
      logger.error({ err }, 'request handler failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal server error' }] });
      else res.destroy();
    });
  });
  applyConnectionLimits(http, limitsOfConnections, logger);
  await listen(http, config.port, config.host);
  const { port } = http.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    http,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await apollo.stop();
    },
  };
}
