/**
 * Role views: the only way room state leaves the server. Each function returns
 * exactly what that role may see; the activity part comes from the kind's own
 * pure view functions, looked up in the kinds the room core was given.
 */
import type { AnyActivityKind, RoomCtx, ViewRole } from "../activities/types.js";
import type { ActivityEnvelope, BaseView, HostView, MemoryDraft, ScreenView, SeatView } from "../protocol.js";
import { goalView } from "./goal.js";
import { handRaised, raisedHands } from "./hands.js";
import { buildCtx, calmActive, joinDisplay, keptPerSeatTable, roomSeats, sessionStarted, type FindKind, type RoomState } from "./room.js";
import { safeguardingItems } from "./safeguarding.js";
import { roomAudience, type SeatId } from "./types.js";

export interface RoomLinks {
  joinUrl: string;
  screenToken: string;
}

/** Views are computed without a random source: a view must never depend on chance. */
const noChance = () => 0;
const viewClock = (now: number) => ({ now, random: noChance });

function activityEnvelope(
  find: FindKind,
  state: RoomState,
  ctx: RoomCtx,
  role: ViewRole,
  seatId?: SeatId,
): ActivityEnvelope | null {
  const running = state.activity;
  if (!running) return null;
  const kind = find(running.kind);
  if (!kind) return null;
  const view: unknown =
    role === "host"
      ? kind.view.host(running.state, ctx)
      : role === "screen"
        ? kind.view.screen(running.state, ctx)
        : kind.view.seat(running.state, seatId ?? "", ctx);
  // A projector's view that a kind gives again as the same object (kept while what it reads is
  // unchanged, as most are between answers) gets the same envelope too, so the fan-out's
  // comparison stops at the envelope. Only the screen's: a console's view changes with nearly
  // every update and a tablet's part is kept whole (SeatPartMemo), so for them the weak map's
  // entries would be garbage-collector work for nothing.
  if (role !== "screen" || typeof view !== "object" || view === null) return { id: running.id, kind: running.kind, view };
  const kept = envelopeOf.get(view);
  if (kept && kept.id === running.id && kept.kind === running.kind) return kept;
  const envelope = { id: running.id, kind: running.kind, view };
  envelopeOf.set(view, envelope);
  return envelope;
}

const envelopeOf = new WeakMap<object, ActivityEnvelope>();

/**
 * The shared part, kept across states while everything in it but `version` is the same: it reads
 * nothing but the state, except whether a calm-down is still running, so without one the views of
 * a round of answers all share one (and the fan-out compares a target's kept part with it by
 * identity instead of walking it for every target on every change). Its `version` is then that
 * of the state it was first built for: every whole view sets its own (the merged views below, the
 * fan-out's `{ ...base, ...part, version }`), and a patch never carries it. Kept by the room's
 * goal meter object (replaced, never changed, like the rest of the state) and checked field by
 * field, so a hit is always equal to what would be built now.
 */
const lastBase = new WeakMap<RoomState["goal"], BaseView>();

function base(state: RoomState, now: number): BaseView {
  if (state.calm) return buildBase(state, now);
  const last = lastBase.get(state.goal);
  if (last && sameBase(last, state)) return last;
  const built = buildBase(state, now);
  lastBase.set(state.goal, built);
  return built;
}

/** Without a calm-down: is `b` what buildBase(state) would build, `version` aside? */
function sameBase(b: BaseView, state: RoomState): boolean {
  const goal = state.goal;
  return (
    b.calm === null &&
    b.code === state.code &&
    b.locked === state.locked &&
    b.started === sessionStarted(state) &&
    b.join === joinDisplay(state) &&
    b.settings === state.settings &&
    b.goal.lit === goal.lit &&
    b.goal.target === goal.target &&
    b.goal.celebration === goal.celebration
  );
}

function buildBase(state: RoomState, now: number): BaseView {
  return {
    code: state.code,
    version: state.version,
    locked: state.locked,
    started: sessionStarted(state),
    join: joinDisplay(state),
    settings: state.settings,
    calm: state.calm && calmActive(state, now) ? state.calm : null,
    goal: goalView(state.goal),
  };
}

/** What a role's view adds to the part every role shares (BaseView). */
export type HostPart = Omit<HostView, keyof BaseView>;
export type ScreenPart = Omit<ScreenView, keyof BaseView>;
export type SeatPart = Omit<SeatView, keyof BaseView>;

function hostPart(find: FindKind, state: RoomState, links: RoomLinks, ctx: RoomCtx): HostPart {
  return {
    role: "host",
    seats: hostSeats(state),
    safeguarding: safeguardingItems(find, state),
    screenToken: links.screenToken,
    joinUrl: links.joinUrl,
    activity: activityEnvelope(find, state, ctx, "host"),
    agenda: state.agenda ?? null,
    memory: memoryDraft(state),
    recap: state.recap ?? null,
    hands: raisedHands(state).flatMap((h) => {
      const seat = state.seats[h.seatId];
      return seat ? [{ seatId: h.seatId, avatar: seat.avatar, raisedAt: h.at }] : [];
    }),
  };
}

/** The console's seat list, kept per seat table (keptPerSeatTable). */
const hostSeats = keptPerSeatTable((state): HostPart["seats"] =>
  roomSeats(state).map((s) => ({
    seatId: s.seatId,
    avatar: s.avatar,
    presence: s.presence,
    helpRequestedAt: s.helpRequestedAt,
    helpWithdrawnAt: s.helpWithdrawnAt,
  })),
);

/**
 * In a group's room with the children, what the console proposes for the group's memory (docs/series.md, "The group's memory"):
 * built only from the goal meter, the leaders' celebrations, the kinds' content-list keepsakes
 * and the agenda, never from a seat or anything a child sent.
 */
function memoryDraft(state: RoomState): MemoryDraft | null {
  const agenda = state.agenda;
  // The memory is the children's group's: a parent meeting neither adds to it nor shows it.
  if (!agenda?.groupId || roomAudience(state.settings) === "voksne") return null;
  return {
    key: agenda.meetingId ?? `rom-${Math.max(0, Math.floor(state.createdAt)).toString(36)}`,
    title: agenda.title,
    theme: agenda.theme ?? null,
    lamps: state.goal.lit,
    strengths: [...(state.goal.named ?? [])],
    words: [...(state.goal.words ?? [])],
    keepsakes: [...(state.keepsakes ?? [])],
  };
}

function screenPart(find: FindKind, state: RoomState, links: RoomLinks, ctx: RoomCtx): ScreenPart {
  return {
    role: "screen",
    joinUrl: links.joinUrl,
    // Sorted so the lobby never tells who came first; left seats are not shown.
    // Only in the lobby: during an activity a face leaving the list next to a changing picture
    // could tell the room whose answer went with it.
    lobbyAvatars: state.activity
      ? []
      : roomSeats(state)
          .filter((s) => s.presence !== "left")
          .map((s) => s.avatar)
          .sort(),
    activity: activityEnvelope(find, state, ctx, "screen"),
    recap: state.recap ?? null,
  };
}

function seatPart(find: FindKind, state: RoomState, seatId: SeatId, ctx: RoomCtx, memo?: SeatPartMemo): SeatPart | null {
  const running = state.activity;
  const runId = running?.id ?? null;
  const kind = running ? find(running.kind) : undefined;
  const last = memo?.parts.get(seatId);
  let key: readonly unknown[] | null | undefined;
  if (last && last.running === runId && (!running || sameKey(last.key, (key = seatKeyOf(kind, running, seatId, ctx))))) {
    // The seat table and the hands are replaced, never changed: the same ones hold the same seat
    // and the same hand, so a round of answers does not look the seat up at all.
    if (last.seats === state.seats && last.hands === state.hands) return last.part;
    const seat = state.seats[seatId];
    if (seat !== undefined && last.seat === seat && last.hand === handRaised(state, seatId)) {
      last.seats = state.seats;
      last.hands = state.hands;
      return last.part;
    }
  }
  const seat = state.seats[seatId];
  if (!seat) return null;
  const hand = handRaised(state, seatId);
  const part: SeatPart = {
    role: "seat",
    seatId,
    avatar: seat.avatar,
    helpPending: seat.helpRequestedAt !== null,
    handRaised: hand,
    activity: activityEnvelope(find, state, ctx, "seat", seatId),
  };
  memo?.parts.set(seatId, { seats: state.seats, hands: state.hands, seat, hand, running: runId, key: key === undefined ? seatKeyOf(kind, running, seatId, ctx) : key, part });
  return part;
}

/** What the kind's seat view reads, by its `seatKey`; without one (null) the view may read anything and is built again. */
function seatKeyOf(kind: AnyActivityKind | undefined, running: RoomState["activity"], seatId: SeatId, ctx: RoomCtx): readonly unknown[] | null {
  return running && kind?.view.seatKey ? kind.view.seatKey(running.state, seatId, ctx) : null;
}

function sameKey(a: readonly unknown[] | null, b: readonly unknown[] | null): boolean {
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface SeatPartEntry {
  /** The seat table and hands the entry was last checked against (to skip the look-ups while they stay). */
  seats: RoomState["seats"];
  hands: RoomState["hands"];
  seat: object;
  hand: boolean;
  running: string | null;
  key: readonly unknown[] | null;
  part: SeatPart;
}

/**
 * A room's seat parts as last built, with what each was built from: a part is given again, the
 * same object, while its seat, its hand, the running activity and everything the kind's seat view
 * reads (its `seatKey`) are unchanged. One per live room (server/rooms/live-room.ts); a seat that
 * leaves the room is forgotten with `forget`.
 */
export class SeatPartMemo {
  readonly parts = new Map<SeatId, SeatPartEntry>();
  forget(seatId: SeatId): void {
    this.parts.delete(seatId);
  }
  clear(): void {
    this.parts.clear();
  }
}

export function hostView(find: FindKind, state: RoomState, links: RoomLinks, now: number): HostView {
  return { ...base(state, now), ...hostPart(find, state, links, buildCtx(state, viewClock(now))), version: state.version };
}

export function screenView(find: FindKind, state: RoomState, links: RoomLinks, now: number): ScreenView {
  return { ...base(state, now), ...screenPart(find, state, links, buildCtx(state, viewClock(now))), version: state.version };
}

export function seatView(find: FindKind, state: RoomState, seatId: SeatId, now: number): SeatView | null {
  const part = seatPart(find, state, seatId, buildCtx(state, viewClock(now)));
  return part ? { ...base(state, now), ...part, version: state.version } : null;
}

/**
 * Every role's view at once, as the shared part and each role's own part (a view is
 * `{ ...base, ...part, version }`, exactly what hostView/screenView/seatView return; the shared
 * part's own `version` may be that of an earlier state, see `base`). The fan-out
 * builds the context and the shared part once per flush instead of once per view, and
 * encodes the shared part once for all of them.
 */
export interface RoomViewParts {
  base: BaseView;
  host: HostPart;
  screen: ScreenPart;
  seats: { seatId: SeatId; part: SeatPart }[];
}

/** One role's view as its two parts (null for a seat that is not in the room). */
export function roleViewParts(
  find: FindKind,
  state: RoomState,
  links: RoomLinks,
  now: number,
  target: { role: "host" | "screen" } | { role: "seat"; seatId: SeatId },
  memo?: SeatPartMemo,
): { base: BaseView; part: HostPart | ScreenPart | SeatPart } | null {
  const ctx = buildCtx(state, viewClock(now));
  const part =
    target.role === "seat" ? seatPart(find, state, target.seatId, ctx, memo) : target.role === "host" ? hostPart(find, state, links, ctx) : screenPart(find, state, links, ctx);
  return part ? { base: base(state, now), part } : null;
}

/** The shared part and the consoles' and screens' parts, without the tablets'. */
export function sharedViewParts(find: FindKind, state: RoomState, links: RoomLinks, now: number): Omit<RoomViewParts, "seats"> {
  const ctx = buildCtx(state, viewClock(now));
  return { base: base(state, now), host: hostPart(find, state, links, ctx), screen: screenPart(find, state, links, ctx) };
}

/** The shared part and every tablet's part. `memo`: the room's seat parts as last built, to keep those that cannot have changed. */
export function seatViewParts(find: FindKind, state: RoomState, now: number, memo?: SeatPartMemo): Pick<RoomViewParts, "base" | "seats"> {
  const ctx = buildCtx(state, viewClock(now));
  const seats: RoomViewParts["seats"] = [];
  // The context's seat list: the room's seats in join order, kept per seat table.
  for (const seatId of ctx.seats) {
    const part = seatPart(find, state, seatId, ctx, memo);
    if (part) seats.push({ seatId, part });
  }
  return { base: base(state, now), seats };
}

/** Every role's parts at once (`memo` as for seatViewParts). */
export function roomViewParts(find: FindKind, state: RoomState, links: RoomLinks, now: number, memo?: SeatPartMemo): RoomViewParts {
  return { ...sharedViewParts(find, state, links, now), seats: seatViewParts(find, state, now, memo).seats };
}
