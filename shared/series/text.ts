/** Leader-written text in plans, groups and the content library. */
import { z } from "zod";
import { hasForbiddenChars } from "../moderation/index.js";
import type { Language } from "../room/types.js";

export const LANGUAGES = ["nb", "nn", "en"] as const satisfies readonly Language[];

/** Plain text a leader wrote: trimmed, no control characters (line breaks are fine), at most `max` characters. */
export function leaderText(max: number) {
  return z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((s) => !hasForbiddenChars(s), "no control characters")
    .trim();
}
