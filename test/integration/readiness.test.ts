/**
 * Health and readiness through the real parts: /api/health answers while the
 * process runs; /api/ready is 503 while rooms are restoring and while draining
 * for a graceful stop, and joins and sockets are refused meanwhile with
 * RESTARTING (which the SDK retries by itself, unlike "room ended"). The one
 * stand-in is at the snapshot store boundary: a SQLite store whose restore
 * waits for the test to let it go, so "restoring" lasts long enough to look at.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createServer, type SammenInstance } from "../../server/app.js";
import { defaultConfig, type ServerConfig } from "../../server/config.js";
import { openStore } from "../../server/store/db.js";
import { sqliteSnapshotStore, type RoomSnapshotStore } from "../../server/store/room-snapshots.js";
import type { HostView, SeatView } from "../../shared/protocol.js";
import { ApiClient, claimSeat, closeAllConnections, connect, facilitator, openRoom, TEST_SETUP_CODE, waitFor } from "../support/server.js";
import { freePort } from "../support/process-server.js";

const dirs: string[] = [];
const instances: SammenInstance[] = [];
afterEach(async () => {
  closeAllConnections();
  for (const s of instances.splice(0)) await s.close().catch(() => {});
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function configFor(dir: string, port: number, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return defaultConfig({
    port,
    host: "127.0.0.1",
    dbPath: path.join(dir, "sammen.db"),
    clientDir: path.resolve("dist", "client"),
    tokenSecret: "readiness-test-secret-0123456789abcdef",
    setupCode: TEST_SETUP_CODE,
    log: () => {},
    ...overrides,
  });
}

describe("health and readiness", () => {
  it("not ready while restoring: joins and sockets wait with RESTARTING, then the tablet comes back as its seat", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sammen-ready-"));
    dirs.push(dir);
    const port = await freePort();
    const first = createServer(configFor(dir, port));
    instances.push(first);
    const url = await first.listen();
    const room = await openRoom(await facilitator(url));
    const claim = await claimSeat(url, room.code, "fox-blue");
    await first.drain();
    instances.splice(instances.indexOf(first), 1);

    // The second process restores from a store that holds its answer until we say so.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const store = openStore(path.join(dir, "sammen.db"));
    const real = sqliteSnapshotStore(store.db);
    const slow: RoomSnapshotStore = { ...real, claimAll: async () => (await gate, real.claimAll()) };
    const second = createServer(configFor(dir, port), { snapshotStore: slow });
    instances.push(second);
    const listening = second.listen();
    const api = new ApiClient(url);
    let health = await api.request<{ ok: boolean; phase: string }>("GET", "/api/health").catch(() => null);
    for (let i = 0; i < 100 && !health; i++) health = await api.request<{ ok: boolean; phase: string }>("GET", "/api/health").catch(() => null);
    expect(health).toMatchObject({ status: 200, body: { ok: true, phase: "restoring" } });
    expect(await api.request("GET", "/api/ready")).toMatchObject({ status: 503, body: { error: { code: "RESTARTING" } } });
    expect(await api.request("POST", `/api/join/${room.code}`, { avatar: "bear-green" })).toMatchObject({ status: 503, body: { error: { code: "RESTARTING" } } });
    const tablet = connect<SeatView>(url, claim.token);
    await waitFor(tablet, (s) => s.status === "restarting", 3000, "tablet told to wait");
    expect(tablet.getSnapshot().closed).toBeNull();

    release();
    expect(await listening).toBe(url);
    expect(await api.request("GET", "/api/ready")).toMatchObject({ status: 200, body: { ok: true, ready: true, phase: "ready" } });
    const back = await waitFor(tablet, (s) => s.status === "connected" && s.envelope !== null, 5000, "tablet back by itself");
    expect(back.envelope!.view.seatId).toBe(claim.seatId);
    store.close();
  });

  it("not ready while draining: clients hear 'restarting', joins are refused, and the room is kept, not wiped", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sammen-drain-"));
    dirs.push(dir);
    const sammen = createServer(configFor(dir, await freePort(), { stopNoticeMs: 400 }));
    instances.push(sammen);
    const url = await sammen.listen();
    const room = await openRoom(await facilitator(url));
    const host = connect<HostView>(url, room.hostToken);
    await waitFor(host, (s) => s.status === "connected" && s.envelope !== null, 3000, "host connected");
    const api = new ApiClient(url);
    expect((await api.request("GET", "/api/ready")).status).toBe(200);

    const drained = sammen.drain();
    await waitFor(host, (s) => s.status === "restarting", 2000, "host told the server restarts");
    expect(await api.request("GET", "/api/ready")).toMatchObject({ status: 503, body: { error: { code: "RESTARTING" } } });
    expect((await api.request("GET", "/api/health")).body).toMatchObject({ ok: true, phase: "draining" });
    expect(await api.request("POST", `/api/join/${room.code}`, { avatar: "bear-green" })).toMatchObject({ status: 503, body: { error: { code: "RESTARTING" } } });
    await drained;
    instances.splice(instances.indexOf(sammen), 1);
    const db = new Database(path.join(dir, "sammen.db"), { readonly: true });
    expect(db.prepare("SELECT code FROM room_snapshots").all()).toEqual([{ code: room.code }]);
    db.close();
  });
});
