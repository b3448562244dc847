// What one client may hold of the server: time to send its headers and its whole request,
// an idle keep-alive connection's life, and a cap on open connections. node:http checks
// the request timeouts every `checkIntervalMs` (30 s by default, too slow for a
// slowloris client that holds a socket for each of its requests).
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../logger';

export interface ConnectionLimits {
  headersTimeoutMs: number;
  /** the whole request, body included */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** a socket with no traffic at all for this long is closed */
  idleTimeoutMs: number;
  maxConnections: number;
  /** open connections from one client address: a slowloris client alone cannot take them all */
  maxPerAddress: number;
  maxHeaderBytes: number;
  checkIntervalMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  maxConnections: 256,
  maxPerAddress: 64,
  maxHeaderBytes: 16 * 1024,
  checkIntervalMs: 1_000,
};

export function serverOptions(l: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: l.headersTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    maxHeaderSize: l.maxHeaderBytes,
    connectionsCheckingInterval: l.checkIntervalMs,
  };
}

/** The status node:http's parser errors deserve; they never reach a request handler. */
function statusOf(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

export function applyConnectionLimits(http: Server, l: ConnectionLimits, logger: Logger): void {
  http.maxConnections = l.maxConnections;
  http.maxHeadersCount = 100;
  http.setTimeout(l.idleTimeoutMs, (socket: Socket) => socket.destroy());
  const open = new Map<string, number>();
  http.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const n = (open.get(address) ?? 0) + 1;
    if (n > l.maxPerAddress) {
      socket.destroy();
      return;
    }
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
  http.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    logger.debug({ err: err.message, code: err.code }, 'malformed request');
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    if (!(socket as Socket & { _httpMessage?: unknown })._httpMessage) {
      const status = statusOf(err.code);
      const body = JSON.stringify({ error: status === 408 ? 'request timeout' : 'malformed HTTP request' });
      socket.end(`HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    } else {
      socket.destroy();
    }
  });
}
