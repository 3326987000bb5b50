/**
 * Concern flagging for free text from children. Advisory only: a flag raises
 * an item in the leader's queue and suggests what to do. It never publishes,
 * hides, deletes or changes what the child sees; callers must not use it for
 * anything else. The words live in shared/content/flag-phrases.ts.
 */
import {
  CATEGORY_ACTION,
  FLAG_CATEGORIES,
  FLAG_PHRASES,
  type FlagCategory,
  type FlagPhraseGroup,
  type SuggestedActionId,
} from "../content/flag-phrases.js";
import { PhraseList, type PhraseEntry } from "./matcher.js";

export { foldText, foldWords } from "./normalise.js";
export { PhraseList, compilePhrase, type PhraseEntry, type PhraseMatch } from "./matcher.js";
export type { FlagCategory, SuggestedActionId } from "../content/flag-phrases.js";

/** What the leader's queue shows for a flagged item. Host view only, never sent to a tablet or the screen. */
export interface Flag {
  /** Most urgent first. */
  categories: FlagCategory[];
  /** For the most urgent category (see CATEGORY_ACTION / SUGGESTED_ACTIONS in content). */
  suggestedAction: SuggestedActionId;
  /** The child's words that matched ("pappa slår meg"), so the leader sees why. */
  matched: string[];
}

export function phraseEntries(groups: readonly FlagPhraseGroup[]): PhraseEntry<FlagCategory>[] {
  return groups.flatMap((g) => g.phrases.map((phrase) => ({ category: g.category, phrase })));
}

/** The built-in list, compiled once. */
export const DEFAULT_FLAG_LIST: PhraseList<FlagCategory> = new PhraseList(phraseEntries(FLAG_PHRASES));

/** Check a text against the list; null when nothing matched. */
export function flagText(text: string, list: PhraseList<FlagCategory> = DEFAULT_FLAG_LIST): Flag | null {
  const matches = list.match(text);
  if (matches.length === 0) return null;
  const categories = FLAG_CATEGORIES.filter((c) => matches.some((m) => m.category === c));
  return {
    categories,
    suggestedAction: CATEGORY_ACTION[categories[0]],
    matched: outerSpans(matches.map((m) => m.span)),
  };
}

/** Distinct spans, without those inside a longer one ("Pappa slår" inside "Pappa slår meg"). */
function outerSpans(spans: readonly string[]): string[] {
  const unique = [...new Set(spans)];
  return unique.filter((s) => !unique.some((other) => other !== s && other.includes(s)));
}

/** Merge flags (e.g. of questions merged into one); null if none. */
export function mergeFlags(flags: readonly (Flag | null)[]): Flag | null {
  const present = flags.filter((f): f is Flag => f !== null);
  if (present.length === 0) return null;
  const categories = FLAG_CATEGORIES.filter((c) => present.some((f) => f.categories.includes(c)));
  return {
    categories,
    suggestedAction: CATEGORY_ACTION[categories[0]],
    matched: outerSpans(present.flatMap((f) => f.matched)),
  };
}
