#!/usr/bin/env node
/**
 * Sammen load harness (driver). `npm run bench` builds, then runs this with --expose-gc.
 *
 *   node --expose-gc --import tsx bench/run.mjs [--profile smoke|full] [--systems sammen,sammen-cluster2,bare-throttled,bare-naive]
 *                                  [--only s1,s2,s3,s4,s5,s7,s8] [--workers N] [--rounds N] [--server-prof]
 *                                  [--no-results-md | --results-md]   (by default only the full profile rewrites RESULTS.md)
 *                                  [--wait-quiet SECONDS]   (full: waits up to 300 s for other processes to go idle)
 *                                  [--cluster-only]   (the scale-out ratio alone: s3 on sammen and sammen-cluster2)
 *                                  [--out-dir DIR]    (where the run's JSON goes; bench/out by default)
 *   node bench/run.mjs --render bench/out/<run>.json     (re-render RESULTS.md from a saved run, with bench/NOTES.md)
 *
 * For each system under test (the real server from the production build, and
 * a bare Socket.IO server in naive and throttled mode) it starts the server in
 * its own process, forks load-generating workers (bench/worker.ts, the
 * project's SDK over socket.io-client), runs the scenarios below, samples the
 * server's CPU, memory and event-loop delay over IPC (SAMMEN_BENCH_STATS=1),
 * and writes bench/out/<stamp>-<profile>.json and (full profile) bench/RESULTS.md.
 * Everything is on 127.0.0.1; a watchdog ends the run if it overruns.
 *
 * Scenarios: s1 answer burst in one room; s2 big room (at the avatar cap, and
 * 300 tablets over as few rooms as the cap allows); s3 many rooms bursting at
 * once; s4 memory per idle socket; s5 reconnect storm; s6 restart (n/a);
 * s7 client weight; s8 /join on a slow tablet (throttled Chromium, bench/slow-join.mjs).
 *
 * However the run ends (done, a failure, SIGINT or SIGTERM, the watchdog), it
 * stops what it started before it exits: the servers and workers, and for
 * sammen-cluster2 the redis-server, PostgreSQL and nginx, by PID
 * (bench/lib/procs.mjs, stopAll; test/integration/bench-cleanup.test.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { clientWeight } from "./lib/client-weight.mjs";
import { slowJoin } from "./slow-join.mjs";
import { startCluster2, startServer, startWorker, stopAll } from "./lib/procs.mjs";

import { round, summariseSamples } from "./lib/stats.mjs";
import { renderMarkdown, scaleOutTable, targetsTable } from "./lib/report.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The first-run setup code of each bench server (passed as SAMMEN_SETUP_CODE). */
const BENCH_SETUP_CODE = "BENCH-SETUP-CODE";
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The real server, with snapshots on ("sammen") or off ("sammen-nosnap"). */
const isSammen = (kind) => kind === "sammen" || kind === "sammen-nosnap" || kind === "sammen-cluster2";

const { values: args } = parseArgs({
  options: {
    profile: { type: "string", default: "full" },
    systems: { type: "string" },
    only: { type: "string", default: "s1,s2,s3,s4,s5,s7,s8" },
    workers: { type: "string" },
    rounds: { type: "string" },
    "wait-quiet": { type: "string" },
    "server-prof": { type: "boolean", default: false },
    "no-results-md": { type: "boolean", default: false },
    "results-md": { type: "boolean", default: false },
    "cluster-only": { type: "boolean", default: false },
    "out-dir": { type: "string" },
    render: { type: "string" },
  },
});

if (args.render) {
  // Re-render bench/RESULTS.md from a saved run (e.g. after editing bench/NOTES.md); runs nothing.
  const saved = JSON.parse(readFileSync(args.render, "utf8"));
  const notesPath = path.resolve(import.meta.dirname, "NOTES.md");
  const notes = existsSync(notesPath) ? readFileSync(notesPath, "utf8") : "";
  const rel = path.relative(path.resolve(import.meta.dirname, ".."), path.resolve(args.render));
  writeFileSync(path.resolve(import.meta.dirname, "RESULTS.md"), renderMarkdown(saved, { jsonPath: rel, notes }));
  console.log(`bench/RESULTS.md rendered from ${rel}`);
  process.exit(0);
}

const PROFILES = {
  smoke: {
    workers: 2,
    deadlineMs: 90_000,
    waitQuietS: 0,
    phaseQuietS: 0,
    // The naive baseline is left out of the smoke run (the ratios use the throttled one).
    systems: "sammen,bare-throttled",
    s1: { tablets: 30, rounds: 6 },
    s2: { single: 48, singleRounds: 3, spread: 300, spreadRounds: 2 },
    s3: { rooms: 20, tablets: 8, rounds: 4 },
    s5: { drop: 80 },
    s8: { rounds: 3 },
    minRoundMs: 250,
    settleMs: 1000,
  },
  // The snapshot cost: "sammen-nosnap" (snapshots off) runs only s1 and s3, against "sammen" (on).
  full: {
    // Two workers on a 2-core machine: more processes than cores only adds scheduling noise.
    workers: 2,
    deadlineMs: 40 * 60_000,
    // On a shared machine, wait (up to this long) until other processes leave the cores alone.
    waitQuietS: 300,
    // …and before each phase of each system, up to this long.
    phaseQuietS: 60,
    systems: "sammen,sammen-nosnap,sammen-cluster2,bare-throttled,bare-naive",
    s1: { tablets: 30, rounds: 100 },
    s2: { single: 48, singleRounds: 50, spread: 300, spreadRounds: 30 },
    s3: { rooms: 250, tablets: 8, rounds: 20 },
    s5: { drop: 500 },
    s8: { rounds: 10 },
    settleMs: 2000,
    // The host sends two intents per round (start, reveal): 250 ms keeps it under the per-socket limit of 10/s.
    minRoundMs: 250,
  },
};
const profile = PROFILES[args.profile];
if (!profile) throw new Error(`Unknown profile "${args.profile}" (smoke or full)`);
if (args.rounds) {
  // For investigations: the same number of rounds in every burst scenario.
  const n = Number(args.rounds);
  Object.assign(profile.s1, { rounds: n });
  Object.assign(profile.s2, { singleRounds: n, spreadRounds: n });
  Object.assign(profile.s3, { rounds: n });
}
if (args["cluster-only"]) {
  // The scale-out ratio on its own: the many-rooms burst (s3) on one process, then on two behind nginx.
  if (args.systems || process.argv.some((a) => a === "--only" || a.startsWith("--only="))) {
    throw new Error("--cluster-only picks the systems and scenarios itself: leave out --systems and --only");
  }
  args.systems = "sammen,sammen-cluster2";
  args.only = "s3";
}
const WORKERS = Number(args.workers ?? profile.workers);
const SYSTEMS = (args.systems ?? profile.systems).split(",").filter(Boolean);
const ONLY = new Set(args.only.split(",").filter(Boolean));
const MAX_SEATS = 48; // the product's avatar list (shared/content/avatars.ts) caps a room at 48 tablets
const runStarted = now();
const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const outDir = args["out-dir"] ? path.resolve(args["out-dir"]) : path.join(ROOT, "bench", "out");
mkdirSync(outDir, { recursive: true });

const { ALL_AVATARS } = await import("../dist/server/shared/content/avatars.js").catch(() => {
  throw new Error("dist/server is missing: run `npm run build:server` (or `npm run bench`, which builds first).");
});

const results = {
  meta: meta(),
  profile: { name: args.profile, ...profile, workers: WORKERS, systems: SYSTEMS, only: [...ONLY] },
  scenarios: {},
  timeseries: [],
  serverErrors: {},
  problems: [],
};

// ---------- watchdog ----------
const watchdog = setTimeout(() => {
  console.error(`\n[bench] watchdog: the run exceeded ${profile.deadlineMs / 1000} s; stopping everything.`);
  results.problems.push(`watchdog fired after ${profile.deadlineMs / 1000} s; results are partial`);
  finish(2);
}, profile.deadlineMs);
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.on(signal, () => {
    if (finished) {
      // A second signal while stopping: do not wait for the services any longer.
      console.error(`[bench] ${signal} again: exiting now`);
      process.exit(code);
    }
    results.problems.push(`interrupted (${signal}); results are partial`);
    void finish(code);
  });
}
// A bug in the driver must not leave servers behind either.
process.on("uncaughtException", (error) => {
  if (finished) return; // the run is stopping; what breaks now is its children going away
  results.problems.push(`driver crashed: ${error?.stack ?? error}`);
  console.error(error);
  void finish(1);
});
process.on("unhandledRejection", (error) => {
  if (finished) return;
  results.problems.push(`driver crashed (unhandled rejection): ${error instanceof Error ? error.stack : String(error)}`);
  console.error(error);
  void finish(1);
});

let finished = false;
async function finish(code) {
  if (finished) return;
  finished = true;
  clearTimeout(watchdog);
  try {
    report();
  } catch (error) {
    console.error("[bench] could not write the results:", error);
    code ||= 1;
  } finally {
    // Stopped whatever happened above: the services would outlive the driver.
    await stopAll();
    console.log("[bench] every process this run started is stopped");
    process.exit(code);
  }
}

function report() {
  results.meta.durationS = round((now() - runStarted) / 1000, 1);
  const jsonPath = path.join(outDir, `${stamp}-${args.profile}.json`);
  writeFileSync(jsonPath, JSON.stringify(results, null, 2));
  // RESULTS.md holds the full profile's figures; a smoke run or a part of a run only writes its JSON unless asked.
  const writeMd = !args["no-results-md"] && (args["results-md"] || (args.profile === "full" && !args["cluster-only"]));
  if (writeMd) {
    const notesPath = path.join(ROOT, "bench", "NOTES.md");
    const notes = existsSync(notesPath) ? readFileSync(notesPath, "utf8") : "";
    writeFileSync(path.join(ROOT, "bench", "RESULTS.md"), renderMarkdown(results, { jsonPath: path.relative(ROOT, jsonPath), notes }));
  }
  console.log(`\n${targetsTable(results)}`);
  const scaleOut = scaleOutTable(results);
  if (scaleOut) console.log(`\nScale-out (2 processes behind nginx against 1):\n${scaleOut}`);
  if (results.problems.length) console.log(`\nProblems:\n${results.problems.map((p) => `- ${p}`).join("\n")}`);
  console.log(`\n[bench] done in ${results.meta.durationS} s → ${path.relative(ROOT, jsonPath)}${writeMd ? ", bench/RESULTS.md" : ""}`);
}

function meta() {
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return null;
    }
  };
  const git = (...a) => {
    try {
      return execFileSync("git", a, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return null;
    }
  };
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? "unknown",
      cores: cpus.length,
      ramGB: round(os.totalmem() / 1024 ** 3, 1),
      os: `${os.type()} ${os.release()} (${os.arch()})`,
    },
    node: process.version,
    packages: Object.fromEntries(
      ["socket.io", "socket.io-client", "engine.io", "engine.io-client", "ws", "express", "zod", "hdr-histogram-js", "tsx"].map((n) => [n, pkg(n)]),
    ),
    commit: git("rev-parse", "--short", "HEAD"),
    dirty: (git("status", "--porcelain") ?? "").length > 0,
  };
}

// ---------- helpers ----------
function log(...parts) {
  console.log(`[bench +${((now() - runStarted) / 1000).toFixed(1)}s]`, ...parts);
}

async function pool(items, concurrency, fn) {
  const out = new Array(items.length);
  let i = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (i < items.length) {
        const k = i++;
        out[k] = await fn(items[k], k);
      }
    }),
  );
  return out;
}

/** The REST calls a facilitator and the tablets make (cookie kept like a browser). */
function sammenApi(base) {
  let cookie = "";
  const request = async (method, route, body) => {
    const res = await fetch(base + route, {
      method,
      headers: { ...(body ? { "content-type": "application/json" } : {}), ...(cookie ? { cookie } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0];
    const json = await res.json().catch(() => null);
    if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    async signIn() {
      await request("POST", "/api/auth/setup", { username: "bench", password: "bench-password-123", setupCode: BENCH_SETUP_CODE });
    },
    openRoom: async () => (await request("POST", "/api/rooms")).room,
    claim: (code, avatar) => request("POST", `/api/join/${code}`, { avatar }),
  };
}

/**
 * Create rooms (sizes = tablets per room) on the system under test and hand the
 * clients to the workers: each room's host and screen to one worker, tablets
 * round-robin over all workers (so a room's burst comes from several processes).
 */
let nextClientId = 1;
let bareRoomSerial = 0;
async function populate(sys, sizes) {
  const rooms = [];
  if (isSammen(sys.kind)) {
    if (!sys.api) {
      sys.api = sammenApi(sys.url);
      await sys.api.signIn();
    }
    const opened = await pool(sizes, 8, () => sys.api.openRoom());
    const claimsPerRoom = await pool(opened, 4, (room, r) =>
      pool(ALL_AVATARS.slice(0, sizes[r]), 4, (avatar) => sys.api.claim(room.code, avatar)),
    );
    opened.forEach((room, r) =>
      rooms.push({
        key: room.code,
        host: { token: room.hostToken },
        screen: { token: room.screenToken },
        tablets: claimsPerRoom[r].map((c) => ({ token: c.token, seatId: c.seatId })),
      }),
    );
  } else {
    for (const n of sizes) {
      const key = `b${++bareRoomSerial}`;
      rooms.push({ key, host: {}, screen: {}, tablets: Array.from({ length: n }, () => ({})) });
    }
  }
  const perWorker = Array.from({ length: WORKERS }, () => []);
  let t = 0;
  rooms.forEach((room, r) => {
    const w = r % WORKERS;
    room.hostId = nextClientId++;
    perWorker[w].push({ id: room.hostId, room: room.key, role: "host", ...room.host });
    perWorker[w].push({ id: nextClientId++, room: room.key, role: "screen", ...room.screen });
    room.tabletIds = [];
    for (const tablet of room.tablets) {
      const id = nextClientId++;
      room.tabletIds.push(id);
      perWorker[t++ % WORKERS].push({ id, room: room.key, role: "seat", ...tablet });
    }
  });
  return { rooms, perWorker, sockets: perWorker.reduce((n, l) => n + l.length, 0), tablets: t };
}

async function connectAll(sys, workers, pop) {
  const t0 = now();
  const replies = await Promise.all(
    workers.map((w) =>
      w.call("init", { url: sys.url, mode: isSammen(sys.kind) ? "sammen" : "bare", clients: pop.perWorker[w.index], concurrency: 25 }, 180_000),
    ),
  );
  const failed = replies.reduce((n, r) => n + r.failed, 0);
  if (failed) throw new Error(`${failed} of ${pop.sockets} clients did not connect`);
  return { connect: summariseSamples(replies.flatMap((r) => r.connectMs)), wallMs: round(now() - t0, 0) };
}

const allWorkers = (workers, op, body, timeoutMs) => Promise.all(workers.map((w) => w.call(op, body, timeoutMs)));

async function usage(workers) {
  return { workers: await allWorkers(workers, "usage"), driver: process.cpuUsage(), machine: machineCpu() };
}

/** Busy CPU time of the whole machine (Linux /proc/stat, in µs), to show what other processes took during a window. */
function machineCpu() {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
    const tick = 1e6 / 100; // USER_HZ is 100 on Linux
    return { busy: (user + nice + system + irq + softirq + steal) * tick, idle: (idle + iowait) * tick };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) between two process.cpuUsage() readings. */
const cpuSeconds = (a, b) => (b.user - a.user + b.system - a.system) / 1e6;

/**
 * Server CPU and event-loop delay, the load generator's CPU (workers + driver)
 * and what other processes on the machine took, over one scenario window.
 */
async function window(sys, workers, fn) {
  const s0 = await sys.stats({ reset: true });
  const u0 = await usage(workers);
  const t0 = now();
  const out = await fn();
  const wallS = (now() - t0) / 1000;
  const s1 = await sys.stats({ reset: true });
  const u1 = await usage(workers);
  const serverCpuS = cpuSeconds(s0.cpu, s1.cpu);
  // Snapshot writes in the window (Sammen only; null for the bare servers and with snapshots off).
  const snap = s1.counts?.snapshotWrites === undefined ? null : {
    writes: s1.counts.snapshotWrites - s0.counts.snapshotWrites,
    rooms: s1.counts.snapshotRooms - s0.counts.snapshotRooms,
    ms: round(s1.counts.snapshotMs - s0.counts.snapshotMs, 1),
  };
  const loadCpuS = u1.workers.reduce((n, w, i) => n + cpuSeconds(u0.workers[i].cpu, w.cpu), 0) + cpuSeconds(u0.driver, u1.driver);
  const machineCpuS = u0.machine && u1.machine ? (u1.machine.busy - u0.machine.busy) / 1e6 : null;
  const otherCpuS = machineCpuS === null ? null : Math.max(0, machineCpuS - serverCpuS - loadCpuS);

  const total = (results.loadGeneratorTotal ??= { cpuS: 0, wallS: 0, cores: 0, peakCores: 0, otherCpuS: 0, otherCores: 0 });
  total.cpuS = round(total.cpuS + loadCpuS, 2);
  total.wallS = round(total.wallS + wallS, 1);
  total.cores = round(total.cpuS / total.wallS, 3);
  total.peakCores = Math.max(total.peakCores, round(loadCpuS / wallS, 3));
  total.otherCpuS = round(total.otherCpuS + (otherCpuS ?? 0), 2);
  total.otherCores = round(total.otherCpuS / total.wallS, 3);

  return {
    ...out,
    wallS: round(wallS, 1),
    server: { cores: round(serverCpuS / wallS, 3), cpuS: round(serverCpuS, 2), eld: roundAll(s1.eld), heapMB: mb(s1.mem.heapUsed), rssMB: mb(s1.mem.rss) },
    snapshots: snap,
    loadGenerator: { cores: round(loadCpuS / wallS, 3), workers: WORKERS },
    // Whatever else ran on the machine in the window (other people's builds and tests) competes for the same cores.
    otherProcessesCores: otherCpuS === null ? null : round(otherCpuS / wallS, 2),
  };
}
const mb = (b) => round(b / 1024 / 1024, 1);
const roundAll = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));

/**
 * Answer-burst rounds. Each round: every host starts a fresh check-in, every
 * tablet waits until it shows it, then all tablets of all rooms answer at one
 * agreed instant (the workers spin to it). Measured per room: first emit →
 * the host's view holds every answer; per answer: its emit → the host's view
 * holds it; per tablet: the ack round trip. Then every host reveals and the
 * screen of its room times the picture's arrival.
 */
async function rounds(sys, workers, pop, count) {
  const expected = Object.fromEntries(pop.rooms.map((r) => [r.key, r.tablets.length]));
  const samples = { hostAll: [], perAnswer: [], ack: [], screenReveal: [], revealAck: [], startAck: [] };
  const errors = [];
  /** For the first rounds, per room: when the host saw how many answers, and when each worker emitted (ms after the room's first emit). */
  const timelines = [];
  /** Server CPU time (user + system) spent from just before each burst until every host had every answer. */
  const burstCpuMs = [];
  /** Per round: its server CPU and its rooms' host-view times, to tell one slow round from a slow tail in every round. */
  const perRound = [];
  /** The same as samples.hostAll without the first round, where each server runs its code for the first time (bench/NOTES.md). */
  const hostAllAfterFirst = [];
  let misses = 0;
  let negative = 0;
  for (let r = 1; r <= count; r++) {
    const roundStart = now();
    const started = await allWorkers(workers, "start", { round: r }, 60_000);
    const activities = Object.assign({}, ...started.map((s) => s.activities));
    for (const s of started) samples.startAck.push(...s.ackMs), errors.push(...s.errors);
    const armed = await allWorkers(workers, "arm", { round: r, activities, expected }, 60_000);
    const notReady = armed.reduce((n, a) => n + a.notReady, 0);
    if (notReady) errors.push(`round ${r}: ${notReady} tablets never showed the new check-in`);
    const beforeFire = await sys.stats();
    const cpuBeforeFire = beforeFire.cpu;
    const fired = await allWorkers(workers, "fire", { at: now() + 40, timeoutMs: 15_000 }, 60_000);
    const afterFire = await sys.stats();
    const cpuAfterFire = afterFire.cpu;
    burstCpuMs.push((cpuAfterFire.user - cpuBeforeFire.user + cpuAfterFire.system - cpuBeforeFire.system) / 1000);
    const firstEmit = new Map();
    const emitOf = new Map();
    for (const f of fired) {
      for (const [room, seat, t] of f.emits) {
        emitOf.set(seat, t);
        firstEmit.set(room, Math.min(firstEmit.get(room) ?? Infinity, t));
      }
      samples.ack.push(...f.ackMs);
      for (const code of f.ackErrors) errors.push(`round ${r}: answer refused: ${code}`);
    }
    const roundHostAll = [];
    for (const f of fired) {
      for (const obs of f.rooms) {
        if (obs.tAll === null) misses++;
        else roundHostAll.push(obs.tAll - firstEmit.get(obs.room));
        if (timelines.length < 12 && obs.timeline) {
          const t0 = firstEmit.get(obs.room);
          timelines.push({
            round: r,
            room: obs.room,
            host: obs.timeline.map(([t, n]) => [round(t - t0), n]),
            lastEmitMs: round(Math.max(...fired.flatMap((f) => f.emits.filter((e) => e[0] === obs.room).map((e) => e[2]))) - t0),
          });
        }
        for (const [seat, t] of obs.seen) {
          const d = t - emitOf.get(seat);
          if (d < 0) negative++;
          samples.perAnswer.push(Math.max(0, d));
        }
      }
    }
    samples.hostAll.push(...roundHostAll);
    if (r > 1) hostAllAfterFirst.push(...roundHostAll);
    const roundHost = summariseSamples(roundHostAll);
    // serverMono: the burst's window on the server's monotonic clock, for perf-profile.mjs --bursts.
    perRound.push({ round: r, cpuMs: round(burstCpuMs.at(-1), 1), hostP50: roundHost.p50, hostMax: roundHost.max, serverMono: [beforeFire.mono, afterFire.mono] });
    const revealed = await allWorkers(workers, "reveal", { at: now() + 20, timeoutMs: 15_000 }, 60_000);
    for (const v of revealed) {
      samples.screenReveal.push(...v.screenMs);
      samples.revealAck.push(...v.ackMs);
      errors.push(...v.errors);
    }
    const rest = profile.minRoundMs - (now() - roundStart);
    if (rest > 0) await sleep(rest);
  }
  const out = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summariseSamples(v)]));
  out.hostAll.misses = misses;
  if (!isSammen(sys.kind)) out.perAnswer = null; // the bare tally is a count: it cannot say which answer arrived
  out.rounds = count;
  out.rooms = pop.rooms.length;
  out.tablets = pop.tablets;
  out.errors = [...new Set(errors)].slice(0, 20);
  out.errorCount = errors.length;
  out.clockSkewSamples = negative;
  out.timelines = timelines;
  out.serverCpuPerBurstMs = summariseSamples(burstCpuMs);
  out.perRound = perRound;
  out.hostAllAfterFirst = count > 1 ? summariseSamples(hostAllAfterFirst) : null;
  return out;
}

/**
 * Reconnect storm: drop the transports of `drop` tablets spread over all rooms
 * at once. Time until each is back as the same seat with its whole view over the
 * new connection, at least as new as the view it held when the storm began.
 */
async function storm(sys, workers, pop, drop, { immediate }) {
  const perRoom = Math.ceil(drop / pop.rooms.length);
  const ids = pop.rooms.flatMap((r) => r.tabletIds.slice(0, perRoom)).slice(0, drop);
  const at = now() + 50;
  const replies = await allWorkers(workers, "drop", { at, ids, immediate, timeoutMs: 20_000 }, 60_000);
  const all = replies.flatMap((r) => r.results);
  const t0 = Math.min(...all.map((r) => r.tDrop));
  const back = all.filter((r) => r.tBack !== null);
  const sinceStorm = back.map((r) => r.tBack - t0).sort((a, b) => a - b);
  const idx95 = Math.ceil(all.length * 0.95) - 1;
  return {
    backoff: replies[0]?.backoff ?? null,
    dropped: all.length,
    back: back.length,
    time95BackMs: idx95 < sinceStorm.length ? round(sinceStorm[idx95], 1) : null,
    time100BackMs: back.length === all.length ? round(sinceStorm[sinceStorm.length - 1], 1) : null,
    backSinceStorm: summariseSamples(sinceStorm),
    attemptDelay: summariseSamples(all.filter((r) => r.tAttempt !== null).map((r) => r.tAttempt - r.tDrop)),
    attemptToBack: summariseSamples(back.filter((r) => r.tAttempt !== null).map((r) => r.tBack - r.tAttempt)),
    attemptToConnect: summariseSamples(all.filter((r) => r.tAttempt !== null && r.tConnect !== null).map((r) => r.tConnect - r.tAttempt)),
  };
}

function record(scenario, title, system, value) {
  results.scenarios[scenario] ??= { title, systems: {} };
  results.scenarios[scenario].systems[system] = value;
}

/** Keep any error lines the server logged (internal errors, HTTP errors, crashes). */
function harvestLog(kind, sys) {
  const errs = sys.log.filter((l) => /internal error|http error|Error:|uncaught/i.test(l));
  if (errs.length) (results.serverErrors[kind] ??= []).push(...errs.slice(0, 50));
}

// ---------- phases ----------
/**
 * Start a fresh server of one kind, run `body` against it, stop it. Each phase
 * gets a fresh process, so no phase inherits another's heap, and the phases run
 * system by system back to back, so outside load hits the systems alike.
 */
async function withServer(kind, workers, body, { sockets = 0 } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "sammen-bench-"));
  const sys = await (kind === "sammen-cluster2" ? startCluster2 : (options) => startServer(kind, options))({
    sockets,
    env: {
      SAMMEN_DB: path.join(tmp, "bench.db"),
      MAX_SEATS_PER_ROOM: String(MAX_SEATS),
      // Bench-only limits: one facilitator opens every room, and all tablets join and connect from 127.0.0.1.
      MAX_ROOMS_PER_FACILITATOR: "100000",
      JOIN_ATTEMPTS_PER_MINUTE: "100000000",
      MAX_SOCKETS_PER_IP: "1000000",
      MAX_SESSIONS_PER_IP: "1000000",
      MAX_CONNECTIONS_TOTAL: "1000000",
      HANDSHAKE_BURST_PER_IP: "1000000",
      HANDSHAKES_PER_IP_PER_SECOND: "1000000",
      CLAIM_BURST_PER_ROOM: "1000000",
      MAX_ROOMS_TOTAL: "100000",
      SAMMEN_SETUP_CODE: BENCH_SETUP_CODE,
    },
    cpuProf: args["server-prof"] ? path.join(outDir, "prof") : null,
  });
  if (sys.pids) log(`${kind}: up: ${JSON.stringify({ pids: sys.pids, dirs: sys.dirs })}`);
  const sampler = setInterval(async () => {
    try {
      const st = await sys.stats();
      results.timeseries.push({ system: kind, at: round(st.at - runStarted, 0), cpu: st.cpu, heapMB: mb(st.mem.heapUsed), rssMB: mb(st.mem.rss), sockets: st.counts.sockets });
    } catch {
      /* server stopping */
    }
  }, 1000);
  try {
    await sys.stats({ gc: true }); // warm-up and a first collection
    await body(sys);
  } catch (error) {
    results.problems.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`[bench] ${kind} failed:`, error);
  } finally {
    clearInterval(sampler);
    // Whatever happened, no clients may be left in the workers for the next server.
    await allWorkers(workers, "end", {}, 60_000).catch(() => {});
    harvestLog(kind, sys);
    await sys.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Rounds of answer bursts over rooms of the given sizes (scenarios 1 and 2). */
async function burstPhase(kind, workers, id, title, sizes, n) {
  await withServer(kind, workers, async (sys) => {
    log(`${kind}: ${id} ${title}, ${n} rounds`);
    const pop = await populate(sys, sizes);
    await connectAll(sys, workers, pop);
    record(id, title, kind, await window(sys, workers, () => rounds(sys, workers, pop, n)));
  });
}

/** Scenarios 3, 4 and 5 share one population of many rooms on a fresh server. */
async function manyRoomsPhase(kind, workers) {
  const { rooms, tablets, rounds: n } = profile.s3;
  await withServer(kind, workers, async (sys) => {
    log(`${kind}: s3/s4/s5 population ${rooms} rooms × (${tablets} tablets + screen + host)`);
    const before = await sys.stats({ gc: true });
    const pop = await populate(sys, Array.from({ length: rooms }, () => tablets));
    const connected = await connectAll(sys, workers, pop);
    log(`${kind}: ${pop.sockets} sockets connected in ${connected.wallMs} ms`);
    await sleep(profile.settleMs);
    const after = await sys.stats({ gc: true });
    if (ONLY.has("s4") && kind !== "sammen-nosnap" && kind !== "sammen-cluster2") {
      const dHeap = after.mem.heapUsed - before.mem.heapUsed;
      const dRss = after.mem.rss - before.mem.rss;
      record("s4", `Memory at ${pop.sockets} idle sockets, after GC`, kind, {
        sockets: pop.sockets,
        tablets: pop.tablets,
        serverSockets: after.counts.sockets,
        before: { heapMB: mb(before.mem.heapUsed), rssMB: mb(before.mem.rss) },
        after: { heapMB: mb(after.mem.heapUsed), rssMB: mb(after.mem.rss), externalMB: mb(after.mem.external) },
        heapPerSocketKB: round(dHeap / pop.sockets / 1024),
        rssPerSocketKB: round(dRss / pop.sockets / 1024),
        heapPerTabletKB: round(dHeap / pop.tablets / 1024),
        connect: connected.connect,
      });
    }
    if (ONLY.has("s3")) {
      log(`${kind}: s3 ${rooms} rooms bursting at once, ${n} rounds`);
      // With several processes: rooms that changed process while populating (expected: a room is
      // opened where the console's request lands and moves to where its code hashes) and during the
      // bursts (not expected; a lease that ran out under a stalled event loop, say).
      const moved0 = sys.roomMoves?.();
      const value = await window(sys, workers, () => rounds(sys, workers, pop, n));
      const moved1 = sys.roomMoves?.();
      if (moved0 && moved1) {
        value.roomMoves = {
          takenOverWhilePopulating: moved0.takenOver,
          takenOverDuringBursts: moved1.takenOver - moved0.takenOver,
          leasesLostDuringBursts: moved1.leaseLost - moved0.leaseLost,
        };
        log(`${kind}: rooms taken over while populating ${moved0.takenOver}, during the bursts ${value.roomMoves.takenOverDuringBursts} (leases lost ${value.roomMoves.leasesLostDuringBursts})`);
      }
      record("s3", `Many rooms: ${rooms} rooms × (${tablets} tablets + screen + host) = ${pop.sockets} sockets`, kind, value);
    }
    if (ONLY.has("s5") && kind !== "bare-naive" && kind !== "sammen-nosnap" && kind !== "sammen-cluster2") {
      const drop = Math.min(profile.s5.drop, pop.tablets);
      log(`${kind}: s5 reconnect storm, ${drop} tablets, SDK default back-off`);
      const defaults = await window(sys, workers, () => storm(sys, workers, pop, drop, { immediate: false }));
      await sleep(profile.settleMs);
      log(`${kind}: s5 reconnect storm, ${drop} tablets, immediate reconnect`);
      const immediate = await window(sys, workers, () => storm(sys, workers, pop, drop, { immediate: true }));
      record("s5", `Reconnect storm: ${drop} tablets dropped at once`, kind, { defaults, immediate });
    }
  }, { sockets: rooms * (tablets + 2) });
}

// ---------- the run ----------
/**
 * Wait until the rest of the machine is quiet (other processes below 0.25 cores over two
 * consecutive 2 s windows), up to `limitS`. The result is recorded either way.
 */
async function waitForQuietMachine(limitS, label = "the run") {
  if (!limitS || !machineCpu()) return;
  const started = now();
  let calm = 0;
  let last = null;
  let said = false;
  while ((now() - started) / 1000 < limitS) {
    const a = machineCpu();
    await sleep(2000);
    const b = machineCpu();
    last = (b.busy - a.busy) / 1e6 / 2;
    calm = last < 0.25 ? calm + 1 : 0;
    if (calm >= 2) {
      const waited = round((now() - started) / 1000, 0);
      results.meta.quietWaitS = (results.meta.quietWaitS ?? 0) + waited;
      if (said) log(`machine quiet (${last.toFixed(2)} cores busy) after ${waited} s`);
      return;
    }
    if (calm === 0 && !said) {
      log(`waiting (up to ${limitS} s) for a quiet machine before ${label}: ${last.toFixed(2)} cores busy elsewhere`);
      said = true;
    }
  }
  results.meta.quietWaitS = (results.meta.quietWaitS ?? 0) + limitS;
  log(`the machine did not get quiet in ${limitS} s before ${label} (${last?.toFixed(2)} cores busy elsewhere); going on`);
}

try {
  await waitForQuietMachine(Number(args["wait-quiet"] ?? profile.waitQuietS));
  if (args["wait-quiet"] === "0") profile.phaseQuietS = 0;
  if (ONLY.has("s7")) {
    log("s7 client weight (dist/client)");
    results.scenarios.s7 = { title: "Client weight (JS a surface downloads up front, gzip -9)", surfaces: clientWeight(path.join(ROOT, "dist", "client")) };
  }
  results.scenarios.s6 = {
    title: "Restart",
    notApplicable: "Rooms survive a crash or restart (room snapshots); the restart itself is exercised by test/integration/crash-restart.test.ts, and what snapshots cost is in \"Snapshot cost\" (s1 and s3 with snapshots on and off).",
  };
  if (ONLY.has("s8")) {
    log(`s8 /join on a slow tablet (${profile.s8.rounds} cold loads)`);
    await withServer("sammen", [], async (sys) => {
      const api = sammenApi(sys.url);
      await api.signIn();
      const value = await slowJoin(sys.url, () => api.openRoom(), profile.s8.rounds);
      record("s8", "/join on a slow tablet (Chromium: 1.6 Mbps, 150 ms RTT, 4× CPU slowdown)", "sammen", value);
    });
    if (ONLY.size > 1) await waitForQuietMachine(profile.phaseQuietS, "the server phases");
  }
  const needsServers = ["s1", "s2", "s3", "s4", "s5"].some((s) => ONLY.has(s));
  if (needsServers) {
    log(`forking ${WORKERS} workers`);
    const workers = await Promise.all(Array.from({ length: WORKERS }, (_, i) => startWorker(i)));
    const { single, singleRounds, spread, spreadRounds } = profile.s2;
    const nRooms = Math.ceil(spread / MAX_SEATS);
    const spreadSizes = Array.from({ length: nRooms }, (_, i) => Math.floor(spread / nRooms) + (i < spread % nRooms ? 1 : 0));
    const phases = [
      ONLY.has("s1") && ((kind) => burstPhase(kind, workers, "s1", `Answer burst, one room (${profile.s1.tablets} tablets)`, [profile.s1.tablets], profile.s1.rounds)),
      ONLY.has("s2") && ((kind) => burstPhase(kind, workers, "s2a", `Big room: one room at the avatar cap (${single} tablets)`, [single], singleRounds)),
      ONLY.has("s2") &&
        ((kind) => burstPhase(kind, workers, "s2b", `Big room: ${spread} tablets in ${nRooms} rooms (${spreadSizes.join("/")}) bursting together`, spreadSizes, spreadRounds)),
      (ONLY.has("s3") || ONLY.has("s4") || ONLY.has("s5")) && ((kind) => manyRoomsPhase(kind, workers)),
    ].filter(Boolean);
    const phaseIds = [ONLY.has("s1") && "s1", ONLY.has("s2") && "s2a", ONLY.has("s2") && "s2b", (ONLY.has("s3") || ONLY.has("s4") || ONLY.has("s5")) && "many"].filter(Boolean);
    for (const [i, phase] of phases.entries()) {
      for (const kind of SYSTEMS) {
        // Snapshots off is only there for the ratio: the 30-tablet burst (s1) and the many-rooms burst (s3).
        if (kind === "sammen-nosnap" && (phaseIds[i] === "s2a" || phaseIds[i] === "s2b" || (phaseIds[i] === "many" && !ONLY.has("s3")))) continue;
        // Two processes behind nginx is there for the scale-out ratio: the many-rooms burst (s3) only.
        if (kind === "sammen-cluster2" && (phaseIds[i] !== "many" || !ONLY.has("s3"))) continue;
        if (i > 0 || kind !== SYSTEMS[0]) await waitForQuietMachine(profile.phaseQuietS, `the next phase (${kind})`);
        await phase(kind);
      }
    }
    await Promise.all(workers.map((w) => w.stop()));
  }
  finish(results.problems.length ? 1 : 0);
} catch (error) {
  results.problems.push(error instanceof Error ? error.stack : String(error));
  console.error(error);
  finish(1);
}
