/**
 * Dagens tommel ("how was today?"): each tablet shows a thumb up, in between or
 * down, or passes. The host sees counts; the projector shows a k-safe group
 * picture only after the host shows it, and that picture is frozen as counts
 * (docs/rules.md, "Small-group disclosure control", "A shown picture is frozen", "Pass is always an answer, in every activity"). The smallest kind: the worked
 * example in docs/activities.md.
 */
import { z } from "zod";
import { groupPicture, screenPicture, type DisclosureOptions, type GroupPicture, type ScreenPicture } from "../../disclosure/index.js";
import type { SeatId } from "../../room/types.js";
import { presentSeats, reject, type ActivityKind } from "../types.js";

export const THUMBS = ["up", "middle", "down"] as const;
export type Thumb = (typeof THUMBS)[number];
type Counts = Readonly<Record<Thumb, number>>;

export const tommelConfigSchema = z.strictObject({}).default({});
export const tommelActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("vote"), thumb: z.enum(THUMBS) }), // tablets
  z.strictObject({ type: z.literal("pass") }), // tablets
  z.strictObject({ type: z.literal("reveal") }), // host
  z.strictObject({ type: z.literal("reopen") }), // host
]);
export type TommelAction = z.output<typeof tommelActionSchema>;

export interface TommelState {
  phase: "open" | "shown";
  /** Per seat, for changing one's mind and for forgetSeat; only the counts ever leave. */
  votes: Readonly<Record<SeatId, Thumb | "pass">>;
  /** Counts frozen when the host showed the picture (never seat-keyed). */
  shown: Counts | null;
}

const countsOf = (votes: TommelState["votes"]): Counts => {
  const counts = { up: 0, middle: 0, down: 0 };
  for (const vote of Object.values(votes)) if (vote !== "pass") counts[vote]++;
  return counts;
};
// A unanimous thumb down is sensitive: it is shown as its group "hard" with "mange", never as a
// count of everyone.
export const TOMMEL_DISCLOSURE: Omit<DisclosureOptions, "k"> = {
  bins: [{ id: "up" }, { id: "middle" }, { id: "down", group: "hard", sensitive: true }],
  groups: [{ id: "hard", sensitive: true }],
};
const picture = (counts: Counts, k: number): GroupPicture => groupPicture(counts, { k, ...TOMMEL_DISCLOSURE });

export const tommel: ActivityKind<z.output<typeof tommelConfigSchema>, TommelState, TommelAction, {
  host: { phase: TommelState["phase"]; counts: Counts; passed: number; picture: GroupPicture };
  screen: { phase: TommelState["phase"]; picture: ScreenPicture | null };
  seat: { phase: TommelState["phase"]; mine: Thumb | "pass" | null };
}> = {
  kind: "tommel",
  /** Also at parent meetings, with adult wording on the tablets and the projector. */
  audiences: ["barn", "voksne"],
  config: tommelConfigSchema,
  action: tommelActionSchema,
  init: () => ({ phase: "open", votes: {}, shown: null }),
  reduce(state, action, actor) {
    if (action.type === "reveal" || action.type === "reopen") {
      if (actor.role !== "host") return reject("FORBIDDEN", "Only the host can show or hide the picture.");
      if (action.type === "reveal") return state.phase === "shown" ? state : { ...state, phase: "shown", shown: countsOf(state.votes) };
      return state.phase === "open" ? state : { ...state, phase: "open", shown: null };
    }
    if (actor.role !== "seat") return reject("FORBIDDEN", "Only a tablet can answer.");
    if (state.phase !== "open") return reject("STALE", "The picture is shown; answers are closed.");
    const vote = action.type === "pass" ? "pass" : action.thumb;
    return state.votes[actor.seatId] === vote ? state : { ...state, votes: { ...state.votes, [actor.seatId]: vote } };
  },
  // Every present tablet has voted or passed: the leader's counts are complete.
  settled(state, ctx) {
    const present = presentSeats(ctx);
    return state.phase === "open" && present.length > 0 && present.every((seat) => Object.prototype.hasOwnProperty.call(state.votes, seat));
  },
  forgetSeat(state, seatId) {
    if (!Object.prototype.hasOwnProperty.call(state.votes, seatId)) return state;
    const { [seatId]: _gone, ...votes } = state.votes;
    return { ...state, votes }; // `shown` stays: counts, and changing it would tell the room about that seat
  },
  // The day's group picture, kept only when the leader opted in and only k-safe (docs/privacy.md,
  // "Kept group results"); from the live votes, so a removed seat is not in it (docs/rules.md, "A removed seat leaves nothing behind").
  keptTallies: (state) => [{ question: "today", counts: countsOf(state.votes), ...TOMMEL_DISCLOSURE }],
  view: {
    host: (state, ctx) => ({
      phase: state.phase,
      counts: countsOf(state.votes),
      passed: Object.values(state.votes).filter((v) => v === "pass").length,
      picture: picture(state.shown ?? countsOf(state.votes), ctx.k),
    }),
    screen: (state, ctx) => ({ phase: state.phase, picture: state.shown ? screenPicture(picture(state.shown, ctx.k)) : null }),
    seat: (state, seatId) => ({ phase: state.phase, mine: state.votes[seatId] ?? null }),
  },
};
