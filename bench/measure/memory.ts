// Resident memory after a full collection: what the process really keeps.
// Needs `node --expose-gc`; without it the figure includes garbage and says so.

export interface MemoryFigure {
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
  afterGc: boolean;
}

export async function memoryAfterGc(): Promise<MemoryFigure> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    // two passes with a tick between: weak refs and finalizers release on the second
    gc();
    await new Promise((r) => setImmediate(r));
    gc();
  }
  const m = process.memoryUsage();
  const mb = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), externalMB: mb(m.external + m.arrayBuffers), afterGc: Boolean(gc) };
}
