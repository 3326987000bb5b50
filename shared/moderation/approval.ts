/**
 * Two-step approval of flagged text, for every moderated kind (question box,
 * word cloud, the strength garden's own words). docs/rules.md, "Nothing a child types reaches the projector unless a leader approves it" and
 * docs/safeguarding.md: a text a concern flag matched never reaches the
 * projector in one action. The host either rephrases it (the words shown differ
 * from the child's), or confirms explicitly, naming the flag it is shown
 * despite ("Vis likevel ordrett": `confirmFlag` equal to the flag's most
 * urgent category). Anything else is refused with FLAG_CONFIRM_REQUIRED and
 * changes nothing. Unflagged text approves in one action, as before.
 *
 * Enforced here, on the server, so no client can skip it.
 */
import { z } from "zod";
import { FLAG_CATEGORIES, type FlagCategory } from "../content/flag-categories.js";
import { reject, type Rejection } from "../errors.js";
import type { Flag } from "../safeguarding/index.js";
import { foldText } from "../safeguarding/normalise.js";

/** The confirmation a host sends to show a flagged text as the child wrote it: the flag's category. */
export const confirmFlagSchema = z.enum(FLAG_CATEGORIES);

/** The same words, ignoring case, accents, punctuation and spacing ("Pappa slår meg." = "pappa slår meg"). */
export function sameWords(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

/**
 * May `shown` go on the screen for an item with this flag and these words from the child?
 * Null when it may; a refusal that says why when it may not.
 */
export function checkApproval(flag: Flag | null, childText: string, shown: string, confirmFlag: FlagCategory | undefined): Rejection | null {
  if (!flag) return null;
  if (!sameWords(shown, childText)) return null;
  const top = flag.categories[0];
  if (confirmFlag !== undefined && confirmFlag === top) return null;
  if (confirmFlag !== undefined) {
    return reject("FLAG_CONFIRM_REQUIRED", `The confirmation names "${confirmFlag}", but this text is flagged "${top}": confirm again.`);
  }
  return reject("FLAG_CONFIRM_REQUIRED", `This text is flagged "${top}": rephrase it, or confirm showing it as written (confirmFlag: "${top}").`);
}

