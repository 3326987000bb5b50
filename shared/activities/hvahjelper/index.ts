/**
 * Hva hjelper? (what helps?): each tablet gets different coping cards
 * ("snakke med en voksen", "holde alt hemmelig", "tegne", "løpe en tur" …)
 * and sorts each into "hjelper / hjelper ikke / vet ikke". Each card goes to a
 * few tablets, and lands on the shared board once everyone holding it has
 * sorted it: in its column when they agree, or under "vi er uenige om denne"
 * for the leader to talk about. The board never says who put what where, and
 * never how many; a pass is never shown (a card everyone passed waits for the
 * leader). The leader can place a card after the talk. A tablet that chooses
 * "Jeg ser på", drops off the network or leaves holds nothing up: a card waits
 * only for connected holders taking part, and a card none of them holds goes to one who does
 * (docs/rules.md, "Watching is a first-class way to take part").
 */
import { z } from "zod";
import type { SeatId } from "../../room/types.js";
import {
  initialRound,
  nextRound,
  playing,
  reduceRound,
  roundView,
  succeed,
  type RoundState,
  type RoundView,
} from "../../games/round.js";
import { gameHostActions, gameWatchAction } from "../../games/actions.js";
import { forgetWatcher, isWatching, setWatching, takingPartNow, watchersOf, type Watching } from "../../games/watching.js";
import { isRejection, reject, type ActivityKind, type RoomCtx } from "../types.js";

import { COLUMNS, COPING_CARD_IDS, type Choice, type Column, type CopingCardId } from "./content.js";
export { COLUMNS, COPING_CARD_IDS, type Choice, type Column, type CopingCardId } from "./content.js";

export const hvahjelperConfigSchema = z
  .strictObject({
    /** Cards this round; by default it follows the number of tablets (4–16). */
    cards: z.number().int().min(3).max(COPING_CARD_IDS.length).optional(),
  })
  .default({});
export type HvahjelperConfig = z.output<typeof hvahjelperConfigSchema>;

const card = z.enum(COPING_CARD_IDS);
export const hvahjelperActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("sort"), card, column: z.enum(COLUMNS) }),
  z.strictObject({ type: z.literal("pass"), card }),
  /** The leader places a card after the talk (also one that was disagreed on or passed by all). */
  z.strictObject({ type: z.literal("settle"), card, column: z.enum(COLUMNS) }),
  gameWatchAction,
  ...gameHostActions,
]);
export type HvahjelperAction = z.infer<typeof hvahjelperActionSchema>;

export interface HvahjelperState {
  config: HvahjelperConfig;
  round: RoundState;
  /** This round's cards, in a fixed (id) order. */
  cards: readonly CopingCardId[];
  /** Server-private: which tablets hold a copy of each card, and what each chose. */
  holders: Readonly<Record<string, readonly SeatId[]>>;
  choices: Readonly<Record<string, Readonly<Record<SeatId, Choice>>>>;
  /** Cards the leader placed. */
  settled: Readonly<Record<string, Column>>;
  /** Server-private: tablets that chose "Jeg ser på". Absent in a state from before it existed. */
  watching?: Watching;
}

export type Placement = Column | "disagree";
export type CardStatus = "waiting" | Placement | "unsorted";

export interface Board {
  helps: CopingCardId[];
  not: CopingCardId[];
  unsure: CopingCardId[];
  /** "Vi er uenige om denne": shown for the leader to talk about, never who chose what. */
  disagree: CopingCardId[];
}
export interface HvahjelperScreenView extends RoundView {
  board: Board;
  complete: boolean;
}
export interface HvahjelperHostView extends HvahjelperScreenView {
  successes: number;
  /** Per card (never per tablet): waiting, on the board, or sorted by no one (all passed). */
  cards: { card: CopingCardId; status: CardStatus; settled: boolean }[];
  /** How many tablets watch right now (never who). */
  watchers: number;
}
export interface HvahjelperSeatView extends RoundView {
  /** This tablet's own cards and its own choices; `onBoard` once the card is decided (then it is locked). */
  mine: { card: CopingCardId; choice: Choice | null; onBoard: boolean }[];
  /** This tablet chose "Jeg ser på" (then `mine` is empty until it comes back). */
  watching: boolean;
  complete: boolean;
}

/** How many tablets share each card: enough to disagree, few enough that every tablet gets its own. */
function copiesPerCard(seats: number): number {
  return Math.min(3, Math.max(1, seats - 1));
}

function statusOf(state: HvahjelperState, c: CopingCardId, present: ReadonlySet<SeatId>): CardStatus {
  const settled = state.settled[c];
  if (settled) return settled;
  const holders = state.holders[c] ?? [];
  const choices = state.choices[c] ?? {};
  // Waiting while a present holder has not chosen, or while no one has chosen at all.
  const pending = holders.some((s) => present.has(s) && choices[s] === undefined);
  const made = Object.values(choices);
  if (pending || made.length === 0) return "waiting";
  const views = new Set(made.filter((x): x is Column => x !== "pass" && x !== "unsure"));
  if (views.size > 1) return "disagree";
  if (views.size === 1) return [...views][0];
  return made.includes("unsure") ? "unsure" : "unsorted";
}

function boardOf(state: HvahjelperState, present: ReadonlySet<SeatId>): Board {
  const board: Board = { helps: [], not: [], unsure: [], disagree: [] };
  for (const c of state.cards) {
    const status = statusOf(state, c, present);
    if (status === "helps" || status === "not" || status === "unsure" || status === "disagree") board[status].push(c);
  }
  return board;
}

function isDone(state: HvahjelperState, present: ReadonlySet<SeatId>): boolean {
  return state.cards.every((c) => statusOf(state, c, present) !== "waiting");
}

function heldBy(state: HvahjelperState, seatId: SeatId): CopingCardId[] {
  return state.cards.filter((c) => state.holders[c]?.includes(seatId));
}

/**
 * Make sure every undecided card has a present holder, and every present
 * tablet has cards while some are undecided. Deterministic for the same input.
 */
export function rebalance(state: HvahjelperState, presentList: readonly SeatId[]): HvahjelperState {
  if (presentList.length === 0) return state;
  const present = new Set(presentList);
  const holders: Record<string, SeatId[]> = Object.fromEntries(state.cards.map((c) => [c, [...(state.holders[c] ?? [])]]));
  const load = new Map<SeatId, number>(presentList.map((s) => [s, 0]));
  for (const c of state.cards) for (const s of holders[c]) if (present.has(s)) load.set(s, load.get(s)! + 1);
  const undecided = (c: CopingCardId) => statusOf({ ...state, holders }, c, present) === "waiting";
  const giveTo = (c: CopingCardId): boolean => {
    let best: SeatId | undefined;
    for (const s of presentList) if (!holders[c].includes(s) && (best === undefined || load.get(s)! < load.get(best)!)) best = s;
    if (best === undefined) return false;
    holders[c].push(best);
    load.set(best, load.get(best)! + 1);
    return true;
  };
  // A card whose holders all left, unsorted by anyone still here, goes to a tablet that is here.
  for (const c of state.cards) {
    const choices = state.choices[c] ?? {};
    const anyHere = holders[c].some((s) => present.has(s));
    if (!anyHere && Object.keys(choices).length === 0 && !state.settled[c]) giveTo(c);
  }
  // A tablet with no cards (a late joiner) gets up to two undecided cards that have the fewest holders here.
  for (const s of presentList) {
    if (load.get(s)! > 0) continue;
    const open = state.cards
      .filter((c) => undecided(c) && !holders[c].includes(s))
      .sort((a, b) => holders[a].filter((h) => present.has(h)).length - holders[b].filter((h) => present.has(h)).length);
    for (const c of open.slice(0, 2)) {
      holders[c].push(s);
      load.set(s, load.get(s)! + 1);
    }
  }
  const same = state.cards.every((c) => holders[c].length === (state.holders[c] ?? []).length);
  return same ? state : { ...state, holders };
}

function deal(config: HvahjelperConfig, round: RoundState, ctx: RoomCtx, watching: Watching, previous: readonly CopingCardId[] = []): HvahjelperState {
  const present = takingPartNow(ctx, watching);
  const n = present.length;
  const copies = copiesPerCard(n);
  const count = config.cards ?? Math.min(COPING_CARD_IDS.length, Math.max(4, Math.ceil((3 * Math.max(n, 2)) / copies)));
  // Fresh cards first in a new round, then the rest, shuffled with the seeded source.
  const pool = [...COPING_CARD_IDS];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(ctx.random() * (i + 1)));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const fresh = pool.filter((c) => !previous.includes(c));
  const chosen = [...fresh, ...pool.filter((c) => previous.includes(c))].slice(0, count);
  const cards = COPING_CARD_IDS.filter((c) => chosen.includes(c));
  const holders: Record<string, SeatId[]> = {};
  const load = new Map<SeatId, number>(present.map((s) => [s, 0]));
  const offset = n > 0 ? Math.min(n - 1, Math.floor(ctx.random() * n)) : 0;
  const ring = n > 0 ? [...present.slice(offset), ...present.slice(0, offset)] : [];
  for (const c of chosen) {
    const picks = [...ring].sort((a, b) => load.get(a)! - load.get(b)!).slice(0, copies);
    holders[c] = picks;
    for (const s of picks) load.set(s, load.get(s)! + 1);
    ring.push(ring.shift()!);
  }
  return { config, round, cards, holders, choices: {}, settled: {}, watching };
}

/** The seats a card waits for: taking part and connected now (a dropped tablet holds nothing up). */
function presentSet(state: HvahjelperState, ctx: RoomCtx): Set<SeatId> {
  return new Set(takingPartNow(ctx, state.watching));
}

function checkDone(state: HvahjelperState, ctx: RoomCtx): HvahjelperState {
  return state.round.phase === "running" && isDone(state, presentSet(state, ctx)) ? { ...state, round: succeed(state.round) } : state;
}

function screenOf(state: HvahjelperState, ctx: RoomCtx): HvahjelperScreenView {
  const present = presentSet(state, ctx);
  return { ...roundView(state.round), board: boardOf(state, present), complete: isDone(state, present) };
}

export const hvahjelper: ActivityKind<
  HvahjelperConfig,
  HvahjelperState,
  HvahjelperAction,
  { host: HvahjelperHostView; screen: HvahjelperScreenView; seat: HvahjelperSeatView }
> = {
  kind: "hvahjelper",
  config: hvahjelperConfigSchema,
  action: hvahjelperActionSchema,

  init(config, ctx) {
    return deal(config, initialRound(), ctx, {});
  },

  reduce(state, action, actor, ctx) {
    switch (action.type) {
      case "sort":
      case "pass": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet sorts its cards.");
        const notPlaying = playing(state.round);
        if (notPlaying) return notPlaying;
        if (isWatching(state.watching, actor.seatId)) return reject("NOT_ALLOWED", "This tablet is watching; choose \"Bli med igjen\" first.");
        if (!state.holders[action.card]?.includes(actor.seatId)) return reject("STALE", "That card is not on this tablet.");
        if (statusOf(state, action.card, presentSet(state, ctx)) !== "waiting") return reject("STALE", "That card is on the board already.");
        const choice: Choice = action.type === "pass" ? "pass" : action.column;
        if (state.choices[action.card]?.[actor.seatId] === choice) return state;
        const choices = { ...state.choices, [action.card]: { ...state.choices[action.card], [actor.seatId]: choice } };
        return checkDone({ ...state, choices }, ctx);
      }
      case "settle": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only a leader places a card.");
        if (!state.cards.includes(action.card)) return reject("STALE", "That card is not in this round.");
        if (state.round.phase === "almost") return reject("STALE", "This round is over.");
        if (state.settled[action.card] === action.column) return state;
        return checkDone({ ...state, settled: { ...state.settled, [action.card]: action.column } }, ctx);
      }
      case "watch": {
        const watching = setWatching(state.watching, actor, action.on);
        if (isRejection(watching)) return watching;
        if (watching === (state.watching ?? {})) return state;
        const next = { ...state, watching };
        return checkDone(rebalance(next, takingPartNow(ctx, watching)), ctx);
      }
      case "newRound":
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host runs the game.");
        return deal(state.config, nextRound(state.round), ctx, state.watching ?? {}, state.cards);
      default: {
        const round = reduceRound(state.round, action, actor, { levels: false, rounds: true });
        if ("rejected" in round) return round;
        if (round === state.round) return state;
        return checkDone({ ...state, round }, ctx);
      }
    }
  },

  seatsChanged(state, ctx) {
    return checkDone(rebalance(state, takingPartNow(ctx, state.watching)), ctx);
  },

  forgetSeat(state, seatId, ctx) {
    const holders: Record<string, readonly SeatId[]> = {};
    const choices: Record<string, Record<SeatId, Choice>> = {};
    for (const c of state.cards) {
      holders[c] = (state.holders[c] ?? []).filter((s) => s !== seatId);
      const own = { ...state.choices[c] };
      delete own[seatId];
      choices[c] = own;
    }
    const without = { ...state, holders, choices, ...(isWatching(state.watching, seatId) ? { watching: forgetWatcher(state.watching, seatId) } : {}) };
    return checkDone(rebalance(without, takingPartNow(ctx, without.watching).filter((s) => s !== seatId)), ctx);
  },

  milestones(state) {
    return state.round.successes;
  },

  view: {
    host(state, ctx) {
      const present = presentSet(state, ctx);
      return {
        ...screenOf(state, ctx),
        successes: state.round.successes,
        cards: state.cards.map((c) => ({ card: c, status: statusOf(state, c, present), settled: state.settled[c] !== undefined })),
        watchers: watchersOf(state.watching, ctx),
      };
    },
    screen: screenOf,
    seat(state, seatId, ctx) {
      const present = presentSet(state, ctx);
      return {
        ...roundView(state.round),
        watching: isWatching(state.watching, seatId),
        mine: (isWatching(state.watching, seatId) ? [] : heldBy(state, seatId)).map((c) => ({
          card: c,
          choice: state.choices[c]?.[seatId] ?? null,
          onBoard: statusOf(state, c, present) !== "waiting",
        })),
        complete: isDone(state, present),
      };
    },
  },
};
