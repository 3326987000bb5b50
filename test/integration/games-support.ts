/**
 * Helpers for the cooperative games' integration tests: a real server with a
 * short presence grace, a room with N tablets through the real REST and socket
 * paths, tablets that drop mid-game and tablets that join late, and checks
 * that no screen or seat view names a tablet.
 */
import { expect } from "vitest";
import type { RoomConnection } from "../../client/src/sdk/connection.js";
import type { HostView, ScreenView, SeatView } from "../../shared/protocol.js";
import { ALL_AVATARS } from "../../shared/content/avatars.js";
import { claimSeat, connect, facilitator, openRoom, waitFor, type TestServer } from "../support/server.js";

/** Short enough that a dropped tablet counts as gone quickly, long enough that a blip does not. */
export const GRACE_MS = 200;

export interface Tablet {
  seatId: string;
  avatar: string;
  token: string;
  conn: RoomConnection<SeatView>;
}

export interface GameRoom {
  code: string;
  host: RoomConnection<HostView>;
  screen: RoomConnection<ScreenView>;
  tablets: Tablet[];
  /** Every screen envelope received, in order (to check what the projector was ever told). */
  screenLog: ScreenView[];
  nextAvatar: () => string;
}

export async function gameRoom(server: TestServer, n: number): Promise<GameRoom> {
  const api = await facilitator(server.url);
  const room = await openRoom(api);
  const host = connect<HostView>(server.url, room.hostToken);
  const screen = connect<ScreenView>(server.url, room.screenToken);
  const screenLog: ScreenView[] = [];
  screen.subscribe(() => {
    const v = screen.getSnapshot().envelope?.view;
    if (v && screenLog.at(-1) !== v) screenLog.push(v);
  });
  let next = 0;
  const nextAvatar = () => ALL_AVATARS[next++];
  const tablets: Tablet[] = [];
  for (let i = 0; i < n; i++) tablets.push(await joinTablet(server, room.code, nextAvatar()));
  await waitFor(host, (s) => s.envelope?.view.seats.filter((x) => x.presence === "present").length === n, 5000, `${n} tablets present`);
  return { code: room.code, host, screen, tablets, screenLog, nextAvatar };
}

export async function joinTablet(server: TestServer, code: string, avatar: string): Promise<Tablet> {
  const claim = await claimSeat(server.url, code, avatar);
  const conn = connect<SeatView>(server.url, claim.token);
  await waitFor(conn, (s) => s.envelope !== null, 3000, "tablet view");
  return { seatId: claim.seatId, avatar, token: claim.token, conn };
}

/** Start a game from the host and wait until every tablet shows it; returns the activity id. */
export async function startGame(g: GameRoom, kind: string, config: unknown): Promise<string> {
  const ack = await g.host.send("activity:start", { kind, config });
  expect(ack, `start ${kind}`).toMatchObject({ ok: true });
  const snap = await waitFor(g.host, (s) => s.envelope?.view.activity?.kind === kind, 3000, `${kind} on host`);
  const id = snap.envelope!.view.activity!.id;
  for (const t of g.tablets) await waitFor(t.conn, (s) => s.envelope?.view.activity?.id === id, 3000, `${kind} on tablet`);
  await waitFor(g.screen, (s) => s.envelope?.view.activity?.id === id, 3000, `${kind} on screen`);
  return id;
}

/** The tablet's network goes: its socket closes and, after the grace period, the host sees it as gone. */
export async function dropTablet(g: GameRoom, t: Tablet): Promise<void> {
  t.conn.close();
  await waitFor(g.host, (s) => s.envelope?.view.seats.find((x) => x.seatId === t.seatId)?.presence === "left", 3000, "dropped tablet gone");
  g.tablets = g.tablets.filter((x) => x !== t);
}

/** The projector was never told anything that names a tablet: no seat id, no avatar, no per-seat measure. */
export function expectScreenAnonymous(g: GameRoom, everyone: readonly { seatId: string; avatar: string }[]): void {
  expect(g.screenLog.length).toBeGreaterThan(0);
  for (const view of g.screenLog) {
    const json = JSON.stringify(view.activity);
    for (const t of everyone) {
      expect(json).not.toContain(t.seatId);
      expect(json).not.toContain(t.avatar);
    }
    expect(json).not.toMatch(/"(score|rank|points|speed|errors?|fail(ed|ures)?|seatId|avatar|holder|holds|who)"/i);
  }
}

/** A tablet's views never carry another tablet's id. */
export function expectSeatPrivate(t: Tablet, everyone: readonly { seatId: string }[]): void {
  const json = JSON.stringify(t.conn.getSnapshot().envelope);
  for (const other of everyone) if (other.seatId !== t.seatId) expect(json).not.toContain(other.seatId);
  expect(json).not.toMatch(/"(score|rank|points|speed|errors?|holder|holds)"/i);
}

export function activityView<K extends string>(view: { activity: { kind: string; view: unknown } | null } | null | undefined, kind: K) {
  const a = view?.activity;
  if (!a || a.kind !== kind) return null;
  return a.view;
}

/** Poll until the check passes (for conditions spread over several connections). */
export async function eventually(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
