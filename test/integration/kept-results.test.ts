/**
 * Kept group results through the real parts, on SQLite and on a real PostgreSQL: a real server on
 * 127.0.0.1, real socket.io-client tablets answering Dagens tommel and Evaluering in a group's
 * meeting, the room ended, then the raw rows of group_results read straight from the database.
 *  - opt-in off (the default): nothing is kept;
 *  - opt-in on: only k-safe group amounts (every count ≥ k, small ones as a word, a statement
 *    with fewer than k answers keeps nothing), never a seat id or avatar;
 *  - only the group's leaders read or delete them (a stranger gets NOT_FOUND, signed out 401);
 *  - bad input (a bad opt-in value, bad ids, a count under k sent straight to the store) is
 *    refused with a clear code and changes nothing.
 */
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { HostView, RoomSummary, SeatView } from "../../shared/protocol.js";
import type { KeptReport, KeptRun } from "../../shared/series/results.js";
import type { Plan } from "../../shared/series/plan.js";
import { openPostgres } from "../../server/store/sql.js";
import { postgresBackend, sqliteBackend, type DatabaseBackend } from "../support/databases.js";
import { addFacilitator, ApiClient, claimSeat, closeAllConnections, connect, facilitator, sleep, startServer, waitFor, type TestServer } from "../support/server.js";

const backends: DatabaseBackend[] = [sqliteBackend(), postgresBackend()];
const servers: TestServer[] = [];
afterEach(async () => {
  closeAllConnections();
  for (const s of servers.splice(0)) await s.close();
});
afterAll(async () => {
  for (const b of backends) await b.stop();
});

const AVATARS = ["fox-blue", "owl-orange", "bear-green", "cat-purple", "frog-blue"];
const PLAN: Plan = {
  title: "Evalueringsplan",
  language: "nb",
  meetings: ["m1", "m2"].map((id) => ({
    id,
    kind: "children" as const,
    title: id === "m1" ? "Første møte" : "Siste møte",
    steps: [
      { kind: "tommel", title: "Dagens tommel" },
      { kind: "evaluering", title: "Evaluering", config: { statements: ["notAlone", "notMyFault"] } },
    ],
  })),
};

interface RawRow {
  group_id: string;
  run_id: string;
  run_seq: number;
  kind: string;
  meeting_id: string | null;
  meeting_title: string;
  recorded_at: number;
  k: number;
  question: string;
  position: number;
  item_id: string;
  item_level: string;
  n: number | null;
  word: string | null;
}

describe.each(backends.map((b) => [b.name, b] as const))("kept group results on %s", (name, backend) => {
  async function boot() {
    const where = await backend.fresh();
    const server = await startServer(where.databaseUrl ? { databaseUrl: where.databaseUrl } : {});
    servers.push(server);
    const rawRows = async (): Promise<RawRow[]> => {
      if (where.databaseUrl) {
        const pg = openPostgres(where.databaseUrl);
        try {
          return await pg.all<RawRow>("SELECT * FROM group_results ORDER BY recorded_at, run_seq, run_id, position");
        } finally {
          await pg.close();
        }
      }
      const db = new Database(server.sammen.config.dbPath, { readonly: true, fileMustExist: true });
      try {
        return db.prepare("SELECT * FROM group_results ORDER BY recorded_at, run_seq, run_id, position").all() as RawRow[];
      } finally {
        db.close();
      }
    };
    return { server, rawRows };
  }

  /** One meeting of the group: five tablets answer as given, the host shows both pictures and ends the room. */
  async function meeting(server: TestServer, api: ApiClient, groupId: string, meetingId: string, answers: { tommel: (string | null)[]; notAlone: (string | null)[]; notMyFault: (string | null)[] }) {
    const room = (await api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId, meetingId })).body.room;
    const host = connect<HostView>(server.url, room.hostToken);
    await waitFor(host, (s) => !!s.envelope?.view.agenda, 3000, "agenda");
    const seats = [];
    for (const avatar of AVATARS) {
      const claim = await claimSeat(server.url, room.code, avatar);
      seats.push({ ...claim, conn: connect<SeatView>(server.url, claim.token) });
    }
    await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === AVATARS.length, 3000, "tablets");
    const activityId = async (kind: string) => (await waitFor(host, (s) => s.envelope?.view.activity?.kind === kind, 3000, kind)).envelope!.view.activity!.id;

    expect((await host.send("agenda:goto", { index: 0, from: -1 })).ok).toBe(true);
    let id = await activityId("tommel");
    for (const [i, a] of answers.tommel.entries()) {
      if (a === null) continue;
      const action = a === "pass" ? { type: "pass" } : { type: "vote", thumb: a };
      expect((await seats[i].conn.send("activity:act", { activityId: id, action })).ok).toBe(true);
    }
    expect((await host.send("activity:act", { activityId: id, action: { type: "reveal" } })).ok).toBe(true);
    expect((await host.send("agenda:goto", { index: 1, from: 0 })).ok).toBe(true);
    id = await activityId("evaluering");
    for (const statement of ["notAlone", "notMyFault"] as const) {
      for (const [i, a] of answers[statement].entries()) {
        if (a === null) continue;
        const action = a === "pass" ? { type: "pass", statement } : { type: "answer", statement, value: a };
        expect((await seats[i].conn.send("activity:act", { activityId: id, action })).ok).toBe(true);
      }
    }
    // Bad input from a tablet changes nothing: a statement this run does not ask, a number for a word.
    expect(await seats[0].conn.send("activity:act", { activityId: id, action: { type: "answer", statement: "haveAdult", value: "yes" } })).toMatchObject({ ok: false, code: "NOT_ALLOWED" });
    expect(await seats[0].conn.send("activity:act", { activityId: id, action: { type: "answer", statement: "notAlone", value: 2 } })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await seats[0].conn.send("activity:act", { activityId: id, action: { type: "reveal" } })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await host.send("activity:act", { activityId: id, action: { type: "reveal" } })).ok).toBe(true);
    expect((await host.send("room:end", {})).ok).toBe(true);
    await waitFor(host, (s) => !!s.closed, 3000, "closed");
    return seats.map((s) => s.seatId);
  }

  const ANSWERS = {
    // 3 × up (kept as 3), one down (under k: a word), one pass (never counted).
    tommel: ["up", "up", "up", "down", "pass"],
    // 4 × ja and one "litt": the family "ja eller litt" (5), never the single "litt".
    notAlone: ["yes", "yes", "yes", "yes", "little"],
    // Two answers and three passes: fewer than k, so this statement keeps nothing.
    notMyFault: ["no", "yes", "pass", "pass", "pass"],
  };

  it("opt-in off keeps nothing; opt-in on keeps only k-safe group amounts; only the group's leaders read them", { timeout: 60_000 }, async () => {
    const { server, rawRows } = await boot();
    const owner = await facilitator(server.url);
    await addFacilitator(owner, "leder2");
    await addFacilitator(owner, "fremmed");
    const co = await facilitator(server.url, "leder2");
    const stranger = await facilitator(server.url, "fremmed");
    const coId = (await co.request<{ facilitator: { id: number } }>("GET", "/api/auth/status")).body.facilitator.id;
    const planId = (await owner.request<{ id: string }>("POST", "/api/plans", { plan: PLAN })).body.id;
    const created = await owner.request<{ id: string; version: number; group: { keepResults: boolean } }>("POST", "/api/groups", {
      group: { name: "Torsdagsgruppa", ageBand: "8-10", language: "nb", k: 3, planId, coLeaders: [coId] },
    });
    expect(created.status).toBe(201);
    expect(created.body.group.keepResults).toBe(false); // off by default
    const groupId = created.body.id;

    // Off: a whole meeting, and nothing is kept.
    await meeting(server, owner, groupId, "m1", ANSWERS);
    // The ended room is remembered as held (after its results would have been kept), then a pause.
    await expect.poll(async () => (await owner.request<{ held: { meetingId: string }[] }>("GET", `/api/groups/${groupId}`)).body.held.length, { timeout: 5000 }).toBe(1);
    await sleep(200);
    expect(await rawRows()).toEqual([]);
    expect((await owner.request<KeptReport>("GET", `/api/groups/${groupId}/results`)).body.runs).toEqual([]);

    // A bad opt-in value is refused with its path and changes nothing.
    const group = (await owner.request<{ version: number; group: Record<string, unknown> }>("GET", `/api/groups/${groupId}`)).body;
    const bad = await owner.request<{ error: { code: string; issues: { path: string }[] } }>("PUT", `/api/groups/${groupId}`, { version: group.version, group: { ...group.group, keepResults: "ja" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("INVALID");
    expect(bad.body.error.issues.map((i) => i.path)).toContain("keepResults");
    expect((await owner.request<{ version: number; group: { keepResults: boolean } }>("GET", `/api/groups/${groupId}`)).body).toMatchObject({ version: group.version, group: { keepResults: false } });

    // The co-leader opts in (a leader of the group may).
    const on = await co.request<{ group: { keepResults: boolean } }>("PUT", `/api/groups/${groupId}`, { version: group.version, group: { ...group.group, keepResults: true } });
    expect(on.status).toBe(200);
    expect(on.body.group.keepResults).toBe(true);

    const seatIds = await meeting(server, owner, groupId, "m2", ANSWERS);
    await expect.poll(async () => (await rawRows()).length, { timeout: 5000 }).toBeGreaterThan(0);
    const rows = await rawRows();

    // The raw rows: k-safe amounts only. Every count is at least k; everything else is a word.
    for (const r of rows) {
      expect(r.k).toBe(3);
      if (r.n !== null) expect(r.n).toBeGreaterThanOrEqual(r.k);
      else expect(["some", "many"]).toContain(r.word);
      expect(r.group_id).toBe(groupId);
      expect(r.meeting_id).toBe("m2");
    }
    expect(Object.keys(rows[0]).sort()).toEqual(["group_id", "item_id", "item_level", "k", "kind", "meeting_id", "meeting_title", "n", "position", "question", "recorded_at", "run_id", "run_seq", "word"]);
    const amounts = rows.map((r) => [r.kind, r.question, r.item_level, r.item_id, r.n ?? r.word]);
    expect(amounts).toEqual(
      expect.arrayContaining([
        ["tommel", "today", "bin", "up", 3],
        ["tommel", "today", "other", "other", "some"],
        ["evaluering", "notAlone", "group", "mostly", 5],
      ]),
    );
    expect(amounts).toHaveLength(3);
    // Fewer than k answered "Det er ikke min skyld": nothing of it is kept.
    expect(rows.some((r) => r.question === "notMyFault")).toBe(false);
    // No pass count, no seat, no avatar anywhere in what is kept.
    const text = JSON.stringify(rows);
    for (const needle of [...seatIds, ...AVATARS, "pass"]) expect(text, needle).not.toContain(needle);

    // The report the console exports: the same amounts; the owner and the co-leader may read it.
    for (const leader of [owner, co]) {
      const report = await leader.request<KeptReport>("GET", `/api/groups/${groupId}/results`);
      expect(report.status).toBe(200);
      expect(report.body.group).toMatchObject({ id: groupId, name: "Torsdagsgruppa", k: 3, keepResults: true });
      expect(report.body.runs.map((r) => [r.kind, r.meetingTitle, r.questions.map((q) => q.question)])).toEqual([
        ["tommel", "Siste møte", ["today"]],
        ["evaluering", "Siste møte", ["notAlone"]],
      ]);
    }
    // Someone who does not lead the group: a clear NOT_FOUND (the group's name is not theirs to learn), and nothing changes.
    for (const [method, route] of [["GET", `/api/groups/${groupId}/results`], ["DELETE", `/api/groups/${groupId}/results`]] as const) {
      const res = await stranger.request<{ error: { code: string } }>(method, route);
      expect(res.status, `${method} ${route}`).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
      const anon = await new ApiClient(server.url).request<{ error: { code: string } }>(method, route);
      expect(anon.status).toBe(401);
    }
    expect(await rawRows()).toHaveLength(3);
    // Bad ids: NOT_FOUND, nothing changes.
    for (const bad of ["no-such-group", "%2e%2e", "x".repeat(61)]) {
      expect((await owner.request("GET", `/api/groups/${bad}/results`)).status).toBe(404);
      expect((await owner.request("DELETE", `/api/groups/${bad}/results`)).status).toBe(404);
    }
    expect(await rawRows()).toHaveLength(3);

    // The leaders may forget what was kept.
    expect((await co.request<{ deleted: number }>("DELETE", `/api/groups/${groupId}/results`)).body.deleted).toBe(3);
    expect(await rawRows()).toEqual([]);
    void name;
  });

  it("the store refuses a count under k (the table's own check) and then keeps nothing of that call", async () => {
    const { server, rawRows } = await boot();
    const api = await facilitator(server.url);
    const groupId = (await api.request<{ id: string }>("POST", "/api/groups", { group: { name: "G", ageBand: "8-10", language: "nb", k: 3, keepResults: true } })).body.id;
    const run = (over: Partial<KeptRun>, n: number | null, word: "some" | "many" | null = null): KeptRun => ({
      runId: `run-${Math.random().toString(36).slice(2)}`, kind: "tommel", meetingId: null, meetingTitle: "G", recordedAt: 1, k: 3,
      questions: [{ question: "today", items: [{ id: "up", level: "bin", n, word }] }], ...over,
    });
    const store = server.sammen.store;
    // A good run and a bad one in the same call: all or nothing.
    await expect(store.keepResults(groupId, [run({}, 4), run({}, 2)])).rejects.toThrow();
    await expect(store.keepResults(groupId, [run({}, null, null)])).rejects.toThrow();
    await expect(store.keepResults(groupId, [run({}, 5, "many")])).rejects.toThrow();
    await expect(store.keepResults(groupId, [run({ k: 1 }, 1)])).rejects.toThrow();
    expect(await rawRows()).toEqual([]);
    // A group that does not exist keeps nothing (and gets no orphan rows).
    expect(await store.keepResults("no-such-group", [run({}, 4)])).toBe(0);
    expect(await rawRows()).toEqual([]);
    expect(await store.keepResults(groupId, [run({}, 4), run({}, null, "some")])).toBe(2);
    expect((await rawRows()).map((r) => r.n ?? r.word).sort()).toEqual([4, "some"]);
    // Deleting the group deletes what it kept.
    expect((await api.request("DELETE", `/api/groups/${groupId}`)).status).toBe(204);
    expect(await rawRows()).toEqual([]);
  });
});
