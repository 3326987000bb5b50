#!/usr/bin/env node
/**
 * Finds a Chromium for the browser e2e tests, installing Debian's package when
 * it is missing and we are root with apt. Playwright cannot download its own
 * browser here. Set CHROMIUM_PATH to use another binary.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

function tryApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  console.log("[e2e] Chromium not found: installing Debian's chromium with apt-get (one time) …");
  try {
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-color-emoji"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return true;
  } catch (error) {
    console.error("[e2e] apt-get install chromium failed:", error instanceof Error ? error.message : error);
    return false;
  }
}

let path = found();
if (!path && tryApt()) path = found();
if (!path) {
  console.error(
    "[e2e] No Chromium found. Install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary, then run `npm test` again.",
  );
  process.exit(1);
}
// Emoji avatars render as boxes without a colour emoji font; install it when we can (non-fatal).
if (!existsSync("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf") && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  try {
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "fonts-noto-color-emoji"], {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } catch {
    /* screenshots show boxes for emoji; tests do not depend on it */
  }
}
console.log(`[e2e] Using Chromium at ${path}`);
