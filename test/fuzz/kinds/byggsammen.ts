/** Fuzz generator for the "byggsammen" activity kind (found by ../generators.ts). */
import { GAME_HOST_ACTIONS, badCommon, strings, field, type KindGenerator } from "../gen-kit.js";
import { MOTIFS } from "../../../shared/activities/byggsammen/index.js";

export const generator: KindGenerator = {
  config: (c) => (c.g.chance(0.2) ? undefined : { motif: c.g.pick(MOTIFS) }),
  badConfig: (c) => c.g.pick([{ motif: "castle" }, { motif: "fyr", size: 3 }]),
  seat: (c) => ({
    type: c.g.chance(0.75) ? "place" : "give",
    pieceId: c.g.chance(0.9) ? c.g.pickOr(strings(field(c.seatActivity, "mine"), "id"), () => c.g.fakeId()) : c.g.fakeId(),
  }),
  host: GAME_HOST_ACTIONS,
  bad: (c) => c.g.pick([{ type: "place", pieceId: "P!" }, { type: "place" }, badCommon(c)]),
};
