/**
 * Starter sentences for the question box: a child taps one and may finish it
 * ("Er det min skyld at …" + "pappa blir sint?"). Original text, editable.
 * A starter that ends with "…" is meant to be completed; without a completion
 * the starter's complete question is sent instead.
 */
import type { LocalText } from "./help-lines.js";

export interface Starter {
  id: string;
  /** The beginning a child may finish: "Er det min skyld at …". */
  text: LocalText;
  /**
   * The whole question, sent when the child adds nothing (and offered as it is when free typing
   * is off), so a fragment like "Er det min skyld at?" never reaches the projector.
   */
  complete: LocalText;
}

export const STARTERS = [
  {
    id: "my-fault",
    text: { nb: "Er det min skyld at …", nn: "Er det mi skuld at …", en: "Is it my fault that …" },
    complete: { nb: "Er det min skyld når mamma eller pappa ikke har det bra?", nn: "Er det mi skuld når mamma eller pappa ikkje har det bra?", en: "Is it my fault when mum or dad is not well?" },
  },
  {
    id: "why-like-that",
    text: { nb: "Hvorfor blir mamma/pappa sånn …", nn: "Kvifor blir mamma/pappa slik …", en: "Why does mum/dad get like that …" },
    complete: { nb: "Hvorfor blir mamma eller pappa sånn?", nn: "Kvifor blir mamma eller pappa slik?", en: "Why does mum or dad get like that?" },
  },
  {
    id: "will-it-pass",
    text: { nb: "Kan det gå over …", nn: "Kan det gå over …", en: "Can it get better …" },
    complete: { nb: "Kan det gå over?", nn: "Kan det gå over?", en: "Can it get better?" },
  },
  {
    id: "who-can-i-talk-to",
    text: { nb: "Hvem kan jeg snakke med …", nn: "Kven kan eg snakke med …", en: "Who can I talk to …" },
    complete: { nb: "Hvem kan jeg snakke med?", nn: "Kven kan eg snakke med?", en: "Who can I talk to?" },
  },
  {
    id: "is-it-normal",
    text: { nb: "Er det vanlig at …", nn: "Er det vanleg at …", en: "Is it normal that …" },
    complete: { nb: "Er det vanlig å ha det sånn som jeg har det?", nn: "Er det vanleg å ha det slik som eg har det?", en: "Is it normal to feel the way I do?" },
  },
  {
    id: "what-is",
    text: { nb: "Hva er …", nn: "Kva er …", en: "What is …" },
    complete: { nb: "Hva er psykisk sykdom og rus?", nn: "Kva er psykisk sjukdom og rus?", en: "What are mental illness and addiction?" },
  },
  {
    id: "what-can-i-do",
    text: { nb: "Hva kan jeg gjøre når …", nn: "Kva kan eg gjere når …", en: "What can I do when …" },
    complete: { nb: "Hva kan jeg gjøre når det er vanskelig hjemme?", nn: "Kva kan eg gjere når det er vanskeleg heime?", en: "What can I do when things are hard at home?" },
  },
  {
    id: "i-wonder",
    text: { nb: "Jeg lurer på om …", nn: "Eg lurer på om …", en: "I wonder whether …" },
    complete: { nb: "Blir det bra igjen?", nn: "Blir det bra att?", en: "Will things be all right again?" },
  },
  {
    id: "can-i-get-it-too",
    text: { nb: "Kan jeg også bli syk …", nn: "Kan eg òg bli sjuk …", en: "Can I get ill too …" },
    complete: { nb: "Kan jeg også bli syk?", nn: "Kan eg òg bli sjuk?", en: "Can I get ill too?" },
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
