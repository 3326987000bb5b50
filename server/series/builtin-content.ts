/**
 * The built-in content library: the activities' own built-in content, as
 * library records. They live in code (shared/content and each kind's strings),
 * so they cannot be destroyed; a leader edits a copy. Labels come from the same
 * string files the tablets use, so the library shows exactly the words a child
 * sees.
 */
import { QUIZ_DECKS } from "../../shared/content/quiz-decks.js";
import { STARTERS, type Starter } from "../../shared/content/starters.js";
import { PARENT_PROMPTS } from "../../shared/content/parent-prompts.js";
import { FEELINGS, FEELING_FAMILIES } from "../../shared/content/feelings.js";
import { GROUP_STRENGTH_IDS } from "../../shared/content/group-strengths.js";
import { COPING_CARD_IDS } from "../../shared/activities/hvahjelper/content.js";
import { GARDEN_STRENGTH_IDS } from "../../shared/activities/styrkehagen/content.js";
import { DETECTIVE_PUZZLES } from "../../shared/content/detective.js";
import { HELP_LINES } from "../../shared/content/help-lines.js";
import { contentItemSchema, type ContentItem, type ContentRecord } from "../../shared/series/content.js";
import { nb } from "../../client/src/i18n/nb.js";
import { nn } from "../../client/src/i18n/nn.js";
import { en } from "../../client/src/i18n/en.js";
import { hvahjelperMeta } from "../../client/src/activities/hvahjelper/meta.js";
import { styrkehagenMeta } from "../../client/src/activities/styrkehagen/meta.js";
import { wordcloudMeta } from "../../client/src/activities/wordcloud/meta.js";

type Bundle = Record<string, unknown>;
const pick = (bundle: unknown, ...keys: string[]): string | undefined => {
  let v: unknown = bundle;
  for (const k of keys) v = v && typeof v === "object" ? (v as Bundle)[k] : undefined;
  return typeof v === "string" ? v : undefined;
};
/** One label in every language that has it; bokmål always (the id when even that is missing). */
function label(bundles: { nb: unknown; nn?: unknown; en?: unknown }, ...keys: string[]) {
  const text: { nb: string; nn?: string; en?: string } = { nb: pick(bundles.nb, ...keys) ?? keys[keys.length - 1] };
  const n = pick(bundles.nn, ...keys);
  const e = pick(bundles.en, ...keys);
  if (n) text.nn = n;
  if (e) text.en = e;
  return text;
}

const app = { nb, nn, en };
const startersFor = (audience: "barn" | "voksne") =>
  STARTERS.filter((s: Starter) => (s.audience ?? "barn") === audience).map((s) => ({ id: s.id, text: s.text }));
const coping = hvahjelperMeta.strings as { nb: unknown; nn?: unknown; en?: unknown };
const garden = styrkehagenMeta.strings as { nb: unknown; nn?: unknown; en?: unknown };
const cloud = wordcloudMeta.strings as { nb: unknown; nn?: unknown; en?: unknown };

const ITEMS: { id: string; item: ContentItem }[] = [
  ...QUIZ_DECKS.map((deck) => ({
    id: `builtin-quiz-${deck.id}`,
    item: {
      type: "quizDeck" as const,
      title: deck.title.nb,
      body: { title: deck.title, cards: deck.cards },
    },
  })),
  {
    id: "builtin-starters",
    item: { type: "starters", title: "Setningsstartere for spørsmålsboksen", body: { starters: startersFor("barn") } },
  },
  {
    id: "builtin-starters-voksne",
    item: { type: "starters", title: "Spørsmål for foreldremøter (spørsmålsboksen)", body: { starters: startersFor("voksne") } },
  },
  {
    id: "builtin-wordcloud-prompts-voksne",
    item: { type: "wordcloudPrompts", title: "Spørsmål til ordskyen på foreldremøter", body: { prompts: PARENT_PROMPTS.map((p) => p.text.nb) } },
  },
  {
    id: "builtin-wordcloud-prompts",
    item: {
      type: "wordcloudPrompts",
      title: "Spørsmål til ordskyen",
      body: {
        prompts: [
          pick(cloud.nb, "prompts", "glad") ?? "Hva gjør deg glad?",
          pick(cloud.nb, "prompts", "hjelper") ?? "Hva hjelper når du er lei deg?",
          "Hvem kan du snakke med?",
          "Hva gleder du deg til?",
          "Ett ord om i dag",
        ],
      },
    },
  },
  {
    id: "builtin-feelings",
    item: {
      type: "feelings",
      title: "Følelsesord og familier",
      body: {
        families: FEELING_FAMILIES.map((f) => ({ id: f, label: label(app, "feelings", "family", f) })),
        feelings: FEELINGS.map((f) => ({ id: f.id, family: f.family, label: label(app, "feelings", f.id) })),
      },
    },
  },
  {
    id: "builtin-group-strengths",
    item: { type: "strengths", title: "Styrker gruppa brukte (feiring)", body: { strengths: GROUP_STRENGTH_IDS.map((id) => ({ id, label: label(app, "groupStrengths", id) })) } },
  },
  {
    id: "builtin-garden-strengths",
    item: { type: "strengths", title: "Styrker i styrkehagen", body: { strengths: GARDEN_STRENGTH_IDS.map((id) => ({ id, label: label(garden, "strengths", id) })) } },
  },
  {
    id: "builtin-coping-cards",
    item: { type: "copingCards", title: "Hva hjelper? Mestringskort", body: { cards: COPING_CARD_IDS.map((id) => ({ id, label: label(coping, "cards", id) })) } },
  },
  {
    id: "builtin-detective",
    item: {
      type: "detectiveClues",
      title: "Følelsesdetektiven: spor",
      body: { puzzles: DETECTIVE_PUZZLES.map((p) => ({ id: p.id, feeling: p.feeling, face: p.face, clues: p.clues.map((c) => ({ kind: c.kind, text: c.text })) })) },
    },
  },
  {
    id: "builtin-help-lines",
    item: { type: "helpLines", title: "Hjelpetelefoner for barn", body: { lines: HELP_LINES.map((h) => ({ ...h })) } },
  },
];

/**
 * Built once at start, each checked by the same schema as any leader's record. A built-in that
 * fails (its activity's content changed shape) is left out rather than stopping the server, and
 * named in BUILTIN_CONTENT_PROBLEMS, which the tests require to be empty.
 */
export const BUILTIN_CONTENT_PROBLEMS: string[] = [];
export const BUILTIN_CONTENT: readonly ContentRecord[] = ITEMS.flatMap(({ id, item }) => {
  const parsed = contentItemSchema.safeParse(item);
  if (parsed.success) return [{ id, version: 1, builtin: true, item: parsed.data, updatedAt: 0 }];
  BUILTIN_CONTENT_PROBLEMS.push(`${id}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return [];
});
