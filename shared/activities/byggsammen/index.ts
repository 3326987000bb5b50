/**
 * Bygg sammen (build together): the server deals each tablet its own pieces of
 * a picture (a rainbow) or a tower (a lighthouse). A tablet places its pieces
 * onto the shared picture on the projector; a child who is stuck can hand a
 * piece on ("gi bort"), so no one blocks the group. The picture is finished
 * when every piece is placed, whoever placed it. Tablets that drop off the
 * network (at once, not after their grace period), leave, or choose "Jeg ser
 * på" have their pieces dealt to the others; a tablet that joins late (or comes
 * back) gets some. Until the first piece is placed, the picture is
 * sized for the tablets taking part (docs/rules.md, "Watching is a first-class way to take part"). "Gi bort" goes to
 * the avatar the child picks, or to whoever has fewest ("Handing on is the child's choice").
 *
 * The lighthouse is built from the bottom up at the middle level and harder
 * (a piece waits until the row below is done, so the group has to talk about
 * who has the next one); at the easier levels any order goes. No view says
 * who holds, placed or gave what; the screen shows only the picture.
 */
import { z } from "zod";
import type { AvatarId, SeatId } from "../../room/types.js";
import { ALL_AVATARS } from "../../content/avatars.js";
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
import { forgetWatcher, isWatching, setWatching, takingPart, takingPartNow, watchersOf, type Watching } from "../../games/watching.js";
import { isRejection, reject, type ActivityKind, type RoomCtx } from "../types.js";

export const MOTIFS = ["regnbue", "fyr"] as const;
export type Motif = (typeof MOTIFS)[number];

/** Piece colours; each also has its own pattern on screen so colour is never the only signal. */
export const PIECE_COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "lamp"] as const;
export type PieceColour = (typeof PIECE_COLOURS)[number];
const RAINBOW: readonly PieceColour[] = ["red", "orange", "yellow", "green", "blue", "purple"];

export const byggsammenConfigSchema = z
  .strictObject({ motif: z.enum(MOTIFS).default("regnbue") })
  .default({ motif: "regnbue" });
export type ByggsammenConfig = z.output<typeof byggsammenConfigSchema>;

const pieceId = z.string().min(2).max(12).regex(/^[a-z0-9]+$/);
/** An avatar as the tablet shows it ("fox-blue"); which seat it is, the server looks up. */
const recipient = z.string().min(3).max(40).regex(/^[a-z]+-[a-z]+$/);
export const byggsammenActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("place"), pieceId }),
  /** Without `to`: "til noen som trenger den" (the server picks whoever has fewest pieces). */
  z.strictObject({ type: z.literal("give"), pieceId, to: recipient.optional() }),
  gameWatchAction,
  ...gameHostActions,
]);
export type ByggsammenAction = z.infer<typeof byggsammenActionSchema>;

export interface Piece {
  id: string;
  /** Column and row; row 0 is the bottom of a tower and the outer band of the rainbow. */
  x: number;
  y: number;
  colour: PieceColour;
}

export interface ByggsammenState {
  config: ByggsammenConfig;
  round: RoundState;
  width: number;
  height: number;
  /** In board order (row by row), never in deal or placement order. */
  pieces: readonly Piece[];
  placed: Readonly<Record<string, true>>;
  /** Who holds each unplaced piece; null while it waits to be dealt (no one here yet). Server-private. */
  holder: Readonly<Record<string, SeatId | null>>;
  /** Server-private: tablets that chose "Jeg ser på". Absent in a state from before it existed. */
  watching?: Watching;
}

export interface BoardCell {
  x: number;
  y: number;
  colour: PieceColour;
  placed: boolean;
  /** Could be placed now (shown only with the hint on). */
  next: boolean;
}
export interface ByggsammenScreenView extends RoundView {
  motif: Motif;
  ordered: boolean;
  width: number;
  height: number;
  cells: BoardCell[];
  /** Share of the picture that is finished, 0…1 (the group's, never a tablet's). */
  done: number;
}
export interface ByggsammenHostView extends ByggsammenScreenView {
  successes: number;
  total: number;
  placedCount: number;
  /** Pieces waiting for a tablet (none here yet). */
  undealt: number;
  /** How many tablets watch right now (never who). */
  watchers: number;
}
export interface ByggsammenSeatView extends RoundView {
  motif: Motif;
  ordered: boolean;
  /** The shared picture, exactly as the projector shows it (so a tablet can mark where its pieces go). */
  width: number;
  height: number;
  cells: BoardCell[];
  /** This tablet's own unplaced pieces, in board order. */
  mine: { id: string; x: number; y: number; colour: PieceColour; ready: boolean }[];
  /**
   * The avatars this tablet may give a piece to: here, connected, taking part, not itself; in the
   * avatar list's order (never join order). Nothing about what they hold.
   */
  giveTo: AvatarId[];
  /** This tablet chose "Jeg ser på". */
  watching: boolean;
  /** The whole picture is finished. */
  complete: boolean;
}

/** Pieces per tablet the deal aims for. */
const PER_SEAT = 3;

function layout(motif: Motif, seats: number): { width: number; height: number; cells: { x: number; y: number; colour: PieceColour }[] } {
  const want = Math.max(1, seats) * PER_SEAT;
  if (motif === "regnbue") {
    const width = Math.min(6, Math.max(2, Math.ceil(want / RAINBOW.length)));
    const cells = RAINBOW.flatMap((colour, y) => Array.from({ length: width }, (_, x) => ({ x, y, colour })));
    return { width, height: RAINBOW.length, cells };
  }
  // Lighthouse: three stones wide, red and white bands, the lamp on top.
  const width = 3;
  const height = Math.min(12, Math.max(4, Math.ceil(want / width)));
  const cells: { x: number; y: number; colour: PieceColour }[] = [];
  for (let y = 0; y < height; y++) {
    const colour: PieceColour = y === height - 1 ? "lamp" : y % 2 === 0 ? "red" : "white";
    for (let x = 0; x < width; x++) cells.push({ x, y, colour });
  }
  return { width, height, cells };
}

/** A short random id; on a clash (or a degenerate random source) a counter makes it unique. */
/** Piece ids come from `ctx.newId` (never the seeded stream; docs/rules.md, "Ids of what children send are not replayable"). */
function newId(fresh: () => string, taken: Set<string>): string {
  let id = `p${fresh()}`;
  while (taken.has(id)) id = `p${fresh()}`;
  taken.add(id);
  return id;
}

function isOrdered(state: Pick<ByggsammenState, "config" | "round">): boolean {
  return state.config.motif === "fyr" && state.round.level >= 3;
}

function rowDone(state: ByggsammenState, y: number): boolean {
  return state.pieces.every((p) => p.y !== y || state.placed[p.id]);
}

function ready(state: ByggsammenState, piece: Piece): boolean {
  return !isOrdered(state) || piece.y === 0 || rowDone(state, piece.y - 1);
}

function heldBy(state: ByggsammenState, seatId: SeatId): Piece[] {
  return state.pieces.filter((p) => !state.placed[p.id] && state.holder[p.id] === seatId);
}

/**
 * Deal so everyone present has a part: pieces of seats that left (or were
 * never dealt) go to whoever has fewest; a tablet with none takes one from a
 * tablet that has two or more. Deterministic for the same state and seats.
 */
export function rebalance(state: ByggsammenState, present: readonly SeatId[]): ByggsammenState {
  const here = new Set(present);
  const holder: Record<string, SeatId | null> = { ...state.holder };
  const counts = new Map<SeatId, number>(present.map((s) => [s, 0]));
  const open = state.pieces.filter((p) => !state.placed[p.id]);
  for (const p of open) {
    const h = holder[p.id];
    if (h !== null && h !== undefined && here.has(h)) counts.set(h, counts.get(h)! + 1);
    else holder[p.id] = null;
  }
  const fewest = (except?: SeatId): SeatId | undefined => {
    let best: SeatId | undefined;
    for (const s of present) if (s !== except && (best === undefined || counts.get(s)! < counts.get(best)!)) best = s;
    return best;
  };
  if (present.length > 0) {
    for (const p of open) {
      if (holder[p.id] !== null) continue;
      const to = fewest()!;
      holder[p.id] = to;
      counts.set(to, counts.get(to)! + 1);
    }
    for (const empty of present) {
      if (counts.get(empty)! > 0) continue;
      let richest: SeatId | undefined;
      for (const s of present) if (richest === undefined || counts.get(s)! > counts.get(richest)!) richest = s;
      if (richest === undefined || counts.get(richest)! < 2) break;
      // The richest tablet's last piece in board order: the one it is least likely to be about to place.
      const piece = [...open].reverse().find((p) => holder[p.id] === richest)!;
      holder[piece.id] = empty;
      counts.set(richest, counts.get(richest)! - 1);
      counts.set(empty, 1);
    }
  }
  const same = open.every((p) => holder[p.id] === state.holder[p.id]);
  return same ? state : { ...state, holder };
}

function deal(config: ByggsammenConfig, round: RoundState, ctx: RoomCtx, watching: Watching): ByggsammenState {
  const present = takingPart(ctx, watching);
  const { width, height, cells } = layout(config.motif, present.length);
  const taken = new Set<string>();
  const pieces = cells.map((c) => ({ ...c, id: newId(ctx.newId, taken) }));
  // Deal in a shuffled order so neighbouring pieces go to different tablets.
  const order = pieces.map((p) => p.id);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(ctx.random() * (i + 1)));
    [order[i], order[j]] = [order[j], order[i]];
  }
  // Sized for everyone taking part; dealt to those connected now (the rest get theirs on arrival).
  const here = takingPartNow(ctx, watching);
  const holder: Record<string, SeatId | null> = {};
  const start = here.length > 0 ? Math.min(here.length - 1, Math.floor(ctx.random() * here.length)) : 0;
  order.forEach((id, i) => {
    holder[id] = here.length > 0 ? here[(start + i) % here.length] : null;
  });
  return rebalance({ config, round, width, height, pieces, placed: {}, holder, watching }, here);
}

/**
 * Fit the round to who takes part now. Before the first piece is placed, the picture is resized
 * for the tablets taking part: a piece whose place is still in the picture keeps its id and its
 * holder (only its colour follows the new layout), places that go away take their pieces with
 * them, new places get new pieces; then pieces are dealt to whoever has fewest. After the first
 * piece, only who holds what changes.
 */
function fit(state: ByggsammenState, ctx: RoomCtx): ByggsammenState {
  const part = takingPart(ctx, state.watching);
  // Pieces are held by tablets taking part and connected now: a dropped tablet's pieces go on at
  // once (it gets a piece back when it returns), so no one waits out its grace period.
  const now = takingPartNow(ctx, state.watching);
  const untouched = state.pieces.every((p) => !state.placed[p.id]);
  if (!untouched || part.length === 0 || state.round.phase !== "running") return rebalance(state, now);
  const next = layout(state.config.motif, part.length);
  if (next.cells.length === state.pieces.length && next.width === state.width) return rebalance(state, now);
  const at = new Map(state.pieces.map((p) => [`${p.x}:${p.y}`, p]));
  const taken = new Set(state.pieces.map((p) => p.id));
  const holder: Record<string, SeatId | null> = {};
  const pieces = next.cells.map((c) => {
    const kept = at.get(`${c.x}:${c.y}`);
    if (kept) {
      holder[kept.id] = state.holder[kept.id] ?? null;
      return { ...kept, colour: c.colour };
    }
    const id = newId(ctx.newId, taken);
    holder[id] = null;
    return { ...c, id };
  });
  return rebalance({ ...state, width: next.width, height: next.height, pieces, holder }, now);
}

const AVATAR_ORDER = new Map<string, number>(ALL_AVATARS.map((a, i) => [a, i]));

function giveTargets(state: ByggsammenState, seatId: SeatId, ctx: RoomCtx): AvatarId[] {
  const avatars = ctx.avatars ?? {};
  return takingPartNow(ctx, state.watching)
    .filter((s) => s !== seatId && avatars[s] !== undefined)
    .map((s) => avatars[s])
    .sort((a, b) => (AVATAR_ORDER.get(a) ?? 999) - (AVATAR_ORDER.get(b) ?? 999) || a.localeCompare(b));
}

/** Who gets a piece the giver hands on: the avatar it picked (checked), or whoever has fewest. */
function recipientOf(state: ByggsammenState, giver: SeatId, to: string | undefined, ctx: RoomCtx): SeatId | ReturnType<typeof reject> {
  const here = takingPartNow(ctx, state.watching);
  if (to === undefined) {
    const others = here.filter((s) => s !== giver);
    if (others.length === 0) return reject("NOT_ALLOWED", "There is no other tablet to give it to.");
    // Fewest pieces first; ties go to the next tablet after the giver in the room's order.
    const order = presentSeatsOrder(ctx);
    const from = Math.max(0, order.indexOf(giver));
    const ring = [...order.slice(from + 1), ...order.slice(0, from)].filter((s) => others.includes(s));
    let best = ring[0];
    for (const s of ring) if (heldBy(state, s).length < heldBy(state, best).length) best = s;
    return best;
  }
  const avatars = ctx.avatars ?? {};
  const seat = ctx.seats.find((s) => avatars[s] === to);
  if (seat === undefined) return reject("STALE", "No tablet with that avatar is in the room.");
  if (seat === giver) return reject("INVALID", "A piece cannot be given to the tablet that holds it.");
  if (isWatching(state.watching, seat)) return reject("NOT_ALLOWED", "That tablet is watching this game.");
  if (!here.includes(seat)) return reject("NOT_ALLOWED", "That tablet is not here right now.");
  return seat;
}

function presentSeatsOrder(ctx: RoomCtx): readonly SeatId[] {
  return ctx.present ?? ctx.seats;
}

function screenOf(state: ByggsammenState): ByggsammenScreenView {
  const placedCount = state.pieces.filter((p) => state.placed[p.id]).length;
  return {
    ...roundView(state.round),
    motif: state.config.motif,
    ordered: isOrdered(state),
    width: state.width,
    height: state.height,
    cells: state.pieces.map((p) => ({
      x: p.x,
      y: p.y,
      colour: p.colour,
      placed: state.placed[p.id] === true,
      next: state.round.hint && !state.placed[p.id] && ready(state, p),
    })),
    done: state.pieces.length === 0 ? 0 : Math.floor((placedCount / state.pieces.length) * 1000) / 1000,
  };
}

export const byggsammen: ActivityKind<
  ByggsammenConfig,
  ByggsammenState,
  ByggsammenAction,
  { host: ByggsammenHostView; screen: ByggsammenScreenView; seat: ByggsammenSeatView }
> = {
  kind: "byggsammen",
  config: byggsammenConfigSchema,
  action: byggsammenActionSchema,

  init(config, ctx) {
    return deal(config, initialRound(), ctx, {});
  },

  reduce(state, action, actor, ctx) {
    switch (action.type) {
      case "place":
      case "give": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet holds pieces.");
        const notPlaying = playing(state.round);
        if (notPlaying) return notPlaying;
        const piece = state.pieces.find((p) => p.id === action.pieceId);
        if (!piece || state.placed[piece.id] || state.holder[piece.id] !== actor.seatId) {
          return reject("STALE", "That piece is not on this tablet any more.");
        }
        if (action.type === "give") {
          const to = recipientOf(state, actor.seatId, action.to, ctx);
          if (isRejection(to)) return to;
          return { ...state, holder: { ...state.holder, [piece.id]: to } };
        }
        if (!ready(state, piece)) return reject("NOT_ALLOWED", "That piece waits for the row below.");
        const placed = { ...state.placed, [piece.id]: true as const };
        const holder = { ...state.holder };
        delete holder[piece.id];
        const next = { ...state, placed, holder };
        return state.pieces.every((p) => placed[p.id]) ? { ...next, round: succeed(next.round) } : next;
      }
      case "watch": {
        const watching = setWatching(state.watching, actor, action.on);
        if (isRejection(watching)) return watching;
        if (watching === (state.watching ?? {})) return state;
        return fit({ ...state, watching }, ctx);
      }
      case "newRound": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only the host runs the game.");
        return deal(state.config, nextRound(state.round), ctx, state.watching ?? {});
      }
      default: {
        const round = reduceRound(state.round, action, actor, { levels: true, rounds: true });
        if ("rejected" in round) return round;
        return round === state.round ? state : { ...state, round };
      }
    }
  },

  seatsChanged(state, ctx) {
    return fit(state, ctx);
  },

  forgetSeat(state, seatId, ctx) {
    const base = isWatching(state.watching, seatId) ? { ...state, watching: forgetWatcher(state.watching, seatId) } : state;
    return rebalance(base, takingPartNow(ctx, base.watching).filter((s) => s !== seatId));
  },

  milestones(state) {
    return state.round.successes;
  },

  view: {
    host(state, ctx) {
      const placedCount = state.pieces.filter((p) => state.placed[p.id]).length;
      return {
        ...screenOf(state),
        successes: state.round.successes,
        total: state.pieces.length,
        placedCount,
        undealt: state.pieces.filter((p) => !state.placed[p.id] && state.holder[p.id] === null).length,
        watchers: watchersOf(state.watching, ctx),
      };
    },
    screen: screenOf,
    seat(state, seatId, ctx) {
      const picture = screenOf(state);
      return {
        ...roundView(state.round),
        motif: state.config.motif,
        ordered: isOrdered(state),
        width: picture.width,
        height: picture.height,
        cells: picture.cells,
        mine: heldBy(state, seatId).map((p) => ({ id: p.id, x: p.x, y: p.y, colour: p.colour, ready: ready(state, p) })),
        giveTo: isWatching(state.watching, seatId) ? [] : giveTargets(state, seatId, ctx),
        watching: isWatching(state.watching, seatId),
        complete: state.pieces.every((p) => state.placed[p.id]),
      };
    },
  },
};
