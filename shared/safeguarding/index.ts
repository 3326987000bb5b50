/**
 * Concern flagging for free text from children. Advisory only: a flag raises
 * an item in the leader's queue and suggests what to do. It never publishes,
 * hides, deletes or changes what the child sees; callers must not use it for
 * anything else. The words live in shared/content/ (flag-phrases.ts,
 * flag-words.ts, first-names.ts); categories and severity in flag-categories.ts.
 */
import {
  CATEGORY_ACTION,
  CATEGORY_SEVERITY,
  FLAG_CATEGORIES,
  FLAG_SEVERITIES,
  NEGATED_ACTION,
  type FlagCategory,
  type FlagSeverity,
  type SuggestedActionId,
} from "../content/flag-categories.js";
import { FLAG_CONCEPTS, FLAG_PHRASES, type FlagPhraseGroup } from "../content/flag-phrases.js";
import { FIRST_NAMES, WORD_NAMES } from "../content/first-names.js";
import { PhraseList, type PhraseEntry, type PhraseMatch } from "./matcher.js";
import { foldText, prepareText } from "./normalise.js";

export { foldText, foldWords } from "./normalise.js";
export { PhraseList, compilePhrase, type PhraseEntry, type PhraseMatch } from "./matcher.js";
export { bySeverity, compareBySeverity, flagRank, type RankedFlag, type Sortable } from "./severity.js";
export type { FlagCategory, FlagSeverity, SuggestedActionId } from "../content/flag-categories.js";

/** What the leader's queue shows for a flagged item. Host view only, never sent to a tablet or the screen. */
export interface Flag {
  /** Most urgent first. */
  categories: FlagCategory[];
  /** How soon a leader should read it; the queue sorts by it (severity.ts). */
  severity: FlagSeverity;
  /** For the most urgent category (see CATEGORY_ACTION / SUGGESTED_ACTIONS in content). */
  suggestedAction: SuggestedActionId;
  /** The child's words that matched ("pappa slår meg"), so the leader sees why. */
  matched: string[];
}

export function phraseEntries(groups: readonly FlagPhraseGroup[]): PhraseEntry<FlagCategory>[] {
  return groups.flatMap((g) =>
    g.phrases.map((phrase) => ({
      category: g.category,
      phrase,
      negatable: g.negatable,
      unlessNext: g.unlessNext,
      unlessSentence: g.unlessSentence,
    })),
  );
}

let builtIn: PhraseList<FlagCategory> | null = null;

/** The built-in list, compiled once on first use (so a page that only shows labels never compiles it). */
export function defaultFlagList(): PhraseList<FlagCategory> {
  builtIn ??= new PhraseList(phraseEntries(FLAG_PHRASES), FLAG_CONCEPTS);
  return builtIn;
}

export interface NameList {
  names: ReadonlySet<string>;
  /** Also everyday words: marked only when they do not start a sentence. */
  wordNames: ReadonlySet<string>;
}

export function nameList(names: readonly string[], wordNames: readonly string[]): NameList {
  return { names: new Set(names.map(foldText)), wordNames: new Set(wordNames.map(foldText)) };
}

export const DEFAULT_NAMES: NameList = nameList(FIRST_NAMES, WORD_NAMES);

/** Capitalised words of the text that are listed first names. */
export function namesIn(text: string, list: NameList = DEFAULT_NAMES): string[] {
  const { typed, sentences } = prepareText(text);
  const found: string[] = [];
  for (const words of sentences) {
    for (const token of words) {
      if (!token.capital) continue;
      const folded = token.forms[0];
      if (!list.names.has(folded)) continue;
      if (token.sentenceStart && list.wordNames.has(folded)) continue;
      const word = typed[token.orig];
      if (!found.includes(word)) found.push(word);
    }
  }
  return found;
}

interface Found {
  category: FlagCategory;
  severity: FlagSeverity;
  negated: boolean;
  span: string;
}

function severityIndex(s: FlagSeverity): number {
  return FLAG_SEVERITIES.indexOf(s);
}

function byUrgency(a: Found, b: Found): number {
  return severityIndex(a.severity) - severityIndex(b.severity) || FLAG_CATEGORIES.indexOf(a.category) - FLAG_CATEGORIES.indexOf(b.category);
}

function fromMatch(m: PhraseMatch<FlagCategory>): Found {
  return { category: m.category, severity: m.negated ? "low" : CATEGORY_SEVERITY[m.category], negated: m.negated, span: m.span };
}

function toFlag(found: Found[]): Flag | null {
  if (found.length === 0) return null;
  // A category counts at its most urgent match ("slår meg ikke" and "slo meg i går": high).
  const best = new Map<FlagCategory, Found>();
  for (const f of [...found].sort(byUrgency)) if (!best.has(f.category)) best.set(f.category, f);
  const ordered = [...best.values()].sort(byUrgency);
  const top = ordered[0];
  return {
    categories: ordered.map((f) => f.category),
    severity: top.severity,
    suggestedAction: top.negated ? NEGATED_ACTION : CATEGORY_ACTION[top.category],
    matched: outerSpans(found.map((f) => f.span)),
  };
}

/** Check a text against the list and the names; null when nothing matched. */
export function flagText(text: string, list: PhraseList<FlagCategory> = defaultFlagList(), names: NameList = DEFAULT_NAMES): Flag | null {
  const found = list.match(text).map(fromMatch);
  for (const name of namesIn(text, names)) found.push({ category: "name", severity: CATEGORY_SEVERITY.name, negated: false, span: name });
  return toFlag(found);
}

/**
 * A question built from a starter sentence: only the child's own words are
 * checked, never the starter's ("Er det min skyld at …" is not a concern by
 * itself). With no own words there is nothing to flag.
 */
export function flagOwnWords(ownWords: string): Flag | null {
  return ownWords.trim() === "" ? null : flagText(ownWords);
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
  const top = [...present].sort((a, b) => severityIndex(a.severity) - severityIndex(b.severity) || FLAG_CATEGORIES.indexOf(a.categories[0]) - FLAG_CATEGORIES.indexOf(b.categories[0]))[0];
  const categories = FLAG_CATEGORIES.filter((c) => present.some((f) => f.categories.includes(c)));
  return {
    categories: [top.categories[0], ...categories.filter((c) => c !== top.categories[0])],
    severity: top.severity,
    suggestedAction: top.suggestedAction,
    matched: outerSpans(present.flatMap((f) => f.matched)),
  };
}
