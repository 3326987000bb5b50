/**
 * Group commit of room snapshots. A room that changed is marked dirty. When
 * someone waits for `durable()` (an acknowledgement, a seat claim), every dirty
 * room's post-state and every answered commandId go to the store in one write
 * on the next turn of the event loop: nothing acknowledged can be lost by a
 * crash, and a burst of N intents in one I/O batch costs one write, not N.
 * Changes nobody waits for (activity ticks, live input, presence) are written
 * within `lazyMs`, so a 10 Hz game does not rewrite its room 10 times a second.
 */
import type { CommandRecord, RoomSnapshot, RoomSnapshotStore, SnapshotBatch } from "../store/room-snapshots.js";
import { FencedError } from "../store/room-snapshots.js";

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export interface SnapshotWriterOptions {
  log: (line: string) => void;
  /** Another process claimed these rooms: this one must let them go without wiping them. */
  onFenced: (roomIds: string[]) => void;
  /** Longest wait before a change nobody waits for is written. */
  lazyMs?: number;
  /**
   * Called after a write, before the acknowledgements that waited for it go out, with the rooms it
   * held: the registry sends those rooms' queued console and screen updates first.
   */
  beforeAcks?: (roomIds: string[]) => void;
}

export class SnapshotWriter {
  private readonly epochs = new Map<string, number>();
  /** Rooms that answered a command since their last prune: only those can have more to prune. */
  private readonly unpruned = new Set<string>();
  private dirty = new Map<string, () => RoomSnapshot>();
  /**
   * The finished-activities text each room's last successful write under its current epoch
   * carried. A capture whose text is the same (the codec hands out one string per finished list)
   * is saved without it, and the store keeps the one it has: most writes then rewrite only the
   * small body (room-codec.ts). Forgotten whenever the room's epoch or owner changes, so the first
   * write after a claim always carries it.
   */
  private readonly writtenFinished = new Map<string, string>();
  private commands: CommandRecord[] = [];
  /** Settles when the batch being collected now is written. */
  private collecting: Deferred | null = null;
  private writing: Promise<void> | null = null;
  /** A write is due on the next turn (someone waits) or on the lazy timer. */
  private soon: NodeJS.Immediate | null = null;
  private later: NodeJS.Timeout | null = null;
  private failing = false;
  /** The wipes asked for in this turn, done together on the next (see remove). */
  private wipes: { ids: string[]; done: Promise<void> } | null = null;
  /** Writes, rooms written and time spent, for the operator's numbers and the bench. */
  readonly stats = { writes: 0, rooms: 0, commands: 0, ms: 0 };

  constructor(
    private readonly store: RoomSnapshotStore,
    private readonly options: SnapshotWriterOptions,
  ) {}

  get enabled(): boolean {
    return this.store.durable;
  }

  /** True while the last write failed (readiness reports it). */
  get unhealthy(): boolean {
    return this.failing;
  }

  own(roomId: string, epoch: number): void {
    this.epochs.set(roomId, epoch);
    this.writtenFinished.delete(roomId);
    // A room taken over may come with its whole history of commands: pruned at the next sweep.
    this.unpruned.add(roomId);
  }

  /**
   * The room changed; `capture` is called at write time, so the latest state is what is written.
   * `awaited`: an acknowledgement will wait for this change, so the write is queued for the next
   * turn now, ahead of the fan-out work the same change schedules (then `beforeAcks` sends the
   * consoles and screens, then the acknowledgements go; the guarantee is unchanged: written, then
   * acked).
   */
  changed(roomId: string, capture: () => RoomSnapshot, awaited = false): void {
    if (!this.store.durable || !this.epochs.has(roomId)) return;
    this.dirty.set(roomId, capture);
    this.collect();
    if (awaited) this.writeSoon();
  }

  answered(record: CommandRecord): void {
    if (!this.store.durable || !this.epochs.has(record.roomId)) return;
    this.commands.push(record);
    this.unpruned.add(record.roomId);
    this.collect();
  }

  /** Resolves once everything marked so far is written; the write happens on the next turn. */
  durable(): Promise<void> {
    if (!this.collecting) return this.writing ?? Promise.resolve();
    this.writeSoon();
    return this.collecting.promise;
  }

  private writeSoon(): void {
    if (!this.soon && !this.writing) this.soon = setImmediate(() => void this.run());
  }

  /** Write what is pending now (graceful stop). */
  async flush(): Promise<void> {
    if (this.writing) await this.writing;
    if (this.collecting) await this.run();
  }

  /** Heartbeat for rooms a client is still in. */
  async touch(roomIds: string[], seenAt: number): Promise<void> {
    const owned = roomIds.filter((id) => this.epochs.has(id));
    try {
      await this.store.touch(owned, seenAt);
    } catch (error) {
      this.options.log(`[sammen] snapshot heartbeat failed: ${String(error)}`);
    }
  }

  /** Stop writing rooms that another process owns now; what the store has of them stays. */
  disown(roomIds: string[]): void {
    const gone = new Set(roomIds);
    for (const id of roomIds) this.forgetRoom(id);
    this.commands = this.commands.filter((c) => !gone.has(c.roomId));
  }

  private forgetRoom(id: string): void {
    this.dirty.delete(id);
    this.epochs.delete(id);
    this.unpruned.delete(id);
    this.writtenFinished.delete(id);
  }

  /**
   * Wipe rooms: nothing pending for them is written any more, and the store deletes all it has.
   * Wipes asked for in one turn are done together: each wipe ends with a WAL truncation (SQLite),
   * and ending 250 rooms at once, one truncation each, held the event loop for about 3 s
   * (bench/NOTES.md). The promise settles when this room's wipe, with its batch, is done.
   */
  remove(roomIds: string[]): Promise<void> {
    for (const id of roomIds) this.forgetRoom(id);
    const gone = new Set(roomIds);
    this.commands = this.commands.filter((c) => !gone.has(c.roomId));
    if (!this.wipes) {
      const batch = { ids: [] as string[], done: Promise.resolve() };
      batch.done = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        this.wipes = null;
        if (this.writing) await this.writing;
        await this.store.remove(batch.ids);
      });
      this.wipes = batch;
    }
    this.wipes.ids.push(...roomIds);
    return this.wipes.done;
  }

  /**
   * Keep a room's newest `keep` commands per actor. A room that answered nothing since its last
   * prune has nothing new to drop and is skipped: the once-a-minute sweep would otherwise ask the
   * store about every live room, a query or three each (bench/NOTES.md).
   */
  async pruneCommands(roomId: string, keep: number): Promise<void> {
    if (!this.epochs.has(roomId) || !this.unpruned.delete(roomId)) return;
    try {
      await this.store.pruneCommands(roomId, keep);
    } catch (error) {
      // Tried again at the next sweep; a prune that fails loses nothing.
      if (this.epochs.has(roomId)) this.unpruned.add(roomId);
      this.options.log(`[sammen] pruning answered commands failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private collect(): void {
    if (this.collecting) return;
    this.collecting = deferred();
    if (this.writing) return;
    this.later = setTimeout(() => void this.run(), this.options.lazyMs ?? 1_000);
    this.later.unref();
  }

  private async run(): Promise<void> {
    if (this.soon) clearImmediate(this.soon);
    if (this.later) clearTimeout(this.later);
    this.soon = null;
    this.later = null;
    const done = this.collecting;
    if (!done) return;
    this.collecting = null;
    const dirty = this.dirty;
    const commands = this.commands;
    this.dirty = new Map();
    this.commands = [];
    const batch: SnapshotBatch = { rooms: [], commands };
    for (const [roomId, capture] of dirty) {
      const epoch = this.epochs.get(roomId);
      if (epoch === undefined) continue;
      const snapshot = capture();
      if (snapshot.finished !== undefined && snapshot.finished === this.writtenFinished.get(roomId)) delete snapshot.finished;
      batch.rooms.push({ snapshot, epoch });
    }
    const write = this.write(batch);
    this.writing = write;
    await write;
    this.writing = null;
    if (this.options.beforeAcks && batch.rooms.length) {
      try {
        this.options.beforeAcks(batch.rooms.map((r) => r.snapshot.roomId));
      } catch (error) {
        // The acknowledgements must go out whatever a view does.
        this.options.log(`[sammen] sending views before acknowledgements failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    done.resolve();
    // Collected while writing: someone may already wait for it, so write on the next turn.
    if (this.collecting) this.soon = setImmediate(() => void this.run());
  }

  private async write(batch: SnapshotBatch): Promise<void> {
    const started = performance.now();
    try {
      await this.store.save(batch);
      this.failing = false;
    } catch (error) {
      if (error instanceof FencedError) {
        const lost = new Set(error.roomIds);
        for (const id of lost) {
          this.epochs.delete(id);
          this.writtenFinished.delete(id);
        }
        this.options.onFenced(error.roomIds);
        await this.write({ rooms: batch.rooms.filter((r) => !lost.has(r.snapshot.roomId)), commands: batch.commands.filter((c) => !lost.has(c.roomId)) });
        return;
      }
      // The change is applied in memory and its acknowledgement still goes out; the operator
      // sees the failure in the log and on /api/ready, and the room is written again next time.
      this.failing = true;
      this.options.log(`[sammen] snapshot write failed: ${error instanceof Error ? error.message : String(error)}`);
      for (const { snapshot } of batch.rooms) if (!this.dirty.has(snapshot.roomId) && this.epochs.has(snapshot.roomId)) this.dirty.set(snapshot.roomId, () => snapshot);
      this.commands.unshift(...batch.commands.filter((c) => this.epochs.has(c.roomId)));
      return;
    } finally {
      this.stats.ms += performance.now() - started;
    }
    for (const { snapshot } of batch.rooms) {
      if (snapshot.finished !== undefined && this.epochs.has(snapshot.roomId)) this.writtenFinished.set(snapshot.roomId, snapshot.finished);
    }
    this.stats.writes++;
    this.stats.rooms += batch.rooms.length;
    this.stats.commands += batch.commands.length;
  }
}
