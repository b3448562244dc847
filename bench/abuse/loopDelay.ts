// Preloaded into the server the abuse run starts (`node -r …/loopDelay.js`): the event
// loop's delay, sampled every 10 ms, is what /health's latency would be on an idle
// machine. On SIGUSR2 the figures since the last signal are written to
// POLGRAPH_LOOP_DELAY_FILE and the histogram starts over.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.POLGRAPH_LOOP_DELAY_FILE;
if (file) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  process.on('SIGUSR2', () => {
    writeFileSync(file, JSON.stringify({ maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6, meanMs: h.mean / 1e6 }));
    h.reset();
  });
}
