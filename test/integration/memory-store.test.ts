/**
 * The group's memory store (server/store/memory-store.ts) against a real
 * SQLite file and a real PostgreSQL, with the same statements: an entry
 * round-trips with its lists in order; a second "new" save of a meeting, a
 * stale version, a missing group and a full memory are refused and change
 * nothing; deleting an entry or the group takes its items with it; and the
 * two tables have exactly the columns docs/series.md names.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../server/store/db.js";
import { memoryEntrySchema, type MemoryEntry } from "../../shared/series/memory.js";
import { groupSchema } from "../../shared/series/group.js";
import { postgresBackend, sqliteBackend, type DatabaseBackend } from "../support/databases.js";

const backends: DatabaseBackend[] = [sqliteBackend(), postgresBackend()];
let dir: string;
const stores: Store[] = [];
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sammen-memory-"));
});
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});
afterAll(async () => {
  for (const b of backends) await b.stop();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (over: Partial<MemoryEntry> = {}): MemoryEntry =>
  memoryEntrySchema.parse({
    title: "Møte 3: Hva er psykisk sykdom?",
    lamps: 4,
    strengths: ["cooperated", "listened"],
    garden: ["modig", "hjelpsom"],
    words: ["Dere hjalp hverandre med tårnet"],
    learned: ["Det er ikke barnas skyld", "Alle føler seg lei seg noen ganger"],
    themes: ["Hva psykisk sykdom er"],
    ...over,
  });

const COLUMNS = {
  group_memory: ["group_id", "lamps", "meeting_key", "saved_at", "title", "version"],
  group_memory_items: ["group_id", "kind", "meeting_key", "position", "value"],
};

describe.each(backends.map((b) => [b.name, b] as const))("group memory store on %s", (name, backend) => {
  async function fresh() {
    const where = await backend.fresh();
    const s = where.sqlitePath ? openStore(where.sqlitePath) : openStore(path.join(dir, "unused.db"), { databaseUrl: where.databaseUrl! });
    stores.push(s);
    await s.ready();
    const by = (await s.createFacilitator("leder1", "x", 1, true)).id;
    const g = await s.createGroup(groupSchema.parse({ name: "Torsdagsgruppa", ageBand: "8-10", language: "nb", k: 3 }), by, 1);
    /** A query on the engine itself, outside the store. */
    const raw = async <R>(sql: string, params: string[] = []): Promise<R[]> => {
      if (where.sqlitePath) return s.db.prepare(sql).all(...params) as R[];
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: where.databaseUrl! });
      await client.connect();
      try {
        return (await client.query(sql.replace(/\?/g, () => "$1"), params)).rows as R[];
      } finally {
        await client.end();
      }
    };
    return { s, g: g.id, by, raw };
  }

  it("an entry round-trips with its lists in order; saving again needs the version", async () => {
    const { s, g } = await fresh();
    const first = await s.saveMemory(g, "m03", 0, entry(), 1000, 40);
    expect(first).toEqual({ ok: true, record: { key: "m03", version: 1, savedAt: 1000, entry: entry() } });
    // A second "new" save of the same meeting is a conflict, not an overwrite.
    expect(await s.saveMemory(g, "m03", 0, entry({ title: "Annet" }), 1100, 40)).toEqual({ ok: false, reason: "VERSION_CONFLICT", current: 1 });
    const edited = entry({ learned: ["Det er ikke barnas skyld"], garden: [], lamps: 5 });
    expect(await s.saveMemory(g, "m03", 1, edited, 1200, 40)).toEqual({ ok: true, record: { key: "m03", version: 2, savedAt: 1200, entry: edited } });
    // A stale version is refused and changes nothing.
    expect(await s.saveMemory(g, "m03", 1, entry({ title: "Gammel" }), 1300, 40)).toEqual({ ok: false, reason: "VERSION_CONFLICT", current: 2 });
    expect(await s.listMemory(g)).toEqual([{ key: "m03", version: 2, savedAt: 1200, entry: edited }]);
    // Ordered by when they were saved.
    await s.saveMemory(g, "m04", 0, entry({ title: "Møte 4", themes: [] }), 2000, 40);
    expect((await s.listMemory(g)).map((r) => r.key)).toEqual(["m03", "m04"]);
  });

  it("a missing group or entry is NOT_FOUND, a full memory is FULL, and neither writes anything", async () => {
    const { s, g } = await fresh();
    expect(await s.saveMemory("no-such-group", "m01", 0, entry(), 1, 40)).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await s.saveMemory(g, "m01", 3, entry(), 1, 40)).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await s.listMemory(g)).toEqual([]);
    expect(await s.listMemory("no-such-group")).toEqual([]);
    await s.saveMemory(g, "m01", 0, entry(), 1, 2);
    await s.saveMemory(g, "m02", 0, entry(), 2, 2);
    expect(await s.saveMemory(g, "m03", 0, entry(), 3, 2)).toEqual({ ok: false, reason: "FULL" });
    expect((await s.listMemory(g)).map((r) => r.key)).toEqual(["m01", "m02"]);
  });

  it("deleting an entry or the group takes its items; the tables have exactly the named columns", async () => {
    const { s, g, by, raw } = await fresh();
    const other = (await s.createGroup(groupSchema.parse({ name: "Andre", ageBand: "11+", language: "nn", k: 3 }), by, 1)).id;
    await s.saveMemory(g, "m01", 0, entry(), 1, 40);
    await s.saveMemory(g, "m02", 0, entry(), 2, 40);
    await s.saveMemory(other, "m01", 0, entry({ title: "Den andre gruppa" }), 3, 40);
    expect(await s.deleteMemory(g, "m01")).toBe(true);
    expect(await s.deleteMemory(g, "m01")).toBe(false);
    expect((await s.listMemory(g)).map((r) => r.key)).toEqual(["m02"]);
    expect(await s.deleteGroup(g)).toBe(true);
    expect(await s.listMemory(g)).toEqual([]);
    // The other group's memory is untouched.
    expect((await s.listMemory(other)).map((r) => r.entry.title)).toEqual(["Den andre gruppa"]);

    const columns = async (table: string): Promise<string[]> =>
      name === "sqlite"
        ? (await raw<{ name: string }>("SELECT name FROM pragma_table_info(?)", [table])).map((c) => c.name).sort()
        : (await raw<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])).map((c) => c.column_name).sort();
    expect(await columns("group_memory")).toEqual(COLUMNS.group_memory);
    expect(await columns("group_memory_items")).toEqual(COLUMNS.group_memory_items);
    // Only the other group's items remain: nothing orphaned by the cascades.
    expect((await raw<{ group_id: string }>("SELECT DISTINCT group_id FROM group_memory_items")).map((i) => i.group_id)).toEqual([other]);
  });
});

