/**
 * Small-group disclosure control: the one place that decides what a
 * distribution of children's answers may look like on the projector.
 *
 * In a group of six whose leaders know every child, "1 × trist" singles a child
 * out and "6 × trist" tells everyone's answer. So:
 *  - nothing is shown until at least k children answered (passes never count);
 *  - no number between 1 and k-1 is ever shown: small bins are merged into their
 *    group ("tunge følelser"), then into "other", and a remainder under k is a
 *    word ("noen"), never a number;
 *  - a unanimous answer that is sensitive is shown as its group with the word
 *    "mange", never as a count equal to everyone;
 *  - the total, the number of passes and the answer order are never output;
 *    items come in the fixed order of the bin list, so equal counts give an
 *    equal picture whatever order the answers arrived in.
 * Pure and dependency-free; every activity's screen view goes through it.
 */

export interface DisclosureBin {
  id: string;
  /** Bins of one group merge into it before falling into "other". */
  group?: string;
  /** A unanimous answer in a sensitive bin is never shown as a count. */
  sensitive?: boolean;
}

export interface DisclosureGroup {
  id: string;
  sensitive?: boolean;
}

export interface DisclosureOptions {
  k: number;
  bins: readonly DisclosureBin[];
  groups?: readonly DisclosureGroup[];
}

export type Amount = { kind: "count"; n: number } | { kind: "word"; word: "some" | "many" };

export interface PictureItem {
  /** A bin id, a group id, or "other". */
  id: string;
  level: "bin" | "group" | "other";
  amount: Amount;
}

export type GroupPicture =
  | { status: "hidden"; reason: "too-few" }
  | { status: "shown"; items: PictureItem[] };

export const OTHER_ID = "other";

/** The smallest k the rules accept; below 2 a count could describe one child. */
export const MIN_K = 2;

export function groupPicture(counts: Readonly<Record<string, number>>, options: DisclosureOptions): GroupPicture {
  const k = Math.max(MIN_K, Math.floor(options.k));
  const groups = options.groups ?? [];
  const countOf = (id: string): number => {
    const n = Object.prototype.hasOwnProperty.call(counts, id) ? counts[id] : 0;
    return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  };

  const respondents = options.bins.reduce((sum, bin) => sum + countOf(bin.id), 0);
  if (respondents < k) return { status: "hidden", reason: "too-few" };

  const shownBins: PictureItem[] = [];
  const groupPools = new Map<string, number>();
  let otherPool = 0;

  for (const bin of options.bins) {
    const n = countOf(bin.id);
    if (n === 0) continue;
    if (n >= k) shownBins.push({ id: bin.id, level: "bin", amount: { kind: "count", n } });
    else if (bin.group !== undefined && groups.some((g) => g.id === bin.group)) {
      groupPools.set(bin.group, (groupPools.get(bin.group) ?? 0) + n);
    } else otherPool += n;
  }

  const shownGroups: PictureItem[] = [];
  for (const group of groups) {
    const n = groupPools.get(group.id) ?? 0;
    if (n === 0) continue;
    if (n >= k) shownGroups.push({ id: group.id, level: "group", amount: { kind: "count", n } });
    else otherPool += n;
  }

  const items = [...shownBins, ...shownGroups];
  if (otherPool >= k) items.push({ id: OTHER_ID, level: "other", amount: { kind: "count", n: otherPool } });
  else if (otherPool > 0) items.push({ id: OTHER_ID, level: "other", amount: { kind: "word", word: "some" } });

  return { status: "shown", items: items.map((item) => guardUnanimity(item, respondents, options)) };
}

/** A sensitive answer everyone gave becomes "many" at group level, so no child's answer is told. */
function guardUnanimity(item: PictureItem, respondents: number, options: DisclosureOptions): PictureItem {
  if (item.amount.kind !== "count" || item.amount.n !== respondents) return item;
  if (item.level === "bin") {
    const bin = options.bins.find((b) => b.id === item.id);
    if (!bin?.sensitive) return item;
    const group = bin.group !== undefined ? bin.group : OTHER_ID;
    return { id: group, level: bin.group !== undefined ? "group" : "other", amount: { kind: "word", word: "many" } };
  }
  if (item.level === "group") {
    const group = options.groups?.find((g) => g.id === item.id);
    if (!group?.sensitive) return item;
    return { ...item, amount: { kind: "word", word: "many" } };
  }
  return item;
}
