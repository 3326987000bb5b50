/**
 * Flag categories for free text from children: their order, severity, the
 * action each needs, and the leader's labels. Editable content, not code
 * (the phrases that raise each category are in flag-phrases.ts).
 *
 * A flag ONLY orders the leader's queue and suggests what to do. It never
 * publishes, hides, deletes or changes what the child sees (docs/safeguarding.md,
 * "How flagging works, and its limits").
 *
 * The queue is sorted by severity (high, medium, low), then by the order of
 * FLAG_CATEGORIES below, then by age: see shared/safeguarding/severity.ts.
 */
import type { LocalText } from "./help-lines.js";

/** Most urgent first within a severity; this order also decides the suggested action. */
export const FLAG_CATEGORIES = [
  "acute-danger",
  "suicide",
  "self-harm",
  "sexual-abuse",
  "violence",
  "threats",
  "adult-secret",
  "afraid-home",
  "neglect",
  "emotional-abuse",
  "substance-home",
  "caring",
  "bullying",
  "secrets",
  "self-blame",
  "insult",
  "name",
] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

/** How soon a leader must read it. "high": today, before the child goes home (or now). */
export const FLAG_SEVERITIES = ["high", "medium", "low"] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

export const CATEGORY_SEVERITY: Readonly<Record<FlagCategory, FlagSeverity>> = {
  "acute-danger": "high",
  suicide: "high",
  "self-harm": "high",
  "sexual-abuse": "high",
  violence: "high",
  threats: "high",
  "adult-secret": "high",
  "afraid-home": "high",
  neglect: "high",
  "emotional-abuse": "medium",
  "substance-home": "medium",
  caring: "medium",
  bullying: "medium",
  secrets: "low",
  "self-blame": "low",
  insult: "low",
  name: "low",
};

export const SUGGESTED_ACTION_IDS = [
  "call-113-now",
  "act-today",
  "talk-today-duty",
  "talk-today",
  "talk-soon",
  "check-in",
  "check-in-secret",
  "reassure-group",
  "tidy-words",
  "remove-name",
] as const;
export type SuggestedActionId = (typeof SUGGESTED_ACTION_IDS)[number];

export const CATEGORY_ACTION: Readonly<Record<FlagCategory, SuggestedActionId>> = {
  "acute-danger": "call-113-now",
  suicide: "act-today",
  "self-harm": "act-today",
  "sexual-abuse": "talk-today-duty",
  violence: "talk-today-duty",
  threats: "talk-today-duty",
  "adult-secret": "talk-today-duty",
  "afraid-home": "talk-today-duty",
  neglect: "talk-today",
  "emotional-abuse": "talk-soon",
  "substance-home": "talk-soon",
  caring: "talk-soon",
  bullying: "talk-soon",
  secrets: "check-in-secret",
  "self-blame": "reassure-group",
  insult: "tidy-words",
  name: "remove-name",
};

/** The action for a match that says the harm does not happen ("pappa slår meg ikke"): low priority, still read. */
export const NEGATED_ACTION: SuggestedActionId = "check-in";

/** Category names for the leader's marker. */
export const CATEGORY_LABELS: Readonly<Record<FlagCategory, LocalText>> = {
  "acute-danger": { nb: "Akutt fare", nn: "Akutt fare", en: "Acute danger" },
  suicide: { nb: "Tanker om å dø", nn: "Tankar om å døy", en: "Thoughts of dying" },
  "self-harm": { nb: "Skade seg selv", nn: "Skade seg sjølv", en: "Self-harm" },
  "sexual-abuse": { nb: "Mulig seksuelle overgrep", nn: "Mogleg seksuelle overgrep", en: "Possible sexual abuse" },
  violence: { nb: "Vold", nn: "Vald", en: "Violence" },
  threats: { nb: "Trusler", nn: "Truslar", en: "Threats" },
  "adult-secret": { nb: "En voksens hemmelighet", nn: "Ein vaksen sin løyndom", en: "An adult's secret" },
  "afraid-home": { nb: "Redd hjemme", nn: "Redd heime", en: "Afraid at home" },
  neglect: { nb: "Mulig omsorgssvikt", nn: "Mogleg omsorgssvikt", en: "Possible neglect" },
  "emotional-abuse": { nb: "Krenkende ord hjemme", nn: "Krenkjande ord heime", en: "Hurtful words at home" },
  "substance-home": { nb: "Rus hjemme", nn: "Rus heime", en: "Alcohol or drugs at home" },
  caring: { nb: "Tar vare på en voksen", nn: "Tek vare på ein vaksen", en: "Caring for a parent" },
  bullying: { nb: "Mobbing", nn: "Mobbing", en: "Bullying" },
  secrets: { nb: "Hemmeligheter", nn: "Løyndommar", en: "Secrets" },
  "self-blame": { nb: "Min skyld", nn: "Mi skuld", en: "My fault" },
  insult: { nb: "Skjellsord eller banning", nn: "Skjellsord eller banning", en: "Insults or swearing" },
  name: { nb: "Navn", nn: "Namn", en: "A name" },
};

export interface SuggestedAction {
  /** One line, shown next to the marker. */
  title: LocalText;
  /** A few short steps for the guidance panel. */
  steps: readonly LocalText[];
}

export const SUGGESTED_ACTIONS: Readonly<Record<SuggestedActionId, SuggestedAction>> = {
  "call-113-now": {
    title: {
      nb: "Ring 113 nå hvis noen ikke våkner, puster dårlig eller er i fare. Bli hos barnet.",
      nn: "Ring 113 no viss nokon ikkje vaknar, pustar dårleg eller er i fare. Bli hos barnet.",
      en: "Call 113 now if someone does not wake up, breathes badly or is in danger. Stay with the child.",
    },
    steps: [
      {
        nb: "Spør rolig: hvem, hvor, og er det noen hos den voksne nå?",
        nn: "Spør roleg: kven, kvar, og er det nokon hos den vaksne no?",
        en: "Ask calmly: who, where, and is anyone with the adult now?",
      },
      {
        nb: "Akutt fare (noen våkner ikke, har tatt mange piller, kjører i rus): ring 113, eller 112 ved vold.",
        nn: "Akutt fare (nokon vaknar ikkje, har teke mange piller, køyrer i rus): ring 113, eller 112 ved vald.",
        en: "Acute danger (someone does not wake, has taken many pills, drives drunk): call 113, or 112 for violence.",
      },
      {
        nb: "Ikke send barnet hjem alene. Kontakt barnevernvakten samme dag.",
        nn: "Ikkje send barnet heim åleine. Kontakt barnevernvakta same dag.",
        en: "Do not send the child home alone. Contact the child welfare out-of-hours service the same day.",
      },
      {
        nb: "Si at det var riktig å fortelle, og at det ikke er barnets skyld.",
        nn: "Sei at det var rett å fortelje, og at det ikkje er skulda til barnet.",
        en: "Say it was right to tell, and that it is not the child's fault.",
      },
    ],
  },
  "act-today": {
    title: {
      nb: "Snakk med barnet i dag, før det går hjem.",
      nn: "Snakk med barnet i dag, før det går heim.",
      en: "Talk with the child today, before they go home.",
    },
    steps: [
      { nb: "Ta det på alvor. Lytt, ikke press.", nn: "Ta det på alvor. Lytt, ikkje press.", en: "Take it seriously. Listen; do not press." },
      {
        nb: "Ikke la barnet være alene med det. Avtal med medleder hvem som følger opp.",
        nn: "Ikkje la barnet vere åleine med det. Avtal med medleiar kven som følgjer opp.",
        en: "Do not leave the child alone with it. Agree with your co-leader who follows up.",
      },
      {
        nb: "Ved fare nå: ring 113. Ellers legevakt 116 117 eller barnets fastlege samme dag.",
        nn: "Ved fare no: ring 113. Elles legevakt 116 117 eller fastlegen til barnet same dag.",
        en: "If there is danger now: call 113. Otherwise the out-of-hours clinic 116 117 or the child's GP the same day.",
      },
      { nb: "Ikke lov å holde det hemmelig.", nn: "Ikkje lov å halde det hemmeleg.", en: "Do not promise to keep it secret." },
    ],
  },
  "talk-today-duty": {
    title: {
      nb: "Snakk med barnet i dag. Vurder meldeplikt (hpl. § 33) og avvergeplikt (strl. § 196).",
      nn: "Snakk med barnet i dag. Vurder meldeplikt (hpl. § 33) og avvergingsplikt (strl. § 196).",
      en: "Talk with the child today. Consider the duty to notify (hpl. § 33) and the duty to avert (strl. § 196).",
    },
    steps: [
      {
        nb: "Lytt. Si at det var riktig å fortelle, og at det ikke er barnets skyld.",
        nn: "Lytt. Sei at det var rett å fortelje, og at det ikkje er skulda til barnet.",
        en: "Listen. Say it was right to tell, and that it is not the child's fault.",
      },
      { nb: "Ikke konfronter den voksne det gjelder.", nn: "Ikkje konfronter den vaksne det gjeld.", en: "Do not confront the adult concerned." },
      {
        nb: "Kontakt barnevernet samme dag (barnevernvakten utenom kontortid). Ved akutt fare: 112.",
        nn: "Kontakt barnevernet same dag (barnevernvakta utanom kontortid). Ved akutt fare: 112.",
        en: "Contact child welfare (barnevernet) the same day, or the out-of-hours service. In acute danger: 112.",
      },
      {
        nb: "Ikke lov å holde det hemmelig. Fortell barnet hva som skjer videre.",
        nn: "Ikkje lov å halde det hemmeleg. Fortel barnet kva som skjer vidare.",
        en: "Do not promise secrecy. Tell the child what happens next.",
      },
    ],
  },
  "talk-today": {
    title: {
      nb: "Snakk med barnet i dag.",
      nn: "Snakk med barnet i dag.",
      en: "Talk with the child today.",
    },
    steps: [
      {
        nb: "Spør åpent: har du fått mat i dag? Er det en voksen hjemme i kveld?",
        nn: "Spør ope: har du fått mat i dag? Er det ein vaksen heime i kveld?",
        en: "Ask openly: have you eaten today? Is there an adult at home tonight?",
      },
      {
        nb: "Gi barnet mat nå om det er sultent.",
        nn: "Gi barnet mat no om det er svolte.",
        en: "Give the child something to eat now if they are hungry.",
      },
      {
        nb: "Drøft med medleder om dette er alvorlig omsorgssvikt (hpl. § 33). Er barnet alene i natt: kontakt barnevernvakten.",
        nn: "Drøft med medleiar om dette er alvorleg omsorgssvikt (hpl. § 33). Er barnet åleine i natt: kontakt barnevernvakta.",
        en: "Discuss with your co-leader whether this is serious neglect (hpl. § 33). If the child is alone tonight: contact the out-of-hours service.",
      },
    ],
  },
  "check-in": {
    title: {
      nb: "Lav prioritet: sjekk inn med barnet i pausen.",
      nn: "Låg prioritet: sjekk inn med barnet i pausen.",
      en: "Low priority: check in with the child at the break.",
    },
    steps: [
      {
        nb: "Teksten nevner noe vondt, men sier at det ikke skjer. Spør likevel åpent hvordan det går.",
        nn: "Teksten nemner noko vondt, men seier at det ikkje skjer. Spør likevel ope korleis det går.",
        en: "The text mentions something harmful but says it does not happen. Still ask openly how things are.",
      },
    ],
  },
  "tidy-words": {
    title: {
      nb: "Skjellsord eller banning: vis det ikke ordrett. Omformuler eller forkast.",
      nn: "Skjellsord eller banning: vis det ikkje ordrett. Omformuler eller forkast.",
      en: "Insults or swearing: do not show it verbatim. Rephrase or discard.",
    },
    steps: [
      {
        nb: "Er det rettet mot noen i gruppa, snakk med barnet i pausen.",
        nn: "Er det retta mot nokon i gruppa, snakk med barnet i pausen.",
        en: "If it is aimed at someone in the group, talk with the child at the break.",
      },
    ],
  },
  "remove-name": {
    title: {
      nb: "Et navn: fjern det før noe vises på skjermen.",
      nn: "Eit namn: fjern det før noko blir vist på skjermen.",
      en: "A name: remove it before anything goes on the screen.",
    },
    steps: [
      {
        nb: "Omformuler uten navn («Noen lurer på …»).",
        nn: "Omformuler utan namn («Nokon lurer på …»).",
        en: "Rephrase without the name (\"Someone wonders …\").",
      },
    ],
  },
  "talk-soon": {
    title: {
      nb: "Snakk med barnet i pausen eller etter samlingen.",
      nn: "Snakk med barnet i pausen eller etter samlinga.",
      en: "Talk with the child at the break or after the session.",
    },
    steps: [
      { nb: "Spør åpent hvordan det er hjemme nå.", nn: "Spør ope korleis det er heime no.", en: "Ask openly how things are at home now." },
      {
        nb: "Drøft med medleder om det kan være alvorlig omsorgssvikt (hpl. § 33).",
        nn: "Drøft med medleiar om det kan vere alvorleg omsorgssvikt (hpl. § 33).",
        en: "Discuss with your co-leader whether this may be serious neglect (hpl. § 33).",
      },
      {
        nb: "Er barnet utrygt i dag: kontakt barnevernvakten.",
        nn: "Er barnet utrygt i dag: kontakt barnevernvakta.",
        en: "If the child is unsafe today: contact the child welfare out-of-hours service.",
      },
    ],
  },
  "check-in-secret": {
    title: {
      nb: "Sjekk inn med barnet i pausen.",
      nn: "Sjekk inn med barnet i pausen.",
      en: "Check in with the child at the break.",
    },
    steps: [
      {
        nb: "Snakk om gode og vonde hemmeligheter: vonde hemmeligheter er det lov å fortelle.",
        nn: "Snakk om gode og vonde løyndommar: vonde løyndommar er det lov å fortelje.",
        en: "Talk about good and bad secrets: it is OK to tell a bad secret.",
      },
      { nb: "Ikke lov å holde det hemmelig.", nn: "Ikkje lov å halde det hemmeleg.", en: "Do not promise to keep it secret." },
    ],
  },
  "reassure-group": {
    title: {
      nb: "Svar generelt i gruppa: det er aldri barnets skyld.",
      nn: "Svar generelt i gruppa: det er aldri skulda til barnet.",
      en: "Answer in general to the group: it is never the child's fault.",
    },
    steps: [
      {
        nb: "Svar for hele gruppa, uten å peke ut noen.",
        nn: "Svar for heile gruppa, utan å peike ut nokon.",
        en: "Answer for the whole group, without singling anyone out.",
      },
      { nb: "Se om barnet trenger en prat i pausen.", nn: "Sjå om barnet treng ein prat i pausen.", en: "See whether the child needs a talk at the break." },
    ],
  },
};

/** What to do when a child tells (docs/safeguarding.md, "What you are expected to do"). Shown in the guidance panel. */
export const DISCLOSURE_STEPS: readonly LocalText[] = [
  { nb: "Lytt og ta det på alvor.", nn: "Lytt og ta det på alvor.", en: "Listen and take it seriously." },
  { nb: "Si at det var riktig å fortelle.", nn: "Sei at det var rett å fortelje.", en: "Say it was right to tell." },
  { nb: "Si at det ikke er barnets skyld.", nn: "Sei at det ikkje er skulda til barnet.", en: "Say it is not the child's fault." },
  { nb: "Forklar hva som skjer videre.", nn: "Forklar kva som skjer vidare.", en: "Explain what happens next." },
  { nb: "Ikke konfronter den voksne det gjelder.", nn: "Ikkje konfronter den vaksne det gjeld.", en: "Do not confront the adult concerned." },
  { nb: "Meld raskt. Lov aldri å holde det hemmelig.", nn: "Meld raskt. Lov aldri å halde det hemmeleg.", en: "Report quickly. Never promise secrecy." },
];

