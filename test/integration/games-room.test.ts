/**
 * The room-level parts of the games through the real server: Pusterommet
 * reaches every role with the same server-timed start, over a running game,
 * and everyone is back where they were after; the shared goal meter only goes
 * up and its celebration names the strengths the host picked.
 */
import { describe, expect, it } from "vitest";
import type { ByggsammenScreenView, ByggsammenSeatView } from "../../shared/activities/byggsammen/index.js";
import { CALM_LEAD_MS } from "../../shared/room/calm.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import type { RoleView } from "../../shared/protocol.js";
import { waitFor, serverPerTest } from "../support/server.js";
import { activityView, gameRoom, GRACE_MS, startGame } from "./games-support.js";

const server = serverPerTest({ presenceGraceMs: GRACE_MS });

/** Host, screen and every tablet, as one list of connections. */
const everyConn = (g: Awaited<ReturnType<typeof gameRoom>>) =>
  [g.host, g.screen, ...g.tablets.map((t) => t.conn)] as unknown as RoomConnection<RoleView>[];

describe("Pusterommet over sockets", () => {
  it("starts on every surface at the same server time, over a game, and returns everyone to where they were", async () => {
    const g = await gameRoom(server, 3);
    const id = await startGame(g, "byggsammen", { motif: "regnbue" });
    const placer = g.tablets[0];
    const piece = (activityView(placer.conn.getSnapshot().envelope?.view, "byggsammen") as ByggsammenSeatView).mine[0];
    expect((await placer.conn.send("activity:act", { activityId: id, action: { type: "place", pieceId: piece.id } })).ok).toBe(true);
    await waitFor(placer.conn, (s) => !(activityView(s.envelope?.view, "byggsammen") as ByggsammenSeatView).mine.some((p) => p.id === piece.id));
    // Let the projector catch up with the placed piece before noting where everyone is.
    await waitFor(g.screen, (s) => ((activityView(s.envelope?.view, "byggsammen") as ByggsammenScreenView | null)?.done ?? 0) > 0, 3000, "piece on the screen");
    // Tablets show the shared picture too (where their own pieces go): let them catch up as well.
    for (const t of g.tablets) await waitFor(t.conn, (s) => (activityView(s.envelope?.view, "byggsammen") as ByggsammenSeatView | null)?.cells.some((c) => c.placed) === true, 3000, "piece on the tablets");
    const before = g.tablets.map((t) => JSON.stringify(t.conn.getSnapshot().envelope!.view.activity));
    const screenBefore = JSON.stringify(g.screen.getSnapshot().envelope!.view.activity);

    const sentAt = Date.now();
    expect((await g.host.send("calm:start", { pattern: "4-4", cycles: 3 })).ok).toBe(true);
    const calms = await Promise.all(
      everyConn(g).map(async (c) => (await waitFor(c, (s) => s.envelope?.view.calm != null, 3000, "calm")).envelope!.view.calm!),
    );
    for (const c of calms) expect(c).toEqual(calms[0]);
    // Server-timed: the first breath a lead time ahead, so slow tablets still start with everyone.
    expect(calms[0].startAt - sentAt).toBeGreaterThan(CALM_LEAD_MS - 300);
    expect(calms[0].startAt - sentAt).toBeLessThanOrEqual(CALM_LEAD_MS + 100);
    expect(calms[0].endsAt).toBeGreaterThan(calms[0].startAt + 3 * 8000 - 1);
    // Same machine: every client's clock estimate agrees with the server to a few ms.
    for (const c of [g.screen, ...g.tablets.map((t) => t.conn)]) expect(Math.abs(c.clockOffsetMs)).toBeLessThan(50);
    // The help button's event still works under the calm-down.
    expect((await g.tablets[1].conn.send("help:request", {})).ok).toBe(true);

    expect((await g.host.send("calm:stop", {})).ok).toBe(true);
    for (const c of everyConn(g)) await waitFor(c, (s) => s.envelope?.view.calm === null, 3000, "calm over");
    expect(g.tablets.map((t) => JSON.stringify(t.conn.getSnapshot().envelope!.view.activity))).toEqual(before);
    expect(JSON.stringify(g.screen.getSnapshot().envelope!.view.activity)).toBe(screenBefore);
  });

  it("only the host can start it; patterns and lengths are checked", async () => {
    const g = await gameRoom(server, 1);
    expect(await g.tablets[0].conn.send("calm:start", { pattern: "4-4", cycles: 3 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const raw = g.host.socket as unknown as { timeout: (ms: number) => { emitWithAck: (...a: unknown[]) => Promise<unknown> } };
    const ask = (p: unknown) => raw.timeout(2000).emitWithAck("calm:start", p);
    await expect(ask({ commandId: "calm-bad-0001", pattern: "1-1", cycles: 3 })).resolves.toMatchObject({ ok: false, code: "INVALID" });
    await expect(ask({ commandId: "calm-bad-0002", cycles: 40 })).resolves.toMatchObject({ ok: false, code: "INVALID" });
    await expect(ask({ commandId: "calm-ok-00001" })).resolves.toMatchObject({ ok: true });
    await waitFor(g.screen, (s) => s.envelope?.view.calm?.pattern === "4-5", 3000, "default pattern");
  });
});

describe("the shared goal meter over sockets", () => {
  it("goes only up, is the same for every role, and the celebration names what the host picked", async () => {
    const g = await gameRoom(server, 2);
    expect((await g.host.send("goal:light", {})).ok).toBe(true);
    expect((await g.host.send("goal:configure", { target: 3 })).ok).toBe(true);
    for (const c of everyConn(g).slice(1)) {
      await waitFor(c, (s) => s.envelope?.view.goal.lit === 1 && s.envelope.view.goal.target === 3, 3000, "goal on every role");
    }
    expect(await g.tablets[0].conn.send("goal:light", {})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await g.host.send("goal:celebrate", { strengths: [] })).toMatchObject({ ok: false, code: "INVALID" });
    expect((await g.host.send("goal:celebrate", { strengths: ["cooperated", "listened"], words: "  Dere  ventet på hverandre " })).ok).toBe(true);
    const shown = await waitFor(g.screen, (s) => s.envelope?.view.goal.celebration != null, 3000, "celebration");
    expect(shown.envelope!.view.goal.celebration).toMatchObject({ strengths: ["cooperated", "listened"], words: "Dere ventet på hverandre" });
    await waitFor(g.tablets[1].conn, (s) => s.envelope?.view.goal.celebration?.words === "Dere ventet på hverandre", 3000, "celebration on tablets");
    const json = JSON.stringify(shown.envelope);
    for (const t of g.tablets) expect(json).not.toContain(t.seatId);
    expect((await g.host.send("goal:dismiss", {})).ok).toBe(true);
    await waitFor(g.screen, (s) => s.envelope?.view.goal.celebration === null && s.envelope.view.goal.lit === 1, 3000, "dismissed, lamps stay");
  });
});
