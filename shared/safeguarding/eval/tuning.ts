/**
 * TUNING half of the flagging evaluation set: the half the phrase lists and
 * rules were developed against. A miss here is fixed with a general rule
 * (normalisation, a concept, a context), never by copying the sentence into
 * the phrase list. The held-out half (held-out.ts) measures whether the rules
 * generalise.
 *
 * The messages are original, written as children of 8–12 type on a tablet;
 * a few are the examples quoted in the project's flagging issue.
 */
import { concern as c, ordinary as ok, type EvalMessage } from "./types.js";

export const TUNING: readonly EvalMessage[] = [
  // ---------- acute danger ----------
  c("acute-danger", "high", "nb", "plain", "qb", "fant pappa på gulvet og han våkna ikke"),
  c("acute-danger", "high", "nb", "plain", "ci", "mamma har tatt alle pillene sine"),
  c("acute-danger", "high", "nb", "plain", "qb", "pappa kjørte bil full med meg i bilen"),
  c("acute-danger", "high", "nn", "plain", "qb", "far køyrer bil når han har drukke"),
  c("acute-danger", "high", "nb", "misspelled", "ci", "mama vakner ikke"),
  c("acute-danger", "high", "nb", "emoji", "ci", "mamma tok masse 💊💊 og sover og sover"),
  c("acute-danger", "high", "nb", "plain", "qb", "pappa puster rart og jeg får ikke vekket ham"),
  c("acute-danger", "high", "dialect", "plain", "ci", "pappa ligg på golvet og sei ingenting"),
  c("acute-danger", "high", "nb", "plain", "qb", "mamma besvimte og slo hodet"),
  c("acute-danger", "high", "nb", "no-aeoa", "qb", "mamma vaakner ikke og jeg er alene"),

  // ---------- suicide ----------
  c("suicide", "high", "nb", "indirect", "qb", "alle hadde hatt det bedre uten meg"),
  c("suicide", "high", "nb", "leet", "qb", "vil d0 😭"),
  c("suicide", "high", "nb", "indirect", "ci", "jeg orker ikke mer. vil bare at alt skal slutte"),
  c("suicide", "high", "nn", "indirect", "qb", "det hadde vore betre om eg ikkje var her"),
  c("suicide", "high", "nb", "misspelled", "qb", "jeg vill dø"),
  c("suicide", "high", "dialect", "indirect", "ci", "æ vil itj leve meir"),
  c("suicide", "high", "nb", "plain", "qb", "jeg har lyst til å drepe meg selv"),
  c("suicide", "high", "nb", "emoji", "ci", "💀💀 vil ikke leve"),
  c("suicide", "high", "nb", "indirect", "qb", "noen ganger tenker jeg på å gå ut foran en bil"),
  c("suicide", "high", "nb", "spaced", "qb", "vil ta livetmitt"),
  c("suicide", "high", "nb", "plain", "wc", "dø"),
  c("suicide", "high", "nb", "run-on", "qb", "jeg er så lei av alt og mamma gråter hele tiden og jeg tenker at det hadde vært bedre om jeg var død"),
  c("suicide", "high", "nb", "no-aeoa", "qb", "jeg vil do jeg orker ikke mer"),
  c("suicide", "high", "nn", "plain", "ci", "eg har lyst å døy"),

  // ---------- self-harm ----------
  c("self-harm", "high", "nb", "plain", "qb", "jeg kutter meg i låret så ingen ser det"),
  c("self-harm", "high", "nb", "indirect", "ci", "jeg river meg til det blør"),
  c("self-harm", "high", "nn", "plain", "qb", "eg skadar meg sjølv når eg er lei meg"),
  c("self-harm", "high", "nb", "emoji", "qb", "🔪 armen min igjen"),
  c("self-harm", "high", "nb", "misspelled", "qb", "jeg skader meg sjæl"),
  c("self-harm", "high", "nb", "indirect", "ci", "jeg brenner meg med lighter"),
  c("self-harm", "high", "dialect", "plain", "ci", "æ kutta mæ i går"),

  // ---------- sexual abuse ----------
  c("sexual-abuse", "high", "nb", "plain", "qb", "onkel tar på meg der nede"),
  c("sexual-abuse", "high", "nn", "plain", "qb", "eg vil ikkje at han skal ta på meg meir"),
  c("sexual-abuse", "high", "nb", "plain", "qb", "mammas kjæreste tar på meg om natta"),
  c("sexual-abuse", "high", "nb", "plain", "ci", "treneren tok på puppene mine"),
  c("sexual-abuse", "high", "nb", "indirect", "qb", "en voksen ville at jeg skulle vise meg naken"),
  c("sexual-abuse", "high", "nb", "plain", "qb", "bestefar tafser på meg"),
  c("sexual-abuse", "high", "dialect", "plain", "ci", "onkel tok på mæ der nede"),
  c("sexual-abuse", "high", "nb", "indirect", "qb", "naboen sier jeg er pen og vil ta bilder av meg uten klær"),
  c("sexual-abuse", "high", "nb", "misspelled", "qb", "stefar tar på meg på tisen"),
  c("sexual-abuse", "high", "nb", "plain", "qb", "en mann tok på meg på bussen"),
  c("sexual-abuse", "high", "nb", "no-aeoa", "ci", "farfar tok pa meg under klaerne"),
  c("sexual-abuse", "high", "nn", "plain", "qb", "morfar kjem inn på rommet mitt om natta og kler av meg"),

  // ---------- violence ----------
  c("violence", "high", "nn", "plain", "qb", "eg blei slått av pappa i helga"),
  c("violence", "high", "nb", "plain", "qb", "pappa slår meg når han drikker"),
  c("violence", "high", "nb", "plain", "qb", "stefar sparka meg i magen"),
  c("violence", "high", "nb", "plain", "ci", "mamma har slått meg med en sleiv"),
  c("violence", "high", "nb", "plain", "qb", "jeg ble dyttet i veggen av pappa"),
  c("violence", "high", "dialect", "plain", "qb", "fattern slo mæ"),
  c("violence", "high", "nb", "misspelled", "qb", "pappa slor meg"),
  c("violence", "high", "nb", "emoji", "qb", "pappa 👊 meg"),
  c("violence", "high", "nb", "plain", "qb", "storebror banker meg når mamma ikke ser"),
  c("violence", "high", "nb", "plain", "ci", "mamma fikk blåmerker av pappa"),
  c("violence", "high", "nb", "run-on", "ci", "pappa ble sint og slo i bordet og så slo han meg og mamma skreik"),
  c("violence", "high", "nb", "leet", "qb", "p4pp4 sl0 m3g"),
  c("violence", "high", "nb", "spaced", "qb", "pappaslårmeg"),
  c("violence", "high", "nn", "plain", "ci", "mor lugga meg i går"),
  c("violence", "high", "nb", "indirect", "qb", "pappa holdt meg hardt rundt halsen"),
  c("violence", "high", "nb", "no-aeoa", "qb", "jeg ble slatt av stefar"),
  c("violence", "low", "nb", "negated", "qb", "pappa slår meg ikke"),
  c("violence", "low", "nn", "negated", "ci", "mamma slår meg aldri"),

  // ---------- threats ----------
  c("threats", "high", "nb", "plain", "qb", "pappa sa at han skal drepe seg selv og oss"),
  c("threats", "high", "nb", "plain", "ci", "han truer med å slå meg"),
  c("threats", "high", "nn", "plain", "qb", "stefar seier han skal drepe meg viss eg seier noko"),
  c("threats", "high", "nb", "indirect", "qb", "mammas kjæreste sier at jeg skal få se hva som skjer"),
  c("threats", "high", "nb", "plain", "qb", "pappa har kniv og sier han skal skade mamma"),
  c("threats", "high", "nb", "emoji", "ci", "han sa 🔪 til meg"),

  // ---------- afraid to go home ----------
  c("afraid-home", "high", "nb", "plain", "ci", "jeg gruer meg til å dra hjem i dag"),
  c("afraid-home", "high", "dialect", "plain", "ci", "æ e redd for å gå heim"),
  c("afraid-home", "high", "nb", "indirect", "qb", "kan jeg sove her i natt"),
  c("afraid-home", "high", "nb", "plain", "qb", "jeg er redd for stefaren min"),
  c("afraid-home", "high", "nb", "misspelled", "ci", "tørr ikke å gå hjem"),
  c("afraid-home", "high", "nn", "indirect", "ci", "eg vil ikkje heim i dag"),
  c("afraid-home", "high", "nb", "emoji", "ci", "hjem 😨😨"),
  c("afraid-home", "high", "nb", "plain", "qb", "jeg låser meg inne på rommet når pappa er sint"),

  // ---------- an adult's secret ----------
  c("adult-secret", "high", "nb", "plain", "qb", "han sa det er vår lille hemmelighet"),
  c("adult-secret", "high", "nb", "plain", "qb", "naboen sier at jeg ikke må si det til mamma"),
  c("adult-secret", "high", "nn", "plain", "qb", "onkel seier at det er vår hemmelegheit"),
  c("adult-secret", "high", "nb", "indirect", "ci", "treneren sier at ingen vil tro på meg hvis jeg forteller"),

  // ---------- neglect ----------
  c("neglect", "high", "nb", "plain", "ci", "jeg er alene hjemme hele natta"),
  c("neglect", "high", "nb", "plain", "ci", "det er ikke noe mat i kjøleskapet"),
  c("neglect", "high", "nn", "plain", "ci", "eg er svolten heile tida"),
  c("neglect", "high", "dialect", "plain", "ci", "æ har itj fått mat i dag"),
  c("neglect", "high", "nb", "misspelled", "ci", "er aleine hjeme om natta"),
  c("neglect", "high", "nb", "indirect", "qb", "ingen henta meg på skolen i går og jeg gikk hjem alene i mørket"),
  c("neglect", "high", "nb", "plain", "qb", "mamma glemmer å gi oss mat"),
  c("neglect", "high", "nb", "emoji", "ci", "ingen mat 😢"),

  // ---------- emotional abuse ----------
  c("emotional-abuse", "medium", "nb", "plain", "qb", "pappa sier at jeg er dum og ikke verdt noe"),
  c("emotional-abuse", "medium", "nb", "plain", "ci", "mamma kjefter på meg hele tiden"),
  c("emotional-abuse", "medium", "nn", "plain", "qb", "mor seier at ho angrar på at ho fekk meg"),
  c("emotional-abuse", "medium", "nb", "indirect", "qb", "pappa snakker ikke til meg på flere dager når han er sur"),
  c("emotional-abuse", "medium", "nb", "plain", "qb", "stefar kaller meg idiot"),

  // ---------- alcohol or drugs at home ----------
  c("substance-home", "medium", "nb", "plain", "qb", "hvorfor drikker pappa så mye øl"),
  c("substance-home", "medium", "nb", "plain", "ci", "mamma var full i går igjen"),
  c("substance-home", "medium", "nn", "plain", "qb", "far drikk heile helga"),
  c("substance-home", "medium", "dialect", "plain", "ci", "mamma va full i går"),
  c("substance-home", "medium", "nb", "emoji", "qb", "pappa 🍺🍺🍺🍺 hver kveld"),
  c("substance-home", "medium", "nb", "indirect", "qb", "pappa røyker hasj på verandaen"),
  c("substance-home", "medium", "nb", "misspelled", "qb", "pappa drikkr hele tida"),
  c("substance-home", "medium", "nb", "leet", "qb", "p4pp4 3r full"),
  c("substance-home", "medium", "nb", "plain", "st", "pappa er full", "why-like-that"),

  // ---------- caring for a parent ----------
  c("caring", "medium", "nb", "run-on", "ci", "mamma sover hele dagen og jeg må lage mat til lillebror"),
  c("caring", "medium", "nb", "plain", "qb", "jeg må passe på mamma når pappa er på jobb"),
  c("caring", "medium", "nn", "plain", "ci", "eg må lage middag fordi mor er sjuk"),
  c("caring", "medium", "nb", "plain", "qb", "jeg må vekke mamma hver morgen og minne henne på medisinene"),
  c("caring", "medium", "dialect", "plain", "ci", "æ må ta vare på småsøskna mine"),

  // ---------- bullying ----------
  c("bullying", "medium", "nb", "plain", "qb", "jeg blir mobbet"),
  c("bullying", "medium", "nb", "plain", "ci", "de andre sier at mamma er gal"),
  c("bullying", "medium", "nn", "plain", "ci", "ingen vil leike med meg"),
  c("bullying", "medium", "nb", "plain", "qb", "de erter meg fordi jeg er tykk"),
  c("bullying", "medium", "nb", "misspelled", "ci", "dem stenger meg ute på skolen"),

  // ---------- secrets ----------
  c("secrets", "low", "nb", "plain", "qb", "jeg har en hemmelighet om pappa"),
  c("secrets", "low", "nb", "plain", "qb", "jeg får ikke lov å si det til noen"),
  c("secrets", "low", "nn", "plain", "qb", "eg har ein hemmelegheit eg ikkje tør å fortelje"),
  c("secrets", "low", "nb", "misspelled", "qb", "har en hemlighet"),

  // ---------- self-blame ----------
  c("self-blame", "low", "nb", "plain", "qb", "det er min feil at pappa drar"),
  c("self-blame", "low", "nb", "plain", "ci", "jeg tror det er min skyld"),
  c("self-blame", "low", "nn", "plain", "qb", "er det fordi eg var slem"),
  c("self-blame", "low", "nb", "indirect", "qb", "hvis jeg bare hadde vært snillere"),

  // ---------- insults and profanity ----------
  c("insult", "low", "nb", "plain", "qb", "du er dum og stygg, faen ta deg"),
  c("insult", "low", "nb", "plain", "wc", "drittsekk"),
  c("insult", "low", "nn", "plain", "qb", "du er så teit"),
  c("insult", "low", "nb", "plain", "wc", "helvete"),
  c("insult", "low", "nb", "misspelled", "qb", "jævli dumt"),

  // ---------- names ----------
  c("name", "low", "nb", "plain", "qb", "du er dum og stygg Ola"),
  c("name", "low", "nb", "plain", "wc", "Nora"),
  c("name", "low", "nb", "plain", "sh", "Jakob er flink til å dele"),
  c("name", "low", "nn", "plain", "qb", "Ingrid og eg er venner"),

  // ---------- ordinary, often with the same words ----------
  ok("nb", "plain", "qb", "pappa drikker kaffe hele tida"),
  ok("nb", "plain", "qb", "jeg slo pappa i sjakk"),
  ok("nb", "plain", "qb", "kan vi ha hemmelig venn til jul?"),
  ok("nb", "plain", "qb", "politiet kom på skolen og snakket om trafikk"),
  ok("nb", "plain", "st", "jeg ble lei meg", "my-fault"),
  ok("nb", "plain", "st", "pappa er syk", "my-fault"),
  ok("nn", "plain", "st", "mamma er sjuk", "my-fault"),
  ok("nb", "plain", "st", "", "my-fault"),
  ok("nb", "plain", "qb", "mamma drikker mye vann"),
  ok("nb", "plain", "ci", "pappa slo av tv-en"),
  ok("nb", "plain", "ci", "vi slo leir i skogen"),
  ok("nb", "plain", "qb", "jeg vil ikke gå på skolen i morgen fordi vi har prøve"),
  ok("nb", "plain", "ci", "jeg gruer meg til tannlegen"),
  ok("nb", "plain", "ci", "jeg er redd for hunder"),
  ok("nb", "plain", "ci", "katten vår døde"),
  ok("nb", "plain", "qb", "hva skjer når man dør"),
  ok("nb", "plain", "ci", "jeg er sulten"),
  ok("nb", "plain", "ci", "mamma tok meg med på kino"),
  ok("nb", "plain", "ci", "onkel tok meg med på fotballkamp"),
  ok("nb", "plain", "ci", "jeg må passe på hunden i helga"),
  ok("nb", "plain", "ci", "jeg hjalp mamma å lage middag"),
  ok("nb", "plain", "ci", "pappa kjørte meg til skolen"),
  ok("nb", "plain", "qb", "hvordan virker piller"),
  ok("nb", "plain", "qb", "kan man bli full av brus"),
  ok("nb", "plain", "ci", "mamma er sliten etter jobb"),
  ok("nb", "plain", "ci", "jeg liker ikke brokkoli"),
  ok("nb", "emoji", "ci", "😭😭😭 vi tapte kampen"),
  ok("nb", "emoji", "ci", "jeg har vondt i magen 🤢"),
  ok("nb", "plain", "qb", "hvorfor er noen voksne syke"),
  ok("nb", "plain", "qb", "gjør det vondt å være deprimert"),
  ok("nb", "plain", "ci", "jeg var alene med hunden en stund"),
  ok("nb", "plain", "ci", "vi spiste taco i går"),
  ok("nb", "plain", "ci", "storebroren min dreper meg alltid i fortnite"),
  ok("nb", "plain", "qb", "mamma sier at jeg er flink"),
  ok("nb", "plain", "qb", "pappa sier han er glad i meg"),
  ok("nb", "plain", "ci", "pappa skriker når han ser fotball"),
  ok("nb", "plain", "ci", "jeg kom hjem seint fra trening"),
  ok("nb", "plain", "qb", "hva er en hemmelighet"),
  ok("nb", "plain", "ci", "treneren tok oss med på cup"),
  ok("nb", "plain", "ci", "bestefar er død og jeg savner ham"),
  ok("nn", "plain", "ci", "eg gler meg til å kome heim"),
  ok("nn", "plain", "ci", "eg er litt trøytt i dag"),
  ok("nn", "plain", "qb", "kva er angst"),
  ok("nn", "plain", "ci", "far køyrde meg til trening"),
  ok("dialect", "plain", "ci", "æ e sulten"),
  ok("dialect", "plain", "ci", "æ har hatt ein fin dag"),
  ok("nb", "misspelled", "ci", "jeg gledr meg til sommer"),
  ok("nb", "no-aeoa", "ci", "jeg er glad for at vi er pa tur"),
  ok("nb", "plain", "wc", "spent"),
  ok("nb", "plain", "wc", "lei"),
  ok("nb", "plain", "wc", "sint"),
  ok("nb", "plain", "wc", "do"),
  ok("nb", "plain", "wc", "ensom"),
  ok("nb", "plain", "sh", "god til å lytte"),
  ok("nb", "plain", "sh", "hjelpsom"),
  ok("nb", "plain", "sh", "morsom"),
  ok("nb", "plain", "sh", "ærlig"),
  ok("nn", "plain", "sh", "god til å teikne"),
  ok("nb", "plain", "st", "blir trist", "is-it-normal"),
  ok("nb", "plain", "st", "depresjon", "what-is"),
  ok("nb", "plain", "st", "mamma", "who-can-i-talk-to"),
  ok("nb", "plain", "st", "jeg blir sint", "what-can-i-do"),
  ok("nb", "plain", "qb", "Hva gjør man hvis man er lei seg?"),
  ok("nb", "plain", "ci", "vi har gym to ganger per uke"),
  c("name", "low", "nb", "plain", "qb", "kan Per komme på besøk"),
];
