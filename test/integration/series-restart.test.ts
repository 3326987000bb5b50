/**
 * The agenda of a running meeting survives a crash: Sammen as a child process
 * on a real SQLite file, a room opened for a group's meeting at its second
 * step, SIGKILL, a new process on the same data; the host comes back at the
 * same step with the same activity, and Neste goes on from there. Ending the
 * restored room still marks the group's meeting as held.
 */
import { describe, expect, it } from "vitest";
import type { HostView, RoomSummary } from "../../shared/protocol.js";
import { BUILTIN_SERIES_IDS } from "../../shared/series/builtin-series.js";
import { connect, facilitator, waitFor } from "../support/server.js";
import { processServerFixture, spawnServer, type ServerProcess } from "../support/process-server.js";

const fx = processServerFixture("sammen-series-restart-");

async function start(): Promise<ServerProcess> {
  const p = await spawnServer(fx.dir, fx.port, { PRESENCE_GRACE_MS: "60000" });
  fx.running.push(p);
  return p;
}

describe("a meeting's agenda across a crash", () => {
  it("comes back at the same step after SIGKILL, and the meeting still counts as held", { timeout: 60_000 }, async () => {
    const first = await start();
    const api = await facilitator(first.url);
    const plan = (await api.request<{ id: string }>("POST", `/api/plans/${BUILTIN_SERIES_IDS.nb}/copy`)).body.id;
    const group = (await api.request<{ id: string }>("POST", "/api/groups", { group: { name: "Gruppa", ageBand: "8-10", language: "nb", k: 3, planId: plan } })).body.id;
    const room = (await api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group })).body.room;
    const host = connect<HostView>(first.url, room.hostToken);
    await waitFor(host, (s) => !!s.envelope?.view.agenda, 5000, "agenda");
    expect((await host.send("agenda:goto", { index: 0, from: -1 })).ok).toBe(true);
    expect((await host.send("agenda:goto", { index: 1, from: 0 })).ok).toBe(true);
    const before = await waitFor(host, (s) => s.envelope?.view.activity?.kind === "checkin", 5000, "check-in running");
    const agendaBefore = before.envelope!.view.agenda!;
    first.kill("SIGKILL");
    const killedAt = Date.now();
    await first.exited;
    await waitFor(host, (s) => s.status !== "connected", 5000, "host notices the crash");
    await start();
    const back = await waitFor(host, (s) => s.status === "connected" && (s.envelope?.serverTime ?? 0) > killedAt, 15_000, "host back");
    expect(back.envelope!.view.agenda).toEqual(agendaBefore);
    expect(back.envelope!.view.activity?.kind).toBe("checkin");

    // Neste goes on from the restored step; a press from the old step is STALE.
    expect(await host.send("agenda:goto", { index: 1, from: 0 })).toMatchObject({ ok: false, code: "STALE" });
    expect((await host.send("agenda:goto", { index: 2, from: 1 })).ok).toBe(true);
    expect((await host.send("room:end", {})).ok).toBe(true);
    // The held mark is written by the process that ended the room.
    const api2 = await facilitator(`http://127.0.0.1:${fx.port}`);
    await expect
      .poll(async () => (await api2.request<{ held: { meetingId: string }[] }>("GET", `/api/groups/${group}`)).body.held.map((h) => h.meetingId), { timeout: 5000 })
      .toEqual(["m01-hvem-er-vi"]);
  });
});
