/** Entry point: read the environment, start one server on one port, print the URLs a facilitator needs. */
import { configFromEnv } from "./config.js";
import { createServer } from "./app.js";
import { startLog } from "./start-log.js";

const config = configFromEnv();
const sammen = createServer(config);
const local = await sammen.listen();
const lines = startLog({
  local,
  publicUrl: sammen.publicUrl,
  host: config.host,
  publicUrlSet: config.publicUrl !== "",
  dbPath: config.dbPath,
  setupCode: sammen.setupCode,
});
console.log(lines.join("\n"));

if (process.env.SAMMEN_BENCH_STATS === "1") {
  const { attachBenchStats } = await import("./bench-stats.js");
  attachBenchStats(local, () => ({
    ...sammen.registry.stats(),
    sockets: sammen.io.engine.clientsCount,
    snapshotWrites: sammen.snapshots.stats.writes,
    snapshotRooms: sammen.snapshots.stats.rooms,
    snapshotMs: sammen.snapshots.stats.ms,
  }));
}

// Graceful stop: open rooms are written and come back on the next start; clients are told
// "restarting" and reconnect by themselves. Bounded: a hang cannot keep the process alive.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  Stopping Sammen (${signal}); open rooms are kept and come back on the next start.`);
    setTimeout(() => {
      console.error(`  Sammen did not stop within ${config.stopTimeoutMs} ms; exiting anyway.`);
      process.exit(1);
    }, config.stopTimeoutMs).unref();
    sammen.drain().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`  Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  });
}
