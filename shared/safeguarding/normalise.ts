/**
 * Text normalisation for concern flagging. Both the child's text and the
 * phrases in the content list go through the same folding, so the list can be
 * written in plain Norwegian and still match what children type on a tablet:
 *
 *  - case is ignored;
 *  - æ → ae, ø → o, å → a (also on an English keyboard a child writes "do" for
 *    "dø" and "ga" for "gå"); other accents are stripped (é → e, ò → o);
 *  - everything that is not a letter or a digit separates words;
 *  - a letter typed three or more times ("reeeedd", "hjeeelp") is a stretched
 *    letter and matches that letter any number of times (see `runsMatch`);
 *  - "aa" matches "a", because "aa" is the old way to write "å" ("slaar").
 */

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
