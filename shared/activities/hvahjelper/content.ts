/** The coping cards and board columns (labels in the client's i18n), without zod so the tablet bundle can read it. */
export const COPING_CARD_IDS = [
  "snakke-voksen",
  "hemmelig",
  "tegne",
  "lope",
  "musikk",
  "puste",
  "venn",
  "dagbok",
  "gjemme",
  "kjefte",
  "bamse",
  "ute",
  "spill",
  "grate",
  "si-folelse",
  "min-skyld",
] as const;
export type CopingCardId = (typeof COPING_CARD_IDS)[number];

export const COLUMNS = ["helps", "not", "unsure"] as const;
export type Column = (typeof COLUMNS)[number];
export type Choice = Column | "pass";

