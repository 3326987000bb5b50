/** The strengths a child can plant (labels in the client's i18n), without zod so the tablet bundle can read it. */
export const GARDEN_STRENGTH_IDS = [
  "hjelpsom",
  "modig",
  "morsom",
  "lytter",
  "snill",
  "talmodig",
  "deler",
  "heier",
  "rolig",
  "kreativ",
  "aerlig",
  "inkluderer",
] as const;
export type GardenStrengthId = (typeof GARDEN_STRENGTH_IDS)[number];

export const GARDEN_TEXT_MAX = 40;
