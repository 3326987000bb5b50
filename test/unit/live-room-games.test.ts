/**
 * LiveRoom's timing for the games, with fake timers: the calm-down ends by
 * itself at its end time, live input is applied at most 20 times a second per
 * tablet (latest wins), and the activity ticker runs only while a ticking
 * activity does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveRoom } from "../../server/rooms/live-room.js";
import { recordingOutbox, type Sent } from "../support/outbox-recorder.js";
import { createRoomState } from "../../shared/room/room.js";
import { createRoomCore } from "../../shared/room/core.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { seededRandom } from "../../shared/room/random.js";
import type { BallongenState } from "../../shared/activities/ballongen/index.js";
import type { ScreenView } from "../../shared/protocol.js";

let sent: Sent[];
let room: LiveRoom;
let serial = 0;

beforeEach(() => {
  vi.useFakeTimers({ now: 10_000_000 });
  const recorder = recordingOutbox();
  sent = recorder.sent;
  const { outbox } = recorder;
  room = new LiveRoom(createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: Date.now() }), {
    core: createRoomCore(activityKinds),
    outbox,
    links: { joinUrl: "http://x/join?code=ABCDE", screenToken: "t" },
    presenceGraceMs: 1000,
    fanoutWindowMs: 16,
    presenceFanoutMs: 200,
    maxSeats: 40,
    now: () => Date.now(),
    random: seededRandom(3),
    newSeatId: () => `seat${++serial}xx`,
    onEnded: () => {},
  });
});
afterEach(() => {
  room.end("ended");
  vi.useRealTimers();
});

const cmd = () => `cmd-${++serial}-xxxxxx`;

describe("LiveRoom: games timing", () => {
  it("the calm-down ends by itself at its end time and the screen is told", () => {
    room.connect({ role: "screen" });
    expect(room.command({ role: "host" }, "calm:start", { commandId: cmd(), pattern: "4-4", cycles: 2 })).toMatchObject({ ok: true });
    const calm = room.snapshot().calm!;
    vi.advanceTimersByTime(calm.endsAt - Date.now() - 10);
    expect(room.snapshot().calm).not.toBeNull();
    vi.advanceTimersByTime(50);
    expect(room.snapshot().calm).toBeNull();
    vi.advanceTimersByTime(50);
    const last = sent.filter((s) => s.to === "screen").at(-1)!.env.view as ScreenView;
    expect(last.calm).toBeNull();
  });

  it("applies live input at 20 a second per tablet (two at once), the latest waiting sample winning", () => {
    const claim = room.claimSeat("fox-blue");
    if (!claim.ok) throw new Error("claim failed");
    const actor = { role: "seat" as const, seatId: claim.seatId };
    room.connect(actor);
    room.command({ role: "host" }, "activity:start", { commandId: cmd(), kind: "ballongen", config: { targetSeconds: 600 } });
    const activityId = room.snapshot().activity!.id;
    const holds = () => (room.snapshot().activity!.state as BallongenState).holds[claim.seatId];
    // A burst of two goes through at once …
    room.input(actor, { activityId, input: { holding: true } });
    vi.advanceTimersByTime(5);
    room.input(actor, { activityId, input: { holding: true } });
    const second = holds()!.lastSeen;
    expect(second).toBe(Date.now());
    // … then samples wait for the next token; the last one (a release) wins when it comes.
    vi.advanceTimersByTime(5);
    room.input(actor, { activityId, input: { holding: true } });
    room.input(actor, { activityId, input: { holding: true } });
    room.input(actor, { activityId, input: { holding: false } });
    expect(holds()!.lastSeen).toBe(second);
    expect(holds()!.holding).toBe(true);
    vi.advanceTimersByTime(60);
    expect(holds()!.holding).toBe(false);
    // Over a long flood, no more than 20 a second (+ the burst) are applied.
    let applied = 0;
    const before = room.version;
    for (let i = 0; i < 1000; i++) {
      room.input(actor, { activityId, input: { holding: true } }); // each applied one moves lastSeen: one version
      vi.advanceTimersByTime(1);
    }
    applied = room.version - before;
    // 1 s of flood: at most 20 samples (each a change) + 2 burst + 10 ticks.
    expect(applied).toBeLessThanOrEqual(20 + 2 + 10 + 1);
    expect(applied).toBeGreaterThanOrEqual(15);
  });

  it("the ticker runs only while a ticking activity runs", () => {
    const timers = () => vi.getTimerCount();
    const base = timers();
    room.command({ role: "host" }, "activity:start", { commandId: cmd(), kind: "checkin" });
    vi.advanceTimersByTime(100);
    const withCheckin = timers();
    room.command({ role: "host" }, "activity:start", { commandId: cmd(), kind: "ballongen" });
    vi.advanceTimersByTime(100);
    expect(timers()).toBe(withCheckin + 1);
    room.command({ role: "host" }, "activity:stop", { commandId: cmd(), activityId: room.snapshot().activity!.id });
    vi.advanceTimersByTime(100);
    expect(timers()).toBeLessThanOrEqual(Math.max(base, withCheckin));
  });
});
