/**
 * Test support: Sammen as a real child process (the production entry point,
 * server/main.ts), so a test can SIGKILL or SIGTERM it and start another on the
 * same data folder and port, as a crash or a restart does. Binds 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { buildIsCurrent } from "../../scripts/build-stamp.mjs";
import { closeAllConnections, TEST_SETUP_CODE } from "./server.js";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: string[];
  /** Resolves with how the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  kill(signal: NodeJS.Signals): void;
}

/** A port that was free a moment ago (so two servers in a row can share it, as a restart does). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The built server when dist/ is current (as in `npm test`, which builds first), else the
 * TypeScript sources through tsx: the same code either way.
 */
function entryArgs(): string[] {
  return buildIsCurrent(ROOT) ? [path.join(ROOT, "dist/server/server/main.js")] : ["--import", "tsx", path.join(ROOT, "server/main.ts")];
}

export async function spawnServer(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, entryArgs(), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: "127.0.0.1",
      PORT: String(port),
      SAMMEN_DATA_DIR: dataDir,
      SAMMEN_CLIENT_DIR: path.join(ROOT, "dist", "client"),
      SAMMEN_SETUP_CODE: TEST_SETUP_CODE,
      // Thirty tablets claim their seats at once in these tests; the pacing has its own tests.
      CLAIM_BURST_PER_ROOM: "100",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 20 s:\n${output.join("")}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output.push(String(chunk));
      const match = /Facilitator console:\s+(http:\/\/127\.0\.0\.1:\d+)\/host/.exec(output.join(""));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => output.push(String(chunk)));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output.join("")}`));
    });
  });
  return { url, child, output, exited, kill: (signal) => void child.kill(signal) };
}

/**
 * Per test: a fresh data folder and a free port, and afterwards every server the test spawned
 * (pushed to `running`) is killed by its PID and the folder removed, after the test's connections
 * are closed.
 */
export function processServerFixture(prefix: string) {
  const fixture = { dir: "", port: 0, running: [] as ServerProcess[] };
  beforeEach(async () => {
    fixture.dir = mkdtempSync(path.join(tmpdir(), prefix));
    fixture.port = await freePort();
  });
  afterEach(async () => {
    closeAllConnections();
    for (const p of fixture.running.splice(0)) {
      if (p.child.exitCode === null && p.child.signalCode === null) {
        p.kill("SIGKILL");
        await p.exited;
      }
    }
    rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}
