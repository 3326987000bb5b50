/**
 * The bad-input catalogue: every client→server event in the protocol table,
 * from every role, with every kind of malformed payload. Generated from
 * `clientEvents`, so a new event cannot be left out (the typed tables below stop
 * compiling until it has a valid payload and its bad fields).
 *
 * Every refusal must leave the room version unchanged, and the server must keep
 * answering a valid room:sync afterwards. Real server on 127.0.0.1:0, real
 * SQLite file, real socket.io-client; malformed payloads go through the raw
 * socket, below the SDK's types.
 */
import { VALID_PAYLOADS, type PayloadContext } from "../support/valid-payloads.js";
import type { Socket } from "socket.io-client";
import { describe, expect, it } from "vitest";
import {
  CLIENT_EVENT_NAMES,
  CLIENT_INPUT_NAMES,
  clientEvents,
  clientInputs,
  MAX_PAYLOAD_BYTES,
  ROLES,
  type Ack,
  type ClientEventName,
  type ClientInputName,
  type ClientInputPayload,
  type ClientPayload,
  type ErrorCode,
  type HostView,
  type Role,
  type ScreenView,
  type SeatView,
} from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { claimSeat, connect, openRoomDirect, waitFor, serverPerTest } from "../support/server.js";

const server = serverPerTest();

const VALID = VALID_PAYLOADS;
type Ctx = PayloadContext;

/** Live input (the second, volatile table): a payload its schema accepts. */
const VALID_INPUT: { [E in ClientInputName]: (ctx: Ctx) => ClientInputPayload<E> } = {
  "activity:input": (ctx) => ({ activityId: ctx.activityId, input: {} }),
};

/** Field values of the right name but the wrong type or range: refused as INVALID by the sender's own role. */
const BAD_FIELDS: { [E in ClientEventName]: Record<string, unknown>[] } = {
  "room:sync": [{ lastVersion: -1 }, { lastVersion: "3" }, { lastVersion: 1.5 }, { lastVersion: null }],
  "room:lock": [{ locked: "yes" }, { locked: 1 }, { locked: null }, { locked: undefined }],
  "room:joinScreen": [{ shown: "yes" }, { shown: 0 }, { shown: null }, { shown: undefined }],
  "room:configure": [{ k: 1 }, { k: 11 }, { k: 3.5 }, { k: "3" }, { ageBand: "5-7" }, { language: "de" }, { language: ["nb"] }, { readAloud: "yes" }, { readAloud: 1 }],
  "room:end": [],
  "seat:kick": [{ seatId: 42 }, { seatId: "a" }, { seatId: "../../etc" }, { seatId: "x".repeat(33) }, { seatId: null }],
  "activity:start": [
    { kind: "" },
    { kind: 3 },
    { kind: "no-such-kind" },
    { kind: "__proto__" },
    { kind: "constructor" },
    { kind: "checkin", config: { moment: "lunch" } },
    { kind: "checkin", config: { askStrength: "yes" } },
    { kind: "checkin", config: "checkout" },
  ],
  "activity:stop": [{ activityId: "" }, { activityId: 1 }, { activityId: "x".repeat(41) }],
  "activity:act": [
    { action: { type: "dance" } },
    { action: { type: "answer", feeling: "happy" } },
    { action: { type: "answer", feeling: "glad", strength: "max" } },
    { action: { type: "answer", feeling: 3 } },
    { action: { type: "pass", extra: true } },
    { action: null },
    { action: "pass" },
    { action: JSON.parse('{"__proto__": {"type": "pass"}}') as unknown },
    { activityId: 5 },
  ],
  "help:request": [],
  "help:resolve": [{ seatId: 1 }, { seatId: "" }, { seatId: "x y z w" }],
  "help:withdraw": [],
  "hand:raise": [],
  "hand:lower": [],
  "hand:dismiss": [{ seatId: 7 }, { seatId: "" }, { seatId: "a b c d" }, { seatId: "x".repeat(33) }, { seatId: null }],
  "hand:clear": [],
  "safeguarding:seen": [{ key: 1 }, { key: "" }, { key: "a1 b" }, { key: "x".repeat(81) }, { key: "<img>" }],
  "calm:start": [{ pattern: "9-9" }, { pattern: 45 }, { cycles: 1 }, { cycles: 13 }, { cycles: 2.5 }, { cycles: "5" }],
  "calm:stop": [],
  "goal:configure": [{ target: 0 }, { target: 13 }, { target: 1.5 }, { target: "6" }, { target: null }],
  "goal:light": [],
  "goal:celebrate": [
    { strengths: ["flink"] },
    { strengths: "cooperated" },
    { strengths: ["cooperated", "listened", "persisted", "supported", "waited"] },
    { words: 5 },
    { words: "a".repeat(121) },
    { words: "x".repeat(241) },
    { words: "snu\u202Eteksten" },
    { words: "ny\u0000linje" },
  ],
  "goal:dismiss": [],
  "recap:show": [
    { recap: null },
    { recap: "Sist gang" },
    { recap: { title: "Møte 1", lamps: 2 } },
    { recap: { ...{ title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] }, lamps: "2" } },
    { recap: { ...{ title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] }, title: "x".repeat(121) } },
    { recap: { ...{ title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] }, strengths: ["genius"] } },
    { recap: { ...{ title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] }, garden: ["Ikke En Id"] } },
    { recap: { ...{ title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] }, learned: ["a".repeat(201)] } },
    { recap: { ...{ title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] }, learned: ["ny\u0000linje"] } },
    { recap: { ...{ title: "Møte 1", lamps: 2, lampsSoFar: 2, strengths: ["cooperated"], garden: ["modig"], words: [], learned: ["Vi lærte noe"], themes: [] }, seatId: "abcd1234" } },
  ],
  "recap:hide": [],
  "agenda:goto": [{ index: -1 }, { index: 1.5 }, { index: "1" }, { index: 101 }, { from: -2 }, { from: null }],
  "agenda:insert": [
    { step: null },
    { step: { kind: 3, title: "x" } },
    { step: { kind: "calm", title: "" } },
    { step: { kind: "calm", title: "x", minutes: 999 } },
    { step: { kind: "calm", title: "x", extra: true } },
    { from: "0" },
  ],
};

let serial = 0;
const newCommandId = () => `bad-input-${String(++serial).padStart(6, "0")}`;

type AnyConn = RoomConnection<HostView> | RoomConnection<ScreenView> | RoomConnection<SeatView>;
/** The socket below the SDK's types: anything can be sent. */
const rawSocket = (conn: AnyConn) => conn.socket as unknown as Socket;
function emitRaw(conn: AnyConn, event: string, ...args: unknown[]): Promise<Ack> {
  return rawSocket(conn).timeout(2000).emitWithAck(event, ...args) as Promise<Ack>;
}

/** A room with a host, a screen, two seats (the second never connects: a kick target) and a running check-in. */
async function liveRoom() {
  // Opened through the registry (as POST /api/rooms does) to skip the password hashing of a
  // sign-in in every test; auth-http.test.ts covers the REST path.
  const summary = await openRoomDirect(server);
  const host = connect<HostView>(server.url, summary.hostToken);
  const screen = connect<ScreenView>(server.url, summary.screenToken);
  const mine = await claimSeat(server.url, summary.code, "fox-blue");
  const other = await claimSeat(server.url, summary.code, "owl-green");
  const seat = connect<SeatView>(server.url, mine.token);
  await waitFor(host, (s) => s.envelope?.view.seats.find((x) => x.seatId === mine.seatId)?.presence === "present", 3000, "seat present");
  expect((await host.send("activity:start", { kind: "checkin" })).ok).toBe(true);
  const live = server.sammen.registry.byRoomCode(summary.code)!.room;
  const activityId = live.snapshot().activity!.id;
  for (const conn of [host, screen, seat] as RoomConnection[]) {
    await waitFor(conn, (s) => s.envelope?.version === live.version, 3000, "views settled");
  }
  const conns: Record<Role, AnyConn> = { host, screen, seat };
  return { summary, live, host, screen, seat, conns, mine, other, activityId };
}

interface Case {
  what: string;
  args: unknown[];
  code: ErrorCode;
}

function withExtraKey(payload: object, key: string, value: unknown): unknown {
  // JSON.parse makes `key` an own property even for "__proto__", as it would arrive off the wire.
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)},${JSON.stringify(payload).slice(1)}`) as unknown;
}

function casesFor(event: ClientEventName, role: Role, ctx: Ctx): Case[] {
  const allowed = (clientEvents[event].roles as readonly Role[]).includes(role);
  // Order of checks in the gateway: argument count, size, role, schema.
  const invalid: ErrorCode = allowed ? "INVALID" : "FORBIDDEN";
  const valid = { commandId: newCommandId(), ...VALID[event](ctx) } as Record<string, unknown>;
  const { commandId: _dropped, ...withoutCommandId } = valid;
  const big = "x".repeat(MAX_PAYLOAD_BYTES + 1);
  const cases: Case[] = [
    { what: "a number", args: [42], code: invalid },
    { what: "a string", args: ["room"], code: invalid },
    { what: "null", args: [null], code: invalid },
    { what: "an array", args: [[valid]], code: invalid },
    { what: "a boolean", args: [true], code: invalid },
    { what: "an empty object", args: [{}], code: invalid },
    { what: "a Buffer", args: [Buffer.from(JSON.stringify(valid))], code: invalid },
    { what: "no commandId", args: [withoutCommandId], code: invalid },
    { what: "a numeric commandId", args: [{ ...valid, commandId: 12345678 }], code: invalid },
    { what: "a short commandId", args: [{ ...valid, commandId: "abc" }], code: invalid },
    { what: "a commandId with spaces", args: [{ ...valid, commandId: "abc def ghi" }], code: invalid },
    { what: "an extra unknown field", args: [{ ...valid, extra: 1 }], code: invalid },
    { what: "a __proto__ key", args: [withExtraKey(valid, "__proto__", { polluted: "yes", locked: true })], code: invalid },
    { what: "a constructor key", args: [withExtraKey(valid, "constructor", { prototype: { polluted: "yes" } })], code: invalid },
    { what: "a long commandId under the size limit", args: [{ ...valid, commandId: "a".repeat(MAX_PAYLOAD_BYTES - 200) }], code: invalid },
    { what: "an oversize commandId", args: [{ ...valid, commandId: big }], code: "PAYLOAD_TOO_LARGE" },
    { what: "an oversize extra field", args: [{ ...valid, note: big }], code: "PAYLOAD_TOO_LARGE" },
    { what: "an oversize nested array", args: [{ ...valid, list: Array.from({ length: 5000 }, () => 1) }], code: "PAYLOAD_TOO_LARGE" },
    { what: "two payloads", args: [valid, valid], code: "INVALID" },
    { what: "no payload", args: [], code: "INVALID" },
  ];
  // Every string field of the event, oversize.
  for (const [key, value] of Object.entries(valid)) {
    if (key !== "commandId" && typeof value === "string") cases.push({ what: `an oversize ${key}`, args: [{ ...valid, [key]: big }], code: "PAYLOAD_TOO_LARGE" });
  }
  for (const patch of BAD_FIELDS[event]) {
    cases.push({ what: `bad fields ${JSON.stringify(patch)}`, args: [{ ...valid, commandId: newCommandId(), ...patch }], code: invalid });
  }
  if (!allowed) cases.push({ what: "a valid payload from the wrong role", args: [{ ...valid, commandId: newCommandId() }], code: "FORBIDDEN" });
  return cases;
}

function expectNoPollution() {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).locked).toBeUndefined();
}

describe("bad-input catalogue", () => {
  it("covers every event in the protocol table, with payloads the schemas accept", () => {
    expect(Object.keys(VALID).sort()).toEqual([...CLIENT_EVENT_NAMES].sort());
    expect(Object.keys(BAD_FIELDS).sort()).toEqual([...CLIENT_EVENT_NAMES].sort());
    const ctx: Ctx = { seatId: "seat-abcdef", activityId: "a1" };
    for (const event of CLIENT_EVENT_NAMES) {
      const { schema, roles } = clientEvents[event];
      expect(roles.length, event).toBeGreaterThan(0);
      const valid = { commandId: newCommandId(), ...VALID[event](ctx) };
      // The "valid" payload really is valid, so each refusal below is caused by the one thing changed.
      expect(schema.safeParse(valid).success, event).toBe(true);
      const { commandId: _c, ...withoutCommandId } = valid;
      expect(schema.safeParse(withoutCommandId).success, event).toBe(false);
      expect(schema.safeParse({ ...valid, extra: 1 }).success, event).toBe(false);
    }
  });

  // One server per event (all three roles in it) keeps the file fast; failures name the role.
  for (const event of CLIENT_EVENT_NAMES) {
    const allowed = ROLES.filter((r) => (clientEvents[event].roles as readonly Role[]).includes(r));
    it(`${event} (allowed: ${allowed.join(", ")}): every malformed payload from every role is refused and changes nothing`, async () => {
      const room = await liveRoom();
      const ctx: Ctx = { seatId: room.other.seatId, activityId: room.activityId };
      const before = room.live.version;
      const results: string[] = [];
      for (const role of ROLES) {
        const conn = room.conns[role];
        for (const c of casesFor(event, role, ctx)) {
          const ack = await emitRaw(conn, event, ...c.args);
          const got = ack.ok ? "ok" : ack.code;
          if (got !== c.code || room.live.version !== before || (!ack.ok && typeof ack.message !== "string")) {
            const moved = room.live.version !== before ? ` and the version moved to ${room.live.version}` : "";
            results.push(`${role}, ${c.what}: expected ${c.code}, got ${got}${moved}`);
          }
        }
        // Still connected, and a valid sync is answered with the same version.
        if (!rawSocket(conn).connected) results.push(`${role}: socket was dropped`);
        const sync = await conn.send("room:sync", {});
        if (!sync.ok || sync.version !== before) results.push(`${role}: room:sync afterwards answered ${JSON.stringify(sync)}`);
      }
      expect(results).toEqual([]);
      expectNoPollution();
      expect(room.live.version).toBe(before);
      expect(room.live.isEnded).toBe(false);
      expect(room.live.locked).toBe(false);
      expect(room.live.snapshot().activity?.id).toBe(room.activityId);
      expect(server.logs.filter((l) => /internal error/.test(l))).toEqual([]);
    });
  }
});

describe("live-input catalogue", () => {
  it("covers every live-input event, with payloads the schemas accept", () => {
    expect(Object.keys(VALID_INPUT).sort()).toEqual([...CLIENT_INPUT_NAMES].sort());
    for (const event of CLIENT_INPUT_NAMES) {
      expect(clientInputs[event].schema.safeParse(VALID_INPUT[event]({ seatId: "seat-abcdef", activityId: "a1" })).success).toBe(true);
      expect(Object.prototype.hasOwnProperty.call(clientEvents, event), `${event} is in both tables`).toBe(false);
    }
  });

  for (const event of CLIENT_INPUT_NAMES) {
    it(`${event}: malformed samples from every role are refused and change nothing`, async () => {
      const room = await liveRoom();
      const ctx: Ctx = { seatId: room.other.seatId, activityId: room.activityId };
      const before = room.live.version;
      const valid = VALID_INPUT[event](ctx) as Record<string, unknown>;
      const results: string[] = [];
      for (const role of ROLES) {
        const allowed = (clientInputs[event].roles as readonly Role[]).includes(role);
        const invalid: ErrorCode = allowed ? "INVALID" : "FORBIDDEN";
        const cases: Case[] = [
          { what: "a number", args: [42], code: invalid },
          { what: "a string", args: ["input"], code: invalid },
          { what: "null", args: [null], code: invalid },
          { what: "an array", args: [[valid]], code: invalid },
          { what: "an empty object", args: [{}], code: invalid },
          { what: "a Buffer", args: [Buffer.from("{}")], code: invalid },
          { what: "a numeric activityId", args: [{ ...valid, activityId: 7 }], code: invalid },
          { what: "a commandId (inputs have none)", args: [{ ...valid, commandId: newCommandId() }], code: invalid },
          { what: "an extra unknown field", args: [{ ...valid, extra: 1 }], code: invalid },
          { what: "a __proto__ key", args: [withExtraKey(valid, "__proto__", { polluted: "yes" })], code: invalid },
          { what: "a constructor key", args: [withExtraKey(valid, "constructor", { prototype: { polluted: "yes" } })], code: invalid },
          { what: "an oversize sample", args: [{ ...valid, input: { pad: "x".repeat(MAX_PAYLOAD_BYTES + 1) } }], code: "PAYLOAD_TOO_LARGE" },
          { what: "two payloads", args: [valid, valid], code: "INVALID" },
        ];
        if (!allowed) cases.push({ what: "a valid sample from the wrong role", args: [valid], code: "FORBIDDEN" });
        for (const c of cases) {
          const ack = await emitRaw(room.conns[role], event, ...c.args);
          const got = ack.ok ? "ok" : ack.code;
          if (got !== c.code || room.live.version !== before) results.push(`${role}, ${c.what}: expected ${c.code}, got ${got}`);
        }
        // Without an acknowledgement a bad sample is dropped silently.
        rawSocket(room.conns[role]).emit(event, { ...valid, extra: 1 });
        rawSocket(room.conns[role]).emit(event, "junk");
        const sync = await room.conns[role].send("room:sync", {});
        if (!sync.ok || sync.version !== before) results.push(`${role}: room:sync afterwards answered ${JSON.stringify(sync)}`);
      }
      expect(results).toEqual([]);
      expectNoPollution();
      expect(room.live.version).toBe(before);
      expect(server.logs.filter((l) => /internal error/.test(l))).toEqual([]);
    });
  }
});

describe("bad input outside the event table", () => {
  it("unknown event names get UNKNOWN_EVENT from every role and change nothing", async () => {
    const room = await liveRoom();
    const before = room.live.version;
    const names = ["room:destroy", "ROOM:SYNC", "room:sync ", "seat:promote", "admin", "__proto__", "constructor", "toString", "hasOwnProperty", "x".repeat(200)];
    for (const role of ROLES) {
      for (const name of names) {
        const ack = await emitRaw(room.conns[role], name, { commandId: newCommandId() });
        expect(ack, `${role} ${name}`).toMatchObject({ ok: false, code: "UNKNOWN_EVENT" });
      }
      expect(await room.conns[role].send("room:sync", {})).toEqual({ ok: true, version: before });
    }
    expect(room.live.version).toBe(before);
    expectNoPollution();
  });

  it("events sent without an acknowledgement callback are ignored, and the server keeps working", async () => {
    const room = await liveRoom();
    const before = room.live.version;
    const host = rawSocket(room.host);
    const seat = rawSocket(room.seat);
    // Valid intents that would each change the room, but nobody could be told the result: ignored.
    host.emit("room:lock", { commandId: newCommandId(), locked: true });
    host.emit("room:configure", { commandId: newCommandId(), k: 5 });
    host.emit("seat:kick", { commandId: newCommandId(), seatId: room.other.seatId });
    host.emit("room:end", { commandId: newCommandId() });
    seat.emit("help:request", { commandId: newCommandId() });
    seat.emit("activity:act", { commandId: newCommandId(), activityId: room.activityId, action: { type: "pass" } });
    host.emit("no:such-event", { commandId: newCommandId() });
    host.emit("room:lock", 42);
    // The socket delivers in order: once these acks arrive, the emits above were handled.
    expect(await room.host.send("room:sync", {})).toEqual({ ok: true, version: before });
    expect(await room.seat.send("room:sync", {})).toEqual({ ok: true, version: before });
    expect(room.live.version).toBe(before);
    expect(room.live.locked).toBe(false);
    expect(room.live.isEnded).toBe(false);
    expect(room.live.settings.k).toBe(3);
    expect(room.live.hasSeat(room.other.seatId)).toBe(true);
    expect(room.live.snapshot().seats[room.mine.seatId].helpRequestedAt).toBeNull();
    // And a real command with an ack still works.
    expect(await room.host.send("room:lock", { locked: true })).toEqual({ ok: true, version: before + 1 });
  });

  it("activity:act with a bad check-in action or an out-of-range feeling is INVALID", async () => {
    const room = await liveRoom();
    const before = room.live.version;
    const bad = [
      { type: "dance" },
      { type: "answer" },
      { type: "answer", feeling: "happy" },
      { type: "answer", feeling: "GLAD" },
      { type: "answer", feeling: "glad", strength: "extremely" },
      { type: "answer", feeling: "glad", strength: 3 },
      { type: "reveal", force: true },
      {},
    ];
    for (const action of bad) {
      for (const conn of [room.seat, room.host]) {
        const ack = await conn.send("activity:act", { activityId: room.activityId, action });
        expect(ack, JSON.stringify(action)).toMatchObject({ ok: false, code: "INVALID" });
      }
    }
    expect(room.live.version).toBe(before);
    // The control: a valid answer from the same seat is applied.
    expect(await room.seat.send("activity:act", { activityId: room.activityId, action: { type: "answer", feeling: "glad" } })).toEqual({
      ok: true,
      version: before + 1,
    });
  });

  it("activity:act and activity:stop with a stale activityId are STALE; with no activity, NO_ACTIVITY", async () => {
    const room = await liveRoom();
    let before = room.live.version;
    for (const activityId of ["a0", "a2", "a10", "A1"]) {
      expect(await room.seat.send("activity:act", { activityId, action: { type: "pass" } })).toMatchObject({ ok: false, code: "STALE" });
      expect(await room.host.send("activity:act", { activityId, action: { type: "reveal" } })).toMatchObject({ ok: false, code: "STALE" });
      expect(await room.host.send("activity:stop", { activityId })).toMatchObject({ ok: false, code: "STALE" });
    }
    expect(room.live.version).toBe(before);

    // Stop and start again: the first run's id is stale now.
    expect((await room.host.send("activity:stop", { activityId: room.activityId })).ok).toBe(true);
    expect(await room.seat.send("activity:act", { activityId: room.activityId, action: { type: "pass" } })).toMatchObject({
      ok: false,
      code: "NO_ACTIVITY",
    });
    expect((await room.host.send("activity:start", { kind: "checkin" })).ok).toBe(true);
    const second = room.live.snapshot().activity!.id;
    expect(second).not.toBe(room.activityId);
    before = room.live.version;
    expect(await room.seat.send("activity:act", { activityId: room.activityId, action: { type: "pass" } })).toMatchObject({
      ok: false,
      code: "STALE",
    });
    expect(await room.host.send("activity:stop", { activityId: room.activityId })).toMatchObject({ ok: false, code: "STALE" });
    expect(room.live.version).toBe(before);
    expect(await room.seat.send("room:sync", {})).toEqual({ ok: true, version: before });
    expect((await room.seat.send("activity:act", { activityId: second, action: { type: "pass" } })).ok).toBe(true);
  });

  it("a message over the transport limit drops only that socket; the room and everyone else carry on", async () => {
    const room = await liveRoom();
    const before = room.live.version;
    const screen = rawSocket(room.screen);
    const dropped = new Promise<string>((resolve) => screen.once("disconnect", (reason) => resolve(reason)));
    screen.emit("room:sync", { commandId: newCommandId(), pad: "x".repeat(64 * 1024) }, () => {});
    expect(await dropped).toMatch(/transport/);
    expect(room.live.version).toBe(before);
    expect(await room.host.send("room:sync", {})).toEqual({ ok: true, version: before });
    expect((await room.seat.send("activity:act", { activityId: room.activityId, action: { type: "pass" } })).ok).toBe(true);
  });
});
