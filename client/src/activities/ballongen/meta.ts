import type { ActivityMeta } from "../types.js";

const nb = {
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Ballongen", description: "Hold og pust sammen, så stiger ballongen." },
  presets: {
    standard: { name: "Ballongen", description: "Hold og pust sammen, så stiger ballongen. Omtrent ett minutt når alle puster med." },
    short: { name: "Ballongen – kort prøverunde", description: "En kort første runde, så alle kjenner at det virker." },
  },
  title: "Ballongen",
  hold: "Hold",
  holding: "Du holder",
  holdHelp: "Pust inn og hold knappen. Pust ut og slipp.",
  toggleMode: "Trykk én gang for å holde, og én gang til for å slippe",
  words: { in: "Pust inn og hold", out: "Pust ut og slipp" },
  screenHelp: "Pust inn og hold. Pust ut og slipp. Jo flere som puster med, jo fortere stiger ballongen.",
  lift: {
    "0": "Ballongen venter på oss",
    "1": "Ballongen stiger litt",
    "2": "Ballongen stiger",
    "3": "Ballongen stiger fint",
  },
  height: "Ballongen er {{percent}} prosent av veien opp",
  side: {
    success: "Ballongen er oppe. Kjenn etter: hvordan er det i kroppen nå?",
    almost: "Ballongen venter der den er. Den faller aldri.",
    paused: "Ballongen svever stille.",
  },
  goal: "Målet",
  hint: "Tips: Pust rolig inn mens dere holder, og slipp når dere puster ut. Ballongen faller aldri.",
  success: "Ballongen nådde toppen! Vi klarte det sammen!",
  hostHeight: "Høyde: {{percent}} %",
  hostTime: "Omtrent {{seconds}} sekunder til toppen når alle puster med.",
};
const en: typeof nb = {
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "The balloon", description: "Hold and breathe together, and the balloon rises." },
  presets: {
    standard: { name: "The balloon", description: "Hold and breathe together, and the balloon rises. About a minute when everyone breathes along." },
    short: { name: "The balloon – short practice round", description: "A short first round, so everyone feels that it works." },
  },
  title: "The balloon",
  hold: "Hold",
  holding: "You're holding",
  holdHelp: "Breathe in and hold the button. Breathe out and let go.",
  toggleMode: "Tap once to hold, and once more to let go",
  words: { in: "Breathe in and hold", out: "Breathe out and let go" },
  screenHelp: "Breathe in and hold. Breathe out and let go. The more of us breathe along, the faster the balloon rises.",
  lift: {
    "0": "The balloon is waiting for us",
    "1": "The balloon rises a little",
    "2": "The balloon rises",
    "3": "The balloon rises nicely",
  },
  height: "The balloon is {{percent}} percent of the way up",
  side: {
    success: "The balloon is up. Notice: how does your body feel now?",
    almost: "The balloon waits where it is. It never falls.",
    paused: "The balloon floats quietly.",
  },
  goal: "The goal",
  hint: "Tip: Breathe in calmly while you hold, and let go as you breathe out. The balloon never falls.",
  success: "The balloon reached the top! We did it together!",
  hostHeight: "Height: {{percent}} %",
  hostTime: "About {{seconds}} seconds to the top when everyone breathes along.",
};
const nn: typeof nb = {
  ...nb,
  /** The kind's own name and one-line description (start list, console heading). */
  kind: { name: "Ballongen", description: "Hald og pust saman, så stig ballongen." },
  presets: {
    standard: { name: "Ballongen", description: "Hald og pust saman, så stig ballongen. Omtrent eitt minutt når alle pustar med." },
    short: { name: "Ballongen – kort prøverunde", description: "Ein kort første runde, så alle kjenner at det verkar." },
  },
  hold: "Hald",
  holding: "Du held",
  holdHelp: "Pust inn og hald knappen. Pust ut og slepp.",
  toggleMode: "Trykk éin gong for å halde, og éin gong til for å sleppe",
  words: { in: "Pust inn og hald", out: "Pust ut og slepp" },
  screenHelp: "Pust inn og hald. Pust ut og slepp. Di fleire som pustar med, di fortare stig ballongen.",
  lift: {
    "0": "Ballongen ventar på oss",
    "1": "Ballongen stig litt",
    "2": "Ballongen stig",
    "3": "Ballongen stig fint",
  },
  height: "Ballongen er {{percent}} prosent av vegen opp",
  side: {
    success: "Ballongen er oppe. Kjenn etter: korleis er det i kroppen no?",
    almost: "Ballongen ventar der han er. Han fell aldri.",
    paused: "Ballongen svevar stille.",
  },
  hint: "Tips: Pust roleg inn medan de held, og slepp når de pustar ut. Ballongen fell aldri.",
  success: "Ballongen nådde toppen! Vi klarte det saman!",
  hostHeight: "Høgd: {{percent}} %",
  hostTime: "Omtrent {{seconds}} sekund til toppen når alle pustar med.",
};

export const ballongenMeta: ActivityMeta<"ballongen"> = {
  strings: { nb, en, nn },
  presets: [
    { labelKey: "ballongen.presets.short", config: { targetSeconds: 10, pattern: "4-4" } },
    { labelKey: "ballongen.presets.standard", config: { targetSeconds: 60, pattern: "4-5" } },
  ],
};
