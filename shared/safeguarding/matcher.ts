/**
 * A small phrase matcher for the concern list. It knows nothing about the
 * categories or the words: those are content (shared/content/flag-phrases.ts).
 *
 * Phrase syntax (see the content file for examples):
 *   words in order, separated by spaces · "a|b" alternatives for one word ·
 *   "word*" any ending · "=dø" only as typed, with ø (not "do") ·
 *   "word?" may be left out · "_" any one word · "..." up to MAX_GAP other
 *   words · "^" / "$" start / end of a sentence · "@name" any phrase of the
 *   concept `name` · "A & B & C" every part in one sentence, in any order,
 *   within ALL_WINDOW words, no two parts on the same word.
 * Matching is word-boundary aware: "slår meg" does not match "oppslår meget".
 * Words of FUZZY_MIN_LENGTH letters or more also match one typo, never in the
 * first letter; a doubled letter typed single or a single letter doubled
 * ("mama", "tisen", "vill") matches in words of three letters or more.
 *
 * An entry may also say:
 *   negatable: a negation inside the match or just after it ("slår meg ikke",
 *     "har aldri slått meg") marks the match as negated (low priority);
 *   unlessNext: phrases that cancel the match when they start right after
 *     the match or one of its parts ("tok på meg jakka", "slo meg i fifa");
 *   unlessSentence: phrases that cancel it anywhere in the sentence.
 */
import {
  collapseRepeats,
  dedouble,
  editDistance,
  foldWords,
  prepareText,
  runsMatch,
  toRuns,
  type Run,
  type Token,
} from "./normalise.js";

export const MAX_GAP = 4;
export const FUZZY_MIN_LENGTH = 6;
export const ALL_WINDOW = 12;
/** Words after a match in which a negation still negates it. */
export const NEGATION_REACH = 2;

let nextAltId = 0;

interface WordAlt {
  kind: "word";
  /** For the per-word match cache. */
  id: number;
  /** Folded readings ("slår" → "slar", "slor": a child without å may type either). */
  readings: string[];
  runs: Run[][];
  dd: string[];
  /** First letters of the readings: a quick "cannot match". */
  firsts: string;
  prefix: boolean;
  fuzzy: boolean;
  /** "=dø": only the word as typed, lower-case, with its accents. */
  exact: string | null;
}
interface ConceptAlt {
  kind: "concept";
  name: string;
  seqs: Seq[];
}
type Alt = WordAlt | ConceptAlt;
type Tok =
  | { kind: "alts"; alts: Alt[]; optional: boolean }
  | { kind: "any"; optional: boolean }
  | { kind: "gap" }
  | { kind: "start" }
  | { kind: "end" };
type Seq = Tok[];

export interface CompiledPhrase {
  /** One part: words in order. Several: all in one sentence, any order. */
  parts: Seq[];
}

export interface PhraseEntry<C extends string> {
  category: C;
  phrase: string;
  negatable?: boolean;
  unlessNext?: readonly string[];
  unlessSentence?: readonly string[];
}

export interface PhraseMatch<C extends string> {
  category: C;
  /** The phrase as written in the list. */
  phrase: string;
  /** The child's own words that matched, as typed ("Pappa slår meg"). */
  span: string;
  /** The text says it does not happen ("pappa slår meg ikke"): still shown, low priority. */
  negated: boolean;
}

export type Concepts = Readonly<Record<string, readonly string[]>>;

/** Readings of a phrase word for a child who types å/ø/æ another way. */
function wordReadings(word: string): string[] {
  let variants = [word.toLowerCase()];
  const swaps: Record<string, string[]> = { å: ["a", "o"], ø: ["o", "oe"], æ: ["ae", "e"] };
  for (const [letter, to] of Object.entries(swaps)) {
    if (!variants.some((v) => v.includes(letter))) continue;
    variants = variants.flatMap((v) => (v.includes(letter) ? to.map((t) => v.replaceAll(letter, t)) : [v]));
    if (variants.length > 8) variants = variants.slice(0, 8);
  }
  const out: string[] = [];
  for (const v of variants) {
    const folded = foldWords(v);
    if (folded.length !== 1) return [];
    if (!out.includes(folded[0])) out.push(folded[0]);
  }
  return out;
}

class Compiler {
  private readonly concepts: Concepts;
  private readonly done = new Map<string, Seq[]>();
  private readonly busy = new Set<string>();
  readonly vocabulary = new Set<string>();

  constructor(concepts: Concepts) {
    this.concepts = concepts;
  }

  concept(name: string, source: string): Seq[] {
    const cached = this.done.get(name);
    if (cached) return cached;
    const members = this.concepts[name];
    if (!members) throw new Error(`"${source}": unknown concept @${name}`);
    if (this.busy.has(name)) throw new Error(`"${source}": concept @${name} refers to itself`);
    this.busy.add(name);
    const seqs = members.map((m) => this.seq(m, `@${name}: ${m}`));
    this.busy.delete(name);
    this.done.set(name, seqs);
    return seqs;
  }

  phrase(source: string): CompiledPhrase {
    const parts = source.split(/\s+&\s+/).map((p) => this.seq(p, source));
    return { parts };
  }

  seq(source: string, context: string): Seq {
    const tokens: Seq = [];
    const raws = source.trim().split(/\s+/).filter((r) => r !== "");
    for (const raw of raws) {
      if (raw === "..." || raw === "…") {
        const last = tokens[tokens.length - 1];
        if (!last || last.kind === "gap" || last.kind === "start") throw new Error(`"${context}": a gap must follow a word`);
        tokens.push({ kind: "gap" });
        continue;
      }
      if (raw === "^") {
        if (tokens.length > 0) throw new Error(`"${context}": "^" must come first`);
        tokens.push({ kind: "start" });
        continue;
      }
      if (raw === "$") {
        tokens.push({ kind: "end" });
        continue;
      }
      if (tokens[tokens.length - 1]?.kind === "end") throw new Error(`"${context}": "$" must come last`);
      const optional = raw.length > 1 && raw.endsWith("?");
      const body = optional ? raw.slice(0, -1) : raw;
      if (body === "_") {
        tokens.push({ kind: "any", optional });
        continue;
      }
      const alts: Alt[] = [];
      for (const alt of body.split("|")) {
        if (alt.startsWith("@")) {
          alts.push({ kind: "concept", name: alt.slice(1), seqs: this.concept(alt.slice(1), context) });
          continue;
        }
        const exact = alt.startsWith("=");
        const plain = exact ? alt.slice(1) : alt;
        const prefix = plain.endsWith("*");
        const stem = prefix ? plain.slice(0, -1) : plain;
        const readings = wordReadings(stem);
        if (readings.length === 0) throw new Error(`"${context}": "${alt}" must be one word`);
        if (!prefix && !exact) for (const r of readings) if (r.length >= 3) this.vocabulary.add(r);
        alts.push({
          kind: "word",
          id: nextAltId++,
          readings,
          runs: readings.map(toRuns),
          dd: readings.map(dedouble),
          firsts: readings.map((r) => r[0]).join(""),
          prefix,
          fuzzy: readings[0].length >= FUZZY_MIN_LENGTH,
          exact: exact ? stem.toLowerCase().normalize("NFC") : null,
        });
      }
      tokens.push({ kind: "alts", alts, optional });
    }
    const words = tokens.filter((t) => t.kind === "alts" || t.kind === "any");
    if (words.length === 0) throw new Error(`"${context}": a phrase needs a word`);
    if (tokens[tokens.length - 1].kind === "gap") throw new Error(`"${context}": a gap must be followed by a word`);
    return tokens;
  }
}

/** Parse one phrase of the list; throws with a clear message when it cannot match anything. */
export function compilePhrase(source: string, concepts: Concepts = {}): CompiledPhrase {
  return new Compiler(concepts).phrase(source);
}

function typoMatch(form: string, alt: WordAlt): boolean {
  if (!alt.fuzzy) return false;
  for (const word of [...alt.readings, ...alt.dd]) {
    if (form[0] !== word[0]) continue;
    for (const reading of new Set([form, collapseRepeats(form, 1), collapseRepeats(form, 2), dedouble(form)])) {
      if (!alt.prefix) {
        if (editDistance(reading, word) <= 1) return true;
        continue;
      }
      for (const len of [word.length - 1, word.length, word.length + 1]) {
        if (reading.length >= len && editDistance(reading.slice(0, len), word) <= 1) return true;
      }
    }
  }
  return false;
}

function maskedMatch(form: string, alt: WordAlt): boolean {
  if (alt.prefix) return false;
  return alt.readings.some(
    (word) => word.length >= 4 && word.length === form.length && [...form].every((c, i) => c === "*" || c === word[i]),
  );
}

function wordMatches(token: Token, alt: WordAlt): boolean {
  const known = token.cache[alt.id];
  if (known !== undefined) return known;
  const result = wordMatchesUncached(token, alt);
  token.cache[alt.id] = result;
  return result;
}

function wordMatchesUncached(token: Token, alt: WordAlt): boolean {
  if (alt.exact !== null) return token.raw === alt.exact;
  if (token.masked) return token.forms.some((f) => maskedMatch(f, alt));
  for (let f = 0; f < token.forms.length; f++) {
    const form = token.forms[f];
    // Every way of matching keeps the first letter.
    if (!alt.firsts.includes(form[0])) continue;
    const d = token.dd[f];
    for (let r = 0; r < alt.readings.length; r++) {
      if (runsMatch(token.runs[f], alt.runs[r], alt.prefix)) return true;
      if (alt.readings[r].length >= 3 && (alt.prefix ? d.startsWith(alt.dd[r]) : d === alt.dd[r])) return true;
    }
    // A typo only for a word that is not itself a word of the list ("ligger" is not a typo of "lugger").
    if (!token.listed && typoMatch(form, alt)) return true;
  }
  return false;
}

interface Hit {
  end: number;
  used: number[];
}

/**
 * Work left for the current `match` call, in matching steps. A normal message
 * needs a few thousand; a crafted one (the same harm words repeated to the
 * length limit) could need far more, so matching stops there and keeps what it
 * found: a flag only orders the queue, and the leader reads everything.
 */
export const STEP_BUDGET = 200_000;
let stepsLeft = STEP_BUDGET;
/** Steps the last `match` call used (for tests and measurement). */
export let lastMatchSteps = 0;

/** Every way `seq` from token `ti` matches the sentence starting at word `wi`. */
function seqHits(words: readonly Token[], seq: Seq, ti: number, wi: number, used: number[], out: Hit[]): void {
  if (out.length > 64 || --stepsLeft <= 0) return;
  if (ti === seq.length) {
    out.push({ end: wi, used });
    return;
  }
  const tok = seq[ti];
  switch (tok.kind) {
    case "start":
      if (wi === 0) seqHits(words, seq, ti + 1, wi, used, out);
      return;
    case "end":
      if (wi === words.length) seqHits(words, seq, ti + 1, wi, used, out);
      return;
    case "gap":
      for (let skip = 0; skip <= MAX_GAP && wi + skip <= words.length; skip++) seqHits(words, seq, ti + 1, wi + skip, used, out);
      return;
    case "any":
      if (tok.optional) seqHits(words, seq, ti + 1, wi, used, out);
      if (wi < words.length) seqHits(words, seq, ti + 1, wi + 1, [...used, wi], out);
      return;
    case "alts":
      if (tok.optional) seqHits(words, seq, ti + 1, wi, used, out);
      for (const alt of tok.alts) {
        if (alt.kind === "word") {
          if (wi < words.length && wordMatches(words[wi], alt)) seqHits(words, seq, ti + 1, wi + 1, [...used, wi], out);
          continue;
        }
        for (const h of conceptHits(words, alt, wi)) seqHits(words, seq, ti + 1, h.end, [...used, ...h.used], out);
      }
      return;
  }
}

/** Hits of a concept at a word, computed once per sentence. */
const conceptCache = new WeakMap<readonly Token[], Map<Seq[], Hit[][]>>();

function conceptHits(words: readonly Token[], alt: ConceptAlt, wi: number): Hit[] {
  let perConcept = conceptCache.get(words);
  if (!perConcept) {
    perConcept = new Map();
    conceptCache.set(words, perConcept);
  }
  let perWord = perConcept.get(alt.seqs);
  if (!perWord) {
    perWord = [];
    perConcept.set(alt.seqs, perWord);
  }
  let hits = perWord[wi];
  if (!hits) {
    hits = [];
    for (const sub of alt.seqs) {
      const inner: Hit[] = [];
      seqHits(words, sub, 0, wi, [], inner);
      for (const h of inner) if (h.end > wi) hits.push(h);
    }
    perWord[wi] = hits;
  }
  return hits;
}

interface Occurrence {
  start: number;
  end: number;
  used: number[];
  /** Where each part ends, for unlessNext. */
  partEnds: number[];
}

/** First letters a sequence can start with, or null when it can start with anything. */
function firstLetters(seq: Seq): Set<string> | null {
  const letters = new Set<string>();
  for (const tok of seq) {
    if (tok.kind === "start" || tok.kind === "end") continue;
    if (tok.kind === "gap" || tok.kind === "any") return null;
    for (const alt of tok.alts) {
      if (alt.kind === "word") {
        if (alt.exact !== null) for (const c of foldWords(alt.exact).join("")) letters.add(c);
        for (const c of alt.firsts) letters.add(c);
        letters.add("*");
        continue;
      }
      for (const sub of alt.seqs) {
        const inner = firstLetters(sub);
        if (!inner) return null;
        for (const c of inner) letters.add(c);
      }
    }
    if (!tok.optional) return letters;
  }
  return null;
}

const firstsCache = new WeakMap<Seq, Set<string> | null>();

function canStartAt(seq: Seq, token: Token): boolean {
  let letters = firstsCache.get(seq);
  if (letters === undefined) {
    letters = firstLetters(seq);
    firstsCache.set(seq, letters);
  }
  if (!letters) return true;
  return token.forms.some((f) => letters.has(f[0])) || token.raw.length > 0 && letters.has(token.raw[0]);
}

function occurrencesOf(words: readonly Token[], seq: Seq): Occurrence[] {
  const found: Occurrence[] = [];
  for (let start = 0; start < words.length; start++) {
    if (!canStartAt(seq, words[start])) continue;
    const hits: Hit[] = [];
    seqHits(words, seq, 0, start, [], hits);
    for (const h of hits) {
      if (h.used.length === 0) continue;
      const first = Math.min(...h.used);
      if (first !== start) continue;
      found.push({ start, end: h.end, used: h.used, partEnds: [h.end] });
    }
  }
  return found;
}

function allOf(words: readonly Token[], parts: readonly Seq[]): Occurrence[] {
  const perPart: Occurrence[][] = [];
  for (const part of parts) {
    const occs = occurrencesOf(words, part);
    if (occs.length === 0) return [];
    perPart.push(occs);
  }
  const out: Occurrence[] = [];
  const pick = (i: number, chosen: Occurrence[], start: number, end: number): void => {
    if (out.length > 64) return;
    if (i === perPart.length) {
      out.push({ start, end, used: chosen.flatMap((c) => c.used), partEnds: chosen.map((c) => c.end) });
      return;
    }
    for (const occ of perPart[i]) {
      // Prune as soon as the parts so far cannot fit in one window.
      const s = Math.min(start, occ.start);
      const e = Math.max(end, occ.end);
      if (e - s > ALL_WINDOW) continue;
      if (chosen.some((c) => c.used.some((u) => occ.used.includes(u)))) continue;
      pick(i + 1, [...chosen, occ], s, e);
    }
  };
  pick(0, [], Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Longest run of words matched at once; longer sentences are read in overlapping pieces, so the work stays linear. */
export const CHUNK = 40;
const CHUNK_OVERLAP = ALL_WINDOW + 2;

function chunks(words: Token[]): Token[][] {
  if (words.length <= CHUNK) return [words];
  const out: Token[][] = [];
  for (let i = 0; i < words.length; i += CHUNK - CHUNK_OVERLAP) {
    out.push(words.slice(i, i + CHUNK));
    if (i + CHUNK >= words.length) break;
  }
  return out;
}

interface CompiledEntry<C extends string> {
  category: C;
  source: string;
  phrase: CompiledPhrase;
  negatable: boolean;
  unlessNext: Seq[];
  unlessSentence: Seq[];
}

export class PhraseList<C extends string> {
  private readonly entries: CompiledEntry<C>[] = [];
  private readonly negation: Seq[];
  /** Every whole word of the list, to split joined words ("pappaslårmeg"). */
  readonly vocabulary: ReadonlySet<string>;

  /** Throws if any phrase cannot be compiled, so a broken list fails its unit test, not a session. */
  constructor(entries: Iterable<PhraseEntry<C>>, concepts: Concepts = {}) {
    const compiler = new Compiler({ neg: ["ikke|aldri|ingen|ikkje|itj"], ...concepts });
    for (const entry of entries) {
      this.entries.push({
        category: entry.category,
        source: entry.phrase,
        phrase: compiler.phrase(entry.phrase),
        negatable: entry.negatable ?? false,
        unlessNext: (entry.unlessNext ?? []).map((p) => compiler.seq(p, `${entry.phrase} (unless next: ${p})`)),
        unlessSentence: (entry.unlessSentence ?? []).map((p) => compiler.seq(p, `${entry.phrase} (unless: ${p})`)),
      });
    }
    this.negation = compiler.concept("neg", "negation");
    this.vocabulary = compiler.vocabulary;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Every phrase that occurs in the text (each phrase once). */
  match(text: string): PhraseMatch<C>[] {
    stepsLeft = STEP_BUDGET;
    const prepared = prepareText(text, this.vocabulary);
    const { typed } = prepared;
    const sentences = prepared.sentences.flatMap(chunks);
    // The same word typed again shares its match results (a crafted text repeats words to the length limit).
    const shared = new Map<string, boolean[]>();
    for (const words of prepared.sentences) {
      for (const token of words) {
        token.listed = token.forms.some((f) => this.vocabulary.has(f));
        const key = `${token.raw}\u0000${token.forms.join(" ")}\u0000${token.masked ? 1 : 0}`;
        const cache = shared.get(key);
        if (cache) token.cache = cache;
        else shared.set(key, token.cache);
      }
    }
    const found: PhraseMatch<C>[] = [];
    for (const entry of this.entries) {
      let hit: { occ: Occurrence; words: readonly Token[] } | null = null;
      for (const words of sentences) {
        const occs = entry.phrase.parts.length === 1 ? occurrencesOf(words, entry.phrase.parts[0]) : allOf(words, entry.phrase.parts);
        if (occs.length === 0) continue;
        if (entry.unlessSentence.length > 0 && this.sentenceCancels(entry, words)) continue;
        // A negatable phrase counts at its first plain occurrence if there is one ("slår meg ikke …, men i går slo han meg").
        let plain: Occurrence | undefined;
        let first: Occurrence | undefined;
        for (const occ of occs) {
          if (this.nextCancels(entry, words, occ)) continue;
          first ??= occ;
          if (!entry.negatable || !this.negated(words, occ)) {
            plain = occ;
            break;
          }
        }
        const chosen = plain ?? first;
        if (chosen && (!hit || plain)) hit = { occ: chosen, words };
        if (hit && (!entry.negatable || plain)) break;
      }
      if (stepsLeft <= 0) break;
      if (!hit) continue;
      const { occ, words } = hit;
      const span = typed.slice(words[occ.start].orig, words[occ.end - 1].origEnd + 1).join(" ");
      found.push({ category: entry.category, phrase: entry.source, span, negated: entry.negatable && this.negated(words, occ) });
    }
    lastMatchSteps = STEP_BUDGET - Math.max(0, stepsLeft);
    return found;
  }

  private startsWith(words: readonly Token[], seqs: readonly Seq[], at: number): boolean {
    return seqs.some((seq) => {
      const hits: Hit[] = [];
      seqHits(words, seq, 0, at, [], hits);
      return hits.length > 0;
    });
  }

  private nextCancels(entry: CompiledEntry<C>, words: readonly Token[], occ: Occurrence): boolean {
    return entry.unlessNext.length > 0 && occ.partEnds.some((end) => end < words.length && this.startsWith(words, entry.unlessNext, end));
  }

  private sentenceCancels(entry: CompiledEntry<C>, words: readonly Token[]): boolean {
    for (let at = 0; at < words.length; at++) if (this.startsWith(words, entry.unlessSentence, at)) return true;
    return false;
  }

  private negated(words: readonly Token[], occ: Occurrence): boolean {
    const last = Math.min(words.length, occ.end + NEGATION_REACH);
    for (let i = occ.start; i < last; i++) {
      if (occ.used.includes(i)) continue;
      if (this.startsWith(words, this.negation, i)) return true;
    }
    return false;
  }
}
