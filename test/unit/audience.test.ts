/**
 * Parent meetings (docs/series.md, "Foreldremøter"): every adult key exists in
 * bokmål, nynorsk and English and is the variant of a key the children's
 * wording has; the adult words leave the children's framing behind; the
 * console's choices for an adult room name only kinds made for adults; and the
 * room core keeps the audience and refuses a children's kind in an adult room,
 * changing nothing.
 */
import { describe, expect, it } from "vitest";
import { voksneStrings } from "../../client/src/i18n/voksne.js";
import { nb } from "../../client/src/i18n/nb.js";
import { safeguardingStrings } from "../../client/src/i18n/safeguarding.js";
import { clientActivities } from "../../client/src/activities/registry.js";
import { startChoices } from "../../client/src/host/start-choices.js";
import { ACTIVITY_KIND_NAMES, activityKinds } from "../../shared/activities/registry.js";
import { kindServes } from "../../shared/activities/types.js";
import { PARENT_PROMPTS, findParentPrompt } from "../../shared/content/parent-prompts.js";
import { STARTERS } from "../../shared/content/starters.js";
import { QUIZ_DECKS } from "../../shared/content/quiz-decks.js";
import { createRoomCore } from "../../shared/room/core.js";
import { configure, createRoomState } from "../../shared/room/room.js";
import { isRejection } from "../../shared/errors.js";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

const get = (tree: unknown, path: string): unknown => path.split(".").reduce<unknown>((t, k) => (t as Record<string, unknown> | undefined)?.[k], tree);

/** The children's bokmål, as the tablets and the projector hold it: core, safeguarding and every kind's own. */
const BASE_NB: Record<string, unknown> = {
  ...nb,
  safeguarding: safeguardingStrings.nb,
  ...Object.fromEntries(Object.entries(clientActivities).map(([kind, a]) => [kind, a.strings.nb])),
};

/** Sections that are no variant of a children's key: content text and the leader's console words. */
const OWN_SECTIONS = ["content.", "console."];

describe("parent meetings: adult wording", () => {
  const nbKeys = leaves(voksneStrings.nb as Tree);

  it("has adult keys for the question box, the word cloud, the quiz and the help button", () => {
    for (const key of ["help.button", "questionbox.send", "questionbox.writeHint", "wordcloud.wordHint", "quiz.hint.young", "quiz.endText", "join.privacy"]) {
      expect(nbKeys.has(key), key).toBe(true);
    }
  });

  it.each(["nn", "en"] as const)("every adult key exists in %s, and no other (same keys as bokmål)", (lang) => {
    const other = leaves(voksneStrings[lang] as Tree);
    expect([...other.keys()].sort()).toEqual([...nbKeys.keys()].sort());
    for (const [key, text] of other) expect(text, `${lang}: ${key}`).toMatch(/\S/);
  });

  it("every adult key is the variant of a key the children's wording has (so the fallback is never a raw key)", () => {
    for (const key of nbKeys.keys()) {
      if (OWN_SECTIONS.some((s) => key.startsWith(s))) continue;
      expect(typeof get(BASE_NB, key), `voksne.${key} has no children's key ${key}`).toBe("string");
    }
  });

  it("keeps the placeholders of the key it replaces", () => {
    const holes = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of nbKeys) {
      if (OWN_SECTIONS.some((s) => key.startsWith(s))) continue;
      expect(holes(text), key).toEqual(holes(get(BASE_NB, key) as string));
    }
  });

  it("speaks to adults: no 'de voksne', 'grown-ups' or 'barna' framing, and never promises secrecy", () => {
    const child = { nb: /\bde voksne\b|\bbarna\b/i, nn: /\bdei vaksne\b|\bborna\b/i, en: /grown-?ups?/i } as const;
    for (const lang of ["nb", "nn", "en"] as const) {
      for (const [key, text] of leaves(voksneStrings[lang] as Tree)) {
        if (key.startsWith("console.")) continue;
        expect(text, `${lang}: ${key}`).not.toMatch(child[lang]);
        expect(text, `${lang}: ${key}`).not.toMatch(/hemmelig|hemmeleg|\bsecret\b|ingen får vite|nobody will know/i);
      }
    }
  });
});

describe("parent meetings: content", () => {
  it("has parents' starters that are complete questions in every language", () => {
    const parents = STARTERS.filter((s) => "audience" in s && s.audience === "voksne");
    expect(parents.length).toBeGreaterThanOrEqual(6);
    for (const s of parents) for (const lang of ["nb", "nn", "en"] as const) expect(s.complete[lang], `${s.id} ${lang}`).toMatch(/\?$/u);
  });

  it("has parents' word-cloud prompts, found again in any of their languages", () => {
    expect(PARENT_PROMPTS.length).toBeGreaterThanOrEqual(3);
    for (const p of PARENT_PROMPTS) for (const lang of ["nb", "nn", "en"] as const) expect(findParentPrompt(p.text[lang])?.id).toBe(p.id);
    expect(findParentPrompt("Hva gjør deg glad?")).toBeUndefined();
  });

  it("has a parents' quiz deck with a leader note on every card", () => {
    const deck = QUIZ_DECKS.find((d) => d.id === "foreldre")!;
    expect(deck.audience).toBe("voksne");
    for (const card of deck.cards) for (const lang of ["nb", "nn", "en"] as const) expect(card.leaderNote[lang], card.id).toMatch(/\S/);
  });
});

describe("parent meetings: what the console offers", () => {
  it("offers only kinds made for adults in an adult room, each with its name in every language", () => {
    const choices = startChoices("voksne");
    expect(new Set(choices.map((c) => c.kind))).toEqual(new Set(["questionbox", "wordcloud", "quiz", "tommel"]));
    for (const c of choices) {
      expect(kindServes(activityKinds[c.kind], "voksne"), c.kind).toBe(true);
      expect(activityKinds[c.kind].config.safeParse(c.config).success, c.labelKey).toBe(true);
      for (const lang of ["nb", "nn", "en"] as const) {
        const key = c.labelKey.replace(/^voksne\./, "");
        expect(get(voksneStrings[lang], `${key}.name`), `${lang} ${key}`).toMatch(/\S/);
        expect(get(voksneStrings[lang], `${key}.description`), `${lang} ${key}`).toMatch(/\S/);
      }
    }
  });

  it("offers every kind's presets in a children's room, as before", () => {
    const kinds = new Set(startChoices("barn").map((c) => c.kind));
    for (const kind of ACTIVITY_KIND_NAMES) if (clientActivities[kind].presets.length > 0) expect(kinds.has(kind), kind).toBe(true);
  });

  it("marks the children's games as children's only", () => {
    for (const kind of ["ballongen", "byggsammen", "styrkehagen", "hvahjelper", "detective", "checkin"] as const) {
      expect(kindServes(activityKinds[kind], "voksne"), kind).toBe(false);
      expect(kindServes(activityKinds[kind], "barn"), kind).toBe(true);
    }
  });
});

describe("parent meetings: the room core", () => {
  const core = createRoomCore(activityKinds);
  const clock = { now: 5_000, random: () => 0.5 };
  const adultRoom = () =>
    createRoomState({ id: "r1", code: "ABCDE", ownerId: 1, now: 1_000, settings: { k: 3, ageBand: "11+", language: "nb", audience: "voksne" } });

  it("refuses a children's game in an adult room with NOT_ALLOWED and changes nothing", () => {
    const state = adultRoom();
    const before = JSON.stringify(state);
    for (const kind of ["ballongen", "byggsammen", "styrkehagen", "hvahjelper", "detective", "checkin"]) {
      const result = core.startActivity(state, kind, undefined, clock);
      expect(isRejection(result) && result.code, kind).toBe("NOT_ALLOWED");
    }
    expect(JSON.stringify(state)).toBe(before);
  });

  it("runs the adult kinds there, and the question box offers the parents' starters", () => {
    const started = core.startActivity(adultRoom(), "questionbox", undefined, clock);
    if (isRejection(started)) throw new Error(started.message);
    const hostView = core.hostView(started, { joinUrl: "x", screenToken: "y" }, 5_000);
    expect(hostView.settings.audience).toBe("voksne");
    const starters = (hostView.activity?.view as { starters: string[] }).starters;
    expect(starters.length).toBeGreaterThan(0);
    expect(starters.every((id) => id.startsWith("parent-"))).toBe(true);
  });

  it("a children's room still runs the games and offers the children's starters", () => {
    const state = createRoomState({ id: "r2", code: "FGHJK", ownerId: 1, now: 1_000 });
    expect(isRejection(core.startActivity(state, "ballongen", undefined, clock))).toBe(false);
    const box = core.startActivity(state, "questionbox", undefined, clock);
    if (isRejection(box)) throw new Error(box.message);
    const starters = (core.hostView(box, { joinUrl: "x", screenToken: "y" }, 5_000).activity?.view as { starters: string[] }).starters;
    expect(starters).toContain("my-fault");
    expect(starters.some((id) => id.startsWith("parent-"))).toBe(false);
  });

  it("keeps the audience when other settings change", () => {
    const changed = configure(adultRoom(), { k: 4, language: "nn" });
    expect(changed.settings).toMatchObject({ k: 4, language: "nn", audience: "voksne" });
  });
});
