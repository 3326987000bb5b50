/**
 * Security through the real parts: forged and foreign tokens, role isolation
 * between host, screen and tablet, room isolation, protocol version checks,
 * security headers and the per-address socket limit.
 */
import { VALID_PAYLOADS, type ValidPayloads } from "../support/valid-payloads.js";
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import type { ServerConfig } from "../../server/config.js";
import { ROOM_TOKEN_TTL_MS } from "../../server/rooms/registry.js";
import { createTokenSigner } from "../../server/security/tokens.js";
import {
  CLIENT_EVENT_NAMES,
  clientEvents,
  PROTOCOL_VERSION,
  type ClientEventName,
  type ClientPayload,
  type HandshakeRefusal,
  type HostView,
  type Role,
  type ScreenView,
  type SeatView,
} from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { claimSeat, closeAllConnections, connect, facilitator, openRoom, sleep, startServer, waitFor, type TestServer } from "../support/server.js";

const SECRET = "security-test-secret-0123456789abcdef";

let server: TestServer | undefined;
const rawSockets: Socket[] = [];
async function start(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  server = await startServer({ tokenSecret: SECRET, ...overrides });
  return server;
}
afterEach(async () => {
  for (const s of rawSockets.splice(0)) s.disconnect();
  closeAllConnections();
  await server?.close();
  server = undefined;
});

/** A bare socket.io-client connection (no SDK), resolving with how the handshake ended. */
function handshake(url: string, auth: unknown): Promise<{ connected: true; socket: Socket } | { connected: false; data: HandshakeRefusal | undefined }> {
  const socket = io(url, { auth: auth as Record<string, unknown>, transports: ["websocket"], reconnection: false, forceNew: true });
  rawSockets.push(socket);
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ connected: true, socket }));
    socket.once("connect_error", (err: Error & { data?: HandshakeRefusal }) => resolve({ connected: false, data: err.data }));
  });
}

async function refusalCode(url: string, auth: unknown): Promise<string> {
  const result = await handshake(url, auth);
  return result.connected ? "connected" : (result.data?.code ?? "no code");
}

/** Two rooms of the same facilitator, each with a host, a screen, one tablet and a running check-in. */
async function twoRooms(s: TestServer) {
  const api = await facilitator(s.url);
  const make = async (avatar: string) => {
    const summary = await openRoom(api);
    const claim = await claimSeat(s.url, summary.code, avatar);
    const host = connect<HostView>(s.url, summary.hostToken);
    const screen = connect<ScreenView>(s.url, summary.screenToken);
    const seat = connect<SeatView>(s.url, claim.token);
    await waitFor(host, (x) => x.envelope?.view.seats[0]?.presence === "present", 3000, "tablet present");
    expect((await host.send("activity:start", { kind: "checkin" })).ok).toBe(true);
    const live = s.sammen.registry.byRoomCode(summary.code)!.room;
    for (const conn of [host, screen, seat] as RoomConnection[]) await waitFor(conn, (x) => x.envelope?.version === live.version);
    return { summary, claim, host, screen, seat, live, activityId: live.snapshot().activity!.id };
  };
  return { a: await make("fox-blue"), b: await make("bear-green") };
}

/** A valid payload for every event (the role checks below must be the only reason for a refusal). */
const VALID: ValidPayloads = {
  ...VALID_PAYLOADS,
  // The host-only step of the check-in, so a seat's refusal is about its role, not the action.
  "activity:act": (ctx) => ({ activityId: ctx.activityId, action: { type: "reveal" } }),
};

function send(conn: RoomConnection, event: ClientEventName, ctx: { seatId: string; activityId: string }) {
  // The SDK's send is generic per event; the table above is typed per event.
  return (conn.send as (e: ClientEventName, p: object) => ReturnType<RoomConnection["send"]>)(event, VALID[event](ctx));
}

describe("tokens in the handshake", () => {
  it("forged, tampered, foreign and expired tokens are refused with UNAUTHORIZED", async () => {
    const s = await start();
    const { a } = await twoRooms(s);
    const [body, sig] = a.summary.hostToken.split(".");
    const flip = (text: string, i: number) => text.slice(0, i) + (text[i] === "A" ? "B" : "A") + text.slice(i + 1);
    const seatBody = JSON.parse(Buffer.from(a.claim.token.split(".")[0], "base64url").toString("utf8")) as Record<string, unknown>;
    const asHost = Buffer.from(JSON.stringify({ role: "host", roomId: seatBody.roomId, exp: seatBody.exp })).toString("base64url");
    const forged: Record<string, string> = {
      "a random string": "this-is-not-a-token-at-all-0123456789",
      "tampered signature": `${body}.${flip(sig, 0)}`,
      "tampered signature (middle)": `${body}.${flip(sig, 20)}`,
      "tampered body": `${flip(body, 3)}.${sig}`,
      "a seat token turned host": `${asHost}.${a.claim.token.split(".")[1]}`,
      "signed with another secret": createTokenSigner("some-other-secret-value-000000").sign({ role: "host", roomId: a.live.id, sid: "no-such-login-session" }, ROOM_TOKEN_TTL_MS),
      "expired": createTokenSigner(SECRET, () => Date.now() - 2 * ROOM_TOKEN_TTL_MS).sign({ role: "host", roomId: a.live.id, sid: "no-such-login-session" }, ROOM_TOKEN_TTL_MS),
      "a seat id this room never had": createTokenSigner(SECRET).sign({ role: "seat", roomId: a.live.id, seatId: "no-such-seat" }, ROOM_TOKEN_TTL_MS),
      "too short": "abc",
      "too long": "x".repeat(5000),
    };
    const before = a.live.version;
    for (const [what, token] of Object.entries(forged)) {
      const conn = connect(s.url, token);
      const snap = await waitFor(conn, (x) => x.closed !== null, 3000, what);
      expect(snap.closed, what).toBe("UNAUTHORIZED");
      expect(snap.envelope, what).toBeNull();
    }
    // A correctly signed token for a room that does not exist (any more) is told the room has ended.
    const ghost = connect(s.url, createTokenSigner(SECRET).sign({ role: "host", roomId: "no-such-room", sid: "no-such-login-session" }, ROOM_TOKEN_TTL_MS));
    expect((await waitFor(ghost, (x) => x.closed !== null)).closed).toBe("ROOM_ENDED");
    // The control: the untouched token works.
    const real = connect<HostView>(s.url, a.summary.hostToken);
    expect((await waitFor(real, (x) => x.envelope !== null)).envelope!.view.code).toBe(a.summary.code);
    expect(a.live.version).toBe(before);
  });

  it("a missing or malformed handshake is UNAUTHORIZED; a protocol mismatch is CLIENT_TOO_OLD", async () => {
    const s = await start();
    const { a } = await twoRooms(s);
    const token = a.summary.hostToken;
    expect(await refusalCode(s.url, { token, protocolVersion: 999 })).toBe("CLIENT_TOO_OLD");
    expect(await refusalCode(s.url, { token, protocolVersion: PROTOCOL_VERSION - 1 })).toBe("CLIENT_TOO_OLD");
    expect(await refusalCode(s.url, { token })).toBe("UNAUTHORIZED");
    expect(await refusalCode(s.url, { token, protocolVersion: "1" })).toBe("UNAUTHORIZED");
    expect(await refusalCode(s.url, {})).toBe("UNAUTHORIZED");
    expect(await refusalCode(s.url, { token: 12345678901, protocolVersion: PROTOCOL_VERSION })).toBe("UNAUTHORIZED");
    // The too-old check comes before the token check: a stale page is told to reload, whatever it holds.
    expect(await refusalCode(s.url, { token: "junk-junk-junk-junk", protocolVersion: 999 })).toBe("CLIENT_TOO_OLD");
    expect(await refusalCode(s.url, { token, protocolVersion: PROTOCOL_VERSION })).toBe("connected");
  });
});

describe("room isolation", () => {
  it("a seat token of room A reaches only room A, and cannot be re-signed into room B", async () => {
    const s = await start();
    const { a, b } = await twoRooms(s);
    expect(a.seat.view!.code).toBe(a.summary.code);
    const bBefore = b.live.version;
    // Both rooms' check-ins are "a1": the seat's intent still lands in its own room only.
    expect(a.activityId).toBe(b.activityId);
    expect((await a.seat.send("activity:act", { activityId: a.activityId, action: { type: "answer", feeling: "sint" } })).ok).toBe(true);
    expect((await a.seat.send("help:request", {})).ok).toBe(true);
    expect(b.live.version).toBe(bBefore);
    expect(JSON.stringify(b.live.snapshot())).not.toContain(a.claim.seatId);
    expect(JSON.stringify(b.host.getSnapshot().envelope)).not.toMatch(new RegExp(`${a.claim.seatId}|sint`));
    const aState = a.live.snapshot().activity!.state as { answers: Record<string, unknown> };
    expect(Object.keys(aState.answers)).toEqual([a.claim.seatId]);
    // Even a correctly signed token naming room B with room A's seat id is refused.
    const crossed = createTokenSigner(SECRET).sign({ role: "seat", roomId: b.live.id, seatId: a.claim.seatId }, ROOM_TOKEN_TTL_MS);
    expect(await refusalCode(s.url, { token: crossed, protocolVersion: PROTOCOL_VERSION })).toBe("UNAUTHORIZED");
    expect(b.live.version).toBe(bBefore);
  });

  it("a host token of room A cannot drive room B", async () => {
    const s = await start();
    const { a, b } = await twoRooms(s);
    const bBefore = b.live.version;
    // Seat ids of room B mean nothing in room A.
    expect(await a.host.send("seat:kick", { seatId: b.claim.seatId })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await a.host.send("help:resolve", { seatId: b.claim.seatId })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    // Room-level commands act on the host's own room only.
    expect((await a.host.send("room:lock", { locked: true })).ok).toBe(true);
    expect((await a.host.send("room:configure", { k: 6 })).ok).toBe(true);
    expect((await a.host.send("activity:act", { activityId: a.activityId, action: { type: "reveal" } })).ok).toBe(true);
    expect((await a.host.send("activity:stop", { activityId: a.activityId })).ok).toBe(true);
    expect(a.live.locked).toBe(true);
    expect(b.live.locked).toBe(false);
    expect(b.live.settings.k).toBe(3);
    expect(b.live.snapshot().activity?.id).toBe(b.activityId);
    expect(b.live.hasSeat(b.claim.seatId)).toBe(true);
    expect(b.live.version).toBe(bBefore);
    // Ending room A leaves room B and its connections alone.
    expect((await a.host.send("room:end", {})).ok).toBe(true);
    expect((await waitFor(a.seat, (x) => x.closed !== null)).closed).toBe("ended");
    expect(b.live.isEnded).toBe(false);
    expect(await b.seat.send("room:sync", {})).toEqual({ ok: true, version: bBefore });
    expect(b.seat.getSnapshot().closed).toBeNull();
    expect((await b.host.send("room:lock", { locked: true })).ok).toBe(true);
  });
});

describe("role isolation", () => {
  it("the screen is read-only: every intent but room:sync is FORBIDDEN, activity:act included", async () => {
    const s = await start();
    const { a } = await twoRooms(s);
    const ctx = { seatId: a.claim.seatId, activityId: a.activityId };
    const before = a.live.version;
    const screenEvents = CLIENT_EVENT_NAMES.filter((e) => !(clientEvents[e].roles as readonly Role[]).includes("screen"));
    expect(screenEvents).toContain("activity:act");
    expect(screenEvents).toContain("room:end");
    expect(CLIENT_EVENT_NAMES.filter((e) => !screenEvents.includes(e))).toEqual(["room:sync"]);
    for (const event of screenEvents) {
      expect(await send(a.screen as RoomConnection, event, ctx), event).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(a.live.version).toBe(before);
    expect(a.live.isEnded).toBe(false);
    expect(a.live.hasSeat(a.claim.seatId)).toBe(true);
    expect(await a.screen.send("room:sync", {})).toEqual({ ok: true, version: before });
  });

  it("a tablet cannot send host commands (FORBIDDEN) nor reveal the picture", async () => {
    const s = await start();
    const { a } = await twoRooms(s);
    // A second tablet, the target of a would-be kick.
    const other = await claimSeat(s.url, a.summary.code, "owl-orange");
    const ctx = { seatId: other.seatId, activityId: a.activityId };
    const before = a.live.version;
    const hostOnly = CLIENT_EVENT_NAMES.filter((e) => !(clientEvents[e].roles as readonly Role[]).includes("seat"));
    for (const required of ["room:lock", "seat:kick", "room:end", "activity:start", "activity:stop", "room:configure", "help:resolve"]) {
      expect(hostOnly).toContain(required);
    }
    for (const event of hostOnly) {
      expect(await send(a.seat as RoomConnection, event, ctx), event).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // Allowed event, refused by the activity: only the host shows the group picture.
    expect(await a.seat.send("activity:act", { activityId: a.activityId, action: { type: "reveal" } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(a.live.version).toBe(before);
    expect(a.live.locked).toBe(false);
    expect(a.live.isEnded).toBe(false);
    expect(a.live.hasSeat(other.seatId)).toBe(true);
    expect(a.live.snapshot().activity?.id).toBe(a.activityId);
    // The host, with the same payloads, is obeyed (the control).
    expect((await a.host.send("seat:kick", { seatId: other.seatId })).ok).toBe(true);
    expect(a.live.hasSeat(other.seatId)).toBe(false);
  });
});

describe("HTTP hardening", () => {
  it("responses carry a strict same-origin Content-Security-Policy and no x-powered-by", async () => {
    const s = await start();
    for (const route of ["/host", "/screen", "/join", "/", "/api/health", "/api/join/ZZZZZ", "/no-such-page"]) {
      const res = await fetch(s.url + route);
      await res.arrayBuffer();
      const csp = res.headers.get("content-security-policy");
      expect(csp, route).toBeTruthy();
      const directives = new Map(
        csp!
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map(([name, ...values]) => [name, values] as const),
      );
      expect(directives.get("default-src"), route).toEqual(["'self'"]);
      expect(directives.get("script-src"), route).toEqual(["'self'"]);
      expect(directives.get("object-src"), route).toEqual(["'none'"]);
      expect(directives.get("frame-ancestors"), route).toEqual(["'none'"]);
      expect(csp, route).not.toMatch(/https?:\/\/|\*|unsafe-eval|wss?:/);
      expect(res.headers.get("x-powered-by"), route).toBeNull();
      expect(res.headers.get("x-content-type-options"), route).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), route).toBe("no-referrer");
      // Plain HTTP on a school LAN: no HSTS unless configured for TLS.
      expect(res.headers.get("strict-transport-security"), route).toBeNull();
    }
    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(await health.json()).toMatchObject({ ok: true });
  });
});

describe("connection limits", () => {
  it("a third socket from the same address is refused with RATE_LIMITED when the limit is 2", async () => {
    const s = await start({ maxSocketsPerIp: 2 });
    const summary = await openRoom(await facilitator(s.url));
    const host = connect<HostView>(s.url, summary.hostToken);
    const screen = connect<ScreenView>(s.url, summary.screenToken);
    await waitFor(host, (x) => x.envelope !== null, 3000, "host connected");
    await waitFor(screen, (x) => x.envelope !== null, 3000, "screen connected");
    const auth = { token: summary.hostToken, protocolVersion: PROTOCOL_VERSION };
    expect(await refusalCode(s.url, auth)).toBe("RATE_LIMITED");
    expect(await refusalCode(s.url, { token: summary.screenToken, protocolVersion: PROTOCOL_VERSION })).toBe("RATE_LIMITED");
    // The refused attempts did not use up a slot: closing one socket frees exactly one.
    screen.close();
    const deadline = Date.now() + 3000;
    let code = await refusalCode(s.url, auth);
    while (code !== "connected" && Date.now() < deadline) {
      await sleep(50);
      code = await refusalCode(s.url, auth);
    }
    expect(code).toBe("connected");
    expect(await refusalCode(s.url, auth)).toBe("RATE_LIMITED");
    // The sockets that are in still work.
    expect((await host.send("room:sync", {})).ok).toBe(true);
  });
});
