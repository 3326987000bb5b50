/**
 * Feelings detective: cooperative guessing. Each round hides one feeling; each
 * tablet is dealt one clue about it (a face, a body sign or a situation), and
 * the group names the feeling together.
 *
 *   guessing: every tablet reads its own clue and may propose a feeling (or
 *             "vet ikke", or pass), changeable; the screen shows no answers.
 *   ideas:    the host shows the ideas; proposals close, and the screen shows
 *             which feelings were proposed as words only (wordPicture: nothing
 *             under k proposers, never a number, never an order). The group
 *             talks, and the host sets the group's answer.
 *   solved:   the host reveals: the screen shows the hidden feeling, the clues
 *             the group had, and the strengths the group used. Nobody is told
 *             whether their own proposal matched.
 *
 * Dealing is seeded (ctx.random) and uses ctx.seats: clue kinds are
 * interleaved so the first clues dealt are a face, a body sign and a situation
 * (in a random order), and every clue is used once before any is used twice.
 * A seat that joins mid-round gets the next least-used clue: the views compute
 * the same deal the next reducer call stores, so a late joiner sees its clue at
 * once and keeps it.
 *
 * A tablet may choose "Jeg ser på" at any moment (docs/rules.md, "Watching is a first-class way to take part"): its
 * proposal goes, it proposes nothing until it comes back, and a clue only a
 * watcher holds counts as unused when the next tablet is dealt one. Nothing
 * waits for it: the host moves the rounds on.
 */
import { z } from "zod";
import { DETECTIVE_PUZZLES, DETECTIVE_PUZZLE_IDS, findDetectivePuzzle, type ClueKind, type DetectivePuzzle, type DetectivePuzzleId } from "../../content/detective.js";
import { FEELING_IDS, type FaceShape, type FeelingId } from "../../content/feelings.js";
import { wordPicture, type WordPicture } from "../../disclosure/index.js";
import type { Language, SeatId } from "../../room/types.js";
import { forgetWatcher, isWatching, setWatching, watchersOf, type Watching } from "../../games/watching.js";
import { isRejection, reject, type ActivityKind, type RoomCtx } from "../types.js";

const MAX_ROUNDS = DETECTIVE_PUZZLES.length;

export const detectiveConfigSchema = z
  .strictObject({
    /** How many puzzles, picked at random (seeded) when `puzzles` is not given. */
    rounds: z.number().int().min(1).max(MAX_ROUNDS).default(3),
    /** Explicit puzzles, in order. */
    puzzles: z
      .array(z.enum(DETECTIVE_PUZZLE_IDS))
      .min(1)
      .max(MAX_ROUNDS)
      .refine((ids) => new Set(ids).size === ids.length, "puzzles must be unique")
      .optional(),
  })
  .default({ rounds: 3 });
export type DetectiveConfig = z.output<typeof detectiveConfigSchema>;

const round = z.number().int().min(0).max(MAX_ROUNDS);
const feeling = z.enum(FEELING_IDS);

/** Every action names the round it is for, so a late tap never lands on the next puzzle. */
export const detectiveActionSchema = z.discriminatedUnion("type", [
  // tablets
  z.strictObject({ type: z.literal("propose"), round, feeling }),
  z.strictObject({ type: z.literal("dontKnow"), round }),
  z.strictObject({ type: z.literal("pass"), round }),
  // host
  z.strictObject({ type: z.literal("showIdeas"), round }),
  z.strictObject({ type: z.literal("reopen"), round }),
  z.strictObject({ type: z.literal("choose"), round, feeling: feeling.nullable() }),
  z.strictObject({ type: z.literal("reveal"), round }),
  /** Start round n (0-based) with a fresh deal; n === number of rounds is the closing screen. Idempotent. */
  z.strictObject({ type: z.literal("goto"), round }),
  /** "Jeg ser på" / "Bli med igjen": for the whole game, not one round. */
  z.strictObject({ type: z.literal("watch"), on: z.boolean() }),
]);
export type DetectiveAction = z.infer<typeof detectiveActionSchema>;

export type DetectiveProposal = { kind: "feeling"; feeling: FeelingId } | { kind: "dontKnow" } | { kind: "pass" };
export type DetectivePhase = "guessing" | "ideas" | "solved" | "end";

export interface DetectiveState {
  puzzles: readonly DetectivePuzzleId[];
  /** 0..puzzles.length; puzzles.length is the closing screen. */
  round: number;
  phase: DetectivePhase;
  /** This round's deal order: indexes into the puzzle's clues. */
  order: readonly number[];
  /** Clue index per seat, this round. */
  dealt: Readonly<Record<SeatId, number>>;
  proposals: Readonly<Record<SeatId, DetectiveProposal>>;
  /** The answer the group agreed on, set by the host. */
  groupAnswer: FeelingId | null;
  /**
   * Frozen when shown, so a tablet removed afterwards cannot change what the screen shows (and so
   * tell the room what that child proposed or held): the proposal counts per feeling at "show
   * ideas" (no seat ids), and the clue indexes the group held at the reveal.
   */
  shownIdeas: Readonly<Record<string, number>> | null;
  shownClues: readonly number[] | null;
  /** Server-private: tablets that chose "Jeg ser på". Absent in a state from before it existed. */
  watching?: Watching;
}

export interface DetectiveClueView {
  kind: ClueKind;
  text: string;
  /** The drawn face, for face clues only. */
  face: FaceShape | null;
}

export type DetectiveScreenView =
  | { phase: "guessing"; round: number; rounds: number; groupAnswer: FeelingId | null }
  | { phase: "ideas"; round: number; rounds: number; ideas: WordPicture; groupAnswer: FeelingId | null }
  | { phase: "solved"; round: number; rounds: number; feeling: FeelingId; groupAnswer: FeelingId | null; clues: DetectiveClueView[] }
  | { phase: "end"; rounds: number };

export type DetectiveSeatView =
  | { phase: "guessing" | "ideas"; round: number; rounds: number; clue: DetectiveClueView; mine: DetectiveProposal | null; watching: boolean }
  /** Solved: the answer, and no longer the seat's own proposal (no individual success). */
  | { phase: "solved"; round: number; rounds: number; clue: DetectiveClueView; feeling: FeelingId; watching: boolean }
  | { phase: "end"; rounds: number; watching: boolean };

export interface DetectiveHostView {
  phase: DetectivePhase;
  round: number;
  rounds: number;
  /** The hidden feeling (host only); null on the closing screen. */
  feeling: FeelingId | null;
  groupAnswer: FeelingId | null;
  /** Exactly what the screen shows in the ideas phase. */
  ideas: WordPicture;
  /** Leader's eyes only: each seat's clue and proposal. */
  rows: { seatId: SeatId; clue: DetectiveClueView; proposal: DetectiveProposal | null }[];
  /** How many tablets watch right now. */
  watchers: number;
}

// ---------- dealing ----------

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Clue indexes in deal order: kinds interleaved (kind order random), each kind shuffled. */
export function dealOrder(puzzle: DetectivePuzzle, random: () => number): number[] {
  const byKind = new Map<ClueKind, number[]>();
  puzzle.clues.forEach((clue, i) => byKind.set(clue.kind, [...(byKind.get(clue.kind) ?? []), i]));
  const kinds = shuffled([...byKind.keys()], random);
  const piles = kinds.map((k) => shuffled(byKind.get(k) ?? [], random));
  const order: number[] = [];
  for (let i = 0; order.length < puzzle.clues.length; i++) for (const pile of piles) if (i < pile.length) order.push(pile[i]);
  return order;
}

/** Give every seat without a clue the least-used clue (ties: earliest in deal order). Pure. */
function dealTo(state: DetectiveState, seats: readonly SeatId[]): Readonly<Record<SeatId, number>> {
  if (state.order.length === 0) return state.dealt;
  let dealt: Record<SeatId, number> | null = null;
  const uses = new Map<number, number>();
  for (const [seatId, i] of Object.entries(state.dealt)) if (!isWatching(state.watching, seatId)) uses.set(i, (uses.get(i) ?? 0) + 1);
  for (const seatId of seats) {
    if (Object.prototype.hasOwnProperty.call(dealt ?? state.dealt, seatId)) continue;
    let best = state.order[0];
    let bestUses = Number.POSITIVE_INFINITY;
    for (const i of state.order) {
      const u = uses.get(i) ?? 0;
      if (u < bestUses) {
        best = i;
        bestUses = u;
      }
    }
    dealt = { ...(dealt ?? state.dealt), [seatId]: best };
    uses.set(best, bestUses + 1);
  }
  return dealt ?? state.dealt;
}

function withDeal(state: DetectiveState, ctx: RoomCtx): DetectiveState {
  const dealt = dealTo(state, ctx.seats);
  return dealt === state.dealt ? state : { ...state, dealt };
}

function puzzleOf(state: DetectiveState): DetectivePuzzle | null {
  const id = state.puzzles[state.round];
  return id === undefined ? null : (findDetectivePuzzle(id) ?? null);
}

function startRound(state: DetectiveState, roundIndex: number, ctx: RoomCtx): DetectiveState {
  const base = { ...state, round: roundIndex, dealt: {}, proposals: {}, groupAnswer: null, shownIdeas: null, shownClues: null };
  const id = state.puzzles[roundIndex];
  const puzzle = id === undefined ? undefined : findDetectivePuzzle(id);
  if (!puzzle) return { ...base, phase: "end", order: [] };
  return withDeal({ ...base, phase: "guessing", order: dealOrder(puzzle, ctx.random) }, ctx);
}

// ---------- views ----------

function localText(text: { nb: string; nn: string; en?: string }, language: Language): string {
  return language === "nn" ? text.nn : language === "en" ? (text.en ?? text.nb) : text.nb;
}

function clueView(puzzle: DetectivePuzzle, index: number, language: Language): DetectiveClueView {
  const clue = puzzle.clues[index] ?? puzzle.clues[0];
  return { kind: clue.kind, text: localText(clue.text, language), face: clue.kind === "face" ? puzzle.face : null };
}

function proposalCounts(state: DetectiveState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of Object.values(state.proposals)) if (p.kind === "feeling") counts[p.feeling] = (counts[p.feeling] ?? 0) + 1;
  return counts;
}

function ideasOf(state: DetectiveState, ctx: RoomCtx): WordPicture {
  return wordPicture(state.shownIdeas ?? proposalCounts(state), { k: ctx.k, words: FEELING_IDS, minPerWord: ctx.k });
}

/** The clues the group held, in the puzzle's own order: nothing ties a clue to a tablet. */
function heldClues(state: DetectiveState): number[] {
  return [...new Set(Object.values(state.dealt))].sort((a, b) => a - b);
}

// ---------- the kind ----------

export const detective: ActivityKind<
  DetectiveConfig,
  DetectiveState,
  DetectiveAction,
  { host: DetectiveHostView; screen: DetectiveScreenView; seat: DetectiveSeatView }
> = {
  kind: "detective",
  config: detectiveConfigSchema,
  action: detectiveActionSchema,

  init(config, ctx) {
    const puzzles = config.puzzles ?? shuffled(DETECTIVE_PUZZLE_IDS, ctx.random).slice(0, config.rounds);
    const empty: DetectiveState = { puzzles, round: 0, phase: "guessing", order: [], dealt: {}, proposals: {}, groupAnswer: null, shownIdeas: null, shownClues: null };
    return startRound(empty, 0, ctx);
  },

  reduce(before, action, actor, ctx) {
    const state = withDeal(before, ctx);
    if (action.type === "watch") {
      const watching = setWatching(state.watching, actor, action.on);
      if (isRejection(watching)) return watching;
      if (watching === (state.watching ?? {})) return state;
      const proposals = { ...state.proposals };
      if (action.on && actor.role === "seat") delete proposals[actor.seatId];
      // Proposals are closed after "show ideas": what the screen shows is frozen (shownIdeas).
      return { ...state, watching, proposals };
    }
    if (action.type === "goto") {
      if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can change the round.");
      if (action.round > state.puzzles.length) return reject("INVALID", "There is no such round.");
      return action.round === state.round ? state : startRound(state, action.round, ctx);
    }
    if (state.phase === "end" || action.round !== state.round) return reject("STALE", "That round is over.");
    switch (action.type) {
      case "propose":
      case "dontKnow":
      case "pass": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can propose a feeling.");
        if (state.phase !== "guessing") return reject("STALE", "The ideas are shown; proposals are closed.");
        if (isWatching(state.watching, actor.seatId)) return reject("NOT_ALLOWED", "This tablet is watching; choose \"Bli med igjen\" first.");
        const proposal: DetectiveProposal = action.type === "propose" ? { kind: "feeling", feeling: action.feeling } : { kind: action.type };
        const prior = state.proposals[actor.seatId];
        if (prior && JSON.stringify(prior) === JSON.stringify(proposal)) return state;
        return { ...state, proposals: { ...state.proposals, [actor.seatId]: proposal } };
      }
      case "showIdeas":
      case "reopen": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can show the ideas.");
        if (state.phase === "solved") return reject("NOT_ALLOWED", "This round is solved.");
        if (action.type === "showIdeas") return state.phase === "ideas" ? state : { ...state, phase: "ideas", shownIdeas: proposalCounts(state) };
        return state.phase === "guessing" ? state : { ...state, phase: "guessing", shownIdeas: null };
      }
      case "choose": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can set the group's answer.");
        if (state.phase === "solved") return reject("NOT_ALLOWED", "This round is solved.");
        return state.groupAnswer === action.feeling ? state : { ...state, groupAnswer: action.feeling };
      }
      case "reveal": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can reveal the feeling.");
        return state.phase === "solved" ? state : { ...state, phase: "solved", shownClues: heldClues(state) };
      }
    }
  },

  forgetSeat(state, seatId) {
    const hasClue = Object.prototype.hasOwnProperty.call(state.dealt, seatId);
    const hasProposal = Object.prototype.hasOwnProperty.call(state.proposals, seatId);
    const watched = isWatching(state.watching, seatId);
    if (!hasClue && !hasProposal && !watched) return state;
    const dealt = { ...state.dealt };
    const proposals = { ...state.proposals };
    delete dealt[seatId];
    delete proposals[seatId];
    // `shownIdeas` and `shownClues` stay as they were (see DetectiveState).
    return { ...state, dealt, proposals, ...(watched ? { watching: forgetWatcher(state.watching, seatId) } : {}) };
  },

  view: {
    host(before, ctx) {
      const state = withDeal(before, ctx);
      const puzzle = puzzleOf(state);
      const rounds = state.puzzles.length;
      const ideas = ideasOf(state, ctx);
      const watchers = watchersOf(state.watching, ctx);
      if (!puzzle || state.phase === "end") return { phase: "end", round: state.round, rounds, feeling: null, groupAnswer: null, ideas, rows: [], watchers };
      return {
        phase: state.phase,
        round: state.round,
        rounds,
        feeling: puzzle.feeling,
        groupAnswer: state.groupAnswer,
        ideas,
        rows: ctx.seats.map((seatId) => ({
          seatId,
          clue: clueView(puzzle, state.dealt[seatId], ctx.language),
          proposal: state.proposals[seatId] ?? null,
        })),
        watchers,
      };
    },

    screen(before, ctx) {
      const state = withDeal(before, ctx);
      const puzzle = puzzleOf(state);
      const rounds = state.puzzles.length;
      if (!puzzle || state.phase === "end") return { phase: "end", rounds };
      const base = { round: state.round, rounds, groupAnswer: state.groupAnswer };
      if (state.phase === "guessing") return { phase: "guessing", ...base };
      if (state.phase === "ideas") return { phase: "ideas", ...base, ideas: ideasOf(state, ctx) };
      const used = state.shownClues ?? heldClues(state);
      return { phase: "solved", ...base, feeling: puzzle.feeling, clues: used.map((i) => clueView(puzzle, i, ctx.language)) };
    },

    seat(before, seatId, ctx) {
      let state = withDeal(before, ctx);
      if (!Object.prototype.hasOwnProperty.call(state.dealt, seatId)) state = { ...state, dealt: dealTo(state, [...ctx.seats, seatId]) };
      const puzzle = puzzleOf(state);
      const rounds = state.puzzles.length;
      const watching = isWatching(state.watching, seatId);
      if (!puzzle || state.phase === "end") return { phase: "end", rounds, watching };
      const clue = clueView(puzzle, state.dealt[seatId], ctx.language);
      if (state.phase === "solved") return { phase: "solved", round: state.round, rounds, clue, feeling: puzzle.feeling, watching };
      return { phase: state.phase, round: state.round, rounds, clue, mine: state.proposals[seatId] ?? null, watching };
    },
  },
};
