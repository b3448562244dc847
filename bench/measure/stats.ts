// Small numeric helpers: nanosecond clocks, percentiles, rounding for the report.

export const now = (): bigint => process.hrtime.bigint();
export const msSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

/** The p-th percentile (0–100) of values, nearest-rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** Rounds to `digits` significant digits, keeping JSON small and honest. */
export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const p = Math.pow(10, digits - Math.ceil(Math.log10(Math.abs(x))));
  return Math.round(x * p) / p;
}
