/**
 * "Jeg vil si noe" through the real parts: a real server on 127.0.0.1:0, real socket.io-client
 * connections via the SDK. Every envelope the projector and the other tablets receive is
 * recorded, so "never on the projector" and "nothing about anyone else's hand" mean never.
 */
import { describe, expect, it } from "vitest";
import type { HostView, SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { roomWithTablets as openRoomWithTablets, sleep, waitFor, recordEnvelopes, serverPerTest } from "../support/server.js";

const server = serverPerTest({ presenceGraceMs: 300 });

async function roomWithTablets(n: number) {
  const room = await openRoomWithTablets(server.url, n);
  await waitFor(room.screen, (s) => s.envelope?.view.lobbyAvatars.length === n, 3000, "screen shows every tablet");
  return room;
}

const handsOf = (host: RoomConnection<HostView>) => host.getSnapshot().envelope!.view.hands.map((h) => h.avatar);

describe("Jeg vil si noe", () => {
  it("the host sees raised hands in the order they went up, with avatar and time; each tablet sees only its own", async () => {
    const { host, screen, seats } = await roomWithTablets(3);
    const onScreen = recordEnvelopes(screen);
    const onOwl = recordEnvelopes(seats[2].conn);
    const before = Date.now();

    // Bear first, then fox: order of raising, not of joining.
    expect((await seats[1].conn.send("hand:raise", {})).ok).toBe(true);
    await sleep(5);
    expect((await seats[0].conn.send("hand:raise", {})).ok).toBe(true);
    const snap = await waitFor(host, (s) => s.envelope?.view.hands.length === 2, 3000, "two hands");
    const hands = snap.envelope!.view.hands;
    expect(hands.map((h) => [h.seatId, h.avatar])).toEqual([
      [seats[1].seatId, "bear-green"],
      [seats[0].seatId, "fox-blue"],
    ]);
    expect(hands[0].raisedAt).toBeGreaterThanOrEqual(before);
    expect(hands[1].raisedAt).toBeGreaterThanOrEqual(hands[0].raisedAt);
    await waitFor(seats[0].conn, (s) => s.envelope?.view.handRaised === true, 3000, "fox sees its own hand up");
    await waitFor(seats[1].conn, (s) => s.envelope?.view.handRaised === true, 3000, "bear sees its own hand up");

    // Raising again keeps the place in the line and changes nothing.
    const version = host.getSnapshot().envelope!.version;
    expect(await seats[1].conn.send("hand:raise", {})).toMatchObject({ ok: true, version });
    expect(handsOf(host)).toEqual(["bear-green", "fox-blue"]);

    // The child takes its own hand down; the one after moves up.
    expect((await seats[1].conn.send("hand:lower", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 1, 3000, "bear lowered");
    expect(handsOf(host)).toEqual(["fox-blue"]);
    await waitFor(seats[1].conn, (s) => s.envelope?.view.handRaised === false, 3000, "bear's own view");
    // Lowering a hand that is down: fine, nothing changes.
    const v2 = host.getSnapshot().envelope!.version;
    expect(await seats[1].conn.send("hand:lower", {})).toMatchObject({ ok: true, version: v2 });

    // The owl raises after: at the end of the line. The host lowers the fox (its turn), then all.
    expect((await seats[2].conn.send("hand:raise", {})).ok).toBe(true);
    expect((await seats[1].conn.send("hand:raise", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 3, 3000, "three hands");
    expect(handsOf(host)).toEqual(["fox-blue", "owl-orange", "bear-green"]);
    expect((await host.send("hand:dismiss", { seatId: seats[0].seatId })).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 2, 3000, "fox dismissed");
    expect(handsOf(host)).toEqual(["owl-orange", "bear-green"]);
    await waitFor(seats[0].conn, (s) => s.envelope?.view.handRaised === false, 3000, "fox's own view");
    expect((await host.send("hand:clear", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 0, 3000, "all lowered");
    await waitFor(seats[2].conn, (s) => s.envelope?.view.handRaised === false, 3000, "owl's own view");

    // The projector never had a field for it, and not even the timing of an update: a hand
    // going up or down sends the projector nothing at all. The owl's tablet heard only of its own.
    await sleep(150);
    expect(onScreen.length).toBe(1);
    for (const json of onScreen) {
      expect(json).not.toMatch(/hand|raisedAt/i);
      for (const seat of seats) expect(json).not.toContain(seat.seatId);
    }
    // One entry per version: a tablet may be sent its current view twice as it connects (the
    // connect reply and the room's next flush), which is not news about anyone's hand.
    const owlVersions = new Map(onOwl.map((j) => JSON.parse(j) as { version: number; view: SeatView }).map((e) => [e.version, e.view.handRaised]));
    expect([...owlVersions.values()]).toEqual([false, true, false]);
    for (const json of onOwl) {
      expect(json).not.toMatch(/"hands"|raisedAt/);
      expect(json).not.toContain(seats[0].seatId);
      expect(json).not.toContain(seats[1].seatId);
    }
  });

  it("works in the lobby and in a running activity, and starting or stopping an activity keeps the line", async () => {
    const { host, seats } = await roomWithTablets(2);
    expect((await seats[0].conn.send("hand:raise", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 1, 3000, "lobby hand");
    expect((await host.send("activity:start", { kind: "checkin", config: {} })).ok).toBe(true);
    const running = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin", 3000, "check-in");
    expect(handsOf(host)).toEqual(["fox-blue"]);
    expect((await seats[1].conn.send("hand:raise", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 2, 3000, "hand during the activity");
    expect((await host.send("activity:stop", { activityId: running.envelope!.view.activity!.id })).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.activity === null, 3000, "back in the lobby");
    expect(handsOf(host)).toEqual(["fox-blue", "bear-green"]);
  });

  it("bad input and the wrong role get a clear refusal and change nothing", async () => {
    const { host, screen, seats } = await roomWithTablets(2);
    expect((await seats[0].conn.send("hand:raise", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 1, 3000, "one hand");
    const version = host.getSnapshot().envelope!.version;

    // Roles: a tablet cannot lower someone else's hand or clear the line; the host and the
    // projector cannot raise or lower a hand as if they were a child.
    expect(await seats[1].conn.send("hand:dismiss", { seatId: seats[0].seatId } as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await seats[1].conn.send("hand:clear", {} as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await host.send("hand:raise", {} as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await host.send("hand:lower", {} as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await screen.send("hand:raise", {} as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await screen.send("hand:clear", {} as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Shapes: a seat cannot name a seat on its own lower; bad seat ids; extra fields.
    expect(await seats[1].conn.send("hand:lower", { seatId: seats[0].seatId } as never)).toMatchObject({ ok: false, code: "INVALID" });
    expect(await seats[1].conn.send("hand:raise", { at: 1 } as never)).toMatchObject({ ok: false, code: "INVALID" });
    for (const seatId of [42, "", "x y z w", "x".repeat(33), null, { $ne: 1 }]) {
      expect(await host.send("hand:dismiss", { seatId } as never)).toMatchObject({ ok: false, code: "INVALID" });
    }
    expect(await host.send("hand:clear", { all: true } as never)).toMatchObject({ ok: false, code: "INVALID" });
    // A well-formed seat id that is not in the room.
    expect(await host.send("hand:dismiss", { seatId: "nosuchseat" })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    // Lowering a hand that is down is not an error (two leaders may both press it).
    expect(await host.send("hand:dismiss", { seatId: seats[1].seatId })).toMatchObject({ ok: true, version });

    expect(host.getSnapshot().envelope!.version).toBe(version);
    expect(handsOf(host)).toEqual(["fox-blue"]);
    const live = server.sammen.registry.byRoomCode(host.getSnapshot().envelope!.view.code)!.room;
    expect(live.version).toBe(version);
  });

  it("a hand is forgotten when its seat is kicked or leaves, and the rest keep their order", async () => {
    const { host, seats } = await roomWithTablets(4);
    for (const seat of [seats[2], seats[0], seats[3], seats[1]]) {
      expect((await seat.conn.send("hand:raise", {})).ok).toBe(true);
      await sleep(2);
    }
    await waitFor(host, (s) => s.envelope?.view.hands.length === 4, 3000, "four hands");
    expect(handsOf(host)).toEqual(["owl-orange", "fox-blue", "rabbit-purple", "bear-green"]);

    // Kick: the hand goes with everything else the seat had.
    expect((await host.send("seat:kick", { seatId: seats[0].seatId })).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.hands.length === 3, 3000, "kicked hand gone");
    expect(handsOf(host)).toEqual(["owl-orange", "rabbit-purple", "bear-green"]);
    const code = host.getSnapshot().envelope!.view.code;
    const live = server.sammen.registry.byRoomCode(code)!.room;
    expect(live.snapshot().hands?.map((h) => h.seatId)).toEqual([seats[2].seatId, seats[3].seatId, seats[1].seatId]);

    // Leave: the tablet goes away; after the grace period its hand is down.
    seats[3].conn.close();
    await waitFor(host, (s) => s.envelope?.view.seats.find((x) => x.seatId === seats[3].seatId)?.presence === "left", 3000, "cat left");
    await waitFor(host, (s) => s.envelope?.view.hands.length === 2, 3000, "left hand gone");
    expect(handsOf(host)).toEqual(["owl-orange", "bear-green"]);

    // End of the session: the room and its hands are wiped.
    expect((await host.send("room:end", {})).ok).toBe(true);
    await waitFor(host, (s) => s.closed !== null && s.closed !== undefined, 3000, "room closed");
    expect(server.sammen.registry.byRoomCode(code)).toBeUndefined();
  });
});
