// GraphQL over HTTP under load: autocannon in this process, the server in the child.
// Latencies come from autocannon's per-response event (sub-millisecond), not from its
// histogram, which rounds to whole milliseconds.
//
// Each connection's first response is left out of p50/p99 and reported on its own
// (`firstResponseMs`): autocannon opens its connections when a run starts, and a Node
// server that is busy accepts one new connection per turn of its event loop (libuv ≥
// 1.45), each turn serving every connection already accepted. At 32 connections and
// ~10 ms a request, the last connection waits seconds to be accepted: that wait is the
// cost of connecting to a saturated server, not of a request on an open connection,
// and it made the neighbourhood's p99 (3.5 s against a p50 of 0.25 s).
import autocannon from 'autocannon';
import type { CanonicalQuery } from './queries';
import { percentile, round } from './stats';

export interface LoadFigure {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** responses on connections already open (each connection's first left out) */
  latencyMs: { p50: number; p99: number; max: number };
  /** each connection's first response: connecting to the busy server, then the request */
  firstResponseMs: { p50: number; max: number };
  non2xx: number;
  errors: number;
}

export async function load(url: string, q: CanonicalQuery, connections: number, seconds: number): Promise<LoadFigure> {
  const latencies: number[] = [];
  const firsts: number[] = [];
  const seen = new WeakSet<object>();
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
    connections,
    duration: seconds,
  });
  instance.on('response', (client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode !== 200) return;
    if (seen.has(client as object)) latencies.push(responseTime);
    else {
      seen.add(client as object);
      firsts.push(responseTime);
    }
  });
  const r = await instance;
  return {
    connections,
    seconds,
    requests: r.requests.total,
    requestsPerSecond: round(r.requests.total / ((r.duration as number) || seconds)),
    latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(Math.max(...latencies)) },
    firstResponseMs: { p50: round(percentile(firsts, 50)), max: round(Math.max(...firsts)) },
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}
