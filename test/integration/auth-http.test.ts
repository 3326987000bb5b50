/**
 * Facilitator accounts and the REST API through a real server (127.0.0.1:0)
 * and a real SQLite file: first-run setup, sign-in, rate limits, cookies, what
 * is stored, who may create what, and the join/QR endpoints.
 */
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { ServerConfig } from "../../server/config.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import type { JoinStatus, RoomSummary } from "../../shared/protocol.js";
import { ApiClient, closeAllConnections, facilitator, openRoom, startServer, TEST_SETUP_CODE, type TestServer } from "../support/server.js";

let server: TestServer | undefined;
async function start(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  server = await startServer(overrides);
  return server;
}
afterEach(async () => {
  closeAllConnections();
  await server?.close();
  server = undefined;
});

const PASSWORD = "riktig-hemmelig-passord";
type ErrorBody = { error: { code: string; message: string } };
type StatusBody = { needsSetup: boolean; facilitator: { id: number; username: string } | null };

async function post(base: string, route: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }) {
  const res = await fetch(base + route, { method: "POST", headers, body });
  return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
}

function readDb<T>(s: TestServer, sql: string): T[] {
  const db = new Database(s.sammen.config.dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe("first-run setup", () => {
  it("a fresh install needs setup; the first account comes from /api/auth/setup, a second setup is refused", async () => {
    const s = await start();
    const anon = new ApiClient(s.url);
    expect(await anon.request<StatusBody>("GET", "/api/auth/status")).toEqual({ status: 200, body: { needsSetup: true, facilitator: null } });

    // Refused credentials create nothing.
    const short = await anon.request<ErrorBody>("POST", "/api/auth/setup", { username: "leder1", password: "kort", setupCode: TEST_SETUP_CODE });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe("INVALID");
    expect(short.body.error.message).toMatch(/password/);
    expect((await anon.request<ErrorBody>("POST", "/api/auth/setup", { username: "a b", password: PASSWORD, setupCode: TEST_SETUP_CODE })).status).toBe(400);
    expect((await anon.request<ErrorBody>("POST", "/api/auth/setup", { username: "leder1", password: PASSWORD, setupCode: TEST_SETUP_CODE, admin: true })).status).toBe(400);
    expect((await anon.request<StatusBody>("GET", "/api/auth/status")).body.needsSetup).toBe(true);

    const first = new ApiClient(s.url);
    const created = await first.request<{ facilitator: { id: number; username: string } }>("POST", "/api/auth/setup", { username: "leder1", password: PASSWORD, setupCode: TEST_SETUP_CODE });
    expect(created.status).toBe(201);
    expect(created.body.facilitator.username).toBe("leder1");
    expect(first.cookieHeader).toMatch(/^sammen_session=[A-Za-z0-9_-]{20,}$/);
    expect(await first.request<StatusBody>("GET", "/api/auth/status")).toEqual({
      status: 200,
      body: { needsSetup: false, facilitator: { id: created.body.facilitator.id, username: "leder1", admin: true } },
    });
    expect((await anon.request<StatusBody>("GET", "/api/auth/status")).body).toEqual({ needsSetup: false, facilitator: null });

    // A second setup is refused, signed in or not.
    for (const client of [anon, first]) {
      const again = await client.request<ErrorBody>("POST", "/api/auth/setup", { username: "inntrenger", password: PASSWORD, setupCode: TEST_SETUP_CODE });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("ALREADY_SET_UP");
    }
    expect(readDb<{ username: string }>(s, "SELECT username FROM facilitators")).toEqual([{ username: "leder1" }]);
  });

  it("concurrent first-run setups: exactly one account is created", async () => {
    const s = await start();
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => new ApiClient(s.url).request<ErrorBody>("POST", "/api/auth/setup", { username: `leder${i}`, password: PASSWORD, setupCode: TEST_SETUP_CODE })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(readDb(s, "SELECT id FROM facilitators")).toHaveLength(1);
    expect(readDb(s, "SELECT token_hash FROM sessions")).toHaveLength(1);
  });

  it("the session cookie is HttpOnly and SameSite=Strict; passwords are scrypt hashes, sessions are stored hashed", async () => {
    const s = await start();
    const res = await post(s.url, "/api/auth/setup", JSON.stringify({ username: "leder1", password: PASSWORD, setupCode: TEST_SETUP_CODE }));
    expect(res.status).toBe(201);
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^sammen_session=/);
    expect(setCookie).toMatch(/;\s*HttpOnly(;|$)/i);
    expect(setCookie).toMatch(/;\s*SameSite=Strict(;|$)/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/i);
    expect(setCookie).not.toMatch(/;\s*Secure(;|$)/i); // plain HTTP on a LAN unless SECURE_COOKIES
    const token = setCookie.split(";")[0].slice("sammen_session=".length);

    const [row] = readDb<{ username: string; password_hash: string }>(s, "SELECT username, password_hash FROM facilitators");
    expect(row.password_hash.startsWith("scrypt$")).toBe(true);
    expect(row.password_hash.split("$")).toHaveLength(6);
    expect(row.password_hash).not.toContain(PASSWORD);
    const sessions = readDb<{ token_hash: string }>(s, "SELECT token_hash FROM sessions");
    expect(sessions).toEqual([{ token_hash: createHash("sha256").update(token).digest("hex") }]);
    expect(JSON.stringify(sessions)).not.toContain(token);
  });

  it("sets Secure on the cookie when configured for TLS", async () => {
    const s = await start({ secureCookies: true });
    const res = await post(s.url, "/api/auth/setup", JSON.stringify({ username: "leder1", password: PASSWORD, setupCode: TEST_SETUP_CODE }));
    expect(res.headers.get("set-cookie")).toMatch(/;\s*Secure(;|$)/i);
  });
});

describe("sign-in", () => {
  it("wrong password and unknown user are 401; the right password signs in; logout ends the session", async () => {
    const s = await start();
    await facilitator(s.url, "leder1", PASSWORD);
    const client = new ApiClient(s.url);
    const wrong = await client.request<ErrorBody>("POST", "/api/auth/login", { username: "leder1", password: "feil-passord-her" });
    expect(wrong).toEqual({ status: 401, body: { error: { code: "UNAUTHORIZED", message: expect.any(String) as string } } });
    expect(client.cookieHeader).toBe("");
    const unknown = await client.request<ErrorBody>("POST", "/api/auth/login", { username: "ingen", password: PASSWORD });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message); // does not tell which names exist
    expect((await client.request<ErrorBody>("POST", "/api/auth/login", { username: "leder1" })).status).toBe(400);

    const ok = await client.request<{ facilitator: { username: string } }>("POST", "/api/auth/login", { username: "LEDER1", password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.facilitator.username).toBe("leder1");
    expect((await client.request("GET", "/api/rooms")).status).toBe(200);

    expect((await client.request("POST", "/api/auth/logout", {})).status).toBe(200);
    expect((await client.request("GET", "/api/rooms")).status).toBe(401);
  });

  it("login is rate limited: after the configured attempts even the right password gets 429 RATE_LIMITED", async () => {
    const s = await start({ loginAttemptsPer15Min: 3 });
    await facilitator(s.url, "leder1", PASSWORD);
    const client = new ApiClient(s.url);
    for (let i = 0; i < 3; i++) {
      expect((await client.request("POST", "/api/auth/login", { username: "leder1", password: `feil-passord-${i}` })).status).toBe(401);
    }
    const limited = await client.request<ErrorBody>("POST", "/api/auth/login", { username: "leder1", password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    expect(client.cookieHeader).toBe("");
    // The limit is per name: another name from this address is still checked (and refused as unknown).
    expect((await client.request("POST", "/api/auth/login", { username: "leder2", password: PASSWORD })).status).toBe(401);
    expect((await client.request("POST", "/api/auth/login", { username: "Leder1", password: PASSWORD })).status).toBe(429);
    // The name is matched as the account lookup matches it: padding it with spaces is the same name.
    for (const padded of ["leder1 ", "  leder1", "LEDER1\t"]) {
      expect((await client.request("POST", "/api/auth/login", { username: padded, password: PASSWORD })).status, JSON.stringify(padded)).toBe(429);
    }
    expect(client.cookieHeader).toBe("");
  });
});

describe("who may create what", () => {
  it("only a signed-in facilitator can create another facilitator or a room (401 otherwise)", async () => {
    const s = await start();
    const lead = await facilitator(s.url, "leder1", PASSWORD);
    const anon = new ApiClient(s.url);
    const forged = new ApiClient(s.url);
    (forged as unknown as { cookie: string }).cookie = "sammen_session=forfalsket-okt-token-1234567890";
    for (const client of [anon, forged]) {
      for (const [method, route, body] of [
        ["POST", "/api/facilitators", { username: "leder2", password: PASSWORD }],
        ["GET", "/api/facilitators", undefined],
        ["POST", "/api/rooms", {}],
        ["GET", "/api/rooms", undefined],
      ] as const) {
        const res = await client.request<ErrorBody>(method, route, body);
        expect(res.status, `${method} ${route}`).toBe(401);
        expect(res.body.error.code).toBe("UNAUTHORIZED");
      }
    }
    expect(s.sammen.registry.stats().rooms).toBe(0);
    expect(readDb(s, "SELECT id FROM facilitators")).toHaveLength(1);

    const made = await lead.request<{ facilitator: { username: string } }>("POST", "/api/facilitators", { username: "leder2", password: PASSWORD });
    expect(made.status).toBe(201);
    const taken = await lead.request<ErrorBody>("POST", "/api/facilitators", { username: "LEDER2", password: PASSWORD });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("TAKEN");
    expect((await lead.request("POST", "/api/facilitators", { username: "leder3", password: "kort" })).status).toBe(400);
    const list = await lead.request<{ facilitators: { username: string }[] }>("GET", "/api/facilitators");
    expect(list.body.facilitators.map((f) => f.username)).toEqual(["leder1", "leder2"]);
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|password/);

    // Two concurrent requests for the same new name: one account, and a 409 (not a server error).
    const raced = await Promise.all([1, 2].map(() => lead.request<ErrorBody>("POST", "/api/facilitators", { username: "leder4", password: PASSWORD })));
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(s.logs.filter((l) => /http error/.test(l))).toEqual([]);

    // A malformed session cookie is simply no session.
    for (const cookie of ["sammen_session=%E0%A4%A", "sammen_session=%", "sammen_session=" + "a".repeat(300)]) {
      const rooms = await fetch(`${s.url}/api/rooms`, { headers: { cookie } });
      expect(rooms.status, cookie).toBe(401);
      const status = await fetch(`${s.url}/api/auth/status`, { headers: { cookie } });
      expect(status.status, cookie).toBe(200);
      expect(((await status.json()) as StatusBody).facilitator).toBeNull();
    }
    expect(s.logs.filter((l) => /http error/.test(l))).toEqual([]);

    // The new account can sign in and open a room.
    const second = await facilitator(s.url, "leder2", PASSWORD);
    const room = await openRoom(second);
    expect(room.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
  });

  it("the room list shows only the facilitator's own rooms (and their tokens)", async () => {
    const s = await start({ maxRoomsPerFacilitator: 2 });
    const a = await facilitator(s.url, "leder1", PASSWORD);
    await a.request("POST", "/api/facilitators", { username: "leder2", password: PASSWORD });
    const b = await facilitator(s.url, "leder2", PASSWORD);
    const a1 = await openRoom(a);
    const a2 = await openRoom(a);
    const b1 = await openRoom(b);
    const listA = (await a.request<{ rooms: RoomSummary[] }>("GET", "/api/rooms")).body.rooms;
    const listB = (await b.request<{ rooms: RoomSummary[] }>("GET", "/api/rooms")).body.rooms;
    expect(listA.map((r) => r.code).sort()).toEqual([a1.code, a2.code].sort());
    // Host tokens are signed per request for that sign-in (they end with it), so compare the rest.
    const withoutToken = ({ hostToken: _token, ...rest }: RoomSummary) => rest;
    expect(listB.map(withoutToken)).toEqual([withoutToken(b1)]);
    const jsonB = JSON.stringify(listB);
    for (const r of [a1, a2]) {
      expect(jsonB).not.toContain(r.code);
      expect(jsonB).not.toContain(r.hostToken);
    }
    expect(JSON.stringify(listA)).not.toContain(b1.hostToken);
    // The per-facilitator room limit.
    const third = await a.request<ErrorBody>("POST", "/api/rooms", {});
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe("TOO_MANY_ROOMS");
  });
});

describe("join and QR endpoints", () => {
  it("an unknown or malformed code is 404 ROOM_NOT_FOUND; a real code is found in any case and spacing", async () => {
    const s = await start();
    const room = await openRoom(await facilitator(s.url));
    for (const code of ["XXXXX", "ZZZZZ", "0OIL1", "AB", "ABCDEFG", "..%2F..", "%00"]) {
      const res = await fetch(`${s.url}/api/join/${code}`);
      expect(res.status, code).toBe(404);
      expect(((await res.json()) as ErrorBody).error.code).toBe("ROOM_NOT_FOUND");
    }
    const spaced = `${room.code.slice(0, 2).toLowerCase()}%20${room.code.slice(2).toLowerCase()}`;
    const found = await fetch(`${s.url}/api/join/${spaced}`);
    expect(found.status).toBe(200);
    const status = (await found.json()) as JoinStatus;
    expect(status).toMatchObject({ code: room.code, locked: false, ageBand: "8-10", language: "nb" });
    expect(status.availableAvatars).toEqual([...ALL_AVATARS]);
  });

  it("join code look-ups are rate limited per address (429 RATE_LIMITED), for look-ups and claims alike", async () => {
    const s = await start({ joinAttemptsPerMinute: 3 });
    const room = await openRoom(await facilitator(s.url));
    for (const code of ["XXXXX", "YYYYY", "ZZZZZ"]) expect((await fetch(`${s.url}/api/join/${code}`)).status).toBe(404);
    const limited = await fetch(`${s.url}/api/join/${room.code}`);
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as ErrorBody).error.code).toBe("RATE_LIMITED");
    const claim = await post(s.url, `/api/join/${room.code}`, JSON.stringify({ avatar: "fox-blue" }));
    expect(claim.status).toBe(429);
    expect(s.sammen.registry.byRoomCode(room.code)!.room.seatCount).toBe(0);
  });

  it("malformed or oversized JSON bodies are 400 INVALID / 413, not a server error", async () => {
    const s = await start();
    const room = await openRoom(await facilitator(s.url));
    for (const [route, body] of [
      ["/api/auth/login", "{not json"],
      ["/api/auth/setup", '{"username": "leder9", '],
      [`/api/join/${room.code}`, "{'avatar': 'fox-blue'}"],
      ["/api/auth/login", '"just a string'],
    ] as const) {
      const res = await post(s.url, route, body);
      expect(res.status, `${route} ${body}`).toBe(400);
      expect((res.body as ErrorBody).error.code).toBe("INVALID");
    }
    // A JSON value of the wrong shape is INVALID as well.
    expect((await post(s.url, `/api/join/${room.code}`, "[1,2,3]")).status).toBe(400);
    expect((await post(s.url, `/api/join/${room.code}`, JSON.stringify({ avatar: "unicorn-gold" }))).status).toBe(400);
    const big = await post(s.url, "/api/auth/login", JSON.stringify({ username: "x", password: "y".repeat(20_000) }));
    expect(big.status).toBe(413);
    expect((big.body as ErrorBody).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(s.sammen.registry.byRoomCode(room.code)!.room.seatCount).toBe(0);
    expect(s.logs.filter((l) => /http error/.test(l))).toEqual([]);
    // An unknown API route is a JSON 404.
    const missing = await fetch(`${s.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorBody).error.code).toBe("NOT_FOUND");
  });

  it("the QR endpoint renders the join URL as SVG on this server", async () => {
    const s = await start();
    const room = await openRoom(await facilitator(s.url));
    const res = await fetch(`${s.url}/api/join/${room.code}/qr.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const svg = await res.text();
    expect(svg).toContain("<svg");
    expect(svg).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/i);
    const unknown = await fetch(`${s.url}/api/join/ZZZZZ/qr.svg`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe("ROOM_NOT_FOUND");
  });
});
