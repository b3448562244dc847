// The targets of issue 6, judged against the measured figures. A target is "met", "not
// met" or "not measured" (with the reason): never silently dropped.
import type { Results, Verdict } from './results';

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function all(target: string, figures: { label: string; value: number; ok: boolean }[], unit: string, digits = 0): Verdict {
  if (!figures.length) return { target, status: 'not measured', measured: 'no figure' };
  return {
    target,
    status: figures.every((f) => f.ok) ? 'met' : 'not met',
    measured: figures.map((f) => `${fmt(f.value, digits)}${unit} ${f.label}`).join('; '),
  };
}

export function judge(r: Results): Verdict[] {
  const steps = r.sizes.filter((s) => s.store === 'memory' && s.ingest);
  const label = (s: (typeof steps)[number]) => `at ${fmt(s.ingest!.articles)}${s.ingest!.stoppedEarly ? ` (of ${fmt(s.size)}: time budget)` : ''}`;
  const verdicts: Verdict[] = [];
  // judged on the extractor alone (measure/extraction.ts); the figure inside the ingest loop,
  // where the store's writes share the process, is shown beside it
  const alone = r.sizes.filter((s) => s.store === 'memory' && s.extraction);
  const extraction = all('extraction ≥ 2,000 articles/s (one core)', alone.map((s) => ({ label: `at ${fmt(s.size)} (${fmt(s.extraction!.articles)} articles)`, value: s.extraction!.articlesPerSecond, ok: s.extraction!.articlesPerSecond >= 2000 })), '/s');
  if (steps.length) extraction.measured += `; inside the ingest loop: ${steps.map((s) => `${fmt(s.ingest!.extract.articlesPerSecond)}/s ${label(s)}`).join('; ')}`;
  verdicts.push(extraction);
  verdicts.push(all('ingest ≥ 1,000 articles/s (memory store)', steps.map((s) => ({ label: label(s), value: s.ingest!.ingest.articlesPerSecond, ok: s.ingest!.ingest.articlesPerSecond >= 1000 })), '/s'));

  const http = r.http ? { ...r.http, queries: r.http.queries.filter((q) => !q.reference) } : null;
  if (!http || !http.queries.length) verdicts.push({ target: 'p99 < 10 ms per canonical query at 10k', status: 'not measured', measured: http?.skipped ?? 'the HTTP step did not run' });
  else {
    const at = http.articles === 10000 ? '' : ` (measured at ${fmt(http.articles)} articles)`;
    const ok = http.queries.filter((q) => q.load);
    const v = all(`p99 < 10 ms per canonical query at 10k${at}`, ok.map((q) => ({ label: q.name, value: q.load!.latencyMs.p99, ok: q.load!.latencyMs.p99 < 10 && !q.errors })), ' ms', 2);
    if (ok.length < 5) v.status = v.status === 'met' ? 'not met' : v.status;
    if (ok.length < 5) v.measured += `; ${5 - ok.length} of the five queries could not run`;
    verdicts.push(v);
  }

  const big = r.sizes.find((s) => s.store === 'memory' && s.size === 100000 && s.memory);
  if (!big) verdicts.push({ target: 'RSS < 1 GB at 100k', status: 'not measured', measured: r.sizes.some((s) => s.size === 100000) ? 'the 100k step failed' : 'BENCH_SIZES left out 100000' });
  else {
    const v = all('RSS < 1 GB at 100k', [{ label: label(big), value: big.memory!.rssMB, ok: big.memory!.rssMB < 1024 }], ' MB');
    if (big.ingest!.stoppedEarly) v.status = big.memory!.rssMB >= 1024 ? 'not met' : 'not measured';
    verdicts.push(v);
  }

  const st = r.startup?.bundled;
  verdicts.push(st ? all('startup < 3 s with the bundled corpus', [{ label: `median of ${st.runs.length}`, value: st.medianMs, ok: st.medianMs < 3000 }], ' ms') : { target: 'startup < 3 s with the bundled corpus', status: 'not measured', measured: r.startup?.error ?? 'did not run' });

  const ratios = (http?.queries ?? []).filter((q) => q.floorRatio !== null);
  verdicts.push(
    ratios.length
      ? all('server time ≤ 3× the floor', ratios.map((q) => ({ label: q.name, value: q.floorRatio!, ok: q.floorRatio! <= 3 })), '×', 1)
      : { target: 'server time ≤ 3× the floor', status: 'not measured', measured: 'no query ran on both the server and the floor' },
  );
  return verdicts;
}
