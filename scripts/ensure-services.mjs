#!/usr/bin/env node
/**
 * Finds the servers the scale-out tests start for themselves (redis-server,
 * PostgreSQL's initdb/postgres, nginx), installing Debian's packages when one is
 * missing and we are root with apt, as ensure-chromium.mjs does for Chromium.
 * Nothing here starts a service: each test starts its own on 127.0.0.1 with a
 * temp folder and stops it by PID (test/support/services.ts). Running Sammen as
 * one process needs none of them.
 *
 * Set SAMMEN_REDIS_SERVER, SAMMEN_PG_BIN (folder with initdb and postgres) or
 * SAMMEN_NGINX to use other binaries.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** Where Debian puts each program; the first that exists wins. Kept in step with test/support/services.ts. */
function findRedis() {
  return [process.env.SAMMEN_REDIS_SERVER, "/usr/bin/redis-server", "/usr/local/bin/redis-server"].filter(Boolean).find((p) => existsSync(p));
}
function findNginx() {
  return [process.env.SAMMEN_NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].filter(Boolean).find((p) => existsSync(p));
}
function findPgBin() {
  const dirs = [];
  if (process.env.SAMMEN_PG_BIN) dirs.push(process.env.SAMMEN_PG_BIN);
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) dirs.push(`/usr/lib/postgresql/${v}/bin`);
  }
  dirs.push("/usr/local/bin", "/usr/bin");
  return dirs.find((d) => existsSync(path.join(d, "initdb")) && existsSync(path.join(d, "postgres")));
}

const wanted = [
  { name: "redis-server", pkg: "redis-server", find: findRedis },
  { name: "PostgreSQL (initdb, postgres)", pkg: "postgresql", find: findPgBin },
  { name: "nginx", pkg: "nginx-light", find: findNginx },
];

const missing = () => wanted.filter((w) => !w.find());

function tryApt(packages) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`[services] Installing Debian's ${packages.join(", ")} with apt-get (one time) …`);
  // Debian may start its own service on install; the tests never use it: they start their
  // own on free ports.
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], { stdio: "inherit", env });
    return true;
  } catch (error) {
    console.error("[services] apt-get install failed:", error instanceof Error ? error.message : error);
    return false;
  }
}

let absent = missing();
if (absent.length > 0 && tryApt(absent.map((w) => w.pkg))) absent = missing();
if (absent.length > 0) {
  console.error(
    [
      `[services] Missing for the scale-out tests: ${absent.map((w) => w.name).join(", ")}.`,
      `  Install them (Debian: \`apt-get install ${absent.map((w) => w.pkg).join(" ")}\`) or point SAMMEN_REDIS_SERVER,`,
      "  SAMMEN_PG_BIN and SAMMEN_NGINX at the binaries, then run `npm test` again.",
      "  Running Sammen itself (`npm start`, one process) needs none of them.",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`[services] redis-server ${findRedis()}, PostgreSQL ${findPgBin()}, nginx ${findNginx()}`);
