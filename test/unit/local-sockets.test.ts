/**
 * The gateway's index of room sockets (server/realtime/local-sockets.ts) on its own: who is
 * reached by a seat's, the hosts' and the screens' views, and when an actor's budgets are
 * forgotten. Sockets are plain objects here (the index never touches them); the real server is
 * in test/integration/gateway-sockets.test.ts.
 */
import { describe, expect, it } from "vitest";
import { LocalSockets } from "../../server/realtime/local-sockets.js";

const rates = { intentBurst: 2, intentsPerSecond: 0.001, inputBurst: 2, inputsPerSecond: 0.001 };
const sock = (name: string) => ({ name });

describe("LocalSockets", () => {
  it("keeps each actor's sockets oldest first and reaches exactly them", () => {
    const index = new LocalSockets<{ name: string }>(rates, () => true);
    const [a1, a2, b, h1, h2, scr] = ["a1", "a2", "b", "h1", "h2", "scr"].map(sock);
    index.add("r1", { role: "seat", seatId: "a" }, a1);
    index.add("r1", { role: "seat", seatId: "a" }, a2);
    index.add("r1", { role: "seat", seatId: "b" }, b);
    index.add("r1", { role: "host", sid: "s1" }, h1);
    index.add("r1", { role: "host", sid: "s2" }, h2);
    index.add("r1", { role: "screen" }, scr);
    index.add("r2", { role: "seat", seatId: "a" }, sock("other room"));
    expect(index.seat("r1", "a")).toEqual([a1, a2]);
    expect(index.seat("r1", "b")).toEqual([b]);
    expect(index.seat("r1", "nobody")).toEqual([]);
    expect(index.seat("no room", "a")).toEqual([]);
    expect([...index.hosts("r1")]).toEqual([h1, h2]);
    expect(index.screens("r1")).toEqual([scr]);
    expect(index.size).toBe(6);
    index.remove("r1", { role: "seat", seatId: "a" }, a1);
    expect(index.seat("r1", "a")).toEqual([a2]);
    // Removing what is not there changes nothing.
    index.remove("r1", { role: "seat", seatId: "a" }, a1);
    index.remove("r9", { role: "screen" }, scr);
    expect(index.seat("r1", "a")).toEqual([a2]);
  });

  it("shares one budget per actor, made when first spent; forgets an actor once socketless and full, keeps a spent one", () => {
    const index = new LocalSockets<{ name: string }>(rates, () => true);
    const [t1, t2] = [sock("t1"), sock("t2")];
    const seat = index.add("r", { role: "seat", seatId: "a" }, t1);
    expect(index.add("r", { role: "seat", seatId: "a" }, t2)).toBe(seat);
    expect(seat.budgetsFull).toBe(true);
    expect([seat.takeIntent(), seat.takeIntent(), seat.takeIntent()]).toEqual([true, true, false]);
    expect(seat.takeInput()).toBe(true);
    index.remove("r", { role: "seat", seatId: "a" }, t1);
    index.remove("r", { role: "seat", seatId: "a" }, t2);
    // Spent (the refill is far too slow to be full again): kept, so reconnecting does not refill it.
    expect(index.actor("r", { role: "seat", seatId: "a" })).toBe(seat);
    expect(index.add("r", { role: "seat", seatId: "a" }, t1).takeIntent()).toBe(false);

    const screen = index.add("r", { role: "screen" }, sock("s"));
    index.remove("r", { role: "screen" }, screen.sockets[0]);
    expect(index.actor("r", { role: "screen" })).toBeUndefined();
  });

  it("past its size, drops socketless actors whose budgets are full or whose room is no longer served here", () => {
    let served = new Set(["kept", "gone"]);
    const index = new LocalSockets<{ name: string }>(rates, (roomId) => served.has(roomId), 3);
    for (const roomId of ["kept", "gone"]) {
      const s = sock(roomId);
      index.add(roomId, { role: "seat", seatId: "a" }, s).takeIntent();
      index.remove(roomId, { role: "seat", seatId: "a" }, s);
    }
    const live = sock("live");
    index.add("kept", { role: "seat", seatId: "b" }, live);
    expect(index.size).toBe(3);
    served = new Set(["kept"]);
    // One more spent, socketless actor goes over the size: the prune runs.
    const extra = sock("extra");
    index.add("kept", { role: "host", sid: "x" }, extra).takeIntent();
    index.remove("kept", { role: "host", sid: "x" }, extra);
    expect(index.actor("gone", { role: "seat", seatId: "a" })).toBeUndefined();
    expect(index.actor("kept", { role: "seat", seatId: "a" })?.budgetsFull).toBe(false);
    expect(index.actor("kept", { role: "host", sid: "x" })?.budgetsFull).toBe(false);
    expect(index.seat("kept", "b")).toEqual([live]);
    expect(index.size).toBe(3);
  });
});
