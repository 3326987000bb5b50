/**
 * The fan-out sends each target what changed (server/rooms/live-room.ts `flush`, server/realtime/
 * view-encoder.ts): a whole view first, then patches against the view that target was last sent;
 * the view a client rebuilds from them is exactly what the role's view function gives for the
 * room's state; a target whose view did not change gets nothing; the JSON it hands the outbox is
 * the update's JSON, and the Socket.IO encoder puts that JSON on the wire as the stock encoder
 * would. Boundary: the outbox is a recorder here (test/support/outbox-recorder.ts; the real one is
 * Socket.IO, covered by room-flow and view-patches).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Encoder, PacketType } from "socket.io-parser";
import { LiveRoom, type LiveRoomDeps, type RoomOutbox } from "../../server/rooms/live-room.js";
import { SeatFanout } from "../../server/rooms/fanout.js";
import { preEncoded, viewParser } from "../../server/realtime/view-encoder.js";
import { createRoomState } from "../../shared/room/room.js";
import { createRoomCore } from "../../shared/room/core.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { seededRandom } from "../../shared/room/random.js";
import type { RoomEnvelope, ViewPatch } from "../../shared/protocol.js";
import { applyPatch } from "../../shared/room/view-patch.js";
import { recordingOutbox, type Sent } from "../support/outbox-recorder.js";

const core = createRoomCore(activityKinds);
const links = { joinUrl: "http://127.0.0.1/join?code=ABCDE", screenToken: "screen-token" };
let sent: (Sent & { expected: unknown })[];
let room: LiveRoom;
let serial = 0;
const nextTurn = () => new Promise<void>((r) => setImmediate(r));
const cmd = () => `cmd-${++serial}-xxxxxx`;

/** A live room over a recording outbox, with a 1 ms fan-out window. */
function liveRoom(id: string, code: string, outbox: RoomOutbox, extra: Partial<LiveRoomDeps> = {}): LiveRoom {
  return new LiveRoom(createRoomState({ id, code, ownerId: 1, now: Date.now() }), {
    core,
    outbox,
    links,
    presenceGraceMs: 60_000,
    fanoutWindowMs: 1,
    presenceFanoutMs: 1,
    maxSeats: 40,
    now: () => Date.now(),
    random: seededRandom(3),
    newSeatId: () => `seat${++serial}xx`,
    onEnded: () => {},
    ...extra,
  });
}

beforeEach(() => {
  sent = [];
  // What each role's own view function gives for the state at the moment of sending.
  const expected = (to: string, env: RoomEnvelope) => {
    const state = room.snapshot();
    const view = to === "host" ? core.hostView(state, links, env.serverTime) : to === "screen" ? core.screenView(state, links, env.serverTime) : core.seatView(state, to, env.serverTime);
    return { version: state.version, serverTime: env.serverTime, view };
  };
  const { outbox } = recordingOutbox((entry) => sent.push({ ...entry, expected: expected(entry.to, entry.env) }));
  room = liveRoom("r1", "ABCDE", outbox);
});
afterEach(() => room.end("ended"));

describe("fan-out: whole views, then patches, each encoded once", () => {
  it("the JSON is the update's, the rebuilt view is the role's view function's, and only changed targets get one", async () => {
    const seats = ["fox-blue", "bear-green", "owl-orange"].map((a) => {
      const claim = room.claimSeat(a);
      if (!claim.ok) throw new Error("claim failed");
      room.connect({ role: "seat", seatId: claim.seatId });
      return claim.seatId;
    });
    room.command({ role: "host" }, "activity:start", { commandId: cmd(), kind: "checkin", config: { moment: "checkin" } });
    await nextTurn();
    const activityId = room.snapshot().activity!.id;
    expect(new Set(sent.map((s) => s.to))).toEqual(new Set(["host", "screen", ...seats]));
    for (const s of sent) {
      expect(JSON.parse(s.json!)).toEqual(JSON.parse(JSON.stringify(s.update)));
      expect(JSON.parse(JSON.stringify(s.env))).toEqual(JSON.parse(JSON.stringify(s.expected)));
    }

    sent = [];
    await new Promise((r) => setTimeout(r, 5)); // the window of the start's flush is over
    room.command({ role: "seat", seatId: seats[1] }, "activity:act", { commandId: cmd(), activityId, action: { type: "answer", feeling: "glad" } });
    await nextTurn();
    // The answer changes the host's view and that tablet's own; the screen and the others get nothing.
    expect(sent.map((s) => s.to).sort()).toEqual(["host", seats[1]].sort());

    room.command({ role: "host" }, "room:lock", { commandId: cmd(), locked: true });
    await new Promise((r) => setTimeout(r, 5));
    // The shared part changed: everyone is told.
    expect(new Set(sent.map((s) => s.to))).toEqual(new Set(["host", "screen", ...seats]));

    expect(sent.length).toBe(7); // 2 for the answer, 5 for the lock
    for (const s of sent) {
      expect(s.json).toBeDefined();
      expect(JSON.parse(s.json!)).toEqual(JSON.parse(JSON.stringify(s.update)));
      expect(JSON.parse(JSON.stringify(s.env))).toEqual(JSON.parse(JSON.stringify(s.expected)));
      // Every target had its whole view already: these are patches, and smaller than the view.
      expect("ops" in s.update).toBe(true);
      expect(s.json!.length).toBeLessThan(JSON.stringify(s.env).length);
    }
    // The lock changes one field of the part every role shares, and nothing else.
    const lockPatch = sent.find((s) => s.to === "screen")!.update as ViewPatch;
    expect(lockPatch.ops).toEqual([[["locked"], true]]);
  });

  it("a socket joining a target gets the view that target was last sent, and the next patch fits it", async () => {
    const claim = room.claimSeat("fox-blue");
    if (!claim.ok) throw new Error("claim failed");
    room.connect({ role: "seat", seatId: claim.seatId });
    room.connect({ role: "host" });
    await nextTurn();
    const hostBefore = sent.filter((s) => s.to === "host").at(-1)!.env;
    await new Promise((r) => setTimeout(r, 5));
    sent = [];
    room.command({ role: "host" }, "room:lock", { commandId: cmd(), locked: true });
    // Before the fan-out's turn: the joining console gets what the host target was last sent…
    const joined = room.envelopeFor({ role: "host" })!;
    expect(joined.version).toBe(hostBefore.version);
    expect(joined.view).toEqual(hostBefore.view);
    await nextTurn();
    // …and the patch that follows is made against exactly that view.
    const patch = sent.find((s) => s.to === "host")!.update as ViewPatch;
    expect(patch.from).toBe(joined.version);
    expect(room.envelopeFor({ role: "seat", seatId: "no-such-seat" })).toBeNull();
    // A change the seat's view does not show: its target keeps the newer shared part, but a socket
    // joining it still gets the view of the version it was last sent, version field included.
    room.command({ role: "host" }, "room:lock", { commandId: cmd(), locked: false });
    await new Promise((r) => setTimeout(r, 5));
    const seatBefore = room.envelopeFor({ role: "seat", seatId: claim.seatId })!;
    const other = room.claimSeat("bear-green");
    if (!other.ok) throw new Error("claim failed");
    room.connect({ role: "seat", seatId: other.seatId });
    await new Promise((r) => setTimeout(r, 5));
    expect(room.command({ role: "seat", seatId: other.seatId }, "hand:raise", { commandId: cmd() })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 5));
    const seatJoined = room.envelopeFor({ role: "seat", seatId: claim.seatId })!;
    expect(room.snapshot().version).toBeGreaterThan(seatBefore.version);
    expect(seatJoined.view.version).toBe(seatJoined.version);
  });

  it("a tablet's own update for its acknowledgement fits what it was sent, carries a shared change not yet sent, and the flush then sends it nothing more", async () => {
    const seats = ["fox-blue", "bear-green"].map((a) => {
      const claim = room.claimSeat(a);
      if (!claim.ok) throw new Error("claim failed");
      room.connect({ role: "seat", seatId: claim.seatId });
      return claim.seatId;
    });
    room.command({ role: "host" }, "activity:start", { commandId: cmd(), kind: "checkin", config: { moment: "checkin" } });
    await new Promise((r) => setTimeout(r, 5));
    const activityId = room.snapshot().activity!.id;
    const held = room.envelopeFor({ role: "seat", seatId: seats[0] })!;
    sent = [];
    // In one turn: a change of the part every role shares, then this tablet's answer and its acknowledgement.
    room.command({ role: "host" }, "room:lock", { commandId: cmd(), locked: true });
    room.command({ role: "seat", seatId: seats[0] }, "activity:act", { commandId: cmd(), activityId, action: { type: "answer", feeling: "glad" } });
    const update = room.takeSeatUpdate(seats[0])!;
    expect("ops" in update && update.from).toBe(held.version);
    const view = "ops" in update ? applyPatch(held.view, update.ops) : null;
    const state = room.snapshot();
    expect({ ...view, version: update.version }).toEqual(JSON.parse(JSON.stringify(core.seatView(state, seats[0], update.serverTime))));
    expect(view).toMatchObject({ locked: true, activity: { view: { mine: { kind: "feeling", feeling: "glad" } } } });
    // Nothing new since: a second ask gives nothing, and the flush sends that tablet nothing.
    expect(room.takeSeatUpdate(seats[0])).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    expect(sent.filter((s) => s.to === seats[0])).toEqual([]);
    // The other tablet gets the lock, and only the lock.
    const other = sent.filter((s) => s.to === seats[1]);
    expect(other.map((s) => (s.update as ViewPatch).ops)).toEqual([[[["locked"], true]]]);
  });

  it("the encoder sends a registered update's JSON as the stock encoder's packet, and everything else unchanged", () => {
    const stock = new Encoder();
    const ours = new viewParser.Encoder();
    const env: RoomEnvelope = { version: 3, serverTime: 1, view: core.hostView(room.snapshot(), links, 1) };
    const packet = { type: PacketType.EVENT, nsp: "/", data: ["room:view", env] };
    const registered = { type: PacketType.EVENT, nsp: "/", data: ["room:view", preEncoded({ ...env }, JSON.stringify(env))] };
    const [expected] = stock.encode(packet) as string[];
    const [got] = ours.encode(registered) as string[];
    expect(got).toBe(expected);
    const patch: ViewPatch = { version: 4, from: 3, serverTime: 2, ops: [[["locked"], true]] };
    const patchPacket = { type: PacketType.EVENT, nsp: "/", data: ["room:patch", patch] };
    expect(ours.encode({ ...patchPacket, data: ["room:patch", preEncoded({ ...patch }, JSON.stringify(patch))] })).toEqual(stock.encode(patchPacket));
    // Acknowledgements (a tablet's with its update) take the short path to the same string.
    const update = { ok: true, version: 5, update: { ...patch, ops: [[["activity", "view", "mine"], { kind: "feeling", feeling: "glad" }]] } };
    for (const ack of [{ ok: true, version: 1 }, { ok: false, code: "INVALID", message: "activity:act: \"x\" ✓" }, update]) {
      const ackPacket = { type: PacketType.ACK, nsp: "/", id: 12, data: [ack] };
      expect(ours.encode(ackPacket)).toEqual(stock.encode(ackPacket));
    }
    // Not registered, another event, an acknowledgement that is not an Ack, another namespace: the stock encoding.
    const others = [
      packet,
      { type: PacketType.EVENT, nsp: "/", data: ["room:closed", { reason: "ended" }] },
      { type: PacketType.ACK, nsp: "/", id: 4, data: [Buffer.from("binary")] },
      { type: PacketType.ACK, nsp: "/admin", id: 4, data: [{ ok: true, version: 1 }] },
      { type: PacketType.EVENT, nsp: "/admin", data: ["room:view", registered.data[1]] },
      { type: PacketType.EVENT, nsp: "/", id: 7, data: ["room:view", registered.data[1]] },
    ];
    for (const p of others) expect(ours.encode(p)).toEqual(stock.encode(p));
  });
});

describe("fan-out order across rooms (SeatFanout)", () => {
  it("when two rooms change in one turn, both rooms' consoles and screens are sent before any tablet, and every tablet still gets its update", async () => {
    const order: string[] = [];
    const seatFanout = new SeatFanout();
    const held: Map<string, RoomEnvelope>[] = [];
    const rooms = ["ra", "rb"].map((id) => {
      const { outbox, current } = recordingOutbox((entry) => order.push(`${id}:${entry.to === "host" || entry.to === "screen" ? entry.to : "seat"}`));
      held.push(current);
      return liveRoom(id, id.toUpperCase().padEnd(5, "X"), outbox, { seatsLater: (r) => seatFanout.queue(r) });
    });
    try {
      // Each target's first whole view, as its socket gets it on connect.
      const seats = rooms.map((r, i) =>
        ["fox-blue", "bear-green"].map((a) => {
          const claim = r.claimSeat(a);
          if (!claim.ok) throw new Error("claim failed");
          r.connect({ role: "seat", seatId: claim.seatId });
          held[i].set(claim.seatId, r.envelopeFor({ role: "seat", seatId: claim.seatId })!);
          return claim.seatId;
        }),
      );
      for (const [i, r] of rooms.entries()) for (const role of ["host", "screen"] as const) held[i].set(role, r.envelopeFor({ role })!);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.length = 0;
      for (const r of rooms) expect(r.command({ role: "host" }, "activity:start", { commandId: cmd(), kind: "checkin", config: { moment: "checkin" } }).ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(order).toEqual(["ra:host", "ra:screen", "rb:host", "rb:screen", "ra:seat", "ra:seat", "rb:seat", "rb:seat"]);
      for (const [i, r] of rooms.entries()) {
        for (const seatId of seats[i]) expect(held[i].get(seatId)!.view.activity?.kind).toBe("checkin");
      }
    } finally {
      for (const r of rooms) r.end("ended");
    }
  });
});
