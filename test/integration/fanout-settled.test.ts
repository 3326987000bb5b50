/**
 * A round that is complete goes out at once (server/rooms/fanout.ts `settle`, an activity's
 * `settled`): through the real server, SQLite and the SDK, with a fan-out window long enough
 * (1.5 s) that "at once" and "at the window's end" cannot be confused. While a present seat has
 * not answered, the host still gets the merged update only when the window ends.
 */
import { describe, expect, it } from "vitest";
import type { HostView, SeatView } from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { claimSeat, connect, facilitator, openRoom, waitFor, serverPerTest } from "../support/server.js";

const WINDOW_MS = 1500;
const server = serverPerTest({ fanoutWindowMs: WINDOW_MS });

const AVATARS = ["fox-blue", "bear-green", "owl-orange"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openCheckin() {
  const api = await facilitator(server.url);
  const room = await openRoom(api);
  const host = connect<HostView>(server.url, room.hostToken);
  const seats: RoomConnection<SeatView>[] = [];
  for (const avatar of AVATARS) seats.push(connect<SeatView>(server.url, (await claimSeat(server.url, room.code, avatar)).token));
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === AVATARS.length, 5000, "all present");
  // Let the window of the presence updates end, so the check-in's start is a leading-edge flush.
  await sleep(WINDOW_MS + 100);
  expect((await host.send("activity:start", { kind: "checkin", config: { moment: "checkin" } })).ok).toBe(true);
  const started = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin", 1000, "check-in on host");
  for (const seat of seats) await waitFor(seat, (s) => s.envelope?.view.activity?.kind === "checkin", 1000, "check-in on tablet");
  return { host, seats, activityId: started.envelope!.view.activity!.id };
}

const answered = (s: { envelope: { view: HostView } | null }) => {
  const activity = s.envelope?.view.activity;
  return activity?.kind === "checkin" ? (activity.view as { rows: { answer: unknown }[] }).rows.filter((r) => r.answer !== null).length : 0;
};

describe("fan-out: a complete round goes out at once", () => {
  it("every present tablet answers inside the window: the host has all answers long before the window ends", async () => {
    const { host, seats, activityId } = await openCheckin();
    const sent = performance.now();
    const acks = await Promise.all(seats.map((s) => s.send("activity:act", { activityId, action: { type: "answer", feeling: "glad" } })));
    for (const ack of acks) expect(ack).toMatchObject({ ok: true });
    await waitFor(host, (s) => answered(s) === seats.length, WINDOW_MS - 200, "all answers on the host");
    expect(performance.now() - sent).toBeLessThan(WINDOW_MS / 2);
  });

  it("one present tablet has not answered: the answers wait for the end of the window", async () => {
    const { host, seats, activityId } = await openCheckin();
    const sent = performance.now();
    for (const s of seats.slice(0, 2)) expect(await s.send("activity:act", { activityId, action: { type: "pass" } })).toMatchObject({ ok: true });
    await sleep(WINDOW_MS / 3);
    expect(answered(host.getSnapshot())).toBe(0); // still the start's view: the window is open
    await waitFor(host, (s) => answered(s) === 2, WINDOW_MS * 2, "two answers after the window");
    expect(performance.now() - sent).toBeGreaterThan(WINDOW_MS / 2);
    // The third answer completes the round: it goes out at once, inside the new window.
    const third = performance.now();
    expect(await seats[2].send("activity:act", { activityId, action: { type: "answer", feeling: "sint" } })).toMatchObject({ ok: true });
    await waitFor(host, (s) => answered(s) === 3, WINDOW_MS - 200, "the third answer");
    expect(performance.now() - third).toBeLessThan(WINDOW_MS / 2);
  });
});
