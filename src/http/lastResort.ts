// The server's last resort: an error nothing else caught (a rejected promise no one
// awaited, a throw in a socket callback) is logged, and the server goes on serving the
// other requests instead of exiting. Every request path has its own handling; this is
// for the bug that slips past it.
import type { Logger } from '../logger';

export function installLastResort(logger: Logger, proc: NodeJS.Process = process): void {
  proc.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection (server keeps serving)'));
  proc.on('uncaughtException', (err) => logger.error({ err }, 'uncaught exception (server keeps serving)'));
}
