/**
 * The group's memory holds no child data (docs/series.md, "The group's memory", docs/rules.md
 * "A group's memory is group-level text the leaders chose"), byte for byte. A real meeting through a real server and real
 * socket.io clients: two tablets with known avatars and seat ids type
 * distinctive text in the check-in's "say more", the question box, the garden
 * (which the leader approves verbatim, so it blooms on the projector) and the
 * word cloud; the leader lights lamps and names strengths. The console's draft
 * holds only the lamps, the named strengths, the leader's words, the garden's
 * list strengths and the plan's title and theme; the leader saves it with a
 * "Dette har vi lært" line.
 *
 * Then, on SQLite, while the room (and so its snapshot with the children's
 * text) is still alive: the WAL is checkpointed into the file, the pages that
 * belong to the memory tables are cut out of the raw file bytes (dbstat), and
 * none of the seat ids, avatar ids, avatar names or child texts is in them,
 * while the leader's text is (and the child text is elsewhere in the same file,
 * so the search finds what is there). On PostgreSQL the tables' rows are read
 * whole. On both, the rows are exactly what the test names. The next meeting's
 * projector shows "Sist gang…" from them; a recap with an id off the lists or
 * an extra field is refused and changes nothing.
 */
import Database from "better-sqlite3";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { HostView, RoomSummary, ScreenView, SeatView } from "../../shared/protocol.js";
import type { MemoryRecord, Recap } from "../../shared/series/memory.js";
import type { Plan } from "../../shared/series/plan.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { startPostgres, type PostgresService } from "../support/services.js";
import { claimSeat, closeAllConnections, connect, facilitator, startServer, waitFor, type TestServer } from "../support/server.js";

const CHILD_TEXT = {
  checkinMore: "Sjiraffmorgen-hemmelig-8812",
  question: "Hvorfor-Xylofonhuset-glemmer",
  garden: "Tigerhjerte-Solsikke-4412",
  word: "Kvasarblomst",
};
const AVATARS = ["hedgehog-purple", "penguin-green"];
// The avatars' names as the tablets and console show them, in every language.
const AVATAR_NAMES = ["hedgehog", "penguin", "pinnsvin", "pingvin", "lilla", "purple"];
const LEADER = {
  words: "Dere bygde et tårn sammen",
  learned: "Vi lærte at følelser kan deles",
  gardenWords: "Hagen vår var full av mot",
};

const plan = (base: Plan): Plan => ({
  ...base,
  title: "Minneplan",
  meetings: [
    {
      id: "m1",
      kind: "children",
      title: "Møte 1: Hvem er vi?",
      theme: "Hvem vi er og reglene våre",
      steps: [
        { kind: "checkin", title: "Innsjekk", config: { moment: "checkin" } },
        { kind: "questionbox", title: "Spørsmål" },
        { kind: "styrkehagen", title: "Styrkehagen", config: { allowText: true, perSeat: 3 } },
        { kind: "wordcloud", title: "Ordsky", config: { prompt: "Ett ord", maxPerSeat: 1 } },
      ],
    },
    { id: "m2", kind: "children", title: "Møte 2: Følelser", steps: [{ kind: "talk", title: "Ankomst" }] },
  ],
});

let pgServer: PostgresService | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  closeAllConnections();
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  await pgServer?.stop();
});

/** Every piece of child data the meeting had: what must never be in the memory. */
function needles(seatIds: string[]): string[] {
  return [...Object.values(CHILD_TEXT), ...AVATARS, ...AVATAR_NAMES, ...seatIds];
}

function includesText(bytes: Buffer, needle: string): boolean {
  // Both encodings SQLite could use for text, and case-insensitively for the names.
  const lower = Buffer.from(bytes.toString("latin1").toLowerCase(), "latin1");
  return [Buffer.from(needle, "utf8"), Buffer.from(needle, "utf16le"), Buffer.from(needle.toLowerCase(), "utf8")].some((n) => bytes.includes(n) || lower.includes(n));
}

/** Runs meeting 1 and saves its memory; returns what the test needs to look at afterwards. */
async function meetingOne(s: TestServer) {
  const api = await facilitator(s.url);
  const base = (await api.request<{ plan: Plan }>("GET", "/api/plans/smil-eksempel-nb")).body.plan;
  const planId = (await api.request<{ id: string }>("POST", "/api/plans", { plan: plan(base) })).body.id;
  const group = (await api.request<{ id: string }>("POST", "/api/groups", { group: { name: "Minnegruppa", ageBand: "8-10", language: "nb", k: 2, planId } })).body.id;

  const room = (await api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: group })).body.room;
  const host = connect<HostView>(s.url, room.hostToken);
  await waitFor(host, (x) => !!x.envelope?.view.agenda, 3000, "agenda");
  const seats: { seatId: string; conn: RoomConnection<SeatView> }[] = [];
  for (const avatar of AVATARS) {
    const claim = await claimSeat(s.url, room.code, avatar);
    seats.push({ ...claim, conn: connect<SeatView>(s.url, claim.token) });
  }
  await waitFor(host, (x) => x.envelope?.view.seats.filter((y) => y.presence === "present").length === 2, 3000, "two tablets");
  const act = async (conn: RoomConnection<SeatView> | RoomConnection<HostView>, activityId: string, action: unknown) => {
    const ack = await conn.send("activity:act", { activityId, action });
    expect(ack, JSON.stringify(action)).toMatchObject({ ok: true });
  };
  const step = async (index: number, kind: string) => {
    expect((await host.send("agenda:goto", { index, from: index - 1 })).ok).toBe(true);
    return (await waitFor(host, (x) => x.envelope?.view.activity?.kind === kind, 3000, kind)).envelope!.view.activity!.id;
  };

  let id = await step(0, "checkin");
  await act(seats[0].conn, id, { type: "answer", feeling: "glad" });
  await act(seats[0].conn, id, { type: "more", text: CHILD_TEXT.checkinMore });
  id = await step(1, "questionbox");
  await act(seats[1].conn, id, { type: "ask", text: CHILD_TEXT.question });
  id = await step(2, "styrkehagen");
  await act(seats[0].conn, id, { type: "plant", strength: "modig" });
  await act(seats[1].conn, id, { type: "plant", strength: "hjelpsom" });
  await act(seats[0].conn, id, { type: "write", text: CHILD_TEXT.garden });
  const queued = await waitFor(host, (x) => ((x.envelope?.view.activity?.view as { queue?: unknown[] })?.queue?.length ?? 0) === 1, 3000, "garden text");
  const item = (queued.envelope!.view.activity!.view as { queue: { id: string }[] }).queue[0];
  // Approved as the child wrote it: it blooms on the projector, and still never reaches the memory.
  await act(host, id, { type: "approve", id: item.id });
  id = await step(3, "wordcloud");
  await act(seats[1].conn, id, { type: "send", word: CHILD_TEXT.word });
  expect((await host.send("goal:light", {})).ok).toBe(true);
  expect((await host.send("goal:light", {})).ok).toBe(true);
  expect((await host.send("goal:celebrate", { strengths: ["cooperated", "listened"], words: LEADER.words })).ok).toBe(true);
  expect((await host.send("goal:celebrate", { strengths: ["listened", "brave"] })).ok).toBe(true);

  // The console's draft: group-level only.
  const draft = (await waitFor(host, (x) => (x.envelope?.view.memory?.strengths.length ?? 0) === 3, 3000, "draft")).envelope!.view.memory!;
  expect(draft).toEqual({
    key: "m1",
    title: "Møte 1: Hvem er vi?",
    theme: "Hvem vi er og reglene våre",
    lamps: 2,
    strengths: ["cooperated", "listened", "brave"],
    words: [LEADER.words],
    keepsakes: ["modig", "hjelpsom"],
  });
  const seatIds = seats.map((x) => x.seatId);
  for (const n of needles(seatIds)) expect(JSON.stringify(draft), n).not.toContain(n);
  // The tablets never get the draft or the celebrations' history (only the celebration on now).
  for (const seat of seats) {
    const view = seat.conn.getSnapshot().envelope!.view as unknown as Record<string, unknown>;
    expect(view.memory).toBeUndefined();
    expect(Object.keys(view.goal as object).sort()).toEqual(["celebration", "lit", "target"]);
  }

  // The leader leaves "brave" out, writes the garden's group words and one thing learned, and saves.
  const entry = {
    title: draft.title,
    lamps: draft.lamps,
    strengths: ["cooperated", "listened"],
    garden: draft.keepsakes,
    words: [...draft.words, LEADER.gardenWords],
    learned: [LEADER.learned],
    themes: [draft.theme!],
  };
  const saved = await api.request<MemoryRecord>("PUT", `/api/groups/${group}/memory/${draft.key}`, { version: 0, entry });
  expect(saved.status).toBe(201);
  return { api, group, host, seats, seatIds, entry };
}

/** Exactly what the memory tables hold after meeting 1, row by row. */
function expectedRows(group: string) {
  return {
    group_memory: [{ group_id: group, meeting_key: "m1", title: "Møte 1: Hvem er vi?", lamps: 2, version: 1 }],
    group_memory_items: [
      { group_id: group, meeting_key: "m1", kind: "garden", position: 0, value: "modig" },
      { group_id: group, meeting_key: "m1", kind: "garden", position: 1, value: "hjelpsom" },
      { group_id: group, meeting_key: "m1", kind: "learned", position: 0, value: LEADER.learned },
      { group_id: group, meeting_key: "m1", kind: "strength", position: 0, value: "cooperated" },
      { group_id: group, meeting_key: "m1", kind: "strength", position: 1, value: "listened" },
      { group_id: group, meeting_key: "m1", kind: "theme", position: 0, value: "Hvem vi er og reglene våre" },
      { group_id: group, meeting_key: "m1", kind: "words", position: 0, value: LEADER.words },
      { group_id: group, meeting_key: "m1", kind: "words", position: 1, value: LEADER.gardenWords },
    ],
  };
}
const ITEMS_ORDER = "ORDER BY kind, position";

/** Meeting 2: "Sist gang…" from the memory on the projector; bad recaps change nothing. */
async function meetingTwo(s: TestServer, one: Awaited<ReturnType<typeof meetingOne>>) {
  expect((await one.host.send("room:end", {})).ok).toBe(true);
  await waitFor(one.host, (x) => !!x.closed, 3000, "closed");
  const room = (await one.api.request<{ room: RoomSummary }>("POST", "/api/rooms", { groupId: one.group })).body.room;
  const host = connect<HostView>(s.url, room.hostToken);
  const screen = connect<ScreenView>(s.url, room.screenToken);
  const key = (await waitFor(host, (x) => !!x.envelope?.view.memory, 3000, "meeting 2")).envelope!.view.memory!.key;
  expect(key).toBe("m2");
  const recap = (await one.api.request<{ recap: Recap }>("GET", `/api/groups/${one.group}/recap?current=${key}`)).body.recap;
  expect(recap).toEqual({ ...one.entry, lampsSoFar: 2 });

  const before = (await waitFor(screen, (x) => !!x.envelope, 3000, "screen")).envelope!.version;
  const refused = [
    await host.send("recap:show", { recap: { ...recap, garden: [CHILD_TEXT.word.toLowerCase()] } }),
    await host.send("recap:show", { recap: { ...recap, seatId: one.seatIds[0] } } as never),
    await host.send("recap:show", { recap: { ...recap, learned: ["x".repeat(201)] } }),
    await host.send("recap:show", { recap: { ...recap, lamps: "2" } } as never),
  ];
  for (const ack of refused) expect(ack).toMatchObject({ ok: false, code: "INVALID" });
  expect(screen.getSnapshot().envelope!.version).toBe(before);
  expect(screen.getSnapshot().envelope!.view.recap).toBeNull();
  // A tablet cannot show anything on the projector.
  const seat = await claimSeat(s.url, room.code, "owl-blue");
  const tablet = connect<SeatView>(s.url, seat.token);
  await waitFor(tablet, (x) => !!x.envelope, 3000, "tablet");
  expect(await tablet.send("recap:show", { recap })).toMatchObject({ ok: false, code: "FORBIDDEN" });

  expect((await host.send("recap:show", { recap })).ok).toBe(true);
  const shown = await waitFor(screen, (x) => x.envelope?.view.recap != null, 3000, "recap on the projector");
  expect(shown.envelope!.view.recap).toEqual(recap);
  expect((tablet.getSnapshot().envelope!.view as unknown as Record<string, unknown>).recap).toBeUndefined();
  expect((await host.send("recap:hide", {})).ok).toBe(true);
  await waitFor(screen, (x) => x.envelope?.view.recap === null, 3000, "recap hidden");
}

describe("the group's memory holds no child data", () => {
  it("SQLite: the memory tables' pages in the raw file hold none of the seat ids, avatars or child texts; the rows are exactly the leader's", { timeout: 60_000 }, async () => {
    server = await startServer();
    const one = await meetingOne(server);
    const dbFile = server.sammen.config.dbPath;
    const db = server.sammen.store.db;
    // Everything into the main file, so its bytes are the whole database (the room is still live).
    db.pragma("wal_checkpoint(TRUNCATE)");
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    const pages = db
      .prepare("SELECT name, pageno FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE tbl_name IN ('group_memory', 'group_memory_items'))")
      .all() as { name: string; pageno: number }[];
    expect(new Set(pages.map((p) => p.name))).toEqual(new Set(["group_memory", "group_memory_items", "sqlite_autoindex_group_memory_1", "sqlite_autoindex_group_memory_items_1"]));
    const file = readFileSync(dbFile);
    const memoryBytes = Buffer.concat(pages.map((p) => file.subarray((p.pageno - 1) * pageSize, p.pageno * pageSize)));
    expect(memoryBytes.length).toBe(pages.length * pageSize);
    // The search finds what is there: the leader's words are in the memory pages, and the
    // children's text is in the same file (the live room's snapshot), just not in those pages.
    expect(includesText(memoryBytes, LEADER.learned)).toBe(true);
    expect(includesText(memoryBytes, "hjelpsom")).toBe(true);
    expect(includesText(file, CHILD_TEXT.garden)).toBe(true);
    for (const n of needles(one.seatIds)) expect(includesText(memoryBytes, n), n).toBe(false);

    const rows = expectedRows(one.group);
    expect(db.prepare("SELECT group_id, meeting_key, title, lamps, version FROM group_memory").all()).toEqual(rows.group_memory);
    expect(db.prepare(`SELECT * FROM group_memory_items ${ITEMS_ORDER}`).all()).toEqual(rows.group_memory_items);
    expect(Object.keys(db.prepare("SELECT * FROM group_memory").get() as object).sort()).toEqual(["group_id", "lamps", "meeting_key", "saved_at", "title", "version"]);

    await meetingTwo(server, one);
    // After the server stops (the rooms' snapshots wiped with them), the whole file and WAL.
    await server.sammen.close();
    const closed = [dbFile, `${dbFile}-wal`].filter(existsSync).map((f) => readFileSync(f));
    expect(closed.some((b) => includesText(b, LEADER.learned))).toBe(true);
    for (const n of needles(one.seatIds).filter((x) => !AVATAR_NAMES.includes(x))) for (const b of closed) expect(includesText(b, n), n).toBe(false);
    const after = new Database(dbFile, { readonly: true });
    try {
      expect(after.prepare(`SELECT * FROM group_memory_items ${ITEMS_ORDER}`).all()).toEqual(rows.group_memory_items);
    } finally {
      after.close();
    }
    server.close = async () => rmSync(path.dirname(dbFile), { recursive: true, force: true });
  });

  it("PostgreSQL: the memory tables' rows hold none of the seat ids, avatars or child texts; they are exactly the leader's", { timeout: 90_000 }, async () => {
    pgServer ??= await startPostgres();
    const databaseUrl = await pgServer.createDatabase(`sammen_memory_${process.pid}`);
    server = await startServer({ databaseUrl });
    await server.sammen.store.ready();
    const one = await meetingOne(server);
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const memory = (await client.query("SELECT * FROM group_memory")).rows;
      const items = (await client.query(`SELECT * FROM group_memory_items ${ITEMS_ORDER}`)).rows;
      const everything = JSON.stringify([memory, items]);
      expect(everything).toContain(LEADER.learned);
      for (const n of needles(one.seatIds)) expect(everything.toLowerCase(), n).not.toContain(n.toLowerCase());
      const rows = expectedRows(one.group);
      expect(memory.map(({ saved_at: _s, ...rest }) => rest)).toEqual(rows.group_memory);
      expect(Object.keys(memory[0]).sort()).toEqual(["group_id", "lamps", "meeting_key", "saved_at", "title", "version"]);
      expect(items).toEqual(rows.group_memory_items);
    } finally {
      await client.end();
    }
    await meetingTwo(server, one);
  });
});
