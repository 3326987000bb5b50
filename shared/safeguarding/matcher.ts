/**
 * A small phrase matcher for the concern list. It knows nothing about the
 * categories or the words: those are content (shared/content/flag-phrases.ts).
 *
 * Phrase syntax (see the content file for examples):
 *   words in order, separated by spaces · "a|b" alternatives for one word ·
 *   "word*" any ending · "..." up to MAX_GAP other words in between.
 * Matching is word-boundary aware: "slår meg" does not match "oppslår meget".
 * Words of FUZZY_MIN_LENGTH letters or more also match one typo, never in the
 * first letter.
 */
import { collapseRepeats, editDistance, foldWords, runsMatch, toRuns, type Run } from "./normalise.js";

export const MAX_GAP = 4;
export const FUZZY_MIN_LENGTH = 6;
const GAP = "...";

interface WordAlt {
  word: string;
  runs: Run[];
  prefix: boolean;
  fuzzy: boolean;
}
type PhraseToken = { kind: "word"; alts: WordAlt[] } | { kind: "gap" };

export interface PhraseEntry<C extends string> {
  category: C;
  phrase: string;
}

interface CompiledPhrase<C extends string> {
  category: C;
  source: string;
  tokens: PhraseToken[];
}

export interface PhraseMatch<C extends string> {
  category: C;
  /** The phrase as written in the list. */
  phrase: string;
  /** The child's own words that matched, as typed ("Pappa slår meg"). */
  span: string;
}

interface TextWord {
  /** Index of the word as typed, for showing the matched span. */
  orig: number;
  word: string;
  runs: Run[];
  /** Distinct spellings to try for a typo: as typed, and stretched letters read as one or two. */
  readings: string[];
}

/** Parse one phrase of the list; throws with a clear message when it cannot match anything. */
export function compilePhrase(source: string): PhraseToken[] {
  const tokens: PhraseToken[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === GAP || raw === "…") {
      if (tokens.length === 0 || tokens[tokens.length - 1].kind === "gap") throw new Error(`"${source}": a gap must follow a word`);
      tokens.push({ kind: "gap" });
      continue;
    }
    const alts: WordAlt[] = [];
    for (const alt of raw.split("|")) {
      const prefix = alt.endsWith("*");
      const folded = foldWords(prefix ? alt.slice(0, -1) : alt);
      if (folded.length !== 1) throw new Error(`"${source}": "${alt}" must be one word`);
      const word = folded[0];
      alts.push({ word, runs: toRuns(word), prefix, fuzzy: word.length >= FUZZY_MIN_LENGTH });
    }
    tokens.push({ kind: "word", alts });
  }
  if (tokens.length === 0) throw new Error("an empty phrase");
  if (tokens[tokens.length - 1].kind === "gap") throw new Error(`"${source}": a gap must be followed by a word`);
  return tokens;
}

function typoMatch(text: TextWord, alt: WordAlt): boolean {
  if (!alt.fuzzy || text.word[0] !== alt.word[0]) return false;
  for (const reading of text.readings) {
    if (!alt.prefix) {
      if (editDistance(reading, alt.word) <= 1) return true;
      continue;
    }
    for (const len of [alt.word.length - 1, alt.word.length, alt.word.length + 1]) {
      if (reading.length >= len && editDistance(reading.slice(0, len), alt.word) <= 1) return true;
    }
  }
  return false;
}

function wordMatches(text: TextWord, token: { alts: WordAlt[] }): boolean {
  return token.alts.some((alt) => runsMatch(text.runs, alt.runs, alt.prefix) || typoMatch(text, alt));
}

/** Index one past the last text word of a match starting at `wi`, or -1. */
function matchesAt(words: readonly TextWord[], tokens: readonly PhraseToken[], ti: number, wi: number): number {
  if (ti === tokens.length) return wi;
  const token = tokens[ti];
  if (token.kind === "gap") {
    for (let skip = 0; skip <= MAX_GAP && wi + skip < words.length; skip++) {
      const end = matchesAt(words, tokens, ti + 1, wi + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (wi >= words.length || !wordMatches(words[wi], token)) return -1;
  return matchesAt(words, tokens, ti + 1, wi + 1);
}

/** The words as typed: letters, digits and marks; everything else separates. */
const TYPED_WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function prepareText(text: string): { typed: string[]; words: TextWord[] } {
  const typed = text.normalize("NFC").match(TYPED_WORD) ?? [];
  const words: TextWord[] = [];
  typed.forEach((raw, orig) => {
    for (const word of foldWords(raw)) {
      words.push({ orig, word, runs: toRuns(word), readings: [...new Set([word, collapseRepeats(word, 1), collapseRepeats(word, 2)])] });
    }
  });
  return { typed, words };
}

export class PhraseList<C extends string> {
  private readonly phrases: CompiledPhrase<C>[];

  /** Throws if any phrase cannot be compiled, so a broken list fails its unit test, not a session. */
  constructor(entries: Iterable<PhraseEntry<C>>) {
    this.phrases = [];
    for (const entry of entries) {
      this.phrases.push({ category: entry.category, source: entry.phrase, tokens: compilePhrase(entry.phrase) });
    }
  }

  get size(): number {
    return this.phrases.length;
  }

  /** Every phrase that occurs in the text (each phrase once). */
  match(text: string): PhraseMatch<C>[] {
    const { typed, words } = prepareText(text);
    const found: PhraseMatch<C>[] = [];
    for (const phrase of this.phrases) {
      for (let start = 0; start < words.length; start++) {
        const end = matchesAt(words, phrase.tokens, 0, start);
        if (end >= 0) {
          const span = typed.slice(words[start].orig, words[end - 1].orig + 1).join(" ");
          found.push({ category: phrase.category, phrase: phrase.source, span });
          break;
        }
      }
    }
    return found;
  }
}
