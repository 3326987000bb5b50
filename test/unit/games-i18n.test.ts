/**
 * Every word the games show comes through i18n in bokmål, nynorsk and
 * English: each strength, card, colour and phase id has its label, and no
 * generic "Flink!" praise is offered for the celebration.
 */
import { describe, expect, it } from "vitest";
import { nb } from "../../client/src/i18n/nb.js";
import { nn } from "../../client/src/i18n/nn.js";
import { en } from "../../client/src/i18n/en.js";
import { ballongenMeta } from "../../client/src/activities/ballongen/meta.js";
import { byggsammenMeta } from "../../client/src/activities/byggsammen/meta.js";
import { styrkehagenMeta } from "../../client/src/activities/styrkehagen/meta.js";
import { hvahjelperMeta } from "../../client/src/activities/hvahjelper/meta.js";
import { GROUP_STRENGTH_IDS } from "../../shared/content/group-strengths.js";
import { GARDEN_STRENGTH_IDS } from "../../shared/activities/styrkehagen/content.js";
import { COLUMNS, COPING_CARD_IDS } from "../../shared/activities/hvahjelper/content.js";
import { PIECE_COLOURS } from "../../shared/activities/byggsammen/index.js";
import { CALM_PATTERN_IDS } from "../../shared/room/calm.js";
import { GAME_PHASES } from "../../shared/games/round.js";

const LANGS = { nb, nn, en } as const;
type Tree = Record<string, unknown>;
const get = (tree: unknown, path: string): unknown => path.split(".").reduce<unknown>((t, k) => (t as Tree | undefined)?.[k], tree);

describe("games: i18n", () => {
  it.each(Object.keys(LANGS) as (keyof typeof LANGS)[])("room-level words exist in %s", (lang) => {
    const r = LANGS[lang];
    for (const id of GROUP_STRENGTH_IDS) expect(get(r, `groupStrengths.${id}`), id).toMatch(/\S/);
    for (const p of CALM_PATTERN_IDS) expect(get(r, `calm.patterns.${p}`), p).toMatch(/\S/);
    for (const ph of GAME_PHASES) expect(get(r, `games.status.${ph}`), ph).toMatch(/\S/);
    expect(get(r, "games.almost")).toMatch(lang === "en" ? /Almost! Let's try again together/ : /^Nesten! Vi prøver igjen sa(mmen|man)$/);
  });

  it.each(["nb", "nn", "en"] as const)("every game id has its label in %s", (lang) => {
    const b = (meta: { strings: Partial<Record<string, object>> }) => meta.strings[lang] ?? meta.strings.nb;
    for (const meta of [styrkehagenMeta, hvahjelperMeta, byggsammenMeta, ballongenMeta]) expect(get(b(meta), "kind.name")).toMatch(/\S/);
    for (const id of GARDEN_STRENGTH_IDS) expect(get(b(styrkehagenMeta), `strengths.${id}`), id).toMatch(/\S/);
    for (const id of COPING_CARD_IDS) expect(get(b(hvahjelperMeta), `cards.${id}`), id).toMatch(/\S/);
    for (const c of COLUMNS) expect(get(b(hvahjelperMeta), `columns.${c}`), c).toMatch(/\S/);
    for (const c of PIECE_COLOURS) expect(get(b(byggsammenMeta), `colour.${c}`), c).toMatch(/\S/);
    for (const l of ["0", "1", "2", "3"]) expect(get(b(ballongenMeta), `lift.${l}`), l).toMatch(/\S/);
    for (const meta of [ballongenMeta, byggsammenMeta, styrkehagenMeta, hvahjelperMeta]) {
      for (const preset of meta.presets) {
        const key = preset.labelKey.split(".").slice(1).join(".");
        expect(get(b(meta), `${key}.name`), preset.labelKey).toMatch(/\S/);
      }
    }
  });

  it("no generic praise and no competition words in what children and the projector see", () => {
    // The host's own hints name what is left out ("Ingen poeng", "Ingen generell «Flink!»"); everything else must not use it.
    const { noScores: _n, ...games } = nb.games;
    const { celebrateHint: _c, ...goal } = nb.goal;
    const all = JSON.stringify([games, goal, nb.groupStrengths, nb.calm, ...[ballongenMeta, byggsammenMeta, styrkehagenMeta, hvahjelperMeta].map((m) => m.strings)]);
    expect(all).not.toMatch(/"Flink!?"|\bpoeng\b|vinner(e|en)?\b|taper|raskest|først ferdig|game over/i);
  });
});
