/**
 * The on-CPU profile's reading of `perf script` output (bench/perf-profile.mjs): what it attributes
 * where. The recording itself needs `perf` and a running bench, so it is not run here; this is the
 * part whose mistakes would go unnoticed (a kernel sample counted as JavaScript, a function split
 * by its compile tier).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { insideWindows, parseStacks, summarise } from "../../bench/perf-profile.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** One `perf script` sample: a header line, then frames leaf first, then a blank line. */
const sample = (frames: string[], at = "1.000") => `node 123 [000] ${at}: 1001001 cpu-clock:ppp:\n${frames.map((f) => `\t    ${f}`).join("\n")}\n\n`;

const SCRIPT =
  // A socket write: the leaf is in the kernel, under Sammen's fan-out.
  sample([
    "ffffffff81000001 tcp_sendmsg ([kernel.kallsyms])",
    `7f00000001 JS:*send ${ROOT}/node_modules/ws/lib/sender.js:351:7+0x748 (/tmp/jitted-1-1.so)`,
    `7f00000002 JS:*flush file://${ROOT}/dist/server/server/rooms/live-room.js:463:10+0x20 (/tmp/jitted-1-2.so)`,
  ]) +
  // JSON under the snapshot's encoding, baseline-compiled this time.
  sample([
    "c00001 v8::internal::JsonStringifier::Serialize_<false>+0x13e9 (/usr/bin/node)",
    `7f00000003 JS:^encodeRoom file://${ROOT}/dist/server/server/rooms/room-codec.js:35:27+0xfe1 (/tmp/jitted-1-3.so)`,
    `7f00000002 JS:*flush file://${ROOT}/dist/server/server/rooms/live-room.js:463:10+0x20 (/tmp/jitted-1-2.so)`,
  ]) +
  // Sammen's own code at the leaf, optimised.
  sample([`7f00000003 JS:*encodeRoom file://${ROOT}/dist/server/server/rooms/room-codec.js:35:27+0x11 (/tmp/jitted-1-4.so)`]) +
  // A scavenge on a helper thread.
  sample(["c00002 v8::internal::Scavenger::ScavengePage+0xe29 (/usr/bin/node)", "c00003 start_thread+0x1 (/usr/lib/libc.so.6)"]);

describe("perf-profile: reading perf script", () => {
  it("marks kernel frames, drops offsets and compile tiers, and keeps stacks leaf first", () => {
    const stacks = parseStacks(SCRIPT);
    expect(stacks).toHaveLength(4);
    expect(stacks[0][0]).toBe("[k] tcp_sendmsg");
    expect(stacks[0][2]).toBe("JS:flush server/rooms/live-room.js");
    // `^encodeRoom` and `*encodeRoom` are one function.
    expect(stacks[1][1]).toBe(stacks[2][0]);
  });

  it("puts each sample in one category and counts a function once per sample", () => {
    const report = summarise(parseStacks(SCRIPT), 1000, 10, "live-room.js");
    expect(report).toContain("4 samples, about 0.00 CPU-seconds");
    expect(report).toMatch(/\| kernel [^|]*\| 25\.0 % \|/);
    expect(report).toMatch(/\| JSON \| 25\.0 % \|/);
    expect(report).toMatch(/\| Sammen's code \| 25\.0 % \|/);
    expect(report).toMatch(/\| garbage collection \| 25\.0 % \|/);
    // encodeRoom is on two stacks (once baseline, once optimised): 50 %, one row.
    // Rows: the inclusive list, the leaf list (it is the leaf of one sample) and the focus.
    expect(report.match(/`encodeRoom server\/rooms\/room-codec\.js`/g)).toHaveLength(3);
    expect(report).toMatch(/leaf frame, self[\s\S]*`encodeRoom server\/rooms\/room-codec\.js` \| 25\.0 % \|/);
    expect(report).toMatch(/`encodeRoom server\/rooms\/room-codec\.js` \| 50\.0 % \|/);
    // Under the fan-out's flush: the ws send and the encoding, each 25 % of all samples.
    expect(report).toContain("Under `live-room.js` (50.0 % of all samples)");
    expect(report).toMatch(/Under[\s\S]*`send ws\/lib\/sender\.js` \| 25\.0 % \|/);
  });

  it("keeps only the samples inside the burst windows (--bursts), by their time on the monotonic clock", () => {
    const frame = (name: string) => [`7f00000009 JS:*${name} file://${ROOT}/dist/server/server/rooms/live-room.js:1:1+0x1 (/tmp/jitted-1-9.so)`];
    const text =
      sample(frame("before"), "99.999999") +
      sample(frame("first"), "100.000000") +
      sample(frame("between"), "100.500001") +
      sample(frame("second"), "101.250000") +
      sample(frame("after"), "102.000001");
    const cut = insideWindows(text, [
      [100, 100.5],
      [101, 102],
      [200, 201],
    ]);
    const names = parseStacks(cut.text).map((stack) => stack[0]);
    expect(names).toEqual(["JS:first server/rooms/live-room.js", "JS:second server/rooms/live-room.js"]);
    // Two windows held samples; the third (no sample) does not count towards the length.
    expect(cut.windows).toBe(2);
    expect(cut.seconds).toBeCloseTo(1.5, 6);
    expect(insideWindows(text, []).text.trim()).toBe("");
  });
});
