/**
 * How the bench's profile reports name a file: Sammen's built code by its path inside
 * dist/server, a package by its path inside node_modules, the bench's own files from the
 * repository's root (bench/perf-profile.mjs for `perf` symbols, bench/alloc-summary.mjs for V8's
 * heap profiles), so the two reports name the same function the same way.
 */
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** A package's file is a path (CommonJS) or a file:// URL (an ES module). */
const PACKAGES = new RegExp(`(file://)?${ROOT.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/node_modules/`);

/** `text` with the repository's paths shortened: dist/server and node_modules dropped, the root made relative. */
export function shortPaths(text) {
  return text.replace(`file://${ROOT}/dist/server/`, "").replace(PACKAGES, "").replace(`file://${ROOT}/`, "");
}
