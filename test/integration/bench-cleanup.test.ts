/**
 * The bench's way out (bench/run.mjs, bench/lib/procs.mjs stopAll): a run
 * interrupted while the scale-out system is up stops everything it started.
 * The real driver runs the scale-out scenario alone (smoke size) with its real
 * redis-server, PostgreSQL, two app processes and nginx; once it prints their
 * PIDs it gets SIGINT (as from the lead's `kill -INT`, which reaches the driver
 * only, not its process group). Afterwards no PID it printed is alive, their
 * temp folders are gone, and the run's JSON says it was interrupted.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const outDir = mkdtempSync(path.join(tmpdir(), "sammen-bench-cleanup-"));
const started: number[] = [];

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

afterAll(() => {
  // Only if the test failed: do not leave its processes behind either.
  for (const pid of started) if (alive(pid)) process.kill(pid, "SIGKILL");
  rmSync(outDir, { recursive: true, force: true });
});

it("SIGINT while the cluster is up: the driver stops redis-server, PostgreSQL, nginx and both app processes by PID", async () => {
  const driver = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "bench/run.mjs", "--profile", "smoke", "--systems", "sammen-cluster2", "--only", "s3", "--wait-quiet", "0", "--no-results-md", "--out-dir", outDir],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env } },
  );
  started.push(driver.pid!);
  let output = "";
  const exited = new Promise<number | null>((resolve) => driver.once("exit", (code) => resolve(code)));
  const up = await new Promise<{ pids: { apps: number[]; redis: number; postgres: number; nginx: number }; dirs: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the cluster did not come up:\n${output}`)), 50_000);
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      const line = /sammen-cluster2: up: (\{.*\})/.exec(output);
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line[1]));
      }
    };
    driver.stdout!.on("data", take);
    driver.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    void exited.then((code) => reject(new Error(`the driver exited (${code}) before the cluster was up:\n${output}`)));
  });
  const pids = [...up.pids.apps, up.pids.redis, up.pids.postgres, up.pids.nginx];
  started.push(...pids);
  expect(pids.every((pid) => pid > 0 && alive(pid))).toBe(true);
  expect(up.dirs.every((d) => existsSync(d))).toBe(true);

  driver.kill("SIGINT");
  expect(await exited).toBe(130);

  expect(pids.filter(alive)).toEqual([]);
  expect(up.dirs.filter((d) => existsSync(d))).toEqual([]);
  expect(output).toContain("every process this run started is stopped");
  const [json] = readdirSync(outDir).filter((f) => f.endsWith(".json"));
  const saved = JSON.parse(readFileSync(path.join(outDir, json), "utf8")) as { problems: string[] };
  expect(saved.problems).toContain("interrupted (SIGINT); results are partial");
}, 90_000);
