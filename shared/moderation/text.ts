/**
 * A child's free text as every moderated kind takes it: cleaned (NFC, one space), counted in
 * code points, refused with control or bidirectional-override characters, and its zod schema.
 */
import { z } from "zod";

/** The longest text a child may send to any moderated kind (code points, after cleaning). */
export const MAX_TEXT_LENGTH = 280;

/**
 * Characters a child's text may never hold: C0/C1 controls (tab and line
 * breaks excepted; they become spaces) and the bidirectional overrides that
 * can make a text display differently from what it says.
 */
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** NFC, any run of whitespace (tabs, line breaks) to one space, trimmed. */
export function cleanText(raw: string): string {
  return raw.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Length as a child counts it: code points, so an emoji is one. */
export function textLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function hasForbiddenChars(raw: string): boolean {
  return FORBIDDEN_CHARS.test(raw);
}

/**
 * A zod schema for free text: refuses control characters, cleans, then checks
 * the length after trimming. `min: 0` allows an empty text (a starter without
 * a completion). Raw input is capped well above `max` so a huge string is
 * refused before any work is done on it.
 */
export function freeText(opts: { max: number; min?: number; label?: string }) {
  const label = opts.label ?? "Text";
  const min = opts.min ?? 1;
  return z
    .string()
    .max(opts.max * 4, `${label} is too long (at most ${opts.max} characters).`)
    .refine((raw) => !hasForbiddenChars(raw), `${label} may not contain control characters.`)
    .transform(cleanText)
    .refine((text) => textLength(text) >= min, min === 1 ? `${label} is empty.` : `${label} is too short.`)
    .refine((text) => textLength(text) <= opts.max, `${label} is too long (at most ${opts.max} characters).`);
}

/** Item ids as they appear on the wire: short, opaque and random (never a serial that tells order). */
export const itemId = z.string().min(4).max(24).regex(/^[a-z0-9]+$/);
