// Resident memory after a full collection: what the process really keeps.
// Needs `node --expose-gc`; without it the figure includes garbage and says so.

export interface MemoryFigure {
  rssMB: number;
  heapUsedMB: number;
  /** memory outside the V8 heap that V8 knows of (Buffers, typed arrays) */
  externalMB: number;
  afterGc: boolean;
}

const mb = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;

// `external` already counts `arrayBuffers` (Node's docs: arrayBuffers is the part of
// external held by ArrayBuffers and SharedArrayBuffers), so it is reported alone.
export function memoryFigure(m: NodeJS.MemoryUsage, afterGc: boolean): MemoryFigure {
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external), afterGc };
}

export async function memoryAfterGc(): Promise<MemoryFigure> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    // two passes with a tick between: weak refs and finalizers release on the second
    gc();
    await new Promise((r) => setImmediate(r));
    gc();
  }
  return memoryFigure(process.memoryUsage(), Boolean(gc));
}
