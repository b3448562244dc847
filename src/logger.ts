// Structured JSON logs (pino). One root logger; the server derives a child per request
// carrying its request id.
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({ level, base: { service: 'polgraph' } });
}
