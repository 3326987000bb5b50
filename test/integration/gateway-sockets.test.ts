/**
 * The gateway's own index of sockets by room and actor (server/realtime/local-sockets.ts), which
 * replaced a Socket.IO room per seat and per role, through a real server and real clients:
 * - a seat's view reaches that seat's sockets only, on every tab it has open;
 * - a kicked seat is closed on every socket it has, and the others stay;
 * - an admitted socket keeps neither its token nor the transport's first request;
 * - budgets are made when first spent and forgotten once their sockets are gone and they are full.
 */
import { describe, expect, it, vi } from "vitest";
import type { SeatView } from "../../shared/protocol.js";
import { localSocketsOf } from "../../server/realtime/gateway.js";
import { RoomConnection } from "../../client/src/sdk/connection.js";
import { closeAllConnections, connect, recordEnvelopes, roomWithTablets, sleep, waitFor, serverPerTest } from "../support/server.js";

const server = serverPerTest({ presenceGraceMs: 300 });

const serverSockets = () => [...server.sammen.io.of("/").sockets.values()];
const index = () => localSocketsOf(server.sammen.io)!;
/** A room token's room id (its claims are base64url JSON before the signature). */
const roomIdOf = (token: string): string => (JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString()) as { roomId: string }).roomId;

describe("gateway: the local socket index", () => {
  it("a seat's view reaches only its own sockets, on both of its tabs; the host and screen get theirs", async () => {
    const { host, screen, seats } = await roomWithTablets(server.url, 3);
    const [a, b] = seats;
    const secondTab = connect<SeatView>(server.url, a.token);
    await waitFor(secondTab, (s) => s.envelope?.view.seatId === a.seatId, 3000, "second tab of seat a");
    const seen = {
      a1: recordEnvelopes(a.conn),
      a2: recordEnvelopes(secondTab),
      b: recordEnvelopes(b.conn),
      host: recordEnvelopes(host),
      screen: recordEnvelopes(screen),
    };

    expect((await a.conn.send("hand:raise", {})).ok).toBe(true);
    // Both of a's tabs learn of their own hand; b's stays down and b hears of nobody's.
    await waitFor(a.conn, (s) => s.envelope?.view.handRaised === true, 3000, "tab 1 of a: hand up");
    await waitFor(secondTab, (s) => s.envelope?.view.handRaised === true, 3000, "tab 2 of a: hand up");
    await waitFor(host, (s) => s.envelope?.view.seats.some((x) => x.seatId === a.seatId) === true, 3000, "host view");
    await sleep(100);

    const views = (list: string[]) => list.map((json) => (JSON.parse(json) as { view: { role: string; seatId?: string; handRaised?: boolean } }).view);
    for (const v of [...views(seen.a1), ...views(seen.a2)]) expect(v).toMatchObject({ role: "seat", seatId: a.seatId });
    expect(views(seen.a2).at(-1)?.handRaised).toBe(true);
    expect(views(seen.b).length).toBeGreaterThan(0);
    for (const v of views(seen.b)) expect(v).toMatchObject({ role: "seat", seatId: b.seatId, handRaised: false });
    for (const v of views(seen.host)) expect(v.role).toBe("host");
    for (const v of views(seen.screen)) expect(v.role).toBe("screen");
    // No view ever names another seat's private state: a's id is in no view b got.
    for (const json of seen.b) expect(json).not.toContain(a.seatId);
  });

  it("a kicked seat is closed on every one of its sockets; the other seats, the host and the screen stay", async () => {
    const { room, host, screen, seats } = await roomWithTablets(server.url, 2);
    const [a, b] = seats;
    const secondTab = connect<SeatView>(server.url, a.token);
    await waitFor(secondTab, (s) => s.envelope !== null, 3000, "second tab of seat a");
    expect(serverSockets()).toHaveLength(5);

    // One process: the close is not offered to other processes (the in-memory adapter would warn).
    const warn = vi.spyOn(console, "warn");
    expect((await host.send("seat:kick", { seatId: a.seatId })).ok).toBe(true);
    expect((await waitFor(a.conn, (s) => s.closed !== null, 3000, "tab 1 closed")).closed).toBe("kicked");
    expect((await waitFor(secondTab, (s) => s.closed !== null, 3000, "tab 2 closed")).closed).toBe("kicked");
    await waitFor(host, (s) => s.envelope?.view.seats.every((x) => x.seatId !== a.seatId) === true, 3000, "host without a");
    await sleep(50);
    const left = serverSockets();
    expect(left).toHaveLength(3);
    expect(left.map((s) => s.data.actor).filter((x) => x.role === "seat")).toEqual([{ role: "seat", seatId: b.seatId }]);
    expect(index().seat(roomIdOf(room.hostToken), a.seatId)).toHaveLength(0);
    for (const conn of [b.conn, host, screen]) expect(conn.getSnapshot().closed).toBeNull();
    expect(warn.mock.calls.flat().join(" ")).not.toContain("serverSideEmit");
    warn.mockRestore();
    // The kicked token is refused from now on (a fresh connection, not the closed ones).
    const again = connect<SeatView>(server.url, a.token);
    expect((await waitFor(again, (s) => s.closed !== null, 3000, "kicked token refused")).closed).toBe("KICKED");
  });

  it("an admitted socket keeps neither its signed token nor the transport's first request", async () => {
    const { room, seats } = await roomWithTablets(server.url, 1);
    const tokens = [room.hostToken, room.screenToken, seats[0].token];
    const sockets = serverSockets();
    expect(sockets).toHaveLength(3);
    for (const socket of sockets) {
      expect(socket.request).toBeNull();
      const kept = JSON.stringify({ handshake: socket.handshake, data: socket.data });
      for (const token of tokens) {
        expect(kept).not.toContain(token);
        // Not even the token's signature part.
        expect(kept).not.toContain(token.split(".").at(-1));
      }
    }
    // The host socket keeps its login session (signing out must close it) but no token.
    const hostSocket = sockets.find((s) => s.data.actor.role === "host")!;
    expect(typeof hostSocket.data.sid).toBe("string");
  });

  it("a tablet that starts on long-polling and upgrades (a browser's way) gets its views and acts as one on a WebSocket", async () => {
    const { seats } = await roomWithTablets(server.url, 1);
    const polling = new RoomConnection<SeatView>({ url: server.url, token: seats[0].token, wakeListeners: false, ackTimeoutMs: 3000, retries: 0, socket: { transports: ["polling", "websocket"] } });
    try {
      await waitFor(polling, (s) => s.envelope?.view.seatId === seats[0].seatId, 3000, "view over polling");
      const mine = () => serverSockets().filter((s) => s.data.actor.role === "seat" && s.conn.transport.name === "websocket");
      for (let i = 0; i < 100 && mine().length < 2; i++) await sleep(20);
      // Both of the seat's sockets are on a WebSocket now (the helper's one from the start).
      expect(mine()).toHaveLength(2);
      for (const socket of mine()) expect(socket.request).toBeNull();
      expect((await polling.send("hand:raise", {})).ok).toBe(true);
      await waitFor(polling, (s) => s.envelope?.view.handRaised === true, 3000, "own hand up over the upgraded transport");
      await waitFor(seats[0].conn, (s) => s.envelope?.view.handRaised === true, 3000, "the other tab too");
    } finally {
      polling.close();
    }
  });

  it("budgets are made when first spent, shared by an actor's sockets, and forgotten when the sockets are gone and the budget is full", async () => {
    const { room, seats } = await roomWithTablets(server.url, 2);
    const roomId = roomIdOf(room.hostToken);
    const kept = index();
    // Host (one login session), screen and two seats: four actors, none with a bucket yet.
    expect(kept.size).toBe(4);
    expect(kept.actor(roomId, { role: "seat", seatId: seats[0].seatId })?.budgetsFull).toBe(true);

    // Spend the seat's budget to the last token (20 by default), then one more is refused.
    const acks = await Promise.all(Array.from({ length: 21 }, () => seats[0].conn.send("room:sync", {})));
    expect(acks.filter((x) => x.ok)).toHaveLength(20);
    expect(acks.filter((x) => !x.ok)).toEqual([expect.objectContaining({ ok: false, code: "RATE_LIMITED" })]);
    expect(kept.actor(roomId, { role: "seat", seatId: seats[1].seatId })?.budgetsFull).toBe(true);

    // A second tab of the same seat gets the same, spent budget.
    const secondTab = connect<SeatView>(server.url, seats[0].token);
    await waitFor(secondTab, (s) => s.envelope !== null, 3000, "second tab");
    expect(await secondTab.send("room:sync", {})).toMatchObject({ ok: false, code: "RATE_LIMITED" });

    // Every socket gone: the spent seat's budget stays (reconnecting does not refill it); the
    // unspent actors are forgotten at once.
    closeAllConnections();
    for (let i = 0; i < 50 && server.sammen.io.of("/").sockets.size > 0; i++) await sleep(20);
    expect(server.sammen.io.of("/").sockets.size).toBe(0);
    expect(kept.size).toBe(1);
    expect(kept.actor(roomId, { role: "seat", seatId: seats[0].seatId })?.sockets).toHaveLength(0);
    expect(kept.actor(roomId, { role: "seat", seatId: seats[0].seatId })?.budgetsFull).toBe(false);
  });
});
