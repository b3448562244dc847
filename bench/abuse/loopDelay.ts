// Preloaded into the server the abuse run starts (`node -r …/loopDelay.js`): the event
// loop's delay, sampled every 10 ms, is what /health's latency would be on an idle
// machine. On SIGUSR2 the figures since the last signal are written to
// POLGRAPH_LOOP_DELAY_FILE and the histogram starts over.
//
// On a shared machine the delay includes the time the process waited for a core. Beside
// it, a 10 ms timer notes the process's CPU time over each gap between two of its ticks:
// `cpuMaxMs`, the most CPU one gap held, is the event loop held by work (the process's own
// threads, garbage collection helpers included), whatever the load.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.POLGRAPH_LOOP_DELAY_FILE;
if (file) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const TICK = 10;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let cpuMaxMs = 0;
  setInterval(() => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    // only gaps longer than a tick held the loop; a tick's own CPU is the rest of the process
    if (t - last > 2 * TICK) cpuMaxMs = Math.max(cpuMaxMs, (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000);
    last = t;
    lastCpu = cpu;
  }, TICK).unref();
  process.on('SIGUSR2', () => {
    writeFileSync(file, JSON.stringify({ maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6, meanMs: h.mean / 1e6, cpuMaxMs }));
    h.reset();
    cpuMaxMs = 0;
  });
}
