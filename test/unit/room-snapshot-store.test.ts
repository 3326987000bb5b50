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
import { openStore, SCHEMA_VERSION, type Store } from "../../server/store/db.js";
import { FencedError, FIRST_EPOCH, sqliteSnapshotStore, type RoomSnapshot, type RoomSnapshotStore, type SnapshotBatch } from "../../server/store/room-snapshots.js";
import { SnapshotWriter } from "../../server/rooms/snapshot-writer.js";
import { snapshotStoreContract } from "../support/snapshot-store-contract.js";
import { decodeRoom } from "../../server/rooms/room-codec.js";
import { createRoomState } from "../../shared/room/room.js";

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
    file,
    db: opened[0].db,
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

  it("beforeAcks is told the rooms a write held before the acknowledgements go; if it throws, they still go and it is logged", async () => {
    const t = countingStore();
    const logs: string[] = [];
    const order: string[] = [];
    let fail = false;
    const writer = new SnapshotWriter(t.store, {
      log: (l) => logs.push(l),
      onFenced: () => {},
      beforeAcks: (ids) => {
        order.push(`views ${ids.join(",")}`);
        if (fail) throw new Error("a view broke");
      },
    });
    writer.own("r1", FIRST_EPOCH);
    writer.own("r2", FIRST_EPOCH);
    writer.changed("r1", () => snap("r1", 1), true);
    writer.changed("r2", () => snap("r2", 1), true);
    await writer.durable().then(() => order.push("acks"));
    expect(order).toEqual(["views r1,r2", "acks"]);
    fail = true;
    writer.changed("r1", () => snap("r1", 2), true);
    await writer.durable().then(() => order.push("acks"));
    expect(order.slice(2)).toEqual(["views r1", "acks"]);
    expect(logs.join("\n")).toMatch(/sending views before acknowledgements failed: a view broke/);
    // A write of commands alone (no room changed) has no views to send.
    writer.answered({ roomId: "r1", actor: "host", commandId: "c-only", ack: "{}" });
    await writer.durable().then(() => order.push("acks"));
    expect(order.slice(4)).toEqual(["acks"]);
    await t.close();
  });

  it("the finished activities go with a room's first write, then only when they change; a failed write or a new claim sends them again", async () => {
    const t = countingStore();
    let fail = false;
    // Boundary stand-in: the counting store, made to fail a save when told (a full disk).
    const store: RoomSnapshotStore = { ...t.store, save: async (b) => (fail ? (t.batches.push(b), Promise.reject(new Error("disk full"))) : t.store.save(b)) };
    const writer = new SnapshotWriter(store, { log: () => {}, onFenced: () => {} });
    // The codec hands out one string per finished list, so "unchanged" is the same string.
    const early = JSON.stringify([{ id: "a1", kind: "checkin", state: {} }]);
    const later = JSON.stringify([{ id: "a1", kind: "checkin", state: {} }, { id: "a2", kind: "quiz", state: {} }]);
    let finished = early;
    let version = 0;
    const change = async () => {
      const at = ++version;
      const text = finished;
      writer.changed("r1", () => ({ ...snap("r1", at), finished: text }), true);
      await writer.durable();
      return t.batches.at(-1)!.rooms[0].snapshot.finished;
    };
    writer.own("r1", FIRST_EPOCH);
    expect(await change()).toBe(early); // first write: the store has none yet
    expect(await change()).toBeUndefined(); // unchanged: left out, the store keeps its row
    finished = later;
    fail = true;
    expect(await change()).toBe(later); // changed, but this write fails…
    fail = false;
    expect(await change()).toBe(later); // …so the next one carries it again
    expect(await change()).toBeUndefined();
    let [room] = await (await t.reopen()).claimAll();
    expect([room.snapshot.version, room.snapshot.finished]).toEqual([5, later]);
    // Owned again under a new epoch (a restart or a hand-over): its first write carries them.
    writer.own("r1", room.epoch);
    expect(await change()).toBe(later);
    [room] = await (await t.reopen()).claimAll();
    expect([room.snapshot.version, room.snapshot.finished]).toEqual([6, later]);
    await t.close();
  });

  it("pruning asks the store only about rooms that answered something since their last prune, and a failed prune is tried again", async () => {
    const t = sqliteUnderTest();
    const asked: string[] = [];
    let failing = false;
    // Boundary stand-in: the real store, recording which rooms it is asked to prune (and failing when told).
    const store: RoomSnapshotStore = {
      ...t.store,
      pruneCommands: async (roomId, keep) => {
        asked.push(roomId);
        if (failing) throw new Error("database is locked");
        return t.store.pruneCommands(roomId, keep);
      },
    };
    const logs: string[] = [];
    const writer = new SnapshotWriter(store, { log: (l) => logs.push(l), onFenced: () => {} });
    for (const id of ["r1", "r2"]) writer.own(id, FIRST_EPOCH);
    for (const id of ["r1", "r2"]) writer.changed(id, () => snap(id, 1));
    for (let i = 0; i < 5; i++) writer.answered({ roomId: "r1", actor: "seat:a", commandId: `c-${i}`, ack: "{}" });
    await writer.durable();
    const sweep = async () => {
      for (const id of ["r1", "r2"]) await writer.pruneCommands(id, 2);
    };
    await sweep(); // both were just taken over (own): each is pruned once
    expect(asked).toEqual(["r1", "r2"]);
    await sweep(); // nothing answered since: nobody is asked
    expect(asked).toEqual(["r1", "r2"]);
    writer.answered({ roomId: "r2", actor: "seat:b", commandId: "c-9", ack: "{}" });
    await writer.durable();
    failing = true;
    await sweep();
    expect(asked).toEqual(["r1", "r2", "r2"]);
    expect(logs.join("\n")).toMatch(/pruning answered commands failed: database is locked/);
    failing = false;
    await sweep(); // the failed one again, and only it
    expect(asked).toEqual(["r1", "r2", "r2", "r2"]);
    const [r1] = (await (await t.reopen()).claimAll()).filter((r) => r.snapshot.roomId === "r1");
    expect(r1.commands.map((c) => c.commandId)).toEqual(["c-3", "c-4"]);
    await t.close();
  });
});

describe("SQLite snapshot store: the fence in the upsert, pruning, the commands index", () => {
  const stored = (db: Database.Database) => ({
    rooms: db.prepare("SELECT room_id, version, epoch FROM room_snapshots ORDER BY room_id").all(),
    commands: db.prepare("SELECT COUNT(*) AS n FROM room_commands").get(),
  });

  it("a batch where only some rooms are stale is refused whole: every stale id, in batch order, and nothing written (not the new room, not the fresh rooms, not the commands)", async () => {
    const t = sqliteUnderTest();
    const db = openStore(t.file).db;
    try {
      await t.store.save({ rooms: ["r1", "r3"].map((id) => ({ snapshot: snap(id, 1), epoch: FIRST_EPOCH })), commands: [] });
      // Another process claims r1 and r3 (epoch 2); this one still writes them under epoch 1, and makes r2 and r4 after.
      await (await t.reopen()).claimAll();
      await t.store.save({ rooms: ["r2", "r4"].map((id) => ({ snapshot: snap(id, 1), epoch: FIRST_EPOCH })), commands: [] });
      const before = stored(db);
      const save = t.store.save({
        rooms: [
          { snapshot: snap("r0", 5), epoch: FIRST_EPOCH }, // new: would insert
          { snapshot: snap("r3", 5), epoch: FIRST_EPOCH }, // stale
          { snapshot: snap("r2", 5), epoch: FIRST_EPOCH }, // fresh: would update
          { snapshot: snap("r1", 5), epoch: FIRST_EPOCH }, // stale
        ],
        commands: [
          { roomId: "r0", actor: "host", commandId: "c-1", ack: "{}" },
          { roomId: "r2", actor: "seat:a", commandId: "c-2", ack: "{}" },
        ],
      });
      await expect(save).rejects.toBeInstanceOf(FencedError);
      await expect(save).rejects.toMatchObject({ roomIds: ["r3", "r1"] });
      expect(stored(db)).toEqual(before);
      expect(before.commands).toEqual({ n: 0 });
      // The same batch without the stale rooms goes through: the new room is inserted, the fresh one updated.
      await t.store.save({ rooms: [{ snapshot: snap("r0", 5), epoch: FIRST_EPOCH }, { snapshot: snap("r2", 5), epoch: FIRST_EPOCH }], commands: [] });
      expect(stored(db).rooms).toEqual([
        { room_id: "r0", version: 5, epoch: FIRST_EPOCH },
        { room_id: "r1", version: 1, epoch: FIRST_EPOCH + 1 },
        { room_id: "r2", version: 5, epoch: FIRST_EPOCH },
        { room_id: "r3", version: 1, epoch: FIRST_EPOCH + 1 },
        { room_id: "r4", version: 1, epoch: FIRST_EPOCH },
      ]);
    } finally {
      db.close();
      await t.close();
    }
  });

  it("pruning keeps the newest `keep` per actor in order, leaves an actor under it alone, and a room with no more than `keep` in all untouched", async () => {
    const t = sqliteUnderTest();
    try {
      const cmd = (roomId: string, actor: string, commandId: string) => ({ roomId, actor, commandId, ack: `{"id":"${commandId}"}` });
      const r1 = ["a1", "b1", "a2", "a3", "c1", "a4", "a5", "b2", "a6"].map((id) => cmd("r1", id[0] === "a" ? "host" : id[0] === "b" ? "seat:b" : "seat:c", id));
      const r2 = ["x1", "x2", "x3"].map((id) => cmd("r2", "host", id));
      await t.store.save({ rooms: [{ snapshot: snap("r1", 1), epoch: FIRST_EPOCH }, { snapshot: snap("r2", 1), epoch: FIRST_EPOCH }], commands: [...r1, ...r2] });
      await t.store.pruneCommands("r1", 3);
      await t.store.pruneCommands("r2", 3);
      const rooms = Object.fromEntries((await (await t.reopen()).claimAll()).map((c) => [c.snapshot.roomId, c.commands]));
      expect(rooms.r1.map((c) => c.commandId)).toEqual(["b1", "c1", "a4", "a5", "b2", "a6"]);
      expect(rooms.r1[0]).toEqual({ actor: "seat:b", commandId: "b1", ack: '{"id":"b1"}' });
      expect(rooms.r2.map((c) => c.commandId)).toEqual(["x1", "x2", "x3"]);
    } finally {
      await t.close();
    }
  });

  const commandIndexes = (db: Database.Database) =>
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'room_commands' ORDER BY name").all().map((r) => (r as { name: string }).name);

  it("answered commands are indexed by (room, seq) only, and a room's commands are read in seq order from that index with no sort", () => {
    const t = sqliteUnderTest();
    const db = openStore(t.file).db;
    try {
      expect(commandIndexes(db)).toEqual(["room_commands_by_room_seq"]);
      const plan = db.prepare("EXPLAIN QUERY PLAN SELECT actor, command_id, ack FROM room_commands WHERE room_id = ? ORDER BY seq").all("r1");
      const details = plan.map((row) => (row as { detail: string }).detail).join("\n");
      expect(details).toMatch(/USING INDEX room_commands_by_room_seq/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    } finally {
      db.close();
      void t.close();
    }
  });

  it("a file from two builds before (the (room, actor, seq) index) is migrated: the old index goes, the new one comes, the rows stay", async () => {
    const t = sqliteUnderTest();
    await t.store.save({ rooms: [{ snapshot: snap("r1", 1), epoch: FIRST_EPOCH }], commands: [{ roomId: "r1", actor: "host", commandId: "c-1", ack: "{}" }] });
    await t.close();
    // Put the file back to that schema version exactly as that build left it.
    const raw = new Database(t.file);
    raw.exec("DROP TABLE room_finished; DROP INDEX room_commands_by_room_seq; CREATE INDEX room_commands_by_room ON room_commands(room_id, actor, seq);");
    raw.pragma(`user_version = ${SCHEMA_VERSION - 2}`);
    raw.close();
    const next = openStore(t.file);
    try {
      expect(next.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(commandIndexes(next.db)).toEqual(["room_commands_by_room_seq"]);
      const [room] = await sqliteSnapshotStore(next.db).claimAll();
      expect(room.commands.map((c) => c.commandId)).toEqual(["c-1"]);
    } finally {
      next.close();
    }
  });

  it("a file from the build before (no room_finished table, bodies that hold their finished runs) is migrated and its rooms come back whole", async () => {
    const t = sqliteUnderTest();
    await t.close();
    const state = createRoomState({ id: "r1", code: "CR1", ownerId: 7, now: 1_000 });
    const old = { ...state, finished: [{ id: "a1", kind: "checkin", state: { answers: {} } }] };
    const raw = new Database(t.file);
    raw.exec("DROP TABLE room_finished");
    raw.prepare("INSERT INTO room_snapshots (room_id, code, owner_id, epoch, version, body, idle_since, seen_at) VALUES ('r1', 'CR1', 7, 1, 1, ?, NULL, 1000)")
      .run(JSON.stringify({ format: 1, screenToken: "s", state: old }));
    raw.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    raw.close();
    const next = openStore(t.file);
    try {
      expect(next.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      const [room] = await sqliteSnapshotStore(next.db).claimAll();
      expect(room.snapshot.finished).toBeUndefined();
      expect(decodeRoom(room.snapshot.body, room.snapshot.finished)).toEqual({ state: old, screenToken: "s" });
    } finally {
      next.close();
    }
  });

  it("the finished activities are a row of their own: written when a save carries them, kept while saves leave them out, wiped with the room", async () => {
    const t = sqliteUnderTest();
    try {
      const finishedRows = () => t.db.prepare("SELECT room_id, body FROM room_finished ORDER BY room_id").all();
      await t.store.save({ rooms: [{ snapshot: { ...snap("r1", 1), finished: '[{"id":"a"}]' }, epoch: FIRST_EPOCH }, { snapshot: { ...snap("r2", 1), finished: "[]" }, epoch: FIRST_EPOCH }], commands: [] });
      await t.store.save({ rooms: [{ snapshot: snap("r1", 2), epoch: FIRST_EPOCH }], commands: [] });
      expect(finishedRows()).toEqual([{ room_id: "r1", body: '[{"id":"a"}]' }, { room_id: "r2", body: "[]" }]);
      let claimed = await (await t.reopen()).claimAll();
      expect(claimed.map((c) => [c.snapshot.roomId, c.snapshot.version, c.snapshot.finished])).toEqual([["r1", 2, '[{"id":"a"}]'], ["r2", 1, "[]"]]);
      // A stale save carrying new finished runs changes neither row.
      const stale = t.store.save({ rooms: [{ snapshot: { ...snap("r1", 3), finished: '[{"id":"late"}]' }, epoch: FIRST_EPOCH }], commands: [] });
      await expect(stale).rejects.toBeInstanceOf(FencedError);
      expect(finishedRows()).toEqual([{ room_id: "r1", body: '[{"id":"a"}]' }, { room_id: "r2", body: "[]" }]);
      await t.store.remove(["r1"]);
      expect(finishedRows()).toEqual([{ room_id: "r2", body: "[]" }]);
      claimed = await (await t.reopen()).claimAll();
      expect(claimed.map((c) => c.snapshot.roomId)).toEqual(["r2"]);
    } finally {
      await t.close();
    }
  });

  it("a never-migrated file with the old index (accounts in PostgreSQL) gets the new one from the store itself", () => {
    const t = sqliteUnderTest();
    void t.close();
    const raw = new Database(path.join(path.dirname(t.file), "raw.db"));
    try {
      raw.exec(`CREATE TABLE room_snapshots (room_id TEXT PRIMARY KEY, code TEXT NOT NULL, owner_id INTEGER NOT NULL, epoch INTEGER NOT NULL,
          version INTEGER NOT NULL, body TEXT NOT NULL, idle_since INTEGER, seen_at INTEGER NOT NULL);
        CREATE TABLE room_commands (room_id TEXT NOT NULL REFERENCES room_snapshots(room_id) ON DELETE CASCADE, seq INTEGER PRIMARY KEY,
          actor TEXT NOT NULL, command_id TEXT NOT NULL, ack TEXT NOT NULL);
        CREATE INDEX room_commands_by_room ON room_commands(room_id, actor, seq);`);
      sqliteSnapshotStore(raw);
      expect(commandIndexes(raw)).toEqual(["room_commands_by_room_seq"]);
    } finally {
      raw.close();
    }
  });
});
