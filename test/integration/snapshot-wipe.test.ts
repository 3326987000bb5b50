/**
 * Ending a room wipes its snapshot down to the bytes: after "end", idle expiry
 * or idle expiry across a restart, the files sammen.db, sammen.db-wal and
 * sammen.db-shm hold no text a child sent and no seat id. Each test first
 * checks that the same search does find them while the room is live, so a
 * search that cannot find anything would fail here.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HostView, SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { ApiClient, claimSeat, closeAllConnections, connect, facilitator, openRoom, sleep, startServer, waitFor, type TestServer } from "../support/server.js";
import { freePort, spawnServer, type ServerProcess } from "../support/process-server.js";

const FILES = ["sammen.db", "sammen.db-wal", "sammen.db-shm"];

/** Which of the needles occur in which file, as UTF-8 bytes. */
function findInFiles(dbPath: string, needles: string[]): string[] {
  const hits: string[] = [];
  for (const name of FILES) {
    const file = path.join(path.dirname(dbPath), name);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle, "utf8"))) hits.push(`${name}: ${needle}`);
  }
  return hits;
}

/**
 * A room with three tablets that each asked a question with a marker only this test knows, in a
 * question box that then ended (so the markers are in the room's finished activities, a row of
 * their own), and one more marker each in the question box running now (in the room's body).
 */
async function roomWithSecrets(url: string) {
  const api = await facilitator(url);
  const room = await openRoom(api);
  const host = connect<HostView>(url, room.hostToken);
  const seats: { seatId: string; token: string; conn: RoomConnection<SeatView> }[] = [];
  for (const avatar of ["fox-blue", "bear-green", "owl-orange"]) {
    const claim = await claimSeat(url, room.code, avatar);
    seats.push({ seatId: claim.seatId, token: claim.token, conn: connect<SeatView>(url, claim.token) });
  }
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === 3, 5000, "seats present");
  expect(await host.send("activity:start", { kind: "questionbox", config: {} })).toMatchObject({ ok: true });
  const activityId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "questionbox", 3000, "box")).envelope!.view.activity!.id;
  const texts = seats.map((_, i) => `Hemmelig spørsmål ${i} Kvitsøy-${Math.random().toString(36).slice(2, 10)}`);
  for (const [i, s] of seats.entries()) {
    expect(await s.conn.send("activity:act", { activityId, action: { type: "ask", text: texts[i] } })).toMatchObject({ ok: true });
  }
  expect(await host.send("activity:stop", { activityId })).toMatchObject({ ok: true });
  expect(await host.send("activity:start", { kind: "questionbox", config: {} })).toMatchObject({ ok: true });
  const nowId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "questionbox" && s.envelope.view.activity.id !== activityId, 3000, "second box")).envelope!.view.activity!.id;
  const running = seats.map((_, i) => `Nytt spørsmål ${i} Utsira-${Math.random().toString(36).slice(2, 10)}`);
  for (const [i, s] of seats.entries()) {
    expect(await s.conn.send("activity:act", { activityId: nowId, action: { type: "ask", text: running[i] } })).toMatchObject({ ok: true });
  }
  return { api, room, host, seats, earlier: texts, needles: [...texts, ...running, ...seats.map((s) => s.seatId), room.code] };
}

describe("snapshot wipe: the bytes are gone from sammen.db, -wal and -shm", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    closeAllConnections();
    await server?.close();
    server = undefined;
  });

  it("after the host ends the room", async () => {
    server = await startServer();
    const { host, needles, earlier } = await roomWithSecrets(server.url);
    // Acknowledged means on disk: the question texts and seat ids are in the files now.
    expect(findInFiles(server.sammen.config.dbPath, needles).length).toBeGreaterThanOrEqual(needles.length);
    // The ended box's questions are in the finished activities' row, not in the body.
    const db = server.sammen.store.db;
    const finishedRow = db.prepare("SELECT body FROM room_finished").get() as { body: string };
    for (const text of earlier) expect(finishedRow.body).toContain(text);
    expect((db.prepare("SELECT body FROM room_snapshots").get() as { body: string }).body).not.toContain(earlier[0]);
    expect(await host.send("room:end", {})).toMatchObject({ ok: true });
    await server.sammen.registry.wiped();
    expect(findInFiles(server.sammen.config.dbPath, needles)).toEqual([]);
    // The WAL was checkpointed and truncated, not just marked reusable.
    expect(readFileSync(`${server.sammen.config.dbPath}-wal`).length).toBe(0);
    expect(server.sammen.store.db.prepare("SELECT COUNT(*) AS n FROM room_snapshots").get()).toEqual({ n: 0 });
    expect(server.sammen.store.db.prepare("SELECT COUNT(*) AS n FROM room_commands").get()).toEqual({ n: 0 });
    expect(server.sammen.store.db.prepare("SELECT COUNT(*) AS n FROM room_finished").get()).toEqual({ n: 0 });
  });

  it("rooms ended in the same turn are wiped together: every byte goes, with one WAL truncation for all", async () => {
    server = await startServer();
    const rooms = [await roomWithSecrets(server.url), await roomWithSecrets(server.url), await roomWithSecrets(server.url)];
    const needles = rooms.flatMap((r) => r.needles);
    expect(findInFiles(server.sammen.config.dbPath, needles).length).toBeGreaterThanOrEqual(needles.length);
    // Count the truncating checkpoints the store runs (the real database, observed, not replaced).
    const db = server.sammen.store.db;
    const pragma = db.pragma.bind(db);
    let truncations = 0;
    db.pragma = ((source: string, options?: object) => {
      if (/wal_checkpoint\(TRUNCATE\)/i.test(source)) truncations++;
      return pragma(source, options as never);
    }) as typeof db.pragma;
    // As an idle sweep or a shutdown does: several rooms end in one turn.
    for (const r of rooms) server.sammen.registry.byRoomCode(r.room.code)!.room.end("ended");
    await server.sammen.registry.wiped();
    expect(truncations).toBe(1);
    expect(findInFiles(server.sammen.config.dbPath, needles)).toEqual([]);
    expect(readFileSync(`${server.sammen.config.dbPath}-wal`).length).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM room_snapshots").get()).toEqual({ n: 0 });
  });

  it("after idle expiry while the server runs", async () => {
    server = await startServer({ roomIdleMs: 1_000, presenceGraceMs: 100 });
    const { needles } = await roomWithSecrets(server.url);
    expect(findInFiles(server.sammen.config.dbPath, needles).length).toBeGreaterThan(0);
    closeAllConnections();
    const deadline = Date.now() + 5_000;
    while (server.sammen.registry.stats().rooms > 0 && Date.now() < deadline) await sleep(50);
    expect(server.sammen.registry.stats().rooms).toBe(0);
    await server.sammen.registry.wiped();
    expect(findInFiles(server.sammen.config.dbPath, needles)).toEqual([]);
  });
});

describe("snapshot wipe: idle expiry across a restart", () => {
  let dir: string;
  const procs: ServerProcess[] = [];
  afterEach(async () => {
    closeAllConnections();
    for (const p of procs.splice(0)) {
      if (p.child.exitCode === null && p.child.signalCode === null) {
        p.kill("SIGKILL");
        await p.exited;
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("a room idle past the limit when the server comes back is wiped, not restored", { timeout: 60_000 }, async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sammen-idle-"));
    const port = await freePort();
    const env = { ROOM_IDLE_MS: "1500" };
    const first = await spawnServer(dir, port, env);
    procs.push(first);
    const { room, seats, needles } = await roomWithSecrets(first.url);
    const dbPath = path.join(dir, "sammen.db");
    expect(findInFiles(dbPath, needles).length).toBeGreaterThanOrEqual(needles.length);
    first.kill("SIGKILL");
    await first.exited;
    closeAllConnections();
    // Longer than the idle limit passes with the server down.
    await sleep(2_000);
    expect(findInFiles(dbPath, needles).length).toBeGreaterThan(0);

    const second = await spawnServer(dir, port, env);
    procs.push(second);
    expect(second.output.join("")).toMatch(/idle past the limit and wiped: 1/);
    expect((await new ApiClient(second.url).request("GET", `/api/join/${room.code}`)).status).toBe(404);
    expect(findInFiles(dbPath, needles)).toEqual([]);
    // The tablet's token now meets an ended room, so it clears itself and goes back to the join screen.
    const again = connect<SeatView>(second.url, seats[0].token);
    const closed = await waitFor(again, (s) => s.closed !== null, 5000, "tablet refused");
    expect(closed.closed).toBe("ROOM_ENDED");
  });
});
