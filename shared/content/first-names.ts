/**
 * Common Norwegian first names, so a name a child types ("Ola sa …", "Emma"
 * in the word cloud) is marked for the leader to remove before anything goes
 * on the screen. Editable content: add the names of your group's area.
 *
 * A name is only marked when it is typed with a capital first letter (and not
 * all in capitals): "per uke" and "liv" are words, "Per" and "Liv" are names.
 * Names that are also everyday words (WORD_NAMES) are only marked when they
 * do not start the sentence ("Liv er fint" is not marked, "jeg og Liv" is).
 * A mark only prioritises; it never hides or changes the text.
 */
export const FIRST_NAMES: readonly string[] = [
  // girls
  "Nora", "Emma", "Ella", "Olivia", "Sofie", "Sofia", "Leah", "Frida", "Ingrid", "Maja", "Maya", "Sara", "Selma", "Ada",
  "Astrid", "Hedda", "Amalie", "Anna", "Emilie", "Thea", "Tiril", "Ida", "Julie", "Vilde", "Hanna", "Hannah", "Marie",
  "Mia", "Aurora", "Eva", "Alma", "Iben", "Mathilde", "Live", "Jenny", "Linnea", "Martine", "Oda", "Sigrid", "Signe",
  "Andrea", "Kaja", "Kaia", "Helene", "Silje", "Ingeborg", "Synne", "Ronja", "Agnes", "Tuva", "Eline", "Elise", "Malin",
  "Josefine", "Victoria", "Viktoria", "Mille", "Hermine", "Madeleine", "Amanda", "Ylva", "Solveig", "Iris", "Lilly",
  "Lily", "Aria", "Luna", "Stella", "Isabella", "Emily", "Celine", "Karoline", "Kristine", "Kari", "Anne", "Mari",
  "Marit", "Hilde", "Heidi", "Camilla", "Lene", "Line", "Tone", "Ragnhild", "Guro", "Tonje", "Siri", "Ane", "Maren",
  "Marte", "Mina", "Liv", "Tora", "Nathalie", "Aisha", "Fatima", "Maryam", "Zainab", "Amina", "Hiba", "Noor",
  // boys
  "Jakob", "Emil", "Noah", "Oliver", "Filip", "William", "Lucas", "Lukas", "Liam", "Henrik", "Oskar", "Oscar", "Aksel",
  "Axel", "Theodor", "Elias", "Kasper", "Magnus", "Johannes", "Isak", "Mathias", "Matheo", "Tobias", "Olav", "Sander",
  "Jonas", "Ludvig", "Benjamin", "Markus", "Adrian", "Mats", "Sebastian", "Alexander", "Aleksander", "Leon", "Sverre",
  "Håkon", "Even", "Vetle", "Sigurd", "Ulrik", "Kristian", "Martin", "Andreas", "Eirik", "Erik", "Jonathan", "Teodor",
  "Ola", "Per", "Pål", "Espen", "Lars", "Knut", "Jon", "Geir", "Trond", "Bjørn", "Stian", "Thomas", "Tomas", "Morten",
  "Anders", "Ole", "Nils", "Hans", "Kjetil", "Rune", "Arne", "Tor", "Dag", "Odin", "Tiago", "Mohammed", "Mohammad",
  "Muhammad", "Ali", "Ahmed", "Omar", "Yusuf", "Ibrahim", "Adam", "Daniel", "David", "Gabriel", "Samuel", "Sondre",
  "Eskil", "Brage", "Storm", "Birk", "Ask", "Casper", "Herman", "Iver", "Jens", "Kevin", "Nikolai", "Peder", "Petter",
  "Sindre", "Simen", "Steffen", "Torstein", "Vegard",
];

/** Names that are also everyday words: marked only when they do not start the sentence. */
export const WORD_NAMES: readonly string[] = ["Liv", "Dag", "Tor", "Per", "Even", "Storm", "Ask", "Live", "Line", "Mari", "Birk", "Iris", "Luna", "Stella", "Ada"];
