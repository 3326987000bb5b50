/**
 * The SQLite room snapshot store against the store contract (a real database
 * file in a temp folder, reopened as a restarted process would), and the
 * snapshot writer's group commit over it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { openStore, type Store } from "../../server/store/db.js";
import { FencedError, FIRST_EPOCH, sqliteSnapshotStore, type RoomSnapshot, type RoomSnapshotStore, type SnapshotBatch } from "../../server/store/room-snapshots.js";
import { SnapshotWriter } from "../../server/rooms/snapshot-writer.js";
import { snapshotStoreContract } from "../support/snapshot-store-contract.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function sqliteUnderTest() {
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-store-"));
  dirs.push(dir);
  const file = path.join(dir, "sammen.db");
  const opened: Store[] = [openStore(file)];
  return {
    store: sqliteSnapshotStore(opened[0].db),
    reopen: async () => {
      const s = openStore(file);
      opened.push(s);
      return sqliteSnapshotStore(s.db);
    },
    close: async () => {
      for (const s of opened) s.close();
    },
  };
}

snapshotStoreContract("SQLite", async () => sqliteUnderTest());

/** A SQLite file nobody migrated (accounts in PostgreSQL with DATABASE_URL): the store makes its own tables. */
snapshotStoreContract("SQLite, file never migrated", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-store-raw-"));
  dirs.push(dir);
  const file = path.join(dir, "sammen.db");
  const opened: Database.Database[] = [];
  const open = () => {
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    opened.push(db);
    return sqliteSnapshotStore(db);
  };
  return { store: open(), reopen: async () => open(), close: async () => opened.forEach((db) => db.close()) };
});

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const snap = (roomId: string, version: number): RoomSnapshot => ({ roomId, code: "ABCD", ownerId: 1, version, body: `{"v":${version}}`, idleSince: null, seenAt: 1 });

/** The real SQLite store, counting the batches it is given. */
function countingStore() {
  const t = sqliteUnderTest();
  const batches: SnapshotBatch[] = [];
  const store: RoomSnapshotStore = { ...t.store, save: async (batch) => (batches.push(batch), t.store.save(batch)) };
  return { ...t, store, batches };
}

describe("SnapshotWriter: group commit", () => {
  it("many changes and answers in one turn are one write, and durable() resolves only after it", async () => {
    const t = countingStore();
    const writer = new SnapshotWriter(t.store, { log: () => {}, onFenced: () => {} });
    writer.own("r1", FIRST_EPOCH);
    writer.own("r2", FIRST_EPOCH);
    // Like a live room: capture() reads the room's state as it is when the write happens.
    const latest: Record<string, number> = {};
    for (let i = 0; i < 50; i++) {
      const room = i % 2 ? "r1" : "r2";
      latest[room] = i + 1;
      writer.changed(room, () => snap(room, latest[room]));
      writer.answered({ roomId: "r1", actor: "seat:a", commandId: `c-${i}`, ack: "{}" });
    }
    let done = false;
    const durable = writer.durable().then(() => (done = true));
    expect(t.batches).toHaveLength(0); // never synchronous
    await durable;
    expect(done).toBe(true);
    expect(t.batches).toHaveLength(1);
    expect(t.batches[0].rooms.map((r) => r.snapshot.roomId).sort()).toEqual(["r1", "r2"]);
    expect(t.batches[0].commands).toHaveLength(50);
    // The latest state of each room is what was written.
    const claimed = await (await t.reopen()).claimAll();
    expect(Object.fromEntries(claimed.map((c) => [c.snapshot.roomId, c.snapshot.version]))).toEqual({ r1: 50, r2: 49 });
    await t.close();
  });

  it("a change nobody waits for is written within lazyMs, not on the next turn", async () => {
    const t = countingStore();
    const writer = new SnapshotWriter(t.store, { log: () => {}, onFenced: () => {}, lazyMs: 80 });
    writer.own("r1", FIRST_EPOCH);
    writer.changed("r1", () => snap("r1", 1));
    await nextTurn();
    expect(t.batches).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 150));
    expect(t.batches).toHaveLength(1);
    await t.close();
  });

  it("a failing store: the acknowledgement still goes out, the writer reports unhealthy, and the next write succeeds", async () => {
    const t = countingStore();
    let fail = true;
    // Boundary stand-in: the real store, made to fail its next save (a full disk).
    const flaky: RoomSnapshotStore = { ...t.store, save: async (b) => (fail ? Promise.reject(new Error("disk full")) : t.store.save(b)) };
    const logs: string[] = [];
    const writer = new SnapshotWriter(flaky, { log: (l) => logs.push(l), onFenced: () => {} });
    writer.own("r1", FIRST_EPOCH);
    writer.changed("r1", () => snap("r1", 1));
    await writer.durable();
    expect(writer.unhealthy).toBe(true);
    expect(logs.join("\n")).toMatch(/snapshot write failed: disk full/);
    fail = false;
    writer.changed("r1", () => snap("r1", 2));
    await writer.durable();
    expect(writer.unhealthy).toBe(false);
    expect((await (await t.reopen()).claimAll())[0].snapshot.version).toBe(2);
    await t.close();
  });

  it("a fenced room is let go (onFenced) and the rest of its batch is still written", async () => {
    const t = countingStore();
    const writer = new SnapshotWriter(t.store, { log: () => {}, onFenced: (ids) => fenced.push(...ids) });
    const fenced: string[] = [];
    writer.own("r1", FIRST_EPOCH);
    writer.own("r2", FIRST_EPOCH);
    writer.changed("r1", () => snap("r1", 1));
    await writer.durable();
    await (await t.reopen()).claimAll(); // another owner takes r1 (epoch 2)
    writer.changed("r1", () => snap("r1", 2));
    writer.changed("r2", () => snap("r2", 1));
    await writer.durable();
    expect(fenced).toEqual(["r1"]);
    const rooms = await (await t.reopen()).claimAll();
    expect(rooms.map((r) => [r.snapshot.roomId, r.snapshot.version]).sort()).toEqual([["r1", 1], ["r2", 1]]);
    // Once let go, nothing more is written for it.
    writer.changed("r1", () => snap("r1", 3));
    await writer.durable();
    expect(t.batches.at(-1)!.rooms.map((r) => r.snapshot.roomId)).not.toContain("r1");
    expect(new FencedError(["x"]).roomIds).toEqual(["x"]);
    await t.close();
  });
});
