/**
 * A lease owner in its own process, for the paused-owner test: it takes the
 * room's lease, then tries a fenced write every 50 ms whatever it believes,
 * printing one JSON line per event, so a test can SIGSTOP and SIGCONT it.
 * Env: REDIS_URL, ROOM_ID, LEASE_MS, KEY.
 */
import { Redis } from "ioredis";
import { RoomLeases } from "../../server/cluster/room-lease.js";

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);
const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 1 });
const roomId = process.env.ROOM_ID!;
const key = process.env.KEY!;
const ttlMs = Number(process.env.LEASE_MS);
const leases = new RoomLeases(redis, {
  ownerId: `worker:${process.pid}`,
  ttlMs,
  keepEpochMs: 60_000,
  onLost: (room, reason) => say({ lost: room, reason }),
});
const got = await leases.acquire(roomId);
if (!got.ok) {
  say({ refused: got });
  process.exit(2);
}
say({ acquired: got.epoch });
let n = 0;
setInterval(() => {
  n += 1;
  const i = n;
  // Deliberately not asking epochOf first: the worst case is a write already decided on.
  leases.fencedWrite(roomId, got.epoch, key, `worker:${i}`, 60_000).then(
    (ok) => say({ write: i, ok, believesOwner: leases.epochOf(roomId) !== undefined }),
    (error: Error) => say({ write: i, error: error.message }),
  );
}, 50);
