/**
 * How children's spelling is read before concern phrases are matched:
 * dialect and nynorsk forms of small everyday words, emoji that carry
 * meaning, and digits typed for letters. Editable content, not code; the
 * normaliser in shared/safeguarding/normalise.ts applies it.
 *
 * A mapping ADDS a reading, it never removes the word as typed: "e" is read
 * as both "e" and "er", so a phrase written with either matches.
 */

/**
 * "standard: variant variant …", all written folded (æ → ae, ø → o, å → a,
 * lower case), because the child's words are folded before they are looked up.
 * A phrase in flag-phrases.ts written with the standard word then also matches
 * every variant.
 */
export const DIALECT_FORMS: readonly string[] = [
  "jeg: ae jae je eg jaeg jei",
  "meg: mae mei maeg megg mej mig",
  "deg: dae",
  "seg: sae sei",
  "er: e aer",
  "var: va",
  "ble: blei vart bli",
  "blir: bli blei",
  "ikke: ikkje itj ikkj ikk ike ikje ikkeh ikkj inte",
  "hjem: heim hjaem jem",
  "hjemme: heime hjaemme jemme",
  "selv: sjol sjolv sjael sjel sjaelv",
  "til: te tel",
  "hva: ka kva ke",
  "hvem: kaem kven kem",
  "hvorfor: kvifor korfor koffor kafor",
  "hvordan: korleis kossen assen",
  "hvis: viss vis",
  "det: d dt",
  "hun: ho hu hon",
  "han: hann",
  "de: dei dem di",
  "dere: dykk dokker dokk",
  "noen: nokon naen noken",
  "noe: noko nokka",
  "hele: heile haele hel",
  "bare: berre baerre bre",
  "alene: aleine aleina alein alen",
  "fikk: fekk",
  "sier: seier sei sie",
  "si: sei seie",
  "tar: tek tekk",
  "tatt: teke",
  "kommer: kjem kjaem kommr",
  "gjor: gjer",
  "vet: veit",
  "hore: hoyre",
  "gulvet: golvet",
  "vakner: vaknar",
  "vaknet: vakna",
  "puster: pustar",
  "drikker: drikk drekk",
  "sulten: svolten",
  "lillebror: veslebror",
  "lillesoster: veslesyster",
  "soster: syster",
  "smasosken: smasysken",
  "pa: p",
  "og: a",
  // "lyst og dø": children often write "og" for the infinitive "å"
  "a: og",
  "med: me",
  "vi: me",
  "skal: ska",
  "ogsa: osa asa",
  "na: no",
  "mye: mykje",
  "hver: kvar",
  "tiden: tida tia",
  "natta: natt",
  "seint: sent",
];

/**
 * Emoji read as a word, so a phrase can use them: "pappa 👊 mamma" reads as
 * "pappa slår mamma". Emoji not listed here only separate words. Faces that
 * show a feeling add the feeling word ("😨" → "redd"); they never flag alone.
 */
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  "🔪": "kniv",
  "🗡": "kniv",
  "💊": "piller",
  "💉": "sprøyte",
  "👊": "slår",
  "🤜": "slår",
  "🤛": "slår",
  "🥊": "slår",
  "🍺": "øl",
  "🍻": "øl",
  "🍷": "vin",
  "🍾": "vin",
  "🥃": "sprit",
  "🍸": "sprit",
  "🍹": "drink",
  "🚬": "røyk",
  "🩸": "blod",
  "🚗": "bil",
  "🚓": "politibil",
  "👮": "politi",
  "🚑": "ambulanse",
  "😨": "redd",
  "😰": "redd",
  "😱": "redd",
  "😭": "gråter",
  "😢": "gråter",
};

/** Digits and signs typed for letters inside a word ("d0", "dr3p3", "m4mm4"); a number alone is left as it is. */
export const LEET_LETTERS: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
};
