/**
 * The built-in example series: twelve group meetings on the SMIL themes and two
 * parent meetings, in bokmål and nynorsk, with a leader note on every step.
 * Original text, written for this app. It is an example to adapt, not a
 * programme manual: copying it makes an editable plan (docs/series.md).
 *
 * Every group meeting follows the same ritual (arrival and a meal, check-in,
 * a theme, an activity, a calm-down, check-out), because the same structure
 * every time gives the children safety. The theme talk is generic and never
 * about one family; nothing asks a child about a parent's diagnosis.
 */
import type { Plan, PlanMeeting, PlanStep, StepKind } from "./plan.js";

export type SeriesLanguage = "nb" | "nn";
interface L {
  nb: string;
  nn: string;
}
const l = (nb: string, nn: string): L => ({ nb, nn });

interface StepText {
  kind: StepKind;
  title: L;
  note: L;
  minutes: number;
  config?: unknown;
}

const MEAL: StepText = {
  kind: "talk",
  title: l("Ankomst og måltid", "Ankomst og måltid"),
  note: l(
    "Vi starter alltid med et måltid. Nettbrettene hviler. Ta imot hvert barn ved navn, og la praten gå av seg selv.",
    "Vi startar alltid med eit måltid. Nettbretta kviler. Ta imot kvart barn med namn, og la praten gå av seg sjølv.",
  ),
  minutes: 20,
};
const CHECKIN: StepText = {
  kind: "checkin",
  title: l("Innsjekk: følelsestermometer", "Innsjekk: kjensletermometer"),
  note: l(
    "Alle følelser er lov, og pass er alltid et svar. Vis gruppebildet først når nok har svart. Spør gruppa, ikke ett barn.",
    "Alle kjensler er lov, og pass er alltid eit svar. Vis gruppebiletet først når nok har svart. Spør gruppa, ikkje eitt barn.",
  ),
  minutes: 10,
  config: { moment: "checkin" },
};
const CALM: StepText = {
  kind: "calm",
  title: l("Pusterommet", "Pusteromet"),
  note: l("Pust rolig sammen. Den som vil, kan lukke øynene.", "Pust roleg saman. Den som vil, kan late att auga."),
  minutes: 5,
  config: { pattern: "4-5", cycles: 5 },
};
const CHECKOUT: StepText = {
  kind: "checkin",
  title: l("Utsjekk", "Utsjekk"),
  note: l(
    "Samme verktøy som innsjekken, så dere ser om rommet har flyttet seg. Si hva som skjer neste gang.",
    "Same verktøy som innsjekken, så de ser om rommet har flytta seg. Sei kva som skjer neste gong.",
  ),
  minutes: 10,
  config: { moment: "checkout" },
};

interface MeetingText {
  id: string;
  title: L;
  theme: L;
  talk: L;
  activity: StepText;
  /** A step before the activity (the last meeting's look back). */
  before?: StepText;
}

const EVALUATION: StepText = {
  kind: "evaluering",
  title: l("Evaluering: hvordan har det vært?", "Evaluering: korleis har det vore?"),
  note: l(
    "Barnas egne ord om gruppa, ikke et måleverktøy. Pass er et svar. Vis bildene én setning om gangen og snakk om dem som gruppe. Bare hvis dere har valgt det, tas hele gruppas bilde vare på (aldri et enkelt barns svar).",
    "Orda til borna om gruppa, ikkje eit måleverktøy. Pass er eit svar. Vis bileta éi setning om gongen og snakk om dei som gruppe. Berre om de har valt det, blir heile gruppa sitt bilete teke vare på (aldri svaret til eitt enkelt barn).",
  ),
  minutes: 10,
};

const MEETINGS: MeetingText[] = [
  {
    id: "m01-hvem-er-vi",
    title: l("1. Hvem er vi? Våre regler", "1. Kven er vi? Reglane våre"),
    theme: l("Bli kjent, og lage reglene sammen", "Bli kjende, og lage reglane saman"),
    talk: l(
      "Si hvorfor vi er her: alle her har en voksen hjemme som har det vanskelig. Lag reglene sammen: du kan alltid si pass; det som blir sagt her, blir her; vi ler med, ikke av; de voksne må hjelpe hvis noen ikke er trygge.",
      "Sei kvifor vi er her: alle her har ein vaksen heime som har det vanskeleg. Lag reglane saman: du kan alltid seie pass; det som blir sagt her, blir her; vi ler med, ikkje av; dei vaksne må hjelpe om nokon ikkje er trygge.",
    ),
    activity: {
      kind: "byggsammen",
      title: l("Bygg sammen: regnbuen", "Bygg saman: regnbogen"),
      note: l("Alle trengs for at bildet blir helt. Si høyt hva gruppa fikk til sammen.", "Alle trengst for at biletet blir heilt. Sei høgt kva gruppa fekk til saman."),
      minutes: 15,
      config: { motif: "regnbue" },
    },
  },
  {
    id: "m02-folelser",
    title: l("2. Følelser", "2. Kjensler"),
    theme: l("Alle følelser er lov", "Alle kjensler er lov"),
    talk: l(
      "Snakk om at følelser kjennes i kroppen, og at de kommer og går. Ingen følelser er feil. Bruk ord som glad, trist, sint, redd, bekymret og lettet.",
      "Snakk om at kjensler kjennest i kroppen, og at dei kjem og går. Ingen kjensler er feil. Bruk ord som glad, trist, sint, redd, uroleg og letta.",
    ),
    activity: {
      kind: "detective",
      title: l("Følelsesdetektiven", "Kjensledetektiven"),
      note: l("Hvert nettbrett har ett spor. Gruppa finner følelsen sammen; det finnes ingen feil gjetning.", "Kvart nettbrett har eitt spor. Gruppa finn kjensla saman; det finst ingen feil gjetting."),
      minutes: 20,
      config: { rounds: 3 },
    },
  },
  {
    id: "m03-psykisk-sykdom",
    title: l("3. Hva er psykisk sykdom?", "3. Kva er psykisk sjukdom?"),
    theme: l("Å forstå litt mer om psykisk sykdom", "Å forstå litt meir om psykisk sjukdom"),
    talk: l(
      "Forklar generelt, aldri om én familie: psykisk sykdom er en sykdom, ikke noe noen velger, og mange får det bedre med hjelp. Ikke spør om diagnoser hjemme.",
      "Forklar generelt, aldri om éin familie: psykisk sjukdom er ein sjukdom, ikkje noko nokon vel, og mange får det betre med hjelp. Ikkje spør om diagnosar heime.",
    ),
    activity: {
      kind: "quiz",
      title: l("Quiz: psykisk helse", "Quiz: psykisk helse"),
      note: l("Snakk om forklaringen etter hvert kort. Ingen poeng, ingen fasit per barn.", "Snakk om forklaringa etter kvart kort. Ingen poeng, ingen fasit per barn."),
      minutes: 20,
      config: { deck: "psykisk" },
    },
  },
  {
    id: "m04-rus",
    title: l("4. Hva er rus?", "4. Kva er rus?"),
    theme: l("Rus, avhengighet og det å bli syk av det", "Rus, avhengnad og det å bli sjuk av det"),
    talk: l(
      "Forklar at avhengighet er noe den voksne har og kan få hjelp med. Barnet kan ikke gjøre den voksne frisk, og det er ikke barnets jobb.",
      "Forklar at avhengnad er noko den vaksne har og kan få hjelp med. Barnet kan ikkje gjere den vaksne frisk, og det er ikkje jobben til barnet.",
    ),
    activity: {
      kind: "quiz",
      title: l("Quiz: rus", "Quiz: rus"),
      note: l("Kortene om skam og hemmeligheter er merket som vare. Gå rolig fram.", "Korta om skam og løyndommar er merkte som sårbare. Gå roleg fram."),
      minutes: 20,
      config: { deck: "rus" },
    },
  },
  {
    id: "m05-hemmeligheter",
    title: l("5. Hemmeligheter, og hvem vi kan fortelle til", "5. Løyndommar, og kven vi kan fortelje til"),
    theme: l("Gode og vonde hemmeligheter", "Gode og vonde løyndommar"),
    talk: l(
      "Skill mellom gode hemmeligheter (en gave) og vonde hemmeligheter (noe som gjør vondt å bære). En vond hemmelighet er det lov å fortelle til en voksen. Lov aldri å holde på noe.",
      "Skil mellom gode løyndommar (ei gåve) og vonde løyndommar (noko som gjer vondt å bere). Ein vond løyndom er det lov å fortelje til ein vaksen. Lov aldri å halde på noko.",
    ),
    activity: {
      kind: "questionbox",
      title: l("Spørsmålsboksen", "Spørsmålsboksen"),
      note: l(
        "Spørsmålene kommer til køen din først. Flaggede spørsmål viser du aldri ordrett. Snakk med barnet etterpå, i ro.",
        "Spørsmåla kjem til køen din først. Flagga spørsmål viser du aldri ordrett. Snakk med barnet etterpå, i ro.",
      ),
      minutes: 25,
      config: { allowFreeText: true },
    },
  },
  {
    id: "m06-ikke-din-skyld",
    title: l("6. Ikke din skyld", "6. Ikkje di skuld"),
    theme: l("Det er ikke barnets skyld, og barnet kan ikke fikse det", "Det er ikkje skulda til barnet, og barnet kan ikkje fikse det"),
    talk: l(
      "Si det tydelig, flere ganger: det er ikke din skyld, og du kan ikke gjøre den voksne frisk. Du har lov til å ha det fint selv om en voksen har det vondt.",
      "Sei det tydeleg, fleire gonger: det er ikkje di skuld, og du kan ikkje gjere den vaksne frisk. Du har lov til å ha det fint sjølv om ein vaksen har det vondt.",
    ),
    activity: {
      kind: "quiz",
      title: l("Quiz: er det min skyld?", "Quiz: er det mi skuld?"),
      note: l("Alle kortene her er vare. Skjermen viser aldri et samlet svar som et tall.", "Alle korta her er sårbare. Skjermen viser aldri eit samla svar som eit tal."),
      minutes: 20,
      config: { deck: "skyld" },
    },
  },
  {
    id: "m07-hva-hjelper",
    title: l("7. Hva hjelper?", "7. Kva hjelper?"),
    theme: l("Ting som hjelper når noe er vanskelig", "Ting som hjelper når noko er vanskeleg"),
    talk: l(
      "Snakk om det som hjelper og det som ikke hjelper så godt. Det er lov å være uenige: det som hjelper én, hjelper ikke alltid en annen.",
      "Snakk om det som hjelper og det som ikkje hjelper så godt. Det er lov å vere usamde: det som hjelper éin, hjelper ikkje alltid ein annan.",
    ),
    activity: {
      kind: "hvahjelper",
      title: l("Hva hjelper? Sorter kortene", "Kva hjelper? Sorter korta"),
      note: l("Tavla viser aldri hvem som sorterte hva. Snakk om kortene dere var uenige om.", "Tavla viser aldri kven som sorterte kva. Snakk om korta de var usamde om."),
      minutes: 20,
    },
  },
  {
    id: "m08-kroppen",
    title: l("8. Kroppen min og å roe ned", "8. Kroppen min og å roe ned"),
    theme: l("Kroppen sier fra, og vi kan roe den", "Kroppen seier frå, og vi kan roe han"),
    talk: l(
      "Hvor i kroppen kjennes det når du er redd eller sint? Øv på å puste rolig: inn i fire, ut i fem.",
      "Kvar i kroppen kjennest det når du er redd eller sint? Øv på å puste roleg: inn i fire, ut i fem.",
    ),
    activity: {
      kind: "ballongen",
      title: l("Ballongen", "Ballongen"),
      note: l("Ballongen stiger når dere puster sammen, og faller aldri fordi én slipper.", "Ballongen stig når de pustar saman, og fell aldri fordi éin slepp."),
      minutes: 15,
      config: { targetSeconds: 60, pattern: "4-5" },
    },
  },
  {
    id: "m09-styrkene-mine",
    title: l("9. Styrkene mine", "9. Styrkane mine"),
    theme: l("Det jeg og de andre er gode til", "Det eg og dei andre er gode til"),
    talk: l(
      "Alle har styrker. Si en styrke du har sett hos gruppa i dag, ikke hos ett barn foran de andre.",
      "Alle har styrkar. Sei ein styrke du har sett hos gruppa i dag, ikkje hos eitt barn framfor dei andre.",
    ),
    activity: {
      kind: "styrkehagen",
      title: l("Styrkehagen", "Styrkehagen"),
      note: l("Blomstene vokser for gruppa. Godkjenn egne ord før de vises.", "Blomane veks for gruppa. Godkjenn eigne ord før dei blir viste."),
      minutes: 20,
      config: { allowText: false, perSeat: 3 },
    },
  },
  {
    id: "m10-nettverket",
    title: l("10. Nettverket mitt", "10. Nettverket mitt"),
    theme: l("Hvem kan jeg snakke med?", "Kven kan eg snakke med?"),
    talk: l(
      "Hvert barn tegner sitt nettverk på papir, og tar det med hjem; det lastes aldri opp. Vis hjelpetelefonene: Alarmtelefonen 116 111 og Kors på halsen 800 33 321.",
      "Kvart barn teiknar nettverket sitt på papir, og tek det med heim; det blir aldri lasta opp. Vis hjelpetelefonane: Alarmtelefonen 116 111 og Kors på halsen 800 33 321.",
    ),
    activity: {
      kind: "wordcloud",
      title: l("Ordsky: hvem hjelper deg?", "Ordsky: kven hjelper deg?"),
      note: l("Ord som «mormor» eller «trener» er fine. Ingen navn på skjermen: godkjenn eller omformuler.", "Ord som «mormor» eller «trenar» er fine. Ingen namn på skjermen: godkjenn eller omformuler."),
      minutes: 15,
      config: { prompt: "Hvem kan du snakke med?", maxPerSeat: 3 },
    },
  },
  {
    id: "m11-framtida",
    title: l("11. Framtida", "11. Framtida"),
    theme: l("Håp, og det jeg gleder meg til", "Håp, og det eg gler meg til"),
    talk: l(
      "Snakk om å bli eldre, og om at livet kan bli godt også når noe er vanskelig. Forbered avslutningen neste gang.",
      "Snakk om å bli eldre, og om at livet kan bli godt også når noko er vanskeleg. Førebu avslutninga neste gong.",
    ),
    activity: {
      kind: "wordcloud",
      title: l("Ordsky: hva gleder du deg til?", "Ordsky: kva gler du deg til?"),
      note: l("Ett ord hver. Godkjenn før noe vises.", "Eitt ord kvar. Godkjenn før noko blir vist."),
      minutes: 15,
      config: { prompt: "Hva gleder du deg til?", maxPerSeat: 2 },
    },
  },
  {
    id: "m12-feiring",
    title: l("12. Feiring", "12. Feiring"),
    theme: l("Vi ser tilbake, og feirer det vi har fått til", "Vi ser tilbake, og feirar det vi har fått til"),
    talk: l(
      "Se tilbake på møtene. Si hva gruppa har fått til. Si hvem barna kan snakke med når gruppa er ferdig.",
      "Sjå tilbake på møta. Sei kva gruppa har fått til. Sei kven barna kan snakke med når gruppa er ferdig.",
    ),
    before: EVALUATION,
    activity: {
      kind: "byggsammen",
      title: l("Bygg sammen: fyrtårnet", "Bygg saman: fyrtårnet"),
      note: l("Avslutt med å feire styrkene gruppa brukte.", "Avslutt med å feire styrkane gruppa brukte."),
      minutes: 20,
      config: { motif: "fyr" },
    },
  },
];

interface ParentMeetingText {
  id: string;
  after: string;
  title: L;
  theme: L;
  steps: StepText[];
}

const PARENT_MEETINGS: ParentMeetingText[] = [
  {
    id: "f1-foreldremote",
    after: "m03-psykisk-sykdom",
    title: l("Foreldremøte 1: slik jobber vi", "Foreldremøte 1: slik jobbar vi"),
    theme: l("Hva gruppa gjør, og hvordan foreldre kan snakke med barna", "Kva gruppa gjer, og korleis foreldre kan snakke med borna"),
    steps: [
      { kind: "talk", title: l("Velkommen og kaffe", "Velkomen og kaffi"), note: l("Ingen barn i rommet. Nettbrettene brukes ikke av barna her.", "Ingen born i rommet. Nettbretta blir ikkje brukte av borna her."), minutes: 15 },
      {
        kind: "talk",
        title: l("Slik er et møte i gruppa", "Slik er eit møte i gruppa"),
        note: l(
          "Fortell om ritualet og temaene. Si at vi aldri deler hva enkeltbarn har sagt, og at appen ikke tar vare på barnas svar.",
          "Fortel om ritualet og temaa. Sei at vi aldri deler kva einskildborn har sagt, og at appen ikkje tek vare på svara til borna.",
        ),
        minutes: 25,
      },
      {
        kind: "questionbox",
        title: l("Spørsmål fra foreldrene", "Spørsmål frå foreldra"),
        note: l("Anonyme spørsmål fra foreldre, moderert som ellers.", "Anonyme spørsmål frå foreldre, moderert som elles."),
        minutes: 20,
        config: { allowFreeText: true },
      },
      {
        kind: "quiz",
        title: l("Myter og fakta for foreldre", "Mytar og fakta for foreldre"),
        note: l(
          "Kortene handler om barna og om åpenhet, ikke om noens forelder. Svarene er private; skjermen viser bare gruppebildet.",
          "Korta handlar om borna og om openheit, ikkje om forelderen til nokon. Svara er private; skjermen viser berre gruppebiletet.",
        ),
        minutes: 20,
        config: { deck: "foreldre" },
      },
      {
        kind: "talk",
        title: l("Å snakke med barnet hjemme", "Å snakke med barnet heime"),
        note: l("Gi råd om åpenhet i familien. Ikke press noen til å fortelle.", "Gi råd om openheit i familien. Ikkje press nokon til å fortelje."),
        minutes: 20,
      },
    ],
  },
  {
    id: "f2-foreldremote",
    after: "m10-nettverket",
    title: l("Foreldremøte 2: hvordan har det gått?", "Foreldremøte 2: korleis har det gått?"),
    theme: l("Gruppa så langt, og veien videre", "Gruppa så langt, og vegen vidare"),
    steps: [
      { kind: "talk", title: l("Velkommen", "Velkomen"), note: l("Ingen barn i rommet.", "Ingen born i rommet."), minutes: 10 },
      {
        kind: "talk",
        title: l("Hvordan gruppa har hatt det", "Korleis gruppa har hatt det"),
        note: l(
          "Fortell om gruppa som helhet, aldri om ett barn. Ingenting fra barnas nettbrett vises eller deles her.",
          "Fortel om gruppa som heilskap, aldri om eitt barn. Ingenting frå nettbretta til borna blir vist eller delt her.",
        ),
        minutes: 25,
      },
      {
        kind: "wordcloud",
        title: l("Ordsky: hva har du sett hos barnet?", "Ordsky: kva har du sett hos barnet?"),
        note: l("Ett ord fra hver forelder, godkjent før det vises.", "Eitt ord frå kvar forelder, godkjent før det blir vist."),
        minutes: 15,
        config: { prompt: "Hva har du sett hos barnet ditt?", maxPerSeat: 2 },
      },
      {
        kind: "talk",
        title: l("Veien videre", "Vegen vidare"),
        note: l("Hvem barnet og familien kan snakke med når gruppa er ferdig.", "Kven barnet og familien kan snakke med når gruppa er ferdig."),
        minutes: 20,
      },
    ],
  },
];

const NN_PROMPTS: Record<string, string> = {
  "Hvem kan du snakke med?": "Kven kan du snakke med?",
  "Hva gleder du deg til?": "Kva gler du deg til?",
  "Hva har du sett hos barnet ditt?": "Kva har du sett hos barnet ditt?",
};

function step(s: StepText, lang: SeriesLanguage): PlanStep {
  let config = s.config;
  if (lang === "nn" && s.kind === "wordcloud" && config && typeof config === "object" && "prompt" in config) {
    const prompt = (config as { prompt: string }).prompt;
    config = { ...config, prompt: NN_PROMPTS[prompt] ?? prompt };
  }
  return { kind: s.kind, title: s.title[lang], note: s.note[lang], minutes: s.minutes, ...(config === undefined ? {} : { config }) };
}

function groupMeeting(m: MeetingText, lang: SeriesLanguage): PlanMeeting {
  const theme: StepText = { kind: "talk", title: l(`Tema: ${m.theme.nb}`, `Tema: ${m.theme.nn}`), note: m.talk, minutes: 20 };
  return {
    id: m.id,
    kind: "children",
    title: m.title[lang],
    theme: m.theme[lang],
    steps: [MEAL, CHECKIN, theme, ...(m.before ? [m.before] : []), m.activity, CALM, CHECKOUT].map((s) => step(s, lang)),
  };
}

export const BUILTIN_SERIES_IDS = { nb: "smil-eksempel-nb", nn: "smil-eksempel-nn" } as const;

export function builtinSeries(lang: SeriesLanguage): Plan {
  const meetings: PlanMeeting[] = [];
  for (const m of MEETINGS) {
    meetings.push(groupMeeting(m, lang));
    for (const p of PARENT_MEETINGS.filter((pm) => pm.after === m.id)) {
      meetings.push({ id: p.id, kind: "parents", title: p.title[lang], theme: p.theme[lang], steps: p.steps.map((s) => step(s, lang)) });
    }
  }
  return {
    title: lang === "nb" ? "Eksempelserie: 12 gruppemøter og 2 foreldremøter" : "Eksempelserie: 12 gruppemøte og 2 foreldremøte",
    language: lang,
    about:
      lang === "nb"
        ? "Et eksempel å tilpasse til gruppa deres, ikke en fasit. Lag en kopi for å endre møter, rekkefølge, tekster og tider."
        : "Eit døme å tilpasse til gruppa dykkar, ikkje ein fasit. Lag ein kopi for å endre møte, rekkjefølgje, tekstar og tider.",
    meetings,
  };
}

/** "New plan": one meeting of the ritual, with empty theme and activity steps to fill in. */
export function ritualTemplate(lang: "nb" | "nn" | "en"): Plan {
  const t = lang === "en" ? "nb" : lang; // the ritual's words exist in bokmål and nynorsk; English plans start in bokmål
  const theme: StepText = { kind: "talk", title: l("Tema", "Tema"), note: l("Dagens tema: skriv hva dere skal snakke om.", "Dagens tema: skriv kva de skal snakke om."), minutes: 20 };
  const activity: StepText = {
    kind: "hvahjelper",
    title: l("Aktivitet eller spill", "Aktivitet eller spel"),
    note: l("Velg en aktivitet som passer temaet.", "Vel ein aktivitet som passar temaet."),
    minutes: 20,
  };
  return {
    title: t === "nb" ? "Ny plan" : "Ny plan",
    language: lang,
    meetings: [
      {
        id: "m01",
        kind: "children",
        title: t === "nb" ? "Møte 1" : "Møte 1",
        steps: [MEAL, CHECKIN, theme, activity, CALM, CHECKOUT].map((s) => step(s, t)),
      },
    ],
  };
}
