/**
 * What the console offers to start, for the room's audience. A children's room
 * offers every kind's presets; a parent meeting's room offers only the kinds
 * made for adults (the kind's `audiences`), with the parents' content: the
 * question box with the parents' starters (the box picks them from the room's
 * audience), the parents' word-cloud prompts, the parents' quiz deck and the
 * check-out thumb. Children's games are not offered there at all, and the
 * server refuses to start them (docs/series.md, "Foreldremøter").
 */
import { ACTIVITY_KIND_NAMES, activityKinds, type ActivityKindName } from "../../../shared/activities/registry.js";
import { kindServes } from "../../../shared/activities/types.js";
import { PARENT_PROMPTS } from "../../../shared/content/parent-prompts.js";
import type { Audience } from "../../../shared/room/types.js";
import { clientActivities } from "../activities/registry.js";

export interface StartChoice {
  kind: ActivityKindName;
  /** i18n key of the choice's name and description (`<key>.name`, `<key>.description`). */
  labelKey: string;
  config: unknown;
}

const prompt = (id: (typeof PARENT_PROMPTS)[number]["id"]) => PARENT_PROMPTS.find((p) => p.id === id)!.text.nb;

const PARENT_CHOICES: StartChoice[] = [
  { kind: "questionbox", labelKey: "voksne.console.presets.questionbox", config: {} },
  { kind: "wordcloud", labelKey: "voksne.console.presets.sett", config: { prompt: prompt("sett"), maxPerSeat: 2 } },
  { kind: "wordcloud", labelKey: "voksne.console.presets.trenger", config: { prompt: prompt("trenger"), maxPerSeat: 3 } },
  { kind: "quiz", labelKey: "voksne.console.presets.quiz", config: { deck: "foreldre" } },
  { kind: "tommel", labelKey: "voksne.console.presets.tommel", config: {} },
];

export function startChoices(audience: Audience): StartChoice[] {
  if (audience === "voksne") return PARENT_CHOICES.filter((c) => kindServes(activityKinds[c.kind], "voksne"));
  return ACTIVITY_KIND_NAMES.flatMap((kind) => (clientActivities[kind]?.presets ?? []).map((p) => ({ kind, labelKey: p.labelKey, config: p.config as unknown })));
}
