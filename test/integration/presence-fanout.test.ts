/**
 * Tablets dropping and coming back reach the console and the projector unhurried
 * (server/rooms/fanout.ts `scheduleUnhurried`, config `presenceFanoutMs`): a class
 * whose Wi-Fi blinks is a few console updates, not one per tablet, and an answer does not
 * wait behind them. Through the real server, SQLite and the SDK.
 */
import { describe, expect, it } from "vitest";
import type { HostView, SeatView } from "../../shared/protocol.js";
import { connect, recordEnvelopes, roomWithTablets, serverPerTest, waitFor } from "../support/server.js";

// A grace period long enough that no dropped tablet is "left" during a test, and a presence delay
// (200 ms when served) long enough that "at once" and "after the delay" cannot be confused on a
// loaded CI machine.
const PRESENCE_FANOUT_MS = 1000;
const server = serverPerTest({ presenceGraceMs: 60_000, presenceFanoutMs: PRESENCE_FANOUT_MS });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TABLETS = 6;

const awayCount = (s: { envelope: { view: HostView } | null }) => s.envelope?.view.seats.filter((x) => x.presence === "away").length ?? 0;

describe("presence fan-out", () => {
  it("six tablets dropping one by one within 100 ms reach the console as one or two updates, after the unhurried delay", async () => {
    const { host, screen, seats } = await roomWithTablets(server.url, TABLETS);
    await sleep(PRESENCE_FANOUT_MS + 100); // the joins' own updates are out
    const hostSeen = recordEnvelopes(host);
    const screenSeen = recordEnvelopes(screen);
    const started = performance.now();
    for (const seat of seats) {
      seat.conn.close();
      await sleep(100 / TABLETS);
    }
    await waitFor(host, (s) => awayCount(s) === TABLETS, PRESENCE_FANOUT_MS + 3000, "every tablet away on the console");
    const took = performance.now() - started;
    // Once per tablet would be six; the first drop's delay takes the others along.
    const changes = hostSeen.length - 1; // the first is the view held before the drops
    expect(changes).toBeGreaterThanOrEqual(1);
    expect(changes).toBeLessThanOrEqual(2);
    expect(took).toBeGreaterThanOrEqual(PRESENCE_FANOUT_MS - 50);
    await sleep(PRESENCE_FANOUT_MS + 50);
    expect(screenSeen.length - 1).toBeLessThanOrEqual(2);

    // They come back: the console shows them present again, again in one or two updates.
    const before = hostSeen.length;
    const again = seats.map((seat) => connect<SeatView>(server.url, seat.token));
    await waitFor(host, (s) => s.envelope?.view.seats.every((x) => x.presence === "present") === true, PRESENCE_FANOUT_MS + 3000, "every tablet back");
    expect(hostSeen.length - before).toBeLessThanOrEqual(2);
    for (const conn of again) conn.close();
  });

  it("an answer does not wait for the unhurried delay, and carries the drop that came just before it", async () => {
    const { host, seats } = await roomWithTablets(server.url, 3);
    expect((await host.send("activity:start", { kind: "checkin", config: { moment: "checkin" } })).ok).toBe(true);
    const started = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin", 2000, "check-in on host");
    for (const seat of seats) await waitFor(seat.conn, (s) => s.envelope?.view.activity?.kind === "checkin", 2000, "check-in on tablet");
    await sleep(PRESENCE_FANOUT_MS + 100);
    seats[2].conn.close();
    await sleep(20); // the server has seen the drop: its update is held back
    expect(awayCount(host.getSnapshot())).toBe(0);
    const sent = performance.now();
    const ack = await seats[0].conn.send("activity:act", { activityId: started.envelope!.view.activity!.id, action: { type: "answer", feeling: "glad" } });
    expect(ack).toMatchObject({ ok: true });
    const seen = await waitFor(
      host,
      (s) => {
        const activity = s.envelope?.view.activity;
        return activity?.kind === "checkin" && (activity.view as { rows: { answer: unknown }[] }).rows.some((r) => r.answer !== null);
      },
      2000,
      "the answer on the console",
    );
    // The answer's update went out with the fan-out window, and the drop with it.
    expect(performance.now() - sent).toBeLessThan(PRESENCE_FANOUT_MS / 2);
    expect(awayCount(seen)).toBe(1);
  });
});
