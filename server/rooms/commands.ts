/**
 * The command table: one typed handler per client→server event, so an event
 * cannot exist on the wire without a handler and no payload is cast. A handler
 * is pure over the room state it is handed: it returns the next state (or a
 * refusal, or a finished acknowledgement) and, optionally, effects that the
 * room runs after the new state is committed (timers, closing sockets).
 */
import type { Ack, ClientEventName, ClientPayload } from "../../shared/protocol.js";
import type { RoomCore } from "../../shared/room/core.js";
import { gotoStep, insertStep } from "../../shared/room/agenda.js";
import { lowerAllHands, lowerHand, raiseHand } from "../../shared/room/hands.js";
import {
  celebrate,
  configure,
  dismissCelebration,
  lightGoal,
  requestHelp,
  resolveHelp,
  setGoalTarget,
  setJoinShown,
  setLocked,
  startCalm,
  stopCalm,
  withdrawHelp,
  type RoomClock,
  type RoomResult,
  type RoomState,
} from "../../shared/room/room.js";
import type { SeatId } from "../../shared/room/types.js";
import type { ConnActor } from "./presence.js";

/** What the room does around a command besides changing state. */
export interface CommandEffects {
  /** A seat was removed: drop its timers, its commands, its sockets and its last view. */
  seatRemoved(seatId: SeatId): void;
  /** A calm-down was (re)started: arm the timer that ends it. */
  calmStarted(): void;
  /** The host ended the calm-down: disarm its timer. */
  calmStopped(): void;
}

export interface CommandScope {
  state: RoomState;
  core: RoomCore;
  clock: RoomClock;
}

/**
 * `next`: the state to commit (a refusal commits nothing); `after`: effects run once it is
 * committed; `ack`: an answer that needs no state change of this table (sync, end, refusals
 * that are not the core's).
 */
export type CommandOutcome =
  | { next: RoomResult; after?: (effects: CommandEffects) => void }
  | { ack: Ack }
  | { end: true };

export type CommandHandler<E extends ClientEventName> = (scope: CommandScope, actor: ConnActor, payload: ClientPayload<E>) => CommandOutcome;

const fail = (code: Extract<Ack, { ok: false }>["code"], message: string): CommandOutcome => ({ ack: { ok: false, code, message } });

export const commandHandlers: { [E in ClientEventName]: CommandHandler<E> } = {
  "room:sync": ({ state }) => ({ ack: { ok: true, version: state.version } }),
  "room:lock": ({ state }, _actor, { locked }) => ({ next: setLocked(state, locked) }),
  "room:joinScreen": ({ state }, _actor, { shown }) => ({ next: setJoinShown(state, shown) }),
  "room:configure": ({ state }, _actor, { k, ageBand, language, readAloud }) => ({ next: configure(state, { k, ageBand, language, readAloud }) }),
  "room:end": () => ({ end: true }),
  "seat:kick": ({ state, core, clock }, _actor, { seatId }) => ({
    next: core.kickSeat(state, seatId, clock),
    after: (effects) => effects.seatRemoved(seatId),
  }),
  "activity:start": ({ state, core, clock }, _actor, { kind, config }) => ({ next: core.startActivity(state, kind, config, clock) }),
  "activity:stop": ({ state, core }, _actor, { activityId }) => ({ next: core.stopActivity(state, activityId) }),
  "activity:act": ({ state, core, clock }, actor, { activityId, action }) => {
    if (actor.role === "screen") return fail("FORBIDDEN", "The screen is read-only.");
    if (!state.activity) return fail("NO_ACTIVITY", "No activity is running.");
    return { next: core.actOnActivity(state, activityId, action, actor, clock) };
  },
  "help:request": ({ state, clock }, actor) => {
    if (actor.role !== "seat") return fail("FORBIDDEN", "Only a tablet can ask for an adult.");
    return { next: requestHelp(state, actor.seatId, clock.now) };
  },
  "help:resolve": ({ state }, _actor, { seatId }) => ({ next: resolveHelp(state, seatId) }),
  "help:withdraw": ({ state, clock }, actor) => {
    if (actor.role !== "seat") return fail("FORBIDDEN", "Only a tablet can take its help request back.");
    return { next: withdrawHelp(state, actor.seatId, clock.now) };
  },
  "hand:raise": ({ state, clock }, actor) => {
    if (actor.role !== "seat") return fail("FORBIDDEN", "Only a tablet can raise its hand.");
    return { next: raiseHand(state, actor.seatId, clock.now) };
  },
  "hand:lower": ({ state }, actor) => {
    if (actor.role !== "seat") return fail("FORBIDDEN", "Only a tablet can take its own hand down.");
    return { next: lowerHand(state, actor.seatId) };
  },
  "hand:dismiss": ({ state }, _actor, { seatId }) => ({ next: lowerHand(state, seatId) }),
  "hand:clear": ({ state }) => ({ next: lowerAllHands(state) }),
  "safeguarding:seen": ({ state, core }, _actor, { key }) => ({ next: core.markSeen(state, key) }),
  "calm:start": ({ state, clock }, _actor, { pattern, cycles }) => ({
    next: startCalm(state, pattern, cycles, clock.now),
    after: (effects) => effects.calmStarted(),
  }),
  "calm:stop": ({ state }) => ({ next: stopCalm(state), after: (effects) => effects.calmStopped() }),
  "goal:configure": ({ state }, _actor, { target }) => ({ next: setGoalTarget(state, target) }),
  "goal:light": ({ state }) => ({ next: lightGoal(state) }),
  "goal:celebrate": ({ state }, _actor, { strengths, words }) => ({ next: celebrate(state, strengths, words ?? null) }),
  "goal:dismiss": ({ state }) => ({ next: dismissCelebration(state) }),
  "recap:show": ({ state, core }, _actor, { recap }) => ({ next: core.showRecap(state, recap) }),
  "recap:hide": ({ state, core }) => ({ next: core.hideRecap(state) }),
  // A step may start a calm-down: arm its end timer (a no-op when none is on).
  "agenda:goto": ({ state, core, clock }, _actor, { index, from }) => ({
    next: gotoStep(core, state, index, from, clock),
    after: (effects) => effects.calmStarted(),
  }),
  "agenda:insert": ({ state, core, clock }, _actor, { step, from }) => ({
    next: insertStep(core, state, step, from, clock),
    after: (effects) => effects.calmStarted(),
  }),
};

/** Look up and run the handler for one event (the gateway has checked role and schema). */
export function runCommand<E extends ClientEventName>(scope: CommandScope, actor: ConnActor, event: E, payload: ClientPayload<E>): CommandOutcome {
  if (!Object.prototype.hasOwnProperty.call(commandHandlers, event)) {
    return fail("UNKNOWN_EVENT", `Unknown event ${String(event)}.`);
  }
  const handler: CommandHandler<E> = commandHandlers[event];
  return handler(scope, actor, payload);
}
