/**
 * Help lines and "who can I talk to" text shown to children: on the tablet after
 * a child has sent something, and from the "Jeg vil snakke med en voksen" button.
 * This is content, not code: edit the text here (or override it per room later).
 *
 * Numbers and opening hours must be checked before each release (docs/rules.md, "Help lines live in content, not code").
 * Sources: 116111.no/omalarmtelefonen; rodekors.no (Kors på halsen, written
 * 800 333 21 as they group it themselves); mentalhelse.no (Hjelpetelefonen).
 *
 * The texts never promise secrecy: the grown-ups in the room can find out which
 * tablet sent something, because they want to be able to help (docs/rules.md, "Seats and help": «Jeg vil snakke med en voksen» is on every child screen, always).
 */
import type { Language } from "../room/types.js";

/** One text in every language the app offers (bokmål, nynorsk, English). */
export type LocalText = Readonly<Record<Language, string>>;

export interface HelpLine {
  id: string;
  name: LocalText;
  /** Who runs it, if not in the name. */
  by: LocalText | null;
  /** As it is said and shown, with spaces: "116 111". */
  phone: string;
  /** For a tel: link, digits only. */
  tel: string;
  /** Web address without scheme, shown as text (the tablet has no browser chrome to follow it). */
  web: string;
  /** Short, plain words for a child of 8. */
  about: LocalText;
  when: LocalText;
  /** "11+": meant for children of 11 and older and for adults (the 8–10 wording does not mention it). */
  ages: "all" | "11+";
}

export const HELP_LINES: readonly HelpLine[] = [
  {
    id: "alarmtelefonen",
    name: {
      nb: "Alarmtelefonen for barn og unge",
      nn: "Alarmtelefonen for barn og unge",
      en: "Alarmtelefonen for barn og unge (the emergency line for children and young people)",
    },
    by: null,
    phone: "116 111",
    tel: "116111",
    web: "116111.no",
    about: {
      nb: "For deg som har det vondt, er redd eller ikke har det trygt hjemme. Det er gratis, og du trenger ikke si hvem du er.",
      nn: "For deg som har det vondt, er redd eller ikkje har det trygt heime. Det er gratis, og du treng ikkje seie kven du er.",
      en: "For you if you are hurting, scared, or not safe at home. It is free, and you do not have to say who you are.",
    },
    when: {
      nb: "Telefon hele døgnet. Chat og SMS på kveldstid.",
      nn: "Telefon heile døgeret. Chat og SMS på kveldstid.",
      en: "Phone around the clock. Chat and text messages in the evening.",
    },
    ages: "all",
  },
  {
    id: "kors-pa-halsen",
    name: { nb: "Kors på halsen", nn: "Kors på halsen", en: "Kors på halsen" },
    by: { nb: "Røde Kors", nn: "Raudekrossen", en: "the Norwegian Red Cross" },
    phone: "800 333 21",
    tel: "80033321",
    web: "korspahalsen.no",
    about: {
      nb: "For deg under 18 år som vil snakke med en voksen om hva som helst. Gratis, og du kan være anonym. Telefon, chat og e-post.",
      nn: "For deg under 18 år som vil snakke med ein vaksen om kva som helst. Gratis, og du kan vere anonym. Telefon, chat og e-post.",
      en: "For anyone under 18 who wants to talk with a grown-up about anything. Free, and you can stay anonymous. Phone, chat and e-mail.",
    },
    when: {
      nb: "Åpningstidene varierer. Se korspahalsen.no.",
      nn: "Opningstidene varierer. Sjå korspahalsen.no.",
      en: "Opening hours vary. See korspahalsen.no.",
    },
    ages: "all",
  },
  {
    id: "mental-helse",
    name: { nb: "Hjelpetelefonen", nn: "Hjelpetelefonen", en: "Hjelpetelefonen (the helpline)" },
    by: { nb: "Mental Helse", nn: "Mental Helse", en: "Mental Helse" },
    phone: "116 123",
    tel: "116123",
    web: "mentalhelse.no",
    about: {
      nb: "For deg som er 11 år eller eldre, og for voksne: snakk med noen når du har det vondt, eller er bekymret for noen du er glad i. Gratis, og du kan være anonym.",
      nn: "For deg som er 11 år eller eldre, og for vaksne: snakk med nokon når du har det vondt, eller er uroleg for nokon du er glad i. Gratis, og du kan vere anonym.",
      en: "For you if you are 11 or older, and for adults: talk to someone when you are hurting, or worried about someone you love. Free, and you can stay anonymous.",
    },
    when: {
      nb: "Telefon hele døgnet.",
      nn: "Telefon heile døgeret.",
      en: "Phone around the clock.",
    },
    ages: "11+",
  },
];

/** The first and most important help: a grown-up nearby. */
export const TRUSTED_ADULT: { title: LocalText; body: LocalText } = {
  title: {
    nb: "Snakk med en voksen du stoler på",
    nn: "Snakk med ein vaksen du stolar på",
    en: "Talk to a grown-up you trust",
  },
  body: {
    nb: "Det kan være en av de voksne her i dag, en lærer, helsesykepleieren på skolen eller en annen voksen du stoler på.",
    nn: "Det kan vere ein av dei vaksne her i dag, ein lærar, helsesjukepleiaren på skulen eller ein annan vaksen du stolar på.",
    en: "It can be one of the grown-ups here today, a teacher, the school nurse, or another grown-up you trust.",
  },
};

/** If someone is in danger right now. */
export const EMERGENCY: { text: LocalText; numbers: readonly { phone: string; tel: string; name: LocalText }[] } = {
  text: {
    nb: "Er noen i fare akkurat nå? Ring med en gang.",
    nn: "Er nokon i fare akkurat no? Ring med ein gong.",
    en: "Is someone in danger right now? Call at once.",
  },
  numbers: [
    { phone: "113", tel: "113", name: { nb: "Ambulanse", nn: "Ambulanse", en: "Ambulance" } },
    { phone: "112", tel: "112", name: { nb: "Politi", nn: "Politi", en: "Police" } },
  ],
};

/**
 * What the tablet says after a child has sent a question or a word. Honest about
 * who can see what; no promise of secrecy.
 */
export const AFTER_SEND: { title: LocalText; body: LocalText } = {
  title: { nb: "Sendt til de voksne", nn: "Sendt til dei vaksne", en: "Sent to the grown-ups" },
  body: {
    nb: "De andre barna ser ikke at det er fra deg. De voksne kan se hvilket nettbrett det kom fra, fordi de vil kunne hjelpe deg.",
    nn: "Dei andre barna ser ikkje at det er frå deg. Dei vaksne kan sjå kva nettbrett det kom frå, fordi dei vil kunne hjelpe deg.",
    en: "The other children cannot see it is from you. The grown-ups can see which tablet it came from, because they want to be able to help you.",
  },
};

/**
 * The help button's words. What the tablet says after a press is in the i18n
 * files (help.sent, help.sentMore): it must not claim a grown-up "has seen it"
 * before anyone has.
 */
export const TALK_TO_ADULT: { button: LocalText } = {
  button: { nb: "Jeg vil snakke med en voksen", nn: "Eg vil snakke med ein vaksen", en: "I want to talk to a grown-up" },
};

/** The "Hvem kan jeg snakke med?" card: reachable from every child screen. */
export const WHO_CAN_I_TALK_TO: LocalText = {
  nb: "Hvem kan jeg snakke med?",
  nn: "Kven kan eg snakke med?",
  en: "Who can I talk to?",
};
