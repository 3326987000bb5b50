/**
 * Room state and its pure transitions. The server's LiveRoom owns one of these
 * and adds time (grace periods, fan-out, expiry); everything here is a plain
 * function of (state, input) so it can be unit-tested and fuzzed without sockets.
 *
 * The room core is a function of the activity kinds it is given
 * (`createRoomCore(kinds)`, built once by the server): nothing here imports the
 * registry or any kind, and it never looks inside an activity's state.
 * Transitions that do not touch an activity are plain exports as well.
 */
import { isRejection, reject, type Rejection } from "../errors.js";
import { kindServes, type AnyActivityKind, type RoomCtx } from "../activities/types.js";
import type { GroupStrengthId } from "../content/group-strengths.js";
import type { PresenceState } from "../protocol.js";
import type { AgendaState } from "./agenda-state.js";
import { makeCalm, type CalmPattern, type CalmState } from "./calm.js";
import { GOAL_MAX_TARGET, GOAL_MIN_TARGET, initialGoal, lightLamps, MAX_NAMED_WORDS, type GoalState } from "./goal.js";
import type { Recap } from "../protocol.js";
import { dropHand, type RaisedHand } from "./hands.js";
import { randomId } from "./ids.js";
import { DEFAULT_SETTINGS, roomAudience, type Actor, type AvatarId, type RoomSettings, type SeatId } from "./types.js";

export interface SeatRecord {
  seatId: SeatId;
  avatar: AvatarId;
  presence: PresenceState;
  helpRequestedAt: number | null;
  /** The child took its request back ("Det går bra nå"); kept until the host marks it seen. */
  helpWithdrawnAt: number | null;
}

export interface RunningActivity {
  id: string;
  kind: string;
  state: unknown;
  /** Milestones of this run already counted into the room's goal meter. */
  milestones: number;
}

export interface RoomState {
  id: string;
  code: string;
  ownerId: number;
  createdAt: number;
  version: number;
  locked: boolean;
  /**
   * The host asked the projector to show the full join screen (QR, address, code) even though the
   * room is locked or an activity has started; otherwise it shrinks to a corner code then.
   * Optional so snapshots from before this field still restore.
   */
  joinShown?: boolean;
  settings: RoomSettings;
  /** Join order is kept only for the host's list; no role view exposes it to others. */
  seatOrder: readonly SeatId[];
  seats: Readonly<Record<SeatId, SeatRecord>>;
  /** Seats the host removed: their tokens stay refused for the room's life. */
  kicked: readonly SeatId[];
  activity: RunningActivity | null;
  activitySerial: number;
  /** Activities that ran earlier (last FINISHED_KEPT), for kinds that build on them; wiped with the room. */
  finished: readonly { id: string; kind: string; state: unknown }[];
  /** The room-level calm-down (Pusterommet), if one is on or just ended. */
  calm: CalmState | null;
  calmSerial: number;
  /** The shared goal meter across the session's games; it only goes up. */
  goal: GoalState;
  /** Safeguarding-strip keys the host has read (shared/room/safeguarding.ts). */
  seen: readonly string[];
  /** The meeting's steps when the room was opened for a group (shared/room/agenda.ts), else null. */
  agenda: AgendaState | null;
  /**
   * Content-list ids the room's activities grew (each kind's `keepsakes`, e.g. the garden's
   * strengths), gathered as they appear, for the group's memory. Never a child's words, never
   * who added one. Optional so older snapshots still restore.
   */
  keepsakes?: readonly string[];
  /** "Sist gang…" on the projector, as the leader sent it; null or absent when not shown. */
  recap?: Recap | null;
  /**
   * "Jeg vil si noe": raised hands in the order they went up (shared/room/hands.ts). Host view
   * only. Optional so snapshots from before the hand still restore (absent = none).
   */
  hands?: readonly RaisedHand[];
}

export type RoomResult = RoomState | Rejection;

/**
 * Time and chance for one transition. `random` is the room's replayable stream (deals,
 * shuffles); `newId` draws ids for things children send and defaults to cryptographic
 * randomness (shared/room/ids.ts), never the stream.
 */
export interface RoomClock {
  now: number;
  random: () => number;
  newId?: () => string;
}

/** The kinds a room core is built with, by name (the server passes the registry's table). */
export type ActivityKinds = Readonly<Record<string, AnyActivityKind>>;

export function createRoomState(init: {
  id: string;
  code: string;
  ownerId: number;
  now: number;
  settings?: RoomSettings;
  agenda?: AgendaState | null;
}): RoomState {
  return {
    id: init.id,
    code: init.code,
    ownerId: init.ownerId,
    createdAt: init.now,
    version: 1,
    locked: false,
    settings: { ...(init.settings ?? DEFAULT_SETTINGS) },
    seatOrder: [],
    seats: {},
    kicked: [],
    activity: null,
    activitySerial: 0,
    finished: [],
    calm: null,
    calmSerial: 0,
    goal: initialGoal(),
    seen: [],
    agenda: init.agenda ?? null,
    hands: [],
  };
}

/** Seats that belong to the room (not kicked), in join order. */
export function roomSeats(state: RoomState): SeatRecord[] {
  return state.seatOrder.map((id) => state.seats[id]).filter((s): s is SeatRecord => s !== undefined);
}

export function takenAvatars(state: RoomState): Set<AvatarId> {
  return new Set(roomSeats(state).map((s) => s.avatar));
}

type SeatLists = Pick<Required<RoomCtx>, "seats" | "present" | "connected" | "avatars">;

/**
 * `build` kept by the identity of the room's seat table and order: both are replaced, never
 * changed in place, so what is built from them alone is built again only when a seat joins,
 * leaves or changes, and is the same object otherwise (one room's many contexts and views share
 * it; the fan-out's comparison skips it at once). What it returns is readonly to everyone.
 */
export function keptPerSeatTable<T>(build: (state: RoomState) => T): (state: RoomState) => T {
  const kept = new WeakMap<RoomState["seats"], { order: RoomState["seatOrder"]; value: T }>();
  return (state) => {
    const found = kept.get(state.seats);
    if (found && found.order === state.seatOrder) return found.value;
    const value = build(state);
    kept.set(state.seats, { order: state.seatOrder, value });
    return value;
  };
}

/** The seat lists of a context (readonly to the kinds, RoomCtx, which never change what they are given). */
const seatLists = keptPerSeatTable((state): SeatLists => {
  const seats = state.seatOrder.filter((id) => state.seats[id] !== undefined);
  return {
    seats,
    present: seats.filter((id) => state.seats[id].presence !== "left"),
    connected: seats.filter((id) => state.seats[id].presence === "present"),
    avatars: Object.fromEntries(seats.map((id) => [id, state.seats[id].avatar])),
  };
});

export function buildCtx(state: RoomState, clock: RoomClock): RoomCtx {
  const { seats, present, connected, avatars } = seatLists(state);
  return {
    seats,
    present,
    connected,
    avatars,
    finished: state.finished,
    ageBand: state.settings.ageBand,
    language: state.settings.language,
    audience: roomAudience(state.settings),
    k: state.settings.k,
    random: clock.random,
    newId: clock.newId ?? randomId,
    now: clock.now,
  };
}

/** Looks a kind up by name in the table the core was built with. */
export type FindKind = (name: string) => AnyActivityKind | undefined;

function bump(state: RoomState, next: Omit<RoomState, "version">): RoomState {
  return { ...next, version: state.version + 1 };
}

/** No clock in the pure presence transitions: activities that rebalance get a fixed, replayable one. */
const PRESENCE_CLOCK: RoomClock = { now: 0, random: () => 0 };

/**
 * Put a new state into the running activity and count any new milestones into
 * the goal meter. Milestones only ever add lamps; a kind reporting fewer than
 * before changes nothing.
 */
function withActivityState(state: RoomState, kind: AnyActivityKind, next: unknown): RoomState {
  return withActivityStateAt(state, kind, next, state.version);
}

/** withActivityState and the room's version set to `version`, in one copy of the state (every answer passes here). */
function withActivityStateAt(state: RoomState, kind: AnyActivityKind, next: unknown, version: number): RoomState {
  const running = state.activity!;
  const reached = kind.milestones ? Math.floor(Number(kind.milestones(next)) || 0) : 0;
  const gained = reached - running.milestones;
  const changed: RoomState = {
    ...state,
    version,
    activity: { ...running, state: next, milestones: Math.max(running.milestones, reached) },
    goal: gained > 0 ? lightLamps(state.goal, gained) : state.goal,
  };
  if (kind.keepsakes) Object.assign(changed, gatherKeepsakes(state, kind, next));
  return changed;
}

/** New content-list ids from the kind's `keepsakes` (only those of its own list), added once each. */
function gatherKeepsakes(state: RoomState, kind: AnyActivityKind, next: unknown): Pick<RoomState, "keepsakes"> | object {
  if (!kind.keepsakes) return {};
  const have = state.keepsakes ?? [];
  const fresh = kind.keepsakes.of(next).filter((id) => kind.keepsakes!.ids.includes(id) && !have.includes(id));
  return fresh.length === 0 ? {} : { keepsakes: [...have, ...new Set(fresh)] };
}

/** Tell the running activity that the set of present seats changed (it may rebalance). */
function notifySeatsChanged(find: FindKind, state: RoomState, clock: RoomClock): RoomState {
  const running = state.activity;
  if (!running) return state;
  const kind = find(running.kind);
  if (!kind?.seatsChanged) return state;
  const next: unknown = kind.seatsChanged(running.state, buildCtx(state, clock));
  return next === running.state ? state : withActivityState(state, kind, next);
}

function addSeat(
  find: FindKind,
  state: RoomState,
  seatId: SeatId,
  avatar: AvatarId,
  clock: RoomClock = PRESENCE_CLOCK,
): RoomResult {
  if (state.locked) return reject("NOT_ALLOWED", "The room is locked.");
  if (takenAvatars(state).has(avatar)) return reject("NOT_ALLOWED", "That avatar is taken.");
  const seat: SeatRecord = { seatId, avatar, presence: "away", helpRequestedAt: null, helpWithdrawnAt: null };
  const added: RoomState = { ...state, seats: { ...state.seats, [seatId]: seat }, seatOrder: [...state.seatOrder, seatId] };
  return bump(state, notifySeatsChanged(find, added, clock));
}

function setPresence(
  find: FindKind,
  state: RoomState,
  seatId: SeatId,
  presence: PresenceState,
  clock: RoomClock = PRESENCE_CLOCK,
): RoomState {
  const seat = state.seats[seatId];
  if (!seat || seat.presence === presence) return state;
  const moved0: RoomState = { ...state, seats: { ...state.seats, [seatId]: { ...seat, presence } } };
  // A tablet that has left (its grace period is over) is not waiting for its turn any more.
  const moved = presence === "left" ? dropHand(moved0, seatId) : moved0;
  // Every presence change tells the activity: leaving (after the grace period) or coming back
  // changes who takes part, and a drop or a reconnect changes who is connected right now (a game
  // moves what a dropped tablet held, so it never blocks the group; docs/rules.md, "Watching is a first-class way to take part").
  return bump(state, notifySeatsChanged(find, moved, clock));
}

export function setLocked(state: RoomState, locked: boolean): RoomState {
  return state.locked === locked ? state : bump(state, { ...state, locked });
}

export function setJoinShown(state: RoomState, shown: boolean): RoomState {
  return (state.joinShown === true) === shown ? state : bump(state, { ...state, joinShown: shown });
}

/** Whether the session has had an activity yet (the lobby then means "between activities"). */
export function sessionStarted(state: RoomState): boolean {
  return state.activitySerial > 0;
}

/**
 * How the projector shows the way in: the full join screen until the room is locked or the
 * first activity starts, then a small corner code, unless the host brought the full one back.
 */
export function joinDisplay(state: RoomState): "full" | "corner" {
  if (state.joinShown === true) return "full";
  return state.locked || sessionStarted(state) ? "corner" : "full";
}

export function configure(state: RoomState, patch: Partial<Omit<RoomSettings, "audience">>): RoomState {
  // The audience is not in the patch: it is chosen when the room opens and kept.
  const settings: RoomSettings = {
    ...state.settings,
    k: patch.k ?? state.settings.k,
    ageBand: patch.ageBand ?? state.settings.ageBand,
    language: patch.language ?? state.settings.language,
    readAloud: patch.readAloud ?? state.settings.readAloud === true,
  };
  const same =
    settings.k === state.settings.k &&
    settings.ageBand === state.settings.ageBand &&
    settings.language === state.settings.language &&
    settings.readAloud === (state.settings.readAloud === true);
  return same ? state : bump(state, { ...state, settings });
}

/**
 * The one path that drops a seat and everything it contributed: its record, its part of the
 * running activity and of every finished one (each kind's `forgetSeat`). Pure; no version bump,
 * no note that it was ever here. Kick is this plus the kicked list.
 */
function forgetSeat(find: FindKind, state: RoomState, seatId: SeatId, clock: RoomClock): RoomState {
  if (!state.seats[seatId]) return state;
  const seats = { ...state.seats };
  delete seats[seatId];
  const without: RoomState = dropHand({ ...state, seats, seatOrder: state.seatOrder.filter((id) => id !== seatId) }, seatId);
  const ctx = buildCtx(without, clock);
  let next = without;
  if (state.activity) {
    const kind = find(state.activity.kind);
    if (kind) next = withActivityState(without, kind, kind.forgetSeat(state.activity.state, seatId, ctx));
  }
  return { ...next, finished: next.finished.map((f) => forgetInFinished(find, f, seatId, ctx)) };
}

/** Remove a seat and everything it contributed; its token is refused from now on. */
function kickSeat(find: FindKind, state: RoomState, seatId: SeatId, clock: RoomClock): RoomResult {
  if (!state.seats[seatId]) return reject("NOT_ALLOWED", "No such seat in this room.");
  const forgotten = forgetSeat(find, state, seatId, clock);
  return bump(state, notifySeatsChanged(find, { ...forgotten, kicked: [...state.kicked, seatId] }, clock));
}

/**
 * Only a seat that has left (its grace period is over), has no open help request and holds
 * nothing in any activity (no answer, no question waiting for a leader) may be released:
 * releasing must never make a leader lose what a child sent.
 */
function canReleaseSeat(find: FindKind, state: RoomState, seatId: SeatId, clock: RoomClock): boolean {
  const seat = state.seats[seatId];
  if (!seat || seat.presence !== "left" || seat.helpRequestedAt !== null) return false;
  const ctx = buildCtx(state, clock);
  const untouched = (entry: { kind: string; state: unknown }) => {
    const kind = find(entry.kind);
    return !kind || kind.forgetSeat(entry.state, seatId, ctx) === entry.state;
  };
  return (!state.activity || untouched(state.activity)) && state.finished.every(untouched);
}

/**
 * A seat whose tablet has left (or never came) gives its avatar and place back, so a room's
 * seats cannot be used up by claims nobody holds. Unlike a kick, the seat is not barred: its
 * token simply no longer names a seat, and that tablet joins again like a new one.
 */
function releaseSeat(find: FindKind, state: RoomState, seatId: SeatId, clock: RoomClock): RoomResult {
  if (!canReleaseSeat(find, state, seatId, clock)) return reject("NOT_ALLOWED", "This seat is in use or holds something a leader must see.");
  return bump(state, notifySeatsChanged(find, forgetSeat(find, state, seatId, clock), clock));
}

/**
 * End of the room: keep only what identifies the room instance (id, code, owner, settings,
 * serials, lock, the goal meter); every seat, answer, alert, kicked seat id, calm-down and
 * finished activity is dropped. Pure, so a test can assert that nothing about a child survives it.
 */
export function wipeRoom(state: RoomState): RoomState {
  return bump(state, {
    ...state,
    seats: {},
    seatOrder: [],
    kicked: [],
    activity: null,
    finished: [],
    calm: null,
    seen: [],
    keepsakes: [],
    recap: null,
    hands: [],
  });
}

export const FINISHED_KEPT = 10;

function forgetInFinished(find: FindKind, entry: RoomState["finished"][number], seatId: SeatId, ctx: RoomCtx) {
  const kind = find(entry.kind);
  return kind ? { ...entry, state: kind.forgetSeat(entry.state, seatId, ctx) } : entry;
}

/** The running activity, if any, moves to `finished` (the oldest drops off). */
function archiveRunning(state: RoomState): RoomState["finished"] {
  if (!state.activity) return state.finished;
  return [...state.finished, { id: state.activity.id, kind: state.activity.kind, state: state.activity.state }].slice(-FINISHED_KEPT);
}

function startActivity(
  find: FindKind,
  state: RoomState,
  kindName: string,
  rawConfig: unknown,
  clock: RoomClock,
): RoomResult {
  const kind = find(kindName);
  if (!kind) return reject("INVALID", `Unknown activity kind "${kindName}".`);
  if (!kindServes(kind, roomAudience(state.settings))) {
    return reject("NOT_ALLOWED", `"${kindName}" is made for children and does not run in a room for adults.`);
  }
  const parsed = kind.config.safeParse(rawConfig);
  if (!parsed.success) return reject("INVALID", `Invalid ${kindName} config: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const serial = state.activitySerial + 1;
  // The activity being replaced counts as finished already, so a check-out started straight
  // after a check-in can read it.
  const finished = archiveRunning(state);
  const activityState: unknown = kind.init(parsed.data, buildCtx({ ...state, finished }, clock));
  // A new activity starts on a clean screen: the last celebration and "Sist gang…" go (the lamps stay lit).
  const goal = state.goal.celebration ? { ...state.goal, celebration: null } : state.goal;
  return bump(state, {
    ...state,
    goal,
    recap: null,
    finished,
    activitySerial: serial,
    activity: { id: `a${serial}`, kind: kindName, state: activityState, milestones: 0 },
  });
}

export function stopActivity(state: RoomState, activityId: string): RoomResult {
  if (!state.activity) return reject("STALE", "No activity is running.");
  if (state.activity.id !== activityId) return reject("STALE", "That activity is no longer running.");
  return bump(state, { ...state, activity: null, finished: archiveRunning(state) });
}

function actOnActivity(
  find: FindKind,
  state: RoomState,
  activityId: string,
  rawAction: unknown,
  actor: Actor,
  clock: RoomClock,
): RoomResult {
  if (!state.activity) return reject("STALE", "No activity is running.");
  if (state.activity.id !== activityId) return reject("STALE", "That activity is no longer running.");
  if (actor.role === "seat" && !state.seats[actor.seatId]) return reject("FORBIDDEN", "This seat is not in the room.");
  const kind = find(state.activity.kind);
  if (!kind) return reject("INVALID", "Unknown activity kind.");
  const parsed = kind.action.safeParse(rawAction);
  if (!parsed.success) return reject("INVALID", `Invalid action: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const next: unknown = kind.reduce(state.activity.state, parsed.data, actor, buildCtx(state, clock));
  if (isRejection(next)) return next;
  if (next === state.activity.state) return state;
  return withActivityStateAt(state, kind, next, state.version + 1);
}

/** Is a calm-down covering every surface at server time `now`? */
export function calmActive(state: RoomState, now: number): boolean {
  return state.calm !== null && now < state.calm.endsAt;
}

/**
 * One live input sample (a hold, a drag) from a tablet for the running
 * activity. Refused like an action when stale or malformed; ignored (no
 * change) while a calm-down covers the screens.
 */
function inputToActivity(
  find: FindKind,
  state: RoomState,
  activityId: string,
  rawInput: unknown,
  actor: Extract<Actor, { role: "seat" }>,
  clock: RoomClock,
): RoomResult {
  if (!state.activity) return reject("STALE", "No activity is running.");
  if (state.activity.id !== activityId) return reject("STALE", "That activity is no longer running.");
  if (!state.seats[actor.seatId]) return reject("FORBIDDEN", "This seat is not in the room.");
  const kind = find(state.activity.kind);
  if (!kind) return reject("INVALID", "Unknown activity kind.");
  if (!kind.input) return reject("NOT_ALLOWED", "This activity takes no live input.");
  const parsed = kind.input.schema.safeParse(rawInput);
  if (!parsed.success) return reject("INVALID", `Invalid input: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  if (calmActive(state, clock.now)) return state;
  const next: unknown = kind.input.reduce(state.activity.state, parsed.data, actor, buildCtx(state, clock));
  if (isRejection(next)) return next;
  if (next === state.activity.state) return state;
  return withActivityStateAt(state, kind, next, state.version + 1);
}

/** Does the running activity want `tickActivity` calls? */
function activityTicks(
  find: FindKind,
  state: RoomState): boolean {
  const running = state.activity;
  return running !== null && find(running.kind)?.tick !== undefined;
}

/** Has every present seat done what the running activity asks for now (its `settled`)? */
function activitySettled(find: FindKind, state: RoomState): boolean {
  const running = state.activity;
  if (!running) return false;
  const kind = find(running.kind);
  return kind?.settled ? kind.settled(running.state, buildCtx(state, PRESENCE_CLOCK)) : false;
}

/** Time passing for the running activity (its `tick`); nothing moves under a calm-down. */
function tickActivity(
  find: FindKind,
  state: RoomState, clock: RoomClock): RoomState {
  const running = state.activity;
  if (!running || calmActive(state, clock.now)) return state;
  const kind = find(running.kind);
  if (!kind?.tick) return state;
  const next: unknown = kind.tick(running.state, buildCtx(state, clock));
  return next === running.state ? state : bump(state, withActivityState(state, kind, next));
}

// ---------- calm-down (Pusterommet) ----------

/** Start a calm-down on every surface, a short lead time from now; replaces one that is on. */
export function startCalm(state: RoomState, pattern: CalmPattern, cycles: number, now: number): RoomState {
  const n = state.calmSerial + 1;
  return bump(state, { ...state, calmSerial: n, calm: makeCalm(n, pattern, cycles, now) });
}

/** The host ends the calm-down early, or its time is up (`n` guards against ending a newer one). */
export function stopCalm(state: RoomState, n?: number): RoomState {
  if (!state.calm || (n !== undefined && state.calm.n !== n)) return state;
  return bump(state, { ...state, calm: null });
}

// ---------- shared goal meter ----------

/** The number of lamps the lighthouse needs; lit lamps are never taken away. */
export function setGoalTarget(state: RoomState, target: number): RoomResult {
  if (!Number.isInteger(target) || target < GOAL_MIN_TARGET || target > GOAL_MAX_TARGET) {
    return reject("INVALID", `The goal is ${GOAL_MIN_TARGET}–${GOAL_MAX_TARGET} lamps.`);
  }
  return target === state.goal.target ? state : bump(state, { ...state, goal: { ...state.goal, target } });
}

/** The host lights one lamp by hand (for something the group did outside a game). */
export function lightGoal(state: RoomState): RoomState {
  const goal = lightLamps(state.goal, 1);
  return goal === state.goal ? state : bump(state, { ...state, goal });
}

/** Show a celebration naming the strengths the group used (host-picked and/or host-written). */
export function celebrate(state: RoomState, strengths: readonly GroupStrengthId[], words: string | null): RoomResult {
  const unique = [...new Set(strengths)];
  const text = words?.trim() ? words.trim() : null;
  if (unique.length === 0 && text === null) return reject("INVALID", "Name at least one strength or write a few words.");
  const n = state.goal.celebrations + 1;
  // Remembered for the group's memory: every strength named, and the leader's words (a few lines).
  const named = [...new Set([...(state.goal.named ?? []), ...unique])];
  const said = state.goal.words ?? [];
  const lines = text === null || said.includes(text) ? said : [...said, text].slice(-MAX_NAMED_WORDS);
  return bump(state, { ...state, goal: { ...state.goal, celebrations: n, celebration: { n, strengths: unique, words: text }, named, words: lines } });
}

// ---------- "Sist gang…" (the group's memory on the projector) ----------

/**
 * Show the last meeting's memory on the projector. `known` says which content-list ids the
 * room's kinds have (the garden's strengths); any other id is refused, so only list strengths
 * and the leader's own words ever reach the screen this way.
 */
export function showRecap(state: RoomState, recap: Recap, known: (id: string) => boolean): RoomResult {
  if (roomAudience(state.settings) === "voksne") return reject("NOT_ALLOWED", "The group's memory is shown at the children's meetings, not at a parent meeting.");
  const unknown = recap.garden.find((id) => !known(id));
  if (unknown !== undefined) return reject("INVALID", `Unknown strength "${unknown}".`);
  return bump(state, { ...state, recap: { ...recap, garden: [...new Set(recap.garden)] } });
}

export function hideRecap(state: RoomState): RoomState {
  return state.recap ? bump(state, { ...state, recap: null }) : state;
}

export function dismissCelebration(state: RoomState): RoomState {
  return state.goal.celebration ? bump(state, { ...state, goal: { ...state.goal, celebration: null } }) : state;
}

/** One open alert per seat: asking again while one is open changes nothing. Asking after taking it back opens a new one. */
export function requestHelp(state: RoomState, seatId: SeatId, now: number): RoomState {
  const seat = state.seats[seatId];
  if (!seat || seat.helpRequestedAt !== null) return state;
  return bump(state, { ...state, seats: { ...state.seats, [seatId]: { ...seat, helpRequestedAt: now, helpWithdrawnAt: null } } });
}

/** "Det går bra nå": the open alert becomes a withdrawn one, which the host still sees until marking it seen. */
export function withdrawHelp(state: RoomState, seatId: SeatId, now: number): RoomState {
  const seat = state.seats[seatId];
  if (!seat || seat.helpRequestedAt === null) return state;
  return bump(state, { ...state, seats: { ...state.seats, [seatId]: { ...seat, helpRequestedAt: null, helpWithdrawnAt: now } } });
}

export function resolveHelp(state: RoomState, seatId: SeatId): RoomResult {
  const seat = state.seats[seatId];
  if (!seat) return reject("NOT_ALLOWED", "No such seat in this room.");
  if (seat.helpRequestedAt === null && seat.helpWithdrawnAt === null) return state;
  return bump(state, { ...state, seats: { ...state.seats, [seatId]: { ...seat, helpRequestedAt: null, helpWithdrawnAt: null } } });
}

/**
 * The transitions that reach into an activity, each taking the kind lookup first. Only
 * `createRoomCore` (core.ts) calls these; everyone else gets them bound to its kinds.
 */
export const kindTransitions = {
  addSeat,
  setPresence,
  forgetSeat,
  kickSeat,
  canReleaseSeat,
  releaseSeat,
  startActivity,
  actOnActivity,
  inputToActivity,
  activityTicks,
  activitySettled,
  tickActivity,
};
