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
  /** "voksne": a parent's question, offered by default in a parent meeting's room instead of the children's. */
  audience?: "voksne";
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
  // ---------- parent meetings: complete questions a parent would ask ----------
  {
    id: "parent-how-to-tell",
    audience: "voksne",
    text: { nb: "Hvordan kan jeg snakke med barnet mitt om …", nn: "Korleis kan eg snakke med barnet mitt om …", en: "How can I talk with my child about …" },
    complete: { nb: "Hvordan kan jeg snakke med barnet mitt om sykdommen?", nn: "Korleis kan eg snakke med barnet mitt om sjukdommen?", en: "How can I talk with my child about the illness?" },
  },
  {
    id: "parent-words",
    audience: "voksne",
    text: { nb: "Hvilke ord kan jeg bruke når …", nn: "Kva ord kan eg bruke når …", en: "What words can I use when …" },
    complete: { nb: "Hvilke ord kan jeg bruke når jeg forklarer sykdommen eller rusen for barnet?", nn: "Kva ord kan eg bruke når eg forklarar sjukdommen eller rusen for barnet?", en: "What words can I use when I explain the illness or the addiction to my child?" },
  },
  {
    id: "parent-how-much",
    audience: "voksne",
    text: { nb: "Hvor mye bør barnet vite om …", nn: "Kor mykje bør barnet vite om …", en: "How much should my child know about …" },
    complete: { nb: "Hvor mye bør barnet mitt vite om sykdommen?", nn: "Kor mykje bør barnet mitt vite om sjukdommen?", en: "How much should my child know about the illness?" },
  },
  {
    id: "parent-blame",
    audience: "voksne",
    text: { nb: "Hva gjør jeg hvis barnet tror …", nn: "Kva gjer eg viss barnet trur …", en: "What do I do if my child thinks …" },
    complete: { nb: "Hva gjør jeg hvis barnet tror at det er barnets skyld?", nn: "Kva gjer eg viss barnet trur at det er skulda til barnet?", en: "What do I do if my child thinks it is their fault?" },
  },
  {
    id: "parent-signs",
    audience: "voksne",
    text: { nb: "Hvordan merker jeg at barnet …", nn: "Korleis merkar eg at barnet …", en: "How can I tell that my child …" },
    complete: { nb: "Hvordan merker jeg at barnet mitt strever?", nn: "Korleis merkar eg at barnet mitt strevar?", en: "How can I tell that my child is struggling?" },
  },
  {
    id: "parent-bad-days",
    audience: "voksne",
    text: { nb: "Hva kan jeg si til barnet på dager når …", nn: "Kva kan eg seie til barnet på dagar når …", en: "What can I say to my child on days when …" },
    complete: { nb: "Hva kan jeg si til barnet på dager når jeg ikke har det bra?", nn: "Kva kan eg seie til barnet på dagar når eg ikkje har det bra?", en: "What can I say to my child on days when I am not well?" },
  },
  {
    id: "parent-after-group",
    audience: "voksne",
    text: { nb: "Hva kan jeg spørre barnet om etter …", nn: "Kva kan eg spørje barnet om etter …", en: "What can I ask my child after …" },
    complete: { nb: "Hva kan jeg spørre barnet om etter gruppemøtene?", nn: "Kva kan eg spørje barnet om etter gruppemøta?", en: "What can I ask my child after the group meetings?" },
  },
  {
    id: "parent-who-else",
    audience: "voksne",
    text: { nb: "Hvem andre kan barnet snakke med …", nn: "Kven andre kan barnet snakke med …", en: "Who else can my child talk to …" },
    complete: { nb: "Hvem andre kan barnet mitt snakke med?", nn: "Kven andre kan barnet mitt snakke med?", en: "Who else can my child talk to?" },
  },
  {
    id: "parent-inherit",
    audience: "voksne",
    text: { nb: "Kan barnet mitt også få …", nn: "Kan barnet mitt òg få …", en: "Can my child get …" },
    complete: { nb: "Kan barnet mitt også få sykdommen?", nn: "Kan barnet mitt òg få sjukdommen?", en: "Can my child get the illness too?" },
  },
] as const satisfies readonly Starter[];

export type StarterId = (typeof STARTERS)[number]["id"];
export const STARTER_IDS = STARTERS.map((s) => s.id) as [StarterId, ...StarterId[]];

/** The starters a question box offers by default: the children's, or the parents' at a parent meeting. */
export function defaultStarterIds(audience: "barn" | "voksne"): StarterId[] {
  return STARTERS.filter((s: Starter) => (s.audience ?? "barn") === audience).map((s) => s.id);
}

export function findStarter(id: string): Starter | undefined {
  return STARTERS.find((s) => s.id === id);
}

/** The starter's words without the trailing ellipsis: "Er det min skyld at". */
export function starterStem(starter: Starter, language: keyof LocalText): string {
  return starter.text[language].replace(/\s*(…|\.\.\.)\s*$/u, "").trim();
}
