#!/usr/bin/env node
/**
 * Reads an allocation profile written by bench/lib/alloc-sampler.mjs (V8's sampling heap
 * profile, freed objects included) and prints the functions that allocated most: by their own
 * allocations and inclusive of what they called.
 *
 *   node bench/alloc-summary.mjs FILE [--top 30]
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { shortPaths } from "./lib/frame-names.mjs";

/** A frame's name as the on-CPU report writes it (lib/frame-names.mjs). */
function frameName(callFrame) {
  return `${callFrame.functionName || "(anonymous)"} ${shortPaths(callFrame.url)}`.trim();
}

/** Bytes allocated by each function itself and with what it called (a recursive function counted once per stack). */
export function allocationsByFunction(profile) {
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  const walk = (node, onStack) => {
    const name = frameName(node.callFrame);
    total += node.selfSize;
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    const stack = onStack.includes(name) ? onStack : [...onStack, name];
    for (const entry of stack) inclusive.set(entry, (inclusive.get(entry) ?? 0) + node.selfSize);
    for (const child of node.children ?? []) walk(child, stack);
  };
  walk(profile.head, []);
  inclusive.delete(frameName(profile.head.callFrame));
  return { total, self, inclusive };
}

/** The Markdown report. */
export function summariseAllocations(profile, top) {
  const { total, self, inclusive } = allocationsByFunction(profile);
  const rows = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, bytes]) => `| \`${name}\` | ${(bytes / 1048576).toFixed(1)} | ${((100 * bytes) / (total || 1)).toFixed(1)} % |`)
      .join("\n");
  return (
    `${(total / 1048576).toFixed(1)} MB allocated in the window (sampled).\n\n` +
    `| function (own allocations) | MB | share |\n|---|---:|---:|\n${rows(self)}\n\n` +
    `| function (inclusive: with what it called) | MB | share |\n|---|---:|---:|\n${rows(inclusive)}\n`
  );
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "30" } } });
  if (positionals.length !== 1) {
    console.error("usage: node bench/alloc-summary.mjs FILE [--top 30]");
    process.exit(2);
  }
  console.log(summariseAllocations(JSON.parse(fs.readFileSync(positionals[0], "utf8")), Number(values.top)));
}
