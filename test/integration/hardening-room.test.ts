/**
 * Seats nobody can exhaust, one budget per seat, and command ids that mean one
 * thing: through a real server on 127.0.0.1, real REST claims and real
 * socket.io-client connections (docs/operations.md, "Seats and joining").
 */
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import type { ServerConfig } from "../../server/config.js";
import { PROTOCOL_VERSION, type Ack, type HandshakeRefusal, type HostView, type JoinStatus, type SeatView } from "../../shared/protocol.js";
import {
  ApiClient,
  claimSeat,
  closeAllConnections,
  connect,
  openRoomDirect,
  sleep,
  startServer,
  waitFor,
  type TestServer,
} from "../support/server.js";

let server: TestServer | undefined;
const raw: Socket[] = [];
async function start(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  server = await startServer(overrides);
  return server;
}
afterEach(async () => {
  for (const s of raw.splice(0)) s.disconnect();
  closeAllConnections();
  await server?.close();
  server = undefined;
});

type ErrorBody = { error: { code: string; message: string } };

function rawSocket(url: string, token: string): Promise<Socket> {
  const socket = io(url, { auth: { token, protocolVersion: PROTOCOL_VERSION }, transports: ["websocket"], reconnection: false, forceNew: true });
  raw.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (err: Error & { data?: HandshakeRefusal }) => reject(new Error(err.data?.code ?? err.message)));
  });
}
const emit = (socket: Socket, event: string, payload: unknown) => socket.timeout(3000).emitWithAck(event, payload) as Promise<Ack>;

async function claim(url: string, code: string, avatar: string) {
  return new ApiClient(url).request<ErrorBody & { token: string; seatId: string }>("POST", `/api/join/${code}`, { avatar });
}
async function available(url: string, code: string): Promise<string[]> {
  return (await new ApiClient(url).request<JoinStatus>("GET", `/api/join/${code}`)).body.availableAvatars;
}

describe("seats nobody holds come back", () => {
  it("claims whose tablet never connects free their avatar and place after the grace period; the host sees them and can lock", async () => {
    const s = await start({ presenceGraceMs: 1500, maxSeatsPerRoom: 5 });
    const room = await openRoomDirect(s);
    const host = connect<HostView>(s.url, room.hostToken);
    await waitFor(host, (x) => x.envelope !== null);

    // Someone who read the code off the projector claims every seat and never connects.
    const squatted = ["fox-blue", "owl-green", "bear-green", "cat-orange", "frog-green"];
    const grabs = await Promise.all(squatted.map((a) => claim(s.url, room.code, a)));
    expect(grabs.map((g) => g.status)).toEqual([201, 201, 201, 201, 201]);
    const full = await claim(s.url, room.code, "hedgehog-blue");
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe("ROOM_FULL");
    // The host sees every claim as a seat that is not here.
    const seen = await waitFor(host, (x) => x.envelope?.view.seats.length === 5, 3000, "host sees the claims");
    expect(seen.envelope!.view.seats.every((seat) => seat.presence !== "present")).toBe(true);
    for (const a of squatted) expect(await available(s.url, room.code)).not.toContain(a);

    await waitFor(host, (x) => x.envelope?.view.seats.every((seat) => seat.presence === "left") === true, 3000, "grace over");
    const back = await available(s.url, room.code);
    for (const a of squatted) expect(back).toContain(a);

    // A real child gets the avatar and a place; the squatter's token for it is now worthless.
    const child = await claimSeat(s.url, room.code, "fox-blue");
    const tablet = connect<SeatView>(s.url, child.token);
    expect((await waitFor(tablet, (x) => x.envelope !== null)).envelope!.view.code).toBe(room.code);
    const old = connect(s.url, grabs[0].body.token);
    expect((await waitFor(old, (x) => x.closed !== null)).closed).toBe("UNAUTHORIZED");
    const second = await claim(s.url, room.code, "hedgehog-blue");
    expect(second.status).toBe(201);
    expect(s.sammen.registry.byRoomCode(room.code)!.room.seatCount).toBeLessThanOrEqual(5);

    // The host locks: nobody else gets in, whatever they claim.
    expect((await host.send("room:lock", { locked: true })).ok).toBe(true);
    const locked = await claim(s.url, room.code, "owl-green");
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe("ROOM_LOCKED");
  });

  it("a seat that left holding an answer keeps its avatar (nothing a child sent is dropped) and its tablet comes back as itself", async () => {
    const s = await start({ presenceGraceMs: 200, maxSeatsPerRoom: 3 });
    const room = await openRoomDirect(s);
    const host = connect<HostView>(s.url, room.hostToken);
    const mine = await claimSeat(s.url, room.code, "fox-blue");
    let tablet = connect<SeatView>(s.url, mine.token);
    await waitFor(host, (x) => x.envelope?.view.seats[0]?.presence === "present");
    expect((await host.send("activity:start", { kind: "checkin" })).ok).toBe(true);
    const live = s.sammen.registry.byRoomCode(room.code)!.room;
    await waitFor(tablet, (x) => x.envelope?.version === live.version);
    const activityId = live.snapshot().activity!.id;
    expect((await tablet.send("activity:act", { activityId, action: { type: "answer", feeling: "sint" } })).ok).toBe(true);
    tablet.close();
    await waitFor(host, (x) => x.envelope?.view.seats[0]?.presence === "left", 3000, "left");
    await sleep(50);
    expect(await available(s.url, room.code)).not.toContain("fox-blue");
    expect((await claim(s.url, room.code, "fox-blue")).body.error.code).toBe("AVATAR_TAKEN");
    tablet = connect<SeatView>(s.url, mine.token);
    const again = await waitFor(tablet, (x) => x.envelope !== null);
    expect(again.envelope!.view.seatId).toBe(mine.seatId);
    expect(live.hasSeat(mine.seatId)).toBe(true);
  });

  it("a cleared tablet joining again does not use up a place once its old seat's grace is over", async () => {
    const s = await start({ presenceGraceMs: 250, maxSeatsPerRoom: 2 });
    const room = await openRoomDirect(s);
    const first = await claimSeat(s.url, room.code, "fox-blue");
    const tablet = connect<SeatView>(s.url, first.token);
    await waitFor(tablet, (x) => x.envelope !== null);
    tablet.close(); // storage cleared: the token is gone with it
    const rejoined = await claimSeat(s.url, room.code, "owl-green");
    expect(rejoined.seatId).not.toBe(first.seatId);
    expect((await claim(s.url, room.code, "bear-green")).body.error.code).toBe("ROOM_FULL"); // the old seat is still in grace
    await sleep(400);
    expect((await claim(s.url, room.code, "bear-green")).status).toBe(201);
    const live = s.sammen.registry.byRoomCode(room.code)!.room;
    expect(live.seatCount).toBe(2);
    expect(live.hasSeat(first.seatId)).toBe(false);
  });

  it("claims per room code are paced: a burst gets in at once, the rest wait their turn, past the queue limit 429 with Retry-After", async () => {
    const s = await start({ claimBurstPerRoom: 5, claimsPerSecondPerRoom: 1, claimQueueMs: 1500 });
    const room = await openRoomDirect(s);
    const avatars = (await available(s.url, room.code)).slice(0, 15);
    const started = Date.now();
    const results = await Promise.all(
      avatars.map(async (a) => {
        const res = await fetch(`${s.url}/api/join/${room.code}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ avatar: a }) });
        return { status: res.status, retryAfter: res.headers.get("retry-after"), at: Date.now() - started };
      }),
    );
    const ok = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 429);
    // 5 at once, then one a second for as long as a claim may wait (1.5 s): about 6 or 7, a few
    // more only if the requests themselves arrive spread out over seconds. Unpaced, all 15 pass.
    expect(ok.length).toBeGreaterThanOrEqual(6);
    expect(ok.length).toBeLessThanOrEqual(10);
    expect(refused).toHaveLength(15 - ok.length);
    for (const r of refused) expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...ok.map((r) => r.at))).toBeGreaterThanOrEqual(900); // the sixth waited its turn
    expect(s.sammen.registry.byRoomCode(room.code)!.room.seatCount).toBe(ok.length);
  });
});

describe("one budget per seat", () => {
  it("one seat token on many sockets: at most 4 stay open, and together they get one seat's budget; another seat is unaffected", async () => {
    const s = await start({ intentBurst: 20, intentsPerSecond: 2, maxSocketsPerSeat: 4 });
    const room = await openRoomDirect(s);
    const flooder = await claimSeat(s.url, room.code, "fox-blue");
    const honest = await claimSeat(s.url, room.code, "owl-green");
    const sockets: Socket[] = [];
    for (let i = 0; i < 8; i++) sockets.push(await rawSocket(s.url, flooder.token));
    await sleep(200);
    const open = sockets.filter((x) => x.connected);
    expect(open).toHaveLength(4);
    expect(open).toEqual(sockets.slice(4)); // the newest win; the oldest were dropped

    const honestSocket = await rawSocket(s.url, honest.token);
    let n = 0;
    const flood = open.flatMap((sock) => Array.from({ length: 30 }, () => emit(sock, "room:sync", { commandId: `flood-${String(n++).padStart(6, "0")}` })));
    const acks = await Promise.all(flood);
    const accepted = acks.filter((a) => a.ok).length;
    expect(accepted).toBeGreaterThanOrEqual(20);
    expect(accepted).toBeLessThanOrEqual(22); // the burst, plus what 2/s refills during the flood
    expect(acks.filter((a) => !a.ok && a.code === "RATE_LIMITED")).toHaveLength(120 - accepted);
    for (let i = 0; i < 10; i++) expect((await emit(honestSocket, "room:sync", { commandId: `honest-${i}-abcdef` })).ok).toBe(true);

    // Reconnecting does not refill the seat's budget.
    for (const sock of open) sock.disconnect();
    const fresh = await rawSocket(s.url, flooder.token);
    const again = await Promise.all(Array.from({ length: 20 }, (_, i) => emit(fresh, "room:sync", { commandId: `after-reconnect-${i}` })));
    expect(again.filter((a) => a.ok).length).toBeLessThan(10);
  });
});

describe("a commandId means one intent", () => {
  it("a repeat with the same event and payload gets the first answer; with another payload or event it is COMMAND_REUSED and changes nothing", async () => {
    const s = await start();
    const room = await openRoomDirect(s);
    const host = await rawSocket(s.url, room.hostToken);
    const live = s.sammen.registry.byRoomCode(room.code)!.room;
    const first = await emit(host, "room:lock", { commandId: "lock-command-0001", locked: true });
    expect(first.ok).toBe(true);
    const version = live.version;
    expect(await emit(host, "room:lock", { commandId: "lock-command-0001", locked: true })).toEqual(first);
    const other = await emit(host, "room:lock", { commandId: "lock-command-0001", locked: false });
    expect(other).toEqual({ ok: false, code: "COMMAND_REUSED", message: expect.any(String) as string });
    const otherEvent = await emit(host, "room:configure", { commandId: "lock-command-0001", k: 4 });
    expect(otherEvent.ok === false && otherEvent.code).toBe("COMMAND_REUSED");
    expect(live.locked).toBe(true);
    expect(live.settings.k).not.toBe(4);
    expect(live.version).toBe(version);
    // Ids are per actor: a new id works as usual.
    expect((await emit(host, "room:lock", { commandId: "lock-command-0002", locked: false })).ok).toBe(true);
    expect(live.locked).toBe(false);
  });
});
