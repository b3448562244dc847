// What the figures were measured on: they mean little without it.
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';

export interface Machine {
  cpuModel: string;
  cpus: number;
  memoryGB: number;
  freeMemoryGB: number;
  platform: string;
  node: string;
  v8: string;
  /** 1-minute load average when the run started: other work on the machine skews every figure */
  loadAverage: number;
}

export function machine(): Machine {
  const c = cpus();
  return {
    cpuModel: c[0]?.model.trim() ?? 'unknown',
    cpus: c.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    platform: `${platform()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}
