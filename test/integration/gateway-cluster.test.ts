/**
 * Closing a seat reaches its sockets on another process: two servers in this process share a
 * real redis-server (the Socket.IO Redis adapter between them, as in production), and a seat's
 * tablet is connected to the one that serves its room. The other process sends the close it
 * would send after a kick (server/realtime/gateway.ts, "seat:close"): the tablet is told and
 * closed; another seat and the host stay; a malformed message changes nothing.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostView, SeatView } from "../../shared/protocol.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { claimSeat, closeAllConnections, connect, facilitator, openRoom, sleep, startServer, waitFor, type TestServer } from "../support/server.js";
import { startRedis, type RedisService } from "../support/services.js";

let redis: RedisService;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  redis = await startRedis();
  const shared = { redisUrl: redis.url, tokenSecret: randomBytes(32).toString("hex"), leaseMs: 4000 };
  a = await startServer({ ...shared, nodeName: "a" });
  b = await startServer({ ...shared, nodeName: "b" });
}, 30_000);
afterAll(async () => {
  closeAllConnections();
  await a?.close();
  await b?.close();
  await redis?.stop();
});

const roomIdOf = (token: string): string => (JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString()) as { roomId: string }).roomId;

describe("seat close across processes", () => {
  it("a seat closed at the other process is told and closed here; the rest of the room stays; garbage is ignored", async () => {
    const room = await openRoom(await facilitator(a.url));
    const host = connect<HostView>(a.url, room.hostToken);
    const kicked = await claimSeat(a.url, room.code, ALL_AVATARS[0]);
    const other = await claimSeat(a.url, room.code, ALL_AVATARS[1]);
    const kickedConn = connect<SeatView>(a.url, kicked.token);
    const otherConn = connect<SeatView>(a.url, other.token);
    await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === 2, 5000, "both seats present at a");
    const roomId = roomIdOf(room.hostToken);
    // Both processes see each other through Redis before anything is sent.
    for (let i = 0; i < 100 && (await b.sammen.io.of("/").adapter.serverCount()) < 2; i++) await sleep(50);
    expect(await b.sammen.io.of("/").adapter.serverCount()).toBe(2);

    // Not a seat close: wrong types and an unknown reason change nothing.
    const raw = b.sammen.io as unknown as { serverSideEmit(ev: string, ...args: unknown[]): boolean };
    raw.serverSideEmit("seat:close", roomId, kicked.seatId, "whatever");
    raw.serverSideEmit("seat:close", 42, { seatId: kicked.seatId }, "kicked");
    raw.serverSideEmit("seat:close", roomId);
    await sleep(300);
    expect(kickedConn.getSnapshot().closed).toBeNull();

    b.sammen.io.serverSideEmit("seat:close", roomId, kicked.seatId, "kicked");
    expect((await waitFor(kickedConn, (s) => s.closed !== null, 3000, "closed from the other process")).closed).toBe("kicked");
    await sleep(100);
    expect(otherConn.getSnapshot().closed).toBeNull();
    expect(host.getSnapshot().closed).toBeNull();
    expect([...a.sammen.io.of("/").sockets.values()].map((s) => s.data.actor.role).sort()).toEqual(["host", "seat"]);
  }, 30_000);
});
