/**
 * What may be kept of a group tally after the room ends (docs/privacy.md, "Kept group results";
 * docs/rules.md, "Kept results are k-safe group pictures"). The same rules as the projector, because they are the projector's:
 * the tally goes through `groupPicture`, so nothing is kept until at least k children answered
 * (passes never count), no amount between 1 and k−1 is kept (small bins merge into their family,
 * then "other", and a remainder under k is the word "noen"), a unanimous sensitive answer is the
 * word "mange", and no total, pass count or seat is ever part of it. Pure.
 */
import { groupPicture, safeK, type DisclosureOptions, type PictureItem } from "./index.js";

/** One kept amount: a count of at least k, or a word, never both. */
export interface KeptItem {
  /** A bin id, a family (group) id, or "other". */
  id: string;
  level: PictureItem["level"];
  n: number | null;
  word: "some" | "many" | null;
}

export interface TallyInput extends Omit<DisclosureOptions, "k"> {
  counts: Readonly<Record<string, number>>;
}

/**
 * The k-safe distribution of one tally, or null when nothing may be kept (fewer than k answers,
 * or a k that is not a number). Every count in the result is at least `safeK(k)`.
 */
export function keptDistribution(tally: TallyInput, kSetting: number): KeptItem[] | null {
  const k = safeK(kSetting);
  if (!Number.isFinite(k)) return null;
  const picture = groupPicture(tally.counts, { k, bins: tally.bins, groups: tally.groups });
  if (picture.status === "hidden" || picture.items.length === 0) return null;
  return picture.items.map((item): KeptItem => {
    if (item.amount.kind === "word") return { id: item.id, level: item.level, n: null, word: item.amount.word };
    // groupPicture never gives a count under k; should it ever, the word keeps it k-safe.
    return item.amount.n >= k ? { id: item.id, level: item.level, n: item.amount.n, word: null } : { id: item.id, level: item.level, n: null, word: "some" };
  });
}
