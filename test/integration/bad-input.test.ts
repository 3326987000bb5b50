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
import type { Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CLIENT_EVENT_NAMES,
  clientEvents,
  MAX_PAYLOAD_BYTES,
  ROLES,
  type Ack,
  type ClientEventName,
  type ClientPayload,
  type ErrorCode,
  type HostView,
  type Role,
  type ScreenView,
  type SeatView,
} from "../../shared/protocol.js";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import { claimSeat, closeAllConnections, connect, facilitator, openRoom, startServer, waitFor, type TestServer } from "../support/server.js";

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  closeAllConnections();
  await server.close();
});

interface Ctx {
  /** A seat that exists in the room (not the sender's own when the sender is a seat). */
  seatId: string;
  /** The id of the running check-in. */
  activityId: string;
}

/** A payload each event's schema accepts (minus the commandId). Typed per event: a new event must be added here. */
const VALID: { [E in ClientEventName]: (ctx: Ctx) => Omit<ClientPayload<E>, "commandId"> } = {
  "room:sync": () => ({ lastVersion: 1 }),
  "room:lock": () => ({ locked: true }),
  "room:configure": () => ({ k: 4 }),
  "room:end": () => ({}),
  "seat:kick": (ctx) => ({ seatId: ctx.seatId }),
  "activity:start": () => ({ kind: "checkin", config: { moment: "checkout" } }),
  "activity:stop": (ctx) => ({ activityId: ctx.activityId }),
  "activity:act": (ctx) => ({ activityId: ctx.activityId, action: { type: "pass" } }),
  "help:request": () => ({}),
  "help:resolve": (ctx) => ({ seatId: ctx.seatId }),
};

/** Field values of the right name but the wrong type or range: refused as INVALID by the sender's own role. */
const BAD_FIELDS: { [E in ClientEventName]: Record<string, unknown>[] } = {
  "room:sync": [{ lastVersion: -1 }, { lastVersion: "3" }, { lastVersion: 1.5 }, { lastVersion: null }],
  "room:lock": [{ locked: "yes" }, { locked: 1 }, { locked: null }, { locked: undefined }],
  "room:configure": [{ k: 1 }, { k: 11 }, { k: 3.5 }, { k: "3" }, { ageBand: "5-7" }, { language: "de" }, { language: ["nb"] }],
  "room:end": [],
  "seat:kick": [{ seatId: 42 }, { seatId: "a" }, { seatId: "../../etc" }, { seatId: "x".repeat(33) }, { seatId: null }],
  "activity:start": [
    { kind: "" },
    { kind: 3 },
    { kind: "quiz" },
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
};

let serial = 0;
const newCommandId = () => `bad-input-${String(++serial).padStart(6, "0")}`;

type AnyConn = RoomConnection<HostView> | RoomConnection<ScreenView> | RoomConnection<SeatView>;
/** The socket below the SDK's types: anything can be sent. */
const rawSocket = (conn: AnyConn) => conn.socket as unknown as Socket;
function emitRaw(conn: AnyConn, event: string, ...args: unknown[]): Promise<Ack> {
  return rawSocket(conn).timeout(2000).emitWithAck(event, ...args) as Promise<Ack>;
}

/** A room with a host, a screen, two seats (one connected) and a running check-in. */
async function liveRoom() {
  const api = await facilitator(server.url);
  const summary = await openRoom(api);
  const host = connect<HostView>(server.url, summary.hostToken);
  const screen = connect<ScreenView>(server.url, summary.screenToken);
  const mine = await claimSeat(server.url, summary.code, "fox-blue");
  const other = await claimSeat(server.url, summary.code, "owl-green");
  const seat = connect<SeatView>(server.url, mine.token);
  const otherConn = connect<SeatView>(server.url, other.token);
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === 2, 3000, "both seats present");
  expect((await host.send("activity:start", { kind: "checkin" })).ok).toBe(true);
  const live = server.sammen.registry.byRoomCode(summary.code)!.room;
  const activityId = live.snapshot().activity!.id;
  for (const conn of [host, screen, seat] as AnyConn[]) {
    await waitFor(conn, (s) => s.envelope?.version === live.version, 3000, "views settled");
  }
  const conns: Record<Role, AnyConn> = { host, screen, seat };
  return { summary, live, host, screen, seat, otherConn, conns, mine, other, activityId };
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

  for (const event of CLIENT_EVENT_NAMES) {
    describe(event, () => {
      for (const role of ROLES) {
        const allowed = (clientEvents[event].roles as readonly Role[]).includes(role);
        it(`from ${role}${allowed ? "" : " (not allowed)"}: every malformed payload is refused and changes nothing`, async () => {
          const room = await liveRoom();
          const ctx: Ctx = { seatId: room.other.seatId, activityId: room.activityId };
          const conn = room.conns[role];
          const before = room.live.version;
          const results: string[] = [];
          for (const c of casesFor(event, role, ctx)) {
            const ack = await emitRaw(conn, event, ...c.args);
            const got = ack.ok ? "ok" : ack.code;
            if (got !== c.code || room.live.version !== before) {
              results.push(`${c.what}: expected ${c.code}, got ${got}${room.live.version !== before ? ` and the version moved to ${room.live.version}` : ""}`);
            }
            if (!ack.ok) expect(typeof ack.message).toBe("string");
          }
          expect(results).toEqual([]);
          expectNoPollution();
          // Still connected, the room unchanged, and a valid sync answered with the same version.
          expect(rawSocket(conn).connected).toBe(true);
          expect(room.live.isEnded).toBe(false);
          expect(room.live.locked).toBe(false);
          expect(room.live.snapshot().activity?.id).toBe(room.activityId);
          expect(await conn.send("room:sync", {})).toEqual({ ok: true, version: before });
          expect(room.live.version).toBe(before);
          expect(server.logs.filter((l) => /internal error/.test(l))).toEqual([]);
        });
      }
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
