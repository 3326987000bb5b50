/**
 * Co-leaders of a group (docs/series.md rule S7), through the real server, a
 * real SQLite file and real socket.io clients: the owner names co-leaders (other
 * existing accounts); a co-leader lists the group's live room with a host token
 * of their own login session and moderates the same queue; both consoles get
 * the same help alert; the same press from two consoles does one thing. Someone
 * who does not lead the group cannot list, open or act on the room, and a
 * co-leader the owner takes off loses the console at once.
 */
import { activityView } from "../support/views.js";
import { describe, expect, it } from "vitest";
import type { HostView, RoomSummary, SeatView } from "../../shared/protocol.js";
import type { GroupRecord } from "../../shared/series/group.js";
import { BUILTIN_SERIES_IDS } from "../../shared/series/builtin-series.js";
import type { PlanRecord } from "../../shared/series/plan.js";
import { claimSeat, connect, signedInDirect, waitFor, type ApiClient, serverPerTest } from "../support/server.js";

const server = serverPerTest();

type ApiErr = { error: { code: string; message: string } };

async function threeLeaders() {
  const owner = await signedInDirect(server, "eier", true);
  const co = await signedInDirect(server, "medleder");
  const outsider = await signedInDirect(server, "utenfor");
  return { owner: owner.api, co: co.api, outsider: outsider.api, ownerId: owner.id, coId: co.id, outsiderId: outsider.id, outsiderSid: outsider.sid };
}

async function groupWith(owner: ApiClient, coLeaders: number[]): Promise<GroupRecord> {
  const plan = (await owner.request<PlanRecord>("POST", `/api/plans/${BUILTIN_SERIES_IDS.nb}/copy`)).body;
  const res = await owner.request<GroupRecord>("POST", "/api/groups", { group: { name: "Torsdag", ageBand: "8-10", language: "nb", k: 3, coLeaders, planId: plan.id } });
  expect(res.status).toBe(201);
  return res.body;
}

const roomsOf = async (api: ApiClient) => (await api.request<{ rooms: RoomSummary[] }>("GET", "/api/rooms")).body.rooms;

describe("co-leaders of a group", () => {
  it("a co-leader opens the owner's group room from their own session; both moderate one queue, both get the help alert, a double press does one thing", async () => {
    const { owner, co, outsider, coId } = await threeLeaders();
    const group = await groupWith(owner, [coId]);
    const opened = await owner.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id });
    expect(opened.status).toBe(201);
    const room = opened.body.room;

    const coRooms = await roomsOf(co);
    expect(coRooms.map((r) => r.code)).toEqual([room.code]);
    // The co-leader's token is their own (bound to their login session), not the owner's.
    expect(coRooms[0].hostToken).not.toBe(room.hostToken);
    expect(await roomsOf(outsider)).toEqual([]);

    const hostA = connect<HostView>(server.url, room.hostToken);
    const hostB = connect<HostView>(server.url, coRooms[0].hostToken);
    await waitFor(hostA, (s) => !!s.envelope, 3000, "owner console");
    await waitFor(hostB, (s) => !!s.envelope, 3000, "co-leader console");

    const claim = await claimSeat(server.url, room.code, "fox-blue");
    const tablet = connect<SeatView>(server.url, claim.token);
    await waitFor(tablet, (s) => !!s.envelope, 3000, "tablet");

    // The same help alert on both consoles.
    expect((await tablet.send("help:request", {})).ok).toBe(true);
    for (const host of [hostA, hostB]) {
      const snap = await waitFor(host, (s) => s.envelope?.view.safeguarding.some((i) => i.key === `help:${claim.seatId}`) === true, 3000, "help alert");
      expect(snap.envelope!.view.safeguarding.find((i) => i.source === "help")).toMatchObject({ avatar: "fox-blue" });
    }

    // One queue: a question the child sends is in both consoles; the co-leader approves it.
    expect((await hostA.send("activity:start", { kind: "questionbox", config: {} })).ok).toBe(true);
    const activityId = (await waitFor(hostB, (s) => s.envelope?.view.activity?.kind === "questionbox", 3000, "box on B")).envelope!.view.activity!.id;
    await waitFor(tablet, (s) => s.envelope?.view.activity?.kind === "questionbox", 3000, "box on tablet");
    expect((await tablet.send("activity:act", { activityId, action: { type: "ask", text: "Hvorfor blir voksne syke?" } })).ok).toBe(true);
    const queueOf = (s: { envelope: { view: HostView } | null }) => activityView(s, "questionbox")?.queue ?? [];
    const itemA = queueOf(await waitFor(hostA, (s) => queueOf(s).length === 1, 3000, "queue on A"))[0];
    const itemB = queueOf(await waitFor(hostB, (s) => queueOf(s).length === 1, 3000, "queue on B"))[0];
    expect(itemB.id).toBe(itemA.id);

    // Both press "discard" on the same item at once: it is discarded once; the second press
    // changes nothing (the room's version moves by one).
    const v0 = hostA.getSnapshot().envelope!.version;
    const results = await Promise.all([
      hostA.send("activity:act", { activityId, action: { type: "discard", id: itemA.id } }),
      hostB.send("activity:act", { activityId, action: { type: "discard", id: itemA.id } }),
    ]);
    for (const r of results) if (!r.ok) expect(r.code).toBe("STALE");
    expect(results.some((r) => r.ok)).toBe(true);
    await waitFor(hostA, (s) => queueOf(s).length === 0, 3000, "discarded on A");
    await waitFor(hostB, (s) => queueOf(s).length === 0, 3000, "discarded on B");
    expect(hostB.getSnapshot().envelope!.version).toBe(v0 + 1);

    // Both mark the help alert seen: it is resolved once, and the second changes nothing.
    const before = hostA.getSnapshot().envelope!.version;
    const seen = await Promise.all([hostA.send("help:resolve", { seatId: claim.seatId }), hostB.send("help:resolve", { seatId: claim.seatId })]);
    expect(seen.every((r) => r.ok)).toBe(true);
    const after = await waitFor(hostB, (s) => s.envelope?.view.safeguarding.every((i) => i.source !== "help") === true, 3000, "resolved on B");
    expect(after.envelope!.version).toBe(before + 1);
  });

  it("two consoles pressing 'Neste' on the same step move the agenda one step", async () => {
    const { owner, co, coId } = await threeLeaders();
    const group = await groupWith(owner, [coId]);
    const room = (await owner.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id })).body.room;
    const hostA = connect<HostView>(server.url, room.hostToken);
    const hostB = connect<HostView>(server.url, (await roomsOf(co))[0].hostToken);
    await waitFor(hostA, (s) => !!s.envelope?.view.agenda, 3000, "A");
    await waitFor(hostB, (s) => !!s.envelope?.view.agenda, 3000, "B");
    const results = await Promise.all([hostA.send("agenda:goto", { index: 0, from: -1 }), hostB.send("agenda:goto", { index: 0, from: -1 })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "STALE" });
    const next = await Promise.all([hostA.send("agenda:goto", { index: 1, from: 0 }), hostB.send("agenda:goto", { index: 1, from: 0 })]);
    expect(next.filter((r) => r.ok)).toHaveLength(1);
    expect((await waitFor(hostB, (s) => s.envelope?.view.agenda?.current === 1, 3000, "step 1")).envelope!.view.agenda!.current).toBe(1);
  });

  it("someone who does not lead the group cannot open the room or act in it, even with a token of their own session", async () => {
    const { owner, outsider, coId, outsiderSid } = await threeLeaders();
    const group = await groupWith(owner, [coId]);
    const room = (await owner.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id })).body.room;
    expect(await roomsOf(outsider)).toEqual([]);
    expect((await outsider.request<ApiErr>("POST", "/api/rooms", { groupId: group.id })).status).toBe(404);
    expect((await outsider.request<ApiErr>("GET", `/api/groups/${group.id}`)).status).toBe(404);
    // A host token for the outsider's own live session (as if one were minted for them) is refused at the handshake.
    const handle = server.sammen.registry.byRoomCode(room.code)!;
    const forged = connect<HostView>(server.url, handle.hostTokenFor(outsiderSid));
    const snap = await waitFor(forged, (s) => s.closed !== null, 3000, "refused");
    expect(snap.closed).toBe("UNAUTHORIZED");
    expect(snap.envelope).toBeNull();
    expect(await forged.send("room:lock", { locked: true })).toMatchObject({ ok: false });
    expect(handle.room.locked).toBe(false);
  });

  it("only the owner adds or removes co-leaders; a co-leader taken off loses the live console and the room list at once", async () => {
    const { owner, co, outsiderId, ownerId, coId } = await threeLeaders();
    const group = await groupWith(owner, [coId]);
    const room = (await owner.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id })).body.room;
    const put = (api: ApiClient, version: number, coLeaders: number[], name = "Torsdag") =>
      api.request<GroupRecord & ApiErr>("PUT", `/api/groups/${group.id}`, { version, group: { ...group.group, name, coLeaders } });

    // A co-leader may edit the group, but not who leads it.
    const renamed = await put(co, 1, [coId], "Torsdagsgruppa");
    expect(renamed.status).toBe(200);
    const refused = await put(co, 2, [coId, outsiderId]);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("FORBIDDEN");
    // Bad co-leaders: unknown account, the owner, someone twice. Nothing changes.
    for (const bad of [[coId, 99_999], [ownerId], [coId, coId]]) {
      const res = await put(owner, 2, bad);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("INVALID");
    }
    expect((await owner.request<GroupRecord>("GET", `/api/groups/${group.id}`)).body).toMatchObject({ version: 2, group: { coLeaders: [coId] } });

    const hostB = connect<HostView>(server.url, (await roomsOf(co))[0].hostToken);
    await waitFor(hostB, (s) => !!s.envelope, 3000, "co-leader console");
    const removed = await put(owner, 2, []);
    expect(removed.status).toBe(200);
    const snap = await waitFor(hostB, (s) => s.closed !== null, 3000, "co-leader console closed");
    expect(snap.closed).toBe("UNAUTHORIZED");
    expect(await roomsOf(co)).toEqual([]);
    expect((await co.request<ApiErr>("GET", `/api/groups/${group.id}`)).status).toBe(404);
    // The owner's console is untouched.
    const hostA = connect<HostView>(server.url, room.hostToken);
    await waitFor(hostA, (s) => !!s.envelope, 3000, "owner console");
  });
});

