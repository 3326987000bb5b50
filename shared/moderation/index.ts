/**
 * Building blocks shared by the moderated activities (question box, word
 * cloud): text cleaning and its zod schemas, item ids, the per-seat rate limit,
 * queue order and the seeded display order. Pure; no I/O, no clock, no
 * Math.random: time and chance come from the RoomCtx.
 *
 * Product rule 1: nothing a child types reaches the projector unless a leader
 * approves it. These helpers never publish; each kind decides what its screen
 * view shows, and only approved items pass.
 */
import { z } from "zod";
import type { Flag } from "../safeguarding/index.js";
import type { SeatId } from "../room/types.js";

// ---------- text ----------

/**
 * Characters a child's text may never hold: C0/C1 controls (tab and line
 * breaks excepted; they become spaces) and the bidirectional overrides that
 * can make a text display differently from what it says.
 */
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** NFC, any run of whitespace (tabs, line breaks) to one space, trimmed. */
export function cleanText(raw: string): string {
  return raw.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Length as a child counts it: code points, so an emoji is one. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function hasForbiddenChars(raw: string): boolean {
  return FORBIDDEN_CHARS.test(raw);
}

/**
 * A zod schema for free text: refuses control characters, cleans, then checks
 * the length after trimming. `min: 0` allows an empty text (a starter without
 * a completion). Raw input is capped well above `max` so a huge string is
 * refused before any work is done on it.
 */
export function freeText(opts: { max: number; min?: number; label?: string }) {
  const label = opts.label ?? "Text";
  const min = opts.min ?? 1;
  return z
    .string()
    .max(opts.max * 4, `${label} is too long (at most ${opts.max} characters).`)
    .refine((raw) => !hasForbiddenChars(raw), `${label} may not contain control characters.`)
    .transform(cleanText)
    .refine((text) => textLength(text) >= min, min === 1 ? `${label} is empty.` : `${label} is too short.`)
    .refine((text) => textLength(text) <= opts.max, `${label} is too long (at most ${opts.max} characters).`);
}

/** Item ids as they appear on the wire: short, opaque and random (never a serial that tells order). */
export const itemId = z.string().min(4).max(24).regex(/^[a-z0-9]+$/);

// ---------- ids ----------

/**
 * A random id from the room's seeded source. Random, not serial: an id seen on
 * the screen must not tell in which order items were sent.
 */
export function newItemId(random: () => number, taken: (id: string) => boolean): string {
  for (;;) {
    const n = Math.floor(random() * 36 ** 8);
    const id = `i${n.toString(36).padStart(8, "0")}`;
    if (!taken(id)) return id;
  }
}

// ---------- per-seat rate limit ----------

export interface RatePolicy {
  /** How many may be sent at once. */
  burst: number;
  /** One more may be sent each interval. */
  intervalMs: number;
}

/** A token bucket kept in activity state, so the limit survives reconnects and is replayable. */
export interface RateBucket {
  tokens: number;
  at: number;
}

/** Take one token at `now`; null when the seat must wait. Nothing else changes on refusal. */
export function takeToken(bucket: RateBucket | undefined, now: number, policy: RatePolicy): RateBucket | null {
  const start = bucket ?? { tokens: policy.burst, at: now };
  const elapsed = Math.max(0, now - start.at);
  const tokens = Math.min(policy.burst, start.tokens + elapsed / policy.intervalMs);
  if (tokens < 1) return null;
  return { tokens: tokens - 1, at: Math.max(now, start.at) };
}

// ---------- ordering ----------

/** The host's queue: flagged first, then oldest first (ties by id, so the order is total). */
export function queueOrder<T extends { flag: Flag | null; submittedAt: number; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const fa = a.flag ? 0 : 1;
    const fb = b.flag ? 0 : 1;
    if (fa !== fb) return fa - fb;
    if (a.submittedAt !== b.submittedAt) return a.submittedAt - b.submittedAt;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** FNV-1a over seed and key: a stable pseudo-random rank, so a view needs no random source. */
export function seededRank(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  const s = `${seed}:${key}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * How the projector orders what it shows: a seeded shuffle (the default; never
 * the order things were sent in) or the host's own order.
 */
export type DisplayOrder = { mode: "shuffle"; seed: number } | { mode: "host"; seed: number; ids: readonly string[] };

export function newSeed(random: () => number): number {
  return Math.floor(random() * 2 ** 31);
}

/** Sort by the display order; items the host has not placed follow in seeded order. */
export function inDisplayOrder<T>(items: readonly T[], order: DisplayOrder, keyOf: (item: T) => string): T[] {
  const placed = order.mode === "host" ? new Map(order.ids.map((id, i) => [id, i])) : new Map<string, number>();
  return [...items]
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => {
      const pa = placed.get(a.key);
      const pb = placed.get(b.key);
      if (pa !== undefined || pb !== undefined) {
        if (pa === undefined) return 1;
        if (pb === undefined) return -1;
        return pa - pb;
      }
      const ra = seededRank(order.seed, a.key);
      const rb = seededRank(order.seed, b.key);
      return ra !== rb ? ra - rb : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    })
    .map((x) => x.item);
}

// ---------- seats ----------

/** An array of seats without one seat (the same array when it was not there). */
export function withoutSeat(seats: readonly SeatId[], seatId: SeatId): readonly SeatId[] {
  return seats.includes(seatId) ? seats.filter((s) => s !== seatId) : seats;
}

/** A record without one key (the same record when the key was not there). */
export function withoutKey<V>(record: Readonly<Record<string, V>>, key: string): Readonly<Record<string, V>> {
  if (!Object.prototype.hasOwnProperty.call(record, key)) return record;
  const next = { ...record };
  delete next[key];
  return next;
}
