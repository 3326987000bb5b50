/**
 * Hva hjelper? through the real server with 2, 5 and 12 tablets: cards are
 * dealt, one tablet drops before sorting (its cards do not block the board),
 * one joins late and gets cards, tablets disagree on one card, and the board
 * completes. The screen shows "vi er uenige om denne", never who chose what.
 */
import { describe, expect, it } from "vitest";
import type { HvahjelperScreenView, HvahjelperSeatView } from "../../shared/activities/hvahjelper/index.js";
import { waitFor, serverPerTest } from "../support/server.js";
import { activityView, dropTablet, eventually, expectScreenAnonymous, expectSeatPrivate, gameRoom, GRACE_MS, joinTablet, startGame, type Tablet } from "./games-support.js";

const server = serverPerTest({ presenceGraceMs: GRACE_MS });

const seatView = (t: Tablet) => activityView(t.conn.getSnapshot().envelope?.view, "hvahjelper") as HvahjelperSeatView | null;

describe("hvahjelper: integration", () => {
  it.each([2, 5, 12])("%i tablets sort the cards; one drops, one joins late; disagreement is shown, never who", { timeout: 30_000 }, async (n) => {
    const g = await gameRoom(server, n);
    const everyone = [...g.tablets];
    const id = await startGame(g, "hvahjelper", {});
    for (const t of g.tablets) expect(seatView(t)!.mine.length).toBeGreaterThan(0);

    await dropTablet(g, g.tablets[g.tablets.length - 1]);
    const late = await joinTablet(server, g.code, g.nextAvatar());
    everyone.push(late);
    g.tablets.push(late);
    await eventually(() => (seatView(late)?.mine.length ?? 0) > 0, 3000, "late tablet gets cards");

    // The first tablet disagrees on its first card; everyone else says "hjelper" (the first tablet also passes one).
    const [first] = g.tablets;
    const contested = seatView(first)!.mine[0].card;
    for (let round = 0; round < 10; round++) {
      for (const t of g.tablets) {
        for (const m of seatView(t)?.mine ?? []) {
          if (m.onBoard || m.choice !== null) continue;
          const action =
            t === first && m.card === contested
              ? { type: "sort" as const, card: m.card, column: "not" as const }
              : t === first && m.card !== contested
                ? { type: "pass" as const, card: m.card }
                : { type: "sort" as const, card: m.card, column: "helps" as const };
          const ack = await t.conn.send("activity:act", { activityId: id, action });
          if (!ack.ok) expect(ack.code).toBe("STALE");
        }
      }
      const v = activityView(g.screen.getSnapshot().envelope?.view, "hvahjelper") as HvahjelperScreenView | null;
      if (v?.complete) break;
      await new Promise((r) => setTimeout(r, 80));
    }
    const done = await waitFor(g.screen, (s) => (activityView(s.envelope?.view, "hvahjelper") as HvahjelperScreenView | null)?.phase === "success", 5000, "board complete");
    const board = (activityView(done.envelope!.view, "hvahjelper") as HvahjelperScreenView).board;
    // With other holders saying "hjelper", the contested card is disagreed on; alone, it is just "hjelper ikke".
    expect([...board.disagree, ...board.not]).toContain(contested);
    await waitFor(g.host, (s) => s.envelope?.view.goal.lit === 1, 3000, "a lamp lit");

    expectScreenAnonymous(g, everyone);
    for (const v of g.screenLog) expect(JSON.stringify(v.activity)).not.toMatch(/pass/i);
    for (const t of g.tablets) expectSeatPrivate(t, everyone);
  });
});
