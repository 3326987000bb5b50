/**
 * Test support: Sammen scaled out on one machine, all real parts: a
 * redis-server, a PostgreSQL, two or three app processes from the production
 * build (dist/, which `npm test` builds first; the sources through tsx when it
 * is stale), and nginx in front with the
 * config from docs/operations.md. Each app process keeps its port across
 * restarts, so the proxy's list stays right, and can be killed, stopped,
 * paused or started again by PID.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIsCurrent } from "../../scripts/build-stamp.mjs";
import { freePort, startNginx, startPostgres, startRedis, stopPid, type NginxService, type PostgresService, type RedisService } from "./services.js";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const MAIN = path.join(ROOT, "dist", "server", "server", "main.js");

/** The built server when dist/ is current (as in `npm test`), else the sources through tsx: the same code. */
function entryArgs(): string[] {
  return buildIsCurrent(ROOT) ? [MAIN] : ["--import", "tsx", path.join(ROOT, "server", "main.ts")];
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Everything startCluster has started and not yet stopped, so a test whose beforeAll timed out
 * (a slow, shared machine) can still stop it: afterAll calls abandonClusters(), which stops these
 * and makes a start still in flight stop what it started instead of going on. And if the test
 * process exits without either, the exit handler kills them by PID.
 */
const running = new Set<{ pid: () => number; signal: NodeJS.Signals; stop(): Promise<void> }>();
let abandoned = false;
let exitHookSet = false;

function keep(part: { pid: () => number; signal: NodeJS.Signals; stop(): Promise<void> }): () => void {
  running.add(part);
  if (!exitHookSet) {
    exitHookSet = true;
    process.once("exit", () => {
      for (const p of running) {
        try {
          if (p.pid() > 0) process.kill(p.pid(), p.signal);
        } catch {
          /* already gone */
        }
      }
    });
  }
  return () => running.delete(part);
}

/** Stop every process a startCluster of this test file started, finished or not. */
export async function abandonClusters(): Promise<void> {
  abandoned = true;
  for (const p of [...running]) await p.stop().catch(() => undefined);
  running.clear();
}

function stillWanted(): void {
  if (abandoned) throw new Error("the cluster was abandoned (the test gave up on it) while it started");
}

export class AppProcess {
  child: ChildProcess | null = null;
  readonly logs: string[] = [];
  private readonly dataDir = mkdtempSync(path.join(tmpdir(), "sammen-node-"));

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, entryArgs(), {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: "127.0.0.1", SAMMEN_DATA_DIR: this.dataDir, SAMMEN_NODE_NAME: this.name },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) if (line.trim()) this.logs.push(`[${this.name}] ${line}`);
      if (this.logs.length > 400) this.logs.splice(0, this.logs.length - 400);
    };
    child.stdout!.on("data", take);
    child.stderr!.on("data", take);
    // Generous: on a shared 2-core machine under load a start can take many seconds.
    const until = Date.now() + 45_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited with ${child.exitCode ?? child.signalCode}:\n${this.logs.join("\n")}`);
      try {
        const res = await fetch(`${this.url}/api/ready`);
        if (res.ok) return;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > until) throw new Error(`${this.name} did not get ready:\n${this.logs.join("\n")}`);
      await sleep(50);
    }
  }

  /** Resolves when the process has exited (after a signal of the test's). */
  exited(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => child.once("exit", () => resolve()));
  }

  signal(sig: NodeJS.Signals): void {
    if (this.child?.pid) process.kill(this.child.pid, sig);
  }

  async stop(sig: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (this.child?.pid) await stopPid(this.child.pid, sig, 10_000);
  }

  cleanup(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface Cluster {
  redis: RedisService;
  postgres: PostgresService;
  nginx: NginxService;
  apps: AppProcess[];
  /** The proxy: what tablets, the screen and the host use. */
  url: string;
  databaseUrl: string;
  secret: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  processes?: number;
  /** Redis with its append-only file on, so a restarted Redis still has the rooms. */
  redisAppendOnly?: boolean;
  leaseMs?: number;
  env?: Record<string, string>;
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  abandoned = false;
  const count = options.processes ?? 2;
  const [redisStart, postgresStart] = await Promise.allSettled([startRedis({ appendOnly: options.redisAppendOnly }), startPostgres()]);
  if (redisStart.status === "rejected" || postgresStart.status === "rejected") {
    // The one that did start is stopped too, not left behind.
    if (redisStart.status === "fulfilled") await redisStart.value.stop();
    if (postgresStart.status === "fulfilled") await postgresStart.value.stop();
    throw redisStart.status === "rejected" ? redisStart.reason : (postgresStart as PromiseRejectedResult).reason;
  }
  const [redis, postgres] = [redisStart.value, postgresStart.value];
  const forget = [
    keep({ pid: () => redis.pid, signal: "SIGKILL", stop: () => redis.stop() }),
    // SIGQUIT: PostgreSQL's immediate shutdown, which its backends follow.
    keep({ pid: () => postgres.pid, signal: "SIGQUIT", stop: () => postgres.stop() }),
  ];
  const started: { apps: AppProcess[]; nginx?: NginxService } = { apps: [] };
  try {
    stillWanted();
    const databaseUrl = await postgres.createDatabase("sammen_cluster");
    const secret = "cluster-test-secret-0123456789abcdef";
    const ports: number[] = [];
    for (let i = 0; i < count; i++) ports.push(await freePort());
    const env = {
      REDIS_URL: redis.url,
      DATABASE_URL: databaseUrl,
      SAMMEN_SECRET: secret,
      SAMMEN_LEASE_MS: String(options.leaseMs ?? 2000),
      TRUST_PROXY: "1",
      SAMMEN_CLIENT_DIR: path.resolve("dist", "client"),
      ...options.env,
    };
    started.apps = ports.map((port, i) => new AppProcess(`app${i}`, port, env));
    for (const app of started.apps) forget.push(keep({ pid: () => app.pid, signal: "SIGKILL", stop: () => app.stop("SIGKILL").then(() => app.cleanup()) }));
    // One at a time: the first runs the PostgreSQL migrations, the others find them done.
    for (const app of started.apps) {
      stillWanted();
      await app.start();
    }
    stillWanted();
    started.nginx = await startNginx(ports.map((p) => `127.0.0.1:${p}`));
    const { nginx } = started;
    forget.push(keep({ pid: () => nginx.pid, signal: "SIGTERM", stop: () => nginx.stop() }));
    stillWanted();
    return {
      redis,
      postgres,
      nginx,
      apps: started.apps,
      url: nginx.url,
      databaseUrl,
      secret,
      async stop() {
        await nginx.stop();
        for (const app of started.apps) {
          await app.stop("SIGKILL");
          app.cleanup();
        }
        await Promise.all([redis.stop(), postgres.stop()]);
        for (const f of forget) f();
      },
    };
  } catch (error) {
    await started.nginx?.stop();
    for (const app of started.apps) {
      await app.stop("SIGKILL");
      app.cleanup();
    }
    await Promise.all([redis.stop(), postgres.stop()]);
    for (const f of forget) f();
    throw error;
  }
}
