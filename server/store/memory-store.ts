/**
 * The group's memory (docs/series.md, "The group's memory"): one row per meeting a group
 * remembers, and its items, on the shared query layer (server/store/sql.ts), so
 * SQLite and PostgreSQL run the same statements.
 *
 * What the two tables can hold, and nothing else: the group's id, the meeting's
 * key and title, the lamps lit, a version and the time it was saved; and per
 * item its kind (`strength` / `garden`: an id of a content list; `words` /
 * `learned` / `theme`: the leader's own text) and its place in the list. There
 * is no column a seat id, an avatar or a child's text could go in
 * (test/integration/memory-privacy.test.ts reads the bytes).
 */
import type { MemoryEntry, MemoryRecord } from "../../shared/series/memory.js";
import type { Migration, SqlDb } from "./sql.js";
import type { UpdateResult } from "./series-store.js";

export type MemorySaveResult = UpdateResult<MemoryRecord> | { ok: false; reason: "FULL" };

export interface MemoryStore {
  /** The group's remembered meetings, oldest first. */
  listMemory(groupId: string): Promise<MemoryRecord[]>;
  /**
   * Save one meeting's memory. `expectedVersion` 0 makes a new entry (VERSION_CONFLICT if it
   * exists); otherwise the stored version must match and goes up by one. NOT_FOUND when the
   * group (or, for an update, the entry) is gone; FULL when the group holds `maxEntries` already.
   */
  saveMemory(groupId: string, key: string, expectedVersion: number, entry: MemoryEntry, now: number, maxEntries: number): Promise<MemorySaveResult>;
  deleteMemory(groupId: string, key: string): Promise<boolean>;
}

const memoryTables = (ms: string) => `
  CREATE TABLE group_memory (
    group_id TEXT NOT NULL REFERENCES series_groups(id) ON DELETE CASCADE,
    meeting_key TEXT NOT NULL,
    title TEXT NOT NULL,
    lamps INTEGER NOT NULL,
    version INTEGER NOT NULL,
    saved_at ${ms} NOT NULL,
    PRIMARY KEY (group_id, meeting_key)
  );
  CREATE TABLE group_memory_items (
    group_id TEXT NOT NULL,
    meeting_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('strength', 'garden', 'words', 'learned', 'theme')),
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (group_id, meeting_key, kind, position),
    FOREIGN KEY (group_id, meeting_key) REFERENCES group_memory(group_id, meeting_key) ON DELETE CASCADE
  );`;

export const MEMORY_MIGRATION: Migration = { sqlite: memoryTables("INTEGER"), postgres: memoryTables("BIGINT") };

/** Item kinds, and which list of an entry each one is. */
const ITEM_KINDS = [
  ["strength", "strengths"],
  ["garden", "garden"],
  ["words", "words"],
  ["learned", "learned"],
  ["theme", "themes"],
] as const satisfies readonly (readonly [string, keyof MemoryEntry])[];

interface EntryRow {
  meeting_key: string;
  title: string;
  lamps: number;
  version: number;
  saved_at: number;
}
interface ItemRow {
  meeting_key: string;
  kind: string;
  value: string;
}

const SQL = {
  entries: "SELECT meeting_key, title, lamps, version, saved_at FROM group_memory WHERE group_id = ? ORDER BY saved_at, meeting_key",
  entry: "SELECT meeting_key, title, lamps, version, saved_at FROM group_memory WHERE group_id = ? AND meeting_key = ?",
  items: "SELECT meeting_key, kind, value FROM group_memory_items WHERE group_id = ? ORDER BY meeting_key, kind, position",
  count: "SELECT COUNT(*) AS n FROM group_memory WHERE group_id = ?",
  // Only for a group that exists; a second save of the same meeting conflicts instead of overwriting.
  insert:
    "INSERT INTO group_memory (group_id, meeting_key, title, lamps, version, saved_at) SELECT id, ?, ?, ?, 1, ? FROM series_groups WHERE id = ? " +
    "ON CONFLICT (group_id, meeting_key) DO NOTHING",
  update: "UPDATE group_memory SET title = ?, lamps = ?, version = version + 1, saved_at = ? WHERE group_id = ? AND meeting_key = ? AND version = ?",
  clearItems: "DELETE FROM group_memory_items WHERE group_id = ? AND meeting_key = ?",
  insertItem: "INSERT INTO group_memory_items (group_id, meeting_key, kind, position, value) VALUES (?, ?, ?, ?, ?)",
  group: "SELECT id FROM series_groups WHERE id = ?",
  delete: "DELETE FROM group_memory WHERE group_id = ? AND meeting_key = ?",
};

function recordOf(row: EntryRow, items: readonly ItemRow[]): MemoryRecord {
  const mine = items.filter((i) => i.meeting_key === row.meeting_key);
  const list = (kind: string) => mine.filter((i) => i.kind === kind).map((i) => i.value);
  const entry = { title: row.title, lamps: row.lamps } as MemoryEntry;
  for (const [kind, field] of ITEM_KINDS) (entry as Record<string, unknown>)[field] = list(kind);
  return { key: row.meeting_key, version: row.version, savedAt: row.saved_at, entry };
}

export function sqlMemoryStore(db: SqlDb): MemoryStore {
  const read = async (q: SqlDb, groupId: string, key: string): Promise<MemoryRecord | undefined> => {
    const row = await q.get<EntryRow>(SQL.entry, [groupId, key]);
    return row ? recordOf(row, (await q.all<ItemRow>(SQL.items, [groupId])).filter((i) => i.meeting_key === key)) : undefined;
  };
  return {
    async listMemory(groupId) {
      const items = await db.all<ItemRow>(SQL.items, [groupId]);
      return (await db.all<EntryRow>(SQL.entries, [groupId])).map((r) => recordOf(r, items));
    },

    saveMemory: (groupId, key, expected, entry, now, maxEntries) =>
      db.transaction(async (tx): Promise<MemorySaveResult> => {
        if (!(await tx.get(SQL.group, [groupId]))) return { ok: false, reason: "NOT_FOUND" };
        if (expected === 0) {
          const existing = await tx.get<EntryRow>(SQL.entry, [groupId, key]);
          if (existing) return { ok: false, reason: "VERSION_CONFLICT", current: existing.version };
          const n = (await tx.get<{ n: number }>(SQL.count, [groupId]))?.n ?? 0;
          if (Number(n) >= maxEntries) return { ok: false, reason: "FULL" };
          await tx.run(SQL.insert, [key, entry.title, entry.lamps, now, groupId]);
        } else {
          const { changes } = await tx.run(SQL.update, [entry.title, entry.lamps, now, groupId, key, expected]);
          if (changes !== 1) {
            const current = await tx.get<EntryRow>(SQL.entry, [groupId, key]);
            return current ? { ok: false, reason: "VERSION_CONFLICT", current: current.version } : { ok: false, reason: "NOT_FOUND" };
          }
        }
        await tx.run(SQL.clearItems, [groupId, key]);
        for (const [kind, field] of ITEM_KINDS) {
          const values = entry[field] as readonly string[];
          for (let i = 0; i < values.length; i++) await tx.run(SQL.insertItem, [groupId, key, kind, i, values[i]]);
        }
        const saved = await read(tx, groupId, key);
        return saved ? { ok: true, record: saved } : { ok: false, reason: "NOT_FOUND" };
      }),

    deleteMemory: async (groupId, key) => (await db.run(SQL.delete, [groupId, key])).changes === 1,
  };
}
