/**
 * "Jeg ser på" and dropping never block a game, through the real server and
 * real sockets (docs/rules.md, "Watching is a first-class way to take part"), and Bygg sammen's "Gi bort" to a
 * chosen avatar or to "noen som trenger den", with bad recipients refused and
 * nothing changed ("Handing on is the child's choice").
 */
import { afterEach, describe, expect, it } from "vitest";
import type { BallongenScreenView, BallongenSeatView } from "../../shared/activities/ballongen/index.js";
import type { ByggsammenScreenView, ByggsammenSeatView, ByggsammenState } from "../../shared/activities/byggsammen/index.js";
import type { HvahjelperScreenView, HvahjelperSeatView } from "../../shared/activities/hvahjelper/index.js";
import type { SeatView } from "../../shared/protocol.js";
import { closeAllConnections, connect, startServer, waitFor, type TestServer } from "../support/server.js";
import { activityView, dropTablet, eventually, expectScreenAnonymous, expectSeatPrivate, gameRoom, GRACE_MS, startGame, type GameRoom, type Tablet } from "./games-support.js";

let server: TestServer | null = null;
afterEach(async () => {
  closeAllConnections();
  await server?.close();
  server = null;
});

const bygg = (t: Tablet) => activityView(t.conn.getSnapshot().envelope?.view, "byggsammen") as ByggsammenSeatView | null;
const act = (t: Tablet, activityId: string, action: unknown) => t.conn.send("activity:act", { activityId, action });

/** Everyone taking part places what it can until the picture is done (or nothing moves). */
async function buildAll(g: GameRoom, id: string, players: Tablet[], done: () => boolean): Promise<void> {
  for (let guard = 0; guard < 60 && !done(); guard++) {
    for (const t of players) {
      for (const p of (bygg(t)?.mine ?? []).filter((x) => x.ready)) {
        const ack = await act(t, id, { type: "place", pieceId: p.id });
        if (!ack.ok) expect(ack.code).toBe("STALE"); // a piece that moved on meanwhile
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  void g;
}

describe("games: watching and dropping never block (integration)", () => {
  it("Bygg sammen: one watches, one drops; the others finish; the watcher comes back; Gi bort by avatar and to someone who needs it; bad recipients refused", { timeout: 30_000 }, async () => {
    server = await startServer({ presenceGraceMs: GRACE_MS });
    const g = await gameRoom(server, 4);
    const everyone = [...g.tablets];
    const id = await startGame(g, "byggsammen", { motif: "regnbue" });
    const live = server.sammen.registry.byRoomCode(g.code)!.room;
    const stateOf = () => live.snapshot().activity!.state as ByggsammenState;
    const [a, b, watcher, dropper] = g.tablets;

    // Gi bort to a chosen avatar: the tablet is offered the others' avatars, never their seat ids.
    const offered = bygg(a)!.giveTo;
    expect(offered.sort()).toEqual([b.avatar, watcher.avatar, dropper.avatar].sort());
    expectSeatPrivate(a, everyone);
    const gift = bygg(a)!.mine[0];
    expect(await act(a, id, { type: "give", pieceId: gift.id, to: b.avatar })).toMatchObject({ ok: true });
    expect(stateOf().holder[gift.id]).toBe(b.seatId);
    await waitFor(b.conn, () => bygg(b)!.mine.some((p) => p.id === gift.id), 3000, "the gift on the chosen tablet");

    // "Til noen som trenger den": the server picks someone else.
    const second = bygg(a)!.mine[0];
    expect(await act(a, id, { type: "give", pieceId: second.id })).toMatchObject({ ok: true });
    expect([b.seatId, watcher.seatId, dropper.seatId]).toContain(stateOf().holder[second.id]);

    // A child chooses "Jeg ser på": its pieces go to the others, it is offered to no one.
    const watcherPieces = bygg(watcher)!.mine.map((p) => p.id);
    expect(await act(watcher, id, { type: "watch", on: true })).toMatchObject({ ok: true });
    await waitFor(watcher.conn, () => bygg(watcher)?.watching === true, 3000, "watcher view");
    expect(bygg(watcher)!.mine).toEqual([]);
    for (const pid of watcherPieces) expect([a.seatId, b.seatId, dropper.seatId]).toContain(stateOf().holder[pid]);
    await waitFor(a.conn, () => !bygg(a)!.giveTo.includes(watcher.avatar as `${string}-${string}`), 3000, "watcher no longer offered");

    // Bad recipients: refused with a clear code, nothing changes.
    const mineNow = bygg(a)!.mine[0] ?? bygg(b)!.mine[0];
    const owner = bygg(a)!.mine[0] ? a : b;
    const before = JSON.stringify(stateOf());
    const refusals: [unknown, string][] = [
      [{ type: "give", pieceId: mineNow.id, to: "whale-purple" }, "STALE"], // no such tablet in the room
      [{ type: "give", pieceId: mineNow.id, to: owner.avatar }, "INVALID"], // itself
      [{ type: "give", pieceId: mineNow.id, to: watcher.avatar }, "NOT_ALLOWED"], // watching
      [{ type: "give", pieceId: mineNow.id, to: "Fox Blue" }, "INVALID"], // not an avatar at all
      [{ type: "give", pieceId: mineNow.id, to: 7 }, "INVALID"],
      [{ type: "watch", on: "yes" }, "INVALID"],
    ];
    for (const [action, code] of refusals) {
      const ack = await act(owner, id, action);
      expect(ack, JSON.stringify(action)).toMatchObject({ ok: false, code });
      expect((ack as { message?: string }).message).toBeTruthy();
    }
    expect(await g.host.send("activity:act", { activityId: id, action: { type: "watch", on: true } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(JSON.stringify(stateOf())).toBe(before);

    // A tablet drops (network gone): after its grace period its pieces are dealt to the others.
    const dropperPieces = bygg(dropper)!.mine.map((p) => p.id);
    await dropTablet(g, dropper);
    for (const pid of dropperPieces) expect([a.seatId, b.seatId]).toContain(stateOf().holder[pid]);

    // Place a few, then the watcher comes back and gets a part again; then all finish.
    for (const p of bygg(a)!.mine.filter((x) => x.ready).slice(0, 1)) await act(a, id, { type: "place", pieceId: p.id });
    expect(await act(watcher, id, { type: "watch", on: false })).toMatchObject({ ok: true });
    await waitFor(watcher.conn, () => bygg(watcher)?.watching === false && (bygg(watcher)?.mine.length ?? 0) > 0, 3000, "the watcher back with pieces");
    await buildAll(g, id, [a, b, watcher], () => stateOf().round.phase === "success");
    const done = await waitFor(g.screen, (s) => (activityView(s.envelope?.view, "byggsammen") as ByggsammenScreenView | null)?.phase === "success", 5000, "picture complete");
    expect((activityView(done.envelope!.view, "byggsammen") as ByggsammenScreenView).done).toBe(1);
    expectScreenAnonymous(g, everyone);
    for (const view of g.screenLog) expect(JSON.stringify(view)).not.toMatch(/watch/i);
  });

  it("Bygg sammen: a tablet whose network drops holds nothing up, even inside its grace period; back, it gets a part again", { timeout: 30_000 }, async () => {
    server = await startServer({ presenceGraceMs: 60_000 });
    const g = await gameRoom(server, 3);
    const id = await startGame(g, "byggsammen", { motif: "fyr" });
    const live = server.sammen.registry.byRoomCode(g.code)!.room;
    const stateOf = () => live.snapshot().activity!.state as ByggsammenState;
    const [a, b, dropper] = g.tablets;
    const itsPieces = bygg(dropper)!.mine.map((p) => p.id);
    expect(itsPieces.length).toBeGreaterThan(0);
    dropper.conn.close();
    await waitFor(g.host, (s) => s.envelope?.view.seats.find((x) => x.seatId === dropper.seatId)?.presence === "away", 3000, "dropper away");
    // Still inside its grace period, its pieces are already on the others, and it is offered to no one.
    for (const pid of itsPieces) expect([a.seatId, b.seatId]).toContain(stateOf().holder[pid]);
    await waitFor(a.conn, () => !bygg(a)!.giveTo.includes(dropper.avatar as `${string}-${string}`), 3000, "dropper not offered");
    expect(await act(a, id, { type: "give", pieceId: bygg(a)!.mine[0].id, to: dropper.avatar })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    // The two build the lighthouse from the bottom up without waiting.
    for (const p of bygg(a)!.mine.filter((x) => x.ready).slice(0, 1)) await act(a, id, { type: "place", pieceId: p.id });
    // The dropped tablet comes back (same seat): it gets a part again.
    const back = connect<SeatView>(server.url, dropper.token);
    const returned = { ...dropper, conn: back };
    await waitFor(back, () => (bygg(returned)?.mine.length ?? 0) > 0, 3000, "the returning tablet has pieces");
    await buildAll(g, id, [a, b, returned], () => stateOf().round.phase === "success");
    expect(stateOf().round.phase).toBe("success");
  });

  it("Hva hjelper?: a watcher's cards never hold the board up", { timeout: 20_000 }, async () => {
    server = await startServer({ presenceGraceMs: GRACE_MS });
    const g = await gameRoom(server, 3);
    const id = await startGame(g, "hvahjelper", {});
    const view = (t: Tablet) => activityView(t.conn.getSnapshot().envelope?.view, "hvahjelper") as HvahjelperSeatView | null;
    const [watcher, ...players] = g.tablets;
    expect(await act(watcher, id, { type: "watch", on: true })).toMatchObject({ ok: true });
    await waitFor(watcher.conn, () => view(watcher)?.watching === true, 3000, "watching");
    expect(await act(watcher, id, { type: "sort", card: "tegne", column: "helps" })).toMatchObject({ ok: false });
    for (let guard = 0; guard < 20; guard++) {
      let sent = 0;
      for (const t of players) {
        for (const m of (view(t)?.mine ?? []).filter((x) => !x.onBoard && x.choice === null)) {
          const ack = await act(t, id, { type: "sort", card: m.card, column: "helps" });
          if (!ack.ok) expect(ack.code).toBe("STALE");
          sent++;
        }
      }
      if (sent === 0 && (activityView(g.screen.getSnapshot().envelope?.view, "hvahjelper") as HvahjelperScreenView | null)?.complete) break;
      await new Promise((r) => setTimeout(r, 60));
    }
    await waitFor(g.screen, (s) => (activityView(s.envelope?.view, "hvahjelper") as HvahjelperScreenView | null)?.complete === true, 5000, "board complete without the watcher");
  });

  it("Ballongen: one watches and one's network drops (still in its grace period); the one breathing reaches the top as fast as a group of one", { timeout: 30_000 }, async () => {
    // A long grace: the dropped tablet stays "away" (present) the whole round, and still must not slow the climb.
    server = await startServer({ presenceGraceMs: 60_000 });
    const g = await gameRoom(server, 3);
    const id = await startGame(g, "ballongen", { targetSeconds: 5, pattern: "4-4" });
    for (let i = 0; i < 2; i++) expect((await g.host.send("activity:act", { activityId: id, action: { type: "easier" } })).ok).toBe(true);
    const [breather, watcher, dropper] = g.tablets;
    expect(await act(watcher, id, { type: "watch", on: true })).toMatchObject({ ok: true });
    await waitFor(watcher.conn, () => (activityView(watcher.conn.getSnapshot().envelope?.view, "ballongen") as BallongenSeatView | null)?.watching === true, 3000, "watching");
    dropper.conn.close();
    await waitFor(g.host, (s) => s.envelope?.view.seats.find((x) => x.seatId === dropper.seatId)?.presence === "away", 3000, "dropper away");

    const started = Date.now();
    const timer = setInterval(() => {
      breather.conn.input(id, { holding: true });
      watcher.conn.input(id, { holding: true }); // a stale watcher tablet holding counts for nothing
    }, 150);
    try {
      // Level 1: 2.5 s of climb for the group; holding through the breaths out counts a little less.
      // Counted as a group of three (watcher and dropped tablet included) it would take about 9 s.
      await waitFor(g.screen, (s) => (activityView(s.envelope?.view, "ballongen") as BallongenScreenView | null)?.phase === "success", 8000, "balloon at the top");
    } finally {
      clearInterval(timer);
    }
    expect(Date.now() - started).toBeLessThan(6500);
  });
});
