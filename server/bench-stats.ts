/**
 * Opt-in process numbers for the load harness (bench/), off by default.
 * Enabled only by SAMMEN_BENCH_STATS=1 when the server was started by a parent
 * process with an IPC channel (child_process.fork): nothing is exposed on the
 * network. Answers {op:"stats"} with CPU, memory, event-loop delay and counts;
 * `gc: true` collects first (needs --expose-gc), `reset: true` restarts the
 * event-loop delay histogram. `mono` is the machine's monotonic clock in seconds, the clock of
 * `perf record -k mono`, so an on-CPU profile can be cut to the windows the driver measured
 * (bench/perf-profile.mjs, `--bursts`). Exits when the parent goes away.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";

type StatsRequest = { op: "stats"; id: number; gc?: boolean; reset?: boolean };

export function attachBenchStats(address: string, counts: () => Record<string, number>): void {
  const send = process.send?.bind(process);
  if (!send) return;
  const resolutionMs = 10;
  const eld = monitorEventLoopDelay({ resolution: resolutionMs });
  eld.enable();
  // The histogram holds the whole interval between timer ticks; the delay is what exceeds the tick.
  const ms = (ns: number) => Math.max(0, ns / 1e6 - resolutionMs);
  process.on("message", (msg: StatsRequest) => {
    if (msg?.op !== "stats") return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (msg.gc && gc) {
      gc();
      gc();
    }
    send({
      op: "stats",
      id: msg.id,
      at: performance.timeOrigin + performance.now(),
      mono: Number(process.hrtime.bigint()) / 1e9,
      cpu: process.cpuUsage(),
      mem: process.memoryUsage(),
      eld: { mean: ms(eld.mean), p50: ms(eld.percentile(50)), p99: ms(eld.percentile(99)), max: ms(eld.max), n: eld.count, resolutionMs },
      counts: counts(),
    });
    if (msg.reset) eld.reset();
  });
  process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
  send({ op: "ready", address });
}
