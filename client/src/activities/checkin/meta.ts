import type { ActivityMeta } from "../types.js";

const nb = {
  prompt: { checkin: "Hvordan har du det i dag?", checkout: "Hvordan har du det nå?" },
  pickFeeling: "Velg en følelse",
  howMuch: "Hvor mye?",
  thanks: "Takk! Du kan endre svaret ditt til de voksne viser gruppebildet.",
  lookAtScreen: "Se på skjermen. Der ser vi hele gruppa sammen.",
  screenWaiting: "Velg på nettbrettet ditt. Alle følelser er lov.",
  screenTooFew: "Takk for at dere deler. Vi snakker sammen om dagen i dag.",
  screenTitle: { checkin: "Rommet i dag", checkout: "Rommet nå" },
  reveal: "Vis gruppebildet på skjermen",
  reopen: "Åpne for svar igjen",
  preview: "Dette vises på skjermen",
  previewHidden: "Skjermen viser ingen tall: for få har svart til at det er trygt.",
  answers: "Svar fra hvert nettbrett",
  noAnswer: "ikke svart ennå",
  passed: "pass",
  answered: "{{answered}} har svart, {{passed}} sa pass",
  shownNote: "Gruppebildet vises. Svarene er stengt.",
};
const en: typeof nb = {
  prompt: { checkin: "How are you today?", checkout: "How are you now?" },
  pickFeeling: "Choose a feeling",
  howMuch: "How much?",
  thanks: "Thank you! You can change your answer until the adults show the group picture.",
  lookAtScreen: "Look at the screen. There we see the whole group together.",
  screenWaiting: "Choose on your tablet. All feelings are allowed.",
  screenTooFew: "Thank you for sharing. Let's talk together about today.",
  screenTitle: { checkin: "The room today", checkout: "The room now" },
  reveal: "Show the group picture on the screen",
  reopen: "Open for answers again",
  preview: "This is shown on the screen",
  previewHidden: "The screen shows no numbers: too few have answered for that to be safe.",
  answers: "Answers from each tablet",
  noAnswer: "not answered yet",
  passed: "pass",
  answered: "{{answered}} answered, {{passed}} passed",
  shownNote: "The group picture is shown. Answers are closed.",
};
const nn: typeof nb = {
  ...nb,
  prompt: { checkin: "Korleis har du det i dag?", checkout: "Korleis har du det no?" },
  pickFeeling: "Vel ei kjensle",
  howMuch: "Kor mykje?",
  thanks: "Takk! Du kan endre svaret ditt til dei vaksne viser gruppebiletet.",
  lookAtScreen: "Sjå på skjermen. Der ser vi heile gruppa saman.",
  screenWaiting: "Vel på nettbrettet ditt. Alle kjensler er lov.",
  screenTooFew: "Takk for at de deler. Vi snakkar saman om dagen i dag.",
  screenTitle: { checkin: "Rommet i dag", checkout: "Rommet no" },
};

export const checkinMeta: ActivityMeta<"checkin"> = {
  strings: { nb, en, nn },
  presets: [
    { labelKey: "kinds.checkin", config: { moment: "checkin", askStrength: true } },
    { labelKey: "kinds.checkout", config: { moment: "checkout", askStrength: true } },
  ],
};
