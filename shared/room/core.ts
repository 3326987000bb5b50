/**
 * `createRoomCore(kinds)`: the pure room core bound to the activity kinds it is
 * given. The server builds one in server/app.ts from the registry; tests build
 * one from a fake kind. Nothing under shared/room imports the registry or a kind
 * (an import-cycle check in `npm test` keeps it so).
 */
import type { AnyActivityKind } from "../activities/types.js";
import * as room from "./room.js";
import type { ActivityKinds, RoomClock, RoomResult, RoomState } from "./room.js";
import type { Actor, AvatarId, SeatId } from "./types.js";
import type { PresenceState, Recap } from "../protocol.js";
import * as safeguarding from "./safeguarding.js";
import * as views from "./views.js";
import type { RoomLinks } from "./views.js";

export function createRoomCore(kinds: ActivityKinds) {
  const find = (name: string): AnyActivityKind | undefined =>
    Object.prototype.hasOwnProperty.call(kinds, name) ? kinds[name] : undefined;
  const t = room.kindTransitions;
  return {
    /** Is `name` a kind this core runs? */
    hasKind: (name: string): boolean => find(name) !== undefined,
    kindNames: (): string[] => Object.keys(kinds),

    addSeat: (state: RoomState, seatId: SeatId, avatar: AvatarId, clock?: RoomClock): RoomResult =>
      t.addSeat(find, state, seatId, avatar, clock),
    setPresence: (state: RoomState, seatId: SeatId, presence: PresenceState, clock?: RoomClock): RoomState =>
      t.setPresence(find, state, seatId, presence, clock),
    /** Drop a seat and all it contributed, without a trace (the pure part of kick). */
    forgetSeat: (state: RoomState, seatId: SeatId, clock: RoomClock): RoomState => t.forgetSeat(find, state, seatId, clock),
    kickSeat: (state: RoomState, seatId: SeatId, clock: RoomClock): RoomResult => t.kickSeat(find, state, seatId, clock),
    /** May this seat give its avatar and place back (left, no help request, holds nothing)? */
    canReleaseSeat: (state: RoomState, seatId: SeatId, clock: RoomClock): boolean => t.canReleaseSeat(find, state, seatId, clock),
    releaseSeat: (state: RoomState, seatId: SeatId, clock: RoomClock): RoomResult => t.releaseSeat(find, state, seatId, clock),
    startActivity: (state: RoomState, kind: string, config: unknown, clock: RoomClock): RoomResult =>
      t.startActivity(find, state, kind, config, clock),
    stopActivity: room.stopActivity,
    actOnActivity: (state: RoomState, activityId: string, action: unknown, actor: Actor, clock: RoomClock): RoomResult =>
      t.actOnActivity(find, state, activityId, action, actor, clock),
    inputToActivity: (
      state: RoomState,
      activityId: string,
      input: unknown,
      actor: Extract<Actor, { role: "seat" }>,
      clock: RoomClock,
    ): RoomResult => t.inputToActivity(find, state, activityId, input, actor, clock),
    activityTicks: (state: RoomState): boolean => t.activityTicks(find, state),
    /** Every present seat has done what the running activity asks for now (the fan-out goes at once). */
    activitySettled: (state: RoomState): boolean => t.activitySettled(find, state),
    tickActivity: (state: RoomState, clock: RoomClock): RoomState => t.tickActivity(find, state, clock),
    wipeRoom: room.wipeRoom,
    /** "Sist gang…" on the projector; list ids are checked against the lists of this core's kinds. */
    showRecap: (state: RoomState, recap: Recap): RoomResult =>
      room.showRecap(state, recap, (id) => Object.values(kinds).some((k) => k.keepsakes?.ids.includes(id) === true)),
    hideRecap: room.hideRecap,
    /** The host has read one item of the safeguarding list (shared/room/safeguarding.ts). */
    markSeen: (state: RoomState, key: string): RoomResult => safeguarding.markSeen(find, state, key),

    hostView: (state: RoomState, links: RoomLinks, now: number) => views.hostView(find, state, links, now),
    screenView: (state: RoomState, links: RoomLinks, now: number) => views.screenView(find, state, links, now),
    seatView: (state: RoomState, seatId: SeatId, now: number) => views.seatView(find, state, seatId, now),
    /** Every role's view as a shared part and per-role parts (the fan-out's input). */
    roomViewParts: (state: RoomState, links: RoomLinks, now: number, memo?: views.SeatPartMemo) => views.roomViewParts(find, state, links, now, memo),
    sharedViewParts: (state: RoomState, links: RoomLinks, now: number) => views.sharedViewParts(find, state, links, now),
    seatViewParts: (state: RoomState, now: number, memo?: views.SeatPartMemo) => views.seatViewParts(find, state, now, memo),
    roleViewParts: (state: RoomState, links: RoomLinks, now: number, target: Parameters<typeof views.roleViewParts>[4], memo?: views.SeatPartMemo) =>
      views.roleViewParts(find, state, links, now, target, memo),
  };
}

export type RoomCore = ReturnType<typeof createRoomCore>;
