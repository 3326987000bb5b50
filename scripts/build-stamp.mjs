#!/usr/bin/env node
/**
 * The build stamp: a hash of every input of `npm run build` (sources, configs,
 * the lockfile), written into dist/ after a successful build. `npm start`
 * compares it with the sources and rebuilds only when they changed.
 *
 *   node scripts/build-stamp.mjs write   record the current sources as built
 *   node scripts/build-stamp.mjs check   exit 0 if the build is current, 1 if not
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Folders whose every file is a build input, and single files that are too. */
export const INPUT_DIRS = ["client", "server", "shared"];
export const INPUT_FILES = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.base.json",
  "tsconfig.server.json",
  "tsconfig.client.json",
  "vite.config.ts",
  "scripts/compress-assets.mjs",
  "scripts/vite-tablet-packs.mjs",
];
/** What a build must have produced for the stamp to count. */
export const OUTPUTS = ["dist/server/server/main.js", "dist/client/index.html", "dist/client/join.html"];
export const STAMP = "dist/.source-hash";

function walk(root, dir, out) {
  const full = path.join(root, dir);
  if (!existsSync(full)) return;
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) walk(root, rel, out);
    else if (entry.isFile()) out.push(rel);
  }
}

/** sha256 over the sorted input paths and their bytes. */
export function sourceHash(root) {
  const files = [];
  for (const dir of INPUT_DIRS) walk(root, dir, files);
  for (const file of INPUT_FILES) if (existsSync(path.join(root, file))) files.push(file);
  files.sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file).update("\0");
    hash.update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

/** True when dist/ holds a complete build of exactly the current sources. */
export function buildIsCurrent(root) {
  if (!OUTPUTS.every((file) => existsSync(path.join(root, file)))) return false;
  const stamp = path.join(root, STAMP);
  if (!existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === sourceHash(root);
}

export function writeStamp(root) {
  writeFileSync(path.join(root, STAMP), `${sourceHash(root)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const command = process.argv[2];
  if (command === "write") writeStamp(root);
  else if (command === "check") process.exit(buildIsCurrent(root) ? 0 : 1);
  else {
    console.error("usage: node scripts/build-stamp.mjs write|check");
    process.exit(2);
  }
}
