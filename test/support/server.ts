/**
 * Test support: a real Sammen server on 127.0.0.1 port 0 with a real SQLite
 * file in a temp folder, plus typed REST and socket helpers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer, type SammenInstance } from "../../server/app.js";
import { defaultConfig, type ServerConfig } from "../../server/config.js";
import { RoomConnection, type ConnectionSnapshot } from "../../client/src/sdk/connection.js";
import type { JoinClaimed, RoleView, RoomSummary } from "../../shared/protocol.js";

export interface TestServer {
  url: string;
  sammen: SammenInstance;
  logs: string[];
  close(): Promise<void>;
}

export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "sammen-test-"));
  const logs: string[] = [];
  const config = defaultConfig({
    port: 0,
    host: "127.0.0.1",
    dbPath: path.join(dir, "sammen.db"),
    clientDir: path.resolve("dist", "client"),
    log: (line) => logs.push(line),
    ...overrides,
  });
  const sammen = createServer(config);
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

/** A tiny fetch wrapper that keeps the facilitator cookie, like a browser would. */
export class ApiClient {
  private cookie = "";
  constructor(readonly base: string) {}

  async request<T = unknown>(method: string, route: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(this.base + route, {
      method,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON (svg, html) */
    }
    return { status: res.status, body: parsed as T };
  }

  get cookieHeader(): string {
    return this.cookie;
  }
}

export async function facilitator(base: string, username = "leder1", password = "riktig-hemmelig-passord"): Promise<ApiClient> {
  const api = new ApiClient(base);
  const status = await api.request<{ needsSetup: boolean }>("GET", "/api/auth/status");
  const res = status.body.needsSetup
    ? await api.request("POST", "/api/auth/setup", { username, password })
    : await api.request("POST", "/api/auth/login", { username, password });
  if (res.status >= 300) throw new Error(`facilitator sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return api;
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
