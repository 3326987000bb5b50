/** Room-level types shared by the room core, the activities and the clients. */

export type AgeBand = "8-10" | "11+";
export type Language = "nb" | "nn" | "en";

/**
 * Who the room is for: children (the default), or adults at a parent meeting, where tablets and
 * the projector use adult wording and only the kinds made for adults run (docs/series.md,
 * "Foreldremøter"). Chosen when the room opens; fixed for its life.
 */
export const AUDIENCES = ["barn", "voksne"] as const;
export type Audience = (typeof AUDIENCES)[number];
export type SeatId = string;

/** An avatar is an animal and a colour from fixed lists, written "animal-colour". No names, ever. */
export type AvatarId = `${string}-${string}`;

export interface RoomSettings {
  /** Smallest group a number may describe on the projector (disclosure threshold). */
  k: number;
  ageBand: AgeBand;
  language: Language;
  /**
   * "Les alt høyt": every tablet reads each new prompt and its options aloud by itself.
   * Optional so snapshots from before this setting still restore (absent = off).
   */
  readAloud?: boolean;
  /** Optional so snapshots from before this setting still restore (absent = "barn"). */
  audience?: Audience;
}

/** The room's audience, "barn" when the setting is absent. */
export function roomAudience(settings: Pick<RoomSettings, "audience">): Audience {
  return settings.audience === "voksne" ? "voksne" : "barn";
}

export const DEFAULT_SETTINGS: RoomSettings = { k: 3, ageBand: "8-10", language: "nb", readAloud: false };

export type Actor = { role: "host" } | { role: "seat"; seatId: SeatId };
