/**
 * Sammen scaled out, all real parts (test/support/cluster.ts): redis-server,
 * PostgreSQL, app processes from the production entry point and nginx in front
 * hashing on the room code. The host console, the projector and the tablets
 * talk to nginx only, through the SDK with socket.io-client.
 *
 * - SIGKILL the room's owner: another process takes the lease when it runs
 *   out, restores the room, and every client is back as the same seat within
 *   5 s, with nothing acknowledged lost.
 * - SIGTERM every process in turn (a rolling restart): no room ends.
 * - SIGSTOP the owner past its lease, let another process take the room, then
 *   SIGCONT: the old owner cannot overwrite the new owner's state.
 * - A co-leader's room list is the same from every process: the owner's group
 *   room wherever it lives (Redis's index of rooms per group), not the owner's
 *   other rooms, and nothing once the owner takes the co-leader off.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuestionboxHostView, QuestionboxSeatView } from "../../shared/activities/questionbox/index.js";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { CODE_ALPHABET } from "../../server/rooms/codes.js";
import { RoomConnection, type ConnectionSnapshot } from "../../client/src/sdk/connection.js";
import { abandonClusters, startCluster, type AppProcess, type Cluster } from "../support/cluster.js";
import type { GroupRecord } from "../../shared/series/group.js";
import type { PlanRecord } from "../../shared/series/plan.js";
import { BUILTIN_SERIES_IDS } from "../../shared/series/builtin-series.js";
import type { RoomSummary } from "../../shared/protocol.js";
import { addFacilitator, ApiClient, claimSeat, facilitator, openRoom, sleep, TEST_SETUP_CODE, waitFor } from "../support/server.js";

const LEASE_MS = 1500;
/** Per address, across all processes; the tests before the last use about ten. */
const JOINS_PER_MINUTE = 40;
let cluster: Cluster;
let redis: Redis;
const conns: RoomConnection[] = [];

beforeAll(async () => {
  cluster = await startCluster({ processes: 3, leaseMs: LEASE_MS, env: { SAMMEN_SETUP_CODE: TEST_SETUP_CODE, PRESENCE_GRACE_MS: "60000", JOIN_ATTEMPTS_PER_MINUTE: String(JOINS_PER_MINUTE) } });
  redis = new Redis(cluster.redis.url, { maxRetriesPerRequest: 1 });
}, 150_000);
afterAll(async () => {
  for (const c of conns) c.close();
  redis?.disconnect();
  await cluster?.stop();
  // Also when beforeAll gave up on a slow start: nothing it started is left running.
  await abandonClusters();
});

/** Like test/support/server.ts's connect, but retrying intents (a room may move under them). */
function connect<V extends HostView | ScreenView | SeatView>(token: string, url = cluster.url): RoomConnection<V> {
  const conn = new RoomConnection<V>({
    url,
    token,
    wakeListeners: false,
    ackTimeoutMs: 3000,
    retries: 4,
    socket: { transports: ["websocket"], reconnectionDelay: 100, reconnectionDelayMax: 300 },
  });
  conns.push(conn as unknown as RoomConnection);
  return conn;
}

const roomIdOf = (token: string): string => JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString()).roomId;
const qbHost = (s: ConnectionSnapshot<HostView>): QuestionboxHostView | null =>
  s.envelope?.view.activity?.kind === "questionbox" ? (s.envelope.view.activity.view as QuestionboxHostView) : null;
const qbSeat = (s: ConnectionSnapshot<SeatView>): QuestionboxSeatView | null =>
  s.envelope?.view.activity?.kind === "questionbox" ? (s.envelope.view.activity.view as QuestionboxSeatView) : null;

/** The app process that holds the room's lease right now. */
async function ownerOf(roomId: string): Promise<{ app: AppProcess; epoch: number }> {
  const [owner, epoch] = await redis.hmget(`sammen:lease:${roomId}`, "owner", "epoch");
  const app = cluster.apps.find((a) => owner?.startsWith(`${a.name}:${a.pid}:`));
  if (!app) throw new Error(`no live owner for ${roomId} (lease ${owner})`);
  return { app, epoch: Number(epoch) };
}

let avatarIndex = 0;
async function roomWithTablets(n: number) {
  // Through the proxy: REST calls without a room code go to any process; accounts live in PostgreSQL.
  const api = await facilitator(cluster.url);
  const room = await openRoom(api);
  const host = connect<HostView>(room.hostToken);
  const screen = connect<ScreenView>(room.screenToken);
  const tablets: { seatId: string; conn: RoomConnection<SeatView> }[] = [];
  for (const avatar of ALL_AVATARS.slice(avatarIndex, avatarIndex + n)) {
    const claim = await claimSeat(cluster.url, room.code, avatar);
    tablets.push({ seatId: claim.seatId, conn: connect<SeatView>(claim.token) });
  }
  avatarIndex += n;
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === n, 8000, "all seats present");
  await waitFor(screen, (s) => s.envelope !== null, 5000, "screen connected");
  expect(await host.send("activity:start", { kind: "questionbox", config: {} })).toMatchObject({ ok: true });
  const activityId = (await waitFor(host, (s) => qbHost(s) !== null, 5000, "question box")).envelope!.view.activity!.id;
  return { room, roomId: roomIdOf(room.hostToken), host, screen, tablets, activityId };
}

const allBack = (host: RoomConnection<HostView>, n: number, after: number) =>
  waitFor(
    host,
    (s) => s.status === "connected" && (s.envelope?.version ?? 0) > after && s.envelope!.view.seats.filter((x) => x.presence === "present").length === n,
    10_000,
    "host back with every tablet present",
  );

describe("scale-out cluster behind nginx", () => {
  it("puts a room's sockets and joins on one process", async () => {
    const { roomId, host } = await roomWithTablets(2);
    const { app } = await ownerOf(roomId);
    const health = await Promise.all(cluster.apps.map(async (a) => (await (await fetch(`${a.url}/api/health`)).json()) as { rooms: number }));
    const serving = cluster.apps.filter((_, i) => health[i].rooms > 0);
    expect(serving.map((a) => a.name)).toContain(app.name);
    expect(host.getSnapshot().status).toBe("connected");
  });

  it("SIGKILL the owner: the room goes on on another process within 5 s, same seats, nothing lost", async () => {
    const { roomId, host, tablets, activityId } = await roomWithTablets(3);
    const texts = ["Hvorfor er mamma sliten?", "Er det min skyld?", "Hva er rus?"];
    for (const [i, t] of tablets.entries()) expect(await t.conn.send("activity:act", { activityId, action: { type: "ask", text: texts[i] } })).toMatchObject({ ok: true });
    await waitFor(host, (s) => qbHost(s)?.queue.length === 3, 3000, "three held questions");
    const before = host.getSnapshot().envelope!;
    const { app: owner, epoch } = await ownerOf(roomId);

    const killedAt = Date.now();
    owner.signal("SIGKILL");
    await owner.exited();
    const back = await allBack(host, 3, before.version);
    const took = Date.now() - killedAt;
    for (const t of tablets) {
      const snap = await waitFor(t.conn, (s) => s.status === "connected" && (s.envelope?.version ?? 0) > before.version, 5000, "tablet back");
      expect(snap.envelope!.view.seatId).toBe(t.seatId);
    }
    const tookAll = Date.now() - killedAt;
    console.log(`[cluster] failover: host back after ${took} ms, every tablet after ${tookAll} ms`);
    expect(tookAll, `everyone back after ${tookAll} ms (host after ${took} ms)`).toBeLessThan(5000);
    expect(qbHost(back)!.queue.map((q) => q.text).sort()).toEqual([...texts].sort());
    expect(back.envelope!.view.seats.map((s) => s.seatId).sort()).toEqual(before.view.seats.map((s) => s.seatId).sort());
    const now = await ownerOf(roomId);
    expect(now.app).not.toBe(owner);
    expect(now.epoch).toBe(epoch + 1);
    // The room goes on: a new question is held and seen by its tablet.
    expect(await tablets[0].conn.send("activity:act", { activityId, action: { type: "ask", text: "Kan man bli frisk?" } })).toMatchObject({ ok: true });
    await waitFor(tablets[0].conn, (s) => (qbSeat(s)?.mine.length ?? 0) === 2, 3000, "second question on the tablet");

    await owner.start();
  });

  it("SIGTERM every process in turn: no room ends, every question kept", async () => {
    const { roomId, host, tablets, activityId } = await roomWithTablets(3);
    let closed = 0;
    for (const c of [host, ...tablets.map((t) => t.conn)]) c.subscribe(() => (closed += c.getSnapshot().closed ? 1 : 0));
    const sent: string[] = [];
    for (const [round, app] of cluster.apps.entries()) {
      const text = `Spørsmål før omstart ${round}`;
      expect(await tablets[round % 3].conn.send("activity:act", { activityId, action: { type: "ask", text } })).toMatchObject({ ok: true });
      sent.push(text);
      app.signal("SIGTERM");
      await app.exited();
      expect(app.child!.exitCode).toBe(0);
      const version = host.getSnapshot().envelope!.version;
      await app.start();
      await allBack(host, 3, version - 1);
      await waitFor(host, (s) => qbHost(s)?.queue.length === sent.length, 5000, `queue of ${sent.length}`);
    }
    expect(closed).toBe(0);
    expect(qbHost(host.getSnapshot())!.queue.map((q) => q.text).sort()).toEqual([...sent].sort());
    await ownerOf(roomId);
  }, 45_000);

  it("SIGSTOP the owner past its lease, another process takes the room, SIGCONT: the old owner cannot overwrite", async () => {
    const { room, roomId, host } = await roomWithTablets(1);
    const { app: owner, epoch } = await ownerOf(roomId);
    const other = cluster.apps.find((a) => a !== owner && a.running)!;

    owner.signal("SIGSTOP");
    try {
      await sleep(LEASE_MS + 200);
      // A host console that reaches another process directly (the proxy still sends it to the paused one).
      const direct = new RoomConnection<HostView>({ url: other.url, token: room.hostToken, wakeListeners: false, retries: 4, ackTimeoutMs: 3000, socket: { transports: ["websocket"] } });
      conns.push(direct as unknown as RoomConnection);
      await waitFor(direct, (s) => s.status === "connected" && qbHost(s) !== null, 8000, "host on the new owner");
      const taken = await ownerOf(roomId);
      expect(taken.app).toBe(other);
      expect(taken.epoch).toBeGreaterThan(epoch);
      expect(await direct.send("goal:light", {})).toMatchObject({ ok: true });
      expect(await direct.send("goal:light", {})).toMatchObject({ ok: true });
      await waitFor(direct, (s) => s.envelope!.view.goal.lit === 2, 3000, "two lamps lit on the new owner");
      const saved = () => redis.hgetall(`sammen:snap:${roomId}`);
      expect(Number((await saved()).epoch)).toBe(taken.epoch);

      // Meanwhile the old owner's host console still talks to the paused process; it wakes up.
      const lightsBefore = host.getSnapshot().envelope?.view.goal.lit ?? 0;
      const stale = host.send("goal:light", {});
      owner.signal("SIGCONT");
      const staleAck = await stale;
      await sleep(LEASE_MS);
      const after = await saved();
      expect(Number(after.epoch)).toBeGreaterThanOrEqual(taken.epoch);
      const state = JSON.parse(JSON.parse(after.value).body).state;
      // The paused owner's state had no lamp; had it written, the room would show 1. It shows the
      // new owner's two, plus the stale intent only if it was acknowledged (then applied once, by an owner).
      expect(lightsBefore).toBe(0);
      expect(state.goal.lit).toBe(staleAck.ok ? 3 : 2);
    } finally {
      if (owner.running) owner.signal("SIGCONT");
    }
  });

  it("a co-leader lists the owner's group room from every process; taken off at another process, their console closes and the lists empty; removing the owner ends their rooms on every process", async () => {
    // Fresh accounts: the admin's own rooms of the tests before count against its room cap.
    const admin = await facilitator(cluster.url);
    for (const name of ["eier", "medleder", "utenfor"]) await addFacilitator(admin, name);
    const [owner, co, outsider] = [await facilitator(cluster.url, "eier"), await facilitator(cluster.url, "medleder"), await facilitator(cluster.url, "utenfor")];
    const { facilitators } = (await owner.request<{ facilitators: { id: number; username: string }[] }>("GET", "/api/facilitators")).body;
    const coId = facilitators.find((f) => f.username === "medleder")!.id;
    const plan = (await owner.request<PlanRecord>("POST", `/api/plans/${BUILTIN_SERIES_IDS.nb}/copy`)).body;
    const made = await owner.request<GroupRecord>("POST", "/api/groups", { group: { name: "Torsdag", ageBand: "8-10", language: "nb", k: 3, coLeaders: [coId], planId: plan.id } });
    expect(made.status).toBe(201);
    const group = made.body;
    // The same session at one process directly, not through the proxy.
    const at = (api: ApiClient, base: string) => {
      const direct = new ApiClient(base);
      direct.setCookie("sammen_session", api.cookieHeader.slice("sammen_session=".length));
      return direct;
    };
    // One group room opened at each process (a room is owned where its POST arrived), and one
    // ad-hoc room of the owner's, which is the owner's alone.
    const groupRooms: RoomSummary[] = [];
    for (const app of cluster.apps) {
      const res = await at(owner, app.url).request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id });
      expect(res.status).toBe(201);
      groupRooms.push(res.body.room);
    }
    const adHoc = await openRoom(owner);
    const groupCodes = groupRooms.map((r) => r.code).sort();

    const listed = async (api: ApiClient, base: string) => (await at(api, base).request<{ rooms: RoomSummary[] }>("GET", "/api/rooms")).body.rooms;
    for (const app of cluster.apps) {
      const coRooms = await listed(co, app.url);
      expect(coRooms.map((r) => r.code).sort(), `co-leader's list at ${app.name}`).toEqual(groupCodes);
      expect((await listed(owner, app.url)).map((r) => r.code).sort(), `owner's list at ${app.name}`).toEqual([...groupCodes, adHoc.code].sort());
      expect(await listed(outsider, app.url), `outsider's list at ${app.name}`).toEqual([]);
    }
    // Each process owns one of them, so every list above held rooms of the other processes (from Redis).
    const owners = new Set(await Promise.all(groupRooms.map(async (r) => (await ownerOf(roomIdOf(r.hostToken))).app.name)));
    expect(owners.size).toBe(cluster.apps.length);

    // The co-leader's own host token (their login session) opens the console through the proxy.
    const coRoom = (await listed(co, cluster.apps[0].url)).find((r) => r.code === groupRooms[0].code)!;
    expect(coRoom.hostToken).not.toBe(groupRooms[0].hostToken);
    const coHost = connect<HostView>(coRoom.hostToken);
    await waitFor(coHost, (s) => s.envelope?.view.code === coRoom.code, 5000, "co-leader console");

    // Taken off at a process that does not own the room: the console there closes all the same.
    const serving = (await ownerOf(roomIdOf(coRoom.hostToken))).app;
    const removedAt = cluster.apps.find((a) => a !== serving)!;
    const removed = await at(owner, removedAt.url).request<GroupRecord>("PUT", `/api/groups/${group.id}`, { version: group.version, group: { ...group.group, coLeaders: [] } });
    expect(removed.status).toBe(200);
    expect((await waitFor(coHost, (s) => s.closed !== null, 3000, "co-leader console closed")).closed).toBe("UNAUTHORIZED");
    for (const app of cluster.apps) expect(await listed(co, app.url), `co-leader's list at ${app.name} after removal`).toEqual([]);

    // The admin removes the owner's account at one process: the owner's rooms on every process end.
    // Each screen connects to the process that owns its room (not through the proxy, which could
    // move rooms onto one process), so the rooms stay spread over all of them.
    const screens = await Promise.all(groupRooms.map(async (r) => connect<ScreenView>(r.screenToken, (await ownerOf(roomIdOf(r.hostToken))).app.url)));
    for (const [i, screen] of screens.entries()) await waitFor(screen, (s) => s.envelope !== null, 5000, `screen ${i}`);
    const hosting = new Set(await Promise.all(groupRooms.map(async (r) => (await ownerOf(roomIdOf(r.hostToken))).app)));
    expect([...hosting].some((a) => a !== cluster.apps[0])).toBe(true);
    const ownerId = facilitators.find((f) => f.username === "eier")!.id;
    expect((await at(admin, cluster.apps[0].url).request("DELETE", `/api/accounts/${ownerId}`)).status).toBe(204);
    for (const [i, screen] of screens.entries()) expect((await waitFor(screen, (s) => s.closed !== null, 3000, `screen ${i} told`)).closed).toBe("ended");
    // The wipes of rooms that end together are batched on the next turn, so a wipe can still be on
    // its way to Redis when a screen hears "ended": wait for it, but not for long.
    const snapshotsLeft = async () => (await Promise.all([...groupRooms, adHoc].map((r) => redis.exists(`sammen:snap:${roomIdOf(r.hostToken)}`)))).filter((n) => n > 0).length;
    const deadline = Date.now() + 2000;
    while ((await snapshotsLeft()) > 0 && Date.now() < deadline) await sleep(25);
    for (const room of [...groupRooms, adHoc]) expect(await redis.exists(`sammen:snap:${roomIdOf(room.hostToken)}`), room.code).toBe(0);
  }, 60_000);

  // Last: it spends this address's join budget for a minute.
  it("one join budget per address across processes: codes that hash to every process are refused together", async () => {
    const codes = Array.from({ length: 50 }, (_, i) => `ZZ${CODE_ALPHABET[i % 31]}${CODE_ALPHABET[Math.floor(i / 31)]}Z`);
    const statuses: number[] = [];
    const started = Date.now();
    for (const code of codes) statuses.push((await fetch(`${cluster.url}/api/join/${code}`)).status);
    // The budget is a token bucket: it refills steadily (40 a minute), so a slow run earns a few more.
    const refilled = Math.ceil(((Date.now() - started) / 60_000) * JOINS_PER_MINUTE);
    // The misses went to all processes (the proxy hashes on the code), yet they share one budget:
    // per process, 3 × 40 would let all 50 through.
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(JOINS_PER_MINUTE + refilled);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(50 - JOINS_PER_MINUTE - refilled);
    expect(statuses.every((s) => s === 404 || s === 429)).toBe(true);
  });
});
