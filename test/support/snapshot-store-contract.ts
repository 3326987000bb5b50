/**
 * What every RoomSnapshotStore must do (server/store/room-snapshots.ts), as a
 * reusable suite: the SQLite store runs it in test/unit/room-snapshot-store.test.ts,
 * and a store on another backend (Redis for scale-out) can run the same one.
 */
import { describe, expect, it } from "vitest";
import { FencedError, FIRST_EPOCH, type RoomSnapshot, type RoomSnapshotStore } from "../../server/store/room-snapshots.js";

export interface StoreUnderTest {
  store: RoomSnapshotStore;
  /** A second handle on the same data, as a process started after a crash would open it. */
  reopen(): Promise<RoomSnapshotStore>;
  close(): Promise<void>;
}

const snap = (roomId: string, version: number, body = `{"v":${version}}`, seenAt = 1_000): RoomSnapshot => ({
  roomId,
  code: `C${roomId.toUpperCase()}`,
  ownerId: 7,
  version,
  body,
  idleSince: null,
  seenAt,
});

export function snapshotStoreContract(name: string, make: () => Promise<StoreUnderTest>): void {
  describe(`${name}: the room snapshot store contract`, () => {
    it("a saved room comes back on the next claim with a higher epoch, its latest body and its answered commands", async () => {
      const t = await make();
      try {
        await t.store.save({ rooms: [{ snapshot: snap("r1", 1), epoch: FIRST_EPOCH }], commands: [{ roomId: "r1", actor: "host", commandId: "c-0001", ack: '{"ok":true,"version":1}' }] });
        await t.store.save({ rooms: [{ snapshot: snap("r1", 2), epoch: FIRST_EPOCH }], commands: [{ roomId: "r1", actor: "seat:a", commandId: "c-0002", ack: '{"ok":true,"version":2}' }] });
        const next = await t.reopen();
        const claimed = await next.claimAll();
        expect(claimed).toHaveLength(1);
        expect(claimed[0].epoch).toBe(FIRST_EPOCH + 1);
        expect(claimed[0].snapshot).toEqual(snap("r1", 2));
        expect(claimed[0].commands).toEqual([
          { actor: "host", commandId: "c-0001", ack: '{"ok":true,"version":1}' },
          { actor: "seat:a", commandId: "c-0002", ack: '{"ok":true,"version":2}' },
        ]);
      } finally {
        await t.close();
      }
    });

    it("a write under a stale epoch is refused whole (FencedError) and changes nothing", async () => {
      const t = await make();
      try {
        await t.store.save({ rooms: [{ snapshot: snap("r1", 1), epoch: FIRST_EPOCH }], commands: [] });
        const next = await t.reopen();
        await next.claimAll(); // a new owner: epoch 2
        const stale = t.store.save({
          rooms: [{ snapshot: snap("r2", 1), epoch: FIRST_EPOCH }, { snapshot: snap("r1", 9), epoch: FIRST_EPOCH }],
          commands: [{ roomId: "r1", actor: "host", commandId: "c-late", ack: "{}" }],
        });
        await expect(stale).rejects.toBeInstanceOf(FencedError);
        await expect(stale).rejects.toMatchObject({ roomIds: ["r1"] });
        const after = await (await t.reopen()).claimAll();
        expect(after.map((c) => [c.snapshot.roomId, c.snapshot.version, c.commands.length])).toEqual([["r1", 1, 0]]);
      } finally {
        await t.close();
      }
    });

    it("remove wipes the room and its commands; the others stay", async () => {
      const t = await make();
      try {
        await t.store.save({
          rooms: [{ snapshot: snap("r1", 1), epoch: FIRST_EPOCH }, { snapshot: snap("r2", 1, "{}", 2_000), epoch: FIRST_EPOCH }],
          commands: [
            { roomId: "r1", actor: "host", commandId: "c-1", ack: "{}" },
            { roomId: "r2", actor: "host", commandId: "c-2", ack: "{}" },
          ],
        });
        await t.store.remove(["r1"]);
        const left = await (await t.reopen()).claimAll();
        expect(left.map((c) => c.snapshot.roomId)).toEqual(["r2"]);
        expect(left[0].commands.map((c) => c.commandId)).toEqual(["c-2"]);
      } finally {
        await t.close();
      }
    });

    it("touch moves seenAt (idle expiry across a restart counts from it); pruning keeps the newest commands per actor", async () => {
      const t = await make();
      try {
        const commands = Array.from({ length: 6 }, (_, i) => ({ roomId: "r1", actor: i % 2 ? "seat:a" : "host", commandId: `c-${i}`, ack: "{}" }));
        await t.store.save({ rooms: [{ snapshot: snap("r1", 1), epoch: FIRST_EPOCH }], commands });
        await t.store.touch(["r1"], 5_000);
        await t.store.pruneCommands("r1", 2);
        const [room] = await (await t.reopen()).claimAll();
        expect(room.snapshot.seenAt).toBe(5_000);
        expect(room.commands.map((c) => c.commandId)).toEqual(["c-2", "c-3", "c-4", "c-5"]);
      } finally {
        await t.close();
      }
    });
  });
}
