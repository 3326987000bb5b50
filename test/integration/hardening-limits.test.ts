/**
 * Limits that hold: behind a proxy (spoofed X-Forwarded-For), for half-open
 * Engine.IO sessions, for many CONNECT packets in one write, for guesses at one
 * account from many addresses, and for cross-origin state changes. And the
 * other side of every limit: a school NAT with 30 tablets, two leaders and a
 * tablet that reloads ten times, with the default limits, never see a refusal.
 * Real server on 127.0.0.1 (docs/operations.md, "Limits").
 */
import { createHmac } from "node:crypto";
import { io, Manager, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import type { ServerConfig } from "../../server/config.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { PROTOCOL_VERSION, type HandshakeRefusal, type HostView, type SeatView } from "../../shared/protocol.js";
import {
  addFacilitator,
  ApiClient,
  closeAllConnections,
  connect,
  facilitator,
  openRoom,
  openRoomDirect,
  sleep,
  startServer,
  waitFor,
  type TestServer,
} from "../support/server.js";

let server: TestServer | undefined;
const raw: { close(): void }[] = [];
async function start(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  server = await startServer(overrides);
  return server;
}
afterEach(async () => {
  for (const s of raw.splice(0)) s.close();
  closeAllConnections();
  await server?.close();
  server = undefined;
});

const PASSWORD = "riktig-hemmelig-passord";
type ErrorBody = { error: { code: string; message: string } };

/** A socket.io-client handshake with extra headers; resolves with the refusal code or "connected". */
function handshake(url: string, token: string, headers: Record<string, string> = {}): Promise<string> {
  const socket: Socket = io(url, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
  raw.push({ close: () => socket.disconnect() });
  return new Promise((resolve) => {
    socket.once("connect", () => resolve("connected"));
    socket.once("connect_error", (err: Error & { data?: HandshakeRefusal }) => resolve(err.data?.code ?? `engine: ${err.message}`));
  });
}

/** A bare Engine.IO polling handshake (no namespace, no token): a half-open session. */
async function pollingHandshake(url: string, headers: Record<string, string> = {}): Promise<{ status: number; sid?: string }> {
  const res = await fetch(`${url}/socket.io/?EIO=4&transport=polling`, { headers });
  const text = await res.text();
  return { status: res.status, sid: res.status === 200 ? (JSON.parse(text.slice(1)) as { sid: string }).sid : undefined };
}

describe("behind a proxy: the client address is the right-most one a trusted proxy added", () => {
  it("a spoofed left-most X-Forwarded-For changes nothing: look-ups, logins and sockets stay limited per real client", { timeout: 60_000 }, async () => {
    const s = await start({ trustProxy: 1, joinAttemptsPerMinute: 5, loginAttemptsPer15Min: 2, maxSocketsPerIp: 3 });
    const spoofed = (i: number) => ({ "x-forwarded-for": `203.0.113.${i}, 10.0.0.1` });

    const lookups: number[] = [];
    for (let i = 0; i < 10; i++) lookups.push((await new ApiClient(s.url, spoofed(i)).request("GET", "/api/join/ABCDE")).status);
    expect(lookups).toEqual([404, 404, 404, 404, 404, 429, 429, 429, 429, 429]);
    // Another real client behind the same proxy has its own budget.
    expect((await new ApiClient(s.url, { "x-forwarded-for": "10.0.0.2" }).request("GET", "/api/join/ABCDE")).status).toBe(404);

    await facilitator(s.url, "leder1", PASSWORD);
    const logins: number[] = [];
    for (let i = 0; i < 9; i++) {
      logins.push((await new ApiClient(s.url, spoofed(i)).request("POST", "/api/auth/login", { username: `ingen${i}`, password: "feil-passord-1" })).status);
    }
    expect(logins.filter((x) => x === 401)).toHaveLength(6); // 3 × the per-name limit per address
    expect(logins.slice(6)).toEqual([429, 429, 429]);

    const room = await openRoomDirect(s);
    const sockets: string[] = [];
    for (let i = 0; i < 5; i++) sockets.push(await handshake(s.url, room.screenToken, spoofed(i)));
    expect(sockets).toEqual(["connected", "connected", "connected", "RATE_LIMITED", "RATE_LIMITED"]);
  });

  it("hops and proxy addresses: with 2 trusted hops the client is the second from the right; with no trust the header is ignored", async () => {
    const s = await start({ trustProxy: 2, joinAttemptsPerMinute: 2 });
    const via = (spoof: string) => ({ "x-forwarded-for": `${spoof}, 10.0.0.7, 10.9.9.9` });
    const statuses: number[] = [];
    for (const spoof of ["1.1.1.1", "2.2.2.2", "3.3.3.3"]) statuses.push((await new ApiClient(s.url, via(spoof)).request("GET", "/api/join/ABCDE")).status);
    expect(statuses).toEqual([404, 404, 429]);
    await s.close();
    server = undefined;

    const listed = await start({ trustProxy: ["127.0.0.1"], joinAttemptsPerMinute: 2 });
    const byList: number[] = [];
    for (const spoof of ["1.1.1.1", "2.2.2.2", "3.3.3.3"]) byList.push((await new ApiClient(listed.url, { "x-forwarded-for": `${spoof}, 10.0.0.8` }).request("GET", "/api/join/ABCDE")).status);
    expect(byList).toEqual([404, 404, 429]);
    await listed.close();
    server = undefined;

    const none = await start({ joinAttemptsPerMinute: 2 });
    const direct: number[] = [];
    for (const spoof of ["10.0.0.1", "10.0.0.2", "10.0.0.3"]) direct.push((await new ApiClient(none.url, { "x-forwarded-for": spoof }).request("GET", "/api/join/ABCDE")).status);
    expect(direct).toEqual([404, 404, 429]);
  });
});

describe("realtime connection limits", () => {
  it("half-open Engine.IO sessions are capped per address and in total, and new sessions are rate limited; a closed one frees its place", async () => {
    const s = await start({ trustProxy: 1, maxSessionsPerIp: 10, maxConnectionsTotal: 15, handshakeBurstPerIp: 1000 });
    const a = { "x-forwarded-for": "10.0.0.1" };
    const first = await Promise.all(Array.from({ length: 14 }, () => pollingHandshake(s.url, a)));
    expect(first.filter((r) => r.status === 200)).toHaveLength(10);
    expect(first.filter((r) => r.status === 403)).toHaveLength(4);
    expect(s.sammen.io.engine.clientsCount).toBe(10);
    // Other addresses share the total.
    const others = await Promise.all(Array.from({ length: 8 }, (_, i) => pollingHandshake(s.url, { "x-forwarded-for": `10.0.1.${i}` })));
    expect(others.filter((r) => r.status === 200)).toHaveLength(5);
    expect(s.sammen.io.engine.clientsCount).toBe(15);
    // Closing one session (an Engine.IO close packet) gives its place back.
    const sid = first.find((r) => r.sid)!.sid!;
    await fetch(`${s.url}/socket.io/?EIO=4&transport=polling&sid=${sid}`, { method: "POST", headers: { ...a, "content-type": "text/plain" }, body: "1" });
    await sleep(100);
    expect((await pollingHandshake(s.url, a)).status).toBe(200);
    await s.close();
    server = undefined;

    const paced = await start({ handshakeBurstPerIp: 5, handshakesPerIpPerSecond: 1 });
    const burst = await Promise.all(Array.from({ length: 8 }, () => pollingHandshake(paced.url)));
    expect(burst.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 403, 403, 403]);
  });

  it("many CONNECT packets in one write cannot pass the per-address socket limit", async () => {
    const s = await start({ maxSocketsPerIp: 5 });
    const room = await openRoomDirect(s);
    let peak = 0;
    s.sammen.io.on("connection", () => (peak = Math.max(peak, s.sammen.io.of("/").sockets.size)));
    const manager = new Manager(s.url, { transports: ["websocket"], reconnection: false, autoConnect: false, forceNew: true });
    raw.push({ close: () => manager.engine?.close() });
    await new Promise<void>((resolve, reject) => manager.open((err) => (err ? reject(err) : resolve())));
    const replies: string[] = [];
    let closed = false;
    // Only CONNECT answers ("0…" accepted, "4…" refused); room views ("2…") follow accepted ones.
    manager.engine.on("message", (data) => /^[04]/.test(String(data)) && replies.push(String(data)));
    manager.engine.on("close", () => (closed = true));
    const connectPacket = `0${JSON.stringify({ token: room.screenToken, protocolVersion: PROTOCOL_VERSION })}`;
    // Twenty CONNECTs for the default namespace, flushed together in one go. Socket.IO handles
    // all that arrive before the first socket is registered, then closes the transport on the
    // next duplicate CONNECT: every one it handled went through the limit.
    for (let i = 0; i < 20; i++) manager.engine.send(connectPacket);
    await waitUntil(() => closed || replies.length >= 20, 3000);
    const accepted = replies.filter((r) => r.startsWith("0"));
    const refused = replies.filter((r) => r.startsWith("4"));
    expect(accepted).toHaveLength(5);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) expect(r).toContain("RATE_LIMITED");
    expect(peak).toBeLessThanOrEqual(5);
    // Closing the transport frees every slot it held.
    manager.engine.close();
    await sleep(100);
    expect(s.sammen.io.of("/").sockets.size).toBe(0);
    const again: string[] = [];
    for (let i = 0; i < 6; i++) again.push(await handshake(s.url, room.screenToken));
    expect(again).toEqual(["connected", "connected", "connected", "connected", "connected", "RATE_LIMITED"]);
  });
});

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await sleep(20);
  }
}

describe("per-account back-off", () => {
  it("guesses at one account from many addresses slow down (429 + Retry-After), the leader's own browser is not slowed, and its sign-in clears the back-off", { timeout: 60_000 }, async () => {
    const s = await start({ trustProxy: 1, loginFreeFailures: 5, loginBackoffBaseMs: 10_000, loginBackoffMaxMs: 10_000 });
    const leader = await facilitator(s.url, "leder1", PASSWORD); // this browser signed in before
    await leader.request("POST", "/api/auth/logout");

    // 50 guesses from 5 addresses, five at a time (one per address).
    const statuses: number[] = [];
    for (let round = 0; round < 10; round++) {
      const batch = await Promise.all(
        [0, 1, 2, 3, 4].map((a) =>
          new ApiClient(s.url, { "x-forwarded-for": `198.51.100.${a}` }).request("POST", "/api/auth/login", { username: "leder1", password: `gjett-${round}-${a}-passord` }),
        ),
      );
      statuses.push(...batch.map((r) => r.status));
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.filter((x) => x === 429).length, JSON.stringify(statuses)).toBeGreaterThanOrEqual(44);

    // The right password from a 7th address, right after the guesses: still waiting.
    const seventh = new ApiClient(s.url, { "x-forwarded-for": "192.0.2.7" });
    const early = await fetch(`${s.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.7" },
      body: JSON.stringify({ username: "leder1", password: PASSWORD }),
    });
    expect(early.status).toBe(429);
    expect(((await early.json()) as ErrorBody).error.code).toBe("RATE_LIMITED");
    // The wait is bounded by the back-off's maximum: slower guessing, never a lock-out (the wait
    // running out is in test/unit/rate-limit.test.ts, on a fake clock).
    expect(Number(early.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(early.headers.get("retry-after"))).toBeLessThanOrEqual(10);

    // A made-up known-device cookie (here: signed with an empty key) does not skip the wait.
    const forgedMac = createHmac("sha256", "").update("known-device|bm9uY2U|leder1").digest("base64url");
    const forged = await fetch(`${s.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.8", cookie: `sammen_known=bm9uY2U.${forgedMac}` },
      body: JSON.stringify({ username: "leder1", password: PASSWORD }),
    });
    expect(forged.status).toBe(429);

    // The leader's browser (it holds the known-device cookie) signs in at once.
    expect((await leader.request("POST", "/api/auth/login", { username: "leder1", password: PASSWORD })).status).toBe(200);
    // A success clears the account's back-off: the right password now works from anywhere.
    expect((await seventh.request("POST", "/api/auth/login", { username: "leder1", password: PASSWORD })).status).toBe(200);
  });
});

describe("cross-origin state changes are refused", () => {
  it("POSTs with another Origin or Sec-Fetch-Site are 403 CROSS_ORIGIN and change nothing; same-origin and non-browser requests work", async () => {
    const s = await start();
    const api = await facilitator(s.url, "leder1", PASSWORD);
    const cookie = api.cookieHeader;
    const post = (route: string, headers: Record<string, string>, body = "{}") =>
      fetch(`${s.url}${route}`, { method: "POST", headers: { cookie, "content-type": "application/json", ...headers }, body });
    const otherPort = `http://127.0.0.1:${Number(new URL(s.url).port) === 1 ? 2 : 1}`;
    const foreign: Record<string, string>[] = [
      { origin: otherPort },
      { origin: "http://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "cross-site", origin: s.url },
    ];
    for (const headers of foreign) {
      const res = await post("/api/rooms", headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(((await res.json()) as ErrorBody).error.code).toBe("CROSS_ORIGIN");
    }
    // A form post (no JSON) from another site is refused the same way.
    const form = await post("/api/rooms", { origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" }, "a=1");
    expect(form.status).toBe(403);
    expect((await post("/api/auth/logout", { origin: "http://evil.example" })).status).toBe(403);
    expect(s.sammen.registry.stats().rooms).toBe(0);
    expect((await api.request<{ facilitator: unknown }>("GET", "/api/auth/status")).body.facilitator).not.toBeNull();

    // Reading is allowed from anywhere the browser lets it (GET changes nothing).
    expect((await fetch(`${s.url}/api/rooms`, { headers: { cookie, origin: "http://evil.example" } })).status).toBe(200);
    expect((await post("/api/rooms", { origin: s.url, "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect((await post("/api/rooms", {})).status).toBe(201);
  });

  it("a Socket.IO handshake with another Origin is refused before any session exists", async () => {
    const s = await start();
    const room = await openRoomDirect(s);
    expect(await handshake(s.url, room.screenToken, { origin: "http://evil.example" })).toMatch(/^engine: /);
    expect(await handshake(s.url, room.screenToken, { origin: `http://127.0.0.1:1` })).toMatch(/^engine: /);
    expect(s.sammen.io.engine.clientsCount).toBe(0);
    expect(await handshake(s.url, room.screenToken, { origin: s.url })).toBe("connected");
  });
});

describe("honest use with the default limits", () => {
  it("a school NAT: two leaders and 30 tablets behind one address, one tablet reloading ten times, never refused", { timeout: 30_000 }, async () => {
    const s = await start({ trustProxy: 1 });
    const nat = { "x-forwarded-for": "10.20.30.40" };
    const admin = await facilitator(s.url, "leder1", PASSWORD);
    await addFacilitator(admin, "leder2", PASSWORD);
    const coLeader = new ApiClient(s.url, nat);
    expect((await coLeader.request("POST", "/api/auth/login", { username: "leder2", password: PASSWORD })).status).toBe(200);
    const leader = new ApiClient(s.url, nat);
    expect((await leader.request("POST", "/api/auth/login", { username: "leder1", password: PASSWORD })).status).toBe(200);
    const room = await openRoom(leader);
    const second = await openRoom(coLeader);
    const host = connect<HostView>(s.url, room.hostToken);
    const coHost = connect<HostView>(s.url, second.hostToken);
    await waitFor(coHost, (x) => x.envelope !== null);

    // Thirty tablets look the code up and claim at the same moment, from one address.
    const started = Date.now();
    const claims = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const tablet = new ApiClient(s.url, nat);
        const look = await tablet.request("GET", `/api/join/${room.code}`);
        const claim = await tablet.request<{ token: string; seatId: string }>("POST", `/api/join/${room.code}`, { avatar: ALL_AVATARS[i] });
        return { look: look.status, claim: claim.status, token: claim.body.token, seatId: claim.body.seatId };
      }),
    );
    expect(claims.map((c) => `${c.look}/${c.claim}`)).toEqual(Array(30).fill("200/201"));
    expect(Date.now() - started).toBeLessThan(5000);
    const tablets = claims.map((c) => connect<SeatView>(s.url, c.token));
    await waitFor(host, (x) => x.envelope?.view.seats.filter((seat) => seat.presence === "present").length === 30, 8000, "30 present");

    // One tablet reloads ten times in a row: the same seat every time.
    const reloading = claims[7];
    tablets[7].close();
    for (let i = 0; i < 10; i++) {
      const again = connect<SeatView>(s.url, reloading.token);
      const snap = await waitFor(again, (x) => x.envelope !== null || x.closed !== null, 3000, `reload ${i}`);
      expect(snap.closed).toBeNull();
      expect(snap.envelope!.view.seatId).toBe(reloading.seatId);
      again.close();
    }
    const back = connect<SeatView>(s.url, reloading.token);
    await waitFor(back, (x) => x.envelope !== null);

    // A check-in: every tablet answers, each gets ok.
    expect((await host.send("activity:start", { kind: "checkin" })).ok).toBe(true);
    const live = s.sammen.registry.byRoomCode(room.code)!.room;
    const activityId = live.snapshot().activity!.id;
    const everyone = tablets.map((t, i) => (i === 7 ? back : t));
    for (const t of everyone) await waitFor(t, (x) => x.envelope?.view.activity !== null && x.envelope?.view.activity !== undefined);
    const acks = await Promise.all(everyone.map((t) => t.send("activity:act", { activityId, action: { type: "answer", feeling: "glad" } })));
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    expect((await coHost.send("room:lock", { locked: true })).ok).toBe(true);
    expect(live.seatCount).toBe(30);
  });
});
