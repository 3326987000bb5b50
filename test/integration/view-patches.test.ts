/**
 * View patches over the real wire (docs/protocol.md, "View patches"): a real server on
 * 127.0.0.1:0 with its SQLite file and the project's SDK over socket.io-client. After the whole
 * view at connect, a change reaches each target as a `room:patch` much smaller than the view, and
 * the view the SDK rebuilds is exactly what the server computes for that role. A console that joins
 * while answers stream in gets its target's last view, and every patch fits both consoles. A patch
 * that does not fit (a missed update) is not guessed at: the SDK asks for the whole view again.
 */
import { describe, expect, it } from "vitest";
import type { HostView, RoomEnvelope, SeatView, ViewPatch, WireAck } from "../../shared/protocol.js";
import { applyPatch } from "../../shared/room/view-patch.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";
import type { RoomConnection, UpdateVia } from "../../client/src/sdk/connection.js";
import { connect, roomWithTablets, sleep, waitFor, serverPerTest } from "../support/server.js";

const core = createRoomCore(activityKinds);
const server = serverPerTest();

/** Every update a connection receives, whole or patch, how it came (its own event or an ack) and its size on the wire. */
function updatesOf(conn: RoomConnection) {
  const got: { event: UpdateVia; update: RoomEnvelope | ViewPatch; bytes: number }[] = [];
  conn.onUpdate((update, event) => got.push({ event, update, bytes: JSON.stringify(update).length }));
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

    // The host and the tablet that answered get patches, the tablet's inside its acknowledgement
    // (one message, not two); the projector and the other tablets get nothing.
    expect(hostUpdates.map((u) => u.event)).toEqual(["room:patch"]);
    expect(seatUpdates[2].map((u) => u.event)).toEqual(["ack"]);
    expect("ops" in seatUpdates[2][0].update).toBe(true);
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

  it("a tablet's own update rides on its acknowledgement only while it has one socket; the next patch fits it", async () => {
    const { host, seats } = await roomWithTablets(server.url, 3);
    expect((await host.send("activity:start", { kind: "checkin", config: { moment: "checkin" } })).ok).toBe(true);
    const activityId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin")).envelope!.view.activity!.id;
    const tablet = seats[0];
    await waitFor(tablet.conn, (s) => s.envelope?.view.activity?.id === activityId);
    await sleep(100);

    // On the wire (past the SDK): the ack holds a patch against exactly the view this socket holds.
    const held = tablet.conn.getSnapshot().envelope!;
    const wire = (await tablet.conn.socket
      .timeout(3000)
      .emitWithAck("activity:act", { activityId, action: { type: "answer", feeling: "glad" }, commandId: "own-update-1" })) as WireAck;
    expect(wire.ok).toBe(true);
    const update = wire.update as ViewPatch;
    expect(update.from).toBe(held.version);
    expect(update.version).toBe(wire.ok ? wire.version : -1);
    expect(JSON.stringify(update.ops)).toContain("glad");
    // Applied as the SDK would, it gives the server's seat view; nothing else follows for this seat.
    const seatUpdates = updatesOf(tablet.conn);
    await sleep(150);
    expect(seatUpdates).toEqual([]);
    const room = server.sammen.registry.byRoomCode(held.view.code)!.room;
    const mine = JSON.parse(JSON.stringify(core.seatView(room.snapshot(), tablet.seatId, Date.now())));
    expect(withoutVersion(applyPatch(held.view, update.ops)!)).toEqual(withoutVersion(mine));

    // Through the SDK: the view is current when the acknowledgement resolves, and the host's
    // reveal then reaches the tablet as a patch that fits it (no room:sync).
    const second = seats[1];
    const third = seats[2];
    const sent: string[] = [];
    for (const s of [second, third]) s.conn.socket.onAnyOutgoing((event: string) => sent.push(event));
    const secondUpdates = updatesOf(second.conn);
    const ack = await second.conn.send("activity:act", { activityId, action: { type: "answer", feeling: "rolig" } });
    expect(ack).toEqual({ ok: true, version: expect.any(Number) });
    expect(second.conn.getSnapshot().envelope!.view.activity!.view).toMatchObject({ mine: { kind: "feeling", feeling: "rolig" } });
    expect(secondUpdates.map((u) => u.event)).toEqual(["ack"]);
    expect((await host.send("activity:act", { activityId, action: { type: "reveal" } })).ok).toBe(true);
    await waitFor(second.conn, (s) => (s.envelope?.view.activity?.view as { phase?: string }).phase === "shown", 3000, "revealed on the tablet");
    expect(secondUpdates.map((u) => u.event)).toEqual(["ack", "room:patch"]);

    // A second socket of the same seat (a second tab): nothing rides on the ack, both get the patch.
    const otherTab = connect<SeatView>(server.url, third.token);
    await waitFor(otherTab, (s) => s.envelope !== null, 3000, "second tab's view");
    const firstTab = updatesOf(third.conn);
    const secondTab = updatesOf(otherTab);
    expect((await host.send("activity:act", { activityId, action: { type: "reopen" } })).ok).toBe(true);
    await waitFor(otherTab, (s) => (s.envelope?.view.activity?.view as { phase?: string }).phase === "open", 3000, "reopened");
    await waitFor(third.conn, (s) => (s.envelope?.view.activity?.view as { phase?: string }).phase === "open", 3000, "reopened");
    firstTab.length = 0;
    secondTab.length = 0;
    expect((await third.conn.send("activity:act", { activityId, action: { type: "answer", feeling: "glad" } })).ok).toBe(true);
    await waitFor(otherTab, (s) => JSON.stringify(s.envelope?.view.activity?.view).includes("glad"), 3000, "the other tab has the answer");
    expect(firstTab.map((u) => u.event)).toEqual(["room:patch"]);
    expect(secondTab.map((u) => u.event)).toEqual(["room:patch"]);
    expect(withoutVersion(otherTab.getSnapshot().envelope!.view)).toEqual(withoutVersion(third.conn.getSnapshot().envelope!.view));
    expect(sent.filter((e) => e === "room:sync")).toEqual([]);
  });

  it("in a burst, the console's update is sent before the tablets' acknowledgements of the same write, and each acknowledgement still carries its tablet's own update", async () => {
    const { host, seats } = await roomWithTablets(server.url, 6);
    expect((await host.send("activity:start", { kind: "checkin", config: { moment: "checkin" } })).ok).toBe(true);
    const activityId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin")).envelope!.view.activity!.id;
    for (const t of seats) await waitFor(t.conn, (s) => s.envelope?.view.activity?.id === activityId);
    await sleep(100);
    // What the server sends, in the order it makes the packets (engine.io's packetCreate, on the
    // server's own sockets): "host" / "seat", and the packet's Socket.IO text.
    const sent: { to: string; text: string }[] = [];
    for (const socket of server.sammen.io.of("/").sockets.values()) {
      const to = (socket.data as { actor: { role: string } }).actor.role;
      socket.conn.on("packetCreate", (packet: { type: string; data?: unknown }) => {
        if (packet.type === "message" && typeof packet.data === "string") sent.push({ to, text: packet.data });
      });
    }
    const acks = await Promise.all(
      seats.map((t, i) =>
        t.conn.socket.timeout(3000).emitWithAck("activity:act", { activityId, action: { type: "answer", feeling: i % 2 ? "glad" : "rolig" }, commandId: `burst-order-${i}` }) as Promise<WireAck>,
      ),
    );
    expect(acks.map((a) => a.ok)).toEqual(seats.map(() => true));
    const answered = (s: { envelope: RoomEnvelope<HostView> | null }) => ((s.envelope?.view.activity?.view as { rows?: { answer: unknown }[] }).rows ?? []).filter((r) => r.answer).length;
    await waitFor(host, (s) => answered(s) === seats.length, 3000, "every answer on the console");
    await sleep(100);
    // Socket.IO's text: "3<id>[...]" is an acknowledgement, "2[...]" an event.
    const firstAck = sent.findIndex((p) => p.to === "seat" && p.text.startsWith("3"));
    const firstHostUpdate = sent.findIndex((p) => p.to === "host" && /^2\["room:(patch|view)"/.test(p.text));
    expect(firstAck).toBeGreaterThanOrEqual(0);
    expect(firstHostUpdate).toBeGreaterThanOrEqual(0);
    expect(firstHostUpdate).toBeLessThan(firstAck);
    // The console's update holds the answers of that write; the tablets' own updates were not taken
    // by it: every acknowledgement carries one, and no tablet got a separate patch for its answer.
    expect(acks.every((a) => a.ok && a.update !== undefined)).toBe(true);
    expect(sent.filter((p) => p.to === "seat" && p.text.startsWith("2")).map((p) => p.text.slice(0, 14))).toEqual([]);
  });
});
