/**
 * A quiz deck for parent meetings (audience "voksne"): myths and facts about
 * children who live with a parent's mental illness or substance problems,
 * written for the parents themselves. Original text, editable content.
 *
 * Written like the children's decks (shared/content/quiz-decks.ts), with two
 * differences: the words are for adults, and the two explanations are a short
 * one ("8-10") and a fuller one ("11+"); a room for adults always shows the
 * fuller one. Never blame the parent in the room: the aim is that home and the
 * group tell the child the same things.
 */
// Typed where it joins the built-in decks (QUIZ_DECKS in quiz-decks.ts), which imports this file.
const t = (nb: string, nn: string, en: string) => ({ nb, nn, en });

const MYTH_FACT = [
  { id: "fakta", text: t("Fakta", "Fakta", "Fact") },
  { id: "myte", text: t("Myte", "Myte", "Myth") },
];

export const foreldre = {
  id: "foreldre",
  audience: "voksne" as const,
  title: t("Myter og fakta for foreldre", "Mytar og fakta for foreldre", "Myths and facts for parents"),
  cards: [
    {
      id: "foreldre-merker",
      statement: t(
        "Barn merker lite av sykdommen hvis de voksne ikke snakker om den.",
        "Born merkar lite av sjukdommen viss dei vaksne ikkje snakkar om han.",
        "Children notice little of the illness if the adults do not talk about it.",
      ),
      options: MYTH_FACT,
      correct: "myte" as string | null,
      explanation: {
        "8-10": t(
          "Myte. Barn merker mer enn vi tror: stemningen, endringene og det som ikke blir sagt.",
          "Myte. Born merkar meir enn vi trur: stemninga, endringane og det som ikkje blir sagt.",
          "Myth. Children notice more than we think: the mood, the changes and what is left unsaid.",
        ),
        "11+": t(
          "Myte. Barn merker endringer i humør, rutiner og stemning hjemme, også når ingen sier noe. Uten ord lager de ofte sin egen forklaring, og den kan være tyngre enn det som faktisk skjer, for eksempel at det er deres skyld.",
          "Myte. Born merkar endringar i humør, rutinar og stemning heime, òg når ingen seier noko. Utan ord lagar dei ofte si eiga forklaring, og ho kan vere tyngre enn det som faktisk skjer, til dømes at det er deira skuld.",
          "Myth. Children notice changes in mood, routines and the atmosphere at home, even when nobody says anything. Without words they often make up their own explanation, and it can be heavier than what is really happening, for example that it is their fault.",
        ),
      },
      leaderNote: t(
        "Ikke legg skyld på foreldrene. Anerkjenn at det er vanlig å ville skjerme barna, og at mange ikke vet hvordan de skal begynne.",
        "Ikkje legg skuld på foreldra. Anerkjenn at det er vanleg å ville skjerme borna, og at mange ikkje veit korleis dei skal byrje.",
        "Do not blame the parents. Acknowledge that wanting to shield the children is common, and that many do not know how to begin.",
      ),
    },
    {
      id: "foreldre-vente",
      statement: t(
        "Det er best å vente med å fortelle til barnet er eldre.",
        "Det er best å vente med å fortelje til barnet er eldre.",
        "It is best to wait until the child is older before telling them.",
      ),
      options: MYTH_FACT,
      correct: "myte" as string | null,
      explanation: {
        "8-10": t(
          "Myte. Også små barn har nytte av enkel, ærlig informasjon som passer alderen.",
          "Myte. Òg små born har nytte av enkel, ærleg informasjon som passar alderen.",
          "Myth. Young children also benefit from simple, honest information that suits their age.",
        ),
        "11+": t(
          "Myte. Barn i alle aldre har nytte av å vite hva som skjer, med ord som passer alderen. Det trenger ikke være alt, men det bør være sant. En kort forklaring nå kan bygges ut etter hvert som barnet lurer på mer.",
          "Myte. Born i alle aldrar har nytte av å vite kva som skjer, med ord som passar alderen. Det treng ikkje vere alt, men det bør vere sant. Ei kort forklaring no kan byggjast ut etter kvart som barnet lurer på meir.",
          "Myth. Children of every age benefit from knowing what is happening, in words that suit their age. It does not have to be everything, but it should be true. A short explanation now can grow as the child wonders about more.",
        ),
      },
      leaderNote: t(
        "Gi et eksempel på en enkel setning: «Pappa har en sykdom som gjør ham veldig sliten. Det er ikke din skyld, og han får hjelp.»",
        "Gi eit døme på ei enkel setning: «Pappa har ein sjukdom som gjer han veldig sliten. Det er ikkje di skuld, og han får hjelp.»",
        "Give an example of a simple sentence: \"Dad has an illness that makes him very tired. It is not your fault, and he is getting help.\"",
      ),
    },
    {
      id: "foreldre-skyld",
      statement: t(
        "Mange barn tror at det er deres skyld når en forelder er syk eller ruser seg.",
        "Mange born trur at det er deira skuld når ein forelder er sjuk eller ruser seg.",
        "Many children believe it is their fault when a parent is ill or misuses substances.",
      ),
      options: MYTH_FACT,
      correct: "fakta" as string | null,
      sensitive: true,
      explanation: {
        "8-10": t(
          "Fakta. Derfor hjelper det å si tydelig til barnet at det ikke er barnets skyld.",
          "Fakta. Difor hjelper det å seie tydeleg til barnet at det ikkje er skulda til barnet.",
          "Fact. That is why it helps to tell the child clearly that it is not their fault.",
        ),
        "11+": t(
          "Fakta. Barn tenker ofte at de har gjort noe galt, eller at de kunne ha hindret det. Det hjelper å si tydelig, og mer enn én gang, at det ikke er barnets skyld, og at det ikke er barnets jobb å gjøre noen frisk.",
          "Fakta. Born tenkjer ofte at dei har gjort noko gale, eller at dei kunne ha hindra det. Det hjelper å seie tydeleg, og meir enn éin gong, at det ikkje er skulda til barnet, og at det ikkje er jobben til barnet å gjere nokon frisk.",
          "Fact. Children often think they did something wrong, or that they could have stopped it. It helps to say clearly, and more than once, that it is not the child's fault, and that it is not the child's job to make anyone well.",
        ),
      },
      leaderNote: t(
        "Dette er gruppas viktigste budskap. Fortell at barna hører det samme i gruppa, så hjemmet og gruppa sier det samme.",
        "Dette er det viktigaste bodskapen til gruppa. Fortel at borna høyrer det same i gruppa, så heimen og gruppa seier det same.",
        "This is the group's most important message. Tell the parents the children hear the same in the group, so home and the group say the same thing.",
      ),
    },
    {
      id: "foreldre-bekymret",
      statement: t(
        "Å snakke om sykdommen gjør barnet mer bekymret.",
        "Å snakke om sjukdommen gjer barnet meir uroleg.",
        "Talking about the illness makes the child more worried.",
      ),
      options: MYTH_FACT,
      correct: "myte" as string | null,
      explanation: {
        "8-10": t(
          "Myte, for de fleste barn. Å få vite er oftest en lettelse.",
          "Myte, for dei fleste born. Å få vite er oftast ei letting.",
          "Myth, for most children. Knowing is usually a relief.",
        ),
        "11+": t(
          "Myte, for de fleste barn. Barnet kan bli lei seg der og da, men å få ord på det som skjer, gir ofte lettelse og mindre uro over tid. Det viktigste er at barnet vet at det er lov å spørre, og at dere tåler spørsmålene.",
          "Myte, for dei fleste born. Barnet kan bli lei seg der og då, men å få ord på det som skjer, gir ofte letting og mindre uro over tid. Det viktigaste er at barnet veit at det er lov å spørje, og at de toler spørsmåla.",
          "Myth, for most children. The child may be sad in the moment, but having words for what is happening often brings relief and less worry over time. What matters most is that the child knows it may ask, and that you can take the questions.",
        ),
      },
      leaderNote: t(
        "Foreldre kan være redde for barnets reaksjon. Si at det er lov å svare «det vet jeg ikke, men jeg skal finne ut av det».",
        "Foreldre kan vere redde for reaksjonen til barnet. Sei at det er lov å svare «det veit eg ikkje, men eg skal finne ut av det».",
        "Parents may fear the child's reaction. Say it is fine to answer \"I don't know, but I will find out\".",
      ),
    },
    {
      id: "foreldre-andre-voksne",
      statement: t(
        "Det er bra for barnet å ha andre trygge voksne å snakke med, i tillegg til foreldrene.",
        "Det er bra for barnet å ha andre trygge vaksne å snakke med, i tillegg til foreldra.",
        "It is good for the child to have other safe adults to talk to, as well as the parents.",
      ),
      options: MYTH_FACT,
      correct: "fakta" as string | null,
      explanation: {
        "8-10": t(
          "Fakta. Det tar ingenting fra dere som foreldre.",
          "Fakta. Det tek ingenting frå dykk som foreldre.",
          "Fact. It takes nothing away from you as parents.",
        ),
        "11+": t(
          "Fakta. En besteforelder, lærer, helsesykepleier eller trener som barnet stoler på, kan være til stor hjelp. Det betyr ikke at dere har sviktet; det betyr at barnet har flere å lene seg på.",
          "Fakta. Ein besteforelder, lærar, helsesjukepleiar eller trenar som barnet stolar på, kan vere til stor hjelp. Det tyder ikkje at de har svikta; det tyder at barnet har fleire å lene seg på.",
          "Fact. A grandparent, teacher, school nurse or coach the child trusts can be a great help. It does not mean you have failed; it means the child has more people to lean on.",
        ),
      },
      leaderNote: t(
        "Snakk om hvem barnet har rundt seg. Knytt til møtet om nettverket i gruppa.",
        "Snakk om kven barnet har rundt seg. Knyt til møtet om nettverket i gruppa.",
        "Talk about who the child has around them. Link to the group's meeting about the network.",
      ),
    },
    {
      id: "foreldre-flink",
      statement: t(
        "Et barn som er flink, hjelpsom og aldri klager, har det alltid bra.",
        "Eit barn som er flink, hjelpsam og aldri klagar, har det alltid bra.",
        "A child who is capable, helpful and never complains is always doing well.",
      ),
      options: MYTH_FACT,
      correct: "myte" as string | null,
      explanation: {
        "8-10": t(
          "Myte. Noen barn skjuler bekymringene sine ved å være ekstra flinke.",
          "Myte. Nokre born gøymer uroa si ved å vere ekstra flinke.",
          "Myth. Some children hide their worries by being extra good.",
        ),
        "11+": t(
          "Myte. Noen barn tar mye ansvar hjemme og prøver å ikke være til bry. De kan virke greie og selvstendige, men bære på mye alene. Spør gjerne hvordan barnet har det, også når alt ser fint ut, og gi rom for å bare være barn.",
          "Myte. Nokre born tek mykje ansvar heime og prøver å ikkje vere til bry. Dei kan verke greie og sjølvstendige, men bere på mykje åleine. Spør gjerne korleis barnet har det, òg når alt ser fint ut, og gi rom for å berre vere barn.",
          "Myth. Some children take on a lot of responsibility at home and try not to be a bother. They can seem easy and independent, yet carry a lot alone. Ask how the child is doing, also when everything looks fine, and give room to simply be a child.",
        ),
      },
      leaderNote: t(
        "Ikke gjør dette til en anklage. Gi konkrete tips: faste stunder sammen, åpne spørsmål, ros barnet for å være barn, ikke for å passe på.",
        "Ikkje gjer dette til ein skulding. Gi konkrete tips: faste stunder saman, opne spørsmål, ros barnet for å vere barn, ikkje for å passe på.",
        "Do not make this an accusation. Give concrete tips: regular time together, open questions, praise the child for being a child, not for looking after others.",
      ),
    },
    {
      id: "foreldre-tung-dag",
      statement: t(
        "Det er greit å si til barnet at du har en tung dag.",
        "Det er greitt å seie til barnet at du har ein tung dag.",
        "It is all right to tell your child that you are having a hard day.",
      ),
      options: MYTH_FACT,
      correct: "fakta" as string | null,
      explanation: {
        "8-10": t(
          "Fakta. Korte, ærlige ord gjør hverdagen mer forutsigbar for barnet.",
          "Fakta. Korte, ærlege ord gjer kvardagen meir føreseieleg for barnet.",
          "Fact. Short, honest words make everyday life more predictable for the child.",
        ),
        "11+": t(
          "Fakta. En kort, ærlig setning, som «Jeg har en tung dag i dag, og det er ikke på grunn av deg», gjør det lettere for barnet å forstå det det ser, og tar bort gjettingen. Si gjerne også hvem som passer på, og hva som skjer videre.",
          "Fakta. Ei kort, ærleg setning, som «Eg har ein tung dag i dag, og det er ikkje på grunn av deg», gjer det lettare for barnet å forstå det det ser, og tek bort gjettinga. Sei gjerne òg kven som passar på, og kva som skjer vidare.",
          "Fact. A short, honest sentence, like \"I am having a hard day today, and it is not because of you\", makes it easier for the child to understand what they see, and takes away the guessing. You can also say who is looking after things, and what happens next.",
        ),
      },
      leaderNote: t(
        "Øv gjerne på en slik setning sammen. Poenget er forutsigbarhet, ikke at foreldre skal fortelle alt.",
        "Øv gjerne på ei slik setning saman. Poenget er at det skal vere føreseieleg, ikkje at foreldre skal fortelje alt.",
        "Practise such a sentence together. The point is predictability, not that parents must tell everything.",
      ),
    },
    {
      id: "foreldre-helsetjenesten",
      statement: t(
        "Når en forelder får behandling, skal helsetjenesten også tenke på barna i familien.",
        "Når ein forelder får behandling, skal helsetenesta òg tenkje på borna i familien.",
        "When a parent is in treatment, the health service should also think of the children in the family.",
      ),
      options: MYTH_FACT,
      correct: "fakta" as string | null,
      explanation: {
        "8-10": t(
          "Fakta. Barn som pårørende skal få informasjon og oppfølging.",
          "Fakta. Born som pårørande skal få informasjon og oppfølging.",
          "Fact. Children of a patient should get information and follow-up.",
        ),
        "11+": t(
          "Fakta. De som behandler en forelder, skal spørre om det er barn i familien og bidra til at barna får den informasjonen og oppfølgingen de trenger. Dere kan be om en samtale der barnet er med.",
          "Fakta. Dei som behandlar ein forelder, skal spørje om det er born i familien og bidra til at borna får den informasjonen og oppfølginga dei treng. De kan be om ein samtale der barnet er med.",
          "Fact. Those who treat a parent should ask whether there are children in the family and help the children get the information and follow-up they need. You can ask for a conversation with the child present.",
        ),
      },
      leaderNote: t(
        "Ha kontaktinformasjon klar for tilbudene i deres egen kommune og ved sykehuset.",
        "Ha kontaktinformasjon klar for tilboda i kommunen dykkar og ved sjukehuset.",
        "Have contact details ready for the services in your own municipality and at the hospital.",
      ),
    },
  ],
};
