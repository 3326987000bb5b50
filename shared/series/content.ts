/**
 * The content library: records a leader can read, copy, edit and export. Each
 * type's body is checked by the schema of the activity that uses it where one
 * exists (a quiz deck is exactly the quiz activity's `custom` config, a prompt
 * passes the word cloud's and question box's own config schemas), and by a
 * schema built from the activity's own ids and text rules otherwise.
 */
import { z } from "zod";
import { quizConfigSchema, quizTextSchema } from "../activities/quiz/index.js";
import { questionboxConfigSchema } from "../activities/questionbox/index.js";
import { wordcloudConfigSchema } from "../activities/wordcloud/index.js";
import { FEELINGS, FEELING_IDS } from "../content/feelings.js";
import { addIssues } from "./issues.js";
import { leaderText } from "./text.js";

export const CONTENT_TYPES = [
  "quizDeck",
  "starters",
  "wordcloudPrompts",
  "feelings",
  "strengths",
  "copingCards",
  "detectiveClues",
  "helpLines",
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "ids are 1–40 lower-case letters, digits or dashes");
/** A text in bokmål, and nynorsk/English where written: the quiz activity's own text schema. */
const text = quizTextSchema;
const uniqueBy = <T>(key: (t: T) => string, what: string) => (list: readonly T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `${what} "${k}" is used twice` });
    seen.add(k);
  });
};

/** A deck is the quiz's `custom` config, so any deck here can run as it is. */
const quizDeckBody = z.unknown().superRefine((body, ctx) => {
  const parsed = quizConfigSchema.safeParse({ custom: body });
  // Paths inside the deck itself, without the config's `custom` wrapper.
  if (!parsed.success) addIssues(ctx, parsed.error, [], 1);
});

const starterText = z.strictObject({
  nb: leaderText(140).min(1),
  nn: leaderText(140).min(1).optional(),
  en: leaderText(140).min(1).optional(),
});

/** A prompt must pass both moderated kinds' own prompt rules, so it can head either. */
const promptText = z.string().superRefine((prompt, ctx) => {
  for (const schema of [wordcloudConfigSchema, questionboxConfigSchema]) {
    const parsed = schema.safeParse({ prompt });
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "not a valid prompt" });
      return;
    }
  }
});

const labelled = z.strictObject({ id, label: text });

export const contentBodySchemas = {
  quizDeck: quizDeckBody,
  starters: z.strictObject({ starters: z.array(z.strictObject({ id, text: starterText })).min(1).max(40).superRefine(uniqueBy((s) => s.id, "starter id")) }),
  wordcloudPrompts: z.strictObject({ prompts: z.array(promptText).min(1).max(40) }),
  feelings: z
    .strictObject({
      families: z.array(labelled).min(1).max(12).superRefine(uniqueBy((f) => f.id, "family id")),
      feelings: z
        .array(z.strictObject({ id, family: id, label: text }))
        .min(1)
        .max(60)
        .superRefine(uniqueBy((f) => f.id, "feeling id")),
    })
    .superRefine((body, ctx) => {
      const families = new Set(body.families.map((f) => f.id));
      body.feelings.forEach((f, i) => {
        if (!families.has(f.family)) ctx.addIssue({ code: "custom", path: ["feelings", i, "family"], message: `no family "${f.family}"` });
      });
    }),
  strengths: z.strictObject({ strengths: z.array(labelled).min(1).max(60).superRefine(uniqueBy((s) => s.id, "strength id")) }),
  copingCards: z.strictObject({ cards: z.array(labelled).min(1).max(60).superRefine(uniqueBy((c) => c.id, "card id")) }),
  detectiveClues: z.strictObject({
    puzzles: z
      .array(
        z.strictObject({
          id,
          /** The hidden feeling, from the detective's own vocabulary. */
          feeling: z.enum(FEELING_IDS),
          face: z.enum(FEELINGS.map((f) => f.face) as [string, ...string[]]),
          clues: z.array(z.strictObject({ kind: z.enum(["face", "body", "thought", "situation"]), text })).min(1).max(8),
        }),
      )
      .min(1)
      .max(40)
      .superRefine(uniqueBy((p) => p.id, "puzzle id")),
  }),
  helpLines: z.strictObject({
    lines: z
      .array(
        z.strictObject({
          id,
          name: text,
          by: text.nullable(),
          phone: z.string().regex(/^[0-9 +]{3,20}$/, "digits, spaces and + only"),
          tel: z.string().regex(/^\+?[0-9]{3,15}$/, "digits only, an optional leading +"),
          web: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[A-Za-z0-9._~/-]*)?$/, "a web address without https://"),
          about: text,
          when: text,
          /** "11+": for children of 11 and older and adults only (the 8–10 wording leaves it out). */
          ages: z.enum(["all", "11+"]).default("all"),
        }),
      )
      .min(1)
      .max(12)
      .superRefine(uniqueBy((l) => l.id, "help line id")),
  }),
} as const satisfies Record<ContentType, z.ZodType>;

export const contentItemSchema = z
  .strictObject({
    type: z.enum(CONTENT_TYPES),
    title: leaderText(120).min(1, "Content needs a title."),
    body: z.unknown(),
  })
  .superRefine((item, ctx) => {
    const parsed = contentBodySchemas[item.type].safeParse(item.body);
    if (!parsed.success) addIssues(ctx, parsed.error, ["body"]);
  });
export type ContentItem = z.infer<typeof contentItemSchema>;

export interface ContentRecord {
  id: string;
  version: number;
  builtin: boolean;
  item: ContentItem;
  updatedAt: number;
}

export interface ContentSummary {
  id: string;
  version: number;
  builtin: boolean;
  type: ContentType;
  title: string;
  updatedAt: number;
}

export function summariseContent(r: ContentRecord): ContentSummary {
  return { id: r.id, version: r.version, builtin: r.builtin, type: r.item.type, title: r.item.title, updatedAt: r.updatedAt };
}
