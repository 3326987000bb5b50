#!/usr/bin/env node
/**
 * An on-CPU profile of one system's server during one scenario, with Linux `perf` (not part of
 * `npm run bench`).
 *
 *   node bench/perf-profile.mjs [--system sammen|bare-throttled] [--only s3] [--after "s3 .*bursting"]
 *                               [--delay 3] [--seconds 8] [--freq 999] [--top 40] [--focus NAME]
 *                               [--keep-script FILE] [--bursts]
 *
 * Why not `--server-prof`: V8's CPU profiler samples on wall-clock ticks, so on this 2-core
 * machine, where the load generator takes the other core, a function the kernel happened to
 * preempt collects samples it did not spend (token checks read 150 µs each there; they take
 * 25–90 µs, bench/NOTES.md, issue #19, eighth session). `perf` counts CPU time only, kernel time
 * (socket writes, SQLite's page writes) included, and attributes JIT code through Node's jitdump
 * (`--perf-prof`, then `perf inject --jit`).
 *
 * It runs `bench/run.mjs --only <scenario> --systems <system>` with those Node flags for the
 * server, starts `perf record` on the server's PID when the driver prints the `--after` line
 * (plus `--delay` seconds), for `--seconds`, then prints and writes
 * `bench/out/perf-<time>-<system>.md`: the CPU seconds sampled, where they went by category
 * (kernel, garbage collection, JSON, SQLite, Sammen's code, Socket.IO/ws, Node), the functions
 * by inclusive share and the leaf frames by self share; with `--focus NAME`, also the functions called under the frames whose name
 * contains NAME, by their share of the whole. `--bursts` (s1, s2, s3) keeps only the samples
 * taken inside the rounds' burst windows (from just before the tablets fire until every host has
 * every answer, read on the server's monotonic clock from the run's JSON), the window of the run's
 * "server CPU per burst"; without it the recording also holds the rounds' starts and reveals.
 * It removes the jitdump files it made. Needs `perf` (Debian: linux-perf) and
 * permission to profile the process (root, or kernel.perf_event_paranoid ≤ 1).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { shortPaths } from "./lib/frame-names.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
const { values: args } = parseArgs({
  args: isMain ? process.argv.slice(2) : [],
  options: {
    system: { type: "string", default: "sammen" },
    only: { type: "string", default: "s3" },
    after: { type: "string" },
    delay: { type: "string", default: "3" },
    seconds: { type: "string", default: "8" },
    freq: { type: "string", default: "999" },
    top: { type: "string", default: "40" },
    focus: { type: "string" },
    "keep-script": { type: "string" },
    bursts: { type: "boolean", default: false },
  },
});
const AFTER = new RegExp(args.after ?? (args.only === "s3" ? "s3 .*bursting" : `${args.only}`));
const SERVER_SCRIPT = args.system.startsWith("sammen") ? "dist/server/server/main.js" : "bench/bare-server.mjs";

if (isMain && spawnSync("perf", ["--version"], { stdio: "ignore" }).status !== 0) {
  console.error("perf-profile: `perf` is not installed (Debian: apt-get install linux-perf).");
  process.exit(2);
}

const work = isMain ? fs.mkdtempSync(path.join(os.tmpdir(), "sammen-perf-")) : null;
const started = new Date();
let driver = null;
let recorder = null;
let serverPid = null;

function cleanUp() {
  if (work) fs.rmSync(work, { recursive: true, force: true });
  if (serverPid === null) return;
  for (const name of fs.readdirSync(ROOT)) {
    if (name === `jit-${serverPid}.dump` || name.startsWith(`jitted-${serverPid}-`)) fs.rmSync(path.join(ROOT, name), { force: true });
  }
}
for (const signal of isMain ? ["SIGINT", "SIGTERM"] : []) {
  process.on(signal, () => {
    // Only what this script started: the driver stops its own servers and workers.
    if (recorder?.exitCode === null) recorder.kill("SIGINT");
    if (driver?.exitCode === null) driver.kill(signal);
    cleanUp();
    process.exit(130);
  });
}

/** The driver's child running the server script (the driver forks it directly). */
function findServer(driverPid) {
  const children = fs.readFileSync(`/proc/${driverPid}/task/${driverPid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  for (const pid of children) {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmd.includes(SERVER_SCRIPT)) return Number(pid);
  }
  return null;
}

/** Run a command to its end; `onChild` gets the process (the recorder is kept, to stop it on a signal). */
const run = (cmd, argv, onChild = () => {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "inherit"] });
    onChild(child);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${argv[0]} exited with ${code}`))));
  });

async function main() {
  const flags = `${process.env.BENCH_SERVER_FLAGS ?? ""} --perf-prof --perf-prof-unwinding-info --interpreted-frames-native-stack`.trim();
  driver = spawn(
    process.execPath,
    ["--expose-gc", "bench/run.mjs", "--profile", "full", "--only", args.only, "--systems", args.system, "--wait-quiet", "0", "--no-results-md"],
    { cwd: ROOT, env: { ...process.env, BENCH_SERVER_FLAGS: flags }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const driverDone = new Promise((resolve) => driver.on("exit", resolve));
  let output = "";
  const reached = new Promise((resolve, reject) => {
    driver.stdout.on("data", (chunk) => {
      output += chunk;
      if (AFTER.test(output)) resolve();
    });
    driverDone.then(() => reject(new Error(`the driver ended before printing /${AFTER.source}/:\n${output.slice(-2000)}`)));
  });
  await reached;
  serverPid = findServer(driver.pid);
  if (serverPid === null) throw new Error(`no ${SERVER_SCRIPT} process under the driver (pid ${driver.pid})`);
  await new Promise((r) => setTimeout(r, Number(args.delay) * 1000));
  const raw = path.join(work, "perf.raw");
  // perf stops early (by a signal) when the server exits first, as bare's shorter runs can: what it wrote is kept.
  await run("perf", ["record", "-k", "mono", "-F", args.freq, "-g", "-p", String(serverPid), "-o", raw, "--", "sleep", args.seconds], (child) => (recorder = child)).catch((error) => {
    if (!fs.existsSync(raw) || fs.statSync(raw).size === 0) throw error;
  });
  const code = await driverDone;
  if (code !== 0) throw new Error(`the driver exited with ${code}:\n${output.slice(-2000)}`);
  const jitted = path.join(work, "perf.jit");
  await run("perf", ["inject", "--jit", "-i", raw, "-o", jitted]);
  const script = spawnSync("perf", ["script", "-i", jitted], { maxBuffer: 1 << 30, encoding: "utf8" });
  if (script.status !== 0) throw new Error(`perf script failed: ${script.stderr}`);
  // The symbolised samples, for questions the report does not answer (who calls a kernel frame).
  if (args["keep-script"]) fs.writeFileSync(args["keep-script"], script.stdout);
  let text = script.stdout;
  let scope = `perf at ${args.freq} Hz for ${args.seconds} s, from ${args.delay} s after the driver printed /${AFTER.source}/.`;
  if (args.bursts) {
    const windows = burstWindows(output, args.only, args.system);
    const cut = insideWindows(text, windows);
    text = cut.text;
    scope += ` Only the ${cut.windows} burst windows inside the recording (${Math.round(cut.seconds * 1000)} ms): what the run's "server CPU per burst" measures.`;
  }
  const report = summarise(parseStacks(text), Number(args.freq), Number(args.top), args.focus);
  const head =
    `# On-CPU profile: ${args.system}, ${args.only}\n\n` +
    `${started.toISOString()}, commit ${gitCommit()}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}; ${scope}\n\n`;
  const file = path.join(ROOT, "bench/out", `perf-${started.toISOString().replace(/[:.]/g, "-")}-${args.system}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, head + report);
  console.log(head + report);
  console.log(`→ ${path.relative(ROOT, file)}`);
}

function gitCommit() {
  const r = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "unknown";
}

/** The bursts' windows on the server's monotonic clock, from the JSON of the driver's run (its last line names it). */
function burstWindows(driverOutput, scenario, system) {
  const named = [...driverOutput.matchAll(/→ (bench\/out\/[^,\s]+\.json)/g)].at(-1);
  if (!named) throw new Error("--bursts: the driver did not name its JSON");
  const run = JSON.parse(fs.readFileSync(path.join(ROOT, named[1]), "utf8"));
  const rounds = run.scenarios?.[scenario]?.systems?.[system]?.perRound;
  if (!Array.isArray(rounds)) throw new Error(`--bursts: ${scenario} has no rounds for ${system} (only the burst scenarios s1, s2, s3 have bursts)`);
  return rounds.map((r) => r.serverMono).filter((w) => Array.isArray(w) && w.every(Number.isFinite));
}

/**
 * The samples of `perf script` text whose time (`perf record -k mono`: the monotonic clock, in
 * seconds) falls inside one of the windows, as `perf script` text again; with how many windows
 * held a sample and their length.
 */
export function insideWindows(text, windows) {
  const kept = [];
  const used = new Set();
  for (const block of text.split(/\n\s*\n/)) {
    const at = Number(/^\S.*?\s(\d+\.\d+):/m.exec(block)?.[1]);
    if (!Number.isFinite(at)) continue;
    const i = windows.findIndex(([from, to]) => at >= from && at <= to);
    if (i < 0) continue;
    kept.push(block);
    used.add(i);
  }
  const seconds = [...used].reduce((sum, i) => sum + windows[i][1] - windows[i][0], 0);
  return { text: kept.join("\n\n") + "\n", windows: used.size, seconds };
}

/** `perf script` output: one stack per sample, leaf first, as cleaned symbol names (kernel frames marked "[k] "). */
export function parseStacks(text) {
  const samples = [];
  let current = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      if (current.length) samples.push(current);
      current = [];
      continue;
    }
    if (line[0] !== " " && line[0] !== "\t") continue;
    const rest = line.trim().split(" ").slice(1).join(" ");
    // The kernel's frames are marked by their object, "[kernel.kallsyms]"; the category needs only that.
    current.push(rest.endsWith("([kernel.kallsyms])") ? `[k] ${cleanSymbol(rest)}` : cleanSymbol(rest));
  }
  if (current.length) samples.push(current);
  return samples;
}

function cleanSymbol(raw) {
  // The tier marks (* optimised, ^ baseline, ~ interpreted) go: a function is one row however compiled.
  return shortPaths(raw
    .replace(/^JS:[*^~]/, "JS:")
    .replace(/ \([^)]*\)$/, "")
    .replace(/\+0x[0-9a-f]+$/, "")
    .replace(/:\d+:\d+$/, ""));
}

const CATEGORIES = [
  ["garbage collection", (s) => /Scaveng|MarkCompact|ConcurrentMarking|Sweeper|MinorMark|Heap::Collect|GCTracer|Evacuat/.test(s)],
  ["JSON", (s) => /JsonStringif|JsonParse/.test(s)],
  ["SQLite", (s) => /^sqlite3|^wal|^pager|^btree|^vdbe|better_sqlite3/i.test(s)],
  ["Sammen's code", (s) => /^JS:\S* (server|shared)\//.test(s)],
  ["Socket.IO, engine.io, ws", (s) => /^JS:\S* (socket\.io|engine\.io|ws\/)/.test(s)],
  ["Node's JavaScript", (s) => /^JS:\S* node:/.test(s)],
];

const OTHER = "other (V8 runtime, libc, Node's C++)";

/** Where each sample's leaf frame is: the kernel, or the first category its stack reaches from the leaf. */
function categoryOf(stack) {
  if ((stack[0] ?? "").startsWith("[k] ")) return "kernel (socket writes and reads, SQLite's file writes, page faults)";
  for (const frame of stack) {
    for (const [name, test] of CATEGORIES) if (test(frame)) return name;
  }
  return OTHER;
}

export function summarise(samples, freq, top, focus) {
  const n = samples.length;
  const pct = (k) => `${((100 * k) / n).toFixed(1)} %`;
  const byCategory = new Map();
  const inclusive = new Map();
  for (const stack of samples) {
    const c = categoryOf(stack);
    byCategory.set(c, (byCategory.get(c) ?? 0) + 1);
    const seen = new Set();
    for (const frame of stack) {
      if (!frame.startsWith("JS:") || seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + 1);
    }
  }
  const leaves = new Map();
  for (const stack of samples) leaves.set(stack[0] ?? "?", (leaves.get(stack[0] ?? "?") ?? 0) + 1);
  let out = `${n} samples, about ${(n / freq).toFixed(2)} CPU-seconds (all the server's threads).\n\n`;
  out += "| where the sample was (leaf, or the first of these its stack reaches) | share |\n|---|---:|\n";
  for (const [c, k] of [...byCategory].sort((a, b) => b[1] - a[1])) out += `| ${c} | ${pct(k)} |\n`;
  out += `\n| JavaScript function (inclusive: on the stack) | share |\n|---|---:|\n`;
  for (const [f, k] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) out += `| \`${f.replace(/^JS:/, "").replace(/\|/g, "\\|")}\` | ${pct(k)} |\n`;
  out += `\n| where the sample was (leaf frame, self) | share |\n|---|---:|\n`;
  for (const [f, k] of [...leaves].sort((a, b) => b[1] - a[1]).slice(0, top)) out += `| \`${f.replace(/^JS:/, "").replace(/\|/g, "\\|")}\` | ${pct(k)} |\n`;
  if (focus) {
    const under = new Map();
    let inFocus = 0;
    for (const stack of samples) {
      // Outermost frame of the focus: everything nearer the leaf is under it.
      let at = -1;
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i].includes(focus)) { at = i; break; }
      if (at < 0) continue;
      inFocus++;
      const seen = new Set();
      for (const frame of stack.slice(0, at)) {
        const key = frame.startsWith("JS:") ? frame : categoryOf([frame]) === OTHER ? null : frame;
        if (key === null || seen.has(key)) continue;
        seen.add(key);
        under.set(key, (under.get(key) ?? 0) + 1);
      }
    }
    out += `\nUnder \`${focus}\` (${pct(inFocus)} of all samples):\n\n| function under it (inclusive) | share of all |\n|---|---:|\n`;
    for (const [f, k] of [...under].sort((a, b) => b[1] - a[1]).slice(0, top)) out += `| \`${f.replace(/^JS:/, "").replace(/\|/g, "\\|")}\` | ${pct(k)} |\n`;
  }
  return out;
}

if (isMain) main()
  .catch((error) => {
    console.error(`perf-profile: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    if (driver?.exitCode === null) driver.kill("SIGTERM");
  })
  .finally(cleanUp);
