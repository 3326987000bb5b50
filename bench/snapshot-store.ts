/**
 * Microbenchmark of the SQLite snapshot store's save (server/store/room-snapshots.ts), alone:
 * no server, no sockets. Every room's body is the real encoding of a room with 8 seats and a
 * running check-in, 250 live rooms walked in turn; by default a batch holds 5 rooms and 13
 * answered commands (a burst's 770 room rows and 2,000 commands over 150 writes).
 *
 *   node --import tsx bench/snapshot-store.ts [--batches 3000] [--runs 5] [--rooms 5] [--commands 13] [--earlier 0]
 *
 * `--rooms 100 --commands 260` is the shape the bench's s3 phase actually wrote (its snapshot
 * stats: 155 writes, 15,360 rooms). `--earlier N` gives each room N finished check-ins before the
 * running one (s3's rooms have ten by their tenth round). The database is a temp file opened by the server's own
 * openStore (same pragmas and schema), removed at the end. Prints wall and CPU µs per batch for
 * each run and their medians; CPU (process.cpuUsage) is the steadier figure on a shared machine.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { activityKinds } from "../shared/activities/registry.js";
import { ALL_AVATARS } from "../shared/content/avatars.js";
import { FEELING_IDS, STRENGTHS } from "../shared/content/feelings.js";
import { isRejection } from "../shared/errors.js";
import { createRoomCore } from "../shared/room/core.js";
import { seededRandom } from "../shared/room/random.js";
import { createRoomState, type RoomClock, type RoomResult, type RoomState } from "../shared/room/room.js";
import { encodeRoom } from "../server/rooms/room-codec.js";
import { openStore } from "../server/store/db.js";
import { FIRST_EPOCH, sqliteSnapshotStore, type CommandRecord, type SnapshotBatch } from "../server/store/room-snapshots.js";

const { values: opts } = parseArgs({
  options: {
    batches: { type: "string", default: "3000" },
    runs: { type: "string", default: "5" },
    rooms: { type: "string", default: "5" },
    commands: { type: "string", default: "13" },
    earlier: { type: "string", default: "0" },
  },
});
const BATCHES = Number(opts.batches);
const RUNS = Number(opts.runs);
const ROOMS_PER_BATCH = Number(opts.rooms);
const COMMANDS_PER_BATCH = Number(opts.commands);
/** Check-ins each room ran before the running one: they are its `finished` list, which grows through a session. */
const EARLIER = Number(opts.earlier);
/** The burst's room count: batches walk over them, so rows are updated, not only inserted. */
const LIVE_ROOMS = 250;
const SEATS = 8;

const core = createRoomCore(activityKinds);
const random = seededRandom(19);
let ids = 0;
const clock = (now: number): RoomClock => ({ now, random, newId: () => `id${(ids++).toString(36)}` });
const ok = (r: RoomResult): RoomState => {
  if (isRejection(r)) throw new Error(r.message);
  return r;
};

/** A room of 8 present seats with a check-in running and `answered` of them answered, encoded as the server stores it. */
function roomBody(roomId: string, answered: number): { body: string; finished: string; seatIds: string[]; version: number } {
  const now = 1_800_000_000_000;
  let state = createRoomState({ id: roomId, code: "ABCDE", ownerId: 1, now });
  const seatIds = Array.from({ length: SEATS }, (_, i) => `${roomId}-seat-${i}`);
  seatIds.forEach((seatId, i) => {
    state = ok(core.addSeat(state, seatId, ALL_AVATARS[i], clock(now)));
    state = core.setPresence(state, seatId, "present", clock(now));
  });
  for (let run = 0; run <= EARLIER; run++) {
    // Starting the next check-in archives the one before into `finished`.
    state = ok(core.startActivity(state, "checkin", { moment: "checkin" }, clock(now)));
    const activityId = state.activity!.id;
    for (const seatId of run === EARLIER ? seatIds.slice(0, answered) : seatIds) {
      const action = { type: "answer", feeling: FEELING_IDS[Math.floor(random() * FEELING_IDS.length)], strength: STRENGTHS[1] };
      state = ok(core.actOnActivity(state, activityId, action, { role: "seat", seatId }, clock(now + 1_000)));
    }
  }
  const { body, finished } = encodeRoom({ state, screenToken: "s".repeat(43) });
  return { body, finished, seatIds, version: state.version };
}

const rooms = Array.from({ length: LIVE_ROOMS }, (_, i) => ({ roomId: `room-${i.toString().padStart(4, "0")}`, ...roomBody(`room-${i}`, 4) }));
const bodyBytes = rooms.map((r) => Buffer.byteLength(r.body)).sort((a, b) => a - b);
const finishedBytes = rooms.map((r) => Buffer.byteLength(r.finished)).sort((a, b) => a - b);

let commandSerial = 0;
let cursor = 0;
function nextBatch(seenAt: number): SnapshotBatch {
  const batch: SnapshotBatch = { rooms: [], commands: [] };
  for (let i = 0; i < ROOMS_PER_BATCH; i++) {
    const r = rooms[cursor++ % LIVE_ROOMS];
    r.version++;
    batch.rooms.push({
      snapshot: { roomId: r.roomId, code: "ABCDE", ownerId: 1, version: r.version, body: r.body, idleSince: null, seenAt },
      epoch: FIRST_EPOCH,
    });
  }
  for (let i = 0; i < COMMANDS_PER_BATCH; i++) {
    const r = batch.rooms[i % batch.rooms.length].snapshot;
    const command: CommandRecord = {
      roomId: r.roomId,
      actor: `seat:${r.roomId}-seat-${i % SEATS}`,
      commandId: `c${(commandSerial++).toString(36).padStart(20, "0")}`,
      ack: `{"ok":true,"version":${r.version}}`,
    };
    batch.commands.push(command);
  }
  return batch;
}

const dir = mkdtempSync(path.join(tmpdir(), "sammen-snapbench-"));
const store = openStore(path.join(dir, "sammen.db"));
try {
  const snapshots = sqliteSnapshotStore(store.db);
  // Every room exists before the timed runs, as in a burst (the rooms were made before it began),
  // with its finished activities; the timed saves leave them out, as the snapshot writer does
  // while they are unchanged.
  await snapshots.save({
    rooms: rooms.map((r) => ({ snapshot: { roomId: r.roomId, code: "ABCDE", ownerId: 1, version: r.version, body: r.body, finished: r.finished, idleSince: null, seenAt: 0 }, epoch: FIRST_EPOCH })),
    commands: [],
  });
  // Warm-up (JIT, page cache), not counted.
  for (let i = 0; i < 500; i++) await snapshots.save(nextBatch(i));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const batches = Array.from({ length: BATCHES }, (_, i) => nextBatch(i));
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (const batch of batches) await snapshots.save(batch);
    wall.push(Number(process.hrtime.bigint() - start) / 1_000 / BATCHES);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / BATCHES);
    // Like the server's pruning: the command log stays bounded instead of growing run after run.
    for (const r of rooms) await snapshots.pruneCommands(r.roomId, 20);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const line = (values: number[]) => `${values.map((v) => v.toFixed(0)).join(", ")}; median ${median(values).toFixed(1)}`;
  console.log(
    `bodies ${bodyBytes[0]}-${bodyBytes.at(-1)} bytes (finished activities ${finishedBytes[0]}-${finishedBytes.at(-1)}, written once); ${ROOMS_PER_BATCH} rooms + ${COMMANDS_PER_BATCH} commands per batch; ${BATCHES} batches x ${RUNS} runs`,
  );
  console.log(`wall µs per batch: ${line(wall)}`);
  console.log(`CPU µs per batch (user + system): ${line(cpu)}`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
