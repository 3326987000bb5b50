/**
 * The shape of the flagging evaluation set: messages written the way children
 * of 8–12 type on a tablet, each labelled with what a leader must see.
 * The set is data, never read by the flagger itself; it only measures it.
 */

/** What the message is about; "none" for an ordinary message. */
export type EvalCategory =
  | "acute-danger"
  | "suicide"
  | "self-harm"
  | "sexual-abuse"
  | "violence"
  | "threats"
  | "afraid-home"
  | "adult-secret"
  | "neglect"
  | "emotional-abuse"
  | "substance-home"
  | "caring"
  | "bullying"
  | "secrets"
  | "self-blame"
  | "insult"
  | "name"
  | "none";

/** How soon a leader must read it: high = today, before the child goes home (or now). */
export type EvalSeverity = "high" | "medium" | "low" | "none";

/** The written language: bokmål, nynorsk, or a spoken dialect written down (æ, eg/jæ, itj, e = er). */
export type EvalLang = "nb" | "nn" | "dialect";

/** How it is typed. */
export type EvalStyle =
  | "plain" // ordinary spelling (children's punctuation and capitals still vary)
  | "misspelled" // typos, missing letters, phonetic spelling
  | "no-aeoa" // an English keyboard: a/o/ae for å/ø/æ
  | "leet" // digits for letters: d0, dr3p3
  | "emoji" // emoji carry part of the meaning
  | "run-on" // one long sentence without stops
  | "indirect" // says it without the usual words
  | "spaced" // letters or words split or joined: "s e l v m o r d", "pappaslårmeg"
  | "negated"; // "pappa slår meg ikke"

/** Where it was typed: question box (free text or after a starter), word cloud, check-in "say more", strengths garden. */
export type EvalChannel = "questionbox" | "starter" | "wordcloud" | "checkin" | "styrkehagen";

export interface EvalMessage {
  text: string;
  category: EvalCategory;
  severity: EvalSeverity;
  lang: EvalLang;
  style: EvalStyle;
  channel: EvalChannel;
  /** For channel "starter": the starter the child tapped; `text` is then only what the child added. */
  starter?: string;
}

type Channelish = "qb" | "st" | "wc" | "ci" | "sh";
const CHANNEL: Record<Channelish, EvalChannel> = {
  qb: "questionbox",
  st: "starter",
  wc: "wordcloud",
  ci: "checkin",
  sh: "styrkehagen",
};

/** A message a leader must see: category, severity, language, style, channel, text (and the starter). */
export function concern(
  category: Exclude<EvalCategory, "none">,
  severity: Exclude<EvalSeverity, "none">,
  lang: EvalLang,
  style: EvalStyle,
  channel: Channelish,
  text: string,
  starter?: string,
): EvalMessage {
  return { text, category, severity, lang, style, channel: CHANNEL[channel], ...(starter ? { starter } : {}) };
}

/** An ordinary message, often with the same words used innocently. */
export function ordinary(lang: EvalLang, style: EvalStyle, channel: Channelish, text: string, starter?: string): EvalMessage {
  return { text, category: "none", severity: "none", lang, style, channel: CHANNEL[channel], ...(starter ? { starter } : {}) };
}
