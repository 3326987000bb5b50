/**
 * The account store against a real SQLite file and a real PostgreSQL 15, the
 * same tests for both: names unique without regard to case, sessions that
 * expire, one first admin even when two setups race, bad input refused with
 * nothing changed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ACCOUNT_MIGRATIONS, sqlAccountStore } from "../../server/store/accounts.js";
import { migrate, openPostgres, openSqlite, type SqlDb } from "../../server/store/sql.js";
import { postgresBackend, sqliteBackend, type DatabaseBackend } from "../support/databases.js";

const backends: DatabaseBackend[] = [sqliteBackend(), postgresBackend()];
const opened: SqlDb[] = [];
afterAll(async () => {
  for (const db of opened) await db.close().catch(() => undefined);
  for (const b of backends) await b.stop();
});

async function fresh(backend: DatabaseBackend) {
  const where = await backend.fresh();
  const open = () => {
    const db = where.sqlitePath ? openSqlite(where.sqlitePath) : openPostgres(where.databaseUrl!);
    opened.push(db);
    return db;
  };
  const db = open();
  await migrate(db, ACCOUNT_MIGRATIONS);
  return { db, store: sqlAccountStore(db), open };
}

describe.each(backends.map((b) => [b.name, b] as const))("account store on %s", (_name, backend) => {
  it("creates, finds (case-insensitively) and lists facilitators; a taken name is refused and changes nothing", async () => {
    const { store } = await fresh(backend);
    expect(await store.countFacilitators()).toBe(0);
    const now = Date.now();
    const a = await store.createFacilitator("Leder1", "hash-a", now, true);
    expect(a).toEqual({ id: a.id, username: "Leder1", password_hash: "hash-a", created_at: now, is_admin: 1 });
    const b = await store.createFacilitator("leder2", "hash-b", now + 1, false);
    expect(b.id).toBeGreaterThan(a.id);
    expect(await store.findFacilitatorByName("LEDER1")).toEqual(a);
    expect(await store.findFacilitatorByName("leder1")).toEqual(a);
    expect(await store.findFacilitator(b.id)).toEqual(b);
    expect(await store.findFacilitator(9999)).toBeUndefined();
    await expect(store.createFacilitator("LEDER2", "x", now, false)).rejects.toThrow();
    expect(await store.countFacilitators()).toBe(2);
    expect(await store.listFacilitators()).toEqual([
      { id: a.id, username: "Leder1", created_at: now, is_admin: 1 },
      { id: b.id, username: "leder2", created_at: now + 1, is_admin: 0 },
    ]);
    await store.updatePasswordHash(a.id, "hash-a2");
    expect((await store.findFacilitator(a.id))?.password_hash).toBe("hash-a2");
  });

  it("makes exactly one first admin when two setups race (PostgreSQL: from two connections)", async () => {
    const { store, open } = await fresh(backend);
    // SQLite has one connection per process (its transactions queue on it); PostgreSQL's race
    // is between processes, so it gets a second pool.
    const other = backend.name === "postgres" ? sqlAccountStore(open()) : store;
    // Open the pools' connections first, so the tries really run at the same time.
    await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? other : store).countFacilitators()));
    const tries = Array.from({ length: 8 }, (_, i) => (i % 2 ? other : store).createFirstFacilitator(`leder${i}`, `h${i}`, i));
    expect((await Promise.all(tries)).filter((r) => r !== null)).toHaveLength(1);
    expect(await store.countFacilitators()).toBe(1);
    expect((await store.listFacilitators())[0].is_admin).toBe(1);
    expect(await store.createFirstFacilitator("tredje", "h3", 3)).toBeNull();
  });

  it("keeps sessions until they expire and forgets them on logout and when their account goes", async () => {
    const { store, db } = await fresh(backend);
    const f = await store.createFacilitator("leder", "h", 1, true);
    const now = Date.now();
    await store.createSession("tok-1", "sid-1", f.id, now + 60_000);
    await store.createSession("tok-2", "sid-2", f.id, now + 10);
    expect(await store.findSession("tok-1", now)).toEqual({ facilitator_id: f.id, sid: "sid-1", expires_at: now + 60_000 });
    expect(await store.sessionAlive("sid-1", now)).toBe(true);
    expect(await store.findSession("tok-2", now + 11)).toBeUndefined();
    expect(await store.sessionAlive("sid-2", now + 11)).toBe(false);
    expect(await store.sessionAlive("nobody", now)).toBe(false);
    await store.deleteSession("tok-1");
    expect(await store.findSession("tok-1", now)).toBeUndefined();
    expect(await store.sessionAlive("sid-1", now)).toBe(false);
    // A duplicate public session id is refused.
    await store.createSession("tok-3", "sid-3", f.id, now + 60_000);
    await expect(store.createSession("tok-4", "sid-3", f.id, now + 60_000)).rejects.toThrow();
    // Sessions belong to their account.
    if (db.dialect === "sqlite") await db.exec("PRAGMA foreign_keys = ON");
    await db.run("DELETE FROM facilitators WHERE id = ?", [f.id]);
    expect(await store.findSession("tok-3", now)).toBeUndefined();
  });

  it("treats hostile names as plain text", async () => {
    const { store } = await fresh(backend);
    const name = "x'); DROP TABLE facilitators; --";
    const row = await store.createFacilitator(name, "h", 1, false);
    expect(await store.findFacilitatorByName(name)).toEqual(row);
    expect(await store.countFacilitators()).toBe(1);
  });
});
