/**
 * One small async query layer over the two databases Sammen runs on: the
 * embedded SQLite file (the default) and PostgreSQL (with DATABASE_URL, when
 * several processes share one store; docs/operations.md, "Scale-out"). The
 * stores are written once against it, in portable SQL with `?` placeholders
 * (turned into `$1, $2, …` for PostgreSQL); only migrations that create tables
 * differ by dialect.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type SqlValue = string | number | null;
export type Dialect = "sqlite" | "postgres";

export interface SqlDb {
  readonly dialect: Dialect;
  all<R>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  get<R>(sql: string, params?: readonly SqlValue[]): Promise<R | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** All of fn's statements commit together or not at all; fn must use `tx`, not the outer db. */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A schema step. `sql` serves both dialects; `sqlite`/`postgres` where they differ. */
export type Migration = { sql: string } | { sqlite: string; postgres: string };

// ---------------------------------------------------------------- SQLite

/** Runs one async section at a time, so a transaction's statements are never interleaved with others. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

class SqliteStatements {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly db: Database.Database) {}
  prepare(sql: string): Database.Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
}

function sqliteOps(s: SqliteStatements, guard: <T>(fn: () => T) => Promise<T>, transaction: SqlDb["transaction"], close: SqlDb["close"]): SqlDb {
  return {
    dialect: "sqlite",
    all: <R>(sql: string, params: readonly SqlValue[] = []) => guard(() => s.prepare(sql).all(...params) as R[]),
    get: <R>(sql: string, params: readonly SqlValue[] = []) => guard(() => s.prepare(sql).get(...params) as R | undefined),
    run: (sql, params = []) => guard(() => ({ changes: s.prepare(sql).run(...params).changes })),
    exec: (sql) => guard(() => void s.db.exec(sql)),
    transaction,
    close,
  };
}

export interface SqliteDb extends SqlDb {
  /** The better-sqlite3 handle, for code that must write synchronously (room snapshots). */
  readonly raw: Database.Database;
}

export function openSqlite(dbPath: string): SqliteDb {
  if (dbPath !== ":memory:") mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  return sqliteDb(db);
}

/**
 * The query layer over an open better-sqlite3 handle. A transaction holds the
 * one connection until it ends, so `fn` must await only its own statements
 * (then it finishes within one turn of the event loop and nothing else writes
 * in between).
 */
export function sqliteDb(db: Database.Database): SqliteDb {
  const statements = new SqliteStatements(db);
  const lock = new Mutex();
  const inTx = (fn: () => unknown) => Promise.resolve().then(fn);
  const txDb: SqlDb = sqliteOps(
    statements,
    (fn) => inTx(fn) as Promise<never>,
    () => Promise.reject(new Error("nested transactions are not supported")),
    () => Promise.reject(new Error("close the outer database, not a transaction")),
  );
  const outer = sqliteOps(
    statements,
    (fn) => lock.run(fn),
    (fn) =>
      lock.run(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(txDb);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      }),
    async () => void lock.run(() => db.close()),
  );
  return Object.assign(outer, { raw: db });
}

// ---------------------------------------------------------------- PostgreSQL

/** `?` → `$1, $2, …`, leaving quoted strings and identifiers alone. */
export function toPgPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === "?") {
      out += `$${++n}`;
    } else out += ch;
  }
  return out;
}

// BIGINT (int8, oid 20) arrives as a string by default: Sammen's int8 columns are ms timestamps
// and counts, well inside a double's exact range.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID && format !== "binary" ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function pgOps(q: (sql: string, params: readonly SqlValue[]) => Promise<pg.QueryResult>, transaction: SqlDb["transaction"], close: SqlDb["close"]): SqlDb {
  return {
    dialect: "postgres",
    all: async <R>(sql: string, params: readonly SqlValue[] = []) => (await q(toPgPlaceholders(sql), params)).rows as R[],
    get: async <R>(sql: string, params: readonly SqlValue[] = []) => (await q(toPgPlaceholders(sql), params)).rows[0] as R | undefined,
    run: async (sql, params = []) => ({ changes: (await q(toPgPlaceholders(sql), params)).rowCount ?? 0 }),
    exec: async (sql) => void (await q(sql, [])),
    transaction,
    close,
  };
}

export interface PostgresOptions {
  /** Pool size per process; PostgreSQL's own max_connections bounds the sum over processes. */
  max?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): SqlDb {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: pgTypes, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  const run = (client: pg.Pool | pg.PoolClient) => (sql: string, params: readonly SqlValue[]) =>
    params.length ? client.query(sql, params as SqlValue[]) : client.query(sql);
  return pgOps(
    run(pool),
    async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const tx = pgOps(
          run(client),
          () => Promise.reject(new Error("nested transactions are not supported")),
          () => Promise.reject(new Error("close the outer database, not a transaction")),
        );
        const result = await fn(tx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    () => pool.end(),
  );
}

// ---------------------------------------------------------------- migrations

function migrationSql(m: Migration, dialect: Dialect): string {
  return "sql" in m ? m.sql : m[dialect];
}

/**
 * Bring the schema up to `migrations.length`. SQLite counts in `user_version`
 * (as Sammen always has); PostgreSQL in a one-row table, under an advisory lock
 * so processes that start together migrate once. A database newer than this
 * build is refused rather than guessed at.
 */
export async function migrate(db: SqlDb, migrations: readonly Migration[]): Promise<void> {
  if (db.dialect === "sqlite") {
    const raw = (db as SqliteDb).raw;
    const current = raw.pragma("user_version", { simple: true }) as number;
    if (current > migrations.length) throw new Error(`The database has schema version ${current}, newer than this build knows (${migrations.length}). Update Sammen.`);
    for (let v = current; v < migrations.length; v++) {
      raw.transaction(() => {
        raw.exec(migrationSql(migrations[v], "sqlite"));
        raw.pragma(`user_version = ${v + 1}`);
      })();
    }
    return;
  }
  await db.transaction(async (tx) => {
    // Any constant: one lock for Sammen's schema in this database.
    await tx.exec("SELECT pg_advisory_xact_lock(7263411)");
    await tx.exec("CREATE TABLE IF NOT EXISTS sammen_schema (version INTEGER NOT NULL)");
    const row = await tx.get<{ version: number }>("SELECT version FROM sammen_schema");
    if (!row) await tx.run("INSERT INTO sammen_schema (version) VALUES (0)");
    const current = row?.version ?? 0;
    if (current > migrations.length) throw new Error(`The database has schema version ${current}, newer than this build knows (${migrations.length}). Update Sammen.`);
    for (let v = current; v < migrations.length; v++) await tx.exec(migrationSql(migrations[v], "postgres"));
    if (current < migrations.length) await tx.run("UPDATE sammen_schema SET version = ?", [migrations.length]);
  });
}
