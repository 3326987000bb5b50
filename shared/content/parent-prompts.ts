/**
 * Word-cloud prompts for parent meetings (audience "voksne"), in bokmål,
 * nynorsk and English. A step stores the bokmål prompt; the views show a known
 * prompt in the room's language, like the children's presets. Original text,
 * editable content.
 */
import type { LocalText } from "./help-lines.js";

export interface ParentPrompt {
  id: string;
  text: LocalText;
}

export const PARENT_PROMPTS = [
  {
    id: "sett",
    text: { nb: "Hva har du sett hos barnet ditt?", nn: "Kva har du sett hos barnet ditt?", en: "What have you noticed in your child?" },
  },
  {
    id: "trenger",
    text: {
      nb: "Hva trenger du for å snakke med barnet om sykdommen?",
      nn: "Kva treng du for å snakke med barnet om sjukdommen?",
      en: "What do you need to talk with your child about the illness?",
    },
  },
  {
    id: "hverdag",
    text: { nb: "Ett ord om hverdagen hjemme nå", nn: "Eitt ord om kvardagen heime no", en: "One word about everyday life at home now" },
  },
  {
    id: "god-til",
    text: { nb: "Hva er barnet ditt god til?", nn: "Kva er barnet ditt god til?", en: "What is your child good at?" },
  },
] as const satisfies readonly ParentPrompt[];

/** The parent prompt a stored prompt is, in any of its languages. */
export function findParentPrompt(prompt: string): ParentPrompt | undefined {
  return (PARENT_PROMPTS as readonly ParentPrompt[]).find((p) => Object.values(p.text).includes(prompt));
}
