/**
 * Orders: the host's queue (by the flag's severity, then oldest) and the projector's display order
 * (a seeded shuffle or the host's own order; never the order things were sent in).
 */
import { compareBySeverity, type Flag } from "../safeguarding/index.js";

/**
 * The host's queue: flagged items by severity (high, medium, low; the order lives in content),
 * then the most urgent category, then oldest first; unflagged after them, oldest first; ties by id,
 * so the order is total.
 */
export function queueOrder<T extends { flag: Flag | null; submittedAt: number; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareBySeverity);
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
