/**
 * Built-in decks for the feelings quiz / myth-or-fact (activity kind "quiz").
 * Original text, written for SMIL-style groups of children aged 8–12 whose
 * parent lives with mental illness or substance problems. Editable content,
 * not code: change the words here, keep the shape.
 *
 * How these cards are written:
 *  - Careful, non-clinical facts. No diagnoses, no numbers a child could hold
 *    on to as a promise, no "your parent will be well".
 *  - Never blame a parent: the illness or the "rus" problem is something the
 *    adult has, and many get better with help.
 *  - The core messages come back on purpose: it is not your fault; you are not
 *    alone; you can't fix it (and it is not your job); it is OK to talk to an
 *    adult you trust; you may be happy and do good things.
 *  - Every card has two explanations: "8-10" (short, simple words) and "11+"
 *    (a little richer), and a short leader note for the talk after the card.
 *    The leader note is shown on the host console only.
 *  - Cards on hard themes (guilt, secrets, home) are `sensitive: true`: the
 *    disclosure rules then never show a unanimous answer as a number.
 *  - "Vet ikke" (don't know) and pass are always offered by the activity
 *    itself; they are never options here and never counted on the screen.
 *
 * `correct` is the id of the right option, or `null` when the card has no
 * single right answer (then every option is a good answer and the
 * explanation says so).
 */
import type { AgeBand } from "../room/types.js";
import { foreldre } from "./quiz-deck-foreldre.js";

/** A text in bokmål, and nynorsk/English where written. Views fall back to bokmål. */
export interface QuizText {
  readonly nb: string;
  readonly nn?: string;
  readonly en?: string;
}

export interface QuizOption {
  /** Stable id within the card (lower-case letters, digits, dashes). */
  readonly id: string;
  readonly text: QuizText;
}

export interface QuizCard {
  /** Unique across all decks (lower-case letters, digits, dashes). */
  readonly id: string;
  /** The statement or question, one short sentence or two. */
  readonly statement: QuizText;
  /** 2–4 options. "Vet ikke" and pass are added by the activity, never listed here. */
  readonly options: readonly QuizOption[];
  /** The right option's id, or null: no single right answer. */
  readonly correct: string | null;
  /** Child language, for both reading levels. */
  readonly explanation: Readonly<Record<AgeBand, QuizText>>;
  /** For the leaders' talk after the card (host only). */
  readonly leaderNote: QuizText;
  /** A hard theme: a unanimous answer is never shown as a number. */
  readonly sensitive?: boolean;
}

export interface QuizDeck {
  readonly id: string;
  /** "voksne": written for parents, offered in a parent meeting's room (shared/content/quiz-deck-foreldre.ts). */
  readonly audience?: "voksne";
  readonly title: QuizText;
  readonly cards: readonly QuizCard[];
}

/** Built-in text is always written in all three languages. */
interface FullText extends QuizText {
  readonly nn: string;
  readonly en: string;
}
const t = (nb: string, nn: string, en: string): FullText => ({ nb, nn, en });

const TRUE_FALSE: readonly QuizOption[] = [
  { id: "sant", text: t("Sant", "Sant", "True") },
  { id: "usant", text: t("Ikke sant", "Ikkje sant", "Not true") },
];
const YES_NO: readonly QuizOption[] = [
  { id: "ja", text: t("Ja", "Ja", "Yes") },
  { id: "nei", text: t("Nei", "Nei", "No") },
];

// ---------------------------------------------------------------------------
// 1. Hva er psykisk sykdom?
// ---------------------------------------------------------------------------

const psykisk: QuizDeck = {
  id: "psykisk",
  title: t("Hva er psykisk sykdom?", "Kva er psykisk sjukdom?", "What is mental illness?"),
  cards: [
    {
      id: "psykisk-hva",
      statement: t(
        "Psykisk sykdom er en sykdom som gjør noe med tankene og følelsene.",
        "Psykisk sjukdom er ein sjukdom som gjer noko med tankane og kjenslene.",
        "Mental illness is an illness that affects thoughts and feelings.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. En voksen som er psykisk syk, kan tenke, føle og gjøre ting annerledes enn før. Det er en ekte sykdom, akkurat som andre sykdommer.",
          "Det stemmer. Ein vaksen som er psykisk sjuk, kan tenkje, kjenne og gjere ting annleis enn før. Det er ein ekte sjukdom, akkurat som andre sjukdommar.",
          "That's right. An adult with a mental illness may think, feel and do things differently than before. It is a real illness, just like other illnesses.",
        ),
        "11+": t(
          "Det stemmer. Psykisk sykdom handler om hvordan tankene og følelsene har det. Den kan påvirke humøret, søvnen og hvor mye krefter man har. Den er like ekte som et brukket bein, selv om den ikke synes på samme måte.",
          "Det stemmer. Psykisk sjukdom handlar om korleis tankane og kjenslene har det. Han kan påverke humøret, søvnen og kor mykje krefter ein har. Han er like ekte som eit brote bein, sjølv om han ikkje syner på same måten.",
          "That's right. Mental illness is about how your thoughts and feelings are doing. It can affect mood, sleep and how much energy you have. It is as real as a broken leg, even though you can't see it in the same way.",
        ),
      },
      leaderNote: t(
        "Knytt til sykdommer barna kjenner (forkjølelse, brukket arm). Understrek at sykdommen er ekte selv om den ikke synes. Hold det generelt: ingen diagnoser, ingen detaljer om noens forelder.",
        "Knyt til sjukdommar barna kjenner (forkjøling, brote arm). Understrek at sjukdommen er ekte sjølv om han ikkje syner. Hald det generelt: ingen diagnosar, ingen detaljar om forelderen til nokon.",
        "Link to illnesses the children know (a cold, a broken arm). Stress that the illness is real even if it can't be seen. Keep it general: no diagnoses, no details about anyone's parent.",
      ),
    },
    {
      id: "psykisk-synes",
      statement: t(
        "Man kan alltid se på noen at de er psykisk syke.",
        "Ein kan alltid sjå på nokon at dei er psykisk sjuke.",
        "You can always tell by looking at someone that they have a mental illness.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      explanation: {
        "8-10": t(
          "Det er ikke sant. Ofte kan man ikke se det. Noen smiler selv om de har det vondt inni seg. Derfor er det fint å snakke om det.",
          "Det er ikkje sant. Ofte kan ein ikkje sjå det. Nokon smiler sjølv om dei har det vondt inni seg. Difor er det fint å snakke om det.",
          "Not true. Often you can't see it. Some people smile even when they are hurting inside. That's why it helps to talk about it.",
        ),
        "11+": t(
          "Det er ikke sant. Psykisk sykdom synes ofte ikke utenpå. En voksen kan virke helt vanlig på jobben og likevel slite hjemme. Det kan gjøre barn forvirret, og derfor hjelper det å få vite hva som skjer.",
          "Det er ikkje sant. Psykisk sjukdom syner ofte ikkje utanpå. Ein vaksen kan verke heilt vanleg på jobben og likevel slite heime. Det kan gjere barn forvirra, og difor hjelper det å få vite kva som skjer.",
          "Not true. Mental illness often doesn't show on the outside. An adult can seem quite normal at work and still struggle at home. That can be confusing for children, which is why it helps to know what is going on.",
        ),
      },
      leaderNote: t(
        "Mange barn opplever at forelderen er «to forskjellige». Anerkjenn at det er forvirrende, og at det er lov å spørre.",
        "Mange barn opplever at forelderen er «to ulike». Anerkjenn at det er forvirrande, og at det er lov å spørje.",
        "Many children experience the parent as \"two different people\". Acknowledge that this is confusing and that asking questions is allowed.",
      ),
    },
    {
      id: "psykisk-smitte",
      statement: t(
        "Kan man bli smittet av psykisk sykdom, slik som av forkjølelse?",
        "Kan ein bli smitta av psykisk sjukdom, slik som av forkjøling?",
        "Can you catch a mental illness, like you catch a cold?",
      ),
      options: YES_NO,
      correct: "nei",
      explanation: {
        "8-10": t(
          "Nei. Psykisk sykdom smitter ikke. Du kan klemme, leke og være sammen med den som er syk.",
          "Nei. Psykisk sjukdom smittar ikkje. Du kan klemme, leike og vere saman med den som er sjuk.",
          "No. Mental illness is not catching. You can hug, play and spend time with the person who is ill.",
        ),
        "11+": t(
          "Nei. Psykisk sykdom smitter ikke slik som et virus. At en voksen i familien er syk, betyr ikke at du kommer til å bli syk. Lurer du på dette, kan du spørre en voksen du stoler på.",
          "Nei. Psykisk sjukdom smittar ikkje slik som eit virus. At ein vaksen i familien er sjuk, tyder ikkje at du kjem til å bli sjuk. Lurer du på dette, kan du spørje ein vaksen du stolar på.",
          "No. Mental illness doesn't spread like a virus. An adult in your family being ill does not mean you will become ill. If you wonder about this, you can ask an adult you trust.",
        ),
      },
      leaderNote: t(
        "Barn bekymrer seg ofte for arv. Svar ærlig og generelt: det smitter ikke, og de fleste barn av foreldre med psykiske plager får ikke de samme plagene selv. Konkrete spørsmål om arv kan tas med helsepersonell.",
        "Barn uroar seg ofte for arv. Svar ærleg og generelt: det smittar ikkje, og dei fleste barn av foreldre med psykiske plager får ikkje dei same plagene sjølv. Konkrete spørsmål om arv kan takast med helsepersonell.",
        "Children often worry about heredity. Answer honestly and generally: it is not catching, and most children of parents with mental health problems do not develop the same problems. Specific questions about heredity can go to health professionals.",
      ),
    },
    {
      id: "psykisk-skyld",
      statement: t(
        "Blir en voksen psykisk syk fordi barnet har gjort noe galt?",
        "Blir ein vaksen psykisk sjuk fordi barnet har gjort noko gale?",
        "Does an adult become mentally ill because the child did something wrong?",
      ),
      options: YES_NO,
      correct: "nei",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Nei! Det er aldri barnets skyld. Ingenting du har sagt, gjort eller tenkt, gjør en voksen syk.",
          "Nei! Det er aldri barnet si skuld. Ingenting du har sagt, gjort eller tenkt, gjer ein vaksen sjuk.",
          "No! It is never the child's fault. Nothing you have said, done or thought makes an adult ill.",
        ),
        "11+": t(
          "Nei. Psykisk sykdom har mange grunner, som stress, vanskelige ting som har skjedd, og hvordan kroppen og hjernen fungerer. Barn kan ikke gjøre en voksen syk, verken med krangling, dårlige karakterer eller sinne.",
          "Nei. Psykisk sjukdom har mange grunnar, som stress, vanskelege ting som har hendt, og korleis kroppen og hjernen fungerer. Barn kan ikkje gjere ein vaksen sjuk, korkje med krangling, dårlege karakterar eller sinne.",
          "No. Mental illness has many causes, like stress, hard things that have happened, and how the body and brain work. Children cannot make an adult ill, not by arguing, bad marks or being angry.",
        ),
      },
      leaderNote: t(
        "Et kjernebudskap i SMIL: gjenta det gjerne. Mange barn tenker i stillhet at det er deres skyld. Ikke be noen fortelle om egne tanker om skyld i gruppa; følg opp enkeltbarn etterpå.",
        "Eit kjernebodskap i SMIL: gjenta det gjerne. Mange barn tenkjer i stillheit at det er deira skuld. Ikkje be nokon fortelje om eigne tankar om skuld i gruppa; følg opp einskildbarn etterpå.",
        "A core SMIL message: feel free to repeat it. Many children quietly think it is their fault. Don't ask anyone to share their own thoughts about guilt in the group; follow up with individual children afterwards.",
      ),
    },
    {
      id: "psykisk-bedre",
      statement: t(
        "Mange som blir psykisk syke, blir bedre med hjelp.",
        "Mange som blir psykisk sjuke, blir betre med hjelp.",
        "Many people who become mentally ill get better with help.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Leger, psykologer og andre hjelpere jobber med å hjelpe. Mange blir bedre. Det kan ta tid.",
          "Det stemmer. Legar, psykologar og andre hjelparar arbeider med å hjelpe. Mange blir betre. Det kan ta tid.",
          "That's right. Doctors, psychologists and other helpers work to help. Many get better. It can take time.",
        ),
        "11+": t(
          "Det stemmer. Hjelp kan være samtaler, medisiner eller en tid på et sted der man får behandling. Det kan gå opp og ned underveis, men mange blir bedre, og noen blir helt friske.",
          "Det stemmer. Hjelp kan vere samtalar, medisinar eller ei tid på ein stad der ein får behandling. Det kan gå opp og ned undervegs, men mange blir betre, og nokon blir heilt friske.",
          "That's right. Help can be talking, medicine or a stay somewhere that gives treatment. It can go up and down along the way, but many get better, and some get completely well.",
        ),
      },
      leaderNote: t(
        "Gi håp uten å love: ikke si at alle blir helt friske. Snakk om at det kan gå i bølger, og at det ikke er barnets ansvar hvordan det går.",
        "Gi håp utan å love: ikkje sei at alle blir heilt friske. Snakk om at det kan gå i bølgjer, og at det ikkje er barnet sitt ansvar korleis det går.",
        "Give hope without promising: don't say everyone gets completely well. Talk about how it can come in waves, and that how it goes is not the child's responsibility.",
      ),
    },
    {
      id: "psykisk-ansvar",
      statement: t(
        "Hvem har ansvaret for å hjelpe en voksen som er syk?",
        "Kven har ansvaret for å hjelpe ein vaksen som er sjuk?",
        "Whose job is it to help an adult who is ill?",
      ),
      options: [
        { id: "barna", text: t("Barna i familien", "Barna i familien", "The children in the family") },
        { id: "voksne", text: t("Voksne, som leger og psykologer", "Vaksne, som legar og psykologar", "Adults, like doctors and psychologists") },
        { id: "ingen", text: t("Ingen", "Ingen", "Nobody") },
      ],
      correct: "voksne",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det er de voksne sin jobb. Leger, psykologer og andre voksne hjelper. Barn skal få være barn.",
          "Det er dei vaksne sin jobb. Legar, psykologar og andre vaksne hjelper. Barn skal få vere barn.",
          "It is the adults' job. Doctors, psychologists and other adults help. Children get to be children.",
        ),
        "11+": t(
          "Det er voksne og hjelpere som har ansvaret, ikke barn. Du kan gjerne være snill og bry deg, men du trenger ikke passe på den voksne eller gjøre hen frisk. Det er ikke din oppgave.",
          "Det er vaksne og hjelparar som har ansvaret, ikkje barn. Du kan gjerne vere snill og bry deg, men du treng ikkje passe på den vaksne eller gjere hen frisk. Det er ikkje di oppgåve.",
          "Adults and helpers are responsible, not children. You can be kind and care, but you don't have to look after the adult or make them well. That is not your job.",
        ),
      },
      leaderNote: t(
        "Noen barn tar mye ansvar hjemme. Anerkjenn omsorgen uten å gjøre den til en plikt. Legg merke til barn som virker svært slitne, og følg opp etterpå.",
        "Nokre barn tek mykje ansvar heime. Anerkjenn omsorga utan å gjere henne til ei plikt. Legg merke til barn som verkar svært slitne, og følg opp etterpå.",
        "Some children carry a lot of responsibility at home. Acknowledge their care without making it a duty. Notice children who seem very worn out, and follow up afterwards.",
      ),
    },
    {
      id: "psykisk-glad",
      statement: t(
        "Det er lov å være glad og ha det gøy, selv om noen hjemme er syk.",
        "Det er lov å vere glad og ha det kjekt, sjølv om nokon heime er sjuk.",
        "It's OK to be happy and have fun, even if someone at home is ill.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Ja! Du kan leke, le og gjøre ting du liker. Det er bra for deg, og det gjør ikke den voksne sykere.",
          "Ja! Du kan leike, le og gjere ting du likar. Det er bra for deg, og det gjer ikkje den vaksne sjukare.",
          "Yes! You can play, laugh and do things you like. It is good for you, and it doesn't make the adult more ill.",
        ),
        "11+": t(
          "Det stemmer. Det er ikke slemt eller urettferdig å ha det fint når noen andre har det vondt. Det gir deg krefter, og de fleste foreldre ønsker at barna deres skal ha det godt.",
          "Det stemmer. Det er ikkje slemt eller urettferdig å ha det fint når nokon andre har det vondt. Det gir deg krefter, og dei fleste foreldre ønskjer at barna deira skal ha det godt.",
          "That's right. It isn't mean or unfair to have a good time when someone else is hurting. It gives you strength, and most parents want their children to be well.",
        ),
      },
      leaderNote: t(
        "Noen barn får dårlig samvittighet av å ha det gøy. La barna fortelle hva de liker å gjøre; det er en fin overgang til styrker.",
        "Nokre barn får dårleg samvit av å ha det kjekt. La barna fortelje kva dei likar å gjere; det er ein fin overgang til styrkar.",
        "Some children feel guilty about having fun. Let the children say what they like doing; it's a good bridge to strengths.",
      ),
    },
    {
      id: "psykisk-ord",
      statement: t(
        "Noen bruker stygge ord om folk som er psykisk syke. Stemmer de ordene?",
        "Nokon brukar stygge ord om folk som er psykisk sjuke. Stemmer dei orda?",
        "Some people use nasty words about people who are mentally ill. Are those words true?",
      ),
      options: YES_NO,
      correct: "nei",
      explanation: {
        "8-10": t(
          "Nei. Stygge ord gjør vondt, og de stemmer ikke. Det er bedre å si at noen er syke og trenger hjelp.",
          "Nei. Stygge ord gjer vondt, og dei stemmer ikkje. Det er betre å seie at nokon er sjuke og treng hjelp.",
          "No. Nasty words hurt, and they aren't true. It's better to say that someone is ill and needs help.",
        ),
        "11+": t(
          "Nei. Ord som «gal» eller «sprø» gir et feil bilde. De kan gjøre at folk skammer seg og ikke tør å be om hjelp. Psykisk sykdom er vanlig, og den som er syk, er fortsatt seg selv.",
          "Nei. Ord som «galen» eller «sprø» gir eit feil bilete. Dei kan gjere at folk skjemmest og ikkje tør å be om hjelp. Psykisk sjukdom er vanleg, og den som er sjuk, er framleis seg sjølv.",
          "No. Words like \"crazy\" or \"mad\" give the wrong picture. They can make people ashamed and afraid to ask for help. Mental illness is common, and the person who is ill is still themselves.",
        ),
      },
      leaderNote: t(
        "Barn kan ha hørt slike ord fra andre, også om sin egen familie. La dem dele hvis de vil, men ikke press. Snakk om hva man kan si i stedet.",
        "Barn kan ha høyrt slike ord frå andre, òg om sin eigen familie. La dei dele om dei vil, men ikkje press. Snakk om kva ein kan seie i staden.",
        "Children may have heard such words from others, including about their own family. Let them share if they want to, but don't push. Talk about what you can say instead.",
      ),
    },
    {
      id: "psykisk-alene",
      statement: t(
        "Det er veldig sjelden at barn har en voksen hjemme som er psykisk syk.",
        "Det er svært sjeldan at barn har ein vaksen heime som er psykisk sjuk.",
        "It is very rare for a child to have an adult at home with a mental illness.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      explanation: {
        "8-10": t(
          "Det er ikke sant. Det er ganske vanlig. Kanskje er det flere i klassen din som har det sånn. Du er ikke alene.",
          "Det er ikkje sant. Det er ganske vanleg. Kanskje er det fleire i klassen din som har det slik. Du er ikkje åleine.",
          "Not true. It is quite common. Maybe others in your class have it like that too. You are not alone.",
        ),
        "11+": t(
          "Det er ikke sant. Mange tusen barn i Norge har en forelder med psykiske plager. De fleste snakker ikke om det, så det kan føles som om man er den eneste. Det er du ikke.",
          "Det er ikkje sant. Mange tusen barn i Noreg har ein forelder med psykiske plager. Dei fleste snakkar ikkje om det, så det kan kjennast som om ein er den einaste. Det er du ikkje.",
          "Not true. Many thousands of children in Norway have a parent with mental health problems. Most don't talk about it, so it can feel as if you are the only one. You are not.",
        ),
      },
      leaderNote: t(
        "Knytt til gruppa: alle her vet litt om hvordan det er. Ingen trenger å fortelle sin historie for å høre til.",
        "Knyt til gruppa: alle her veit litt om korleis det er. Ingen treng å fortelje si historie for å høyre til.",
        "Link to the group: everyone here knows a little of what it's like. Nobody has to tell their story to belong.",
      ),
    },
  ],
};

// ---------------------------------------------------------------------------
// 2. Hva er rus?
// ---------------------------------------------------------------------------

const rus: QuizDeck = {
  id: "rus",
  title: t("Hva er rus?", "Kva er rus?", "What is \"rus\" (alcohol and drugs)?"),
  cards: [
    {
      id: "rus-hva",
      statement: t(
        "Rus er når noe, som alkohol, forandrer hvordan man tenker, føler og oppfører seg.",
        "Rus er når noko, som alkohol, endrar korleis ein tenkjer, kjenner og oppfører seg.",
        "\"Rus\" is when something, like alcohol, changes how you think, feel and behave.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Alkohol og noen andre stoffer kan gjøre at en voksen blir annerledes en stund. Den voksne kan bli sint, trist, trøtt eller rar.",
          "Det stemmer. Alkohol og nokre andre stoff kan gjere at ein vaksen blir annleis ei stund. Den vaksne kan bli sint, trist, trøytt eller rar.",
          "That's right. Alcohol and some other substances can make an adult different for a while. The adult may become angry, sad, sleepy or strange.",
        ),
        "11+": t(
          "Det stemmer. Rusmidler påvirker hjernen. Det gjelder for eksempel alkohol, hasj og noen medisiner hvis de brukes feil. Mens rusen varer, kan en person oppføre seg annerledes enn vanlig.",
          "Det stemmer. Rusmiddel påverkar hjernen. Det gjeld til dømes alkohol, hasj og nokre medisinar om dei blir brukte feil. Medan rusen varer, kan ein person oppføre seg annleis enn vanleg.",
          "That's right. Drugs and alcohol affect the brain. That includes alcohol, cannabis and some medicines when they are misused. While it lasts, a person may behave differently from usual.",
        ),
      },
      leaderNote: t(
        "Bruk barnas egne ord. Ikke gå inn på hvilke stoffer den enkeltes foreldre bruker.",
        "Bruk orda til barna. Ikkje gå inn på kva stoff foreldra til den einskilde brukar.",
        "Use the children's own words. Don't go into which substances anyone's parents use.",
      ),
    },
    {
      id: "rus-skyld",
      statement: t(
        "Hvis en voksen drikker for mye, er det fordi barna har vært slemme.",
        "Om ein vaksen drikk for mykje, er det fordi barna har vore slemme.",
        "If an adult drinks too much, it's because the children have been naughty.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det er ikke sant. Det er aldri barnets skyld. Ingen barn kan få en voksen til å drikke.",
          "Det er ikkje sant. Det er aldri barnet si skuld. Ingen barn kan få ein vaksen til å drikke.",
          "Not true. It is never the child's fault. No child can make an adult drink.",
        ),
        "11+": t(
          "Det er ikke sant. Voksne kan si ting som «du gjør meg sint» når de har drukket, men rusproblemer handler om den voksne, ikke om barna. Ingenting du gjør eller lar være å gjøre, er grunnen.",
          "Det er ikkje sant. Vaksne kan seie ting som «du gjer meg sint» når dei har drukke, men rusproblem handlar om den vaksne, ikkje om barna. Ingenting du gjer eller let vere å gjere, er grunnen.",
          "Not true. Adults may say things like \"you make me angry\" when they have been drinking, but drug and alcohol problems are about the adult, not the children. Nothing you do or don't do is the reason.",
        ),
      },
      leaderNote: t(
        "Kjernebudskap: ikke din skyld. Noen barn har fått skyld lagt på seg. Si det tydelig, og følg opp i enerom hvis et barn reagerer sterkt.",
        "Kjernebodskap: ikkje di skuld. Nokre barn har fått skuld lagd på seg. Sei det tydeleg, og følg opp på tomannshand om eit barn reagerer sterkt.",
        "Core message: not your fault. Some children have been blamed. Say it clearly, and follow up one-to-one if a child reacts strongly.",
      ),
    },
    {
      id: "rus-stoppe",
      statement: t(
        "Kan barn få en voksen til å slutte å ruse seg?",
        "Kan barn få ein vaksen til å slutte å ruse seg?",
        "Can children make an adult stop using alcohol or drugs?",
      ),
      options: YES_NO,
      correct: "nei",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Nei, og det er ikke din jobb. Selv om du gjemmer flasker eller er ekstra snill, kan du ikke bestemme over det. Andre voksne kan hjelpe.",
          "Nei, og det er ikkje din jobb. Sjølv om du gøymer flasker eller er ekstra snill, kan du ikkje bestemme over det. Andre vaksne kan hjelpe.",
          "No, and it's not your job. Even if you hide bottles or are extra good, you can't decide that. Other adults can help.",
        ),
        "11+": t(
          "Nei. Å slutte er noe den voksne selv må ville og få hjelp til. Barn som prøver å stoppe det, for eksempel ved å gjemme, passe på eller være perfekte, blir ofte slitne. Du har lov til å bare være barn.",
          "Nei. Å slutte er noko den vaksne sjølv må ville og få hjelp til. Barn som prøver å stoppe det, til dømes ved å gøyme, passe på eller vere perfekte, blir ofte slitne. Du har lov til å berre vere barn.",
          "No. Stopping is something the adult has to want and get help with. Children who try to stop it, for example by hiding things, keeping watch or being perfect, often get worn out. You're allowed to just be a child.",
        ),
      },
      leaderNote: t(
        "Mange barn prøver å kontrollere rusbruken. Anerkjenn at de bryr seg. Hvis et barn beskriver farlige situasjoner, følg opp i enerom og etter rutinene deres.",
        "Mange barn prøver å kontrollere rusbruken. Anerkjenn at dei bryr seg. Om eit barn skildrar farlege situasjonar, følg opp på tomannshand og etter rutinane dykkar.",
        "Many children try to control the drinking or drug use. Acknowledge that they care. If a child describes dangerous situations, follow up one-to-one and according to your procedures.",
      ),
    },
    {
      id: "rus-hjelp",
      statement: t(
        "Rusproblemer er noe man kan få hjelp til.",
        "Rusproblem er noko ein kan få hjelp til.",
        "People can get help for problems with alcohol or drugs.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Det kan være veldig vanskelig å slutte alene. Det finnes hjelpere som kan hjelpe voksne med rus.",
          "Det stemmer. Det kan vere svært vanskeleg å slutte åleine. Det finst hjelparar som kan hjelpe vaksne med rus.",
          "That's right. It can be very hard to stop alone. There are helpers who help adults with alcohol and drugs.",
        ),
        "11+": t(
          "Det stemmer. Når noen ikke klarer å la være, selv om det skader dem og familien, kalles det avhengighet. Det er et helseproblem, og det finnes behandling. Mange klarer å endre vanene sine med hjelp.",
          "Det stemmer. Når nokon ikkje klarer å la vere, sjølv om det skadar dei og familien, blir det kalla avhengigheit. Det er eit helseproblem, og det finst behandling. Mange klarer å endre vanane sine med hjelp.",
          "That's right. When someone can't stop, even though it harms them and their family, it's called addiction. It is a health problem, and there is treatment. Many manage to change their habits with help.",
        ),
      },
      leaderNote: t(
        "Unngå moraliserende ord. Hold fast på at den voksne er den samme personen og kan få hjelp.",
        "Unngå moraliserande ord. Hald fast på at den vaksne er den same personen og kan få hjelp.",
        "Avoid moralising words. Hold on to the message that the adult is the same person and can get help.",
      ),
    },
    {
      id: "rus-folelser",
      statement: t(
        "Det er vanlig å bli forvirret, redd eller flau når en voksen er ruset.",
        "Det er vanleg å bli forvirra, redd eller flau når ein vaksen er rusa.",
        "It's common to feel confused, scared or embarrassed when an adult is drunk or high.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Ja, det er helt vanlig. Alle følelser er lov. Det hjelper å fortelle en voksen du stoler på hvordan du har det.",
          "Ja, det er heilt vanleg. Alle kjensler er lov. Det hjelper å fortelje ein vaksen du stolar på korleis du har det.",
          "Yes, it's very common. All feelings are allowed. It helps to tell an adult you trust how you feel.",
        ),
        "11+": t(
          "Det stemmer. Man kan kjenne mange ting på én gang: sinne, skam, redsel og kjærlighet. Det betyr ikke at noe er galt med deg. Det er fint å sette ord på det sammen med noen.",
          "Det stemmer. Ein kan kjenne mange ting på ein gong: sinne, skam, redsle og kjærleik. Det tyder ikkje at noko er gale med deg. Det er fint å setje ord på det saman med nokon.",
          "That's right. You can feel many things at once: anger, shame, fear and love. It doesn't mean anything is wrong with you. It helps to put it into words with someone.",
        ),
      },
      leaderNote: t(
        "Knytt til følelsesordene fra innsjekken. La barna foreslå flere ord hvis de vil, uten å knytte dem til egne opplevelser.",
        "Knyt til kjensleorda frå innsjekken. La barna føreslå fleire ord om dei vil, utan å knyte dei til eigne opplevingar.",
        "Link to the feeling words from the check-in. Let the children suggest more words if they like, without tying them to their own experiences.",
      ),
    },
    {
      id: "rus-utrygg",
      statement: t(
        "Hva er lurt å gjøre hvis en voksen har ruset seg og du ikke føler deg trygg?",
        "Kva er lurt å gjere om ein vaksen har rusa seg og du ikkje kjenner deg trygg?",
        "What is a good thing to do if an adult has been drinking or using drugs and you don't feel safe?",
      ),
      options: [
        { id: "hemmelig", text: t("Holde det hemmelig", "Halde det hemmeleg", "Keep it secret") },
        { id: "si-fra", text: t("Si fra til en voksen jeg stoler på", "Seie frå til ein vaksen eg stolar på", "Tell an adult I trust") },
        { id: "fikse", text: t("Prøve å fikse det selv", "Prøve å fikse det sjølv", "Try to fix it myself") },
      ],
      correct: "si-fra",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Si fra til en voksen du stoler på, som en lærer eller en av oss her. Du kan ringe 116 111. Våkner noen ikke, eller er veldig syk: ring 113. Er noen i fare: ring 112.",
          "Sei frå til ein vaksen du stolar på, som ein lærar eller ein av oss her. Du kan ringje 116 111. Vaknar nokon ikkje, eller er svært sjuk: ring 113. Er nokon i fare: ring 112.",
          "Tell an adult you trust, like a teacher or one of us here. You can call 116 111. If someone does not wake up or is very ill: call 113. If someone is in danger: call 112.",
        ),
        "11+": t(
          "Det er lurt å si fra til en voksen du stoler på, eller ringe Alarmtelefonen for barn og unge på 116 111. Det er gratis. Hvis noen ikke våkner eller er veldig syk, ring 113 (ambulanse). Hvis noen er i fare på en annen måte akkurat nå, ring 112. Å si fra er ikke å sladre: det er å passe på seg selv.",
          "Det er lurt å seie frå til ein vaksen du stolar på, eller ringje Alarmtelefonen for barn og unge på 116 111. Det er gratis. Om nokon ikkje vaknar eller er svært sjuk, ring 113 (ambulanse). Om nokon er i fare på ein annan måte akkurat no, ring 112. Å seie frå er ikkje å sladre: det er å passe på seg sjølv.",
          "It's a good idea to tell an adult you trust, or call Alarmtelefonen for barn og unge on 116 111. It's free. If someone does not wake up or is very ill, call 113 (ambulance). If someone is in danger in another way right now, call 112. Telling isn't telling tales: it's looking after yourself.",
        ),
      },
      leaderNote: t(
        "Gå gjennom hvem barna kan kontakte. Lov aldri å holde alt hemmelig. Følg opp barn som reagerer sterkt, og følg rutinene for bekymringsmelding.",
        "Gå gjennom kven barna kan kontakte. Lov aldri å halde alt hemmeleg. Følg opp barn som reagerer sterkt, og følg rutinane for bekymringsmelding.",
        "Go through whom the children can contact. Never promise to keep everything secret. Follow up children who react strongly, and follow your procedures for reporting concerns.",
      ),
    },
    {
      id: "rus-alle",
      statement: t(
        "Alle voksne som drikker alkohol, har et rusproblem.",
        "Alle vaksne som drikk alkohol, har eit rusproblem.",
        "Every adult who drinks alcohol has a drinking problem.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      explanation: {
        "8-10": t(
          "Det stemmer ikke. Mange voksne drikker litt uten at det blir et problem. Det blir et problem når det skader den voksne eller familien.",
          "Det stemmer ikkje. Mange vaksne drikk litt utan at det blir eit problem. Det blir eit problem når det skadar den vaksne eller familien.",
          "Not true. Many adults drink a little without it becoming a problem. It becomes a problem when it harms the adult or the family.",
        ),
        "11+": t(
          "Det stemmer ikke. Mange drikker av og til uten at det skader noen. Et rusproblem er når rusen tar mye plass, når man ikke klarer å la være, eller når familien får det vondt av det.",
          "Det stemmer ikkje. Mange drikk av og til utan at det skadar nokon. Eit rusproblem er når rusen tek mykje plass, når ein ikkje klarer å la vere, eller når familien får det vondt av det.",
          "Not true. Many people drink now and then without harming anyone. A problem is when it takes up a lot of space, when someone can't stop, or when the family is hurt by it.",
        ),
      },
      leaderNote: t(
        "Nyttig for barn som blir urolige når andre voksne drikker. Hjelp dem å skille mellom bruk og problem, uten å gjøre dem til kontrollører.",
        "Nyttig for barn som blir urolege når andre vaksne drikk. Hjelp dei å skilje mellom bruk og problem, utan å gjere dei til kontrollørar.",
        "Useful for children who get anxious when other adults drink. Help them tell use from a problem, without turning them into watchers.",
      ),
    },
    {
      id: "rus-snakke",
      statement: t(
        "Det er greit å snakke om rus i familien med en voksen man stoler på.",
        "Det er greitt å snakke om rus i familien med ein vaksen ein stolar på.",
        "It's OK to talk about alcohol or drugs in your family with an adult you trust.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Ja. Du kan snakke om det du lurer på. Det er ikke å sladre. Voksne kan hjelpe deg og familien din.",
          "Ja. Du kan snakke om det du lurer på. Det er ikkje å sladre. Vaksne kan hjelpe deg og familien din.",
          "Yes. You can talk about what you wonder about. It isn't telling tales. Adults can help you and your family.",
        ),
        "11+": t(
          "Det stemmer. Mange barn lærer at «det vi har hjemme, snakker vi ikke om». Men du har lov til å fortelle om ditt eget liv til noen du stoler på. Voksne som jobber med barn, skal lytte og hjelpe.",
          "Det stemmer. Mange barn lærer at «det vi har heime, snakkar vi ikkje om». Men du har lov til å fortelje om ditt eige liv til nokon du stolar på. Vaksne som arbeider med barn, skal lytte og hjelpe.",
          "That's right. Many children learn that \"we don't talk about what happens at home\". But you are allowed to talk about your own life with someone you trust. Adults who work with children should listen and help.",
        ),
      },
      leaderNote: t(
        "Hemmeligheter er et eget tema i SMIL. Vær ærlig om at voksne noen ganger må si fra videre for å hjelpe, og at barnet da får vite det.",
        "Hemmelegheiter er eit eige tema i SMIL. Ver ærleg om at vaksne nokre gonger må seie frå vidare for å hjelpe, og at barnet då får vite det.",
        "Secrets are a theme of their own in SMIL. Be honest that adults sometimes have to pass things on in order to help, and that the child will be told when that happens.",
      ),
    },
    {
      id: "rus-tilbakefall",
      statement: t(
        "Når en voksen prøver å slutte med rus, kan det gå opp og ned før det blir bedre.",
        "Når ein vaksen prøver å slutte med rus, kan det gå opp og ned før det blir betre.",
        "When an adult tries to stop drinking or using drugs, it can go up and down before it gets better.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det stemmer. Det er vanskelig å slutte, og noen ganger begynner man igjen. Det er aldri din skyld hvis det skjer.",
          "Det stemmer. Det er vanskeleg å slutte, og nokre gonger byrjar ein igjen. Det er aldri di skuld om det skjer.",
          "That's right. Stopping is hard, and sometimes people start again. It's never your fault if that happens.",
        ),
        "11+": t(
          "Det stemmer. Mange prøver flere ganger før det går. Et tilbakefall betyr ikke at alt er ødelagt, og det er aldri barnas ansvar.",
          "Det stemmer. Mange prøver fleire gonger før det går. Eit tilbakefall tyder ikkje at alt er øydelagt, og det er aldri barna sitt ansvar.",
          "That's right. Many try several times before it works. A relapse doesn't mean everything is ruined, and it is never the children's responsibility.",
        ),
      },
      leaderNote: t(
        "Vær ærlig om at bedring ofte tar tid. Gi håp uten å love noe.",
        "Ver ærleg om at betring ofte tek tid. Gi håp utan å love noko.",
        "Be honest that recovery often takes time. Give hope without promising anything.",
      ),
    },
  ],
};

// ---------------------------------------------------------------------------
// 3. Følelser i kroppen
// ---------------------------------------------------------------------------

const kropp: QuizDeck = {
  id: "kropp",
  title: t("Følelser i kroppen", "Kjensler i kroppen", "Feelings in the body"),
  cards: [
    {
      id: "kropp-kjenne",
      statement: t(
        "Følelser kan kjennes i kroppen, for eksempel i magen eller i brystet.",
        "Kjensler kan kjennast i kroppen, til dømes i magen eller i brystet.",
        "Feelings can be felt in the body, for example in your tummy or chest.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Når du er redd, kan hjertet banke fort. Når du er spent, kan det kile i magen.",
          "Det stemmer. Når du er redd, kan hjartet banke fort. Når du er spent, kan det kile i magen.",
          "That's right. When you're scared, your heart can beat fast. When you're excited, your tummy can tingle.",
        ),
        "11+": t(
          "Det stemmer. Hjernen og kroppen snakker sammen hele tiden. Følelser kan gi hjertebank, sommerfugler i magen, stramme skuldre eller varme kinn. Å legge merke til kroppen kan hjelpe deg å skjønne hva du føler.",
          "Det stemmer. Hjernen og kroppen snakkar saman heile tida. Kjensler kan gi hjartebank, sommarfuglar i magen, stramme skuldrer eller varme kinn. Å leggje merke til kroppen kan hjelpe deg å skjøne kva du kjenner.",
          "That's right. Your brain and body talk to each other all the time. Feelings can give you a pounding heart, butterflies, tight shoulders or warm cheeks. Noticing your body can help you understand what you feel.",
        ),
      },
      leaderNote: t(
        "La barna vise på seg selv hvor de kjenner ting. Hold det lekent; ingen må vise noe.",
        "La barna vise på seg sjølv kvar dei kjenner ting. Hald det leikent; ingen må vise noko.",
        "Let the children point to where they feel things. Keep it playful; nobody has to show anything.",
      ),
    },
    {
      id: "kropp-lov",
      statement: t(
        "Noen følelser er feil, og dem burde man ikke ha.",
        "Nokre kjensler er feil, og dei burde ein ikkje ha.",
        "Some feelings are wrong, and you shouldn't have them.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      explanation: {
        "8-10": t(
          "Det er ikke sant. Alle følelser er lov: glad, trist, sint og redd. Det viktige er hva vi gjør når vi har dem.",
          "Det er ikkje sant. Alle kjensler er lov: glad, trist, sint og redd. Det viktige er kva vi gjer når vi har dei.",
          "Not true. All feelings are allowed: happy, sad, angry and scared. What matters is what we do when we have them.",
        ),
        "11+": t(
          "Det er ikke sant. Alle følelser er lov, også de ubehagelige. De forteller oss noe, for eksempel at noe er urettferdig eller skummelt. Man kan tenke over hvordan man viser dem, uten å skamme seg over å ha dem.",
          "Det er ikkje sant. Alle kjensler er lov, òg dei ubehagelege. Dei fortel oss noko, til dømes at noko er urettferdig eller skummelt. Ein kan tenkje over korleis ein viser dei, utan å skjemmast over å ha dei.",
          "Not true. All feelings are allowed, including the uncomfortable ones. They tell us something, for example that something is unfair or scary. You can think about how you show them without being ashamed of having them.",
        ),
      },
      leaderNote: t(
        "Skill mellom følelse og handling: det er lov å bli sint, men ikke lov å slå. Ingen følelse er «dårlig».",
        "Skil mellom kjensle og handling: det er lov å bli sint, men ikkje lov å slå. Inga kjensle er «dårleg».",
        "Separate feeling from action: it's OK to get angry, not OK to hit. No feeling is \"bad\".",
      ),
    },
    {
      id: "kropp-sinne",
      statement: t(
        "Hvordan kan sinne kjennes i kroppen?",
        "Korleis kan sinne kjennast i kroppen?",
        "How can anger feel in the body?",
      ),
      options: [
        { id: "varm", text: t("Varmt i ansiktet", "Varmt i andletet", "Hot in the face") },
        { id: "neve", text: t("Knyttede never", "Knytte nevar", "Clenched fists") },
        { id: "hjerte", text: t("Hjertet banker fort", "Hjartet bankar fort", "Heart beating fast") },
      ],
      correct: null,
      explanation: {
        "8-10": t(
          "Alle disse kan stemme! Mange blir varme i ansiktet, knytter nevene eller får hjertebank når de blir sinte. Kroppen er forskjellig hos alle.",
          "Alle desse kan stemme! Mange blir varme i andletet, knyter nevane eller får hjartebank når dei blir sinte. Kroppen er ulik hos alle.",
          "All of these can be right! Many people get hot in the face, clench their fists or feel their heart pound when they get angry. Everyone's body is different.",
        ),
        "11+": t(
          "Her finnes det ikke ett riktig svar. Sinne gir ofte energi i kroppen: varme, spente muskler, raskere pust og hjerte. Hvis du kjenner igjen tegnene tidlig, er det lettere å ta en pause før sinnet tar over.",
          "Her finst det ikkje eitt rett svar. Sinne gir ofte energi i kroppen: varme, spente musklar, raskare pust og hjarte. Om du kjenner att teikna tidleg, er det lettare å ta ein pause før sinnet tek over.",
          "There is no single right answer here. Anger often brings energy into the body: heat, tense muscles, faster breathing and heartbeat. If you notice the signs early, it's easier to take a break before the anger takes over.",
        ),
      },
      leaderNote: t(
        "Spør hva barna selv merker. Knytt til pusteøvelsen: den hjelper når kroppen er «på».",
        "Spør kva barna sjølve merkar. Knyt til pusteøvinga: ho hjelper når kroppen er «på».",
        "Ask what the children notice themselves. Link to the breathing exercise: it helps when the body is \"switched on\".",
      ),
    },
    {
      id: "kropp-pust",
      statement: t(
        "Å puste rolig og langsomt kan hjelpe kroppen å roe seg ned.",
        "Å puste roleg og sakte kan hjelpe kroppen å roe seg ned.",
        "Breathing calmly and slowly can help your body calm down.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Pust inn gjennom nesen, og pust sakte ut, som når du blåser på varm suppe. Da får kroppen beskjed om at den kan slappe av.",
          "Det stemmer. Pust inn gjennom nasen, og pust sakte ut, som når du blæs på varm suppe. Då får kroppen beskjed om at han kan slappe av.",
          "That's right. Breathe in through your nose and breathe out slowly, like blowing on hot soup. That tells your body it can relax.",
        ),
        "11+": t(
          "Det stemmer. Når du puster sakte ut, får kroppen et signal om å roe seg. Det tar ikke bort det som er vanskelig, men det kan gjøre det lettere å tenke klart.",
          "Det stemmer. Når du pustar sakte ut, får kroppen eit signal om å roe seg. Det tek ikkje bort det som er vanskeleg, men det kan gjere det lettare å tenkje klart.",
          "That's right. Breathing out slowly sends your body a signal to calm down. It doesn't take away what's hard, but it can make it easier to think clearly.",
        ),
      },
      leaderNote: t(
        "Gjør en kort pusteøvelse sammen rett etter kortet.",
        "Gjer ei kort pusteøving saman rett etter kortet.",
        "Do a short breathing exercise together right after this card.",
      ),
    },
    {
      id: "kropp-flere",
      statement: t(
        "Man kan kjenne flere følelser på én gang.",
        "Ein kan kjenne fleire kjensler på ein gong.",
        "You can feel more than one feeling at the same time.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Ja! Du kan være glad og trist samtidig, for eksempel når du gleder deg til ferie, men savner noen.",
          "Ja! Du kan vere glad og trist samstundes, til dømes når du gler deg til ferie, men saknar nokon.",
          "Yes! You can be happy and sad at once, for example when you look forward to a holiday but miss someone.",
        ),
        "11+": t(
          "Det stemmer. Mange kjenner både kjærlighet og sinne overfor noen de er glad i, eller både lettelse og bekymring. Blandede følelser er helt vanlig og betyr ikke at noe er galt.",
          "Det stemmer. Mange kjenner både kjærleik og sinne overfor nokon dei er glade i, eller både letting og uro. Blanda kjensler er heilt vanleg og tyder ikkje at noko er gale.",
          "That's right. Many people feel both love and anger towards someone they care about, or both relief and worry. Mixed feelings are completely normal and don't mean anything is wrong.",
        ),
      },
      leaderNote: t(
        "Særlig viktig for barn med blandede følelser for foreldre. Normaliser uten å be om eksempler fra hjemmet.",
        "Særleg viktig for barn med blanda kjensler for foreldre. Normaliser utan å be om døme frå heimen.",
        "Especially important for children with mixed feelings about a parent. Normalise without asking for examples from home.",
      ),
    },
    {
      id: "kropp-grate",
      statement: t(
        "Hvis du gråter, betyr det at du er svak.",
        "Om du græt, tyder det at du er svak.",
        "If you cry, it means you are weak.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      explanation: {
        "8-10": t(
          "Det er ikke sant. Å gråte er en måte kroppen viser at noe er vondt på. Både barn og voksne gråter, og etterpå kan det kjennes litt lettere.",
          "Det er ikkje sant. Å gråte er ein måte kroppen viser at noko er vondt på. Både barn og vaksne græt, og etterpå kan det kjennast litt lettare.",
          "Not true. Crying is one way your body shows that something hurts. Both children and adults cry, and afterwards it can feel a bit lighter.",
        ),
        "11+": t(
          "Det er ikke sant. Gråt er en naturlig måte å få ut følelser på, og det kan gi lettelse. Det krever faktisk mot å vise hvordan man har det.",
          "Det er ikkje sant. Gråt er ein naturleg måte å få ut kjensler på, og det kan gi letting. Det krev faktisk mot å vise korleis ein har det.",
          "Not true. Crying is a natural way to let feelings out, and it can bring relief. It actually takes courage to show how you feel.",
        ),
      },
      leaderNote: t(
        "Noen barn har hørt at de ikke skal gråte. Ta det opp lett, og vis at voksne også gråter.",
        "Nokre barn har høyrt at dei ikkje skal gråte. Ta det opp lett, og vis at vaksne òg græt.",
        "Some children have been told not to cry. Bring it up lightly and show that adults cry too.",
      ),
    },
    {
      id: "kropp-sove",
      statement: t(
        "Bekymringer kan gjøre det vanskelig å sove.",
        "Uro kan gjere det vanskeleg å sove.",
        "Worries can make it hard to sleep.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det stemmer. Når tankene går rundt og rundt, kan det være vanskelig å sovne. Det kan hjelpe å fortelle noen om bekymringen, eller tenke på et trygt sted.",
          "Det stemmer. Når tankane går rundt og rundt, kan det vere vanskeleg å sovne. Det kan hjelpe å fortelje nokon om uroa, eller tenkje på ein trygg stad.",
          "That's right. When your thoughts go round and round, it can be hard to fall asleep. It can help to tell someone about the worry, or think of a safe place.",
        ),
        "11+": t(
          "Det stemmer. Bekymring holder kroppen litt på vakt, og det gjør det vanskelig å slappe av. Det kan hjelpe å skrive ned tankene, puste rolig eller snakke med noen før leggetid.",
          "Det stemmer. Uro held kroppen litt på vakt, og det gjer det vanskeleg å slappe av. Det kan hjelpe å skrive ned tankane, puste roleg eller snakke med nokon før leggjetid.",
          "That's right. Worry keeps your body a little on guard, which makes it hard to relax. Writing your thoughts down, breathing calmly or talking to someone before bed can help.",
        ),
      },
      leaderNote: t(
        "Noen barn ligger våkne av bekymring for en forelder. Ikke spør direkte i gruppa; lytt etter signaler og følg opp enkeltvis.",
        "Nokre barn ligg vakne av uro for ein forelder. Ikkje spør direkte i gruppa; lytt etter signal og følg opp kvar for seg.",
        "Some children lie awake worrying about a parent. Don't ask directly in the group; listen for signals and follow up individually.",
      ),
    },
    {
      id: "kropp-stor",
      statement: t(
        "Hva kan hjelpe når en følelse blir veldig stor?",
        "Kva kan hjelpe når ei kjensle blir svært stor?",
        "What can help when a feeling gets very big?",
      ),
      options: [
        { id: "snakke", text: t("Snakke med noen", "Snakke med nokon", "Talking to someone") },
        { id: "bevege", text: t("Bevege seg, som å gå en tur", "Røre seg, som å gå ein tur", "Moving, like going for a walk") },
        { id: "puste", text: t("Puste rolig", "Puste roleg", "Breathing calmly") },
      ],
      correct: null,
      explanation: {
        "8-10": t(
          "Alle disse kan hjelpe! Forskjellige ting hjelper for forskjellige folk. Prøv deg fram og finn ut hva som hjelper deg.",
          "Alle desse kan hjelpe! Ulike ting hjelper for ulike folk. Prøv deg fram og finn ut kva som hjelper deg.",
          "All of these can help! Different things help different people. Try things out and find what helps you.",
        ),
        "11+": t(
          "Her finnes det ikke ett riktig svar. Noen trenger å snakke, noen trenger å bevege seg, andre trenger ro. Det er lurt å ha flere ting å velge mellom, så du har en plan når følelsene blir store.",
          "Her finst det ikkje eitt rett svar. Nokon treng å snakke, nokon treng å røre seg, andre treng ro. Det er lurt å ha fleire ting å velje mellom, så du har ein plan når kjenslene blir store.",
          "There is no single right answer here. Some people need to talk, some need to move, others need quiet. It's smart to have several things to choose from, so you have a plan when feelings get big.",
        ),
      },
      leaderNote: t(
        "Lag gjerne en felles liste over ting som hjelper, og heng den opp i rommet.",
        "Lag gjerne ei felles liste over ting som hjelper, og heng henne opp i rommet.",
        "Make a shared list of things that help, and put it up in the room.",
      ),
    },
    {
      id: "kropp-alarm",
      statement: t(
        "Når man blir redd, gjør kroppen seg klar til å passe på seg, for eksempel med hjertebank og rask pust.",
        "Når ein blir redd, gjer kroppen seg klar til å passe på seg, til dømes med hjartebank og rask pust.",
        "When you get scared, your body gets ready to protect you, for example with a pounding heart and fast breathing.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Kroppen vil passe på deg. Derfor banker hjertet fort når du blir redd. Det går over igjen.",
          "Det stemmer. Kroppen vil passe på deg. Difor bankar hjartet fort når du blir redd. Det går over igjen.",
          "That's right. Your body wants to look after you. That's why your heart beats fast when you get scared. It passes again.",
        ),
        "11+": t(
          "Det stemmer. Redsel setter i gang kroppens alarm: hjertet slår fortere, pusten går raskere og musklene blir klare. Alarmen er nyttig ved fare, men kan også gå av når man bare er bekymret. Den roer seg igjen.",
          "Det stemmer. Redsle set i gang alarmen i kroppen: hjartet slår fortare, pusten går raskare og musklane blir klare. Alarmen er nyttig ved fare, men kan òg gå av når ein berre er uroleg. Han roar seg igjen.",
          "That's right. Fear sets off the body's alarm: your heart beats faster, you breathe quicker and your muscles get ready. The alarm is useful in danger, but it can also go off when you're just worried. It calms down again.",
        ),
      },
      leaderNote: t(
        "Forklar «alarmen» som noe normalt og nyttig. Hvis et barn forteller om ekte fare hjemme, følg opp i enerom.",
        "Forklar «alarmen» som noko normalt og nyttig. Om eit barn fortel om verkeleg fare heime, følg opp på tomannshand.",
        "Explain the \"alarm\" as normal and useful. If a child talks about real danger at home, follow up one-to-one.",
      ),
    },
  ],
};

// ---------------------------------------------------------------------------
// 4. Ikke din skyld / hva hjelper
// ---------------------------------------------------------------------------

const skyld: QuizDeck = {
  id: "skyld",
  title: t("Ikke din skyld – hva hjelper?", "Ikkje di skuld – kva hjelper?", "Not your fault – what helps?"),
  cards: [
    {
      id: "skyld-barnet",
      statement: t(
        "Er det barnets skyld når en voksen i familien blir syk eller ruser seg?",
        "Er det barnet si skuld når ein vaksen i familien blir sjuk eller rusar seg?",
        "Is it the child's fault when an adult in the family gets ill or uses alcohol or drugs?",
      ),
      options: YES_NO,
      correct: "nei",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Nei. Det er aldri barnets skyld. Ingenting du har gjort, sagt eller tenkt, har gjort den voksne syk.",
          "Nei. Det er aldri barnet si skuld. Ingenting du har gjort, sagt eller tenkt, har gjort den vaksne sjuk.",
          "No. It is never the child's fault. Nothing you have done, said or thought made the adult ill.",
        ),
        "11+": t(
          "Nei. Sykdom og rus har mange grunner, men barna er aldri grunnen. Selv om det har vært krangling, eller du har gjort noe dumt, er det ikke derfor. Voksne har ansvaret for sin egen helse.",
          "Nei. Sjukdom og rus har mange grunnar, men barna er aldri grunnen. Sjølv om det har vore krangling, eller du har gjort noko dumt, er det ikkje difor. Vaksne har ansvaret for si eiga helse.",
          "No. Illness and alcohol or drug problems have many causes, but children are never the cause. Even if there has been arguing, or you did something silly, that's not why. Adults are responsible for their own health.",
        ),
      },
      leaderNote: t(
        "SMILs viktigste budskap. La det bli stående i rommet en stund. Ikke be barna fortelle om egne skyldtanker i gruppa.",
        "Det viktigaste bodskapet i SMIL. La det bli ståande i rommet ei stund. Ikkje be barna fortelje om eigne skuldtankar i gruppa.",
        "SMIL's most important message. Let it stay in the room for a while. Don't ask the children to share their own feelings of guilt in the group.",
      ),
    },
    {
      id: "skyld-snill",
      statement: t(
        "Hvis barnet er snilt nok og hjelper til mye, blir den voksne frisk.",
        "Om barnet er snilt nok og hjelper til mykje, blir den vaksne frisk.",
        "If the child is good enough and helps a lot, the adult will get well.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det er ikke sant. Du kan ikke gjøre en voksen frisk, samme hvor snill du er. Det er hjelperne sin jobb. Du er god nok som du er.",
          "Det er ikkje sant. Du kan ikkje gjere ein vaksen frisk, same kor snill du er. Det er hjelparane sin jobb. Du er god nok som du er.",
          "Not true. You can't make an adult well, however good you are. That is the helpers' job. You are good enough as you are.",
        ),
        "11+": t(
          "Det er ikke sant. Det er fint å bry seg, men sykdom og rus blir ikke borte av at barna gjør alt riktig. Å prøve å være perfekt er slitsomt. Du har lov til å gjøre feil og bare være deg.",
          "Det er ikkje sant. Det er fint å bry seg, men sjukdom og rus blir ikkje borte av at barna gjer alt rett. Å prøve å vere perfekt er slitsamt. Du har lov til å gjere feil og berre vere deg.",
          "Not true. Caring is good, but illness and alcohol or drug problems don't go away because children do everything right. Trying to be perfect is exhausting. You're allowed to make mistakes and just be you.",
        ),
      },
      leaderNote: t(
        "Noen barn prøver å være perfekte. Anerkjenn omsorgen, og løft ansvaret av dem.",
        "Nokre barn prøver å vere perfekte. Anerkjenn omsorga, og løft ansvaret av dei.",
        "Some children try to be perfect. Acknowledge their care, and lift the responsibility off them.",
      ),
    },
    {
      id: "skyld-snakke",
      statement: t(
        "Det er lov å snakke med en voksen om hvordan man har det hjemme.",
        "Det er lov å snakke med ein vaksen om korleis ein har det heime.",
        "It's OK to talk to an adult about how things are at home.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Ja, det er lov! Du kan snakke med en lærer, helsesykepleieren, besteforeldre eller en av oss her. Det er ikke å sladre.",
          "Ja, det er lov! Du kan snakke med ein lærar, helsesjukepleiaren, besteforeldre eller ein av oss her. Det er ikkje å sladre.",
          "Yes, it is! You can talk to a teacher, the school nurse, a grandparent or one of us here. It isn't telling tales.",
        ),
        "11+": t(
          "Det stemmer. Du har rett til å få hjelp og til å vite hva som skjer. Voksne som jobber med barn, skal lytte. Hvis de blir bekymret, kan de måtte si fra videre for å hjelpe, og da skal de fortelle deg det.",
          "Det stemmer. Du har rett til å få hjelp og til å vite kva som skjer. Vaksne som arbeider med barn, skal lytte. Om dei blir urolege, kan dei måtte seie frå vidare for å hjelpe, og då skal dei fortelje deg det.",
          "That's right. You have the right to get help and to know what is happening. Adults who work with children should listen. If they get worried, they may have to pass it on to help, and then they should tell you.",
        ),
      },
      leaderNote: t(
        "Vær ærlig om taushetsplikt og opplysningsplikt på barnas nivå. Lov aldri full hemmelighet.",
        "Ver ærleg om teieplikt og opplysningsplikt på nivået til barna. Lov aldri full hemmelegheit.",
        "Be honest about confidentiality and the duty to report, at the children's level. Never promise complete secrecy.",
      ),
    },
    {
      id: "skyld-alene",
      statement: t(
        "Det er bare noen få barn som har en voksen hjemme som er syk eller ruser seg.",
        "Det er berre nokre få barn som har ein vaksen heime som er sjuk eller rusar seg.",
        "Only a few children have an adult at home who is ill or uses alcohol or drugs.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      explanation: {
        "8-10": t(
          "Det er ikke sant. Det er mange barn som har det sånn, kanskje også noen i klassen din. Du er ikke alene.",
          "Det er ikkje sant. Det er mange barn som har det slik, kanskje òg nokon i klassen din. Du er ikkje åleine.",
          "Not true. Lots of children have it like that, maybe some in your class too. You are not alone.",
        ),
        "11+": t(
          "Det er ikke sant. Mange tusen barn i Norge har en forelder med psykiske plager eller rusproblemer. Mange snakker ikke om det, så man kan tro at man er alene. Her i gruppa vet vi at vi ikke er det.",
          "Det er ikkje sant. Mange tusen barn i Noreg har ein forelder med psykiske plager eller rusproblem. Mange snakkar ikkje om det, så ein kan tru at ein er åleine. Her i gruppa veit vi at vi ikkje er det.",
          "Not true. Many thousands of children in Norway have a parent with mental health or alcohol or drug problems. Many don't talk about it, so you might think you're alone. Here in the group we know we're not.",
        ),
      },
      leaderNote: t(
        "Knytt til gruppa: «vi er flere». Ingen trenger å fortelle sin historie.",
        "Knyt til gruppa: «vi er fleire». Ingen treng å fortelje si historie.",
        "Link to the group: \"there are many of us\". Nobody has to tell their story.",
      ),
    },
    {
      id: "skyld-dag",
      statement: t(
        "Hva kan hjelpe når du har en vanskelig dag?",
        "Kva kan hjelpe når du har ein vanskeleg dag?",
        "What can help when you're having a hard day?",
      ),
      options: [
        { id: "snakke", text: t("Snakke med en venn eller en voksen", "Snakke med ein ven eller ein vaksen", "Talking to a friend or an adult") },
        { id: "like", text: t("Gjøre noe jeg liker", "Gjere noko eg likar", "Doing something I like") },
        { id: "ro", text: t("Være litt for meg selv", "Vere litt for meg sjølv", "Having a little time on my own") },
      ],
      correct: null,
      explanation: {
        "8-10": t(
          "Alle disse kan hjelpe. Det er lov å gjøre ting som gjør deg glad, og det er lov å trenge ro. Prøv deg fram.",
          "Alle desse kan hjelpe. Det er lov å gjere ting som gjer deg glad, og det er lov å trenge ro. Prøv deg fram.",
          "All of these can help. It's OK to do things that make you happy, and it's OK to need some quiet. Try things out.",
        ),
        "11+": t(
          "Det finnes ikke ett riktig svar. Det som hjelper, er forskjellig fra person til person og fra dag til dag. Det er lurt å ha en liste over ting som hjelper deg, og minst én voksen å snakke med.",
          "Det finst ikkje eitt rett svar. Det som hjelper, er ulikt frå person til person og frå dag til dag. Det er lurt å ha ei liste over ting som hjelper deg, og minst éin vaksen å snakke med.",
          "There's no single right answer. What helps is different from person to person and day to day. It's smart to have a list of things that help you, and at least one adult to talk to.",
        ),
      },
      leaderNote: t(
        "Lag en felles «hva hjelper»-liste. Legg merke til barn som bare nevner å være alene, og følg opp.",
        "Lag ei felles «kva hjelper»-liste. Legg merke til barn som berre nemner å vere åleine, og følg opp.",
        "Make a shared \"what helps\" list. Notice children who only mention being alone, and follow up.",
      ),
    },
    {
      id: "skyld-sint",
      statement: t(
        "Det er lov å være sint på eller lei seg over en voksen man er glad i.",
        "Det er lov å vere sint på eller lei seg over ein vaksen ein er glad i.",
        "It's OK to be angry with or upset at an adult you love.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Ja, det er lov. Du kan være glad i noen og sint på dem samtidig. Det betyr ikke at du er slem.",
          "Ja, det er lov. Du kan vere glad i nokon og sint på dei samstundes. Det tyder ikkje at du er slem.",
          "Yes, it is. You can love someone and be angry with them at the same time. It doesn't mean you're mean.",
        ),
        "11+": t(
          "Det stemmer. Man kan elske noen og samtidig være sint, skuffet eller lei seg fordi ting er vanskelige. Alle følelser er lov, og de gjør deg ikke til et dårlig menneske.",
          "Det stemmer. Ein kan elske nokon og samstundes vere sint, skuffa eller lei seg fordi ting er vanskelege. Alle kjensler er lov, og dei gjer deg ikkje til eit dårleg menneske.",
          "That's right. You can love someone and still be angry, disappointed or sad because things are hard. All feelings are allowed, and they don't make you a bad person.",
        ),
      },
      leaderNote: t(
        "Normaliser blandede følelser. Snakk aldri nedsettende om foreldrene.",
        "Normaliser blanda kjensler. Snakk aldri nedsetjande om foreldra.",
        "Normalise mixed feelings. Never speak disparagingly about the parents.",
      ),
    },
    {
      id: "skyld-hemmelig",
      statement: t(
        "Hvis noe er vanskelig hjemme, må man holde det hemmelig.",
        "Om noko er vanskeleg heime, må ein halde det hemmeleg.",
        "If something is hard at home, you have to keep it secret.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det er ikke sant. Noen hemmeligheter er fine, som en bursdagsgave. Men noen hemmeligheter gjør deg lei deg eller redd. Dem har du lov å fortelle til en voksen du stoler på.",
          "Det er ikkje sant. Nokre hemmelegheiter er fine, som ei bursdagsgåve. Men nokre hemmelegheiter gjer deg lei deg eller redd. Dei har du lov å fortelje til ein vaksen du stolar på.",
          "Not true. Some secrets are nice, like a birthday present. But some secrets make you sad or scared. Those you are allowed to tell an adult you trust.",
        ),
        "11+": t(
          "Det er ikke sant. Det er forskjell på gode og tunge hemmeligheter. En tung hemmelighet er noe som gjør deg redd, trist eller urolig. Den har du lov til å fortelle, selv om noen har sagt at du ikke skal.",
          "Det er ikkje sant. Det er skilnad på gode og tunge hemmelegheiter. Ei tung hemmelegheit er noko som gjer deg redd, trist eller uroleg. Henne har du lov til å fortelje, sjølv om nokon har sagt at du ikkje skal.",
          "Not true. There's a difference between good secrets and heavy secrets. A heavy secret is something that makes you scared, sad or uneasy. You're allowed to tell it, even if someone said you mustn't.",
        ),
      },
      leaderNote: t(
        "Følg opp i enerom hvis et barn reagerer sterkt. Husk opplysningsplikten.",
        "Følg opp på tomannshand om eit barn reagerer sterkt. Hugs opplysningsplikta.",
        "Follow up one-to-one if a child reacts strongly. Remember the duty to report.",
      ),
    },
    {
      id: "skyld-bra",
      statement: t(
        "Barn kan ha det bra og få til mye, selv om en voksen hjemme er syk.",
        "Barn kan ha det bra og få til mykje, sjølv om ein vaksen heime er sjuk.",
        "Children can be well and do lots of things, even if an adult at home is ill.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Du har mange gode sider. Du kan lære, leke, ha venner og glede deg til ting.",
          "Det stemmer. Du har mange gode sider. Du kan lære, leike, ha vener og glede deg til ting.",
          "That's right. You have lots of good sides. You can learn, play, have friends and look forward to things.",
        ),
        "11+": t(
          "Det stemmer. Mange barn som har det vanskelig hjemme, klarer seg godt. Venner, fritidsaktiviteter og voksne som bryr seg, gjør en stor forskjell. Du er mer enn det som skjer hjemme.",
          "Det stemmer. Mange barn som har det vanskeleg heime, klarer seg godt. Vener, fritidsaktivitetar og vaksne som bryr seg, gjer ein stor skilnad. Du er meir enn det som skjer heime.",
          "That's right. Many children who have a hard time at home do well. Friends, hobbies and adults who care make a big difference. You are more than what happens at home.",
        ),
      },
      leaderNote: t(
        "Avslutt gjerne med styrker: hva er barna gode til? Fin overgang til Styrkehagen.",
        "Avslutt gjerne med styrkar: kva er barna gode til? Fin overgang til Styrkehagen.",
        "End with strengths: what are the children good at? A good bridge to the strength garden.",
      ),
    },
    {
      id: "skyld-hvem",
      statement: t(
        "Hvem kan du snakke med hvis du trenger det?",
        "Kven kan du snakke med om du treng det?",
        "Who can you talk to if you need to?",
      ),
      options: [
        { id: "skole", text: t("En voksen på skolen", "Ein vaksen på skulen", "An adult at school") },
        { id: "familie", text: t("Noen i familien eller en venns forelder", "Nokon i familien eller ein forelder til ein ven", "Someone in the family or a friend's parent") },
        { id: "telefon", text: t("Alarmtelefonen, 116 111", "Alarmtelefonen, 116 111", "Alarmtelefonen, 116 111") },
      ],
      correct: null,
      explanation: {
        "8-10": t(
          "Alle disse! Det finnes mange voksne som kan hjelpe. Tenk på hvem som er din voksen å snakke med.",
          "Alle desse! Det finst mange vaksne som kan hjelpe. Tenk på kven som er din vaksne å snakke med.",
          "All of these! Lots of adults can help. Think about who your adult to talk to is.",
        ),
        "11+": t(
          "Her er alle svarene gode. Tenk gjerne ut på forhånd hvem du kan gå til: en lærer, helsesykepleieren, en trener, besteforeldre eller Alarmtelefonen for barn og unge på 116 111. Den er gratis og åpen hele døgnet.",
          "Her er alle svara gode. Tenk gjerne ut på førehand kven du kan gå til: ein lærar, helsesjukepleiaren, ein trenar, besteforeldre eller Alarmtelefonen for barn og unge på 116 111. Han er gratis og open heile døgeret.",
          "All the answers are good here. Think ahead about who you can go to: a teacher, the school nurse, a coach, a grandparent or Alarmtelefonen for barn og unge on 116 111. It's free and open day and night.",
        ),
      },
      leaderNote: t(
        "La barna tenke på én person de kan gå til, inni seg. Ikke be dem si det høyt.",
        "La barna tenkje på éin person dei kan gå til, inni seg. Ikkje be dei seie det høgt.",
        "Let the children think of one person they can go to, privately. Don't ask them to say it out loud.",
      ),
    },
  ],
};

/**
 * Questions SMIL leaders hear from children and asked cards for: heredity,
 * helpers and hospital, "can mum die of it", what to do if a parent does not
 * wake up, child welfare, what to tell friends, depression and anxiety in
 * child words, and missing a parent who is away.
 */
const lurer: QuizDeck = {
  id: "lurer",
  title: t("Ting barn lurer på", "Ting barn lurer på", "Things children wonder about"),
  cards: [
    {
      id: "lurer-arv",
      statement: t(
        "Hvis mamma eller pappa er psykisk syk, blir barna også syke.",
        "Viss mamma eller pappa er psykisk sjuk, blir barna òg sjuke.",
        "If mum or dad has a mental illness, the children will get ill too.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det er ikke sant. De fleste barn blir ikke syke. Du er deg, og det er ikke din jobb å bekymre deg for det.",
          "Det er ikkje sant. Dei fleste barn blir ikkje sjuke. Du er deg, og det er ikkje din jobb å uroe deg for det.",
          "Not true. Most children do not get ill. You are you, and it is not your job to worry about it.",
        ),
        "11+": t(
          "Det er ikke sant. Noen sykdommer kan gå litt i familier, men de fleste barn av foreldre med psykisk sykdom blir ikke syke selv. Gode venner, en voksen å snakke med og å vite hva som skjer, hjelper. Får man det vanskelig, finnes det hjelp.",
          "Det er ikkje sant. Nokre sjukdommar kan gå litt i familiar, men dei fleste barn av foreldre med psykisk sjukdom blir ikkje sjuke sjølve. Gode vener, ein vaksen å snakke med og å vite kva som skjer, hjelper. Får ein det vanskeleg, finst det hjelp.",
          "Not true. Some illnesses can run a little in families, but most children whose parent has a mental illness do not get ill themselves. Good friends, an adult to talk to and knowing what is going on all help. If things get hard, there is help.",
        ),
      },
      leaderNote: t(
        "Mange barn bærer på denne frykten uten å si det. Svar ærlig: det kan gå i familier, men de fleste blir ikke syke. Ikke lov noe om det enkelte barnet; snakk om hva som beskytter.",
        "Mange barn ber på denne frykta utan å seie det. Svar ærleg: det kan gå i familiar, men dei fleste blir ikkje sjuke. Ikkje lov noko om det einskilde barnet; snakk om kva som vernar.",
        "Many children carry this fear without saying it. Answer honestly: it can run in families, but most do not get ill. Promise nothing about any one child; talk about what protects.",
      ),
    },
    {
      id: "lurer-psykolog",
      statement: t("Hva gjør en psykolog?", "Kva gjer ein psykolog?", "What does a psychologist do?"),
      options: [
        { id: "hjelper", text: t("Hjelper folk med tanker og følelser", "Hjelper folk med tankar og kjensler", "Helps people with thoughts and feelings") },
        { id: "karakterer", text: t("Gir karakterer på skolen", "Gir karakterar på skulen", "Gives marks at school") },
        { id: "straffer", text: t("Straffer folk som er syke", "Straffar folk som er sjuke", "Punishes people who are ill") },
      ],
      correct: "hjelper",
      explanation: {
        "8-10": t(
          "En psykolog er en hjelper. Hun eller han snakker med folk om tanker og følelser, så de kan få det bedre.",
          "Ein psykolog er ein hjelpar. Ho eller han snakkar med folk om tankar og kjensler, så dei kan få det betre.",
          "A psychologist is a helper who talks with people about thoughts and feelings, so they can feel better.",
        ),
        "11+": t(
          "Det stemmer. Psykologer, leger og sykepleiere kan gi behandling. Behandling kan være samtaler, medisiner eller begge deler. Det tar ofte tid, og det er helt vanlig å trenge hjelp en stund.",
          "Det stemmer. Psykologar, legar og sjukepleiarar kan gi behandling. Behandling kan vere samtalar, medisinar eller begge delar. Det tek ofte tid, og det er heilt vanleg å trenge hjelp ei stund.",
          "That's right. Psychologists, doctors and nurses can give treatment. Treatment can be talking, medicine or both. It often takes time, and it is quite normal to need help for a while.",
        ),
      },
      leaderNote: t(
        "Forklar ordene behandling og psykolog uten diagnoser. Noen barn har selv gått til psykolog: gjør det vanlig, ikke rart.",
        "Forklar orda behandling og psykolog utan diagnosar. Nokre barn har sjølve gått til psykolog: gjer det vanleg, ikkje rart.",
        "Explain the words treatment and psychologist without diagnoses. Some children have seen a psychologist themselves: make it ordinary, not odd.",
      ),
    },
    {
      id: "lurer-innlagt",
      statement: t(
        "Noen ganger må en voksen være på sykehus en stund for å få hjelp. Det kalles å bli lagt inn.",
        "Nokre gonger må ein vaksen vere på sjukehus ei stund for å få hjelp. Det blir kalla å bli lagd inn.",
        "Sometimes an adult has to stay in hospital for a while to get help. It is called being admitted.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det stemmer. På sykehuset passer hjelperne på den voksne. Det er ikke barnets skyld. Spør om du kan ringe eller besøke.",
          "Det stemmer. På sjukehuset passar hjelparane på den vaksne. Det er ikkje skulda til barnet. Spør om du kan ringje eller besøkje.",
          "That's right. At the hospital the helpers look after the adult. It is not the child's fault. Ask if you can call or visit.",
        ),
        "11+": t(
          "Det stemmer. Å bli lagt inn betyr å bo på sykehuset en periode for å få behandling og hvile. Det er for å bli bedre, ikke en straff. Ofte kan man ringe, skrive eller besøke. Spør en voksen hva som går.",
          "Det stemmer. Å bli lagd inn tyder å bu på sjukehuset ein periode for å få behandling og kvile. Det er for å bli betre, ikkje ei straff. Ofte kan ein ringje, skrive eller besøkje. Spør ein vaksen kva som går.",
          "That's right. Being admitted means staying at the hospital for a while to get treatment and rest. It is to get better, not a punishment. Often you can call, write or visit. Ask an adult what is possible.",
        ),
      },
      leaderNote: t(
        "Barn som har opplevd en innleggelse, kan ha sett noe skremmende. Lytt etter hvem som passet på barnet da, og om noen har forklart hva som skjedde.",
        "Barn som har opplevd ei innlegging, kan ha sett noko skremmande. Lytt etter kven som passa på barnet då, og om nokon har forklart kva som skjedde.",
        "Children who have been through an admission may have seen something frightening. Listen for who looked after the child then, and whether anyone explained what happened.",
      ),
    },
    {
      id: "lurer-do",
      statement: t("Kan mamma eller pappa dø av det?", "Kan mamma eller pappa døy av det?", "Can mum or dad die of it?"),
      options: [
        { id: "ja", text: t("Ja", "Ja", "Yes") },
        { id: "nei", text: t("Nei", "Nei", "No") },
        { id: "sporre", text: t("Jeg vil spørre en voksen", "Eg vil spørje ein vaksen", "I want to ask an adult") },
      ],
      correct: null,
      sensitive: true,
      explanation: {
        "8-10": t(
          "Alle svarene er lov. De fleste blir ikke så syke. Blir det farlig, hjelper leger. Det er ikke din jobb å passe på.",
          "Alle svara er lov. Dei fleste blir ikkje så sjuke. Blir det farleg, hjelper legar. Det er ikkje din jobb å passe på.",
          "All the answers are allowed. Most people do not get that ill. If it gets dangerous, doctors help. It is not your job to watch over it.",
        ),
        "11+": t(
          "Her er det ikke ett riktig svar, og det er lov å være redd for det. De fleste blir ikke så syke at de dør, og mange blir bedre med hjelp. Noen ganger kan sykdom eller rus bli farlig, og da er det de voksne og hjelperne sin jobb å passe på. Snakk med en voksen du stoler på om det som gjør deg redd.",
          "Her er det ikkje eitt rett svar, og det er lov å vere redd for det. Dei fleste blir ikkje så sjuke at dei døyr, og mange blir betre med hjelp. Nokre gonger kan sjukdom eller rus bli farleg, og då er det dei vaksne og hjelparane sin jobb å passe på. Snakk med ein vaksen du stolar på om det som gjer deg redd.",
          "There is no single right answer here, and it is OK to be afraid of it. Most people do not get so ill that they die, and many get better with help. Sometimes illness or drinking and drugs can become dangerous, and then it is the adults' and helpers' job to keep watch. Talk to an adult you trust about what scares you.",
        ),
      },
      leaderNote: t(
        "Svar ærlig og rolig, uten å love at ingen dør. Spør hva barnet er redd for. Har barnet opplevd en overdose, et selvmordsforsøk eller et dødsfall i familien, snakk med barnet i enerom etterpå.",
        "Svar ærleg og roleg, utan å love at ingen døyr. Spør kva barnet er redd for. Har barnet opplevd ein overdose, eit sjølvmordsforsøk eller eit dødsfall i familien, snakk med barnet på tomannshand etterpå.",
        "Answer honestly and calmly, without promising that nobody dies. Ask what the child is afraid of. If the child has been through an overdose, a suicide attempt or a death in the family, talk with the child one-to-one afterwards.",
      ),
    },
    {
      id: "lurer-vakner",
      statement: t(
        "Hva gjør du hvis mamma eller pappa ikke våkner?",
        "Kva gjer du viss mamma eller pappa ikkje vaknar?",
        "What do you do if mum or dad does not wake up?",
      ),
      options: [
        { id: "ringe", text: t("Ringer 113 og sier hvor jeg er", "Ringjer 113 og seier kvar eg er", "Call 113 and say where I am") },
        { id: "vente", text: t("Venter til hun eller han våkner av seg selv", "Ventar til ho eller han vaknar av seg sjølv", "Wait until they wake up by themselves") },
        { id: "hemmelig", text: t("Holder det hemmelig", "Held det hemmeleg", "Keep it secret") },
      ],
      correct: "ringe",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Ring 113. Si hvor du er og hva som skjer. De hjelper deg på telefonen. Ring også en voksen du stoler på.",
          "Ring 113. Sei kvar du er og kva som skjer. Dei hjelper deg på telefonen. Ring òg ein vaksen du stolar på.",
          "Call 113. Say where you are and what is happening. They help you on the phone. Call an adult you trust too.",
        ),
        "11+": t(
          "Ring 113 med en gang hvis en voksen ikke våkner, puster rart eller har tatt mange piller. Si adressen og hva du ser, og gjør det de sier. Ring så en voksen du stoler på. Det er aldri feil å ringe, og det er ikke å sladre.",
          "Ring 113 med ein gong viss ein vaksen ikkje vaknar, pustar rart eller har teke mange piller. Sei adressa og kva du ser, og gjer det dei seier. Ring så ein vaksen du stolar på. Det er aldri gale å ringje, og det er ikkje å sladre.",
          "Call 113 at once if an adult does not wake up, breathes strangely or has taken many pills. Say the address and what you see, and do what they tell you. Then call an adult you trust. It is never wrong to call, and it is not telling tales.",
        ),
      },
      leaderNote: t(
        "Øv gjerne: hva heter gata di? Hvem er din reservevoksen? Et barn som har vært i denne situasjonen, trenger en samtale i dag. Vurder meldeplikten.",
        "Øv gjerne: kva heiter gata di? Kven er reservevaksen din? Eit barn som har vore i denne situasjonen, treng ein samtale i dag. Vurder meldeplikta.",
        "Practise if you like: what is your street called? Who is your back-up adult? A child who has been in this situation needs a talk today. Consider the duty to notify.",
      ),
    },
    {
      id: "lurer-barnevern",
      statement: t(
        "Barnevernet tar alltid barn bort fra familien sin.",
        "Barnevernet tek alltid barn bort frå familien sin.",
        "Child welfare services always take children away from their family.",
      ),
      options: TRUE_FALSE,
      correct: "usant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Det er ikke sant. Barnevernet skal hjelpe barn og familier. De fleste barn bor hjemme mens familien får hjelp.",
          "Det er ikkje sant. Barnevernet skal hjelpe barn og familiar. Dei fleste barn bur heime medan familien får hjelp.",
          "Not true. Child welfare is there to help children and families. Most children live at home while the family gets help.",
        ),
        "11+": t(
          "Det er ikke sant. Barnevernet skal passe på at barn har det trygt. Som regel gir de hjelp hjemme, for eksempel en å snakke med eller hjelp til foreldrene. Bare når det ikke er trygt hjemme, kan et barn få bo et annet sted en stund.",
          "Det er ikkje sant. Barnevernet skal passe på at barn har det trygt. Som regel gir dei hjelp heime, til dømes nokon å snakke med eller hjelp til foreldra. Berre når det ikkje er trygt heime, kan eit barn få bu ein annan stad ei stund.",
          "Not true. Child welfare is there to make sure children are safe. Usually they help at home, for example with someone to talk to or help for the parents. Only when it is not safe at home may a child live somewhere else for a while.",
        ),
      },
      leaderNote: t(
        "Mange barn er redde for å fortelle fordi de tror de blir tatt fra familien. Gi et sant bilde, uten å love hva som skjer i den enkelte saken.",
        "Mange barn er redde for å fortelje fordi dei trur dei blir tekne frå familien. Gi eit sant bilete, utan å love kva som skjer i den einskilde saka.",
        "Many children are afraid to tell because they think they will be taken from their family. Give a true picture, without promising what will happen in any one case.",
      ),
    },
    {
      id: "lurer-venner",
      statement: t(
        "Hva kan du si til venner om mamma eller pappa?",
        "Kva kan du seie til vener om mamma eller pappa?",
        "What can you tell friends about mum or dad?",
      ),
      options: [
        { id: "selv", text: t("Jeg bestemmer selv hva jeg vil fortelle", "Eg bestemmer sjølv kva eg vil fortelje", "I decide myself what I want to tell") },
        { id: "alt", text: t("Jeg må fortelle alt", "Eg må fortelje alt", "I have to tell everything") },
        { id: "lyve", text: t("Jeg må lyve", "Eg må lyge", "I have to lie") },
      ],
      correct: "selv",
      explanation: {
        "8-10": t(
          "Du bestemmer selv. Du kan si litt, for eksempel «mamma er syk». Du kan også si at du ikke vil snakke om det.",
          "Du bestemmer sjølv. Du kan seie litt, til dømes «mamma er sjuk». Du kan òg seie at du ikkje vil snakke om det.",
          "You decide. You can say a little, like \"mum is ill\". You can also say you don't want to talk about it.",
        ),
        "11+": t(
          "Du bestemmer selv hva du vil dele. Mange synes det hjelper å fortelle én god venn litt. Du trenger ikke lyve og ikke fortelle alt. Har noen ertet deg for det, si fra til en voksen.",
          "Du bestemmer sjølv kva du vil dele. Mange synest det hjelper å fortelje éin god ven litt. Du treng ikkje lyge og ikkje fortelje alt. Har nokon erta deg for det, sei frå til ein vaksen.",
          "You decide what you want to share. Many find it helps to tell one good friend a little. You don't have to lie or tell everything. If someone has teased you about it, tell an adult.",
        ),
      },
      leaderNote: t(
        "La barna finne en setning de kan bruke, for eksempel «Pappa er syk, og han får hjelp». Skill mellom hemmeligheter som tynger og privatliv som er greit.",
        "La barna finne ei setning dei kan bruke, til dømes «Pappa er sjuk, og han får hjelp». Skil mellom løyndommar som tyngjer og privatliv som er greitt.",
        "Let the children find a sentence they can use, like \"Dad is ill, and he is getting help\". Tell apart secrets that weigh you down and privacy that is fine.",
      ),
    },
    {
      id: "lurer-depresjon",
      statement: t(
        "Depresjon er når noen er lei seg og sliten nesten hele tiden, i lang tid.",
        "Depresjon er når nokon er lei seg og sliten nesten heile tida, i lang tid.",
        "Depression is when someone is sad and tired almost all the time, for a long time.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. En voksen med depresjon kan sove mye og orke lite. Det er sykdommen, ikke fordi de ikke er glad i deg.",
          "Det stemmer. Ein vaksen med depresjon kan sove mykje og orke lite. Det er sjukdommen, ikkje fordi dei ikkje er glade i deg.",
          "That's right. An adult with depression may sleep a lot and manage little. That is the illness, not because they don't love you.",
        ),
        "11+": t(
          "Det stemmer. Depresjon er mer enn å være trist en dag. Den voksne kan miste lysten til ting, bli lett irritert eller trekke seg unna. Det er ikke fordi de ikke bryr seg om deg. Depresjon kan behandles.",
          "Det stemmer. Depresjon er meir enn å vere trist ein dag. Den vaksne kan miste lysta til ting, bli lett irritert eller trekkje seg unna. Det er ikkje fordi dei ikkje bryr seg om deg. Depresjon kan behandlast.",
          "That's right. Depression is more than being sad for a day. The adult may lose interest in things, get irritated easily or pull away. It is not because they don't care about you. Depression can be treated.",
        ),
      },
      leaderNote: t(
        "Barn tolker ofte tilbaketrekning som at de ikke er elsket. Gjenta at det er sykdommen. Legg merke til barn som beskriver at de gjør alt hjemme.",
        "Barn tolkar ofte tilbaketrekking som at dei ikkje er elska. Gjenta at det er sjukdommen. Legg merke til barn som fortel at dei gjer alt heime.",
        "Children often read withdrawal as not being loved. Repeat that it is the illness. Notice children who say they do everything at home.",
      ),
    },
    {
      id: "lurer-angst",
      statement: t(
        "Angst er når kroppen slår alarm og man blir veldig redd, også når det ikke er farlig.",
        "Angst er når kroppen slår alarm og ein blir svært redd, òg når det ikkje er farleg.",
        "Anxiety is when your body sounds the alarm and you get very scared, even when there is no danger.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      explanation: {
        "8-10": t(
          "Det stemmer. Hjertet banker og pusten går fort. Det er ekkelt, men det går over. Å puste rolig kan hjelpe.",
          "Det stemmer. Hjartet bankar og pusten går fort. Det er ekkelt, men det går over. Å puste roleg kan hjelpe.",
          "That's right. Your heart pounds and you breathe fast. It feels horrible, but it passes. Breathing calmly can help.",
        ),
        "11+": t(
          "Det stemmer. Med angst slår kroppens alarm seg på for lett. En voksen med angst kan unngå butikker, folk eller telefonen. Det er ikke barnets jobb å fikse det, og angst kan behandles.",
          "Det stemmer. Med angst slår alarmen i kroppen seg på for lett. Ein vaksen med angst kan unngå butikkar, folk eller telefonen. Det er ikkje jobben til barnet å fikse det, og angst kan behandlast.",
          "That's right. With anxiety the body's alarm goes off too easily. An adult with anxiety may avoid shops, people or the phone. It is not the child's job to fix it, and anxiety can be treated.",
        ),
      },
      leaderNote: t(
        "Knytt til kortet om alarmen i kroppen og til Pusterommet. Noen barn kjenner angst selv: gjør det vanlig å snakke om.",
        "Knyt til kortet om alarmen i kroppen og til Pusterommet. Nokre barn kjenner angst sjølve: gjer det vanleg å snakke om.",
        "Link to the card about the body's alarm and to the breathing room. Some children feel anxiety themselves: make it ordinary to talk about.",
      ),
    },
    {
      id: "lurer-savne",
      statement: t(
        "Det er lov å savne en mamma eller pappa som er på sykehus eller i fengsel.",
        "Det er lov å sakne ein mamma eller pappa som er på sjukehus eller i fengsel.",
        "It is OK to miss a mum or dad who is in hospital or in prison.",
      ),
      options: TRUE_FALSE,
      correct: "sant",
      sensitive: true,
      explanation: {
        "8-10": t(
          "Ja, det er lov. Du kan savne noen og være sint eller lei seg samtidig. Du er ikke alene om det.",
          "Ja, det er lov. Du kan sakne nokon og vere sint eller lei deg samtidig. Du er ikkje åleine om det.",
          "Yes, it is OK. You can miss someone and be angry or sad at the same time. You are not alone in that.",
        ),
        "11+": t(
          "Ja. Man kan savne noen og samtidig være sint, lettet eller flau. Alle følelsene er lov. Spør en voksen om du kan skrive, ringe eller besøke, og snakk med noen om hvordan du har det.",
          "Ja. Ein kan sakne nokon og samtidig vere sint, letta eller flau. Alle kjenslene er lov. Spør ein vaksen om du kan skrive, ringje eller besøkje, og snakk med nokon om korleis du har det.",
          "Yes. You can miss someone and at the same time be angry, relieved or embarrassed. All the feelings are allowed. Ask an adult if you can write, call or visit, and talk to someone about how you feel.",
        ),
      },
      leaderNote: t(
        "Blandede følelser er vanlige, også lettelse. Barn med en forelder i fengsel opplever ofte skam og hemmelighold: ikke be noen fortelle, men vis at det er plass til det.",
        "Blanda kjensler er vanlege, òg letting. Barn med ein forelder i fengsel opplever ofte skam og løyndom: ikkje be nokon fortelje, men vis at det er plass til det.",
        "Mixed feelings are common, relief too. Children with a parent in prison often live with shame and secrecy: do not ask anyone to tell, but show there is room for it.",
      ),
    },
  ],
};

export const QUIZ_DECKS = [psykisk, rus, kropp, skyld, lurer, foreldre] as const satisfies readonly QuizDeck[];
export const QUIZ_DECK_IDS = ["psykisk", "rus", "kropp", "skyld", "lurer", "foreldre"] as const;
export type QuizDeckId = (typeof QUIZ_DECK_IDS)[number];

export function findQuizDeck(id: string): QuizDeck | undefined {
  return QUIZ_DECKS.find((d) => d.id === id);
}
