/**
 * The embedded database (SQLite via better-sqlite3). It holds facilitator
 * accounts and their login sessions only: no child data is ever written here.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";

export interface FacilitatorRow {
  id: number;
  username: string;
  password_hash: string;
  created_at: number;
}

export interface Store {
  countFacilitators(): number;
  createFacilitator(username: string, passwordHash: string, now: number): FacilitatorRow;
  findFacilitatorByName(username: string): FacilitatorRow | undefined;
  findFacilitator(id: number): FacilitatorRow | undefined;
  listFacilitators(): Pick<FacilitatorRow, "id" | "username" | "created_at">[];
  createSession(tokenHash: string, facilitatorId: number, expiresAt: number): void;
  findSession(tokenHash: string, now: number): { facilitator_id: number } | undefined;
  deleteSession(tokenHash: string): void;
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
];

export function openStore(dbPath: string): Store {
  if (dbPath !== ":memory:") mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }

  const stmts = {
    count: db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM facilitators"),
    insert: db.prepare<[string, string, number]>("INSERT INTO facilitators (username, password_hash, created_at) VALUES (?, ?, ?)"),
    byName: db.prepare<[string], FacilitatorRow>("SELECT * FROM facilitators WHERE username = ?"),
    byId: db.prepare<[number], FacilitatorRow>("SELECT * FROM facilitators WHERE id = ?"),
    list: db.prepare<[], Pick<FacilitatorRow, "id" | "username" | "created_at">>(
      "SELECT id, username, created_at FROM facilitators ORDER BY id",
    ),
    insertSession: db.prepare<[string, number, number]>("INSERT INTO sessions (token_hash, facilitator_id, expires_at) VALUES (?, ?, ?)"),
    findSession: db.prepare<[string, number], { facilitator_id: number }>(
      "SELECT facilitator_id FROM sessions WHERE token_hash = ? AND expires_at > ?",
    ),
    deleteSession: db.prepare<[string]>("DELETE FROM sessions WHERE token_hash = ?"),
    purgeSessions: db.prepare<[number]>("DELETE FROM sessions WHERE expires_at <= ?"),
  };

  return {
    countFacilitators: () => stmts.count.get()?.n ?? 0,
    createFacilitator(username, passwordHash, now) {
      const info = stmts.insert.run(username, passwordHash, now);
      return { id: Number(info.lastInsertRowid), username, password_hash: passwordHash, created_at: now };
    },
    findFacilitatorByName: (username) => stmts.byName.get(username),
    findFacilitator: (id) => stmts.byId.get(id),
    listFacilitators: () => stmts.list.all(),
    createSession(tokenHash, facilitatorId, expiresAt) {
      stmts.purgeSessions.run(Date.now());
      stmts.insertSession.run(tokenHash, facilitatorId, expiresAt);
    },
    findSession: (tokenHash, now) => stmts.findSession.get(tokenHash, now),
    deleteSession: (tokenHash) => void stmts.deleteSession.run(tokenHash),
    close: () => db.close(),
  };
}
