/**
 * The feelings vocabulary for the faces check-in (8–10), with "flau",
 * "forvirret", "savner noen" and a "både og" choice for mixed feelings.
 * "All feelings are OK": the family only groups feelings for small-group
 * disclosure; it is never shown as good/bad. Labels live in the i18n files.
 */
export const FEELING_FAMILIES = ["light", "heavy", "mixed"] as const;
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
  { id: "flau", family: "heavy", face: "embarrassed", colour: "#f4a6a6" },
  { id: "forvirret", family: "heavy", face: "confused", colour: "#d6c26a" },
  { id: "savner", family: "heavy", face: "missing", colour: "#8fb4d6" },
  { id: "bade-og", family: "mixed", face: "mixed", colour: "#b9d9a9" },
] as const;

export type FeelingId = (typeof FEELINGS)[number]["id"];
export type FaceShape = (typeof FEELINGS)[number]["face"];
export const FEELING_IDS = FEELINGS.map((f) => f.id) as [FeelingId, ...FeelingId[]];

export const STRENGTHS = ["litt", "endel", "veldig"] as const;
export type Strength = (typeof STRENGTHS)[number];

/**
 * The 11+ energy × pleasantness grid: our own word lists on Russell's public
 * circumplex model (not the branded Mood Meter or Zones sets). "Unpleasant"
 * never means "bad"; the quadrant only groups words for small-group disclosure.
 */
export const GRID_QUADRANTS = [
  { id: "high-pleasant", energy: "high", pleasant: true, words: ["glad", "ivrig", "stolt", "spent", "modig", "leken"] },
  { id: "low-pleasant", energy: "low", pleasant: true, words: ["rolig", "trygg", "fornoyd", "avslappet", "lettet", "takknemlig"] },
  { id: "high-unpleasant", energy: "high", pleasant: false, words: ["sint", "redd", "bekymret", "stresset", "frustrert", "nervos"] },
  { id: "low-unpleasant", energy: "low", pleasant: false, words: ["trist", "ensom", "sliten", "skuffet", "skamfull", "lei"] },
] as const;
export type GridQuadrantId = (typeof GRID_QUADRANTS)[number]["id"];
export type GridWordId = (typeof GRID_QUADRANTS)[number]["words"][number];
export const GRID_WORD_IDS = GRID_QUADRANTS.flatMap((q) => [...q.words]) as [GridWordId, ...GridWordId[]];
export function quadrantOf(word: GridWordId): (typeof GRID_QUADRANTS)[number] {
  return GRID_QUADRANTS.find((q) => (q.words as readonly string[]).includes(word)) ?? GRID_QUADRANTS[0];
}

/** The 0–10 feelings thermometer, shown on the projector only as three broad bands. */
export const THERMOMETER_BANDS = [
  { id: "heavy", from: 0, to: 3 },
  { id: "middle", from: 4, to: 6 },
  { id: "light", from: 7, to: 10 },
] as const;
export type ThermometerBandId = (typeof THERMOMETER_BANDS)[number]["id"];
export function thermometerBand(value: number): ThermometerBandId {
  return (THERMOMETER_BANDS.find((b) => value >= b.from && value <= b.to) ?? THERMOMETER_BANDS[1]).id;
}

/** Check-out: "one thing I take with me", picked from a list (never typed). */
export const TAKEAWAYS = ["not-alone", "not-my-fault", "can-talk", "feelings-ok", "learned", "had-fun", "my-strength"] as const;
export type TakeawayId = (typeof TAKEAWAYS)[number];
