/**
 * Text normalisation for concern flagging. Both the child's text and the
 * phrases in the content list go through the same folding, so the list can be
 * written in plain Norwegian and still match what children type on a tablet
 * (the tables for dialect, emoji and digits-for-letters are content:
 * shared/content/flag-words.ts):
 *
 *  - case is ignored;
 *  - æ → ae, ø → o, å → a (also on an English keyboard a child writes "do" for
 *    "dø" and "ga" for "gå"); other accents are stripped (é → e, ò → o);
 *  - everything that is not a letter or a digit separates words;
 *  - a letter typed three or more times ("reeeedd", "hjeeelp") is a stretched
 *    letter and matches that letter any number of times (see `runsMatch`);
 *  - "aa" matches "a", because "aa" is the old way to write "å" ("slaar");
 *  - emoji with a meaning become words ("👊" → "slår"), others separate words;
 *  - digits inside a word are letters ("d0" → "do", "m4mm4" → "mamma");
 *  - dialect and nynorsk forms of small words add a standard reading
 *    ("æ" → "jeg", "itj" → "ikke", "e" → "er"), the word as typed is kept too;
 *  - letters typed one by one are joined ("s e l v m o r d"), and a joined
 *    word made only of known words is split ("pappaslårmeg");
 *  - the word as typed (with ø) is kept, so "dø" can be told from "do".
 */
import { DIALECT_FORMS, EMOJI_WORDS, LEET_LETTERS } from "../content/flag-words.js";

const FOLD: Readonly<Record<string, string>> = {
  æ: "ae",
  ø: "o",
  å: "a",
  ß: "ss",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
};

/** Lower-case, fold Norwegian letters, strip accents, keep [a-z0-9] words separated by single spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[æøåßœđðþł]/g, (c) => FOLD[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The words of a text after folding. */
export function foldWords(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}

/** A run of one letter: "redd" is r×1 e×1 d×2. */
export interface Run {
  c: string;
  n: number;
}

export function toRuns(word: string): Run[] {
  const runs: Run[] = [];
  for (const c of word) {
    const last = runs[runs.length - 1];
    if (last && last.c === c) last.n += 1;
    else runs.push({ c, n: 1 });
  }
  return runs;
}

/** Runs of three or more of a letter shortened to `keep` letters: the two readings of "reeeedd". */
export function collapseRepeats(word: string, keep: 1 | 2): string {
  return word.replace(/(.)\1{2,}/g, (_m, c: string) => c.repeat(keep));
}

/** Does a text run stand for a phrase run of the same letter? */
function countOk(text: Run, phrase: Run): boolean {
  if (text.n === phrase.n) return true;
  if (text.n >= 3) return true; // stretched: "reeeedd", "hjeeeelp", "neiiii"
  return text.c === "a" && text.n === 2 && phrase.n === 1; // "aa" for "å"
}

/**
 * Compare a text word with a phrase word letter-run by letter-run. With
 * `prefix`, the text word may go on after the phrase word ("selvmord*").
 */
export function runsMatch(text: readonly Run[], phrase: readonly Run[], prefix: boolean): boolean {
  if (text.length < phrase.length) return false;
  if (!prefix && text.length !== phrase.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const t = text[i];
    const p = phrase[i];
    if (t.c !== p.c) return false;
    const lastOfPrefix = prefix && i === phrase.length - 1;
    if (lastOfPrefix ? !(t.n >= p.n || countOk(t, p)) : !countOk(t, p)) return false;
  }
  return true;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), capped:
 * returns `cap + 1` as soon as the distance is known to exceed `cap`.
 */
export function editDistance(a: string, b: string, cap = 1): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > cap) return cap + 1;
  }
  return rows[a.length][b.length];
}

/** Letters doubled or not read alike ("mama"/"mamma", "tisen"/"tissen", "vill"/"vil"). */
export function dedouble(word: string): string {
  return word.replace(/(.)\1+/g, "$1");
}

// ---------- tokens ----------

/** One word of the child's text, with every reading a phrase word may match. */
export interface Token {
  /** Index of the word as typed, for showing the matched span. */
  orig: number;
  /** Last typed word it stands for (a word spelled out letter by letter stands for several). */
  origEnd: number;
  /** Lower-case, as typed (accents and æ/ø/å kept): "dø". */
  raw: string;
  /** Folded, then the standard readings of a dialect form: "mae" → ["mae", "meg"]. */
  forms: string[];
  /** Letter runs of each form. */
  runs: Run[][];
  /** Each form with doubled letters read as one. */
  dd: string[];
  /** "f*ck": a letter hidden by "*" (matches one letter of a listed word of the same length). */
  masked: boolean;
  /** Typed with a capital first letter (and not in all capitals). */
  capital: boolean;
  /** First word of its sentence. */
  sentenceStart: boolean;
  /** The word is itself a word of the phrase list, so it is not read as a typo of another (set by the matcher). */
  listed: boolean;
  /** Which phrase words it matches, by their id (filled by the matcher). */
  cache: boolean[];
}

export interface PreparedText {
  /** The words as typed, for the span shown to the leader. */
  typed: string[];
  /** Tokens per sentence (split at . ! ? ; : and line breaks). */
  sentences: Token[][];
}

function parseDialect(lines: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of lines) {
    const [standard, variants] = line.split(":");
    for (const variant of variants.trim().split(/\s+/)) {
      const list = map.get(variant) ?? [];
      if (!list.includes(standard.trim())) list.push(standard.trim());
      map.set(variant, list);
    }
  }
  return map;
}

const DIALECT = parseDialect(DIALECT_FORMS);
const EMOJI = new Map(Object.entries(EMOJI_WORDS).map(([e, w]) => [e.replace(/\uFE0F/g, ""), w]));

/** Every dialect line's variants as `standard → variants`, for validation. */
export function dialectTable(): ReadonlyMap<string, readonly string[]> {
  return DIALECT;
}

/** Emoji with a meaning → " word "; any other pictograph → a space. */
function readEmoji(text: string): string {
  return text
    .replace(/[\uFE0F\u200D]|[\u{1F3FB}-\u{1F3FF}]/gu, "")
    .replace(/\p{Extended_Pictographic}/gu, (e) => {
      const word = EMOJI.get(e);
      return word ? ` ${word} ` : " ";
    });
}

const TYPED = /[\p{L}\p{N}\p{M}]+(?:[*@$]+[\p{L}\p{N}\p{M}]+)*[*@$]*|[@$][\p{L}\p{N}\p{M}]+/gu;
const SENTENCE_END = /[.!?;:\n\r]+/u;

function readLeet(word: string): string {
  if (!/\p{L}/u.test(word) || !/[0-9@$]/.test(word)) return word;
  return word.replace(/[0-9@$]/g, (c) => LEET_LETTERS[c] ?? c);
}

function makeToken(orig: number, raw: string, folded: string, capital: boolean, masked: boolean): Token {
  const forms = [folded, ...(DIALECT.get(folded) ?? [])];
  return { orig, origEnd: orig, raw, forms, runs: forms.map(toRuns), dd: forms.map(dedouble), masked, capital, sentenceStart: false, listed: false, cache: [] };
}

/** Split a joined word into known words (fewest pieces, each of three letters or more); null when it cannot be. */
export function splitJoined(word: string, known: ReadonlySet<string>): string[] | null {
  // Shorter words are more often a typo of one listed word ("selvmor") than two joined ones.
  if (word.length < 8 || known.has(word)) return null;
  const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const prefix = best[i];
    if (!prefix) continue;
    for (let j = i + 3; j <= word.length; j++) {
      const piece = word.slice(i, j);
      if (!known.has(piece)) continue;
      const next = [...prefix, piece];
      const current = best[j];
      if (!current || next.length < current.length) best[j] = next;
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length >= 2 ? pieces : null;
}

/**
 * The child's text as sentences of tokens. `known` is the vocabulary of the
 * phrase list, used only to split joined words.
 */
export function prepareText(text: string, known: ReadonlySet<string> = new Set()): PreparedText {
  const typed: string[] = [];
  const sentences: Token[][] = [];
  for (const part of readEmoji(text.normalize("NFC")).split(SENTENCE_END)) {
    const words: Token[] = [];
    for (const m of part.matchAll(TYPED)) {
      const word = m[0];
      const orig = typed.length;
      typed.push(word);
      const lower = word.toLowerCase();
      const capital = word !== lower && word[0] !== lower[0] && (word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase());
      const plain = readLeet(lower);
      const masked = /[*]/.test(plain) && /\p{L}/u.test(plain);
      if (masked) {
        const folded = plain
          .split("*")
          .map((piece) => foldText(piece).replace(/ /g, ""))
          .join("*");
        words.push(makeToken(orig, lower, folded, capital, true));
        continue;
      }
      for (const folded of foldWords(plain)) {
        const pieces = splitJoined(folded, known);
        if (pieces) for (const piece of pieces) words.push(makeToken(orig, lower, piece, capital, false));
        else words.push(makeToken(orig, lower, folded, capital, false));
      }
    }
    const joined = joinSpelledOut(words);
    if (joined.length > 0) {
      joined[0].sentenceStart = true;
      sentences.push(joined);
    }
  }
  return { typed, sentences };
}

/** Four or more one-letter words in a row are one word spelled out: "s e l v m o r d". */
function joinSpelledOut(words: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j < words.length && words[j].forms[0].length === 1 && !words[j].masked) j++;
    if (j - i >= 4) {
      const letters = words.slice(i, j);
      const folded = letters.map((w) => w.forms[0]).join("");
      const raw = letters.map((w) => w.raw).join("");
      const token = makeToken(letters[0].orig, raw, folded, letters[0].capital, false);
      token.origEnd = letters[letters.length - 1].orig;
      out.push(token);
      i = j;
      continue;
    }
    if (j > i) {
      out.push(...words.slice(i, j));
      i = j;
      continue;
    }
    out.push(words[i]);
    i++;
  }
  return out;
}
