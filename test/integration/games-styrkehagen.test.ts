/**
 * Styrkehagen through the real server with 2, 5 and 12 tablets: every tablet
 * plants a strength, one drops mid-game, one joins late and plants too, a
 * tablet's own words wait for the leader and bloom only when approved, and
 * the garden blooms. No screen view names a tablet or shows unapproved text.
 */
import { describe, expect, it } from "vitest";
import { GARDEN_STRENGTH_IDS, type StyrkehagenHostView, type StyrkehagenScreenView } from "../../shared/activities/styrkehagen/index.js";
import { waitFor, serverPerTest } from "../support/server.js";
import { activityView, dropTablet, expectScreenAnonymous, expectSeatPrivate, gameRoom, GRACE_MS, joinTablet, startGame } from "./games-support.js";

const server = serverPerTest({ presenceGraceMs: GRACE_MS });

describe("styrkehagen: integration", () => {
  it.each([2, 5, 12])("%i tablets grow the garden; one drops, one joins late; own words are moderated", { timeout: 30_000 }, async (n) => {
    const g = await gameRoom(server, n);
    const everyone = [...g.tablets];
    const id = await startGame(g, "styrkehagen", { allowText: true, perSeat: 3 });
    const plant = (i: number, strength: (typeof GARDEN_STRENGTH_IDS)[number]) =>
      g.tablets[i].conn.send("activity:act", { activityId: id, action: { type: "plant", strength } });

    // Half the tablets plant, then one drops mid-game.
    for (let i = 0; i < Math.ceil(n / 2); i++) expect((await plant(i, GARDEN_STRENGTH_IDS[i % GARDEN_STRENGTH_IDS.length])).ok).toBe(true);
    await dropTablet(g, g.tablets[g.tablets.length - 1]);
    const late = await joinTablet(server, g.code, g.nextAvatar());
    everyone.push(late);
    g.tablets.push(late);

    // A child writes their own words; a worrying text too. Neither reaches the screen.
    expect((await late.conn.send("activity:act", { activityId: id, action: { type: "write", text: "flink til å trøste" } })).ok).toBe(true);
    expect((await g.tablets[0].conn.send("activity:act", { activityId: id, action: { type: "write", text: "jeg er redd for å gå hjem" } })).ok).toBe(true);
    const hostSnap = await waitFor(g.host, (s) => ((activityView(s.envelope?.view, "styrkehagen") as StyrkehagenHostView | null)?.queue.length ?? 0) === 2, 3000, "queue");
    const queue = (activityView(hostSnap.envelope!.view, "styrkehagen") as StyrkehagenHostView).queue;
    expect(queue[0].flag).not.toBeNull();
    expect(queue[0].seatId).toBe(g.tablets[0].seatId);
    for (const v of g.screenLog) expect(JSON.stringify(v)).not.toMatch(/trøste|redd for/);

    // The leader rephrases and plants the first, sets the worrying one aside (and goes to talk with that child).
    const kind = queue.find((q) => q.flag === null)!;
    expect((await g.host.send("activity:act", { activityId: id, action: { type: "approve", id: kind.id, text: "god til å trøste" } })).ok).toBe(true);
    expect((await g.host.send("activity:act", { activityId: id, action: { type: "discard", id: queue[0].id } })).ok).toBe(true);

    // Everyone present plants until the garden blooms.
    for (let round = 0; round < 3; round++) {
      const now = activityView(g.screen.getSnapshot().envelope?.view, "styrkehagen") as StyrkehagenScreenView | null;
      if (now?.bloomed) break;
      for (const [i, t] of g.tablets.entries()) {
        const ack = await t.conn.send("activity:act", { activityId: id, action: { type: "plant", strength: GARDEN_STRENGTH_IDS[(i + round + 3) % GARDEN_STRENGTH_IDS.length] } });
        if (!ack.ok) expect(ack.code).toBe("NOT_ALLOWED"); // this tablet planted all its flowers
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const bloomed = await waitFor(g.screen, (s) => (activityView(s.envelope?.view, "styrkehagen") as StyrkehagenScreenView | null)?.bloomed === true, 5000, "garden blooms");
    const garden = activityView(bloomed.envelope!.view, "styrkehagen") as StyrkehagenScreenView;
    expect(garden.flowers.some((f) => f.text === "god til å trøste")).toBe(true);
    await waitFor(g.screen, (s) => s.envelope?.view.goal.lit === 1, 3000, "a lamp lit");

    for (const v of g.screenLog) expect(JSON.stringify(v)).not.toMatch(/trøste \(|redd for|flink til/);
    expectScreenAnonymous(g, everyone);
    for (const t of g.tablets) expectSeatPrivate(t, everyone);
  });
});
