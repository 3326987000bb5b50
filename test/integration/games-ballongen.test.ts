/**
 * Ballongen through the real server with 2, 5 and 12 tablets (real sockets,
 * the SDK's volatile live input): everyone holds, one tablet drops mid-game,
 * one joins late and holds too, and the balloon still reaches the top. The
 * projector's height never went down, and it never named a tablet.
 */
import { describe, expect, it } from "vitest";
import type { BallongenScreenView } from "../../shared/activities/ballongen/index.js";
import { sleep, waitFor, serverPerTest } from "../support/server.js";
import { activityView, dropTablet, expectScreenAnonymous, expectSeatPrivate, gameRoom, GRACE_MS, joinTablet, startGame, type Tablet } from "./games-support.js";

const server = serverPerTest({ presenceGraceMs: GRACE_MS });

/** A tablet holding the button: a live sample every 150 ms, as the tablet UI sends while held. */
function holdOn(t: Tablet, activityId: string): () => void {
  const timer = setInterval(() => t.conn.input(activityId, { holding: true }), 150);
  t.conn.input(activityId, { holding: true });
  return () => {
    clearInterval(timer);
    t.conn.input(activityId, { holding: false });
  };
}

describe("ballongen: integration", () => {
  it.each([2, 5, 12])("%i tablets breathe the balloon to the top; one drops, one joins late", { timeout: 30_000 }, async (n) => {
    const g = await gameRoom(server, n);
    const everyone = [...g.tablets];
    const id = await startGame(g, "ballongen", { targetSeconds: 5, pattern: "4-4" });
    // The host makes it easier, live: level 3 → 1.
    for (let i = 0; i < 2; i++) expect((await g.host.send("activity:act", { activityId: id, action: { type: "easier" } })).ok).toBe(true);

    const stops = new Map<Tablet, () => void>();
    for (const t of g.tablets) stops.set(t, holdOn(t, id));
    await waitFor(g.screen, (s) => ((activityView(s.envelope?.view, "ballongen") as BallongenScreenView | null)?.progress ?? 0) > 0.05, 8000, "balloon rising");

    // One tablet drops mid-game (still "holding" when its network goes).
    const dropped = g.tablets[g.tablets.length - 1];
    stops.get(dropped)!();
    stops.delete(dropped);
    const heightAtDrop = (activityView(g.screen.getSnapshot().envelope?.view, "ballongen") as BallongenScreenView).progress;
    await dropTablet(g, dropped);

    // One joins late and holds too.
    const late = await joinTablet(server, g.code, g.nextAvatar());
    everyone.push(late);
    g.tablets.push(late);
    stops.set(late, holdOn(late, id));

    const done = await waitFor(
      g.screen,
      (s) => (activityView(s.envelope?.view, "ballongen") as BallongenScreenView | null)?.phase === "success",
      20_000,
      "balloon at the top",
    );
    for (const stop of stops.values()) stop();
    expect((activityView(done.envelope!.view, "ballongen") as BallongenScreenView).progress).toBe(1);

    // The height the projector showed never went down, and went on up after the drop.
    const heights = g.screenLog.map((v) => (activityView(v, "ballongen") as BallongenScreenView | null)?.progress).filter((p): p is number => p !== undefined);
    for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeGreaterThanOrEqual(heights[i - 1]);
    expect(heights.at(-1)!).toBeGreaterThan(heightAtDrop);

    // A lamp on the shared goal, for everyone to see.
    await waitFor(g.screen, (s) => s.envelope?.view.goal.lit === 1, 3000, "a lamp lit");
    await waitFor(late.conn, (s) => s.envelope?.view.goal.lit === 1, 3000, "lamp on the late tablet");

    expectScreenAnonymous(g, everyone);
    for (const t of g.tablets) {
      await waitFor(t.conn, (s) => (activityView(s.envelope?.view, "ballongen") as { phase: string } | null)?.phase === "success", 3000, "tablet sees success");
      expectSeatPrivate(t, everyone);
    }
    // The host's view has no per-tablet measure either.
    expect(JSON.stringify(g.host.getSnapshot().envelope!.view.activity)).not.toMatch(/seat-|holds|holder/);
  });

  it("live input is paced: a tablet flooding samples gets at most ~20 applied a second", { timeout: 15_000 }, async () => {
    const g = await gameRoom(server, 1);
    const id = await startGame(g, "ballongen", { targetSeconds: 600 });
    const live = server.sammen.registry.byRoomCode(g.code)!.room;
    const socket = g.tablets[0].conn.socket as unknown as { emit: (e: string, p: unknown) => void };
    const before = live.version;
    const started = Date.now();
    // 400 samples in one second, straight onto the socket (not through the SDK's pacing).
    for (let i = 0; i < 40; i++) {
      for (let j = 0; j < 10; j++) socket.emit("activity:input", { activityId: id, input: { holding: true } });
      await sleep(25);
    }
    const elapsed = (Date.now() - started) / 1000;
    await sleep(200);
    // Each applied sample moves the state (and the version) at most once; ticks add at most 10 a second.
    const applied = live.version - before;
    expect(applied).toBeLessThanOrEqual(Math.ceil((elapsed + 0.3) * (20 + 10)) + 2);
    expect(applied).toBeGreaterThan(5);
    expect(server.logs.filter((l) => l.includes("internal error"))).toEqual([]);
  });

  it("bad live input is refused with a code when acknowledged, and ignored otherwise", async () => {
    const g = await gameRoom(server, 1);
    const id = await startGame(g, "ballongen", {});
    const raw = g.tablets[0].conn.socket as unknown as { timeout: (ms: number) => { emitWithAck: (...a: unknown[]) => Promise<unknown> } };
    const ask = (payload: unknown) => raw.timeout(2000).emitWithAck("activity:input", payload);
    await expect(ask({ activityId: id, input: { holding: "yes" } })).resolves.toMatchObject({ ok: false, code: "INVALID" });
    await expect(ask({ activityId: id, input: { holding: true }, commandId: "abcdefgh" })).resolves.toMatchObject({ ok: false, code: "INVALID" });
    // A well-formed sample for an activity that is not running: refused when applied at once.
    await expect(ask({ activityId: "a99", input: { holding: true } })).resolves.toMatchObject({ ok: false, code: "STALE" });
    await expect(ask({ activityId: id, input: { holding: true, pad: "x".repeat(600) } })).resolves.toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    await expect(ask({ activityId: id, input: { holding: true } })).resolves.toMatchObject({ ok: true });
    const hostRaw = g.host.socket as unknown as typeof raw;
    await expect(hostRaw.timeout(2000).emitWithAck("activity:input", { activityId: id, input: { holding: true } })).resolves.toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});
