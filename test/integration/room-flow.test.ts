/**
 * The foundation's live room through the real parts: a real server on
 * 127.0.0.1:0, a real SQLite file, real socket.io-client connections via the
 * project's SDK. Host + screen + 5 tablets run a check-in round, and every
 * role's view is checked for what it must and must not hold.
 */
import { activityView } from "../support/views.js";
import { describe, expect, it } from "vitest";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { activityKinds } from "../../shared/activities/registry.js";
import { createRoomCore } from "../../shared/room/core.js";
import { claimSeat, connect, waitFor, roomWithTablets as openRoomWithTablets, serverPerTest } from "../support/server.js";

const server = serverPerTest({ presenceGraceMs: 300 });


const roomWithTablets = (n: number) => openRoomWithTablets(server.url, n);

function startCheckin(host: RoomConnection<HostView>) {
  return host.send("activity:start", { kind: "checkin", config: { moment: "checkin", askStrength: true } });
}

describe("live room: check-in round", () => {
  it("host, screen and 5 tablets: each role sees only what it may", async () => {
    const { host, screen, seats } = await roomWithTablets(5);
    const started = await startCheckin(host);
    expect(started.ok).toBe(true);
    const hostSnap = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin", 3000, "checkin on host");
    const activityId = hostSnap.envelope!.view.activity!.id;

    const answers = [
      { type: "answer", feeling: "glad", strength: "veldig" },
      { type: "answer", feeling: "glad", strength: "litt" },
      { type: "answer", feeling: "glad" },
      { type: "answer", feeling: "trist", strength: "endel" },
      { type: "pass" },
    ] as const;
    const acks = await Promise.all(seats.map((s, i) => s.conn.send("activity:act", { activityId, action: answers[i] })));
    for (const ack of acks) expect(ack).toMatchObject({ ok: true });

    // Host: each seat's answer, for the leader's eyes.
    const hostView = await waitFor(
      host,
      (s) => activityView(s, "checkin")?.rows.every((r) => r.answer !== null) === true,
      3000,
      "host sees all answers",
    );
    const rows = activityView(hostView, "checkin")?.rows ?? [];
    expect(rows.find((r) => r.seatId === seats[3].seatId)?.answer).toEqual({ kind: "feeling", feeling: "trist", strength: "endel" });
    expect(rows.find((r) => r.seatId === seats[4].seatId)?.answer).toEqual({ kind: "pass" });

    // Screen before reveal: no picture, no counters.
    const screenBefore = screen.getSnapshot().envelope!.view;
    expect(screenBefore.activity?.kind).toBe("checkin");
    expect(activityView(screenBefore, "checkin")?.picture).toBeNull();

    expect((await host.send("activity:act", { activityId, action: { type: "reveal" } })).ok).toBe(true);
    const screenAfter = await waitFor(
      screen,
      (s) => activityView(s, "checkin")?.picture !== null,
      3000,
      "screen picture",
    );
    const picture = activityView(screenAfter, "checkin")?.picture ?? null;
    // 4 answered (pass not counted): glad 3 shown; trist 1 merged and shown only as a word. The
    // projector's view carries relative sizes and words, never the count 3.
    expect(picture).toEqual({
      status: "shown",
      items: [
        { id: "glad", level: "bin", amount: { kind: "relative", size: 3, word: "many" } },
        { id: "other", level: "other", amount: { kind: "relative", size: 1, word: "some" } },
      ],
    });

    // The screen's whole view holds no seat id, no avatar-answer pairing and no pass count.
    const screenJson = JSON.stringify(screenAfter.envelope);
    for (const s of seats) expect(screenJson).not.toContain(s.seatId);
    expect(screenJson).not.toContain("pass");
    expect(screenJson).not.toContain("trist");

    // A tablet's view holds its own answer and nobody else's.
    for (const [i, s] of seats.entries()) {
      const snap = await waitFor(s.conn, (x) => activityView(x, "checkin")?.phase === "shown");
      const json = JSON.stringify(snap.envelope);
      for (const [j, other] of seats.entries()) if (j !== i) expect(json).not.toContain(other.seatId);
      const mine = activityView(snap, "checkin")?.mine ?? null;
      expect(mine?.kind).toBe(answers[i].type === "pass" ? "pass" : "feeling");
      if (i !== 3) expect(json).not.toContain("trist");
    }

    // Answering after the picture is shown is refused as stale and changes nothing.
    const late = await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "sint" } });
    expect(late).toMatchObject({ ok: false, code: "STALE" });
  });

  it("fewer than k answers: the screen shows nothing even after reveal", async () => {
    const { host, screen, seats } = await roomWithTablets(3);
    await startCheckin(host);
    const { envelope } = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin");
    const activityId = envelope!.view.activity!.id;
    await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "redd" } });
    await seats[1].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "redd" } });
    await seats[2].conn.send("activity:act", { activityId, action: { type: "pass" } });
    await host.send("activity:act", { activityId, action: { type: "reveal" } });
    const snap = await waitFor(screen, (s) => activityView(s, "checkin")?.phase === "shown");
    expect(activityView(snap, "checkin")?.picture).toEqual({ status: "hidden", reason: "too-few" });
    expect(JSON.stringify(snap.envelope)).not.toContain("redd");
  });

  it("a repeated commandId is applied once and answered with the first result; reused for another payload it is COMMAND_REUSED", async () => {
    const { host, seats } = await roomWithTablets(1);
    await startCheckin(host);
    const { envelope } = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin");
    const activityId = envelope!.view.activity!.id;
    const first = await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "glad" } }, "cmd-repeat-0001");
    const again = await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "glad" } }, "cmd-repeat-0001");
    expect(again).toEqual(first);
    const reused = await seats[0].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "sint" } }, "cmd-repeat-0001");
    expect(reused).toMatchObject({ ok: false, code: "COMMAND_REUSED" });
    const room = server.sammen.registry.byRoomCode(host.view!.code)!.room;
    const state = room.snapshot().activity!.state as { answers: Record<string, { feeling?: string }> };
    expect(state.answers[seats[0].seatId].feeling).toBe("glad");
  });
});

describe("live room: presence, lock, kick, end", () => {
  it("reconnecting with the same token returns the same seat and the current view", async () => {
    const { host, seats } = await roomWithTablets(2);
    const tablet = seats[0];
    tablet.conn.close();
    await waitFor(host, (s) => s.envelope?.view.seats.find((x) => x.seatId === tablet.seatId)?.presence === "away", 3000, "away");
    await waitFor(host, (s) => s.envelope?.view.seats.find((x) => x.seatId === tablet.seatId)?.presence === "left", 3000, "left after grace");
    // The host starts an activity while the tablet is gone.
    await startCheckin(host);
    const again = connect<SeatView>(server.url, tablet.token);
    const snap = await waitFor(again, (s) => s.envelope?.view.activity?.kind === "checkin", 3000, "current view after reconnect");
    expect(snap.envelope!.view.seatId).toBe(tablet.seatId);
    expect(snap.envelope!.view.avatar).toBe("fox-blue");
    // Current: exactly what the server computes for this seat now. Its version is the one this
    // seat's view last changed at (docs/protocol.md, "View patches"); the tablet's own return is
    // a presence change its view does not show, so the room's version may already be past it.
    const room = server.sammen.registry.byRoomCode(snap.envelope!.view.code)!.room;
    const { version: _v, ...current } = JSON.parse(JSON.stringify(createRoomCore(activityKinds).seatView(room.snapshot(), tablet.seatId, Date.now())));
    const { version: _w, ...received } = snap.envelope!.view;
    expect(received).toEqual(current);
    expect(snap.envelope!.view.version).toBe(snap.envelope!.version);
    expect(snap.envelope!.version).toBeLessThanOrEqual(room.version);
    await waitFor(host, (s) => s.envelope?.view.seats.find((x) => x.seatId === tablet.seatId)?.presence === "present", 3000, "present again");
  });

  it("a locked room refuses new tablets with a kind code; unlocking lets them in", async () => {
    const { api, room, host } = await roomWithTablets(1);
    void api;
    expect((await host.send("room:lock", { locked: true })).ok).toBe(true);
    const res = await fetch(`${server.url}/api/join/${room.code}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ avatar: "owl-green" }),
    });
    expect(res.status).toBe(423);
    expect(await res.json()).toMatchObject({ error: { code: "ROOM_LOCKED" } });
    await host.send("room:lock", { locked: false });
    await expect(claimSeat(server.url, room.code, "owl-green")).resolves.toMatchObject({ avatar: "owl-green" });
  });

  it("taken avatars are not offered and cannot be claimed twice", async () => {
    const { room } = await roomWithTablets(1);
    const status = (await (await fetch(`${server.url}/api/join/${room.code.toLowerCase()}`)).json()) as { availableAvatars: string[] };
    expect(status.availableAvatars).not.toContain("fox-blue");
    expect(status.availableAvatars).toContain("fox-green");
    await expect(claimSeat(server.url, room.code, "fox-blue")).rejects.toThrow(/AVATAR_TAKEN/);
  });

  it("a kicked seat is told, forgotten, and cannot come back with its token", async () => {
    const { host, screen, seats } = await roomWithTablets(3);
    await startCheckin(host);
    const { envelope } = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin");
    const activityId = envelope!.view.activity!.id;
    await seats[1].conn.send("activity:act", { activityId, action: { type: "answer", feeling: "ensom" } });
    expect((await host.send("seat:kick", { seatId: seats[1].seatId })).ok).toBe(true);
    const closed = await waitFor(seats[1].conn, (s) => s.closed !== null, 3000, "kicked");
    expect(closed.closed).toBe("kicked");
    const hostAfter = await waitFor(host, (s) => !s.envelope?.view.seats.some((x) => x.seatId === seats[1].seatId));
    expect(JSON.stringify(hostAfter.envelope)).not.toContain("ensom");
    // During an activity the screen lists no avatars at all; back in the lobby, the kicked one is gone.
    expect(screen.getSnapshot().envelope?.view.lobbyAvatars).toEqual([]);
    await host.send("activity:stop", { activityId });
    const screenAfter = await waitFor(screen, (s) => s.envelope?.view.lobbyAvatars.length === 2, 3000, "screen lobby without the kicked seat");
    expect(JSON.stringify(screenAfter.envelope)).not.toContain("bear-green");
    const retry = connect(server.url, seats[1].token);
    expect((await waitFor(retry, (s) => s.closed !== null)).closed).toBe("KICKED");
  });

  it("ending the room wipes all child data and sends every client away", async () => {
    const { room, host, screen, seats } = await roomWithTablets(3);
    expect(server.sammen.registry.stats()).toEqual({ rooms: 1, seats: 3 });
    expect((await host.send("room:end", {})).ok).toBe(true);
    for (const s of seats) expect((await waitFor(s.conn, (x) => x.closed !== null)).closed).toBe("ended");
    expect((await waitFor(screen, (x) => x.closed !== null)).closed).toBe("ended");
    expect((await waitFor(host, (x) => x.closed !== null)).closed).toBe("ended");
    expect(server.sammen.registry.stats()).toEqual({ rooms: 0, seats: 0 });
    expect(server.sammen.registry.byRoomCode(room.code)).toBeUndefined();
    const back = connect(server.url, seats[0].token);
    expect((await waitFor(back, (s) => s.closed !== null)).closed).toBe("ROOM_ENDED");
    const join = await fetch(`${server.url}/api/join/${room.code}`);
    expect(join.status).toBe(404);
  });
});

describe("live room: help requests", () => {
  it("'I want to talk to an adult' reaches only the host, once per open alert", async () => {
    const { host, screen, seats } = await roomWithTablets(2);
    const a = await seats[0].conn.send("help:request", {});
    const b = await seats[0].conn.send("help:request", {});
    expect(a.ok && b.ok).toBe(true);
    expect(b.ok && a.ok && b.version).toBe(a.ok ? a.version : -1); // the second press changed nothing
    const snap = await waitFor(host, (s) => s.envelope?.view.seats.some((x) => x.helpRequestedAt !== null) === true);
    expect(snap.envelope!.view.seats.filter((x) => x.helpRequestedAt !== null).map((x) => x.seatId)).toEqual([seats[0].seatId]);
    await waitFor(seats[0].conn, (s) => s.envelope?.view.helpPending === true);
    expect(JSON.stringify(screen.getSnapshot().envelope)).not.toMatch(/help/i);
    expect(seats[1].conn.getSnapshot().envelope!.view.helpPending).toBe(false);
    await host.send("help:resolve", { seatId: seats[0].seatId });
    await waitFor(seats[0].conn, (s) => s.envelope?.view.helpPending === false);
  });
});
