/**
 * Styrkehagen (the strength garden): each child picks from a list a strength
 * they saw in the group today ("hjelpsom", "modig", "morsom", "god til å
 * lytte" …); each pick grows a flower on the projector, with no names. The
 * garden only grows: nothing is ever taken out of it. When the room allows it,
 * a child may also write a strength in their own words; that text goes to the
 * leader's queue first (with advisory concern flags) and blooms only if the
 * leader approves it, possibly rephrased (docs/rules.md, "Nothing a child types reaches the projector unless a leader approves it"). The bloom
 * follows who takes part: a tablet that chooses "Jeg ser på" or leaves never
 * keeps the garden from blooming ("Watching is a first-class way to take part").
 */
import { z } from "zod";
import { bySeverity, flagText, type Flag } from "../../safeguarding/index.js";
import { checkApproval, confirmFlagSchema } from "../../moderation/approval.js";
import type { SeatId } from "../../room/types.js";
import { initialRound, reduceRound, roundView, type RoundState, type RoundView } from "../../games/round.js";
import { gameHostActions, gameWatchAction } from "../../games/actions.js";
import { forgetWatcher, isWatching, setWatching, takingPartNow, watchersOf, type Watching } from "../../games/watching.js";
import { isRejection, reject, type ActivityKind, type RoomCtx } from "../types.js";

import { GARDEN_STRENGTH_IDS, GARDEN_TEXT_MAX, type GardenStrengthId } from "./content.js";
export { GARDEN_STRENGTH_IDS, GARDEN_TEXT_MAX, type GardenStrengthId } from "./content.js";

/**
 * The garden blooms (a lamp on the shared goal) at this many flowers, or one per tablet taking
 * part if more, and never at more than the tablets taking part can plant.
 */
export const MIN_BLOOM = 5;
/** A garden this big is full; more picks are thanked but do not add flowers. */
export const MAX_FLOWERS = 150;
const MAX_QUEUE = 60;

export const styrkehagenConfigSchema = z
  .strictObject({
    /** Let children write a strength in their own words (moderated by the leader first). */
    allowText: z.boolean().default(false),
    /** How many flowers one tablet may plant. */
    perSeat: z.number().int().min(1).max(5).default(3),
  })
  .default({ allowText: false, perSeat: 3 });
export type StyrkehagenConfig = z.output<typeof styrkehagenConfigSchema>;

/** Free text from a child: no control characters, trimmed, at most GARDEN_TEXT_MAX characters. */
export const gardenText = z
  .string()
  .max(GARDEN_TEXT_MAX * 4)
  .refine((s) => !/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/u.test(s.replace(/[\t\n\r]/g, " ")), "No control characters.")
  .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
  .refine((s) => s.length >= 1, "The text is empty.")
  .refine((s) => [...s].length <= GARDEN_TEXT_MAX, `At most ${GARDEN_TEXT_MAX} characters.`);

const itemId = z.string().min(2).max(16).regex(/^[a-z0-9]+$/);
export const styrkehagenActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("plant"), strength: z.enum(GARDEN_STRENGTH_IDS) }),
  z.strictObject({ type: z.literal("write"), text: gardenText }),
  /** A flagged text needs a rephrase or `confirmFlag` naming its flag (shared/moderation/approval.ts). */
  z.strictObject({ type: z.literal("approve"), id: itemId, text: gardenText.optional(), confirmFlag: confirmFlagSchema.optional() }),
  z.strictObject({ type: z.literal("discard"), id: itemId }),
  gameWatchAction,
  ...gameHostActions,
]);
export type StyrkehagenAction = z.infer<typeof styrkehagenActionSchema>;

export interface Flower {
  id: string;
  /** A strength from the list, or null for a leader-approved text. */
  strength: GardenStrengthId | null;
  text: string | null;
  /** Where it grows, 0…1 across and 0…1 down the bed; seeded, so the order of picks never shows. */
  x: number;
  y: number;
  /** Which flower shape (0–4). */
  kind: number;
}

interface QueueItem {
  id: string;
  seatId: SeatId;
  text: string;
  flag: Flag | null;
  /** When the child wrote it (server clock), for the leader's safeguarding list. */
  at: number;
}

export interface StyrkehagenState {
  config: StyrkehagenConfig;
  round: RoundState;
  flowers: readonly Flower[];
  /** Server-private: how many flowers each tablet planted (for the per-tablet limit) and what. */
  planted: Readonly<Record<SeatId, readonly (GardenStrengthId | "text")[]>>;
  queue: readonly QueueItem[];
  bloomed: boolean;
  /** Server-private: tablets that chose "Jeg ser på". Absent in a state from before it existed. */
  watching?: Watching;
}

export type FlowerView = Omit<Flower, never>;
export interface StyrkehagenScreenView extends RoundView {
  /** Sorted by position, never by when they were planted. */
  flowers: FlowerView[];
  bloomed: boolean;
}
export interface StyrkehagenHostView extends StyrkehagenScreenView {
  allowText: boolean;
  /** Flowers the garden needs to bloom, for the tablets taking part now. */
  bloomAt: number;
  count: number;
  /** How many tablets watch right now (never who). */
  watchers: number;
  /** Leader's eyes only: texts waiting for approval, flagged first, with the tablet they came from. */
  queue: { id: string; seatId: SeatId; text: string; flag: Flag | null }[];
}
export interface StyrkehagenSeatView extends RoundView {
  allowText: boolean;
  perSeat: number;
  /** What this tablet planted (a text shows as "text", not its words, until approved). */
  mine: (GardenStrengthId | "text")[];
  /** This tablet's texts still waiting for a leader. */
  waiting: number;
  bloomed: boolean;
  /** This tablet chose "Jeg ser på". */
  watching: boolean;
}

/** A short random id, unique among `taken` (a counter settles a clash); never a serial that tells order. */
/** Flower and queue ids come from `ctx.newId` (never the seeded stream; docs/rules.md, "Ids of what children send are not replayable"). */
function newId(fresh: () => string, prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  let id = `${prefix}${fresh()}`;
  while (used.has(id)) id = `${prefix}${fresh()}`;
  return id;
}

/** Flowers to bloom for the n tablets taking part and connected now: max(MIN_BLOOM, n), but no more than they can plant. */
export function bloomTarget(state: StyrkehagenState, ctx: RoomCtx): number {
  const n = Math.max(1, takingPartNow(ctx, state.watching).length);
  return Math.min(Math.max(MIN_BLOOM, n), n * state.config.perSeat, MAX_FLOWERS);
}

/** Bloom once the garden is big enough for the group taking part now (it never un-blooms). */
function checkBloom(state: StyrkehagenState, ctx: RoomCtx): StyrkehagenState {
  return !state.bloomed && state.flowers.length >= bloomTarget(state, ctx) ? { ...state, bloomed: true } : state;
}

function grow(state: StyrkehagenState, flower: Omit<Flower, "x" | "y" | "kind" | "id">, ctx: RoomCtx): StyrkehagenState {
  const random = ctx.random;
  if (state.flowers.length >= MAX_FLOWERS) return state;
  const flowers = [
    ...state.flowers,
    { ...flower, id: newId(ctx.newId, "f", state.flowers), x: Math.round(random() * 1000) / 1000, y: Math.round(random() * 1000) / 1000, kind: Math.min(4, Math.floor(random() * 5)) },
  ];
  return checkBloom({ ...state, flowers }, ctx);
}

function screenOf(state: StyrkehagenState): StyrkehagenScreenView {
  return {
    ...roundView(state.round),
    flowers: [...state.flowers].sort((a, b) => a.x - b.x || a.y - b.y || a.id.localeCompare(b.id)),
    bloomed: state.bloomed,
  };
}

export const styrkehagen: ActivityKind<
  StyrkehagenConfig,
  StyrkehagenState,
  StyrkehagenAction,
  { host: StyrkehagenHostView; screen: StyrkehagenScreenView; seat: StyrkehagenSeatView }
> = {
  kind: "styrkehagen",
  config: styrkehagenConfigSchema,
  action: styrkehagenActionSchema,

  init(config, ctx) {
    return {
      config,
      round: initialRound(),
      flowers: [],
      planted: {},
      queue: [],
      bloomed: false,
      watching: {},
    };
  },

  reduce(state, action, actor, ctx) {
    switch (action.type) {
      case "plant":
      case "write": {
        if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet plants.");
        if (state.round.phase === "paused") return reject("NOT_ALLOWED", "The garden is resting for a moment.");
        if (isWatching(state.watching, actor.seatId)) return reject("NOT_ALLOWED", "This tablet is watching; choose \"Bli med igjen\" first.");
        const mine = state.planted[actor.seatId] ?? [];
        if (mine.length >= state.config.perSeat) return reject("NOT_ALLOWED", "This tablet has planted all its flowers.");
        if (action.type === "write" && !state.config.allowText) return reject("NOT_ALLOWED", "Writing is off in this garden.");
        if (action.type === "write" && state.queue.length >= MAX_QUEUE) return reject("NOT_ALLOWED", "The leaders have many to read; pick from the list.");
        const planted = { ...state.planted, [actor.seatId]: [...mine, action.type === "plant" ? action.strength : ("text" as const)] };
        if (action.type === "plant") return grow({ ...state, planted }, { strength: action.strength, text: null }, ctx);
        const item: QueueItem = { id: newId(ctx.newId, "q", state.queue), seatId: actor.seatId, text: action.text, flag: flagText(action.text), at: ctx.now };
        return { ...state, planted, queue: [...state.queue, item] };
      }
      case "approve":
      case "discard": {
        if (actor.role !== "host") return reject("FORBIDDEN", "Only a leader moderates the garden.");
        const item = state.queue.find((q) => q.id === action.id);
        if (!item) return reject("STALE", "That text is no longer waiting.");
        const queue = state.queue.filter((q) => q.id !== action.id);
        if (action.type === "discard") {
          // A text the leader set aside gives the tablet its flower back to plant from the list.
          const mine = [...(state.planted[item.seatId] ?? [])];
          const at = mine.lastIndexOf("text");
          if (at >= 0) mine.splice(at, 1);
          return { ...state, queue, planted: { ...state.planted, [item.seatId]: mine } };
        }
        const text = action.text ?? item.text;
        // A flagged text blooms only rephrased, or confirmed by naming its flag.
        const refused = checkApproval(item.flag, item.text, text, action.confirmFlag);
        if (refused) return refused;
        return grow({ ...state, queue }, { strength: null, text }, ctx);
      }
      case "watch": {
        const watching = setWatching(state.watching, actor, action.on);
        if (isRejection(watching)) return watching;
        if (watching === (state.watching ?? {})) return state;
        return checkBloom({ ...state, watching }, ctx);
      }
      case "newRound":
      case "almost":
      case "tryAgain":
        return reject("NOT_ALLOWED", "The garden only grows; it has no rounds.");
      default: {
        const round = reduceRound(state.round, action, actor, { levels: false, rounds: false });
        if ("rejected" in round) return round;
        return round === state.round ? state : { ...state, round };
      }
    }
  },

  seatsChanged(state, ctx) {
    return checkBloom(state, ctx);
  },

  forgetSeat(state, seatId) {
    // Flowers stay (they carry no seat); the seat's waiting texts, its private tally and its watching go.
    const queue = state.queue.filter((q) => q.seatId !== seatId);
    const watched = isWatching(state.watching, seatId);
    if (queue.length === state.queue.length && !Object.prototype.hasOwnProperty.call(state.planted, seatId) && !watched) return state;
    const planted = { ...state.planted };
    delete planted[seatId];
    return { ...state, queue, planted, ...(watched ? { watching: forgetWatcher(state.watching, seatId) } : {}) };
  },

  milestones(state) {
    return state.bloomed ? 1 : 0;
  },

  // The list strengths that grew, for the group's memory; a leader-approved text flower is not
  // one of them (the leader writes the group's own words for the memory in the console).
  keepsakes: {
    ids: GARDEN_STRENGTH_IDS,
    of: (state) => state.flowers.flatMap((f) => (f.strength === null ? [] : [f.strength])),
  },

  attention(state) {
    return state.queue
      .filter((q) => q.flag !== null)
      .map((q) => ({ key: q.id, kind: "flagged" as const, seatId: q.seatId, text: q.text, flag: q.flag, note: null, at: q.at }));
  },

  view: {
    host(state, ctx) {
      // Most serious flag first, then oldest (the order lives in content; see shared/safeguarding/severity.ts).
      const ordered = bySeverity(state.queue.map((q) => ({ ...q, submittedAt: q.at })));
      return {
        ...screenOf(state),
        allowText: state.config.allowText,
        bloomAt: bloomTarget(state, ctx),
        count: state.flowers.length,
        watchers: watchersOf(state.watching, ctx),
        queue: ordered.map((q) => ({ id: q.id, seatId: q.seatId, text: q.text, flag: q.flag })),
      };
    },
    screen: screenOf,
    seat(state, seatId) {
      return {
        ...roundView(state.round),
        allowText: state.config.allowText,
        perSeat: state.config.perSeat,
        mine: [...(state.planted[seatId] ?? [])],
        waiting: state.queue.filter((q) => q.seatId === seatId).length,
        bloomed: state.bloomed,
        watching: isWatching(state.watching, seatId),
      };
    },
  },
};
