// Structured JSON logs (pino). One root logger; the server derives a child per request
// carrying its request id.
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/** Logs to stdout, or to stderr (fd 2) for commands whose stdout is their data (`export`). */
export function createLogger(level: LogLevel = 'info', fd: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'polgraph' } }, fd === 1 ? undefined : pino.destination(2));
}
