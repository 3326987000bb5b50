/**
 * Role views: the only way room state leaves the server. Each function returns
 * exactly what that role may see; the activity part comes from the kind's own
 * pure view functions, looked up in the kinds the room core was given.
 */
import type { RoomCtx, ViewRole } from "../activities/types.js";
import type { ActivityEnvelope, BaseView, HostView, MemoryDraft, ScreenView, SeatView } from "../protocol.js";
import { goalView } from "./goal.js";
import { handRaised, raisedHands } from "./hands.js";
import { buildCtx, calmActive, joinDisplay, roomSeats, sessionStarted, type FindKind, type RoomState } from "./room.js";
import { safeguardingItems } from "./safeguarding.js";
import { roomAudience, type SeatId } from "./types.js";

export interface RoomLinks {
  joinUrl: string;
  screenToken: string;
}

/** Views are computed without a random source: a view must never depend on chance. */
const viewClock = (now: number) => ({ now, random: () => 0 });

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
  return { id: running.id, kind: running.kind, view };
}

function base(state: RoomState, now: number): BaseView {
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
    seats: roomSeats(state).map((s) => ({
      seatId: s.seatId,
      avatar: s.avatar,
      presence: s.presence,
      helpRequestedAt: s.helpRequestedAt,
      helpWithdrawnAt: s.helpWithdrawnAt,
    })),
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

function seatPart(find: FindKind, state: RoomState, seatId: SeatId, ctx: RoomCtx): SeatPart | null {
  const seat = state.seats[seatId];
  if (!seat) return null;
  return {
    role: "seat",
    seatId,
    avatar: seat.avatar,
    helpPending: seat.helpRequestedAt !== null,
    handRaised: handRaised(state, seatId),
    activity: activityEnvelope(find, state, ctx, "seat", seatId),
  };
}

export function hostView(find: FindKind, state: RoomState, links: RoomLinks, now: number): HostView {
  return { ...base(state, now), ...hostPart(find, state, links, buildCtx(state, viewClock(now))) };
}

export function screenView(find: FindKind, state: RoomState, links: RoomLinks, now: number): ScreenView {
  return { ...base(state, now), ...screenPart(find, state, links, buildCtx(state, viewClock(now))) };
}

export function seatView(find: FindKind, state: RoomState, seatId: SeatId, now: number): SeatView | null {
  const part = seatPart(find, state, seatId, buildCtx(state, viewClock(now)));
  return part ? { ...base(state, now), ...part } : null;
}

/**
 * Every role's view at once, as the shared part and each role's own part (a view is
 * `{ ...base, ...part }`, exactly what hostView/screenView/seatView return). The fan-out
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
): { base: BaseView; part: HostPart | ScreenPart | SeatPart } | null {
  const ctx = buildCtx(state, viewClock(now));
  const part =
    target.role === "seat" ? seatPart(find, state, target.seatId, ctx) : target.role === "host" ? hostPart(find, state, links, ctx) : screenPart(find, state, links, ctx);
  return part ? { base: base(state, now), part } : null;
}

export function roomViewParts(find: FindKind, state: RoomState, links: RoomLinks, now: number): RoomViewParts {
  const ctx = buildCtx(state, viewClock(now));
  const seats: RoomViewParts["seats"] = [];
  for (const seat of roomSeats(state)) {
    const part = seatPart(find, state, seat.seatId, ctx);
    if (part) seats.push({ seatId: seat.seatId, part });
  }
  return { base: base(state, now), host: hostPart(find, state, links, ctx), screen: screenPart(find, state, links, ctx), seats };
}
