// The abuse suite, small: fuzzed GraphQL documents from the schema, malformed HTTP,
// slowloris clients, key guessing and the expensive probes against the real server on
// loopback. Nothing may crash it, nothing may get a 5xx, /health must answer throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAbuse, SMALL, type AbuseReport } from '../../bench/abuse/suite';
import { buildPolgraphSchema } from '../../src/api/schema';
import { startHarness, type Harness } from '../api/harness';

let h: Harness;
let report: AbuseReport;
beforeAll(async () => {
  h = await startHarness({ env: { NODE_ENV: 'production' }, server: { connection: { headersTimeoutMs: 400, requestTimeoutMs: 400, checkIntervalMs: 50 }, throttle: { maxFailures: 10 } } });
  report = await runAbuse({ port: h.server.port, peakRss: () => process.resourceUsage().maxRSS * 1024, alive: () => true }, await buildPolgraphSchema(), SMALL, 'place:kon-tum', 'doc:kon-tum:100-kh-tu');
}, 120_000);
afterAll(async () => h?.close());

const attack = (name: string) => report.attacks.find((a) => a.name === name)!;

describe('the abuse suite (small)', () => {
  it('sends every request it is asked to', () => {
    expect(attack('fuzzed GraphQL documents').sent).toBe(SMALL.fuzzed);
    expect(attack('API key guessing').sent).toBe(SMALL.keyGuesses);
    expect(attack('slowloris clients').sent).toBe(SMALL.slowClients);
    expect(report.health.probes).toBeGreaterThan(0);
  });

  it('crashes nothing and gets no 5xx: every fuzzed document is answered, with data or a 4xx/GraphQL error', () => {
    expect(report.crashes).toBe(0);
    expect(report.serverErrors).toBe(0);
    expect(report.unanswered).toBe(0);
    expect(attack('fuzzed GraphQL documents').statuses.none).toBeUndefined();
  });

  it('keeps /health answering throughout', () => {
    expect(report.health.failed).toBe(0);
  });

  it('cuts off every slowloris client', () => {
    expect(attack('slowloris clients').note).toBe(`${SMALL.slowClients} of ${SMALL.slowClients} cut off by the server within ${SMALL.slowHoldMs} ms`);
  });

  it('holds off the key guesser after ten wrong keys', () => {
    expect(attack('API key guessing').statuses).toEqual({ 401: 10, 429: SMALL.keyGuesses - 10 });
  });

  it('refuses the probes of issue 16 before running them', () => {
    const probe = (name: RegExp) => report.probes.find((p) => name.test(p.name))!;
    expect(probe(/^45 × neighbourhood/)).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(probe(/^1,000 × search/)).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
  });

  it('accepts the costliest queries it builds just under the limit', () => {
    for (const p of report.probes.filter((p) => !/issue 16/.test(p.name))) expect(p, p.name).toMatchObject({ status: 200, code: null });
  });
});
