/**
 * The room snapshot store: where a live room's post-state is kept so a crash or
 * restart loses nothing acknowledged. One interface, two implementations here
 * (SQLite, the default, and "off" for measuring what snapshots cost); a Redis
 * one for scale-out fits the same shape: every call is awaitable, and every
 * write is fenced by the epoch the writer got when it claimed the room.
 *
 * What is stored and when it is wiped: docs/privacy.md ("Crash-recovery snapshots").
 */
import type Database from "better-sqlite3";

/** One room's saved state. `body` is opaque here (server/rooms/room-codec.ts reads it). */
export interface RoomSnapshot {
  roomId: string;
  code: string;
  ownerId: number;
  version: number;
  body: string;
  /**
   * The room's finished activities (server/rooms/room-codec.ts). In a save, left out when they are
   * the same as in this room's last save under the same epoch: the store then keeps what it has.
   * From a claim, what the store has (absent for a room written by an older build, whose body
   * holds them).
   */
  finished?: string;
  /** When the room last had no client connected; null while one is. */
  idleSince: number | null;
  /** Last time the owning process vouched for the room (a save or a heartbeat). */
  seenAt: number;
}

/** An idempotency entry: the first answer a room gave to an actor's commandId. */
export interface CommandRecord {
  roomId: string;
  actor: string;
  commandId: string;
  ack: string;
}

/** A new room is written under this epoch; claiming a stored room raises its epoch by one. */
export const FIRST_EPOCH = 1;

/** A room as it comes back at start: its snapshot, the epoch this process now owns it under, its answered commands. */
export interface ClaimedRoom {
  snapshot: RoomSnapshot;
  epoch: number;
  commands: Omit<CommandRecord, "roomId">[];
}

/** What one durable write holds: the rooms that changed since the last one and the commands they answered. */
export interface SnapshotBatch {
  rooms: { snapshot: RoomSnapshot; epoch: number }[];
  commands: CommandRecord[];
}

/** A write refused because another owner claimed the room since (its epoch is higher). */
export class FencedError extends Error {
  constructor(readonly roomIds: string[]) {
    super(`Room(s) ${roomIds.join(", ")} are owned by another process now.`);
    this.name = "FencedError";
  }
}

export interface RoomSnapshotStore {
  /** False for the "off" store: rooms then live in memory only. */
  readonly durable: boolean;
  /** Take over every stored room (epoch + 1 each) and return them, oldest first. */
  claimAll(): Promise<ClaimedRoom[]>;
  /** Write a batch in one transaction. Rejects with FencedError (writing nothing) if any epoch is stale. */
  save(batch: SnapshotBatch): Promise<void>;
  /** Heartbeat: the rooms are alive at `seenAt` (so idle expiry across a restart counts from here). */
  touch(roomIds: string[], seenAt: number): Promise<void>;
  /**
   * Wipe rooms and everything stored for them in one transaction, then make the
   * bytes unrecoverable from the database files (see the SQLite implementation).
   */
  remove(roomIds: string[]): Promise<void>;
  /** Keep only the newest `keep` commands per actor of a room. */
  pruneCommands(roomId: string, keep: number): Promise<void>;
}

/** Snapshots off: nothing is written; rooms are lost on a crash (the behaviour before snapshots, for the bench). */
export function memoryOnlySnapshotStore(): RoomSnapshotStore {
  return {
    durable: false,
    claimAll: async () => [],
    save: async () => {},
    touch: async () => {},
    remove: async () => {},
    pruneCommands: async () => {},
  };
}

const SNAPSHOT_TABLES = `
  CREATE TABLE IF NOT EXISTS room_snapshots (
    room_id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    idle_since INTEGER,
    seen_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS room_finished (
    room_id TEXT PRIMARY KEY REFERENCES room_snapshots(room_id) ON DELETE CASCADE,
    body TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS room_commands (
    room_id TEXT NOT NULL REFERENCES room_snapshots(room_id) ON DELETE CASCADE,
    seq INTEGER PRIMARY KEY,
    actor TEXT NOT NULL,
    command_id TEXT NOT NULL,
    ack TEXT NOT NULL
  );
  -- Older builds indexed (room_id, actor, seq): see the last migration in db.ts.
  DROP INDEX IF EXISTS room_commands_by_room;
  CREATE INDEX IF NOT EXISTS room_commands_by_room_seq ON room_commands(room_id, seq);`;

interface SnapshotRow {
  room_id: string;
  code: string;
  owner_id: number;
  epoch: number;
  version: number;
  body: string;
  idle_since: number | null;
  seen_at: number;
  finished: string | null;
}

/**
 * The default store, in the embedded database (tables room_snapshots and
 * room_commands, server/store/db.ts). better-sqlite3 is synchronous, so every
 * method has finished its work before its promise is returned: a save is on
 * disk (in the WAL, which survives a killed process) when the call returns.
 */
export function sqliteSnapshotStore(db: Database.Database): RoomSnapshotStore {
  // The same tables as the SQLite migration in db.ts. Made here too (if missing) for a file that
  // was never migrated: with DATABASE_URL the accounts live in PostgreSQL, and without REDIS_URL
  // the snapshots still belong in the local SQLite file.
  db.exec(SNAPSHOT_TABLES);
  const stmts = {
    all: db.prepare<[], SnapshotRow>(
      "SELECT s.*, f.body AS finished FROM room_snapshots s LEFT JOIN room_finished f ON f.room_id = s.room_id ORDER BY s.seen_at",
    ),
    bump: db.prepare<[string]>("UPDATE room_snapshots SET epoch = epoch + 1 WHERE room_id = ?"),
    commands: db.prepare<[string], { actor: string; command_id: string; ack: string }>(
      "SELECT actor, command_id, ack FROM room_commands WHERE room_id = ? ORDER BY seq",
    ),
    upsert: db.prepare<[string, string, number, number, number, string, number | null, number]>(
      `INSERT INTO room_snapshots (room_id, code, owner_id, epoch, version, body, idle_since, seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(room_id) DO UPDATE SET version = excluded.version, body = excluded.body,
         idle_since = excluded.idle_since, seen_at = excluded.seen_at
       WHERE room_snapshots.epoch = excluded.epoch`,
    ),
    // Only when the room's upsert went through (same transaction, so the epoch fence covers it).
    upsertFinished: db.prepare<[string, string]>(
      "INSERT INTO room_finished (room_id, body) VALUES (?, ?) ON CONFLICT(room_id) DO UPDATE SET body = excluded.body",
    ),
    insertCommand: db.prepare<[string, string, string, string]>("INSERT INTO room_commands (room_id, actor, command_id, ack) VALUES (?, ?, ?, ?)"),
    touch: db.prepare<[number, string]>("UPDATE room_snapshots SET seen_at = ? WHERE room_id = ?"),
    removeCommands: db.prepare<[string]>("DELETE FROM room_commands WHERE room_id = ?"),
    removeFinished: db.prepare<[string]>("DELETE FROM room_finished WHERE room_id = ?"),
    removeRoom: db.prepare<[string]>("DELETE FROM room_snapshots WHERE room_id = ?"),
    countCommands: db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM room_commands WHERE room_id = ?"),
    overKeep: db.prepare<[string, number], { actor: string }>(
      "SELECT actor FROM room_commands WHERE room_id = ? GROUP BY actor HAVING COUNT(*) > ? LIMIT 1",
    ),
    // Newest first per actor; everything past the first `keep` goes.
    prune: db.prepare<[string, number]>(
      `DELETE FROM room_commands WHERE seq IN (
         SELECT seq FROM (
           SELECT seq, row_number() OVER (PARTITION BY actor ORDER BY seq DESC) AS newer FROM room_commands WHERE room_id = ?
         ) WHERE newer > ?)`,
    ),
  };

  const claimAll = db.transaction((): ClaimedRoom[] =>
    stmts.all.all().map((row) => {
      stmts.bump.run(row.room_id);
      const epoch = row.epoch + 1;
      return {
        epoch,
        snapshot: {
          roomId: row.room_id,
          code: row.code,
          ownerId: row.owner_id,
          version: row.version,
          body: row.body,
          ...(row.finished === null ? {} : { finished: row.finished }),
          idleSince: row.idle_since,
          seenAt: row.seen_at,
        },
        commands: stmts.commands.all(row.room_id).map((c) => ({ actor: c.actor, commandId: c.command_id, ack: c.ack })),
      };
    }),
  );

  const save = db.transaction((batch: SnapshotBatch) => {
    const stale: string[] = [];
    for (const { snapshot: s, epoch } of batch.rooms) {
      // The fence is the upsert's WHERE: a stored row under another epoch is left as it is (no change).
      if (stmts.upsert.run(s.roomId, s.code, s.ownerId, epoch, s.version, s.body, s.idleSince, s.seenAt).changes === 0) stale.push(s.roomId);
      else if (s.finished !== undefined) stmts.upsertFinished.run(s.roomId, s.finished);
    }
    // Throwing inside the transaction rolls every write of the batch back.
    if (stale.length) throw new FencedError(stale);
    for (const c of batch.commands) stmts.insertCommand.run(c.roomId, c.actor, c.commandId, c.ack);
  });

  const touch = db.transaction((roomIds: string[], seenAt: number) => {
    for (const id of roomIds) stmts.touch.run(seenAt, id);
  });

  const remove = db.transaction((roomIds: string[]) => {
    for (const id of roomIds) {
      stmts.removeCommands.run(id);
      stmts.removeFinished.run(id);
      stmts.removeRoom.run(id);
    }
  });

  const prune = db.transaction((roomId: string, keep: number) => {
    // The index has no actor (with one, every write was slower: bench/NOTES.md, issue #19, fifth
    // session). A room with at most `keep` commands in all (most rooms) is done after a count on the
    // index; else one pass finds whether any actor is over `keep` (usually none, once pruned), and
    // one more deletes.
    if (stmts.countCommands.get(roomId)!.n > keep && stmts.overKeep.get(roomId, keep)) stmts.prune.run(roomId, keep);
  });

  return {
    durable: true,
    claimAll: async () => claimAll(),
    save: async (batch) => {
      if (batch.rooms.length || batch.commands.length) save(batch);
    },
    touch: async (roomIds, seenAt) => {
      if (roomIds.length) touch(roomIds, seenAt);
    },
    remove: async (roomIds) => {
      if (!roomIds.length) return;
      remove(roomIds);
      // secure_delete zeroed the freed pages in the main file, but the WAL still holds the old
      // page images: copy the WAL back into the main file and truncate it to zero bytes.
      const [result] = db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
      // Busy means a reader kept old frames alive; the next wipe (or the next start) truncates them.
      if (result?.busy) throw new Error("the WAL could not be truncated (busy); the wipe finishes at the next checkpoint");
    },
    pruneCommands: async (roomId, keep) => void prune(roomId, keep),
  };
}
