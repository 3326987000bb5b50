/**
 * Small-group disclosure control: the one place that decides what a
 * distribution of children's answers may look like on the projector.
 *
 * In a group of six whose leaders know every child, "1 × trist" singles a child
 * out and "6 × trist" tells everyone's answer. So:
 *  - nothing is shown until at least k children answered (passes never count);
 *  - no number between 1 and k-1 is ever shown: small bins are merged into their
 *    group ("tunge følelser"), then into "other", and a remainder under k is a
 *    word ("noen"), never a number; a family whose small bins stay under k while
 *    one of its bins is shown is shown whole instead, so the small ones are not
 *    lost in "other";
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

/**
 * k as every rule here uses it: at least MIN_K, whole, and a k that is not a finite number
 * (NaN, ±Infinity, a bad setting) hides everything rather than showing anything. The one
 * definition of the threshold; no activity computes its own.
 */
export function safeK(k: number): number {
  return Number.isFinite(k) ? Math.max(MIN_K, Math.floor(k)) : Number.POSITIVE_INFINITY;
}

export function groupPicture(counts: Readonly<Record<string, number>>, options: DisclosureOptions): GroupPicture {
  const k = safeK(options.k);
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
  const folded = new Set<string>();
  for (const group of groups) {
    const n = groupPools.get(group.id) ?? 0;
    if (n === 0) continue;
    if (n >= k) {
      shownGroups.push({ id: group.id, level: "group", amount: { kind: "count", n } });
      continue;
    }
    // A family whose small feelings do not reach k on their own, but which has a feeling shown
    // by itself: the family is shown whole ("gode følelser"), so its small feelings are not lost
    // in "other" and a group of six sees a real picture. Its total is at least k.
    const inFamily = shownBins.filter((b) => options.bins.find((bin) => bin.id === b.id)?.group === group.id);
    if (inFamily.length > 0) {
      for (const b of inFamily) folded.add(b.id);
      const total = n + inFamily.reduce((sum, b) => sum + (b.amount.kind === "count" ? b.amount.n : 0), 0);
      shownGroups.push({ id: group.id, level: "group", amount: { kind: "count", n: total } });
    } else otherPool += n;
  }

  const items = [...shownBins.filter((b) => !folded.has(b.id)), ...shownGroups];
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

// ---------------------------------------------------------------------------
// On the projector: relativeAmount (every group picture's screen rendering)
// ---------------------------------------------------------------------------
//
// The projector shows amounts as words and relative sizes, never as numbers: shown counts add
// up to how many answered, and with the number of tablets in the room that tells how many
// passed (docs/privacy.md, "Group pictures on the projector"). Three sizes relative to the largest item, each with a word
// ("noen", "flere", "mange"); a word amount keeps its meaning.

export type RelativeWord = "some" | "several" | "many";
export interface RelativeAmount {
  size: 1 | 2 | 3;
  word: RelativeWord;
}

/** The largest count in a picture (what sizes are relative to); 0 when it has none. */
export function largestCount(items: readonly PictureItem[]): number {
  return items.reduce((max, i) => (i.amount.kind === "count" ? Math.max(max, i.amount.n) : max), 0);
}

export function relativeAmount(amount: Amount, largest: number): RelativeAmount {
  if (amount.kind === "word") return amount.word === "many" ? { size: 3, word: "many" } : { size: 1, word: "some" };
  const share = largest > 0 ? amount.n / largest : 0;
  if (share >= 0.75) return { size: 3, word: "many" };
  if (share >= 0.4) return { size: 2, word: "several" };
  return { size: 1, word: "some" };
}

// ---------------------------------------------------------------------------
// What the projector's view carries: screenPicture / screenQuizPicture
// ---------------------------------------------------------------------------
//
// The screen view is sent to the projector's browser, where anyone can read it; so it carries
// only what the projector shows (docs/privacy.md, "Group pictures on the projector"): per item a
// relative size and its word, computed here, never the count it came from. A count of k or
// more is safe to show by itself, but the counts of a picture add up to how many answered.

export interface ScreenAmount extends RelativeAmount {
  kind: "relative";
}
export interface ScreenPictureItem {
  id: string;
  level: PictureItem["level"];
  amount: ScreenAmount;
}
export type ScreenPicture = { status: "hidden"; reason: "too-few" } | { status: "shown"; items: ScreenPictureItem[] };

export function screenPicture(picture: GroupPicture): ScreenPicture {
  if (picture.status === "hidden") return { status: "hidden", reason: picture.reason };
  const largest = largestCount(picture.items);
  return {
    status: "shown",
    items: picture.items.map((item) => ({ id: item.id, level: item.level, amount: { kind: "relative", ...relativeAmount(item.amount, largest) } })),
  };
}

// ---------------------------------------------------------------------------
// Quiz cards: quizPicture (used by the "quiz" activity)
// ---------------------------------------------------------------------------
//
// A quiz card's answers are a distribution over its 2–4 options, so the
// picture is groupPicture over the options, plus the rules a quiz needs:
//  - Pass and "vet ikke" (don't know) are never counted, never shown and never
//    help reach k. Decision: "vet ikke" is treated exactly like pass on the
//    projector (docs/rules.md, "Pass is always an answer, in every activity": both are first-class answers and never shown). Only
//    the host sees them, per seat, behind the privacy curtain.
//  - A unanimous WRONG answer is never a number: it becomes the words
//    "mange trodde «…»" ({ status: "many", said: "thought" }). Everyone getting
//    it wrong together is a normal start for a talk, not a result.
//  - On a sensitive card (hard themes: guilt, secrets, home) any unanimous
//    answer, right or wrong, is words only ("mange"), never a count that would
//    tell every child's answer.
//  - When no option reaches k, the answers are "split": words only, no number
//    and no option named.
//  - Otherwise bins under k merge into "other" (a number only when that pool
//    reaches k, else the word "noen"), exactly as groupPicture does.
//  - Never a total, a pass count, "x of y", who answered or in which order:
//    the input is counts, items follow the card's option order, so the same
//    answers give the same picture whatever order they arrived in.

export interface QuizPictureOptions {
  k: number;
  /** The card's option ids in card order. Any other key in `counts` (pass, don't know) is ignored. */
  options: readonly string[];
  /** The right option's id, or null when the card has no single right answer. */
  correct: string | null;
  /** A hard-theme card: a unanimous answer is never shown as a number, right or wrong. */
  sensitive?: boolean;
}

export type QuizPicture =
  | { status: "hidden"; reason: "too-few" }
  /** k-safe amounts per option (bins under k merged into "other"), from groupPicture. */
  | { status: "shown"; items: PictureItem[] }
  /** No option reached k: "Gruppa svarte forskjellig", no numbers, no option named. */
  | { status: "split" }
  /** Everyone who answered chose this option; shown as words only ("mange trodde …" / "mange svarte …"). */
  | { status: "many"; option: string; said: "thought" | "chose" };

/** A quiz picture as the projector's view carries it: a shown distribution as relative sizes only. */
export type ScreenQuizPicture = Exclude<QuizPicture, { status: "shown" }> | { status: "shown"; items: ScreenPictureItem[] };

export function screenQuizPicture(picture: QuizPicture): ScreenQuizPicture {
  return picture.status === "shown" ? screenPicture(picture) as ScreenQuizPicture : picture;
}

function safeCount(counts: Readonly<Record<string, number>>, id: string): number {
  const n = Object.prototype.hasOwnProperty.call(counts, id) ? counts[id] : 0;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export function quizPicture(counts: Readonly<Record<string, number>>, options: QuizPictureOptions): QuizPicture {
  const k = safeK(options.k);
  const ids = uniqueIds(options.options);
  const only: Record<string, number> = {};
  for (const id of ids) only[id] = safeCount(counts, id);
  const respondents = ids.reduce((sum, id) => sum + only[id], 0);
  if (respondents < k) return { status: "hidden", reason: "too-few" };

  const unanimous = ids.find((id) => only[id] === respondents);
  if (unanimous !== undefined) {
    if (options.correct !== null && unanimous !== options.correct) return { status: "many", option: unanimous, said: "thought" };
    if (options.sensitive) return { status: "many", option: unanimous, said: "chose" };
  }

  const picture = groupPicture(only, { k, bins: ids.map((id) => ({ id })) });
  if (picture.status === "hidden") return picture;
  if (picture.items.every((item) => item.level === "other")) return { status: "split" };
  return picture;
}

// ---------------------------------------------------------------------------
// Proposed words: wordPicture (used by the "detective" activity)
// ---------------------------------------------------------------------------
//
// A word cloud without numbers (docs/rules.md, "Small-group disclosure control"): which words were chosen, never
// how many chose each. Nothing is shown until at least k children chose a word
// (passes and anything not in `words` never count). Words come in the fixed
// order of `words`, never in the order they were chosen. A word chosen by at
// least k children is marked `many` ("mange"); that flag is a threshold, not a
// count. `minPerWord` (default 1) leaves out words chosen by fewer children:
// pass k for every word list on the projector (the detective's ideas too): a
// word only one child proposed would be that child's, even as a guess.

export interface WordPictureOptions {
  k: number;
  words: readonly string[];
  /** Leave out words chosen by fewer children than this (default 1). */
  minPerWord?: number;
}

export type WordPicture =
  | { status: "hidden"; reason: "too-few" }
  | { status: "shown"; words: { id: string; many: boolean }[] };

export function wordPicture(counts: Readonly<Record<string, number>>, options: WordPictureOptions): WordPicture {
  const k = safeK(options.k);
  const ids = uniqueIds(options.words);
  const respondents = ids.reduce((sum, id) => sum + safeCount(counts, id), 0);
  if (respondents < k) return { status: "hidden", reason: "too-few" };
  const min = Math.max(1, Math.floor(Number.isFinite(options.minPerWord) ? (options.minPerWord as number) : 1));
  const words = ids
    .map((id) => ({ id, n: safeCount(counts, id) }))
    .filter((w) => w.n >= min)
    .map((w) => ({ id: w.id, many: w.n >= k }));
  return { status: "shown", words };
}

// ---------------------------------------------------------------------------
// "Me too" on a shown question: meTooPicture (used by the "questionbox" activity)
// ---------------------------------------------------------------------------
//
// How many children said "me too" to one question on the projector: a number only from k, the
// word "some" under k, and "many" when every other child present said it (a count equal to
// everyone would tell each child's answer). The asker and passes never count.

/**
 * `meToo`: children who said "me too"; `others`: the other children present who did not (the
 * asker left out). Null when nobody said it (nothing is shown).
 */
export function meTooPicture(meToo: number, others: number, k: number): Amount | null {
  const n = Number.isFinite(meToo) && meToo > 0 ? Math.floor(meToo) : 0;
  if (n === 0) return null;
  const rest = Number.isFinite(others) && others > 0 ? Math.floor(others) : 0;
  const picture = groupPicture({ metoo: n, rest }, { k, bins: [{ id: "metoo", sensitive: true }, { id: "rest" }] });
  if (picture.status === "hidden") return { kind: "word", word: "some" };
  const bin = picture.items.find((i) => i.id === "metoo" && i.level === "bin");
  if (bin) return bin.amount;
  const unanimous = picture.items.find((i) => i.id === OTHER_ID && i.amount.kind === "word" && i.amount.word === "many");
  return unanimous && rest === 0 ? { kind: "word", word: "many" } : { kind: "word", word: "some" };
}

/** A "me too" amount as the projector's view carries it: a word, never the count (k or more reads "flere"). */
export type ScreenWordAmount = { kind: "word"; word: RelativeWord };

export function screenWords(amount: Amount | null): ScreenWordAmount | null {
  if (amount === null) return null;
  return amount.kind === "count" ? { kind: "word", word: "several" } : { kind: "word", word: amount.word };
}

// ---------------------------------------------------------------------------
// Word sizes in a word cloud: cloudPicture (used by the "wordcloud" activity)
// ---------------------------------------------------------------------------
//
// Hidden until the words come from at least k children. A word is drawn larger only when
// groupPicture would show its count (k or more children chose it: size 2; 2k or more: size 3),
// never because one or two chose it; every other word is size 1. No number is output.

export type CloudSize = 1 | 2 | 3;
export type CloudPicture = { status: "hidden"; reason: "too-few" } | { status: "shown"; sizes: Record<string, CloudSize> };

/** `childrenPerWord`: how many different children chose each word; `children`: how many chose any. */
export function cloudPicture(childrenPerWord: Readonly<Record<string, number>>, children: number, kSetting: number): CloudPicture {
  const k = safeK(kSetting);
  if (!(children >= k)) return { status: "hidden", reason: "too-few" };
  const words = Object.keys(childrenPerWord);
  const picture = groupPicture(childrenPerWord, { k, bins: words.map((id) => ({ id })) });
  const shown = new Map<string, number>();
  if (picture.status === "shown") {
    for (const item of picture.items) if (item.level === "bin" && item.amount.kind === "count") shown.set(item.id, item.amount.n);
  }
  const sizes: Record<string, CloudSize> = {};
  for (const word of words) {
    const n = shown.get(word);
    sizes[word] = n === undefined ? 1 : n >= 2 * k ? 3 : 2;
  }
  return { status: "shown", sizes };
}
