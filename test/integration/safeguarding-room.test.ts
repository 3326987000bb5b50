/**
 * The room's safeguarding list (what the console's strip counts and the end
 * dialog lists) through the real parts: a real server on 127.0.0.1:0, real
 * socket.io-client connections via the SDK. Every envelope the screen and the
 * tablets receive is recorded, so "never" means never.
 */
import { describe, expect, it } from "vitest";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { Outbox } from "../../client/src/sdk/outbox.js";
import { connect, sleep, waitFor, roomWithTablets as openRoomWithTablets, recordEnvelopes, serverPerTest } from "../support/server.js";

const server = serverPerTest({ presenceGraceMs: 300 });


const roomWithTablets = (n: number) => openRoomWithTablets(server.url, n);

const DISCLOSURE = "pappa slår meg når han drikker";

describe("safeguarding list on the host view", () => {
  it("a flagged check-in 'say more' is listed for the host only, until marked read; it is still listed when the session ends", async () => {
    const { host, screen, seats } = await roomWithTablets(3);
    const onScreen = recordEnvelopes(screen);
    const onOthers = recordEnvelopes(seats[1].conn);
    expect((await host.send("activity:start", { kind: "checkin", config: {} })).ok).toBe(true);
    const activityId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin")).envelope!.view.activity!.id;
    await waitFor(seats[0].conn, (s) => s.envelope?.view.activity?.kind === "checkin");
    expect((await seats[0].conn.send("activity:act", { activityId, action: { type: "more", text: DISCLOSURE } })).ok).toBe(true);
    // An unflagged note is not something the strip counts.
    expect((await seats[2].conn.send("activity:act", { activityId, action: { type: "more", text: "jeg liker fotball" } })).ok).toBe(true);

    const snap = await waitFor(host, (s) => (s.envelope?.view.safeguarding.length ?? 0) === 1, 3000, "one item");
    const [item] = snap.envelope!.view.safeguarding;
    expect(item).toMatchObject({ source: "flagged", activityKind: "checkin", seatId: seats[0].seatId, avatar: "fox-blue", text: DISCLOSURE, seen: false });
    expect(item.flag?.categories).toEqual(expect.arrayContaining(["violence", "substance-home"]));
    expect(item.key.startsWith(`${activityId}:`)).toBe(true);

    // Marking it read keeps it in the list (for the end of the session) but no longer unread.
    expect(await host.send("safeguarding:seen", { key: item.key })).toMatchObject({ ok: true });
    await waitFor(host, (s) => s.envelope?.view.safeguarding[0]?.seen === true, 3000, "seen");
    // Again: idempotent. An unknown key: a clear refusal that changes nothing.
    const version = host.getSnapshot().envelope!.version;
    expect(await host.send("safeguarding:seen", { key: item.key })).toMatchObject({ ok: true, version });
    expect(await host.send("safeguarding:seen", { key: "a9:nothing-here" })).toMatchObject({ ok: false, code: "STALE" });
    expect(await host.send("safeguarding:seen", { key: "help:" + seats[0].seatId })).toMatchObject({ ok: false, code: "STALE" });
    expect(await host.send("safeguarding:seen", { key: "<script>" } as never)).toMatchObject({ ok: false, code: "INVALID" });
    // Only the host may mark things read.
    expect(await seats[0].conn.send("safeguarding:seen", { key: item.key })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // After the check-in ends, its flagged note is still there (finished activities count too).
    expect((await host.send("activity:stop", { activityId })).ok).toBe(true);
    const after = await waitFor(host, (s) => s.envelope?.view.activity === null);
    expect(after.envelope!.view.safeguarding.map((i) => i.text)).toEqual([DISCLOSURE]);

    await sleep(100);
    for (const env of [...onScreen, ...onOthers]) {
      expect(env).not.toContain("slår");
      expect(env).not.toContain("safeguarding");
    }
  });

  it("a help request can be taken back: the host sees it was withdrawn until marking it seen; asking again opens a new alert", async () => {
    const { host, screen, seats } = await roomWithTablets(2);
    const onScreen = recordEnvelopes(screen);
    const child = seats[0];
    expect((await child.conn.send("help:request", {})).ok).toBe(true);
    let snap = await waitFor(host, (s) => s.envelope?.view.safeguarding.some((i) => i.source === "help") === true, 3000, "help");
    expect(snap.envelope!.view.safeguarding).toEqual([
      expect.objectContaining({ key: `help:${child.seatId}`, source: "help", avatar: "fox-blue", text: null }),
    ]);
    await waitFor(child.conn, (s) => s.envelope?.view.helpPending === true);

    expect((await child.conn.send("help:withdraw", {})).ok).toBe(true);
    snap = await waitFor(host, (s) => s.envelope?.view.safeguarding[0]?.source === "helpWithdrawn", 3000, "withdrawn");
    const seat = snap.envelope!.view.seats.find((s) => s.seatId === child.seatId)!;
    expect(seat.helpRequestedAt).toBeNull();
    expect(seat.helpWithdrawnAt).toEqual(expect.any(Number));
    await waitFor(child.conn, (s) => s.envelope?.view.helpPending === false);
    // Taking back twice, or with nothing open, changes nothing; the host may not withdraw for a child.
    const v = host.getSnapshot().envelope!.version;
    expect(await child.conn.send("help:withdraw", {})).toMatchObject({ ok: true, version: v });
    expect(await seats[1].conn.send("help:withdraw", {})).toMatchObject({ ok: true, version: v });
    expect(await host.send("help:withdraw", {} as never)).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // Asking again opens a fresh alert.
    expect((await child.conn.send("help:request", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.safeguarding[0]?.source === "help", 3000, "help again");
    // The host marks it seen: gone from the list.
    expect((await host.send("help:resolve", { seatId: child.seatId })).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.safeguarding.length === 0, 3000, "resolved");

    for (const env of onScreen) expect(env).not.toMatch(/help|withdrawn|safeguarding/i);
  });

  it("orders help first, then flagged text by severity, then talk-later notes; a talk-later note carries the leader's note", async () => {
    const { host, seats } = await roomWithTablets(3);
    expect((await host.send("activity:start", { kind: "questionbox", config: {} })).ok).toBe(true);
    const activityId = (await waitFor(host, (s) => s.envelope?.view.activity?.kind === "questionbox")).envelope!.view.activity!.id;
    await waitFor(seats[2].conn, (s) => s.envelope?.view.activity?.kind === "questionbox");
    const ask = (i: number, text: string) => seats[i].conn.send("activity:act", { activityId, action: { type: "ask", text } });
    expect((await ask(0, "er det min skyld at mamma er syk")).ok).toBe(true);
    await sleep(5);
    expect((await ask(1, "jeg vil dø")).ok).toBe(true);
    expect((await ask(2, "hvorfor er himmelen blå")).ok).toBe(true);
    const qb = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "questionbox" && (s.envelope.view.activity.view as { queue: unknown[] }).queue.length === 3);
    const plain = (qb.envelope!.view.activity!.view as { queue: { id: string; text: string }[] }).queue.find((q) => q.text.includes("himmelen"))!;
    expect((await host.send("activity:act", { activityId, action: { type: "talkLater", id: plain.id, note: "reven i pausen" } })).ok).toBe(true);
    expect((await seats[2].conn.send("help:request", {})).ok).toBe(true);

    const snap = await waitFor(host, (s) => s.envelope?.view.safeguarding.length === 4, 3000, "four items");
    const list = snap.envelope!.view.safeguarding;
    expect(list.map((i) => i.source)).toEqual(["help", "flagged", "flagged", "later"]);
    expect(list[1].flag?.categories[0]).toBe("suicide");
    expect(list[2].flag?.categories[0]).toBe("self-blame");
    expect(list[3]).toMatchObject({ text: "hvorfor er himmelen blå", note: "reven i pausen", flag: null });
  });

  it("room:end wipes the list with everything else", async () => {
    const { host, seats } = await roomWithTablets(1);
    expect((await seats[0].conn.send("help:request", {})).ok).toBe(true);
    await waitFor(host, (s) => s.envelope?.view.safeguarding.length === 1);
    const live = server.sammen.registry.stats();
    expect(live.rooms).toBe(1);
    expect((await host.send("room:end", {})).ok).toBe(true);
    await waitFor(host, (s) => s.closed !== null, 3000, "closed");
    expect(server.sammen.registry.stats()).toEqual({ rooms: 0, seats: 0 });
  });
});

describe("help from a tablet that is offline (the SDK outbox)", () => {
  it("queued while disconnected, sent once on reconnect with the same commandId; a queued request taken back is never sent", async () => {
    const { host, seats } = await roomWithTablets(2);
    const child = seats[0];
    const outbox = new Outbox(child.conn);
    const sent: string[] = [];
    child.conn.socket.prependAnyOutgoing((event: string, payload: { commandId?: string }) => {
      if (event === "help:request") sent.push(payload.commandId ?? "");
    });

    // Offline: nothing goes out, the request waits.
    child.conn.socket.disconnect();
    const { commandId, done } = outbox.add("help:request", {});
    expect(outbox.has(commandId)).toBe(true);
    await sleep(200);
    expect(sent).toEqual([]);
    expect(host.getSnapshot().envelope!.view.safeguarding).toEqual([]);

    // Back online: sent once, with that commandId; the host gets one alert.
    child.conn.socket.connect();
    expect(await done).toMatchObject({ ok: true });
    expect(sent).toEqual([commandId]);
    await waitFor(host, (s) => s.envelope?.view.safeguarding.filter((i) => i.source === "help").length === 1, 3000, "alert");
    expect(outbox.size).toBe(0);
    // The same commandId again (a late retry) is applied at most once.
    const again = await child.conn.send("help:request", {}, commandId);
    expect(again.ok).toBe(true);
    expect(host.getSnapshot().envelope!.view.safeguarding.filter((i) => i.source === "help")).toHaveLength(1);

    // A second tablet presses offline and takes it back before the network returns: nothing reaches the host.
    const other = seats[1];
    const otherBox = new Outbox(other.conn);
    other.conn.socket.disconnect();
    const queued = otherBox.add("help:request", {});
    expect(otherBox.cancel(queued.commandId)).toBe(true);
    expect(await queued.done).toMatchObject({ ok: false, code: "STALE" });
    other.conn.socket.connect();
    await waitFor(other.conn, (s) => s.status === "connected");
    await sleep(200);
    expect(host.getSnapshot().envelope!.view.safeguarding.filter((i) => i.seatId === other.seatId)).toEqual([]);
    outbox.dispose();
    otherBox.dispose();
  });
});
