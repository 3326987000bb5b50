/**
 * The order a leader reads flagged items in: by the flag's severity (high,
 * medium, low; content: shared/content/flag-categories.ts), then by the most
 * urgent category, then oldest first, then by id so the order is total.
 * Unflagged items come after every flagged one. Pure: the queue views sort
 * with it; it never changes an item.
 */
import { FLAG_CATEGORIES, FLAG_SEVERITIES, type FlagCategory, type FlagSeverity } from "../content/flag-categories.js";

export interface RankedFlag {
  severity: FlagSeverity;
  categories: readonly FlagCategory[];
}

export interface Sortable {
  flag: RankedFlag | null;
  submittedAt: number;
  id: string;
}

/** 0 for the most urgent; unflagged last. */
export function flagRank(flag: RankedFlag | null): number {
  if (!flag) return FLAG_SEVERITIES.length * FLAG_CATEGORIES.length;
  const severity = FLAG_SEVERITIES.indexOf(flag.severity);
  const category = flag.categories.length > 0 ? FLAG_CATEGORIES.indexOf(flag.categories[0]) : FLAG_CATEGORIES.length - 1;
  return severity * FLAG_CATEGORIES.length + category;
}

/** Compare two queue items: severity, then category, then age, then id. */
export function compareBySeverity(a: Sortable, b: Sortable): number {
  const r = flagRank(a.flag) - flagRank(b.flag);
  if (r !== 0) return r;
  if (a.submittedAt !== b.submittedAt) return a.submittedAt - b.submittedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A sorted copy. */
export function bySeverity<T extends Sortable>(items: readonly T[]): T[] {
  return [...items].sort(compareBySeverity);
}
