/**
 * Who may claim and run the install, through a real server and a real SQLite
 * file: the first-run setup code from the start log, admins as the only ones
 * who create accounts, the install-wide room cap, host tokens that end with
 * the login session, scrypt parameters and rehashing, and canonical token
 * signatures (docs/operations.md, "Accounts and first run").
 */
import Database from "better-sqlite3";
import { randomBytes, scryptSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { configFromEnv, defaultConfig, newSetupCode, type ServerConfig } from "../../server/config.js";
import type { HostView, SeatView } from "../../shared/protocol.js";
import {
  addFacilitator,
  ApiClient,
  claimSeat,
  closeAllConnections,
  connect,
  facilitator,
  openRoom,
  startServer,
  TEST_SETUP_CODE,
  waitFor,
  type TestServer,
} from "../support/server.js";

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
type Me = { facilitator: { id: number; username: string; admin: boolean } };

function readDb<T>(s: TestServer, sql: string): T[] {
  const db = new Database(s.sammen.config.dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe("first-run setup code", () => {
  it("the first account needs the one-time code printed in the start log; without it or wrong, nothing is created", async () => {
    const s = await start({ setupCode: newSetupCode() });
    const line = s.logs.find((l) => l.includes("first-run setup code"));
    expect(line, "the start log names the setup code").toBeDefined();
    const code = /([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(line!)![1];
    expect(code).toBe(s.sammen.config.setupCode);
    expect(code).not.toBe(TEST_SETUP_CODE);

    const stranger = new ApiClient(s.url);
    const without = await stranger.request<ErrorBody>("POST", "/api/auth/setup", { username: "inntrenger", password: PASSWORD });
    expect(without.status).toBe(400);
    expect(without.body.error.code).toBe("INVALID");
    expect(without.body.error.message).toMatch(/setupCode/);
    for (const guess of ["", "AAAAA-AAAAA", code.slice(0, 9), `${code}X`, TEST_SETUP_CODE]) {
      const wrong = await stranger.request<ErrorBody>("POST", "/api/auth/setup", { username: "inntrenger", password: PASSWORD, setupCode: guess });
      expect(wrong.status, guess).toBe(403);
      expect(wrong.body.error.code).toBe("SETUP_CODE_WRONG");
    }
    expect(stranger.cookieHeader).toBe("");
    expect(readDb(s, "SELECT id FROM facilitators")).toEqual([]);
    expect((await stranger.request<{ needsSetup: boolean }>("GET", "/api/auth/status")).body.needsSetup).toBe(true);

    // The leader types it as read off the terminal: case, spaces and the dash do not matter.
    const leader = new ApiClient(s.url);
    const typed = ` ${code.toLowerCase().replace("-", " ")} `;
    const made = await leader.request<Me>("POST", "/api/auth/setup", { username: "leder1", password: PASSWORD, setupCode: typed });
    expect(made.status).toBe(201);
    expect(made.body.facilitator).toMatchObject({ username: "leder1", admin: true });
    expect(s.sammen.setupCode).toBeNull();
    // One-time: the same code cannot make a second account.
    const again = await stranger.request<ErrorBody>("POST", "/api/auth/setup", { username: "inntrenger", password: PASSWORD, setupCode: code });
    expect(again.status).toBe(409);
    expect(readDb<{ username: string }>(s, "SELECT username FROM facilitators")).toEqual([{ username: "leder1" }]);
  });

  it("SAMMEN_SETUP_CODE fixes the code for automated installs; a code too short to be a secret refuses to start", async () => {
    const fixed = configFromEnv({ SAMMEN_SETUP_CODE: "skole-oppsett-2026" });
    expect(fixed.setupCode).toBe("skole-oppsett-2026");
    expect(() => configFromEnv({ SAMMEN_SETUP_CODE: "kort" })).toThrow(/SAMMEN_SETUP_CODE/);
    // Without it, every start gets a fresh random code.
    expect(configFromEnv({}).setupCode).not.toBe(configFromEnv({}).setupCode);

    const s = await start({ setupCode: fixed.setupCode });
    expect(s.logs.some((l) => l.includes("skole-oppsett-2026"))).toBe(true);
    const res = await new ApiClient(s.url).request<Me>("POST", "/api/auth/setup", { username: "leder1", password: PASSWORD, setupCode: "SKOLE-OPPSETT-2026" });
    expect(res.status).toBe(201);
  });

  it("guessing the setup code is rate limited per address (429), and a restart with an account prints no code", async () => {
    const s = await start({ setupCode: newSetupCode(), loginAttemptsPer15Min: 5 });
    const guesser = new ApiClient(s.url);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await guesser.request("POST", "/api/auth/setup", { username: "inntrenger", password: PASSWORD, setupCode: `GUESS-${i}0000` })).status);
    }
    expect(statuses.filter((x) => x === 403)).toHaveLength(15); // 3 × the per-name limit per address
    expect(statuses.slice(15)).toEqual([429, 429, 429, 429, 429]);
    // Even the right code waits now from this address: the limit is not a hint.
    const right = await guesser.request<ErrorBody>("POST", "/api/auth/setup", { username: "leder1", password: PASSWORD, setupCode: s.sammen.config.setupCode });
    expect(right.status).toBe(429);
    expect(readDb(s, "SELECT id FROM facilitators")).toEqual([]);
  });
});

describe("only admins create accounts; one cap for the whole install", () => {
  // Several scrypt hashes (about 0.3 s each on an idle core): a longer timeout for a busy machine.
  it("the first account is the admin; a facilitator it creates cannot create accounts (403) unless made an admin", { timeout: 60_000 }, async () => {
    const s = await start();
    const admin = await facilitator(s.url, "leder1", PASSWORD);
    expect((await admin.request<{ facilitator: Me["facilitator"] }>("GET", "/api/auth/status")).body.facilitator).toMatchObject({ admin: true });
    await addFacilitator(admin, "leder2", PASSWORD);
    const second = await facilitator(s.url, "leder2", PASSWORD);
    expect((await second.request<{ facilitator: Me["facilitator"] }>("GET", "/api/auth/status")).body.facilitator).toMatchObject({ admin: false });

    const puppet = await second.request<ErrorBody>("POST", "/api/facilitators", { username: "dukke1", password: PASSWORD });
    expect(puppet.status).toBe(403);
    expect(puppet.body.error.code).toBe("FORBIDDEN");
    const asAdmin = await second.request<ErrorBody>("POST", "/api/facilitators", { username: "dukke2", password: PASSWORD, admin: true });
    expect(asAdmin.status).toBe(403);
    // A bad body from an admin is 400 and creates nothing.
    expect((await admin.request("POST", "/api/facilitators", { username: "leder3", password: PASSWORD, admin: "yes" })).status).toBe(400);

    await addFacilitator(admin, "leder3", PASSWORD, true);
    const third = await facilitator(s.url, "leder3", PASSWORD);
    expect((await third.request("POST", "/api/facilitators", { username: "leder4", password: PASSWORD })).status).toBe(201);
    const rows = readDb<{ username: string; is_admin: number }>(s, "SELECT username, is_admin FROM facilitators ORDER BY id");
    expect(rows).toEqual([
      { username: "leder1", is_admin: 1 },
      { username: "leder2", is_admin: 0 },
      { username: "leder3", is_admin: 1 },
      { username: "leder4", is_admin: 0 },
    ]);
    const list = await second.request<{ facilitators: { username: string; admin: boolean }[] }>("GET", "/api/facilitators");
    expect(list.body.facilitators.map((f) => `${f.username}:${f.admin}`)).toEqual(["leder1:true", "leder2:false", "leder3:true", "leder4:false"]);
  });

  it("the install-wide room cap holds however many accounts open rooms (503 TOO_MANY_ROOMS), and frees when a room ends", { timeout: 60_000 }, async () => {
    const s = await start({ maxRoomsTotal: 3, maxRoomsPerFacilitator: 2 });
    const admin = await facilitator(s.url, "leder1", PASSWORD);
    await addFacilitator(admin, "leder2", PASSWORD);
    const second = await facilitator(s.url, "leder2", PASSWORD);
    await openRoom(admin);
    await openRoom(admin);
    expect((await admin.request<ErrorBody>("POST", "/api/rooms")).body.error.code).toBe("TOO_MANY_ROOMS"); // per facilitator
    const third = await openRoom(second);
    const over = await second.request<ErrorBody>("POST", "/api/rooms");
    expect(over.status).toBe(503);
    expect(over.body.error.code).toBe("TOO_MANY_ROOMS");
    expect(s.sammen.registry.stats().rooms).toBe(3);

    const host = connect<HostView>(s.url, third.hostToken);
    await waitFor(host, (x) => x.envelope !== null);
    expect((await host.send("room:end", {})).ok).toBe(true);
    await waitFor(host, (x) => x.closed !== null);
    expect((await second.request("POST", "/api/rooms")).status).toBe(201);
  });
});

describe("host tokens end with the login session", () => {
  it("logout drops the host's live socket and refuses its token; the leader's other sign-in keeps working", { timeout: 60_000 }, async () => {
    const s = await start();
    const laptop = await facilitator(s.url, "leder1", PASSWORD);
    const phone = await facilitator(s.url, "leder1", PASSWORD);
    const room = await openRoom(laptop);
    const fromPhone = (await phone.request<{ rooms: { code: string; hostToken: string }[] }>("GET", "/api/rooms")).body.rooms[0];
    expect(fromPhone.code).toBe(room.code);
    expect(fromPhone.hostToken).not.toBe(room.hostToken);

    const claim = await claimSeat(s.url, room.code, "fox-blue");
    const seat = connect<SeatView>(s.url, claim.token);
    const laptopHost = connect<HostView>(s.url, room.hostToken);
    const phoneHost = connect<HostView>(s.url, fromPhone.hostToken);
    for (const c of [laptopHost, phoneHost]) await waitFor(c, (x) => x.envelope?.view.seats[0]?.presence === "present");

    expect((await laptop.request("POST", "/api/auth/logout")).status).toBe(200);
    const closed = await waitFor(laptopHost, (x) => x.closed !== null, 3000, "laptop host closed");
    expect(closed.closed).toBe("UNAUTHORIZED");
    const replay = connect(s.url, room.hostToken);
    expect((await waitFor(replay, (x) => x.closed !== null)).closed).toBe("UNAUTHORIZED");

    // The phone's session, the room and the tablet are untouched.
    const lock = await phoneHost.send("room:lock", { locked: true });
    expect(lock.ok).toBe(true);
    await waitFor(seat, (x) => x.envelope !== null && x.status === "connected");
    expect(s.sammen.registry.byRoomCode(room.code)!.room.locked).toBe(true);
  });
});

describe("passwords and token spelling", () => {
  it("new hashes are scrypt N=2^17 r=8 p=1; an older N=2^14 hash still signs in and is rehashed on that login", { timeout: 60_000 }, async () => {
    const s = await start({ scryptLogN: defaultConfig().scryptLogN }); // the production cost, not the tests' cheaper one
    const admin = await facilitator(s.url, "leder1", PASSWORD);
    const [row] = readDb<{ password_hash: string }>(s, "SELECT password_hash FROM facilitators");
    expect(row.password_hash.split("$").slice(0, 4)).toEqual(["scrypt", "131072", "8", "1"]);

    await addFacilitator(admin, "gammel", PASSWORD);
    const salt = randomBytes(16);
    const old = ["scrypt", 16384, 8, 1, salt.toString("base64url"), scryptSync(PASSWORD, salt, 32, { N: 16384, r: 8, p: 1 }).toString("base64url")].join("$");
    const db = new Database(s.sammen.config.dbPath);
    db.prepare("UPDATE facilitators SET password_hash = ? WHERE username = 'gammel'").run(old);
    db.close();

    // A wrong password does not rehash (it proves nothing).
    expect((await new ApiClient(s.url).request("POST", "/api/auth/login", { username: "gammel", password: "feil-passord-123" })).status).toBe(401);
    expect(readDb<{ password_hash: string }>(s, "SELECT password_hash FROM facilitators WHERE username = 'gammel'")[0].password_hash).toBe(old);
    expect((await new ApiClient(s.url).request("POST", "/api/auth/login", { username: "gammel", password: PASSWORD })).status).toBe(200);
    const now = readDb<{ password_hash: string }>(s, "SELECT password_hash FROM facilitators WHERE username = 'gammel'")[0].password_hash;
    expect(now.split("$").slice(0, 4)).toEqual(["scrypt", "131072", "8", "1"]);
    expect((await new ApiClient(s.url).request("POST", "/api/auth/login", { username: "gammel", password: PASSWORD })).status).toBe(200);
  });

  it("only the canonical base64url spelling of a signature is accepted (same bytes, other letters: UNAUTHORIZED)", async () => {
    const s = await start();
    const api = await facilitator(s.url, "leder1", PASSWORD);
    const room = await openRoom(api);
    const claim = await claimSeat(s.url, room.code, "fox-blue");
    const [body, sig] = claim.token.split(".");
    const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // 32 bytes in 43 characters: the last character's two low bits are unused, so three other
    // letters decode to the same bytes. Padding decodes to the same bytes too.
    const last = ALPHABET.indexOf(sig[sig.length - 1]);
    const variants = [1, 2, 3].map((x) => `${body}.${sig.slice(0, -1)}${ALPHABET[last ^ x]}`);
    variants.push(`${body}.${sig}=`);
    for (const v of variants) expect(Buffer.from(v.split(".")[1], "base64url").equals(Buffer.from(sig, "base64url"))).toBe(true);
    for (const v of variants) {
      const conn = connect(s.url, v);
      expect((await waitFor(conn, (x) => x.closed !== null, 3000, v)).closed, v).toBe("UNAUTHORIZED");
    }
    const real = connect<SeatView>(s.url, claim.token);
    expect((await waitFor(real, (x) => x.envelope !== null)).envelope!.view.code).toBe(room.code);
  });
});
