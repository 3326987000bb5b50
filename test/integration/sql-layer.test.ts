/**
 * The query layer under every store, against a real SQLite file and a real
 * PostgreSQL 15: the same portable SQL gives the same answers; a failed
 * transaction changes nothing; migrations run once, also when two processes
 * start together, and a database newer than the build is refused.
 */
import { afterAll, describe, expect, it } from "vitest";
import { migrate, openPostgres, openSqlite, toPgPlaceholders, type Migration, type SqlDb } from "../../server/store/sql.js";
import { postgresBackend, sqliteBackend, type DatabaseBackend } from "../support/databases.js";

const backends: DatabaseBackend[] = [sqliteBackend(), postgresBackend()];
const opened: SqlDb[] = [];
afterAll(async () => {
  for (const db of opened) await db.close().catch(() => undefined);
  for (const b of backends) await b.stop();
});

async function open(backend: DatabaseBackend): Promise<SqlDb> {
  const where = await backend.fresh();
  const db = where.sqlitePath ? openSqlite(where.sqlitePath) : openPostgres(where.databaseUrl!);
  opened.push(db);
  return db;
}

const NOTES: Migration[] = [
  {
    sqlite: "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, at INTEGER NOT NULL)",
    postgres: "CREATE TABLE notes (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title TEXT NOT NULL, at BIGINT NOT NULL)",
  },
  { sql: "CREATE UNIQUE INDEX notes_title ON notes (lower(title))" },
];

describe("toPgPlaceholders", () => {
  it("numbers every ? outside quotes", () => {
    expect(toPgPlaceholders("SELECT * FROM t WHERE a = ? AND b = '?' AND \"c?\" = ?")).toBe(`SELECT * FROM t WHERE a = $1 AND b = '?' AND "c?" = $2`);
  });
});

describe.each(backends.map((b) => [b.name, b] as const))("sql layer on %s", (_name, backend) => {
  it("inserts with RETURNING, reads ms timestamps and counts back as numbers, and reports changes", async () => {
    const db = await open(backend);
    await migrate(db, NOTES);
    const now = Date.now();
    const a = await db.get<{ id: number }>("INSERT INTO notes (title, at) VALUES (?, ?) RETURNING id", ["Første", now]);
    const b = await db.get<{ id: number }>("INSERT INTO notes (title, at) VALUES (?, ?) RETURNING id", ["Andre", now + 1]);
    expect(typeof a!.id).toBe("number");
    expect(b!.id).toBeGreaterThan(a!.id);
    const rows = await db.all<{ title: string; at: number }>("SELECT title, at FROM notes ORDER BY at");
    expect(rows).toEqual([
      { title: "Første", at: now },
      { title: "Andre", at: now + 1 },
    ]);
    expect(await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM notes")).toEqual({ n: 2 });
    expect(await db.run("UPDATE notes SET at = ? WHERE title = ?", [1, "nobody"])).toEqual({ changes: 0 });
    expect(await db.run("UPDATE notes SET at = at + 1", [])).toEqual({ changes: 2 });
    // The unique index is case-insensitive in both dialects.
    await expect(db.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["andre".toUpperCase(), 0])).rejects.toThrow();
  });

  it("commits a transaction whole, and a failed one changes nothing", async () => {
    const db = await open(backend);
    await migrate(db, NOTES);
    await db.transaction(async (tx) => {
      await tx.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["en", 1]);
      await tx.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["to", 2]);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["tre", 3]);
        await tx.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["EN", 4]); // duplicate: fails
      }),
    ).rejects.toThrow();
    expect((await db.all<{ title: string }>("SELECT title FROM notes ORDER BY at")).map((r) => r.title)).toEqual(["en", "to"]);
    // Work outside a transaction waits for it and is not part of it.
    const inside = db.transaction(async (tx) => {
      await tx.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["fire", 5]);
      throw new Error("changed my mind");
    });
    const outside = db.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["fem", 6]);
    await expect(inside).rejects.toThrow("changed my mind");
    await outside;
    expect((await db.all<{ title: string }>("SELECT title FROM notes ORDER BY at")).map((r) => r.title)).toEqual(["en", "to", "fem"]);
  });

  it("migrates once, also when two openers race, and refuses a database newer than the build", async () => {
    const where = await backend.fresh();
    const openIt = () => {
      const db = where.sqlitePath ? openSqlite(where.sqlitePath) : openPostgres(where.databaseUrl!);
      opened.push(db);
      return db;
    };
    const [d1, d2] = [openIt(), openIt()];
    if (backend.name === "postgres") await Promise.all([migrate(d1, NOTES), migrate(d2, NOTES)]);
    else {
      await migrate(d1, NOTES);
      await migrate(d2, NOTES);
    }
    await migrate(d1, NOTES); // again: nothing to do
    await d1.run("INSERT INTO notes (title, at) VALUES (?, ?)", ["kept", 1]);
    await expect(migrate(d2, NOTES.slice(0, 1))).rejects.toThrow(/newer than this build/);
    expect(await d2.all("SELECT title FROM notes")).toEqual([{ title: "kept" }]);
  });
});
