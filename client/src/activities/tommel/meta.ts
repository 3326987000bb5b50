import type { ActivityMeta } from "../types.js";

const nb = {
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Dagens tommel", description: "Hvordan var i dag? Tommel opp, midt imellom eller ned." },
  prompt: "Hvordan var i dag?",
  thumbs: { up: "Tommel opp", middle: "Midt imellom", down: "Tommel ned" },
  /** Picture labels: a group of answers, not one answer. */
  hard: "en tung dag",
  mixed: "litt av hvert",
  tooFew: "Bildet vises når minst {{k}} har svart.",
  thanks: "Takk! Du kan endre svaret til de voksne viser bildet.",
  lookAtScreen: "Se på skjermen. Der ser vi hele gruppa sammen.",
  screenTitle: "Sånn var dagen i dag",
  screenWaiting: "Velg på nettbrettet ditt. Alle svar er lov.",
  screenTooFew: "Takk for i dag! Vi snakker sammen om dagen.",
  counts: "Opp: {{up}} · midt imellom: {{middle}} · ned: {{down}} · pass: {{passed}}",
  countsHidden: "Antallene vises når du åpner private detaljer.",
  preview: "Det skjermen viser (eller vil vise):",
  reveal: "Vis bildet på skjermen",
  reopen: "Skjul bildet og åpne for svar igjen",
};
type Strings = typeof nb;

const nn: Strings = {
  kind: { name: "Dagens tommel", description: "Korleis var i dag? Tommel opp, midt imellom eller ned." },
  prompt: "Korleis var i dag?",
  thumbs: { up: "Tommel opp", middle: "Midt imellom", down: "Tommel ned" },
  hard: "ein tung dag",
  mixed: "litt av kvart",
  tooFew: "Biletet blir vist når minst {{k}} har svart.",
  thanks: "Takk! Du kan endre svaret til dei vaksne viser biletet.",
  lookAtScreen: "Sjå på skjermen. Der ser vi heile gruppa saman.",
  screenTitle: "Slik var dagen i dag",
  screenWaiting: "Vel på nettbrettet ditt. Alle svar er lov.",
  screenTooFew: "Takk for i dag! Vi snakkar saman om dagen.",
  counts: "Opp: {{up}} · midt imellom: {{middle}} · ned: {{down}} · pass: {{passed}}",
  countsHidden: "Tala blir viste når du opnar private detaljar.",
  preview: "Det skjermen viser (eller vil vise):",
  reveal: "Vis biletet på skjermen",
  reopen: "Skjul biletet og opne for svar igjen",
};

const en: Strings = {
  kind: { name: "Today's thumb", description: "How was today? Thumb up, in between or down." },
  prompt: "How was today?",
  thumbs: { up: "Thumb up", middle: "In between", down: "Thumb down" },
  hard: "a hard day",
  mixed: "a bit of everything",
  tooFew: "The picture shows once at least {{k}} have answered.",
  thanks: "Thank you! You can change your answer until the adults show the picture.",
  lookAtScreen: "Look at the screen. That is where we see the whole group together.",
  screenTitle: "This is how today was",
  screenWaiting: "Choose on your tablet. Every answer is fine.",
  screenTooFew: "Thank you for today! Let's talk about the day together.",
  counts: "Up: {{up}} · in between: {{middle}} · down: {{down}} · pass: {{passed}}",
  countsHidden: "The numbers show when you open the private details.",
  preview: "What the screen shows (or will show):",
  reveal: "Show the picture on the screen",
  reopen: "Hide the picture and open for answers again",
};

export const tommelMeta: ActivityMeta<"tommel"> = {
  strings: { nb, nn, en },
  sameInNynorsk: ["kind.name", "thumbs.up", "thumbs.middle", "thumbs.down", "counts", "preview"],
  presets: [{ labelKey: "tommel.kind", config: {} }],
};
