/**
 * Test support: real redis-server, PostgreSQL and nginx for the scale-out tests.
 * Each runs on 127.0.0.1 on a free port with its own temp folder, is started by
 * the test that needs it and stopped by its PID. scripts/ensure-services.mjs
 * (part of `npm test`) installs the Debian packages when they are missing.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

/** A port nobody listens on right now (the OS picks it; we close and hand it on). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Send a signal to one PID, then wait for it to be gone; SIGKILL once the grace has passed. */
export async function stopPid(pid: number, signal: NodeJS.Signals = "SIGTERM", graceMs = 5000): Promise<void> {
  if (!alive(pid)) return;
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const until = Date.now() + graceMs;
  while (alive(pid) && Date.now() < until) await sleep(20);
  if (alive(pid)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* gone in between */
    }
    while (alive(pid)) await sleep(20);
  }
}

/** Resolve once something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port: number, timeoutMs: number, child?: ChildProcess, what = `port ${port}`): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} before listening`);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = createConnection({ host: "127.0.0.1", port });
      sock.once("connect", () => {
        sock.destroy();
        resolve(true);
      });
      sock.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Keeps the last lines a child printed, for error messages when it fails. */
function tail(child: ChildProcess, max = 40): () => string {
  const lines: string[] = [];
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(line);
    if (lines.length > max) lines.splice(0, lines.length - max);
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return () => lines.join("\n");
}

// ---------------------------------------------------------------- binaries

function firstExisting(paths: (string | undefined)[]): string | undefined {
  return paths.filter((p): p is string => Boolean(p)).find((p) => existsSync(p));
}

export function redisServerPath(): string {
  const found = firstExisting([process.env.SAMMEN_REDIS_SERVER, "/usr/bin/redis-server", "/usr/local/bin/redis-server"]);
  if (!found) throw new Error("redis-server not found: `npm test` installs it (apt-get install redis-server) or set SAMMEN_REDIS_SERVER");
  return found;
}

export function nginxPath(): string {
  const found = firstExisting([process.env.SAMMEN_NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]);
  if (!found) throw new Error("nginx not found: `npm test` installs it (apt-get install nginx-light) or set SAMMEN_NGINX");
  return found;
}

export function pgBinDir(): string {
  const dirs: string[] = [];
  if (process.env.SAMMEN_PG_BIN) dirs.push(process.env.SAMMEN_PG_BIN);
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql")
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) dirs.push(`/usr/lib/postgresql/${v}/bin`);
  }
  dirs.push("/usr/local/bin", "/usr/bin");
  const found = dirs.find((d) => existsSync(path.join(d, "initdb")) && existsSync(path.join(d, "postgres")));
  if (!found) throw new Error("PostgreSQL not found: `npm test` installs it (apt-get install postgresql) or set SAMMEN_PG_BIN");
  return found;
}

// ---------------------------------------------------------------- redis

export interface RedisService {
  url: string;
  port: number;
  /** Its temp folder (gone after stop()). */
  dir: string;
  /** The running redis-server's PID (a new one after restart()). */
  pid: number;
  /** Stop it (SIGTERM: with append-only on, it writes what it has first) and start it again on the same port and folder. */
  restart(): Promise<void>;
  /** Stop it and keep it stopped (the port stays this service's). */
  halt(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRedis(options: { appendOnly?: boolean } = {}): Promise<RedisService> {
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-redis-"));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const launch = async () => {
    const c = spawn(
      redisServerPath(),
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", options.appendOnly ? "yes" : "no", "--daemonize", "no", "--loglevel", "warning"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = c;
    const output = tail(c);
    try {
      await waitForPort(port, 10_000, c, "redis-server");
    } catch (error) {
      await stopPid(c.pid!, "SIGKILL");
      throw new Error(`${(error as Error).message}\n${output()}`);
    }
  };
  try {
    await launch();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const halt = async () => {
    if (child?.pid) await stopPid(child.pid, "SIGTERM");
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    get pid() {
      return child?.pid ?? 0;
    },
    async restart() {
      await halt();
      await launch();
    },
    halt,
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- postgres

export interface PostgresService {
  /** postgres://postgres@127.0.0.1:port/postgres */
  url: string;
  port: number;
  /** Its temp folder, data folder and socket inside (gone after stop()). */
  dir: string;
  /** The postmaster's PID (from postmaster.pid), which is what stop() signals. */
  pid: number;
  /** A URL for another database on this server, created empty. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** initdb refuses to run as root: as root, run PostgreSQL's programs as the postgres user. */
function asPgUser(cmd: string, args: string[]): [string, string[]] {
  return isRoot() ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
}

export async function startPostgres(): Promise<PostgresService> {
  const bin = pgBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-pg-"));
  const data = path.join(dir, "data");
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const user = isRoot() ? "postgres" : userInfo().username;
  const [initCmd, initArgs] = asPgUser(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"]);
  try {
    execFileSync(initCmd, initArgs, { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const e = error as { stderr?: Buffer; message: string };
    throw new Error(`initdb (as ${user}) failed: ${e.stderr?.toString() || e.message}`);
  }
  const port = await freePort();
  const [cmd, args] = asPgUser(path.join(bin, "postgres"), [
    "-D", data,
    "-p", String(port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", `unix_socket_directories=${dir}`,
    // A throwaway test server: durability is not what these tests measure.
    "-c", "fsync=off",
    "-c", "synchronous_commit=off",
    "-c", "full_page_writes=off",
    "-c", "max_connections=50",
  ]);
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  const output = tail(child);
  let pid = 0;
  try {
    await waitForPort(port, 15_000, child, "postgres");
    pid = Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]);
    // The port opens a moment before the server takes queries.
    const { default: pg } = await import("pg");
    const until = Date.now() + 10_000;
    for (;;) {
      const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
      try {
        await client.connect();
        await client.query("SELECT 1");
        await client.end();
        break;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (Date.now() > until) throw error;
        await sleep(50);
      }
    }
  } catch (error) {
    if (pid) await stopPid(pid, "SIGQUIT");
    await stopPid(child.pid!, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${output()}`);
  }
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    port,
    dir,
    pid,
    async createDatabase(name) {
      if (!/^[a-z][a-z0-9_]{0,40}$/.test(name)) throw new Error(`bad database name ${name}`);
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      // SIGINT is PostgreSQL's "fast shutdown": close connections, stop at once.
      await stopPid(pid, "SIGINT", 10_000);
      await stopPid(child.pid!, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- nginx

export interface NginxService {
  url: string;
  port: number;
  /** Its temp folder: config, pid file, error log (gone after stop()). */
  dir: string;
  pid: number;
  config: string;
  stop(): Promise<void>;
}

/**
 * The nginx config of docs/operations.md ("Scale-out"), as it is written there,
 * with only its upstream servers and its listen address replaced: the tests run
 * the documented config, so the documentation cannot drift from what works.
 * It hashes on the room code (the `room` query argument of Socket.IO, the
 * /api/join/<code> path of a join, or the /r/<code>/ path of a room page) so
 * all of a room's sockets and joins reach one process, and skips a process
 * that refuses connections.
 */
export function sammenProxyConfig(upstreams: string[], listen: string): string {
  const doc = readFileSync(path.resolve(import.meta.dirname, "..", "..", "docs", "operations.md"), "utf8");
  const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error("docs/operations.md has no ```nginx block");
  const serverLine = /^(\s*)server 127\.0\.0\.1:\d+ (.*);$/m;
  const first = serverLine.exec(block);
  if (!first) throw new Error("the documented upstream has no `server 127.0.0.1:PORT …;` line");
  const servers = upstreams.map((u) => `${first[1]}server ${u} ${first[2]};`).join("\n");
  const withServers = block.replace(/^\s*server 127\.0\.0\.1:\d+ .*;\n/gm, "").replace(/(upstream sammen \{\n[^\n]*\n)/, `$1${servers}\n`);
  if (!/^\s*listen 80;$/m.test(withServers)) throw new Error("the documented server block has no `listen 80;` line");
  return withServers.replace(/^(\s*)listen 80;$/m, `$1listen ${listen};`);
}

export interface NginxOptions {
  /**
   * nginx's connection cap per worker. Every proxied WebSocket holds two (the client's and the
   * upstream one), so 1024 carries about 500 sockets: enough for the tests; the bench's
   * population asks for more (docs/operations.md, "Sizing nginx").
   */
  workerConnections?: number;
}

export async function startNginx(upstreams: string[], options: NginxOptions = {}): Promise<NginxService> {
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-nginx-"));
  const port = await freePort();
  const connections = Math.max(64, Math.floor(options.workerConnections ?? 1024));
  const config = `
worker_processes 1;
worker_rlimit_nofile ${connections + 256};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${connections}; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${sammenProxyConfig(upstreams, `127.0.0.1:${port}`)}
}
`;
  const confPath = path.join(dir, "nginx.conf");
  writeFileSync(confPath, config);
  const child = spawn(nginxPath(), ["-p", dir, "-c", confPath], { stdio: ["ignore", "pipe", "pipe"] });
  const output = tail(child);
  try {
    await waitForPort(port, 10_000, child, "nginx");
  } catch (error) {
    await stopPid(child.pid!, "SIGKILL");
    const log = existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : "";
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${output()}\n${log}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dir,
    pid: child.pid!,
    config,
    async stop() {
      // SIGTERM is nginx's fast shutdown; its workers go with the master.
      await stopPid(child.pid!, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
