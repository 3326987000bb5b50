/**
 * The database: the embedded SQLite file by default, PostgreSQL with
 * DATABASE_URL. It holds facilitator accounts and their login sessions, the
 * groups, plans and content library (server/store/series-store.ts: no child
 * data, ever), the groups' memory (server/store/memory-store.ts: group-level
 * only), and (in SQLite only) the crash-recovery snapshots of live rooms
 * (server/store/room-snapshots.ts), which are the only child data here and are
 * wiped with their room (docs/privacy.md).
 */
import Database from "better-sqlite3";
import { ACCOUNT_MIGRATIONS, sqlAccountStore, type AccountStore } from "./accounts.js";
import { ACCOUNT_LINKS_MIGRATION, sqlAccountLinkStore, type AccountLinkStore } from "./account-links.js";
import { SERIES_MIGRATION, sqlSeriesStore, type SeriesStore } from "./series-store.js";
import { MEMORY_MIGRATION, sqlMemoryStore, type MemoryStore } from "./memory-store.js";
import { RESULTS_MIGRATION, sqlResultsStore, type ResultsStore } from "./results-store.js";
import { migrate, openPostgres, sqliteDb, type Dialect, type Migration, type SqlDb } from "./sql.js";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export type { FacilitatorRow } from "./accounts.js";

/**
 * The store: accounts and sessions (server/store/accounts.ts) on SQLite by
 * default or on PostgreSQL with DATABASE_URL (several processes share it), one
 * query layer for both (server/store/sql.ts).
 */
export interface Store extends AccountStore, AccountLinkStore, SeriesStore, MemoryStore, ResultsStore {
  readonly dialect: Dialect;
  /**
   * The SQLite file's handle, for the room snapshot store (server/store/room-snapshots.ts).
   * With PostgreSQL it is opened only if asked for (one process without Redis keeps its
   * snapshots on local disk; with Redis they live there).
   */
  readonly db: Database.Database;
  /** True once this process knows an account exists (the start log's setup code, cached). */
  readonly hasAccounts: boolean;
  /** Resolves once the schema is current (PostgreSQL migrates here; SQLite already did on open). */
  ready(): Promise<void>;
  close(): void;
}

const MIGRATIONS: Migration[] = [
  ...ACCOUNT_MIGRATIONS,
  // Crash-recovery snapshots of live rooms: one row per room (its post-state as JSON), and the
  // commandIds it already answered, so a retry after a restart is still applied once.
  // Never in PostgreSQL: with several processes snapshots live in Redis (server/cluster/).
  {
    postgres: "SELECT 1",
    sqlite: `CREATE TABLE room_snapshots (
     room_id TEXT PRIMARY KEY,
     code TEXT NOT NULL,
     owner_id INTEGER NOT NULL,
     epoch INTEGER NOT NULL,
     version INTEGER NOT NULL,
     body TEXT NOT NULL,
     idle_since INTEGER,
     seen_at INTEGER NOT NULL
   );
   CREATE TABLE room_commands (
     room_id TEXT NOT NULL REFERENCES room_snapshots(room_id) ON DELETE CASCADE,
     seq INTEGER PRIMARY KEY,
     actor TEXT NOT NULL,
     command_id TEXT NOT NULL,
     ack TEXT NOT NULL
   );
   CREATE INDEX room_commands_by_room ON room_commands(room_id, actor, seq);`,
  },
  // Groups, plans and the content library (server/store/series-store.ts).
  SERIES_MIGRATION,
  // One-time invitation and reset links (server/store/account-links.ts).
  ACCOUNT_LINKS_MIGRATION,
  // The group's memory across meetings (server/store/memory-store.ts): group-level only.
  MEMORY_MIGRATION,
  // Kept group results, only for groups whose leaders opted in (server/store/results-store.ts).
  RESULTS_MIGRATION,
  // Answered commands indexed by (room, seq), not (room, actor, seq): a write's commands then land
  // on one index page per room instead of one per actor, and a burst-sized snapshot write takes
  // about 15 % less CPU (bench/NOTES.md, issue #19, fifth session). room-snapshots.ts makes the same.
  {
    postgres: "SELECT 1",
    sqlite: `DROP INDEX IF EXISTS room_commands_by_room;
   CREATE INDEX IF NOT EXISTS room_commands_by_room_seq ON room_commands(room_id, seq);`,
  },
  // A room's finished activities in a row of their own, written only when they change: they are
  // most of a room's bytes by mid-session, and rewriting them with every answer cost three pages
  // a write instead of one (bench/NOTES.md, issue #19, sixth session). Rows written by older
  // builds keep theirs inside the body and still restore (server/rooms/room-codec.ts).
  {
    postgres: "SELECT 1",
    sqlite: `CREATE TABLE IF NOT EXISTS room_finished (
     room_id TEXT PRIMARY KEY REFERENCES room_snapshots(room_id) ON DELETE CASCADE,
     body TEXT NOT NULL
   );`,
  },
];

/** The schema version this build knows; a database from a newer build is refused, not guessed at. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * The database holds room snapshots (child data while a room lives): the file, and so the -wal and
 * -shm files SQLite makes with the same mode, are readable by this user only.
 */
function privateFile(dbPath: string): void {
  mkdirSync(path.dirname(dbPath), { recursive: true, mode: 0o700 });
  if (!existsSync(dbPath)) writeFileSync(dbPath, "", { mode: 0o600, flag: "wx" });
  for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

/**
 * `sync`: "normal" (the default) makes a commit durable against a killed or crashed process (it is
 * in the WAL when the call returns) without an fsync per commit; "full" also fsyncs the WAL on
 * every commit, so it survives a power cut too, at a few milliseconds per write on most disks.
 */
export interface StoreOptions {
  /** See above: "normal" or "full" SQLite synchronous mode. */
  sync?: "normal" | "full";
  /** PostgreSQL instead of the SQLite file for accounts (and groups, plans, content). */
  databaseUrl?: string;
}

function openSqliteFile(dbPath: string, options: StoreOptions): Database.Database {
  if (dbPath !== ":memory:") privateFile(dbPath);
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.sync === "full" ? "FULL" : "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  // Deleted rows (an ended room's snapshot) are overwritten with zeros, not just unlinked.
  db.pragma("secure_delete = ON");
  // Checkpoint the WAL every 16k pages (64 MB) instead of SQLite's 1000: every room written in a
  // group commit takes at least one 4 KB page, so with a few hundred live rooms the default
  // checkpointed on nearly every write and copied each page twice (measured on the 2-core test
  // machine: 250 rooms of about 10 KB in one write, 7-18 ms with 1000, about 4 ms with 16k). A checkpoint changes nothing about what
  // survives a crash (the WAL is the database until then), and wiping a room still truncates the
  // WAL at once (room-snapshots.ts). The file is cut back to this size after a checkpoint.
  db.pragma("wal_autocheckpoint = 16384");
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  return db;
}

/**
 * `sync`: "normal" (the default) makes a commit durable against a killed or crashed process (it is
 * in the WAL when the call returns) without an fsync per commit; "full" also fsyncs the WAL on
 * every commit, so it survives a power cut too, at a few milliseconds per write on most disks.
 */
export function openStore(dbPath: string, options: StoreOptions = {}): Store {
  let sqlite: Database.Database | null = null;
  const sqliteHandle = () => (sqlite ??= openSqliteFile(dbPath, options));
  let sql: SqlDb;
  let migrated: Promise<void>;
  if (options.databaseUrl) {
    sql = openPostgres(options.databaseUrl);
    migrated = migrate(sql, MIGRATIONS);
    // Seen by ready(); not an unhandled rejection before that.
    migrated.catch(() => undefined);
  } else {
    sql = sqliteDb(sqliteHandle());
    // SQLite migrates synchronously, here, as it always has.
    migrated = migrate(sql, MIGRATIONS);
  }
  const accounts = sqlAccountStore(sql);
  let hasAccounts = false;
  const noteAccounts = (n: number) => {
    if (n > 0) hasAccounts = true;
    return n;
  };
  if (sql.dialect === "sqlite") noteAccounts((sqliteHandle().prepare("SELECT COUNT(*) AS n FROM facilitators").get() as { n: number }).n);

  return {
    ...accounts,
    ...sqlSeriesStore(sql),
    ...sqlAccountLinkStore(sql),
    ...sqlMemoryStore(sql),
    ...sqlResultsStore(sql),
    dialect: sql.dialect,
    get db() {
      return sqliteHandle();
    },
    get hasAccounts() {
      return hasAccounts;
    },
    countFacilitators: async () => noteAccounts(await accounts.countFacilitators()),
    async createFacilitator(...args) {
      const row = await accounts.createFacilitator(...args);
      hasAccounts = true;
      return row;
    },
    async createFirstFacilitator(...args) {
      const row = await accounts.createFirstFacilitator(...args);
      hasAccounts = true;
      return row;
    },
    async ready() {
      await migrated;
      noteAccounts(await accounts.countFacilitators());
    },
    close() {
      void sql.close();
      if (sqlite?.open) sqlite.close();
    },
  };
}
