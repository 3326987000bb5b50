/**
 * View patches over the real wire (docs/protocol.md, "View patches"): a real server on
 * 127.0.0.1:0 with its SQLite file and the project's SDK over socket.io-client. After the whole
 * view at connect, a change reaches each target as a `room:patch` much smaller than the view, and
 * the view the SDK rebuilds is exactly what the server computes for that role. A console that joins
 * while answers stream in gets its target's last view, and every patch fits both consoles. A patch
 * that does not fit (a missed update) is not guessed at: the SDK asks for the whole view again.
 */
import { describe, expect, it } from "vitest";
import type { HostView, RoomEnvelope, ViewPatch } from "../../shared/protocol.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";
import { connect, roomWithTablets, sleep, waitFor, serverPerTest } from "../support/server.js";

const core = createRoomCore(activityKinds);
const server = serverPerTest();

/** Every update a connection's socket receives, whole or patch, with its size on the wire. */
function updatesOf(conn: { socket: { on(ev: string, fn: (u: RoomEnvelope | ViewPatch) => void): unknown } }) {
  const got: { event: "room:view" | "room:patch"; update: RoomEnvelope | ViewPatch; bytes: number }[] = [];
  for (const event of ["room:view", "room:patch"] as const) conn.socket.on(event, (update) => got.push({ event, update, bytes: JSON.stringify(update).length }));
  return got;
}

const withoutVersion = (view: object) => {
  const { version: _v, ...rest } = view as { version: number };
  return rest;
};

describe("view patches", () => {
  it("after the whole view, an answer reaches the host and that tablet as small patches, and the rebuilt views are the server's", async () => {
    const { room, host, screen, seats } = await roomWithTablets(server.url, 6);
    expect((await host.send("activity:start", { kind: "checkin", config: { moment: "checkin" } })).ok).toBe(true);
    const activityId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin")).envelope!.view.activity!.id;
    await waitFor(seats[2].conn, (s) => s.envelope?.view.activity?.id === activityId);
    await sleep(100);
    const hostUpdates = updatesOf(host);
    const screenUpdates = updatesOf(screen);
    const seatUpdates = seats.map((s) => updatesOf(s.conn));

    expect((await seats[2].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "glad" } })).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin" && JSON.stringify(s.envelope.view.activity.view).includes("glad"));
    await sleep(100);

    // The host and the tablet that answered get patches; the projector and the other tablets nothing.
    expect(hostUpdates.map((u) => u.event)).toEqual(["room:patch"]);
    expect(seatUpdates[2].map((u) => u.event)).toEqual(["room:patch"]);
    expect(screenUpdates).toEqual([]);
    for (const [i, updates] of seatUpdates.entries()) if (i !== 2) expect(updates).toEqual([]);
    const hostView = host.getSnapshot().envelope!.view;
    expect(hostUpdates[0].bytes * 4).toBeLessThan(JSON.stringify(hostView).length);
    const patch = hostUpdates[0].update as ViewPatch;
    expect(patch.version).toBe(host.getSnapshot().envelope!.version);
    expect(hostView.version).toBe(patch.version);

    // The views the SDK rebuilt are what the server computes for each role now.
    const state = server.sammen.registry.byRoomCode(room.code)!.room.snapshot();
    const links = server.sammen.registry.byRoomCode(room.code)!.room.links;
    expect(withoutVersion(hostView)).toEqual(withoutVersion(JSON.parse(JSON.stringify(core.hostView(state, links, Date.now())))));
    for (const s of seats) {
      expect(withoutVersion(s.conn.getSnapshot().envelope!.view)).toEqual(withoutVersion(JSON.parse(JSON.stringify(core.seatView(state, s.seatId, Date.now())))));
    }
  });

  it("a console that joins while answers stream in converges with the first, and no patch is refused", async () => {
    const { room, host, seats } = await roomWithTablets(server.url, 8);
    expect((await host.send("activity:start", { kind: "checkin", config: { moment: "checkin" } })).ok).toBe(true);
    const activityId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin")).envelope!.view.activity!.id;
    const syncs: string[] = [];
    const answers = seats.map((s, i) => sleep(i * 7).then(() => s.conn.send("activity:act", { activityId, action: { type: "answer", feeling: "glad" } })));
    await sleep(20);
    const second = connect<HostView>(server.url, room.hostToken);
    second.socket.onAnyOutgoing((event: string) => syncs.push(event));
    host.socket.onAnyOutgoing((event: string) => syncs.push(event));
    expect((await Promise.all(answers)).every((a) => a.ok)).toBe(true);
    const all = (s: { envelope: { view: HostView } | null }) => {
      const view = s.envelope?.view.activity?.view as { rows?: { answer: unknown }[] } | undefined;
      return view?.rows?.filter((r) => r.answer !== null).length === 8;
    };
    await waitFor(host, all, 3000, "first console has every answer");
    await waitFor(second, all, 3000, "second console has every answer");
    expect(withoutVersion(second.getSnapshot().envelope!.view)).toEqual(withoutVersion(host.getSnapshot().envelope!.view));
    expect(syncs.filter((e) => e === "room:sync")).toEqual([]);
  });

  it("a patch that does not fit the view held is not applied: the SDK asks for the whole view and gets it", async () => {
    const { host, seats } = await roomWithTablets(server.url, 2);
    const before = host.getSnapshot().envelope!;
    const sent: string[] = [];
    host.socket.onAnyOutgoing((event: string) => sent.push(event));
    // As if an update had been missed: a patch made against a version this console does not hold.
    const listener = host.socket.listeners("room:patch")[0] as (p: ViewPatch) => void;
    listener({ version: before.version + 5, from: before.version + 4, serverTime: Date.now(), ops: [[["locked"], true]] });
    expect(host.getSnapshot().envelope).toBe(before);
    // And one against the right version whose path goes through nothing.
    listener({ version: before.version + 1, from: before.version, serverTime: Date.now(), ops: [[["nothing", "here"], 1]] });
    expect(host.getSnapshot().envelope).toBe(before);
    await waitFor(host, (s) => s.envelope !== before, 3000, "the whole view again");
    expect(sent).toContain("room:sync");
    expect(host.getSnapshot().envelope!.view.locked).toBe(false);
    expect(host.getSnapshot().envelope!.view.seats.map((s) => s.seatId).sort()).toEqual(seats.map((s) => s.seatId).sort());
  });
});
