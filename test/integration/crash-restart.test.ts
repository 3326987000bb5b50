/**
 * Crash-safe rooms through the real parts: Sammen as a child process (the
 * production entry point) on 127.0.0.1, real socket.io-client connections via
 * the SDK, a real SQLite file. The server is killed (SIGKILL) or stopped
 * (SIGTERM) and a new one starts on the same data folder and port; the same
 * client objects reconnect by themselves, with the tokens they already hold.
 */
import { activityView } from "../support/views.js";
import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { HostView, RoomEnvelope, ScreenView, SeatView } from "../../shared/protocol.js";
import type { QuestionboxHostView, QuestionboxScreenView, QuestionboxSeatView } from "../../shared/activities/questionbox/index.js";
import type { ConnectionSnapshot, ConnectionStatus, RoomConnection } from "../../client/src/sdk/connection.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { ApiClient, claimSeat, connect, facilitator, openRoom, sleep, waitFor } from "../support/server.js";
import { processServerFixture, spawnServer, type ServerProcess } from "../support/process-server.js";

const fx = processServerFixture("sammen-crash-");

async function start(env: Record<string, string> = {}): Promise<ServerProcess> {
  const p = await spawnServer(fx.dir, fx.port, { PRESENCE_GRACE_MS: "60000", ...env });
  fx.running.push(p);
  return p;
}

const qbHost = (s: ConnectionSnapshot<HostView>): QuestionboxHostView | null => activityView(s, "questionbox");
const qbScreen = (s: ConnectionSnapshot<ScreenView>): QuestionboxScreenView | null => activityView(s, "questionbox");
const qbSeat = (s: ConnectionSnapshot<SeatView>): QuestionboxSeatView | null => activityView(s, "questionbox");

interface Tablet {
  seatId: string;
  avatar: string;
  conn: RoomConnection<SeatView>;
}

async function roomWithTablets(url: string, n: number, earlier?: (host: RoomConnection<HostView>, tablets: Tablet[]) => Promise<void>) {
  const api = await facilitator(url);
  const room = await openRoom(api);
  const host = connect<HostView>(url, room.hostToken);
  const screen = connect<ScreenView>(url, room.screenToken);
  const tablets: Tablet[] = [];
  for (const avatar of ALL_AVATARS.slice(0, n)) {
    const claim = await claimSeat(url, room.code, avatar);
    tablets.push({ seatId: claim.seatId, avatar, conn: connect<SeatView>(url, claim.token) });
  }
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === n, 5000, "all seats present");
  await waitFor(screen, (s) => s.envelope !== null, 3000, "screen connected");
  await earlier?.(host, tablets);
  const started = await host.send("activity:start", { kind: "questionbox", config: {} });
  expect(started).toMatchObject({ ok: true });
  const activityId = (await waitFor(host, (s) => qbHost(s) !== null, 3000, "question box on the host")).envelope!.view.activity!.id;
  return { api, room, host, screen, tablets, activityId };
}

/** A view without its version (which goes on counting after a restart). */
function bare<V extends { version: number }>(env: RoomEnvelope | null | undefined): Omit<V, "version"> {
  const { version: _version, ...rest } = env!.view as unknown as V;
  return rest;
}

/** Every status a connection goes through from now on. */
function statuses(conn: RoomConnection<never> | RoomConnection<HostView> | RoomConnection<ScreenView> | RoomConnection<SeatView>): ConnectionStatus[] {
  const seen: ConnectionStatus[] = [];
  const c = conn as unknown as RoomConnection;
  c.subscribe(() => {
    const s = c.getSnapshot().status;
    if (seen[seen.length - 1] !== s) seen.push(s);
  });
  return seen;
}

describe("crash-safe rooms: restart after SIGKILL", () => {
  // Two server processes and up to 32 clients: a busy 2-core machine needs more than the default 20 s.
  it("every tablet rejoins as its seat, the host sees the same step and held queue, the projector the same picture", { timeout: 60_000 }, async () => {
    const first = await start();
    // An earlier question box that ended: its flagged question lives on in the room's finished
    // activities (stored apart from the body) and on the host's safeguarding list.
    const earlierText = "Jeg vil ikke leve mer";
    const { api, room, host, screen, tablets, activityId } = await roomWithTablets(first.url, 5, async (h, ts) => {
      expect(await h.send("activity:start", { kind: "questionbox", config: {} })).toMatchObject({ ok: true });
      const id = (await waitFor(h, (s) => qbHost(s) !== null, 3000, "first box")).envelope!.view.activity!.id;
      expect(await ts[4].conn.send("activity:act", { activityId: id, action: { type: "ask", text: earlierText } })).toMatchObject({ ok: true });
      await waitFor(h, (s) => s.envelope!.view.safeguarding.some((x) => x.text === earlierText), 3000, "flagged question on the strip");
      expect(await h.send("activity:stop", { activityId: id })).toMatchObject({ ok: true });
      // The console must have left the first box before the second starts, or the next wait could see the old one.
      await waitFor(h, (s) => s.envelope?.view.activity === null, 3000, "first box stopped");
    });

    // A held queue (one flagged), one approved question on the projector, an open help alert, a lit lamp.
    const texts = ["Er det min skyld at mamma er lei seg?", "Hvorfor sover pappa hele dagen?", "Kan man bli frisk?", "Hva er rus?", "Jeg er redd for å gå hjem"];
    for (const [i, t] of tablets.entries()) {
      expect(await t.conn.send("activity:act", { activityId, action: { type: "ask", text: texts[i] } })).toMatchObject({ ok: true });
    }
    const queued = await waitFor(host, (s) => (qbHost(s)?.queue.length ?? 0) === 5, 3000, "five held questions");
    const toShow = qbHost(queued)!.queue.find((q) => q.text === "Kan man bli frisk?")!;
    expect(await host.send("activity:act", { activityId, action: { type: "approve", id: toShow.id, text: "Kan man bli frisk?" } })).toMatchObject({ ok: true });
    expect(await tablets[1].conn.send("help:request", {})).toMatchObject({ ok: true });
    expect(await host.send("goal:light", {})).toMatchObject({ ok: true });
    await waitFor(screen, (s) => (qbScreen(s)?.items.length ?? 0) === 1 && (s.envelope?.view.goal.lit ?? 0) === 1, 3000, "picture on the projector");
    const settled = await waitFor(host, (s) => qbHost(s)?.queue.length === 4 && s.envelope!.view.seats.some((x) => x.helpRequestedAt !== null), 3000, "host settled");
    await sleep(50);
    const before = {
      host: bare<HostView>(host.getSnapshot().envelope),
      screen: bare<ScreenView>(screen.getSnapshot().envelope),
      seats: tablets.map((t) => bare<SeatView>(t.conn.getSnapshot().envelope)),
    };
    expect(before.host).toEqual(bare<HostView>(settled.envelope));
    expect(before.host.safeguarding.find((x) => x.text === earlierText)).toMatchObject({ seatId: tablets[4].seatId, activityKind: "questionbox" });
    const versionBefore = host.getSnapshot().envelope!.version;

    first.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    await waitFor(host, (s) => s.status !== "connected", 3000, "host notices the crash");

    const second = await start();
    // Nobody reconnects by hand: the same connection objects come back with the tokens they hold.
    const back = await waitFor(
      host,
      (s) => s.status === "connected" && (s.envelope?.version ?? 0) > versionBefore && s.envelope!.view.seats.filter((x) => x.presence === "present").length === 5,
      10_000,
      "host back with all five tablets present",
    );
    expect(bare<HostView>(back.envelope)).toEqual(before.host);
    expect(qbHost(back)!.queue.map((q) => q.text).sort()).toEqual(texts.filter((t) => t !== "Kan man bli frisk?").sort());
    expect(qbHost(back)!.queue.every((q) => q.status === "held")).toBe(true);
    const screenBack = await waitFor(screen, (s) => s.status === "connected" && (s.envelope?.version ?? 0) > versionBefore, 5000, "projector back");
    expect(bare<ScreenView>(screenBack.envelope)).toEqual(before.screen);
    for (const [i, t] of tablets.entries()) {
      const snap = await waitFor(t.conn, (s) => s.status === "connected" && (s.envelope?.version ?? 0) > versionBefore, 5000, `tablet ${t.avatar} back`);
      expect(snap.envelope!.view.seatId).toBe(t.seatId);
      expect(snap.envelope!.view.avatar).toBe(t.avatar);
      expect(bare<SeatView>(snap.envelope)).toEqual(before.seats[i]);
      expect(qbSeat(snap)!.mine.map((m) => m.text)).toEqual([texts[i]]);
    }

    // The room still works on the new process: a held question can be approved, the code still joins.
    const held = qbHost(back)!.queue[0];
    expect(await host.send("activity:act", { activityId, action: { type: "approve", id: held.id, text: "Et nytt spørsmål" } })).toMatchObject({ ok: true });
    expect((await new ApiClient(second.url).request("GET", `/api/join/${room.code}`)).status).toBe(200);
    // The facilitator's session lives in the same database, and the secret beside it, readable by this user only.
    expect((await api.request("GET", "/api/rooms")).status).toBe(200);
    expect(statSync(path.join(fx.dir, "secret")).mode & 0o777).toBe(0o600);
  });
});

/**
 * Tablets ask questions (each waits for its acknowledgement before the next, as the SDK does) while
 * the host approves what arrives. Returns what was acknowledged, by whom.
 */
function burst(host: RoomConnection<HostView>, tablets: Tablet[], activityId: string, perTablet: number) {
  const acked = new Set<string>();
  const approved = new Map<string, string>();
  const sent = new Set<string>();
  let stop = false;
  const tabletsDone = Promise.all(
    tablets.map(async (t, ti) => {
      for (let i = 0; i < perTablet && !stop; i++) {
        const text = `Spørsmål ${ti}-${i} fra ${t.avatar}`;
        sent.add(text);
        const ack = await t.conn.send("activity:act", { activityId, action: { type: "ask", text } });
        if (ack.ok) acked.add(text);
      }
    }),
  );
  const hostDone = (async () => {
    const tried = new Set<string>();
    while (!stop) {
      const next = qbHost(host.getSnapshot())?.queue.find((q) => !tried.has(q.id));
      if (!next || host.getSnapshot().status !== "connected") {
        await sleep(5);
        continue;
      }
      tried.add(next.id);
      const text = `Omformulert: ${next.text}`;
      const ack = await host.send("activity:act", { activityId, action: { type: "approve", id: next.id, text } });
      if (ack.ok) approved.set(next.id, text);
    }
  })();
  return {
    acked,
    approved,
    sent,
    halt: async () => {
      stop = true;
      await Promise.all([tabletsDone, hostDone]);
    },
  };
}

async function restoredTexts(host: RoomConnection<HostView>, versionAfter: number) {
  const snap = await waitFor(host, (s) => s.status === "connected" && (s.envelope?.version ?? 0) > versionAfter && qbHost(s) !== null, 10_000, "host back");
  const qb = qbHost(snap)!;
  return { held: qb.queue.map((q) => q.text), shown: qb.shown };
}

describe("crash-safe rooms: durability of acknowledged intents", () => {
  // Two server processes and up to 32 clients: a busy 2-core machine needs more than the default 20 s.
  it("SIGKILL in the middle of a burst of questions and approvals loses none that was acknowledged", { timeout: 60_000 }, async () => {
    const first = await start();
    const { host, tablets, activityId } = await roomWithTablets(first.url, 30);
    const load = burst(host, tablets, activityId, 3);
    // Kill while intents are still in flight.
    while (load.acked.size < 30) await sleep(1);
    first.kill("SIGKILL");
    const ackedAtKill = load.acked.size;
    const sentAtKill = load.sent.size;
    await first.exited;
    await load.halt();
    expect(sentAtKill).toBeGreaterThan(ackedAtKill); // mid-burst: some were sent and not yet answered
    const versionAtKill = host.getSnapshot().envelope!.version;

    await start();
    const { held, shown } = await restoredTexts(host, versionAtKill);
    const all = [...held, ...shown.map((s) => s.text)];
    for (const text of load.acked) expect(all).toContain(text);
    for (const [id, text] of load.approved) expect(shown.find((s) => s.id === id)?.displayText).toBe(text);
    // Nothing was applied twice either.
    expect(new Set(all).size).toBe(all.length);
    expect(load.acked.size).toBeGreaterThanOrEqual(ackedAtKill);
  });

  // Two server processes and up to 32 clients: a busy 2-core machine needs more than the default 20 s.
  it("SIGTERM during a burst loses nothing, tells every client it is restarting, and exits within its bound", { timeout: 60_000 }, async () => {
    const first = await start({ STOP_TIMEOUT_MS: "3000" });
    const { host, screen, tablets, activityId } = await roomWithTablets(first.url, 30);
    const seen = [host, screen, ...tablets.map((t) => t.conn)].map((c) => statuses(c as RoomConnection<HostView>));
    const load = burst(host, tablets, activityId, 3);
    while (load.acked.size < 30) await sleep(1);
    const signalledAt = Date.now();
    first.kill("SIGTERM");
    const exit = await first.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThan(3000);
    await load.halt();
    const versionAtStop = host.getSnapshot().envelope!.version;
    // Every client heard "restarting" (the UI shows "Sammen starter på nytt, et øyeblikk").
    for (const s of seen) expect(s).toContain("restarting");
    expect(first.output.join("")).toContain("open rooms are kept");

    await start();
    const { held, shown } = await restoredTexts(host, versionAtStop);
    const all = [...held, ...shown.map((s) => s.text)];
    for (const text of load.acked) expect(all).toContain(text);
    for (const [id, text] of load.approved) expect(shown.find((s) => s.id === id)?.displayText).toBe(text);
    expect(new Set(all).size).toBe(all.length);
    // Every tablet is back as its seat, by itself.
    for (const t of tablets) await waitFor(t.conn, (s) => s.status === "connected" && s.envelope?.view.seatId === t.seatId, 10_000, `${t.avatar} back`);
  });
});
