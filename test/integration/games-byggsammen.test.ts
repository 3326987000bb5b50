/**
 * Bygg sammen through the real server with 2, 5 and 12 tablets: pieces are
 * dealt to every tablet, a tablet drops mid-game and its pieces are redealt
 * to the others, a tablet joins late and gets pieces, a piece is handed on,
 * and the picture completes. No screen view names a tablet; no tablet sees
 * another's pieces.
 */
import { describe, expect, it } from "vitest";
import type { ByggsammenScreenView, ByggsammenSeatView, ByggsammenState } from "../../shared/activities/byggsammen/index.js";
import { waitFor, serverPerTest } from "../support/server.js";
import { activityView, dropTablet, eventually, expectScreenAnonymous, expectSeatPrivate, gameRoom, GRACE_MS, joinTablet, startGame, type Tablet } from "./games-support.js";

const server = serverPerTest({ presenceGraceMs: GRACE_MS });

const seatView = (t: Tablet) => activityView(t.conn.getSnapshot().envelope?.view, "byggsammen") as ByggsammenSeatView | null;

describe("byggsammen: integration", () => {
  it.each([
    [2, "regnbue"],
    [5, "fyr"],
    [12, "regnbue"],
  ] as const)("%i tablets build the %s together; one drops (pieces redealt), one joins late", { timeout: 30_000 }, async (n, motif) => {
    const g = await gameRoom(server, n);
    const everyone = [...g.tablets];
    const id = await startGame(g, "byggsammen", { motif });
    const live = server.sammen.registry.byRoomCode(g.code)!.room;
    const stateOf = () => live.snapshot().activity!.state as ByggsammenState;
    for (const t of g.tablets) expect(seatView(t)!.mine.length).toBeGreaterThan(0);

    // A tablet drops before placing anything: its pieces go to the others.
    const dropped = g.tablets[g.tablets.length - 1];
    const itsPieces = seatView(dropped)!.mine.map((p) => p.id);
    await dropTablet(g, dropped);
    // Nothing was placed yet, so the picture is sized for the tablets still here: each of its pieces
    // is now held by another tablet, or its place left the (smaller) picture (docs/rules.md, "Watching is a first-class way to take part").
    const stillInPicture = itsPieces.filter((pid) => stateOf().pieces.some((p) => p.id === pid));
    for (const pid of stillInPicture) expect(g.tablets.map((t) => t.seatId)).toContain(stateOf().holder[pid]);
    for (const p of stateOf().pieces) expect(g.tablets.map((t) => t.seatId)).toContain(stateOf().holder[p.id]);
    await eventually(
      () => {
        const held = g.tablets.flatMap((t) => seatView(t)?.mine.map((p) => p.id) ?? []);
        return stillInPicture.every((pid) => held.includes(pid));
      },
      3000,
      "the dropped tablet's pieces on the other tablets",
    );

    // A tablet joins late and gets a part of the picture (when someone has two or more).
    const late = await joinTablet(server, g.code, g.nextAvatar());
    everyone.push(late);
    g.tablets.push(late);
    const pieces = stateOf().pieces.length;
    if (pieces >= g.tablets.length + 1) await waitFor(late.conn, () => (seatView(late)?.mine.length ?? 0) > 0, 3000, "late tablet gets pieces");

    // Someone hands a piece on ("gi bort").
    const giver = g.tablets.find((t) => (seatView(t)?.mine.length ?? 0) > 0)!;
    const gift = seatView(giver)!.mine[0].id;
    expect((await giver.conn.send("activity:act", { activityId: id, action: { type: "give", pieceId: gift } })).ok).toBe(true);
    expect(stateOf().holder[gift]).not.toBe(giver.seatId);

    // Everyone places what they can, until the picture is finished.
    for (let guard = 0; guard < 60 && stateOf().round.phase === "running"; guard++) {
      await Promise.all(
        g.tablets.map(async (t) => {
          const mine = seatView(t)?.mine ?? [];
          for (const p of mine.filter((x) => x.ready)) {
            const ack = await t.conn.send("activity:act", { activityId: id, action: { type: "place", pieceId: p.id } });
            // A piece that moved on (redealt or given) meanwhile is refused calmly; nothing else may fail.
            if (!ack.ok) expect(ack.code).toBe("STALE");
          }
        }),
      );
      await new Promise((r) => setTimeout(r, 60));
    }
    const done = await waitFor(g.screen, (s) => (activityView(s.envelope?.view, "byggsammen") as ByggsammenScreenView | null)?.phase === "success", 5000, "picture complete");
    const screen = activityView(done.envelope!.view, "byggsammen") as ByggsammenScreenView;
    expect(screen.done).toBe(1);
    expect(screen.cells.every((c) => c.placed)).toBe(true);
    await waitFor(g.host, (s) => s.envelope?.view.goal.lit === 1, 3000, "a lamp lit");

    expectScreenAnonymous(g, everyone);
    for (const t of g.tablets) expectSeatPrivate(t, everyone);
  });
});
