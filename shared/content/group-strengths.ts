/**
 * Strengths a group can use together, for the celebration after a shared goal
 * (docs/rules.md, "Name the strengths the group used": tied to what it did; no
 * generic "Flink!"). The host picks from this list or writes their own words.
 * Ids are stable wire values; the sentences live in the i18n files
 * (`groupStrengths.<id>`, e.g. "Dere samarbeidet").
 */
export const GROUP_STRENGTH_IDS = [
  "cooperated",
  "listened",
  "persisted",
  "supported",
  "waited",
  "shared",
  "kept-calm",
  "brave",
  "talked",
  "cheered",
  "patient",
  "creative",
  "included",
] as const;
export type GroupStrengthId = (typeof GROUP_STRENGTH_IDS)[number];

/** At most this many strengths are named at once: a few true words, not a list. */
export const MAX_CELEBRATION_STRENGTHS = 4;
/** The host's own words in a celebration. */
export const MAX_CELEBRATION_WORDS = 120;
