/**
 * Test support: the two databases a store runs on, so one store test runs
 * against both. SQLite is a real file in a temp folder; PostgreSQL a real
 * server (started once per test file, stopped by PID) with a fresh database
 * for every open().
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPostgres, type PostgresService } from "./services.js";

export interface DatabaseBackend {
  name: "sqlite" | "postgres";
  /** A new, empty database: a SQLite file path or a PostgreSQL URL. */
  fresh(): Promise<{ sqlitePath?: string; databaseUrl?: string }>;
  stop(): Promise<void>;
}

export function sqliteBackend(): DatabaseBackend {
  const dirs: string[] = [];
  return {
    name: "sqlite",
    async fresh() {
      const dir = mkdtempSync(path.join(tmpdir(), "sammen-store-"));
      dirs.push(dir);
      return { sqlitePath: path.join(dir, "sammen.db") };
    },
    async stop() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(): DatabaseBackend {
  let server: Promise<PostgresService> | undefined;
  let n = 0;
  return {
    name: "postgres",
    async fresh() {
      server ??= startPostgres();
      const pgs = await server;
      return { databaseUrl: await pgs.createDatabase(`sammen_t${process.pid}_${n++}`) };
    },
    async stop() {
      if (server) await (await server).stop();
      server = undefined;
    },
  };
}
