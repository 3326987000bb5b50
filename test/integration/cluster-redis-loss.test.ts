/**
 * Scale-out when Redis goes away and comes back (docs/operations.md, "When
 * Redis or PostgreSQL is lost"), all real parts: redis-server with its
 * append-only file, PostgreSQL, one app process, nginx. While Redis is gone the
 * process is not ready, lets its room go without wiping it, and answers
 * handshakes and joins with RESTARTING (retried by the clients, never "room
 * ended"); when Redis is back with its data, the room is claimed again and the
 * host comes back by itself to the same held question.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuestionboxHostView } from "../../shared/activities/questionbox/index.js";
import type { HostView, SeatView } from "../../shared/protocol.js";
import { RoomConnection, type ConnectionOptions, type ConnectionSnapshot, type ConnectionStatus } from "../../client/src/sdk/connection.js";
import { abandonClusters, startCluster, type Cluster } from "../support/cluster.js";
import { claimSeat, facilitator, openRoom, sleep, TEST_SETUP_CODE, waitFor } from "../support/server.js";

let cluster: Cluster;
const conns: RoomConnection[] = [];
beforeAll(async () => {
  cluster = await startCluster({ processes: 1, leaseMs: 1000, redisAppendOnly: true, env: { SAMMEN_SETUP_CODE: TEST_SETUP_CODE, PRESENCE_GRACE_MS: "60000" } });
}, 60_000);
afterAll(async () => {
  for (const c of conns) c.close();
  await cluster?.stop();
  // Also when beforeAll gave up on a slow start: nothing it started is left running.
  await abandonClusters();
});

const qbHost = (s: ConnectionSnapshot<HostView>): QuestionboxHostView | null =>
  s.envelope?.view.activity?.kind === "questionbox" ? (s.envelope.view.activity.view as QuestionboxHostView) : null;

async function readyStatus(): Promise<number> {
  return (await fetch(`${cluster.apps[0].url}/api/ready`)).status;
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe("scale-out: Redis lost and back", () => {
  it("is not ready, refuses with RESTARTING (never 'ended') while Redis is gone, and brings the room back after", async () => {
    const api = await facilitator(cluster.url);
    const room = await openRoom(api);
    const options = { url: cluster.url, wakeListeners: false, retries: 4, ackTimeoutMs: 3000, socket: { transports: ["websocket"], reconnectionDelay: 100, reconnectionDelayMax: 300 } } satisfies Omit<ConnectionOptions, "token">;
    const host = new RoomConnection<HostView>({ ...options, token: room.hostToken });
    const seat = await claimSeat(cluster.url, room.code, "fox-blue");
    const tablet = new RoomConnection<SeatView>({ ...options, token: seat.token });
    conns.push(host as unknown as RoomConnection, tablet as unknown as RoomConnection);
    await waitFor(host, (s) => s.envelope?.view.seats.some((x) => x.presence === "present") ?? false, 8000, "tablet present");
    expect(await host.send("activity:start", { kind: "questionbox", config: {} })).toMatchObject({ ok: true });
    const activityId = (await waitFor(host, (s) => qbHost(s) !== null, 5000, "question box")).envelope!.view.activity!.id;
    expect(await tablet.send("activity:act", { activityId, action: { type: "ask", text: "Hvem kan jeg snakke med?" } })).toMatchObject({ ok: true });
    await waitFor(host, (s) => qbHost(s)?.queue.length === 1, 3000, "held question");
    expect(await readyStatus()).toBe(200);
    const seen: ConnectionStatus[] = [];
    host.subscribe(() => seen.push(host.getSnapshot().status));

    await cluster.redis.halt();
    await until("not ready", async () => (await readyStatus()) === 503, 5000);
    // The lease cannot be renewed: the room is let go here and its clients are sent away.
    await waitFor(host, (s) => s.status !== "connected", 5000, "host sent away");
    const join = await fetch(`${cluster.url}/api/join/${room.code}`);
    expect(join.status).toBe(503);
    expect(((await join.json()) as { error: { code: string } }).error.code).toBe("RESTARTING");
    await sleep(500);
    expect(host.getSnapshot().closed).toBeNull();
    expect(tablet.getSnapshot().closed).toBeNull();

    await cluster.redis.restart();
    await until("ready again", async () => (await readyStatus()) === 200, 10_000);
    const back = await waitFor(host, (s) => s.status === "connected" && qbHost(s)?.queue.length === 1, 10_000, "host back with the held question");
    expect(qbHost(back)!.queue[0].text).toBe("Hvem kan jeg snakke med?");
    await waitFor(tablet, (s) => s.status === "connected" && s.envelope?.view.seatId === seat.seatId, 10_000, "tablet back as its seat");
    expect(seen).toContain("restarting");
    expect(host.getSnapshot().closed).toBeNull();
  }, 60_000);
});
