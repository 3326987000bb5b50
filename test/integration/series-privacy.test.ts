/**
 * A group holds no child data, ever (docs/series.md, rule S1). Byte-level:
 * run a meeting for a group with two tablets that type known words (a
 * check-in "say more", a question, a word-cloud word), end it, and search the
 * SQLite database file and its WAL, byte for byte, for every seat id, avatar
 * and child text. The group's own rows hold only its settings and meeting ids.
 */
import Database from "better-sqlite3";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { HostView, RoomSummary, SeatView } from "../../shared/protocol.js";
import { BUILTIN_SERIES_IDS } from "../../shared/series/builtin-series.js";
import type { Plan } from "../../shared/series/plan.js";
import { claimSeat, connect, facilitator, waitFor, serverPerTest } from "../support/server.js";

const server = serverPerTest();

const CHILD_TEXT = ["Zebrakake-fortelling-7781", "Hvorfor-blir-Ozymandias-lei", "Kvitrefugl"];
const AVATARS = ["fox-blue", "owl-orange"];

function databaseBytes(file: string): { name: string; bytes: Buffer }[] {
  return [file, `${file}-wal`, `${file}-shm`].filter(existsSync).map((name) => ({ name, bytes: readFileSync(name) }));
}

function findIn(files: { name: string; bytes: Buffer }[], needle: string): string[] {
  const hits: string[] = [];
  for (const f of files) {
    // Both encodings SQLite could use for text: UTF-8 and UTF-16LE.
    if (f.bytes.includes(Buffer.from(needle, "utf8")) || f.bytes.includes(Buffer.from(needle, "utf16le"))) hits.push(f.name);
  }
  return hits;
}

describe("a group holds no child data", () => {
  it("after a meeting, no seat id, avatar or child text is anywhere in the database file or its WAL", async () => {
    const api = await facilitator(server.url);
    // A plan with a check-in, a question box and a word cloud, so children can type in each.
    const base = (await api.request<{ plan: Plan }>("GET", `/api/plans/${BUILTIN_SERIES_IDS.nb}`)).body.plan;
    const plan: Plan = {
      ...base,
      meetings: [{ id: "m1", kind: "children", title: "Møte", steps: [
        { kind: "checkin", title: "Innsjekk", config: { moment: "checkin" } },
        { kind: "questionbox", title: "Spørsmål" },
        { kind: "wordcloud", title: "Ordsky", config: { prompt: "Ett ord", maxPerSeat: 1 } },
      ] }, ...base.meetings.slice(1, 2)],
    };
    const planId = (await api.request<{ id: string }>("POST", "/api/plans", { plan })).body.id;
    const group = (await api.request<{ id: string; version: number }>("POST", "/api/groups", { group: { name: "Gruppa", ageBand: "8-10", language: "nb", k: 2, planId } })).body;

    const room = (await api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group.id })).body.room;
    const host = connect<HostView>(server.url, room.hostToken);
    await waitFor(host, (s) => !!s.envelope?.view.agenda, 3000, "agenda");
    const seats = [];
    for (const avatar of AVATARS) {
      const claim = await claimSeat(server.url, room.code, avatar);
      seats.push({ ...claim, conn: connect<SeatView>(server.url, claim.token) });
    }
    await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === 2, 3000, "two tablets");

    const activityId = async (kind: string) => (await waitFor(host, (s) => s.envelope?.view.activity?.kind === kind, 3000, kind)).envelope!.view.activity!.id;
    expect((await host.send("agenda:goto", { index: 0, from: -1 })).ok).toBe(true);
    let id = await activityId("checkin");
    expect((await seats[0].conn.send("activity:act", { activityId: id, action: { type: "answer", feeling: "glad" } })).ok).toBe(true);
    expect((await seats[0].conn.send("activity:act", { activityId: id, action: { type: "more", text: CHILD_TEXT[0] } })).ok).toBe(true);
    expect((await host.send("agenda:goto", { index: 1, from: 0 })).ok).toBe(true);
    id = await activityId("questionbox");
    expect((await seats[1].conn.send("activity:act", { activityId: id, action: { type: "ask", text: CHILD_TEXT[1] } })).ok).toBe(true);
    expect((await host.send("agenda:goto", { index: 2, from: 1 })).ok).toBe(true);
    id = await activityId("wordcloud");
    expect((await seats[0].conn.send("activity:act", { activityId: id, action: { type: "send", word: CHILD_TEXT[2] } })).ok).toBe(true);
    // The leader edits the group mid-meeting too, so its row is rewritten while children's data is live.
    const edited = await api.request("PUT", `/api/groups/${group.id}`, { version: group.version, group: { name: "Gruppa", ageBand: "8-10", language: "nb", k: 3, planId } });
    expect(edited.status).toBe(200);

    expect((await host.send("room:end", {})).ok).toBe(true);
    await waitFor(host, (s) => !!s.closed, 3000, "closed");
    const held = await api.request<{ held: { meetingId: string }[] }>("GET", `/api/groups/${group.id}`);
    expect(held.body.held.map((h) => h.meetingId)).toEqual(["m1"]);

    const needles = [...CHILD_TEXT, ...AVATARS, ...seats.map((s) => s.seatId)];
    const dbFile = server.sammen.config.dbPath;
    const live = databaseBytes(dbFile);
    expect(live.length).toBeGreaterThanOrEqual(2); // the file and its WAL
    // The search can find things: the group's name and the plan's step titles are there.
    expect(findIn(live, "Gruppa").length).toBeGreaterThan(0);
    expect(findIn(live, "Spørsmål").length).toBeGreaterThan(0);
    for (const needle of needles) expect(findIn(live, needle), needle).toEqual([]);

    // The group's rows are its settings and the meeting ids it held, nothing else.
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("SELECT body FROM series_groups WHERE id = ?").get(group.id) as { body: string };
      expect(Object.keys(JSON.parse(row.body)).sort()).toEqual(["ageBand", "coLeaders", "k", "keepResults", "language", "name", "planId"]);
      const meetings = db.prepare("SELECT * FROM group_meetings").all() as Record<string, unknown>[];
      expect(meetings.map((m) => Object.keys(m).sort())).toEqual([["group_id", "held_at", "meeting_id"]]);
    } finally {
      db.close();
    }
    // After a clean stop (WAL checkpointed into the file) too.
    await server.sammen.close();
    const closed = databaseBytes(dbFile);
    expect(closed.length).toBeGreaterThan(0);
    expect(findIn(closed, "Gruppa").length).toBeGreaterThan(0);
    for (const needle of needles) expect(findIn(closed, needle), needle).toEqual([]);
    server.close = async () => rmSync(path.dirname(dbFile), { recursive: true, force: true });
  });
});
