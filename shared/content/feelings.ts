/**
 * The feelings vocabulary (level 1 + level 2 words from the domain research).
 * "All feelings are OK": the family only groups feelings for small-group
 * disclosure; it is never shown as good/bad. Labels live in the i18n files.
 */
export const FEELING_FAMILIES = ["light", "heavy"] as const;
export type FeelingFamily = (typeof FEELING_FAMILIES)[number];

export const FEELINGS = [
  { id: "glad", family: "light", face: "smile", colour: "#f2c94c" },
  { id: "rolig", family: "light", face: "calm", colour: "#6fcf97" },
  { id: "lettet", family: "light", face: "relieved", colour: "#56ccf2" },
  { id: "stolt", family: "light", face: "proud", colour: "#f2994a" },
  { id: "trist", family: "heavy", face: "sad", colour: "#5b8def" },
  { id: "sint", family: "heavy", face: "angry", colour: "#eb5757" },
  { id: "redd", family: "heavy", face: "scared", colour: "#bb6bd9" },
  { id: "bekymret", family: "heavy", face: "worried", colour: "#9b8ec4" },
  { id: "ensom", family: "heavy", face: "lonely", colour: "#8aa1b1" },
] as const;

export type FeelingId = (typeof FEELINGS)[number]["id"];
export type FaceShape = (typeof FEELINGS)[number]["face"];
export const FEELING_IDS = FEELINGS.map((f) => f.id) as [FeelingId, ...FeelingId[]];

export const STRENGTHS = ["litt", "endel", "veldig"] as const;
export type Strength = (typeof STRENGTHS)[number];
