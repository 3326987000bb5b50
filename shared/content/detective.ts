/**
 * Feelings detective (activity kind "detective"): puzzles for cooperative
 * guessing. Each puzzle hides one feeling from the feelings vocabulary
 * (shared/content/feelings.ts); each tablet is dealt one clue (a face, a body
 * sign or a situation) and the group names the feeling together.
 *
 * Editable content, original text. Clues describe ordinary childhood moments
 * (pets, school, friends, weather); none of them is about a parent's illness,
 * rus or the child's home, so a clue never asks a child to think of their own
 * family in front of the group. Each puzzle has 8 clues so a group of up to 8
 * can get one unique clue each; the face clue's words describe the drawn face
 * (shared with the check-in's Face shapes) so it also works read aloud.
 */
import type { FaceShape, FeelingId } from "./feelings.js";

export interface DetectiveText {
  readonly nb: string;
  readonly nn: string;
  readonly en?: string;
}

export type ClueKind = "face" | "body" | "thought" | "situation";

export interface DetectiveClue {
  readonly kind: ClueKind;
  readonly text: DetectiveText;
}

export interface DetectivePuzzle {
  /** Unique id; also the puzzle's place in a plan. */
  readonly id: string;
  readonly feeling: FeelingId;
  /** The drawn face for the face clue (the same shapes as the check-in's faces). */
  readonly face: FaceShape;
  readonly clues: readonly DetectiveClue[];
}

const t = (nb: string, nn: string, en: string): DetectiveText => ({ nb, nn, en });
const face = (text: DetectiveText): DetectiveClue => ({ kind: "face", text });
const body = (text: DetectiveText): DetectiveClue => ({ kind: "body", text });
const thought = (text: DetectiveText): DetectiveClue => ({ kind: "thought", text });
const situation = (text: DetectiveText): DetectiveClue => ({ kind: "situation", text });

export const DETECTIVE_PUZZLES = [
  {
    id: "glad",
    feeling: "glad",
    face: "smile",
    clues: [
      face(t("Munnen smiler, og øynene er blide.", "Munnen smiler, og auga er blide.", "The mouth is smiling and the eyes are kind.")),
      body(t("Det bobler i magen på en god måte.", "Det boblar i magen på ein god måte.", "Your tummy bubbles in a nice way.")),
      body(t("Kroppen kjennes lett, som om den kunne hoppe.", "Kroppen kjennest lett, som om han kunne hoppe.", "Your body feels light, as if it could jump.")),
      body(t("Det er lett å le.", "Det er lett å le.", "It's easy to laugh.")),
      situation(t("Bestevennen din kommer på besøk.", "Bestevenen din kjem på besøk.", "Your best friend is coming over.")),
      situation(t("Det er fredag, og dere skal ha filmkveld.", "Det er fredag, og de skal ha filmkveld.", "It's Friday, and you're having a film night.")),
      situation(t("Sola skinner, og du skal bade.", "Sola skin, og du skal bade.", "The sun is shining and you're going swimming.")),
      situation(t("Noen gir deg en god klem.", "Nokon gir deg ein god klem.", "Someone gives you a lovely hug.")),
    ],
  },
  {
    id: "trist",
    feeling: "trist",
    face: "sad",
    clues: [
      face(t("Munnen peker nedover, og øyenbrynene henger.", "Munnen peikar nedover, og augebryna heng.", "The mouth turns down and the eyebrows droop.")),
      body(t("Det kjennes tungt i brystet.", "Det kjennest tungt i brystet.", "Your chest feels heavy.")),
      body(t("Det er som en klump i halsen.", "Det er som ein klump i halsen.", "It's like a lump in your throat.")),
      body(t("Tårene presser på.", "Tårene pressar på.", "Tears are pushing to come out.")),
      situation(t("Kjæledyret ditt er borte.", "Kjæledyret ditt er borte.", "Your pet is gone.")),
      situation(t("En god venn har flyttet langt bort.", "Ein god ven har flytta langt bort.", "A good friend has moved far away.")),
      situation(t("Turen du gledet deg til, ble avlyst.", "Turen du gledde deg til, vart avlyst.", "The trip you were looking forward to was cancelled.")),
      situation(t("Du savner noen du er glad i.", "Du saknar nokon du er glad i.", "You miss someone you love.")),
    ],
  },
  {
    id: "sint",
    feeling: "sint",
    face: "angry",
    clues: [
      face(t("Øyenbrynene er trukket ned, og munnen er stram.", "Augebryna er dregne ned, og munnen er stram.", "The eyebrows are pulled down and the mouth is tight.")),
      body(t("Det blir varmt i ansiktet.", "Det blir varmt i andletet.", "Your face gets hot.")),
      body(t("Hendene vil knytte seg.", "Hendene vil knyte seg.", "Your hands want to make fists.")),
      body(t("Hjertet banker hardt, og du vil rope.", "Hjartet bankar hardt, og du vil rope.", "Your heart pounds and you want to shout.")),
      situation(t("Noen ødela tegningen din med vilje.", "Nokon øydela teikninga di med vilje.", "Someone spoiled your drawing on purpose.")),
      situation(t("Noen sier noe urettferdig om deg.", "Nokon seier noko urettferdig om deg.", "Someone says something unfair about you.")),
      situation(t("Du blir avbrutt hver gang du prøver å si noe.", "Du blir avbroten kvar gong du prøver å seie noko.", "You get interrupted every time you try to speak.")),
      situation(t("Noen tar tingene dine uten å spørre.", "Nokon tek tinga dine utan å spørje.", "Someone takes your things without asking.")),
    ],
  },
  {
    id: "redd",
    feeling: "redd",
    face: "scared",
    clues: [
      face(t("Øynene er store og runde, og munnen er åpen.", "Auga er store og runde, og munnen er open.", "The eyes are big and round and the mouth is open.")),
      body(t("Hjertet dunker fort.", "Hjartet dunkar fort.", "Your heart thumps fast.")),
      body(t("Kroppen vil stivne, eller løpe sin vei.", "Kroppen vil stivne, eller springe sin veg.", "Your body wants to freeze, or run away.")),
      body(t("Det går kaldt nedover ryggen.", "Det går kaldt nedover ryggen.", "A cold shiver runs down your back.")),
      situation(t("Du hører en rar lyd i mørket.", "Du høyrer ein rar lyd i mørkret.", "You hear a strange noise in the dark.")),
      situation(t("En stor hund løper mot deg.", "Ein stor hund spring mot deg.", "A big dog runs towards you.")),
      situation(t("Du har gått deg bort i en stor butikk.", "Du har gått deg bort i ein stor butikk.", "You're lost in a big shop.")),
      situation(t("Det tordner og lyner ute.", "Det tordnar og lynar ute.", "There's thunder and lightning outside.")),
    ],
  },
  {
    id: "bekymret",
    feeling: "bekymret",
    face: "worried",
    clues: [
      face(t("Pannen er rynket, og munnen er skjev.", "Panna er rynka, og munnen er skeiv.", "The forehead is wrinkled and the mouth is crooked.")),
      body(t("Det knytter seg i magen.", "Det knyter seg i magen.", "Your tummy feels knotted.")),
      body(t("Det er vanskelig å sovne om kvelden.", "Det er vanskeleg å sovne om kvelden.", "It's hard to fall asleep at night.")),
      thought(t("Tankene går rundt og rundt.", "Tankane går rundt og rundt.", "Your thoughts go round and round.")),
      situation(t("Du har prøve i morgen og føler deg ikke klar.", "Du har prøve i morgon og kjenner deg ikkje klar.", "You have a test tomorrow and don't feel ready.")),
      situation(t("Katten har ikke kommet hjem i kveld.", "Katten har ikkje kome heim i kveld.", "The cat hasn't come home tonight.")),
      situation(t("Du har glemt leksene, og læreren kommer snart.", "Du har gløymt leksene, og læraren kjem snart.", "You forgot your homework and the teacher is coming soon.")),
      situation(t("Du venter på en viktig beskjed.", "Du ventar på ein viktig beskjed.", "You're waiting for some important news.")),
    ],
  },
  {
    id: "stolt",
    feeling: "stolt",
    face: "proud",
    clues: [
      face(t("Smilet er stort, og haken er løftet.", "Smilet er stort, og haka er lyft.", "The smile is big and the chin is up.")),
      body(t("Brystet kjennes stort og varmt.", "Brystet kjennest stort og varmt.", "Your chest feels big and warm.")),
      body(t("Du står rett og høy.", "Du står rett og høg.", "You stand straight and tall.")),
      body(t("Du har lyst til å vise fram noe.", "Du har lyst til å vise fram noko.", "You want to show something off.")),
      situation(t("Du klarte endelig å sykle uten støttehjul.", "Du klarte endeleg å sykle utan støttehjul.", "You finally rode your bike without stabilisers.")),
      situation(t("Du hjalp noen som trengte det.", "Du hjelpte nokon som trong det.", "You helped someone who needed it.")),
      situation(t("Du scoret et mål for laget ditt.", "Du scora eit mål for laget ditt.", "You scored a goal for your team.")),
      situation(t("Du turte å si noe foran hele klassen.", "Du torde å seie noko framfor heile klassen.", "You dared to speak in front of the whole class.")),
    ],
  },
  {
    id: "ensom",
    feeling: "ensom",
    face: "lonely",
    clues: [
      face(t("Munnen er liten og stille, og det renner en tåre.", "Munnen er liten og stille, og det renn ei tåre.", "The mouth is small and still, and a tear is running down.")),
      body(t("Det kjennes tomt inni.", "Det kjennest tomt inni.", "You feel empty inside.")),
      body(t("Kroppen er slapp og tung.", "Kroppen er slapp og tung.", "Your body feels floppy and heavy.")),
      body(t("Du har lyst på en klem, men ingen er der.", "Du har lyst på ein klem, men ingen er der.", "You want a hug, but nobody is there.")),
      situation(t("Alle andre leker, men ingen spør om du vil være med.", "Alle andre leikar, men ingen spør om du vil vere med.", "Everyone else is playing, but nobody asks you to join.")),
      situation(t("Du sitter alene i friminuttet.", "Du sit åleine i friminuttet.", "You sit alone at break time.")),
      situation(t("Ingen svarer når du sender en melding.", "Ingen svarar når du sender ei melding.", "Nobody answers when you send a message.")),
      situation(t("Du har flyttet og kjenner ingen på den nye skolen.", "Du har flytta og kjenner ingen på den nye skulen.", "You've moved and don't know anyone at the new school.")),
    ],
  },
  {
    id: "lettet",
    feeling: "lettet",
    face: "relieved",
    clues: [
      face(t("Øynene er lukket, og munnen smiler litt.", "Auga er late att, og munnen smiler litt.", "The eyes are closed and the mouth smiles a little.")),
      body(t("Du puster ut et langt pust.", "Du pustar ut eit langt pust.", "You let out a long breath.")),
      body(t("Skuldrene synker ned og blir myke.", "Skuldrene søkk ned og blir mjuke.", "Your shoulders drop and go soft.")),
      body(t("Det som var tungt i magen, blir borte.", "Det som var tungt i magen, blir borte.", "The heavy feeling in your tummy goes away.")),
      situation(t("Du fant nøkkelen du trodde du hadde mistet.", "Du fann nøkkelen du trudde du hadde mista.", "You found the key you thought you'd lost.")),
      situation(t("Prøven var mye lettere enn du trodde.", "Prøva var mykje lettare enn du trudde.", "The test was much easier than you thought.")),
      situation(t("Den du ventet på, kom trygt fram.", "Den du venta på, kom trygt fram.", "The person you were waiting for arrived safely.")),
      situation(t("Tannlegen sa at alt var fint.", "Tannlegen sa at alt var fint.", "The dentist said everything was fine.")),
    ],
  },
] as const satisfies readonly DetectivePuzzle[];

export type DetectivePuzzleId = (typeof DETECTIVE_PUZZLES)[number]["id"];
export const DETECTIVE_PUZZLE_IDS = DETECTIVE_PUZZLES.map((p) => p.id) as [DetectivePuzzleId, ...DetectivePuzzleId[]];

export function findDetectivePuzzle(id: string): DetectivePuzzle | undefined {
  return (DETECTIVE_PUZZLES as readonly DetectivePuzzle[]).find((p) => p.id === id);
}
