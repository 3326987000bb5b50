/**
 * Test support: a real Sammen server on 127.0.0.1 port 0 with a real SQLite
 * file in a temp folder, plus typed REST and socket helpers.
 */
import { afterEach, beforeEach } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer, type SammenInstance, type ServerParts } from "../../server/app.js";
import { defaultConfig, type ServerConfig } from "../../server/config.js";
import { RoomConnection, type ConnectionSnapshot } from "../../client/src/sdk/connection.js";
import type { HostView, JoinClaimed, RoleView, RoomSummary, ScreenView, SeatView } from "../../shared/protocol.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import type { RoomHandle } from "../../server/rooms/registry.js";

/**
 * The first-run setup code every test server uses (as an operator's SAMMEN_SETUP_CODE would fix
 * it); `facilitator()` sends it. A test of the printed random code passes `setupCode` itself.
 */
export const TEST_SETUP_CODE = "TESTS-SETUP-2026";

export interface TestServer {
  url: string;
  sammen: SammenInstance;
  logs: string[];
  close(): Promise<void>;
}

/**
 * A fresh server for every test of the file (started before each, closed with its connections
 * after each). The returned object reads the current test's server, so tests use it as a
 * TestServer.
 */
export function serverPerTest(overrides: Partial<ServerConfig> = {}, parts: ServerParts = {}): TestServer {
  let current: TestServer | undefined;
  beforeEach(async () => {
    current = await startServer(overrides, parts);
  });
  afterEach(async () => {
    closeAllConnections();
    await current?.close();
    current = undefined;
  });
  const now = (): TestServer => {
    if (!current) throw new Error("serverPerTest: no server outside a test");
    return current;
  };
  return {
    get url() {
      return now().url;
    },
    get sammen() {
      return now().sammen;
    },
    get logs() {
      return now().logs;
    },
    close: () => now().close(),
  };
}

export async function startServer(overrides: Partial<ServerConfig> = {}, parts: ServerParts = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-test-"));
  const logs: string[] = [];
  const config = defaultConfig({
    port: 0,
    host: "127.0.0.1",
    dbPath: path.join(dir, "sammen.db"),
    clientDir: path.resolve("dist", "client"),
    log: (line) => logs.push(line),
    setupCode: TEST_SETUP_CODE,
    // scrypt at 2^14 instead of production's 2^17 (about 0.03 s a hash instead of 0.3 s): tests
    // sign in often. hardening-accounts.test.ts checks the production cost.
    scryptLogN: 14,
    ...overrides,
  });
  const sammen = createServer(config, parts);
  const url = await sammen.listen();
  return {
    url,
    sammen,
    logs,
    async close() {
      await sammen.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tiny fetch wrapper that keeps the server's cookies, like a browser would. */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    /** Extra headers on every request (e.g. X-Forwarded-For or Origin in proxy and CSRF tests). */
    readonly headers: Record<string, string> = {},
  ) {}

  async request<T = unknown>(method: string, route: string, body?: unknown): Promise<{ status: number; body: T }> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(this.base + route, {
      method,
      headers: { ...this.headers, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(cookie ? { cookie } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0];
      const eq = pair.indexOf("=");
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON (svg, html) */
    }
    return { status: res.status, body: parsed as T };
  }

  /** The facilitator session cookie as a Cookie header ("" before sign-in). */
  get cookieHeader(): string {
    const session = this.cookies.get("sammen_session");
    return session === undefined ? "" : `sammen_session=${session}`;
  }

  /** Set one cookie, as a browser would keep it. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** Forget one cookie (e.g. a browser that never signed in here before). */
  dropCookie(name: string): void {
    this.cookies.delete(name);
  }
}

/**
 * A signed-in facilitator: on a fresh install the first account (the admin, made with the setup
 * code), otherwise a sign-in. A second leader: `facilitator(base)` for the admin, then
 * `addFacilitator(admin, "leder2")` and `facilitator(base, "leder2")`.
 */
export async function facilitator(
  base: string,
  username = "leder1",
  password = "riktig-hemmelig-passord",
  setupCode = TEST_SETUP_CODE,
): Promise<ApiClient> {
  const api = new ApiClient(base);
  const status = await api.request<{ needsSetup: boolean }>("GET", "/api/auth/status");
  const res = status.body.needsSetup
    ? await api.request("POST", "/api/auth/setup", { username, password, setupCode })
    : await api.request("POST", "/api/auth/login", { username, password });
  if (res.status >= 300) throw new Error(`facilitator sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return api;
}

/**
 * A facilitator signed in without password hashing: the account and a login session are made in
 * the store and the session cookie set, exactly what a sign-in leaves behind. For tests of what
 * happens after sign-in with several accounts (sign-in itself is covered in auth-http.test.ts).
 */
export async function signedInDirect(server: TestServer, username: string, admin = false): Promise<{ api: ApiClient; id: number; sid: string; token: string }> {
  const { store } = server.sammen;
  const row = (await store.findFacilitatorByName(username)) ?? (await store.createFacilitator(username, "scrypt$unusable", Date.now(), admin));
  const token = randomBytes(32).toString("base64url");
  const sid = randomBytes(16).toString("base64url");
  await store.createSession(createHash("sha256").update(token).digest("hex"), sid, row.id, Date.now() + 60 * 60_000);
  const api = new ApiClient(server.url);
  api.setCookie("sammen_session", token);
  return { api, id: row.id, sid, token };
}

/** An admin creates another facilitator account (only admins may). */
export async function addFacilitator(admin: ApiClient, username: string, password = "riktig-hemmelig-passord", asAdmin = false): Promise<void> {
  const res = await admin.request("POST", "/api/facilitators", { username, password, ...(asAdmin ? { admin: true } : {}) });
  if (res.status !== 201) throw new Error(`creating ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * A room opened straight through the registry, with a host token bound to a login session made
 * in the store: for tests that need many rooms and no password hashing (about 0.3 s each).
 * The REST path (POST /api/rooms) is covered in auth-http.test.ts.
 */
export async function openRoomDirect(server: TestServer): Promise<{ code: string; hostToken: string; screenToken: string; handle: RoomHandle }> {
  const { store, registry } = server.sammen;
  const owner = (await store.findFacilitatorByName("direct-owner")) ?? (await store.createFacilitator("direct-owner", "scrypt$unusable", Date.now(), false));
  const sid = randomBytes(16).toString("base64url");
  await store.createSession(randomBytes(32).toString("hex"), sid, owner.id, Date.now() + 60 * 60_000);
  const handle = registry.create(owner.id);
  return { code: handle.room.code, hostToken: handle.hostTokenFor(sid), screenToken: handle.screenToken, handle };
}

export async function openRoom(api: ApiClient): Promise<RoomSummary> {
  const res = await api.request<{ room: RoomSummary }>("POST", "/api/rooms");
  if (res.status !== 201) throw new Error(`room creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.room;
}

export async function claimSeat(base: string, code: string, avatar: string): Promise<JoinClaimed> {
  const res = await new ApiClient(base).request<JoinClaimed>("POST", `/api/join/${code}`, { avatar });
  if (res.status !== 201) throw new Error(`seat claim failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const open: RoomConnection[] = [];
export function connect<V extends RoleView = RoleView>(base: string, token: string): RoomConnection<V> {
  const conn = new RoomConnection<V>({
    url: base,
    token,
    wakeListeners: false,
    ackTimeoutMs: 3000,
    retries: 0,
    socket: { transports: ["websocket"], reconnectionDelay: 100, reconnectionDelayMax: 300 },
  });
  open.push(conn as unknown as RoomConnection);
  return conn;
}
export function closeAllConnections(): void {
  for (const c of open.splice(0)) c.close();
}

/** Resolve once the connection's snapshot satisfies the predicate. */
export function waitFor<V extends RoleView>(
  conn: RoomConnection<V>,
  predicate: (snap: ConnectionSnapshot<V>) => boolean,
  timeoutMs = 3000,
  what = "condition",
): Promise<ConnectionSnapshot<V>> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const snap = conn.getSnapshot();
      if (predicate(snap)) {
        cleanup();
        resolve(snap);
        return true;
      }
      return false;
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}; last snapshot: ${JSON.stringify(conn.getSnapshot()).slice(0, 800)}`));
    }, timeoutMs);
    const unsubscribe = conn.subscribe(check);
    const cleanup = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    check();
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface TestTablet {
  seatId: string;
  avatar: string;
  token: string;
  conn: RoomConnection<SeatView>;
}

/**
 * A facilitator's new room with a host console, a screen and `n` tablets (the first `n` avatars
 * in content order), every one connected and present before this resolves.
 */
export async function roomWithTablets(base: string, n: number, timeoutMs = 3000) {
  const api = await facilitator(base);
  const room = await openRoom(api);
  const host = connect<HostView>(base, room.hostToken);
  const screen = connect<ScreenView>(base, room.screenToken);
  const seats: TestTablet[] = [];
  for (const avatar of ALL_AVATARS.slice(0, n)) {
    const claim = await claimSeat(base, room.code, avatar);
    seats.push({ seatId: claim.seatId, avatar, token: claim.token, conn: connect<SeatView>(base, claim.token) });
  }
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === n, timeoutMs, "all seats present");
  await waitFor(screen, (s) => s.envelope !== null, timeoutMs, "screen connected");
  return { api, room, host, screen, seats };
}

/** Every envelope a connection receives from now on (the current one first), as JSON. */
export function recordEnvelopes(conn: { subscribe(listener: () => void): () => void; getSnapshot(): { envelope: unknown } }): string[] {
  const seen: string[] = [];
  let last: unknown = null;
  const push = () => {
    const env = conn.getSnapshot().envelope;
    // A snapshot also changes with the connection's status; only a new envelope is a message.
    if (env && env !== last) {
      last = env;
      seen.push(JSON.stringify(env));
    }
  };
  push();
  conn.subscribe(push);
  return seen;
}
