// Types of launch.mjs, for the TypeScript tests and bench that start the project's own Neo4j.
import type { ChildProcess } from 'node:child_process';

export class LaunchError extends Error {}

export interface StartOptions {
  port?: number;
  data?: string;
  password?: string;
  heap?: string;
  pagecache?: string;
  timeoutMs?: number;
  inherit?: boolean;
  detached?: boolean;
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  password: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function checkTools(): void;
export function freePort(): Promise<number>;
export function startNeo4j(options?: StartOptions): Promise<RunningNeo4j>;
export function stopProcess(pid: number, exited?: () => boolean): Promise<void>;
