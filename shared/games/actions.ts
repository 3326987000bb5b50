/** The zod schemas of the host's round controls (see ./round.ts), for the game kinds' action schemas. */
import { z } from "zod";
import type { GameHostAction } from "./round.js";

export const gameHostActions = [
  z.strictObject({ type: z.literal("pause") }),
  z.strictObject({ type: z.literal("resume") }),
  z.strictObject({ type: z.literal("easier") }),
  z.strictObject({ type: z.literal("harder") }),
  z.strictObject({ type: z.literal("hint"), on: z.boolean() }),
  /** The soft ending: "Nesten! Vi prøver igjen sammen". Nothing the group built is lost. */
  z.strictObject({ type: z.literal("almost") }),
  /** Carry on after "almost", from where the group was. */
  z.strictObject({ type: z.literal("tryAgain") }),
  /** Start a fresh round (after success or "almost"). */
  z.strictObject({ type: z.literal("newRound") }),
] as const;
// The schemas and the type in ./round.ts must describe the same actions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same: Same<z.infer<(typeof gameHostActions)[number]>, GameHostAction> = true;
void same;


/** A tablet's "Jeg ser på" (on) and "Bli med igjen" (off); see ./watching.ts. */
export const gameWatchAction = z.strictObject({ type: z.literal("watch"), on: z.boolean() });
