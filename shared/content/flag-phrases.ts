/**
 * The concern list for free text from children (question box, word cloud,
 * check-in "say more", strengths in their own words). Editable content, not
 * code: the matcher in shared/safeguarding/ reads it. Categories, their
 * severity and the action each needs are in flag-categories.ts; how dialect,
 * emoji and digits are read is in flag-words.ts; first names in first-names.ts.
 *
 * A match ONLY raises an item in the leader's queue, with a calm marker and a
 * suggested action. It never publishes, hides, deletes or changes anything the
 * child sees. A human reads every item anyway.
 *
 * How to write a phrase (case, accents and æ/ø/å do not matter; the matcher
 * folds æ→ae, ø→o, å→a on both sides and also accepts o for å, e for æ; a
 * letter typed three or more times, "reeeedd", matches any number of it;
 * dialect forms of small words are read as standard ones, so write "jeg",
 * "ikke", "hjem", "er", "meg" and "æ", "itj", "heim", "e", "mæ" match too):
 *   - words in order, next to each other:         "slår meg"
 *   - "a|b" one word with alternatives:            "mamma|pappa drikker"
 *   - "word*" any ending:                          "selvmord*" (selvmordstanker)
 *   - "word?" may be left out:                     "vår lille? hemmelighet"
 *   - "_" any one word; "..." up to four words:   "redd ... hjem"
 *   - "=dø" only as typed with ø (not "do", the toilet)
 *   - "^" and "$": the start and end of a sentence ("^ =dø $": the whole text)
 *   - "@person" any phrase of a concept below (who, what, where)
 *   - "A & B & C": all parts in one sentence, any order, within ten words:
 *       "@person & @hit & @victim" matches "pappa slår meg", "jeg ble slått av
 *       pappa" does not need it (see the passive phrases), "slo han mamma".
 *   - a word of six letters or more also matches one typo (not in the first
 *     letter); a doubled letter typed single matches too ("mama", "tisen").
 * A group may say `negatable` (a negation in or right after the match makes it
 * low priority: "pappa slår meg ikke"), `unlessNext` (phrases that cancel a
 * match when they come right after it: "drikker kaffe", "tok på meg jakka",
 * "slo meg i sjakk") and `unlessSentence` (phrases that cancel it anywhere in
 * the sentence: "hva er …" for a question about a word).
 *
 * Avoid single short words with everyday meanings ("full" is also "the bus is
 * full"; "dø" folds to "do"); use a concept rule or a phrase instead. Every
 * change is measured by the evaluation set (shared/safeguarding/eval/) in
 * `npm test`; see docs/safeguarding.md.
 */
import type { FlagCategory } from "./flag-categories.js";

export {
  CATEGORY_ACTION,
  CATEGORY_LABELS,
  CATEGORY_SEVERITY,
  DISCLOSURE_STEPS,
  FLAG_CATEGORIES,
  FLAG_SEVERITIES,
  NEGATED_ACTION,
  SUGGESTED_ACTION_IDS,
  SUGGESTED_ACTIONS,
  type FlagCategory,
  type FlagSeverity,
  type SuggestedAction,
  type SuggestedActionId,
} from "./flag-categories.js";

export interface FlagPhraseGroup {
  category: FlagCategory;
  /** Which written form the phrases are in; "any" when they are built from concepts that cover both. */
  lang: "nb" | "nn" | "en" | "any";
  phrases: readonly string[];
  negatable?: boolean;
  unlessNext?: readonly string[];
  unlessSentence?: readonly string[];
}

/**
 * Concepts: named lists of phrases, used in phrases as "@name". Written in
 * bokmål where a dialect form maps to it (flag-words.ts), with nynorsk forms
 * of content words alongside.
 */
export const FLAG_CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  me: ["meg|mæ|mei|oss"],
  i: ["jeg|eg"],
  neg: ["ikke|ikkje|aldri"],
  mother: ["mamma|mammaen|mama|mor|mora|moren|mamsen|muttern|mutter|mammy|mum"],
  father: ["pappa|pappaen|papa|far|faren|fattern|fatter|farn|pappsen|dad"],
  parent: ["@mother", "@father", "foreldrene|foreldra|foreldre"],
  stepparent: ["stefar|stefaren|stemor|stemora|stemoren|bonuspappa|bonusmamma|bonusfar|bonusmor|steffar"],
  partner: [
    "@mother|@father kjæreste|kjæresten|kjæraste|kjærasten|type|typen|dame|dama",
    "mammas|pappas|mors|fars kjæreste|kjæresten|kjæraste|type|typen|dame|dama|venn|venninne|kompis",
    "@mother|@father sin|si kjæreste|kjæresten|type|typen|dame|dama|venn|venninne|kompis|kamerat",
    "kjæresten|kjærasten",
  ],
  relative: [
    "onkel|onkelen|tante|tanta|tanten",
    "bestefar|bestefaren|morfar|farfar|bestemor|mormor|farmor|besten|oldefar",
    "fetter|fetteren|kusine|kusina|kusinen",
  ],
  sibling: [
    "storebror|storebroren|broren|bror|brorn|brodern",
    "storesøster|storesøstera|storesøsteren|søsteren|søstera|storesyster|syster|systera",
  ],
  /** Adults outside the home who could harm a child, and "he" (grooming is often told without a name). */
  outsider: [
    "naboen|nabo|naboene|treneren|trener|læreren|lærer|vaktmesteren|sjåføren",
    "en|ein voksen|vaksen",
    "en|ein mann|gutt|dame",
    "mannen|voksne|vaksne|voksen|vaksen",
    "@relative",
    "@stepparent",
    "@partner",
    "han",
  ],
  adult: ["@parent", "@stepparent", "@partner", "@relative", "@outsider", "hun|ho"],
  /** Anyone who could hurt a child, as a child writes it ("jeg slo meg" alone is a fall, not violence). */
  person: ["@adult", "@sibling", "de|dem|noen|nokon"],
  /** Who gets hurt. */
  victim: [
    "@me",
    "@mother",
    "@father",
    "lillebror|lillesøster|lillebroren|lillesøstera|veslebror|veslesyster|småsøsken|småsøsknene|søsken|søsknene|broren|søsteren",
    "meg|oss",
  ],
  hit: [
    "slår|slo|slått|slå|slåss|slar",
    "banker|banket|banka|banke|bankar",
    "sparker|sparket|sparka|sparke|sparkar",
    "dytter|dyttet|dytta|dytte|dyttar",
    "lugger|lugget|lugga|lugge|luggar",
    "kveler|kvelte|kvelt|kvele|kvelar",
    "klasker|klasket|klaska|klaske",
    "rister|ristet|rista|riste",
    "klapper|klappet|klappa|klappar til",
    "gjør|gjorde|gjer vondt",
    "skader|skadet|skada|skadar",
    "biter|bet",
    "slenger|slengte|slengt",
    "dunker|dunket|dunka",
    "kaster|kastet|kasta|kastar ting",
  ],
  hitPassive: [
    "slått|banket|banka|sparket|sparka|dyttet|dytta|lugget|lugga|kvelt|klasket|klaska|ristet|rista|skadet|skada|kastet|kasta",
  ],
  become: ["blir|ble|bli|blei|vart|blitt"],
  touch: [
    "tar|tok|tek|ta|tatt|teke på",
    "tafser|tafset|tafsa|tafsar|tafse",
    "beføler|befølte|befølt|befole",
    "rører|rørte|rørt ved|på",
    "tukler|tuklet|tukla med",
    "klår|klådde|klå på",
    "stryker|strøk|strauk",
    "kliner|klina|kline",
  ],
  private: [
    "tissen|tiss|tissen|tissemannen|tissefant|tisse|penis|snoppen|tissetass",
    "rumpa|rompa|rumpe|rompe",
    "puppene|puppa|pupper|brystene|bryst",
    "der nede",
    "mellom beina",
    "private|privat steder|stader",
    "kroppen min",
  ],
  naked: ["naken|nakne|nakent", "uten|utan klær", "kle|kler|kledde|kledd av meg", "ta|tok|tar av meg|seg klærne|klea|buksa|trusa", "av meg klærne"],
  alcohol: ["øl|vin|sprit|vodka|alkohol|brennevin|hjemmebrent|whisky|rødvin|hvitvin|pils|pilsen|ølen|konjakk|drink|rusbrus"],
  drunk: ["full|ful|fulle|drita|dritings|beruset|rusa|ruset|pussa|brisen|påvirket|dopa|dopet"],
  drinkVerb: ["drikker|drakk|driker|drekker|drikk|drikke|drukket|drukke|dreikk"],
  beverage: [
    "kaffe|te|tea|vann|brus|melk|mjølk|juice|saft|kakao|sjokolade|smoothie|energidrikk|cola|solo|farris|iste|sprite|fanta|pepsi|coffee|kaffi|sodavann|vatn",
  ],
  game: [
    "sjakk|fifa|fortnite|minecraft|roblox|ludo|yatzy|uno|kort|kortspill|spill|spillet|spel|spelet|kamp|kampen|fotball|bordtennis|badminton|tennis|brawl|mario|pokemon|playstation|ps5|ps4|xbox|switch|nintendo|dataspill|gaming|among|gta|tekken|smash|bryting|dodgeball|sisten|paintball|lasertag|tvspill|stikkball|slåball|brettspill|monopol",
  ],
  play: ["for|på gøy|moro|tull|kødd|fleip"],
  clothing: [
    "jakka|jakke|jakken|regnjakka|regnjakke|votten|vottene|votter|luen|lua|lue|skoene|sko|genseren|genser|buksa|bukse|sokker|sokkene|skjerf|skjerfet|hjelmen|hjelm|refleks|refleksvest|vesten|kjole|kjolen|drakta|drakt|sekken|ryggsekken|brillene|briller|sminke|solkrem|plaster|plasteret|smykke|smykket|klokka|beltet|belte|dressen|capsen|caps|hettegenser|hetta|pyjamas|pyjamasen|badedrakt|badebukse|støvler|støvlene|tøy|tøyet|strømpebukse|dongeri|boblejakke|vinterjakka",
  ],
  /** Things a child gets hurt on by accident ("skar meg på papiret"). */
  accident: [
    "på|i|av _? papiret|papir|ark|arket|glass|glasset|kniven|kniv|saksa|saks|spiker|spikeren|ovnen|komfyren|kokeplata|plata|strykejernet|gresset|steinen|sykkelen|bordet|døra|bålet|leiren|kaffen|teen|vannet|tornen|busken|ståltråd|gjerdet|grillen|lyset|fyrstikka",
    "da|når jeg lagde|laget|skrelte|skar|spikket|klatret|falt",
  ],
  /** Words a child is called to belittle them. */
  belittle: [
    "dum|dumme|ubrukelig|ubrukeleg|verdiløs|idiot|idioten|stygg|stygge|feit|tjukk|tykk|teit|dust|taper|mislykket|mislukka|ekkel|ekkel|sær|rar|unormal|psyko|gal|gæren|sprø",
    "ikke verdt noe|noko",
    "ikke bra nok",
    "en byrde",
    "ikke ønsket",
  ],
  lookAfter: ["passe|passer|passa på", "ta|tar|tek vare på"],
  /** A parent who cannot manage today. */
  unable: ["ikke orker|klarer|står", "orker|klarer ikke", "står ikke opp", "sover|søv|ligger|ligg", "syk|sjuk", "for syk|sjuk"],
  pills: [
    "piller|pillene|pilla|pillen|tabletter|tablettene|tablettar|tablettane|medisiner|medisinene|medisinane|medisin|sovepiller|sovepillene|paracet|paracetamol|ibux|dop",
  ],
  lots: ["mange|masse|alle|mye|hele|heile|heil|hundre|veldig|haugevis", "en|ein boks|brett|pakke|eske|glass", "en|ein hel|heil boks|pakke|eske"],
  /** Putting small ones to bed, bathing, dressing: the work of a parent. */
  careTask: ["legge|legger|leggje|bade|bader|smøre|smører|stelle|steller", "kle|kler på"],
  eat: ["spiser|spiste|spise|åt|et|ete|mat|maten"],
  /** A question about the word itself ("hva er en hemmelighet?"). */
  definition: ["^ hva|kva|hvad er|betyr", "^ hvorfor|kvifor heter"],
};

/** Sentences about a game or play: "slo meg i sjakk", "dreper meg i fortnite", "vi slåss for gøy". */
const GAME_NEXT = ["_? i|på @game", "@play", "_? _? i|på @game"];

export const FLAG_PHRASES: readonly FlagPhraseGroup[] = [
  // ---------- acute danger: ring 113 now ----------
  {
    category: "acute-danger",
    lang: "any",
    phrases: [
      "@person & våkner|våknet|våkna|vaknar|vakna|våkne & ikke",
      "@person & ikke vekket|vekt|vekka|vekke|vekker|vekte|vekkja",
      "@person & puster|pustet|pusta|pustar|puste & ikke|rart|dårlig|tungt|dårleg",
      "@person & ligger|ligg|lå|ligge & gulvet|golvet|badegulvet|bakken|golvet & svarer|sier|sei|rører|beveger|snakker|våkner & ikke|ingenting",
      "fant|fann|funnet @person ... gulvet|golvet|badegulvet|bakken",
      "@person & tatt|tok|tek|teke|tar|svelget|svelgde & @lots & @pills",
      "@person & piller piller",
      "@person & ligger|ligg|lå & helt|heilt stille|rart|rar",
      "@person & svarer|reagerer|rører & ikke & ligger|ligg|lå|sover|søv",
      "overdose*",
      "kjører|kjørte|kjørt|køyrer|køyrde|køyrt|kjøre|køyre & full|fulle|drukket|drukke|drikker|drakk|øl|beruset|rusa|ruset|drita|brisen",
      "@person & besvimte|besvima|besvimt|svimte|daua|kollapset",
      "@person & blør|blødde|blod",
      "ambulanse* & @parent|@adult|hjem|hjemme",
    ],
  },
  {
    category: "acute-danger",
    lang: "en",
    phrases: ["wont wake up", "not breathing", "overdose*", "drunk driving"],
  },

  // ---------- suicide ----------
  {
    category: "suicide",
    lang: "nb",
    phrases: [
      "vil|ville dø",
      "vil|ville jeg bare dø",
      "vil bare dø",
      "bare vil dø",
      "lyst til|å å? dø",
      "ønsker å dø",
      "ønsker|ønske jeg var død",
      "bedre om|hvis jeg var død",
      "bedre om|hvis jeg ikke fantes|levde",
      "bedre om|hvis jeg ikke var her",
      "bedre om|hvis jeg aldri var|ble født",
      "bedre uten meg",
      "ønske jeg ikke fantes",
      "ønske jeg aldri var|ble født",
      "vil ikke leve|finnes|eksistere",
      "vil ikke være her mer|lenger",
      "vil|ville bare? forsvinne",
      "orker ikke å? leve",
      "orker ikke mer $",
      "vil at alt skal slutte|ta slutt",
      "ta|tar livet av meg",
      "ta|tar livet mitt",
      "ta|tar livet sitt",
      "tok livet sitt",
      "selvmord*",
      "selmord*",
      "selv mord",
      "drepe|dreper|drep meg selv",
      "henge meg",
      "hoppe|hopper ... fra|ned|utfor brua|broa|bro|brua|taket|vinduet|balkongen|stupet",
      "foran en|et? toget|tog|bilen|bil|bussen|buss|trikken",
      "sovne og aldri våkne",
      "aldri våkne igjen|opp",
      "ingen ... savne|savner|savnet|savna meg",
      "sove|sovne for alltid|evig|evigheten",
      "@i & tar|ta|tek|ta|ete|spise|svelge & @lots & @pills",
      "tenker|tenkt|tenkte ... på å dø",
      "ingen|ikke noe? vits ... leve|lever|levd",
      "borte|vekk for alltid",
      "^ =dø|=døy|=død $",
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
      "lyst til|å å? døy",
      "ønskjer å døy",
      "skulle ønske eg var død",
      "betre om|viss eg var død",
      "betre om|viss eg ikkje fanst|var her|levde",
      "betre utan meg",
      "ønske eg ikkje fanst",
      "ønske eg aldri var|vart|blei fødd|født",
      "vil ikkje leve|finnast",
      "orkar ikkje å? leve",
      "orkar ikkje meir $",
      "ta|tek livet av meg",
      "ta|tek livet mitt",
      "ta|tek livet sitt",
      "sjølvmord*",
      "sjølv mord",
      "drepe|drep meg sjølv",
      "tenkjer|tenkt på å døy",
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
    lang: "any",
    phrases: [
      "kutter|kuttet|kutta|kuttar|kutte|skjærer|skar|skjer|skjere|risper|rispet|rispa|rispar|rispe|brenner|brente|brent|klyper|kløp|river|klorer|klort|klora|biter|bet|beit meg",
      "skade|skader|skadet|skada|skadar meg selv",
      "gjøre|gjør|gjere|gjer|gjorde meg selv vondt",
      "vondt på meg selv",
      "slå|slår|slo meg selv",
      "slår|slo|dunker|dunka|dunket hodet|hovudet i veggen|gulvet",
      "sår|vondt|skader|kutter|blod|blåmerker ... med vilje",
      "med vilje ... sår|vondt|skader|kutter|blod",
      "kniv|kniven|barberblad ... armen|armene|låret|håndleddet|handleddet",
      "kniv|kniven|barberblad ... meg selv",
      "selvskad*",
      "sjølvskad*",
      "lyst til|å å? skade|kutte|skjære|slå|brenne meg",
      "vil skade|kutte|skjære|brenne meg",
      "sår|kutt|merker|arr & laget|laga|lagd|lagde|gjort|gjorde & selv",
    ],
    unlessNext: ["@accident"],
  },
  {
    category: "self-harm",
    lang: "en",
    phrases: ["hurt myself", "hurting myself", "cut myself", "cutting myself", "self harm*"],
  },

  // ---------- sexual abuse ----------
  {
    category: "sexual-abuse",
    lang: "any",
    negatable: true,
    phrases: [
      "@person & @touch & @me",
      "tar|tok|tek|tafser|tafsar|rører|rørte|tukler @person på|ved|med meg",
    ],
    unlessNext: ["@clothing", "@game", "_? i|på @game"],
  },
  {
    category: "sexual-abuse",
    lang: "any",
    negatable: true,
    phrases: [
      "@touch & @private",
      "@person & tar|tok|tek|ta & meg på & @private",
      "@person & hånda|hånden|handa|hendene|fingrene & under & genseren|klærne|klea|dyna|buksa|trusa|skjorta|pyjamasen",
      "@person & se|ser|så|kikke|kikker|kikka på meg & badet|dusjen|naken|dusjer|kler",
      "@private & bilde|bilder|bildet|bilete|video|viste|vise|sende|sendte|sendt|se",
      "@person & @naked",
      "@naked & bilde|bilder|bildet|bilete|video|filme|filmer",
      "nakenbilde*",
      "nakenbilete*",
      "@person & kommer|kom|kjem|går|gikk & inn & dusjer|dusjar|bader|badar|dusjen|badekaret|kler",
      "@person & ligger|ligg|lå|kryper|kryp|sover|søv & i senga|sengen|senga|senger mi|min",
      "kysser|kyssa|kysset|kyssar|kysse meg ... munnen|tunga",
      "@person & knuller|knulle|knulla|puler|pule|pult|runker|runke|suge|suger",
      "sex med meg",
      "ligge|ligger|lå med meg",
      "voldtekt*",
      "voldta*",
      "valdtekt*",
      "valdta*",
      "overgrep*",
      "seksuelt misbruk*",
      "misbruker|misbrukte|misbrukt meg",
      "ta|tar|tok på meg der",
    ],
  },
  {
    category: "sexual-abuse",
    lang: "nn",
    phrases: ["tafsar|tafsa på meg", "private stader", "nakenbilete*", "kjem inn på rommet om natta"],
  },
  {
    category: "sexual-abuse",
    lang: "nb",
    phrases: ["tafser|tafset|tafsa", "beføler|befølte|befølt", "kommer inn på rommet om natta|natten"],
  },
  {
    category: "sexual-abuse",
    lang: "en",
    phrases: ["touches me", "touched me", "molest*", "rape*", "sexual abuse", "abused me"],
  },

  // ---------- violence ----------
  {
    category: "violence",
    lang: "any",
    negatable: true,
    phrases: [
      "@person & @hit & @victim",
      "@become @hitPassive",
      "@hitPassive av @person",
      "drar|dro|drog|river|rev|napper|nappet|lugger|lugget|lugga meg i håret",
      "@person & holdt|holder|tok|tar|klemte|klemmer & rundt|om halsen",
      "kaster|kastet|kasta|kastar|slenger ting|noe|noko på|etter meg|oss",
      "kaster|kastet|kasta|kastar ting",
      "kaster|kastet|kasta|kastar|slenger|slengte|dytter|dyttet|dytta meg|oss i|på|mot|ut|ned",
      "knuser|knuste ting",
      "@parent ... slåss|slåst|sloss",
      "slåss|slåst hjemme",
      "får|fikk|fekk|fått bank|juling",
      "juling",
      "julling",
      "kvelertak",
      "blåmerke*",
      "vold",
      "vald",
      "voldelig*",
      "valdeleg*",
      "politi* & hjem|hjemme", "politi* ... til|hos oss",
    ],
    unlessNext: GAME_NEXT,
  },
  {
    category: "violence",
    lang: "en",
    phrases: ["hits me", "hit me", "beats me", "beat me up", "kicks me", "hurts me", "violen*", "police came"],
  },

  // ---------- threats ----------
  {
    category: "threats",
    lang: "any",
    negatable: true,
    phrases: [
      "truer|truet|trua|trugar|truga|true|truga",
      "@person & skal|ska|vil|skulle & drepe|drep|skade|knivstikke|skyte|brenne|kverke|slå",
      "@person & kommer til å & drepe|drep|skade|knivstikke|skyte|brenne|kverke|slå",
      "@person & kniv|kniven|pistol|gevær|våpen & @victim",
      "skal|får få? se hva|kva som skjer",
    ],
    unlessNext: [...GAME_NEXT, "av|på|opp"],
  },
  {
    category: "threats",
    lang: "any",
    negatable: true,
    phrases: ["@person & skal|ska|skulle ta & meg|deg|oss|mamma|pappa"],
    // "pappa skal ta meg med på tur"
    unlessNext: [...GAME_NEXT, "med"],
  },
  {
    category: "threats",
    lang: "en",
    phrases: ["threaten*", "going to kill"],
  },

  // ---------- an adult's secret ----------
  {
    category: "adult-secret",
    lang: "any",
    phrases: [
      "vår lille? hemmelighet*|hemmelegheit*|løyndom*",
      "bare|berre mellom oss to?",
      "@outsider & sa|sier|seier|sei|ba|sagt & ikke & si|sei|seie|fortelle|fortelje|sladre",
      "@outsider & penger|godteri|gaver|gave|snop|gavekort & ikke & si|sei|fortelle|fortelje",
      "@outsider & hemmelighet*|hemmelegheit*|løyndom*",
      "ingen vil tro på meg|deg",
      "ingen ... tro på meg|deg",
    ],
  },

  // ---------- afraid to go home ----------
  {
    category: "afraid-home",
    lang: "any",
    phrases: [
      "redd ... hjem|hjemme",
      "hjem|hjemme ... redd",
      "red for å gå hjem",
      "gruer|grue|gruar|grur ... hjem|hjemme",
      "tør|tørr|tørs ikke ... hjem|hjemme",
      "vil ikke ... hjem|hjemme",
      "ikke trygt|trygg hjemme",
      "utrygt|utrygg hjemme",
      "ikke trygt der jeg bor",
      "redd for|når @adult",
      "@i & blir|er|ble|e|va|var & redd & @parent|@stepparent|@partner",
      "gjemmer|gjemte|gøymer|gøymde meg & når & krangler|kranglar|sint|full|slåss|skriker|kjefter|drikker",
      "låser|låste meg inne",
      "døra låst",
      "kan|får jeg sove|bo|overnatte ... her",
      "kan|får jeg sove|bo|overnatte ... hos dere|deg|dykk|dokker",
      "rømme|rømmer|rømte hjemmefra|heimanfrå",
      "stikke|stikker av hjemmefra|heimanfrå",
    ],
    // "redd for at mamma skal bli syk" is a worry, not fear of an adult
    unlessNext: ["for at", "at"],
  },
  {
    category: "afraid-home",
    lang: "en",
    phrases: ["scared ... home", "afraid ... home", "dont want to go home", "not safe at home"],
  },

  // ---------- neglect ----------
  {
    category: "neglect",
    lang: "any",
    phrases: [
      "ikke|ingen|ikkje|aldri noe|noko? mat|middag|frokost",
      "ikke fått|hatt mat|middag|frokost",
      "ikke fått|hatt noe|noko å spise|ete",
      "ikke spist|ete|ett|ett siden|sidan|noe|noko|hele|heile|idag",
      "ikke spist i|på dag|går|lenge",
      "@eat & finner|fant|finne|finn & skapet|kjøleskapet|skapa|selv",
      "får|fikk ikke mat",
      "sulten|svolten hele|heile|alltid tiden|tida|tia|dagen",
      "alltid sulten|svolten",
      "ingen lager|laget|laga|lagar|lagde|gir|ga mat|middag|frokost|oss|meg",
      "glemmer|glemte|gløymer|gløymde å gi|lage ... mat|middag",
      "alene hjemme? i? hele|om natta|natten|natt|helga|helgen|kvelden|kvelden",
      "alene & i natt",
      "borte hele natta|natten|helga|helgen",
      "borte i to|tre|fire|flere|fleire|mange dager|døgn|netter|dagar|netter",
      "spiste|spiser|spise|åt|et|ete|mat & ikke & noe|noko annet|mer",
      "bare|berre brød|knekkebrød|nudler|cornflakes|kornflakes|ris|pasta|kjeks|chips|godteri ... hele|heile helga|helgen|uka|veka|dagen|tiden|tida",
      "@adult & kom|kommer|kjem ikke hjem",
      "kom|kommer|kjem ikke @adult hjem",
      "kom|kommer|kjem @adult ikke hjem",
      "ikke hjem i natt|om natta|hele natta",
      "ingen henter|henta|hentet|hentar meg",
      "glemte|gløymde å hente meg",
      "ingen voksne|vaksne hjemme",
      "ingen vasker|vaska|vaskar klærne|kleda|klea",
    ],
  },
  {
    category: "neglect",
    lang: "en",
    phrases: ["no food at home", "always hungry", "home alone at night", "nobody picks me up"],
  },

  // ---------- hurtful words at home ----------
  {
    category: "emotional-abuse",
    lang: "any",
    phrases: [
      "@adult & sier|sa|seier|kaller|kalte|kalla|skriker|roper & jeg|meg|du & @belittle",
      "høre|høyre at jeg er @belittle",
      "@adult & kaller|kalte|kalla & stygge|ekle|slemme & ord|ting|navn|namn",
      "@adult & skriker|skreik|skrek|kjefter|kjeftet|kjefta|kjeftar|roper|brøler & til|på meg",
      "@adult & sier|sa|seier & ønske jeg aldri",
      "angrer|angrar|angra på at ... meg",
      "@adult & sier|sa|seier & min|mi skyld|skuld|feil",
      "snakker|snakka|snakkar ikke til|med meg på",
      "vil|ville ikke ha meg",
      "@adult & hater|hatar|hata|hatet & meg",
      "ingen bryr seg om meg",
    ],
  },

  // ---------- alcohol or drugs at home ----------
  {
    category: "substance-home",
    lang: "any",
    phrases: ["@adult @drinkVerb", "@drinkVerb @adult", "@drinkVerb for mye|mykje", "@drinkVerb mye|mykje", "@drinkVerb hver|kvar dag|kveld|helg"],
    unlessNext: ["_? @beverage", "_? _? @beverage", "av"],
  },
  {
    category: "substance-home",
    lang: "any",
    phrases: [
      "@adult er|var|blir|ble|vart|blei|e|va @drunk",
      "er|var|blir|ble @adult @drunk",
      "@adult & drita|dritings|beruset|rusa|ruset|fylla|fyllesyk|fyllesjuk|bakfull|fyllik",
      "@adult & @alcohol",
      "@adult & flasker|flaskene|flaska|flaske|ølbokser|bokser|tomflasker|vinflasker",
      "@adult & tar|tok|tek & dop|narkotika|kokain",
      "ruser|ruset|rusa|rusar|ruse seg",
      "røyker|røykte|røyka|røykjer ... hasj|weed|rart|gress|joint*|marihuana",
      "fylla",
      "fyllik*",
      "fyllesyk",
      "fyllesjuk",
      "fylleangst",
      "dritings",
      "bakfull",
      "alkis",
      "dopet|dopa",
      "hasj",
      "narkoman*",
      "sprøyter|sprøyte hjemme",
      "flasker|flaskene hjemme",
      "lukter|luktet|lukta|luktar alkohol|sprit|øl|fyll",
    ],
    unlessNext: ["av"],
    unlessSentence: ["@definition"],
  },
  {
    category: "substance-home",
    lang: "nb",
    phrases: ["drikker for mye", "drikker hver dag", "på fylla"],
  },
  {
    category: "substance-home",
    lang: "nn",
    phrases: ["drikk for mykje", "drikk kvar dag", "sprøyter heime", "flasker heime"],
  },
  {
    category: "substance-home",
    lang: "en",
    phrases: ["mum|mom|dad|mother|father is|was|gets drunk", "mum|mom|dad drinks", "drunk again", "takes drugs"],
  },

  // ---------- caring for a parent ----------
  {
    category: "caring",
    lang: "any",
    phrases: [
      "må|måtte & lage|lager|laga|lagar|lagde & mat|middag|frokost|maten|matpakke|matpakka|kveldsmat",
      "må|måtte & @lookAfter & @parent|lillebror|lillesøster|småsøsken*|søsken*|veslebror|veslesyster|søsknene|småsøsknene",
      "må|måtte & @lookAfter at",
      "må|måtte & hjelpe|vekke|minne|stelle|trøste|følge|hente|handle|@careTask & @parent|lillebror|lillesøster|småsøsken*|søsken*|veslebror|veslesyster|mat",
      "må|måtte & medisin*",
      "lage|lager|vasker|vaske|rydder|handler|passer|hjelper|henter|følger & fordi|for|siden & @parent & @unable",
    ],
  },

  // ---------- bullying ----------
  {
    category: "bullying",
    lang: "any",
    phrases: [
      "mobb*",
      "erter|ertet|erta|ertar|plager|plaget|plaga|plagar meg",
      "ler|lo|flirer|flirte av meg",
      "stenger|stengte|steng|stengjer meg ute",
      "utestengt|utestenger",
      "ingen vil være|leke|leike|sitte|vere med meg",
      "ingen vil ... ved siden|sida av meg",
      "de|dem|andre|alle|noen|klassen|gutta|jentene & kaller|kalte|kalla & meg & @belittle",
      "de|dem|andre|alle|noen|klassen & sier|sa|seier & @parent|meg & er & @belittle",
      "stygge|slemme|ekle meldinger|ting|kommentarer|bilder|bilete om meg",
    ],
    unlessSentence: ["@definition"],
  },

  // ---------- secrets ----------
  {
    category: "secrets",
    lang: "any",
    phrases: [
      "hemmelighet*",
      "hemmelegheit*",
      "løyndom*",
      "ikke si det til noen",
      "ikke fortell*",
      "ikke ... lov ... si|fortelle|snakke|sei|seie|fortelje",
      "får|fikk ikke si|fortelle|sei|seie|fortelje",
      "må ikke si|fortelle|sei|seie|fortelje",
      "ikke skal|skulle si|fortelle|sei|seie|fortelje",
      "lovet|lova|lovte å ikke si|fortelle|sei|seie|fortelje",
      "tør ikke å? si|fortelle|sei|seie|fortelje",
      "ingen får|må vite",
    ],
    unlessSentence: ["@definition"],
  },
  {
    category: "secrets",
    lang: "nn",
    phrases: ["ikkje sei det til nokon", "ikkje fortel*"],
  },
  {
    category: "secrets",
    lang: "en",
    phrases: ["secret*", "not allowed to tell", "dont tell anyone"],
  },

  // ---------- self-blame ----------
  {
    category: "self-blame",
    lang: "any",
    phrases: [
      "min|mi skyld|skyl|skuld",
      "min feil",
      "på grunn av meg",
      "pga meg",
      "fordi jeg er|var slem|dum|vanskelig|vanskeleg|rampete|bråkete|slemme",
      "fordi jeg ikke var|er snill|flink|grei",
      "hvis|om|viss jeg bare? hadde vært|vore snill*|flink*|bedre|betre|greiere|stille*|grei",
      "jeg er slem",
      "hater|hatar meg selv",
      "jeg ødela|øydela",
    ],
  },
  {
    category: "self-blame",
    lang: "en",
    phrases: ["my fault", "because of me", "hate myself"],
  },

  // ---------- insults and swearing ----------
  {
    category: "insult",
    lang: "any",
    phrases: [
      "faen|fanden|faan|fæn|faenskap",
      "fy fan|faen",
      "fyfan|fyfaen",
      "helvete|helvetes|hælvete",
      "jævla|jævli|jævlig|jævel|jævler|jævlar|jævlane",
      "satan|satans",
      "dritt|drittsekk|dritsekk|drittunge|dritten|drittunger",
      "kuk|kukk|kuken|kukhue",
      "fitte|fitta|fittetryne",
      // "=": as typed, because "høre" (hear) folds to "hore"
      "=hore|=hora|=horer|=horene|horunge",
      "pikk|pikken",
      "fuck|fucking|fucka|fakk|føkk|fack|faking|fucker",
      "shit|shitt|bitch|bitsj|bitches",
      "mongo|mongis|homo|homse|neger|nigger",
      "idiot|idioter|idioten",
      "rasshøl|rasshull|ræva|rævhøl",
      "hold|hald kjeft",
      "holdkjeft",
      "du|dere|dykk|dokker er|e jo|så|bare? dum|dumme|stygg|stygge|teit|teite|feit|feite|ekkel|ekle|tjukk|idiot|taper|dust|sær|slem|tulling|tosk",
      "din|dine dust|dritt|taper|tosk|feiting|tjukkas|idiot|tulling",
    ],
  },
];
