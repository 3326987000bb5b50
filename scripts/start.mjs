#!/usr/bin/env node
/**
 * `npm start`: build only when the sources changed since the last build (see
 * scripts/build-stamp.mjs), then run the server in this same process, so
 * SIGTERM/SIGINT reach its graceful stop directly.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildIsCurrent } from "./build-stamp.mjs";

const root = path.resolve(import.meta.dirname, "..");
if (buildIsCurrent(root)) {
  console.log("  Build is current; starting.");
} else {
  console.log("  Sources changed since the last build (or there is none): building first …");
  // Through the npm that runs us when there is one, so the same npm and node build it.
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, "run", "build"], { cwd: root, stdio: "inherit" })
    : spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error("  The build failed; not starting.");
    process.exit(result.status ?? 1);
  }
}
await import(pathToFileURL(path.join(root, "dist", "server", "server", "main.js")).href);
