/**
 * Microbenchmark of one live room's work per answer, alone: no sockets, no snapshots. 250 live
 * rooms (server/rooms/live-room.ts) of 8 tablets, a host and a screen, each running a check-in;
 * each step every room gets one tablet's answer (`command`), then that tablet's own update is
 * taken as its acknowledgement would (`takeSeatUpdate`), then the room's leading-edge fan-out runs
 * on the next turn (views built, compared, patches encoded; the outbox drops them). 20 ms between
 * steps, so every answer gets a flush of its own, as an answer in a loaded burst does.
 *
 *   node --import tsx bench/fanout-flush.ts [--rounds 30] [--runs 3]
 *
 * Prints µs per answer for the three parts, per run and the median of the runs: wall time of the
 * loops, and beside it the process's CPU time (user + system, `process.cpuUsage`, so garbage
 * collection on helper threads counts too), which moves less when other processes share the
 * machine. Run it alone on a quiet machine for wall figures.
 */
import { parseArgs } from "node:util";
import { LiveRoom, type RoomOutbox } from "../server/rooms/live-room.js";
import { activityKinds } from "../shared/activities/registry.js";
import { ALL_AVATARS } from "../shared/content/avatars.js";
import { createRoomCore } from "../shared/room/core.js";
import { seededRandom } from "../shared/room/random.js";
import { createRoomState } from "../shared/room/room.js";

const { values: opts } = parseArgs({
  options: { rounds: { type: "string", default: "30" }, runs: { type: "string", default: "3" } },
});
const ROUNDS = Number(opts.rounds);
const RUNS = Number(opts.runs);
const ROOMS = 250;
const TABLETS = 8;

const core = createRoomCore(activityKinds);
const links = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "s".repeat(43) };
const nothing = () => {};
const outbox: RoomOutbox = { toHosts: nothing, toScreens: nothing, toSeat: nothing, closeSeat: nothing, closeAll: nothing, moveAll: nothing };
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const FEELINGS = ["glad", "rolig", "trist", "sint"] as const;

type Parts = { command: number; take: number; flush: number };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function run(): Promise<{ wall: Parts; cpu: Parts }> {
  let serial = 0;
  const id = () => `b${(++serial).toString(36).padStart(8, "0")}`;
  const rooms = Array.from({ length: ROOMS }, (_, r) => {
    const room = new LiveRoom(createRoomState({ id: `r${r}`, code: "ABCDE", ownerId: 1, now: Date.now() }), {
      core,
      outbox,
      links,
      presenceGraceMs: 60_000,
      fanoutWindowMs: 16,
      presenceFanoutMs: 200,
      maxSeats: 48,
      now: () => Date.now(),
      random: seededRandom(r + 1),
      newSeatId: () => `seat${id()}`,
      onEnded: nothing,
    });
    const seats = ALL_AVATARS.slice(0, TABLETS).map((avatar) => {
      const claim = room.claimSeat(avatar);
      if (!claim.ok) throw new Error(claim.message);
      room.connect({ role: "seat", seatId: claim.seatId });
      room.envelopeFor({ role: "seat", seatId: claim.seatId });
      return claim.seatId;
    });
    for (const role of ["host", "screen"] as const) {
      room.connect({ role });
      room.envelopeFor({ role });
    }
    return { room, seats };
  });
  const spent = { command: 0, take: 0, flush: 0 };
  const cpu = { command: 0, take: 0, flush: 0 };
  let answers = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const { room } of rooms) room.command({ role: "host" }, "activity:start", { commandId: id(), kind: "checkin", config: { moment: "checkin", askStrength: true } });
    await sleep(20);
    for (let i = 0; i < TABLETS; i++) {
      const a = performance.now();
      const ca = cpuMs();
      for (const { room, seats } of rooms) {
        const activityId = room.snapshot().activity!.id;
        room.command({ role: "seat", seatId: seats[i] }, "activity:act", { commandId: id(), activityId, action: { type: "answer", feeling: FEELINGS[(i + round) % 4] } });
      }
      const b = performance.now();
      const cb = cpuMs();
      for (const { room, seats } of rooms) room.takeSeatUpdate(seats[i]);
      const c = performance.now();
      const cc = cpuMs();
      await turn();
      const d = performance.now();
      const cd = cpuMs();
      spent.command += b - a;
      spent.take += c - b;
      spent.flush += d - c;
      cpu.command += cb - ca;
      cpu.take += cc - cb;
      cpu.flush += cd - cc;
      answers += ROOMS;
      await sleep(20);
    }
  }
  for (const { room } of rooms) room.end("ended");
  const per = (ms: number) => (ms / answers) * 1000;
  const perPart = (p: Parts): Parts => ({ command: per(p.command), take: per(p.take), flush: per(p.flush) });
  return { wall: perPart(spent), cpu: perPart(cpu) };
}

const line = (p: Parts) => `command ${p.command.toFixed(1)} µs, takeSeatUpdate ${p.take.toFixed(1)} µs, flush turn ${p.flush.toFixed(1)} µs per answer`;
const results: { wall: Parts; cpu: Parts }[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = await run();
  results.push(r);
  console.log(`run ${i + 1}: ${line(r.wall)} (CPU ${line(r.cpu)})`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medians = (pick: (r: { wall: Parts; cpu: Parts }) => Parts): Parts => ({
  command: median(results.map((r) => pick(r).command)),
  take: median(results.map((r) => pick(r).take)),
  flush: median(results.map((r) => pick(r).flush)),
});
console.log(`median: ${line(medians((r) => r.wall))}`);
console.log(`median CPU: ${line(medians((r) => r.cpu))}`);
