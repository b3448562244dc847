// GraphQL over HTTP under load: autocannon in this process, the server in the child.
// Latencies come from autocannon's per-response event (sub-millisecond), not from its
// histogram, which rounds to whole milliseconds.
import autocannon from 'autocannon';
import type { CanonicalQuery } from './queries';
import { percentile, round } from './stats';

export interface LoadFigure {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

export async function load(url: string, q: CanonicalQuery, connections: number, seconds: number): Promise<LoadFigure> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
    connections,
    duration: seconds,
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const r = await instance;
  return {
    connections,
    seconds,
    requests: r.requests.total,
    requestsPerSecond: round(r.requests.total / ((r.duration as number) || seconds)),
    latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(Math.max(...latencies)) },
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
