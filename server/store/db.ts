/**
 * The embedded database (SQLite via better-sqlite3). It holds facilitator
 * accounts and their login sessions, and the crash-recovery snapshots of live
 * rooms (server/store/room-snapshots.ts), which are the only child data here and
 * are wiped with their room (docs/privacy.md).
 */
import Database from "better-sqlite3";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface FacilitatorRow {
  id: number;
  username: string;
  password_hash: string;
  created_at: number;
  /** 1 for an admin (the first account, and those an admin made admins): only admins create accounts. */
  is_admin: number;
}

export interface Store {
  countFacilitators(): number;
  createFacilitator(username: string, passwordHash: string, now: number, admin: boolean): FacilitatorRow;
  /** Replace a stored hash (rehash on login when the stored parameters are older). */
  updatePasswordHash(id: number, passwordHash: string): void;
  findFacilitatorByName(username: string): FacilitatorRow | undefined;
  findFacilitator(id: number): FacilitatorRow | undefined;
  listFacilitators(): Pick<FacilitatorRow, "id" | "username" | "created_at" | "is_admin">[];
  /** `sid` is a random public id of the login session: host tokens carry it, so logout ends them. */
  createSession(tokenHash: string, sid: string, facilitatorId: number, expiresAt: number): void;
  findSession(tokenHash: string, now: number): { facilitator_id: number; sid: string; expires_at: number } | undefined;
  /** True while the login session with this public id exists and has not expired. */
  sessionAlive(sid: string, now: number): boolean;
  deleteSession(tokenHash: string): void;
  /** The open connection, shared with the room snapshot store so both write through one handle. */
  readonly db: Database.Database;
  close(): void;
}

const MIGRATIONS = [
  `CREATE TABLE facilitators (
     id INTEGER PRIMARY KEY,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     password_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     facilitator_id INTEGER NOT NULL REFERENCES facilitators(id) ON DELETE CASCADE,
     expires_at INTEGER NOT NULL
   );`,
  // Admins (only admins create accounts; an install's first account is its admin) and a public
  // session id that host tokens carry, so logout ends them. Old sessions had no id: sign in again.
  `ALTER TABLE facilitators ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
   UPDATE facilitators SET is_admin = 1 WHERE id = (SELECT MIN(id) FROM facilitators);
   DELETE FROM sessions;
   ALTER TABLE sessions ADD COLUMN sid TEXT NOT NULL DEFAULT '';
   CREATE UNIQUE INDEX sessions_sid ON sessions(sid);`,
  // Crash-recovery snapshots of live rooms: one row per room (its post-state as JSON), and the
  // commandIds it already answered, so a retry after a restart is still applied once.
  `CREATE TABLE room_snapshots (
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
];

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
export function openStore(dbPath: string, options: { sync?: "normal" | "full" } = {}): Store {
  if (dbPath !== ":memory:") privateFile(dbPath);
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.sync === "full" ? "FULL" : "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  // Deleted rows (an ended room's snapshot) are overwritten with zeros, not just unlinked.
  db.pragma("secure_delete = ON");
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }

  const stmts = {
    count: db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM facilitators"),
    insert: db.prepare<[string, string, number, number]>(
      "INSERT INTO facilitators (username, password_hash, created_at, is_admin) VALUES (?, ?, ?, ?)",
    ),
    rehash: db.prepare<[string, number]>("UPDATE facilitators SET password_hash = ? WHERE id = ?"),
    byName: db.prepare<[string], FacilitatorRow>("SELECT * FROM facilitators WHERE username = ?"),
    byId: db.prepare<[number], FacilitatorRow>("SELECT * FROM facilitators WHERE id = ?"),
    list: db.prepare<[], Pick<FacilitatorRow, "id" | "username" | "created_at" | "is_admin">>(
      "SELECT id, username, created_at, is_admin FROM facilitators ORDER BY id",
    ),
    insertSession: db.prepare<[string, string, number, number]>(
      "INSERT INTO sessions (token_hash, sid, facilitator_id, expires_at) VALUES (?, ?, ?, ?)",
    ),
    findSession: db.prepare<[string, number], { facilitator_id: number; sid: string; expires_at: number }>(
      "SELECT facilitator_id, sid, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?",
    ),
    sessionAlive: db.prepare<[string, number], { n: number }>("SELECT 1 AS n FROM sessions WHERE sid = ? AND expires_at > ?"),
    deleteSession: db.prepare<[string]>("DELETE FROM sessions WHERE token_hash = ?"),
    purgeSessions: db.prepare<[number]>("DELETE FROM sessions WHERE expires_at <= ?"),
  };

  return {
    countFacilitators: () => stmts.count.get()?.n ?? 0,
    createFacilitator(username, passwordHash, now, admin) {
      const info = stmts.insert.run(username, passwordHash, now, admin ? 1 : 0);
      return { id: Number(info.lastInsertRowid), username, password_hash: passwordHash, created_at: now, is_admin: admin ? 1 : 0 };
    },
    updatePasswordHash: (id, passwordHash) => void stmts.rehash.run(passwordHash, id),
    findFacilitatorByName: (username) => stmts.byName.get(username),
    findFacilitator: (id) => stmts.byId.get(id),
    listFacilitators: () => stmts.list.all(),
    createSession(tokenHash, sid, facilitatorId, expiresAt) {
      stmts.purgeSessions.run(Date.now());
      stmts.insertSession.run(tokenHash, sid, facilitatorId, expiresAt);
    },
    findSession: (tokenHash, now) => stmts.findSession.get(tokenHash, now),
    sessionAlive: (sid, now) => stmts.sessionAlive.get(sid, now) !== undefined,
    deleteSession: (tokenHash) => void stmts.deleteSession.run(tokenHash),
    db,
    close: () => db.close(),
  };
}
