/**
 * Starter sentences for the question box: a child taps one and may finish it
 * ("Er det min skyld at …" + "pappa blir sint?"). Original text, editable.
 * A starter that ends with "…" is meant to be completed; without a completion
 * the question ends with a question mark.
 */
import type { LocalText } from "./help-lines.js";

export interface Starter {
  id: string;
  text: LocalText;
}

export const STARTERS = [
  {
    id: "my-fault",
    text: { nb: "Er det min skyld at …", nn: "Er det mi skuld at …", en: "Is it my fault that …" },
  },
  {
    id: "why-like-that",
    text: { nb: "Hvorfor blir mamma/pappa sånn …", nn: "Kvifor blir mamma/pappa slik …", en: "Why does mum/dad get like that …" },
  },
  {
    id: "will-it-pass",
    text: { nb: "Kan det gå over …", nn: "Kan det gå over …", en: "Can it get better …" },
  },
  {
    id: "who-can-i-talk-to",
    text: { nb: "Hvem kan jeg snakke med …", nn: "Kven kan eg snakke med …", en: "Who can I talk to …" },
  },
  {
    id: "is-it-normal",
    text: { nb: "Er det vanlig at …", nn: "Er det vanleg at …", en: "Is it normal that …" },
  },
  {
    id: "what-is",
    text: { nb: "Hva er …", nn: "Kva er …", en: "What is …" },
  },
  {
    id: "what-can-i-do",
    text: { nb: "Hva kan jeg gjøre når …", nn: "Kva kan eg gjere når …", en: "What can I do when …" },
  },
  {
    id: "i-wonder",
    text: { nb: "Jeg lurer på om …", nn: "Eg lurer på om …", en: "I wonder whether …" },
  },
  {
    id: "can-i-get-it-too",
    text: { nb: "Kan jeg også bli syk …", nn: "Kan eg òg bli sjuk …", en: "Can I get ill too …" },
  },
] as const satisfies readonly Starter[];

export type StarterId = (typeof STARTERS)[number]["id"];
export const STARTER_IDS = STARTERS.map((s) => s.id) as [StarterId, ...StarterId[]];

export function findStarter(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}

/** The starter's words without the trailing ellipsis: "Er det min skyld at". */
export function starterStem(starter: Starter, language: keyof LocalText): string {
  return starter.text[language].replace(/\s*(…|\.\.\.)\s*$/u, "").trim();
}
