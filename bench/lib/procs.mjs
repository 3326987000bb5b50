/**
 * The processes of a bench run: the server under test (the real production
 * build, or the bare Socket.IO baseline) and the load-generating workers, and
 * for the scale-out system the redis-server, PostgreSQL and nginx it runs on.
 * Everything binds 127.0.0.1; every child is killed by its own handle when the
 * run ends, and the children exit by themselves if the driver goes away. The
 * services are not the driver's Node children and would outlive it, so they
 * are kept in `services` until stopped, and stopAll() (the driver's way out:
 * done, failed, interrupted, watchdog) stops them by PID.
 */
import { fork } from "node:child_process";
import path from "node:path";
import fs from "node:fs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const children = new Set();

/** Extra node flags from an environment variable (BENCH_SERVER_FLAGS, BENCH_WORKER_FLAGS), split on whitespace. */
const flagsFrom = (name) => (process.env[name] ?? "").split(/\s+/).filter(Boolean);
/** Started services (redis-server, PostgreSQL, nginx) not yet stopped: { label, stop() }. */
const services = new Set();
/** Service starts in flight: a stop that comes meanwhile waits for them, so nothing starts after it. */
const starting = new Set();

/** Keep a service for stopAll() from the moment it is up until its own stop() ran. */
function track(label, startPromise) {
  const p = startPromise.then((service) => {
    const entry = { label, stop: () => service.stop() };
    services.add(entry);
    const stop = service.stop.bind(service);
    service.stop = async () => {
      services.delete(entry);
      await stop();
    };
    return service;
  });
  starting.add(p);
  p.catch(() => {}).finally(() => starting.delete(p));
  return p;
}

/** Send requests over IPC and match replies by id. */
function rpc(child, label) {
  let next = 1;
  const pending = new Map();
  child.on("message", (msg) => {
    const slot = msg && pending.get(msg.id);
    if (!slot) return;
    pending.delete(msg.id);
    if (msg.ok === false) slot.reject(new Error(`${label}: ${msg.error}`));
    else slot.resolve(msg);
  });
  child.on("exit", (code, signal) => {
    for (const slot of pending.values()) slot.reject(new Error(`${label} exited (${code ?? signal}) with a request pending`));
    pending.clear();
  });
  return (op, body = {}, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      // Gone (stopped, killed by stopAll): a plain refusal, not an EPIPE thrown at the driver.
      if (!child.connected) return reject(new Error(`${label} is gone ("${op}" not sent)`));
      const id = next++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${label}: no answer to "${op}" in ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      child.send({ ...body, op, id }, (error) => {
        if (!error || !pending.has(id)) return;
        pending.get(id).reject(new Error(`${label}: could not send "${op}": ${error.message}`));
        pending.delete(id);
      });
    });
}

function waitForMessage(child, op, label, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start in ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (msg) => {
      if (msg?.op !== op) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(msg);
    };
    const onExit = (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code}) before it was ready`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/**
 * kind "sammen": node dist/server/server/main.js (the production entry point).
 * kind "sammen-nosnap": the same with room snapshots off (SAMMEN_SNAPSHOTS=off), to show what they cost.
 * kind "bare-naive" | "bare-throttled": bench/bare-server.mjs.
 */
export async function startServer(kind, { env = {}, cpuProf = null } = {}) {
  const isSammen = kind === "sammen" || kind === "sammen-nosnap";
  const script = isSammen ? path.join(ROOT, "dist/server/server/main.js") : path.join(ROOT, "bench/bare-server.mjs");
  const execArgv = ["--expose-gc", ...flagsFrom("BENCH_SERVER_FLAGS")];
  if (cpuProf) execArgv.push("--cpu-prof", `--cpu-prof-dir=${cpuProf}`, `--cpu-prof-name=${kind}-${Date.now()}.cpuprofile`);
  const child = fork(script, [], {
    cwd: ROOT,
    execArgv,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      SAMMEN_BENCH_STATS: "1",
      HOST: "127.0.0.1",
      PORT: "0",
      BARE_MODE: kind === "bare-naive" ? "naive" : "throttled",
      ...(kind === "sammen-nosnap" ? { SAMMEN_SNAPSHOTS: "off" } : {}),
      // The allocation sampler's settings, when it is loaded through BENCH_SERVER_FLAGS (lib/alloc-sampler.mjs).
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith("BENCH_ALLOC_"))),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  const log = [];
  // Counted as they arrive (the log keeps only its tail): how often a room changed process.
  const events = { takenOver: 0, leaseLost: 0 };
  const keep = (chunk) => {
    if (process.env.BENCH_LOG_FILE) fs.appendFileSync(process.env.BENCH_LOG_FILE, String(chunk));
    for (const line of String(chunk).split("\n")) {
      if (!line.trim()) continue;
      log.push(line);
      if (/room \S+ taken over \(epoch/.test(line)) events.takenOver++;
      else if (/lease of a room lost/.test(line)) events.leaseLost++;
    }
    if (log.length > 2000) log.splice(0, log.length - 2000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const ready = await waitForMessage(child, "ready", `${kind} server`);
  const call = rpc(child, `${kind} server`);
  return {
    kind,
    url: ready.address,
    pid: child.pid,
    log,
    events,
    stats: (opts = {}) => call("stats", opts, 60_000),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function startWorker(index) {
  const child = fork(path.join(ROOT, "bench/worker.ts"), [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx", "--max-old-space-size=2048", ...flagsFrom("BENCH_WORKER_FLAGS")],
    env: { ...process.env, BENCH_WORKER_SEED: String(1000 + index) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  await waitForMessage(child, "ready", `worker ${index}`, 60_000);
  const call = rpc(child, `worker ${index}`);
  return {
    index,
    pid: child.pid,
    call,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      call("exit", {}, 5_000).catch(() => {});
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Last resort (watchdog, crash): kill every child this run started, by its own handle. */
export function killAll() {
  for (const child of children) {
    try {
      child.kill("SIGKILL");
    } catch {
      /* already gone */
    }
  }
}

/**
 * The way out of every run (done, failed, interrupted, watchdog): kill the
 * Node children, then stop every service this run started, by PID, after any
 * start still in flight has finished (bounded, so a hung start cannot keep the
 * driver alive). Resolves when they are gone.
 */
/** Resolve once every Node child has exited (and so been collected), or after `ms`. */
function childrenExited(ms = 5000) {
  const running = [...children].filter((c) => c.exitCode === null && c.signalCode === null);
  let timer;
  const all = Promise.all(running.map((c) => new Promise((r) => c.once("exit", r))));
  return Promise.race([all, new Promise((r) => (timer = setTimeout(r, ms)))]).finally(() => clearTimeout(timer));
}

export async function stopAll({ waitForStartsMs = 30_000 } = {}) {
  killAll();
  // SIGKILL is sent, not done: wait until each child is gone, so none outlives the driver (a
  // child still exiting when the driver exits is left to init as a zombie).
  await childrenExited();
  if (starting.size) {
    let timer;
    await Promise.race([Promise.allSettled([...starting]), new Promise((r) => (timer = setTimeout(r, waitForStartsMs)))]);
    clearTimeout(timer);
  }
  // nginx first (it holds the clients), then the stores.
  const order = (e) => (e.label === "nginx" ? 0 : 1);
  const list = [...services].sort((a, b) => order(a) - order(b));
  for (const entry of list.filter((e) => order(e) === 0)) await entry.stop().catch(() => {});
  await Promise.all(list.filter((e) => order(e) === 1).map((e) => e.stop().catch(() => {})));
  services.clear();
  killAll();
  await childrenExited();
}

/**
 * kind "sammen-cluster2": the scale-out set-up of docs/operations.md on this
 * machine: two Sammen processes (the production build, each forked with its
 * stats channel) sharing a redis-server and a PostgreSQL, behind nginx with the
 * documented config. Clients use the proxy's URL. The numbers are both
 * processes' together; Redis, PostgreSQL and nginx count as "other processes"
 * on the machine. The servers come from test/support/services.ts (run under
 * tsx: `npm run bench` loads it), and stop by PID.
 */
export async function startCluster2({ env = {}, cpuProf = null, sockets = 0 } = {}) {
  const support = await import("../../test/support/services.ts");
  const [redis, postgres] = await Promise.all([track("redis", support.startRedis()), track("postgres", support.startPostgres())]);
  const parts = [];
  const stopCluster = async () => {
    for (const p of parts.reverse()) await p.stop().catch(() => {});
    await Promise.all([redis.stop(), postgres.stop()]);
  };
  try {
    const databaseUrl = await postgres.createDatabase("sammen_bench");
    const ports = [await support.freePort(), await support.freePort()];
    const shared = {
      ...env,
      REDIS_URL: redis.url,
      DATABASE_URL: databaseUrl,
      SAMMEN_SECRET: "bench-cluster-secret-0123456789abcdef0123456789",
      TRUST_PROXY: "1",
    };
    const apps = [];
    // One after the other: the first migrates PostgreSQL.
    for (const [i, port] of ports.entries()) {
      const app = await startServer("sammen", { env: { ...shared, PORT: String(port), SAMMEN_NODE_NAME: `bench${i}` }, cpuProf });
      apps.push(app);
      parts.push(app);
    }
    // A proxied WebSocket holds two of nginx's connections (client side, upstream side): the
    // harness's 1024 fit the tests, not a bench population (docs/operations.md, "Sizing nginx").
    const nginx = await track("nginx", support.startNginx(ports.map((p) => `127.0.0.1:${p}`), { workerConnections: Math.max(1024, 2 * sockets + 1024) }));
    parts.push(nginx);
    return {
      kind: "sammen-cluster2",
      url: nginx.url,
      pid: apps[0].pid,
      /** Every process this system runs, by PID (the bench-cleanup test checks they are gone after a stop). */
      pids: { apps: apps.map((a) => a.pid), redis: redis.pid, postgres: postgres.pid, nginx: nginx.pid },
      dirs: [redis.dir, postgres.dir, nginx.dir],
      get log() {
        return apps.flatMap((a) => a.log);
      },
      /** Rooms a process took from another (hand-over or failover) and leases a process lost, all processes. */
      roomMoves() {
        return { takenOver: apps.reduce((n, a) => n + a.events.takenOver, 0), leaseLost: apps.reduce((n, a) => n + a.events.leaseLost, 0) };
      },
      async stats(opts = {}) {
        const all = await Promise.all(apps.map((a) => a.stats(opts)));
        const sum = (f) => all.reduce((n, s) => n + f(s), 0);
        const counts = {};
        for (const s of all) for (const [k, v] of Object.entries(s.counts ?? {})) counts[k] = (counts[k] ?? 0) + (typeof v === "number" ? v : 0);
        const eld = {};
        for (const k of Object.keys(all[0].eld)) eld[k] = Math.max(...all.map((s) => s.eld[k]));
        return {
          at: Math.max(...all.map((s) => s.at)),
          // One machine, one monotonic clock: the processes' readings differ only by when each answered.
          mono: Math.min(...all.map((s) => s.mono)),
          cpu: { user: sum((s) => s.cpu.user), system: sum((s) => s.cpu.system) },
          mem: { heapUsed: sum((s) => s.mem.heapUsed), rss: sum((s) => s.mem.rss), external: sum((s) => s.mem.external) },
          eld,
          counts,
        };
      },
      stop: stopCluster,
    };
  } catch (error) {
    await stopCluster();
    throw error;
  }
}
