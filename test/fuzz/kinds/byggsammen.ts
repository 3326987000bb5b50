/** Fuzz generator for the "byggsammen" activity kind (found by ../generators.ts). */
import { GAME_HOST_ACTIONS, WATCH, badCommon, strings, field, type KindGenerator } from "../gen-kit.js";
import { ALL_AVATARS } from "../../../shared/content/avatars.js";
import { MOTIFS } from "../../../shared/activities/byggsammen/index.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.2) ? undefined : { motif: c.g.pick(MOTIFS) }),
  badConfig: (c) => c.g.pick([{ motif: "castle" }, { motif: "fyr", size: 3 }]),
  seat: (c) => {
    if (c.g.chance(0.15)) return WATCH(c);
    const pieceId = c.g.chance(0.9) ? c.g.pickOr(strings(field(c.seatActivity, "mine"), "id"), () => c.g.fakeId()) : c.g.fakeId();
    if (c.g.chance(0.6)) return { type: "place", pieceId };
    // "Gi bort": to an avatar the tablet was offered, to any avatar (maybe not in the room), or to whoever needs it.
    const offered = Array.isArray(field(c.seatActivity, "giveTo")) ? (field(c.seatActivity, "giveTo") as string[]) : [];
    const roll = c.g.random();
    if (roll < 0.5) return { type: "give", pieceId, to: c.g.pickOr(offered, () => c.g.pick(ALL_AVATARS)) };
    if (roll < 0.7) return { type: "give", pieceId, to: c.g.pick(ALL_AVATARS) };
    return { type: "give", pieceId };
  },
  host: GAME_HOST_ACTIONS,
  bad: (c) => c.g.pick([{ type: "place", pieceId: "P!" }, { type: "place" }, { type: "give", pieceId: "pabc", to: "FOX" }, { type: "give", pieceId: "pabc", to: 3 }, { type: "give", pieceId: "pabc", to: "" }, badCommon(c)]),
};
