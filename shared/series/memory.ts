/**
 * The group's memory: what a series group carries from one meeting to the next
 * (docs/series.md, "The group's memory"; docs/rules.md, "A group's memory is group-level text the leaders chose"). One entry per meeting,
 * each holding group-level things only: how many lamps of the lighthouse were
 * lit, the strengths the leaders named at a celebration, the garden's
 * strengths from its fixed list, words the leader wrote for the group, a
 * leader-approved "Dette har vi lært" list, and the meeting's themes.
 *
 * Nothing in an entry can name a child: there is no field for a seat id or an
 * avatar, strengths are ids of content lists (never a child's words), and every
 * text is the leader's own (typed or confirmed in the console; the console never
 * fills a field from what a child sent). Strict schemas refuse any other key.
 */
import { z } from "zod";
import { GROUP_STRENGTH_IDS } from "../content/group-strengths.js";
import type { Recap } from "../protocol.js";
import { GARDEN_STRENGTH_IDS, type GardenStrengthId } from "../activities/styrkehagen/content.js";
import { GOAL_MAX_LIT } from "../room/goal.js";
import { leaderText } from "./text.js";
import { meetingIdSchema } from "./plan.js";

export const MEMORY_TITLE_MAX = 120;
export const MEMORY_TEXT_MAX = 200;
export const MEMORY_MAX_WORDS = 6;
export const MEMORY_MAX_LEARNED = 10;
export const MEMORY_MAX_THEMES = 6;
/** A group keeps at most this many entries (a series is 10–12 meetings and a few extra). */
export const MEMORY_MAX_ENTRIES = 40;

/** A list without repeats (a repeat is refused, not silently dropped, so the leader sees it). */
function uniqueList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max, `at most ${max} items`)
    .refine((xs) => new Set(xs).size === xs.length, "an item is listed twice")
    .default([]);
}

const memoryText = (max: number) => leaderText(max).min(1, "empty text");

/** One meeting's memory, as the leader saved it. */
export const memoryEntrySchema = z.strictObject({
  /** The meeting's title (from the plan, or the leader's own). */
  title: memoryText(MEMORY_TITLE_MAX),
  /** Lamps of the lighthouse lit in this meeting. */
  lamps: z.number().int().min(0).max(GOAL_MAX_LIT),
  /** Strengths the leaders named at the meeting's celebrations (ids of the group-strength list). */
  strengths: uniqueList(z.enum(GROUP_STRENGTH_IDS), GROUP_STRENGTH_IDS.length),
  /** Strengths the garden grew, from its fixed list (never a child's own words). */
  garden: uniqueList(z.enum(GARDEN_STRENGTH_IDS), GARDEN_STRENGTH_IDS.length),
  /** Words the leader wrote for the group (a celebration's words, the garden put in group words). */
  words: uniqueList(memoryText(MEMORY_TEXT_MAX), MEMORY_MAX_WORDS),
  /** "Dette har vi lært": what the group learned, in the leader's approved wording. */
  learned: uniqueList(memoryText(MEMORY_TEXT_MAX), MEMORY_MAX_LEARNED),
  /** The themes the meeting covered (from the plan, editable). */
  themes: uniqueList(memoryText(MEMORY_TITLE_MAX), MEMORY_MAX_THEMES),
});
export type MemoryEntry = z.output<typeof memoryEntrySchema>;
export type MemoryEntryInput = z.input<typeof memoryEntrySchema>;

/**
 * Which meeting an entry is: the plan meeting's id, or for a group room with no
 * plan meeting, `rom-` and the room's opening time in base 36 (the console's
 * draft carries it: shared/room/views.ts).
 */
export const memoryKeySchema = meetingIdSchema;

export interface MemoryRecord {
  key: string;
  version: number;
  savedAt: number;
  entry: MemoryEntry;
}

/** "Sist gang…" (the wire schema lives in the protocol, which the projector's command checks). */
export { recapSchema, type Recap, type MemoryDraft } from "../protocol.js";

/** The "Sist gang…" of the meeting `currentKey`: the latest other entry, with the series' lamps so far. */
export function recapFrom(records: readonly MemoryRecord[], currentKey: string | null): Recap | null {
  const earlier = records.filter((r) => r.key !== currentKey);
  if (earlier.length === 0) return null;
  const last = earlier.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
  return { ...last.entry, lampsSoFar: earlier.reduce((sum, r) => sum + r.entry.lamps, 0) };
}

/** The themes covered so far in the series, in the order they were first covered. */
export function themesCovered(records: readonly MemoryRecord[]): string[] {
  const seen: string[] = [];
  for (const r of [...records].sort((a, b) => a.savedAt - b.savedAt)) for (const t of r.entry.themes) if (!seen.includes(t)) seen.push(t);
  return seen;
}

export const isGardenStrength = (id: string): id is GardenStrengthId => (GARDEN_STRENGTH_IDS as readonly string[]).includes(id);
