/** Render a run's results (see bench/run.mjs) as bench/RESULTS.md. */
import { summariseSamples } from "./stats.mjs";

const SYSTEM_NAMES = {
  sammen: "Sammen",
  "sammen-nosnap": "Sammen, snapshots off",
  "sammen-cluster2": "Sammen, 2 processes behind nginx (Redis, PostgreSQL)",
  "bare-throttled": "bare Socket.IO, throttled 16 ms",
  "bare-naive": "bare Socket.IO, naive",
};
const name = (s) => SYSTEM_NAMES[s] ?? s;
const fmt = (v, digits = 1) => (v === null || v === undefined ? "–" : typeof v === "number" ? v.toFixed(digits) : String(v));
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const fmtRatio = (r) => (r === null ? "–" : `${r.toFixed(2)}×`);
const kb = (bytes) => (bytes == null ? "–" : (bytes / 1024).toFixed(1));

const LATENCY_METRICS = [
  ["hostAll", "first emit → host view holds every answer"],
  ["perAnswer", "one answer's emit → host view holds it"],
  ["ack", "answer acknowledgement (tablet round trip)"],
  ["screenReveal", "host sends reveal → screen holds the picture"],
  ["revealAck", "reveal acknowledgement (host round trip)"],
];

function latencyTable(systems) {
  const lines = ["| Metric | System | n | p50 | p95 | p99 | max |", "|---|---|---:|---:|---:|---:|---:|"];
  const bare = systems["bare-throttled"];
  for (const [key, label] of LATENCY_METRICS) {
    for (const [sys, r] of Object.entries(systems)) {
      const s = r[key];
      if (!s) continue;
      const miss = key === "hostAll" && s.misses ? ` (${s.misses} never complete)` : "";
      lines.push(`| ${label} | ${name(sys)}${miss} | ${s.n} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.max)} |`);
    }
    const s = systems.sammen?.[key];
    const b = bare?.[key];
    if (s && b && s.n && b.n) {
      lines.push(
        `| ${label} | **ratio Sammen / bare throttled** | | ${fmtRatio(ratio(s.p50, b.p50))} | ${fmtRatio(ratio(s.p95, b.p95))} | ${fmtRatio(ratio(s.p99, b.p99))} | ${fmtRatio(ratio(s.max, b.max))} |`,
      );
    }
  }
  return lines.join("\n");
}

function resourceTable(systems) {
  const lines = [
    "| System | wall (s) | server CPU (cores) | server CPU per burst p50 / p95 (ms) | event-loop delay p50 / p99 / max (ms) | server heap / RSS at end (MB) | load generator CPU (cores) | other processes on the machine (cores) | errors |",
    "|---|---:|---:|---|---|---|---:|---:|---:|",
  ];
  for (const [sys, r] of Object.entries(systems)) {
    if (!r.server) continue;
    const e = r.server.eld ?? {};
    const b = r.serverCpuPerBurstMs ?? {};
    lines.push(
      `| ${name(sys)} | ${fmt(r.wallS)} | ${fmt(r.server.cores, 2)} | ${fmt(b.p50)} / ${fmt(b.p95)} | ${fmt(e.p50)} / ${fmt(e.p99)} / ${fmt(e.max)} | ${fmt(r.server.heapMB)} / ${fmt(r.server.rssMB)} | ${fmt(r.loadGenerator?.cores, 2)} (${r.loadGenerator?.workers} workers + driver) | ${fmt(r.otherProcessesCores, 2)} | ${r.errorCount ?? 0} |`,
    );
  }
  const errs = Object.entries(systems).flatMap(([sys, r]) => (r.errors ?? []).map((e) => `${name(sys)}: ${e}`));
  return lines.join("\n") + (errs.length ? `\n\nErrors seen: ${errs.map((e) => `\`${e}\``).join("; ")}` : "");
}

/**
 * The first round against the rest: the first burst after a server starts runs its code for the
 * first time (the JIT has not compiled it yet), and with 250 rooms one round is 5 % of the samples,
 * so it alone can set a p99.
 */
function roundsTable(systems) {
  const rows = Object.entries(systems).filter(([, r]) => r.perRound?.length > 1 && r.hostAllAfterFirst);
  if (!rows.length) return "";
  const median = (xs) => summariseSamples(xs).p50;
  const lines = [
    "| System | round 1: server CPU (ms) / host view complete p50, max (ms) | rounds 2 on: server CPU per round, median (ms) / host p50, median of rounds (ms) | host view complete p95 / p99, rounds 2 on (ms) |",
    "|---|---|---|---|",
  ];
  for (const [sys, r] of rows) {
    const [first, ...rest] = r.perRound;
    lines.push(
      `| ${name(sys)} | ${fmt(first.cpuMs)} / ${fmt(first.hostP50)}, ${fmt(first.hostMax)} | ${fmt(median(rest.map((x) => x.cpuMs)))} / ${fmt(median(rest.map((x) => x.hostP50)))} | ${fmt(r.hostAllAfterFirst.p95)} / ${fmt(r.hostAllAfterFirst.p99)} |`,
    );
  }
  const s = systems.sammen?.hostAllAfterFirst;
  const b = systems["bare-throttled"]?.hostAllAfterFirst;
  if (s && b) lines.push(`| **ratio Sammen / bare throttled** | | | ${fmtRatio(ratio(s.p95, b.p95))} / ${fmtRatio(ratio(s.p99, b.p99))} |`);
  return ["Round 1 against the rest (reported; the targets use all rounds):", "", ...lines].join("\n");
}

/**
 * What room snapshots cost: the same scenario with snapshots on ("sammen") and off
 * ("sammen-nosnap"), side by side, with the ratio on / off.
 */
export function snapshotCostTable(results) {
  const rows = ["| Scenario | Metric | snapshots on | snapshots off | ratio on / off |", "|---|---|---:|---:|---:|"];
  let any = false;
  for (const id of ["s1", "s3"]) {
    const on = results.scenarios[id]?.systems?.sammen;
    const off = results.scenarios[id]?.systems?.["sammen-nosnap"];
    if (!on || !off) continue;
    any = true;
    const title = results.scenarios[id].title;
    const row = (label, a, b, digits = 1) => rows.push(`| ${title} | ${label} | ${fmt(a, digits)} | ${fmt(b, digits)} | ${fmtRatio(ratio(a, b))} |`);
    row("host view complete p95 (ms)", on.hostAll?.p95, off.hostAll?.p95);
    row("host view complete p99 (ms)", on.hostAll?.p99, off.hostAll?.p99);
    row("answer ack p95 (ms)", on.ack?.p95, off.ack?.p95);
    row("answer ack p99 (ms)", on.ack?.p99, off.ack?.p99);
    row("server CPU per burst p50 (ms)", on.serverCpuPerBurstMs?.p50, off.serverCpuPerBurstMs?.p50);
    row("server CPU over the window (cores)", on.server?.cores, off.server?.cores, 3);
    row("event-loop delay p99 (ms)", on.server?.eld?.p99, off.server?.eld?.p99);
    const s = on.snapshots;
    if (s) rows.push(`| ${title} | snapshot writes (rooms written) / time in writes | ${s.writes} (${s.rooms}) / ${fmt(s.ms)} ms | – | – |`);
  }
  return any ? rows.join("\n") : null;
}

/**
 * Scale-out: the many-rooms burst on two processes behind nginx (with Redis and
 * PostgreSQL, docs/operations.md) against one process, side by side, with the
 * ratio two / one.
 */
export function scaleOutTable(results) {
  const two = results.scenarios.s3?.systems?.["sammen-cluster2"];
  const one = results.scenarios.s3?.systems?.sammen;
  if (!two || !one) return null;
  const title = results.scenarios.s3.title;
  const rows = ["| Scenario | Metric | 2 processes + nginx | 1 process | ratio 2 / 1 |", "|---|---|---:|---:|---:|"];
  const row = (label, a, b, digits = 1) => rows.push(`| ${title} | ${label} | ${fmt(a, digits)} | ${fmt(b, digits)} | ${fmtRatio(ratio(a, b))} |`);
  row("host view complete p50 (ms)", two.hostAll?.p50, one.hostAll?.p50);
  row("host view complete p95 (ms)", two.hostAll?.p95, one.hostAll?.p95);
  row("host view complete p99 (ms)", two.hostAll?.p99, one.hostAll?.p99);
  row("answer ack p95 (ms)", two.ack?.p95, one.ack?.p95);
  row("reveal → screen p95 (ms)", two.screenReveal?.p95, one.screenReveal?.p95);
  row("Sammen CPU over the window (cores, all processes)", two.server?.cores, one.server?.cores, 3);
  row("other processes on the machine (cores: Redis, PostgreSQL, nginx, anything else)", two.otherProcessesCores, one.otherProcessesCores, 2);
  row("event-loop delay p99 (ms, worst process)", two.server?.eld?.p99, one.server?.eld?.p99);
  row("heap (MB, all processes)", two.server?.heapMB, one.server?.heapMB);
  rows.push(`| ${title} | host views that never completed / errors (of ${fmt((two.hostAll?.n ?? 0) + (two.hostAll?.misses ?? 0), 0)} room-rounds) | ${fmt(two.hostAll?.misses ?? 0, 0)} / ${fmt(two.errorCount ?? 0, 0)} | ${fmt(one.hostAll?.misses ?? 0, 0)} / ${fmt(one.errorCount ?? 0, 0)} | – |`);
  const moves = two.roomMoves;
  if (moves) {
    rows.push(`| ${title} | rooms that changed process while populating / during the bursts (leases lost) | ${moves.takenOverWhilePopulating} / ${moves.takenOverDuringBursts} (${moves.leasesLostDuringBursts}) | – | – |`);
  }
  return rows.join("\n");
}

export function targetsTable(results) {
  const sc = results.scenarios;
  const rows = [];
  const add = (id, target, measured, ok) => rows.push(`| ${id} | ${target} | ${measured} | ${ok === null ? "not measured" : ok ? "met" : "**missed**"} |`);
  const p = (s, k, q) => sc[s]?.systems?.sammen?.[k]?.[q] ?? null;
  const v = (x, u = " ms") => (x === null ? "–" : `${fmt(x)}${u}`);
  const s1 = p("s1", "hostAll", "p95");
  add("1", "answer burst, host view complete p95 ≤ 25 ms", v(s1), s1 === null ? null : s1 <= 25 && !sc.s1.systems.sammen.hostAll.misses);
  const a1 = p("s1", "ack", "p95");
  add("1", "answer ack p95 ≤ 10 ms", v(a1), a1 === null ? null : a1 <= 10);
  const r1 = p("s1", "screenReveal", "p95");
  add("1", "reveal → screen p95 (reported; no target given)", v(r1), null === r1 ? null : true);
  for (const id of ["s2a", "s2b"]) {
    const x = p(id, "hostAll", "p95");
    add(id.slice(1), `${sc[id]?.title ?? id}: host view complete p95 ≤ 100 ms`, v(x), x === null ? null : x <= 100 && !sc[id].systems.sammen.hostAll.misses);
  }
  const s3 = p("s3", "hostAll", "p99");
  const b3 = sc.s3?.systems?.["bare-throttled"]?.hostAll?.p99 ?? null;
  add(
    "3",
    "many rooms: host view complete p99 ≤ 1.2 × bare throttled p99",
    s3 === null ? "–" : `${v(s3)} vs ${v(b3)} (${fmtRatio(ratio(s3, b3))})`,
    s3 === null || b3 === null ? null : s3 <= 1.2 * b3,
  );
  const eld = sc.s3?.systems?.sammen?.server?.eld?.p99 ?? null;
  add("3", "event-loop delay p99 during the bursts (reported)", v(eld), eld === null ? null : true);
  const m = sc.s4?.systems?.sammen?.heapPerSocketKB ?? null;
  const mb = sc.s4?.systems?.["bare-throttled"]?.heapPerSocketKB ?? null;
  add(
    "4",
    "heap per idle socket ≤ 15 KB above bare",
    m === null ? "–" : `${fmt(m)} KB vs ${fmt(mb)} KB (+${fmt(m - (mb ?? 0))} KB)`,
    m === null || mb === null ? null : m - mb <= 15,
  );
  const st = sc.s5?.systems?.sammen;
  add("5", "reconnect storm, 95 % back (SDK default back-off) ≤ 1 s", v(st?.defaults?.time95BackMs ?? null), st ? (st.defaults.time95BackMs ?? Infinity) <= 1000 : null);
  add("5", "reconnect storm, 95 % back (immediate reconnect) ≤ 1 s", v(st?.immediate?.time95BackMs ?? null), st ? (st.immediate.time95BackMs ?? Infinity) <= 1000 : null);
  const cost = sc.s1?.systems?.["sammen-nosnap"] && sc.s1?.systems?.sammen ? ratio(sc.s1.systems.sammen.ack?.p95, sc.s1.systems["sammen-nosnap"].ack?.p95) : null;
  add("6", "restart: nothing acknowledged lost (tests); snapshot cost reported as on/off ratio", cost === null ? "see the tests" : `s1 ack p95 on/off ${fmtRatio(cost)}`, null === cost ? null : true);
  const join = sc.s7?.surfaces?.join;
  add("7", "/join JS gzip ≤ 50 KB", join?.ok ? `${kb(join.jsGzip)} KB` : join ? `not measurable: ${join.problem}` : "–", join?.ok ? join.jsGzip <= 50 * 1024 : null);
  const slow = sc.s8?.systems?.sammen;
  add("8", "/join on a slow tablet: code typed → avatar picker interactive, median ≤ 2.5 s", slow ? `${v(slow.totalMs.median)} (load ${v(slow.loadMs.median)} + picker ${v(slow.pickerMs.median)})` : "–", slow ? slow.totalMs.median <= 2500 : null);
  return ["| # | Target | Measured (Sammen) | Verdict |", "|---|---|---|---|", ...rows].join("\n");
}

/**
 * How a storm's tablets backed off, from what the workers reported (`backoff` of an s5 result:
 * the SDK's first delay and its spread, or 0 for the immediate storm). A run saved before the
 * workers reported it says only which variant it was.
 */
export function backoffLabel(variant, backoff) {
  if (variant !== "defaults") return "immediate (0 ms)";
  return backoff ? `SDK default (${backoff.delayMs} ms ± ${Math.round(backoff.randomization * 100)} %)` : "SDK default";
}

/** The window a first reconnect attempt falls in, e.g. "0.25–0.75 s". */
export function backoffWindow({ delayMs, randomization }) {
  const s = (ms) => String(Math.round(ms) / 1000);
  return `${s(delayMs * (1 - randomization))}–${s(delayMs * (1 + randomization))} s`;
}

export function renderMarkdown(results, { jsonPath, notes }) {
  const { meta, profile, scenarios: sc } = results;
  const out = [];
  out.push("# Sammen load bench: results", "");
  out.push(
    `Generated by \`bench/run.mjs --profile ${profile.name}\` on ${meta.date} in ${meta.durationS} s. Raw numbers, time series and settings: \`${jsonPath}\` (not committed).`,
    "",
  );
  out.push(
    `- Machine: ${meta.machine.cpu}, ${meta.machine.cores} cores, ${meta.machine.ramGB} GB RAM, ${meta.machine.os}`,
    `- Node ${meta.node}; ${Object.entries(meta.packages)
      .map(([k, v]) => `${k} ${v ?? "?"}`)
      .join(", ")}`,
    `- Commit ${meta.commit ?? "?"}${meta.dirty ? " (with uncommitted changes)" : ""}; systems: ${profile.systems.map(name).join(", ")}; ${profile.workers} worker processes${meta.quietWaitS ? `; waited ${meta.quietWaitS} s in all for other processes on the machine to go idle before phases` : ""}`,
    "- Server, workers and driver share the same machine and talk over 127.0.0.1; latencies are in milliseconds on the host-wide clock (`performance.timeOrigin + performance.now()`), recorded in HDR histograms from the merged raw samples of all workers.",
    "",
  );
  const lg = results.loadGeneratorTotal;
  if (lg) {
    out.push(
      `Load generator: ${profile.workers} worker processes + the driver used ${fmt(lg.cpuS)} CPU-seconds over ${fmt(lg.wallS)} s of measured windows (${fmt(lg.cores, 2)} cores on average; peak window ${fmt(lg.peakCores, 2)} cores), on the same machine as the server. Other processes on the machine (not part of the bench) used ${fmt(lg.otherCores, 2)} cores on average during the windows${lg.otherCores > 0.2 ? " — the figures below were measured on a shared, busy machine" : ""}.`,
      "",
    );
  }
  if (results.problems.length) out.push("**Problems in this run:**", "", ...results.problems.map((p) => `- ${p}`), "");
  out.push("## Targets", "", targetsTable(results), "");
  const scale = scaleOutTable(results);
  if (scale) {
    out.push(
      "## Scale-out (2 processes behind nginx / 1 process)",
      "",
      "The many-rooms burst (s3) on the scale-out set-up of docs/operations.md on this machine (two Sammen processes sharing a redis-server and a PostgreSQL, nginx in front hashing on the room code) against one process alone, back to back. On 2 cores the two processes, the load generator, Redis, PostgreSQL and nginx share the same cores, so this shows what the extra hops cost and that rooms spread, not a capacity gain; rooms per core on a bigger machine follow from the one-process numbers.",
      "",
      scale,
      "",
    );
  }
  const cost = snapshotCostTable(results);
  if (cost) {
    out.push(
      "## Snapshot cost (room snapshots on / off)",
      "",
      "The same scenarios on the same build, once with room snapshots on (the default) and once with `SAMMEN_SNAPSHOTS=off` (rooms in memory only), back to back. With snapshots on, every acknowledgement waits until the room's post-state is written (group commit, see docs/operations.md).",
      "",
      cost,
      "",
    );
  }

  for (const id of ["s1", "s2a", "s2b", "s3"]) {
    const s = sc[id];
    if (!s) continue;
    const any = Object.values(s.systems)[0];
    out.push(`## ${id.slice(1)}. ${s.title}`, "");
    out.push(`${any.rounds} rounds; ${any.rooms} room(s), ${any.tablets} tablets; all tablets of all rooms answer at one instant each round.`, "");
    out.push(latencyTable(s.systems), "", resourceTable(s.systems), "");
    const rounds = roundsTable(s.systems);
    if (rounds) out.push(rounds, "");
  }

  if (sc.s4) {
    out.push(`## 4. ${sc.s4.title}`, "");
    out.push("| System | sockets (tablets) | heap before → after (MB) | RSS before → after (MB) | heap per socket (KB) | RSS per socket (KB) | heap per tablet (KB) |", "|---|---:|---|---|---:|---:|---:|");
    for (const [sys, m] of Object.entries(sc.s4.systems)) {
      out.push(
        `| ${name(sys)} | ${m.sockets} (${m.tablets}) | ${fmt(m.before.heapMB)} → ${fmt(m.after.heapMB)} | ${fmt(m.before.rssMB)} → ${fmt(m.after.rssMB)} | ${fmt(m.heapPerSocketKB)} | ${fmt(m.rssPerSocketKB)} | ${fmt(m.heapPerTabletKB)} |`,
      );
    }
    out.push("", "Per socket = (after − before) / all sockets (tablets, screens, hosts); Sammen's figure includes its rooms, seats and views. Both after a forced double GC in the server.", "");
  }

  if (sc.s5) {
    out.push(`## 5. ${sc.s5.title}`, "");
    const sdk = Object.values(sc.s5.systems).find((v) => v.defaults?.backoff)?.defaults.backoff;
    out.push(
      "Each dropped tablet's transport is closed (`conn.socket.io.engine.close()`, the SDK then reconnects by itself); a tablet counts as back when it is connected again and holds a view of its own seat whose version is at least the room's version when the storm began. Times in ms since the storm began, except where noted." +
        (sdk ? ` The SDK's back-off alone puts the first reconnect attempt ${backoffWindow(sdk)} after the drop.` : ""),
      "",
      "| System | back-off | back / dropped | 95 % back | 100 % back | back p50 / p95 / p99 | first reconnect attempt after drop p50 / p95 | attempt → back p50 / p95 / p99 | server CPU | ELD p99 / max |",
      "|---|---|---:|---:|---:|---|---|---|---:|---|",
    );
    for (const [sys, v] of Object.entries(sc.s5.systems)) {
      for (const [variant, r] of Object.entries(v)) {
        out.push(
          `| ${name(sys)} | ${backoffLabel(variant, r.backoff)} | ${r.back} / ${r.dropped} | ${fmt(r.time95BackMs)} | ${fmt(r.time100BackMs)} | ${fmt(r.backSinceStorm.p50)} / ${fmt(r.backSinceStorm.p95)} / ${fmt(r.backSinceStorm.p99)} | ${fmt(r.attemptDelay.p50)} / ${fmt(r.attemptDelay.p95)} | ${fmt(r.attemptToBack.p50)} / ${fmt(r.attemptToBack.p95)} / ${fmt(r.attemptToBack.p99)} | ${fmt(r.server?.cores, 2)} | ${fmt(r.server?.eld?.p99)} / ${fmt(r.server?.eld?.max)} |`,
        );
      }
    }
    out.push("");
  }

  out.push("## 6. Restart", "", sc.s6?.notApplicable ?? "Not applicable.", "");

  if (sc.s7) {
    out.push(`## 7. ${sc.s7.title}`, "");
    out.push("| Surface | JS files | JS gzip (KB) | JS raw (KB) | CSS gzip (KB) | HTML gzip (KB) | status |", "|---|---:|---:|---:|---:|---:|---|");
    for (const [surface, w] of Object.entries(sc.s7.surfaces)) {
      if (!w.scripts) out.push(`| /${surface} | – | – | – | – | – | **${w.problem}** |`);
      else
        out.push(
          `| /${surface} | ${w.scripts.length} | ${kb(w.jsGzip)} | ${kb(w.jsRaw)} | ${kb(w.cssGzip)} | ${kb(w.html.gzip)} | ${w.ok ? "ok" : w.problem}${w.scripts.some((f) => f.missing) ? ` (missing: ${w.scripts.filter((f) => f.missing).map((f) => f.ref).join(", ")})` : ""} |`,
        );
    }
    const built = Object.values(sc.s7.surfaces).find((w) => w.builtAt)?.builtAt;
    out.push(
      "",
      `Counts \`<script src>\` and \`<link rel=modulepreload>\` in \`dist/client/<surface>.html\` (what the browser fetches before the page runs); lazily imported chunks are not counted.${built ? ` Client build measured: ${built}.` : ""} JS gzip is what a browser that takes gzip downloads; the server sends the build's precompressed .br twin to browsers that accept brotli (smaller still) and the .gz twin to the others (server/http/compressed-assets.ts).`,
      "",
    );
  }

  const slowJoin = sc.s8?.systems?.sammen;
  if (slowJoin) {
    const c = slowJoin.conditions;
    out.push(`## 8. ${sc.s8.title}`, "");
    out.push("| Step | median (ms) | p95 (ms) | max (ms) | rounds |", "|---|---:|---:|---:|---:|");
    for (const [label, key] of [["navigation → code field ready", "loadMs"], ["\"Neste\" → avatar picker interactive", "pickerMs"], ["total (typing excluded)", "totalMs"]])
      out.push(`| ${label} | ${fmt(slowJoin[key].median)} | ${fmt(slowJoin[key].p95)} | ${fmt(slowJoin[key].max)} | ${slowJoin[key].n} |`);
    out.push("", `Cold cache each round; CDP network ${c.downloadKbps} kbps down / ${c.uploadKbps} kbps up, ${c.rttMs} ms RTT, CPU slowdown ${c.cpuSlowdown}× (bench/slow-join.mjs).`, "");
  }

  const errs = Object.entries(results.serverErrors ?? {});
  out.push("## Server log", "", errs.length ? errs.map(([k, lines]) => `- ${name(k)}:\n\n\`\`\`\n${lines.join("\n")}\n\`\`\``).join("\n") : "No internal or HTTP errors were logged by any server.", "");
  if (notes.trim()) out.push("---", "", notes.trim(), "");
  return out.join("\n");
}
