/**
 * The concern list for free text from children (question box, word cloud).
 * Editable content, not code: the matcher in shared/safeguarding/ reads it.
 *
 * A match ONLY raises an item to the top of the leader's queue, with a calm
 * marker and a suggested action. It never publishes, hides, deletes or changes
 * anything the child sees. A human reads every item anyway; a miss only loses
 * ordering, a false match only costs the leader a glance.
 *
 * How to write a phrase (case, accents and æ/ø/å do not matter; the matcher
 * folds æ→ae, ø→o, å→a and strips accents on both sides, and a letter typed
 * three or more times, "reeeedd", matches any number of that letter):
 *   - words separated by spaces must appear in that order, next to each other:
 *       "slår meg"
 *   - "a|b" is one word with alternatives:      "mamma|pappa drikker|drakk"
 *   - a word ending in "*" matches any ending:  "selvmord*" (selvmordstanker)
 *   - "..." allows up to four other words:      "redd ... hjem" (redd for å gå hjem)
 *   - a word of six letters or more also matches one typo (a missing, extra,
 *     swapped or wrong letter, but not the first letter): "hemmlig", "selvmor".
 *     Shorter words and common misspellings are listed as variants.
 * Avoid single short words that have everyday meanings ("dø" folds to "do",
 * the toilet; "full" is also "the bus is full"): use a phrase instead.
 *
 * Who maintains this list, and its review (lived experience and clinical), is an
 * open question for the pilot (domain-requirements §6.7).
 */
import type { LocalText } from "./help-lines.js";

/** Most urgent first; this order decides the suggested action when several match. */
export const FLAG_CATEGORIES = [
  "suicide",
  "self-harm",
  "sexual-abuse",
  "violence",
  "afraid-home",
  "neglect",
  "substance-home",
  "secrets",
  "self-blame",
] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

export const SUGGESTED_ACTION_IDS = ["act-today", "talk-today-duty", "talk-soon", "check-in-secret", "reassure-group"] as const;
export type SuggestedActionId = (typeof SUGGESTED_ACTION_IDS)[number];

export const CATEGORY_ACTION: Readonly<Record<FlagCategory, SuggestedActionId>> = {
  suicide: "act-today",
  "self-harm": "act-today",
  "sexual-abuse": "talk-today-duty",
  violence: "talk-today-duty",
  "afraid-home": "talk-today-duty",
  neglect: "talk-soon",
  "substance-home": "talk-soon",
  secrets: "check-in-secret",
  "self-blame": "reassure-group",
};

/** Category names for the leader's marker. */
export const CATEGORY_LABELS: Readonly<Record<FlagCategory, LocalText>> = {
  suicide: { nb: "Tanker om å dø", nn: "Tankar om å døy", en: "Thoughts of dying" },
  "self-harm": { nb: "Skade seg selv", nn: "Skade seg sjølv", en: "Self-harm" },
  "sexual-abuse": { nb: "Mulig seksuelle overgrep", nn: "Mogleg seksuelle overgrep", en: "Possible sexual abuse" },
  violence: { nb: "Vold", nn: "Vald", en: "Violence" },
  "afraid-home": { nb: "Redd hjemme", nn: "Redd heime", en: "Afraid at home" },
  neglect: { nb: "Mulig omsorgssvikt", nn: "Mogleg omsorgssvikt", en: "Possible neglect" },
  "substance-home": { nb: "Rus hjemme", nn: "Rus heime", en: "Alcohol or drugs at home" },
  secrets: { nb: "Hemmeligheter", nn: "Løyndommar", en: "Secrets" },
  "self-blame": { nb: "Min skyld", nn: "Mi skuld", en: "My fault" },
};

export interface SuggestedAction {
  /** One line, shown next to the marker. */
  title: LocalText;
  /** A few short steps for the guidance panel. */
  steps: readonly LocalText[];
}

export const SUGGESTED_ACTIONS: Readonly<Record<SuggestedActionId, SuggestedAction>> = {
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

/** What to do when a child tells (NSPCC, via domain-requirements §3.1). Shown in the guidance panel. */
export const DISCLOSURE_STEPS: readonly LocalText[] = [
  { nb: "Lytt og ta det på alvor.", nn: "Lytt og ta det på alvor.", en: "Listen and take it seriously." },
  { nb: "Si at det var riktig å fortelle.", nn: "Sei at det var rett å fortelje.", en: "Say it was right to tell." },
  { nb: "Si at det ikke er barnets skyld.", nn: "Sei at det ikkje er skulda til barnet.", en: "Say it is not the child's fault." },
  { nb: "Forklar hva som skjer videre.", nn: "Forklar kva som skjer vidare.", en: "Explain what happens next." },
  { nb: "Ikke konfronter den voksne det gjelder.", nn: "Ikkje konfronter den vaksne det gjeld.", en: "Do not confront the adult concerned." },
  { nb: "Meld raskt. Lov aldri å holde det hemmelig.", nn: "Meld raskt. Lov aldri å halde det hemmeleg.", en: "Report quickly. Never promise secrecy." },
];

export interface FlagPhraseGroup {
  category: FlagCategory;
  lang: "nb" | "nn" | "en";
  phrases: readonly string[];
}

/** Parents and other adults at home, as a child writes them. */
const ADULT_NB = "mamma|pappa|mor|far|mora|faren|moren|stefar|stemor|stefaren|stemoren|bonuspappa|bonusmamma|han|hun|de|foreldrene";
const ADULT_NN = "mamma|pappa|mor|far|mora|faren|stefar|stemor|bonuspappa|bonusmamma|han|ho|dei|foreldra";
/** A named adult ("redd for de" is usually "afraid of the …", so no plural pronoun here). */
const PERSON_NB = ADULT_NB.replace("|de|", "|");
const PERSON_NN = ADULT_NN.replace("|dei|", "|");
/** Who might hurt a child, as a child writes it ("jeg slo meg" alone is a fall, not violence). */
const SUBJECT_NB = `${ADULT_NB}|noen|storebror|storesøster|broren|kjæresten`;
const SUBJECT_NN = `${ADULT_NN}|nokon|storebror|storesyster|bror|kjærasten`;

export const FLAG_PHRASES: readonly FlagPhraseGroup[] = [
  // ---------- suicide ----------
  {
    category: "suicide",
    lang: "nb",
    phrases: [
      "vil|ville dø",
      "vil|ville jeg bare dø",
      "vil bare dø",
      "bare vil dø",
      "lyst til å dø",
      "lyst å dø",
      "ønsker å dø",
      "ønsker jeg var død",
      "skulle ønske jeg var død",
      "bedre om|hvis jeg var død",
      "bedre om|hvis jeg ikke fantes",
      "ønske jeg ikke fantes",
      "vil ikke leve",
      "orker ikke å leve",
      "orker ikke leve",
      "ta|tar livet av meg",
      "ta|tar livet mitt",
      "ta|tar livet sitt",
      "tok livet sitt",
      "selvmord*",
      "selmord*",
      "selv mord",
      "drepe|dreper meg selv",
      "henge meg",
      "hoppe foran toget",
    ],
  },
  {
    category: "suicide",
    lang: "nn",
    phrases: [
      "vil|ville døy",
      "vil|ville eg berre døy",
      "vil berre døy",
      "berre vil døy",
      "lyst til å døy",
      "lyst å døy",
      "ønskjer å døy",
      "skulle ønske eg var død",
      "betre om|viss eg var død",
      "betre om|viss eg ikkje fanst",
      "ønske eg ikkje fanst",
      "vil ikkje leve",
      "orkar ikkje å leve",
      "orkar ikkje leve",
      "ta|tek livet av meg",
      "ta|tek livet mitt",
      "ta|tek livet sitt",
      "tok livet sitt",
      "sjølvmord*",
      "sjølv mord",
      "drepe|drep meg sjølv",
      "henge meg",
    ],
  },
  {
    category: "suicide",
    lang: "en",
    phrases: ["want to die", "wanna die", "kill myself", "killing myself", "end my life", "suicid*", "better off dead", "wish i was dead"],
  },

  // ---------- self-harm ----------
  {
    category: "self-harm",
    lang: "nb",
    phrases: [
      "skade|skader|skadet|skada meg selv",
      "gjøre|gjør meg selv vondt",
      "vondt på meg selv",
      "slå|slår|slo meg selv",
      "kutte|kutter|kuttet|kutta meg",
      "rispe|risper|rispet|rispa meg",
      "skjære|skjærer|skar meg",
      "brenne|brenner|brente meg selv",
      "selvskad*",
    ],
  },
  {
    category: "self-harm",
    lang: "nn",
    phrases: [
      "skade|skadar|skada meg sjølv",
      "gjere|gjer meg sjølv vondt",
      "vondt på meg sjølv",
      "slå|slår|slo meg sjølv",
      "kutte|kuttar|kutta meg",
      "rispe|rispar|rispa meg",
      "skjere|skjer|skar meg",
      "sjølvskad*",
    ],
  },
  {
    category: "self-harm",
    lang: "en",
    phrases: ["hurt myself", "hurting myself", "cut myself", "cutting myself", "self harm*"],
  },

  // ---------- sexual abuse ----------
  {
    category: "sexual-abuse",
    lang: "nb",
    phrases: [
      `${SUBJECT_NB} ... tar|tok|tafser|tafset på meg`,
      `tar|tok|tafser ${SUBJECT_NB} på meg`,
      "ta på meg der",
      "tafser|tafset|tafsa",
      "beføler|befølte|befølt",
      "rører|rørte ved meg",
      `${SUBJECT_NB} ... rører|rørte meg`,
      "på tissen min",
      "ta|tar|tok på tissen",
      `${SUBJECT_NB} ... kler|kledde av meg`,
      "private steder",
      "voldtekt*",
      "voldta*",
      "overgrep*",
      "seksuelt misbruk*",
      "misbruker|misbrukte meg",
      "nakenbilde*",
      "sex med meg",
      "ligge med meg",
    ],
  },
  {
    category: "sexual-abuse",
    lang: "nn",
    phrases: [
      `${SUBJECT_NN} ... tek|tok|tafsar|tafsa på meg`,
      `tek|tok|tafsar ${SUBJECT_NN} på meg`,
      "ta på meg der",
      "tafsar|tafsa",
      "rører|rørte ved meg",
      `${SUBJECT_NN} ... rører|rørte meg`,
      "på tissen min",
      "ta|tek|tok på tissen",
      `${SUBJECT_NN} ... kler|kledde av meg`,
      "private stader",
      "valdtekt*",
      "valdta*",
      "overgrep*",
      "seksuelt misbruk*",
      "nakenbilete*",
      "ligge med meg",
    ],
  },
  {
    category: "sexual-abuse",
    lang: "en",
    phrases: ["touches me", "touched me", "molest*", "rape*", "sexual abuse", "abused me"],
  },

  // ---------- violence ----------
  {
    category: "violence",
    lang: "nb",
    phrases: [
      `${SUBJECT_NB} ... slår|slo|slått|slå meg|oss`,
      `${ADULT_NB} slår|slo|slåss`,
      `slår|slo ${SUBJECT_NB} meg|oss|mamma|pappa`,
      "slår|slo mamma|pappa|mor|far|broren|søsteren|lillebror|lillesøster|storebror|storesøster",
      "slåss hjemme",
      "juling",
      "julling",
      "banker|banket|banka meg",
      "sparker|sparket|sparka meg",
      "dytter|dyttet|dytta meg",
      "lugger|lugget|lugga meg",
      "kveler|kvelte meg",
      "kvelertak",
      "river meg i håret",
      `${SUBJECT_NB} gjør|gjorde meg vondt`,
      "gjør vondt på meg",
      "truer|truet|trua meg",
      "drepe|dreper meg",
      "vold",
      "voldelig*",
      "blåmerke*",
      "kaster|kastet ting",
      "knuser|knuste ting",
      "politiet|politimann|politimenn|politibil|politibilen",
    ],
  },
  {
    category: "violence",
    lang: "nn",
    phrases: [
      `${SUBJECT_NN} ... slår|slo|slått|slå meg|oss`,
      `${ADULT_NN} slår|slo|slåst`,
      `slår|slo ${SUBJECT_NN} meg|oss|mamma|pappa`,
      "slår|slo mamma|pappa|mor|far|bror|syster|veslebror|veslesyster|storebror|storesyster",
      "slåst heime",
      "juling",
      "bankar|banka meg",
      "sparkar|sparka meg",
      "dyttar|dytta meg",
      "luggar|lugga meg",
      "kvelar|kvelte meg",
      `${SUBJECT_NN} gjer|gjorde meg vondt`,
      "gjer vondt på meg",
      "trugar|truga meg",
      "drep meg",
      "vald",
      "valdeleg*",
      "blåmerke*",
      "kastar|kasta ting",
      "knuser|knuste ting",
      "politiet|politimann|politibil|politibilen",
    ],
  },
  {
    category: "violence",
    lang: "en",
    phrases: ["hits me", "hit me", "beats me", "beat me up", "kicks me", "hurts me", "violen*", "police came"],
  },

  // ---------- afraid to go home ----------
  {
    category: "afraid-home",
    lang: "nb",
    phrases: [
      "redd ... hjem|hjemme",
      "red for å gå hjem",
      "gruer|grue meg ... hjem",
      "tør|tørr ikke ... hjem",
      "vil ikke ... hjem",
      "ikke trygt hjemme",
      "utrygt hjemme",
      "ikke trygt der jeg bor",
      `redd for|når ${PERSON_NB}`,
      "gjemmer|gjemte meg når|for",
      "låser|låste meg inne",
      "rømme|rømmer|stikke av hjemmefra",
    ],
  },
  {
    category: "afraid-home",
    lang: "nn",
    phrases: [
      "redd ... heim|heime",
      "gruar|grue meg ... heim",
      "tør|tørr ikkje ... heim",
      "vil ikkje ... heim",
      "ikkje trygt heime",
      "utrygt heime",
      `redd for|når ${PERSON_NN}`,
      "gøymer|gøymde meg når|for",
      "låser|låste meg inne",
      "rømme|rømmer heimanfrå",
    ],
  },
  {
    category: "afraid-home",
    lang: "en",
    phrases: ["scared ... home", "afraid ... home", "dont want to go home", "not safe at home"],
  },

  // ---------- neglect ----------
  {
    category: "neglect",
    lang: "nb",
    phrases: [
      "får|fikk ikke mat",
      "ingen|ikke mat hjemme",
      "ikke noe mat",
      "ingen mat",
      "alltid sulten",
      "sulten hele tiden",
      "alene hjemme om natta|natten|kvelden",
      "alene hele natta|natten|helga|helgen",
      "ingen voksne hjemme",
      "ingen henter|hentet meg",
      "glemte å hente meg",
      `${ADULT_NB} kom|kommer ikke hjem`,
      `kom|kommer ${ADULT_NB} ikke hjem`,
      `kom|kommer ikke ${ADULT_NB} hjem`,
      "ingen bryr seg",
      "må|måtte passe lillebror|lillesøster|småsøsken",
      "ingen vasker klærne",
    ],
  },
  {
    category: "neglect",
    lang: "nn",
    phrases: [
      "får|fekk ikkje mat",
      "ingen|ikkje mat heime",
      "ikkje noko mat",
      "ingen mat",
      "alltid svolten",
      "svolten heile tida",
      "åleine|aleine heime om natta|kvelden",
      "åleine|aleine heile natta|helga",
      "ingen vaksne heime",
      "ingen hentar|henta meg",
      "gløymde å hente meg",
      `${ADULT_NN} kom|kjem ikkje heim`,
      `kom|kjem ${ADULT_NN} ikkje heim`,
      `kom|kjem ikkje ${ADULT_NN} heim`,
      "ingen bryr seg",
      "må|måtte passe veslebror|veslesyster|småsysken",
    ],
  },
  {
    category: "neglect",
    lang: "en",
    phrases: ["no food at home", "always hungry", "home alone at night", "nobody picks me up", "nobody cares"],
  },

  // ---------- alcohol or drugs at home ----------
  {
    category: "substance-home",
    lang: "nb",
    phrases: [
      `${ADULT_NB} drikker|drakk|driker|drekker`,
      `drikker|drakk|driker ${ADULT_NB}`,
      `er|var|blir|ble ${ADULT_NB} full|ful|fulle|drita|dritings|beruset|rusa|ruset`,
      `ruser|ruset ${ADULT_NB} seg`,
      `${ADULT_NB} er|var|blir|ble full|ful|fulle|drita|dritings|beruset|rusa|ruset`,
      `${ADULT_NB} ruser|rusa|ruset seg`,
      `${ADULT_NB} tar|tok dop`,
      "drikker for mye",
      "drikker mye",
      "drikker hver dag",
      "på fylla",
      "fylla",
      "fyllesyk",
      "fylleangst",
      "fyllik*",
      "dritings",
      "bakfull",
      "alkis",
      "dopet|dopa",
      "hasj",
      "narkoman*",
      "sprøyter hjemme",
      "flasker hjemme",
      "luktet|lukter alkohol|sprit",
    ],
  },
  {
    category: "substance-home",
    lang: "nn",
    phrases: [
      `${ADULT_NN} drikk|drakk|drikker`,
      `drikk|drakk|drikker ${ADULT_NN}`,
      `er|var|blir|vart|blei ${ADULT_NN} full|ful|fulle|drita|rusa`,
      `rusar|rusa ${ADULT_NN} seg`,
      `${ADULT_NN} er|var|blir|vart|blei full|ful|fulle|drita|rusa`,
      `${ADULT_NN} rusar|rusa seg`,
      `${ADULT_NN} tek|tok dop`,
      "drikk for mykje",
      "drikk mykje",
      "drikk kvar dag",
      "på fylla",
      "fylla",
      "fyllesjuk",
      "fylleangst",
      "fyllik*",
      "bakfull",
      "alkis",
      "narkoman*",
      "sprøyter heime",
      "flasker heime",
      "lukta|luktar alkohol|sprit",
    ],
  },
  {
    category: "substance-home",
    lang: "en",
    phrases: ["mum|mom|dad|mother|father is|was|gets drunk", "mum|mom|dad drinks", "drunk again", "takes drugs"],
  },

  // ---------- secrets ----------
  {
    category: "secrets",
    lang: "nb",
    phrases: [
      "hemmelig*",
      "hemlig*",
      "ikke si det til noen",
      "ikke fortell*",
      "ikke ... lov ... si|fortelle|snakke",
      "får|fikk ikke si|fortelle",
      "må ikke si|fortelle",
      "lovet å ikke si|fortelle",
      "ingen får vite",
      "ingen må vite",
    ],
  },
  {
    category: "secrets",
    lang: "nn",
    phrases: [
      "løyndom*",
      "hemmeleg*",
      "ikkje sei det til nokon",
      "ikkje fortel*",
      "ikkje ... lov ... seie|fortelje|snakke",
      "får|fekk ikkje seie|fortelje",
      "må ikkje seie|fortelje",
      "lova å ikkje seie|fortelje",
      "ingen får vite",
      "ingen må vite",
    ],
  },
  {
    category: "secrets",
    lang: "en",
    phrases: ["secret*", "not allowed to tell", "dont tell anyone"],
  },

  // ---------- self-blame ----------
  {
    category: "self-blame",
    lang: "nb",
    phrases: [
      "min|mi skyld",
      "min|mi skyl",
      "min feil",
      "på grunn av meg",
      "pga meg",
      "fordi jeg er slem|dum|vanskelig",
      "jeg er slem",
      "hater meg selv",
      "jeg ødela",
    ],
  },
  {
    category: "self-blame",
    lang: "nn",
    phrases: ["mi|min skuld", "mi|min skyld", "min feil", "på grunn av meg", "fordi eg er slem|dum|vanskeleg", "eg er slem", "hatar meg sjølv", "eg øydela"],
  },
  {
    category: "self-blame",
    lang: "en",
    phrases: ["my fault", "because of me", "hate myself"],
  },
];
