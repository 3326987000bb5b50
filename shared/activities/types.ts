/**
 * The activity plugin contract. A kind is a pure definition: the room core
 * validates, routes the action to the running activity, bumps the version and
 * fans out the views; it never looks inside an activity's state.
 */
import type { z } from "zod";
import type { Rejection } from "../errors.js";
import type { Actor, AgeBand, Audience, AvatarId, Language, SeatId } from "../room/types.js";
import type { AttentionItem } from "../safeguarding/attention.js";
import type { DisclosureOptions } from "../disclosure/index.js";

/** Refusals live in the leaf shared/errors.ts; re-exported so a kind needs one import. */
export { isRejection, reject, type Rejection, type RejectionCode } from "../errors.js";

/** What an activity may know of its room. */
export interface RoomCtx {
  /** Seats currently in the room (present or away; not kicked), in a stable order. */
  seats: readonly SeatId[];
  /**
   * The seats of `seats` whose tablet is here or inside its grace period (presence not "left"),
   * in the same order. Undefined only in hand-built contexts; read it through `presentSeats(ctx)`.
   */
  present?: readonly SeatId[];
  /**
   * The seats of `present` whose tablet is connected right now (not inside a grace period after a
   * drop), in the same order. Read it through `connectedSeats(ctx)`.
   */
  connected?: readonly SeatId[];
  /**
   * Each seat's avatar, for a kind whose tablet lets a child pick another child by avatar (Bygg
   * sammen's "Gi bort"). A kind may show a tablet avatars only where the game needs them.
   */
  avatars?: Readonly<Record<SeatId, AvatarId>>;
  /**
   * Final states of activities that ran earlier in this room, oldest first, for a kind that
   * builds on an earlier one (check-out reads the check-in). Wiped with the room.
   */
  finished?: readonly { kind: string; state: unknown }[];
  ageBand: AgeBand;
  language: Language;
  /** Children, or adults at a parent meeting. Optional only in hand-built contexts (absent = "barn"). */
  audience?: Audience;
  /** Disclosure threshold for the projector. */
  k: number;
  /** Seeded random source for deals and shuffles: reducers stay replayable. */
  random: () => number;
  /**
   * A fresh opaque id ([a-z0-9], 10 characters) for anything a child sends or places (question,
   * word, flower, piece). Cryptographic on the server, never drawn from `random`: a visible id
   * must not give away the stream and with it the order things were sent (docs/rules.md, "Ids of what children send are not replayable").
   */
  newId: () => string;
  /** Server clock (ms since epoch) at the time of the action. */
  now: number;
}

/** Seats taking part now: `ctx.present`, or every seat when a hand-built context has none. */
export function presentSeats(ctx: RoomCtx): readonly SeatId[] {
  return ctx.present ?? ctx.seats;
}

/** Does this kind run in a room for `audience`? Kinds without `audiences` are for children only. */
export function kindServes(kind: { audiences?: readonly Audience[] }, audience: Audience): boolean {
  return (kind.audiences ?? ["barn"]).includes(audience);
}

/** Present seats whose tablet is connected now: `ctx.connected`, or `presentSeats(ctx)` when a hand-built context has none. */
export function connectedSeats(ctx: RoomCtx): readonly SeatId[] {
  return ctx.connected ?? presentSeats(ctx);
}

/**
 * One question's group tally that a leader may keep after the room: counts per answer (passes left
 * out, never per seat) and the bins and families the disclosure rules merge them by. The server
 * keeps only what `keptDistribution` (shared/disclosure/kept.ts) lets through, and only for a
 * group that opted in (docs/privacy.md, "Kept group results").
 */
export interface KeptTally extends Omit<DisclosureOptions, "k"> {
  question: string;
  counts: Readonly<Record<string, number>>;
}

/** How often the server calls a running activity's `tick`. */
export const ACTIVITY_TICK_MS = 100;

export interface ViewShapes {
  host: unknown;
  screen: unknown;
  seat: unknown;
}

export interface ActivityKind<Config, State, Action, Views extends ViewShapes, Input = never> {
  kind: string;
  /**
   * Who the kind is made for. Absent means children only: a kind runs in a parent meeting's
   * room (audience "voksne") only when it says so and its tablet and projector views have adult
   * wording (docs/series.md, "Foreldremøter").
   */
  audiences?: readonly Audience[];
  config: z.ZodType<Config>;
  action: z.ZodType<Action>;
  init(config: Config, ctx: RoomCtx): State;
  reduce(state: State, action: Action, actor: Actor, ctx: RoomCtx): State | Rejection;
  /** Drop everything a seat contributed (kick, or the room forgetting a seat). */
  forgetSeat(state: State, seatId: SeatId, ctx: RoomCtx): State;
  /**
   * Optional live input (holds, drags): sent by tablets as volatile `activity:input` events at
   * most 20 times a second, coalesced per seat by the server (latest wins), never acknowledged
   * individually. Only a tablet sends input. Pure, like `reduce`.
   */
  input?: {
    schema: z.ZodType<Input>;
    reduce(state: State, input: Input, actor: Extract<Actor, { role: "seat" }>, ctx: RoomCtx): State | Rejection;
  };
  /**
   * Optional: time passing. While an activity with `tick` runs, the server calls it about every
   * ACTIVITY_TICK_MS (never during a calm-down) with `ctx.now`. Return the same state when
   * nothing changed, so no update goes out. Pure.
   */
  tick?(state: State, ctx: RoomCtx): State;
  /**
   * Optional: the set of present or connected seats changed (a tablet joined, dropped, came back,
   * left after its grace period, or was removed). `ctx.present` and `ctx.connected` are the new
   * sets. Rebalance here (e.g. redeal pieces); return the same state when nothing moves.
   */
  seatsChanged?(state: State, ctx: RoomCtx): State;
  /**
   * Optional: every present seat has done what this step asks (answered the check-in, voted), so
   * nothing more is expected for now. The room then sends the update at once instead of at the
   * end of its fan-out window. Only a hint for timing: a wrong answer makes an update earlier or
   * later, never lost. Pure; `ctx.present` is the set of present seats.
   */
  settled?(state: State, ctx: RoomCtx): boolean;
  /**
   * Optional: how many shared-goal milestones this run has reached. Must never go down; the room
   * lights one lamp of its shared goal meter for each new milestone.
   */
  milestones?(state: State): number;
  /**
   * Optional: ids from a fixed content list that this run produced for the whole group (the
   * garden's strengths), never a child's words or who added one. The room gathers them for the
   * group's memory (docs/series.md, "The group's memory"); `ids` is the whole list, and only its ids count.
   */
  keepsakes?: {
    ids: readonly string[];
    of(state: State): readonly string[];
  };
  /**
   * Optional: children's text that needs a leader (flagged and still waiting, or put aside to
   * talk later). The room gathers it from every activity for the console's safeguarding strip
   * and the list shown before the session ends. Pure; host-only.
   */
  attention?(state: State): AttentionItem[];
  /**
   * Optional: the group tallies of this run that may be kept after the room ends, when the
   * group's leader opted in (Dagens tommel, Evaluering). Pure; the server passes each through
   * the disclosure rules before anything is written, so a kind never decides what is k-safe.
   */
  keptTallies?(state: State): KeptTally[];
  view: {
    host(state: State, ctx: RoomCtx): Views["host"];
    /** Must pass any distribution through a picture of shared/disclosure (e.g. `groupPicture`). */
    screen(state: State, ctx: RoomCtx): Views["screen"];
    seat(state: State, seatId: SeatId, ctx: RoomCtx): Views["seat"];
    /**
     * Optional: everything `seat` reads, as values compared by identity (the state's parts are
     * replaced, never changed in place). While each is the same as when the seat's view was last
     * built, the fan-out keeps that view instead of building and comparing it again: after one
     * child's answer the other tablets' views are not rebuilt. Leave it out when `seat` reads
     * more than a few parts of the state (the view is then built on every update). Every kind
     * that has it is checked by the core fuzz (test/fuzz/core.test.ts): a kept view is the one built now.
     */
    seatKey?(state: State, seatId: SeatId, ctx: RoomCtx): readonly unknown[];
  };
}

/** Erased form the room core holds; only the registry knows the concrete types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erasure boundary, never on the wire
export type AnyActivityKind = ActivityKind<any, any, any, ViewShapes, any>;

export type ViewRole = keyof ViewShapes;
