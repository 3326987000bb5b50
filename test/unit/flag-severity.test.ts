/**
 * The severity order of flags (content: shared/content/flag-categories.ts)
 * and the comparator the leader's queues sort by: severity, then the most
 * urgent category, then age, then id. Also the new lists: every category in
 * bokmål and nynorsk with innocent look-alikes, insults and swearing, and
 * first names.
 */
import { describe, expect, it } from "vitest";
import { CATEGORY_SEVERITY, FLAG_CATEGORIES, FLAG_SEVERITIES, type FlagCategory } from "../../shared/content/flag-categories.js";
import { FIRST_NAMES, WORD_NAMES } from "../../shared/content/first-names.js";
import { bySeverity, compareBySeverity, flagRank, flagText, mergeFlags, namesIn, nameList } from "../../shared/safeguarding/index.js";

const item = (id: string, submittedAt: number, text: string | null) => ({ id, submittedAt, flag: text === null ? null : flagText(text) });

describe("severity order", () => {
  it("lists every category once, each with a severity, high before medium before low", () => {
    expect(new Set(FLAG_CATEGORIES).size).toBe(FLAG_CATEGORIES.length);
    const ranks = FLAG_CATEGORIES.map((c) => FLAG_SEVERITIES.indexOf(CATEGORY_SEVERITY[c]));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks); // the content order never puts a milder category first
  });

  it("sorts by severity, then category, then age; unflagged last", () => {
    const queue = bySeverity([
      item("a", 1, "Er det min skyld?"), // self-blame, low, oldest
      item("b", 2, null),
      item("c", 3, "pappa drikker hver kveld"), // substance, medium
      item("d", 4, "pappa slår meg når han drikker"), // violence, high
      item("e", 5, "mamma våkner ikke"), // acute danger, high and most urgent
      item("f", 6, "jeg vil dø"), // suicide, high
      item("g", 0, null), // unflagged, oldest of all
    ]);
    expect(queue.map((q) => q.id)).toEqual(["e", "f", "d", "c", "a", "g", "b"]);
  });

  it("puts a violence flag above a milder 'my fault' one, whatever arrived first", () => {
    const fault = item("x", 1, "det er min feil");
    const hit = item("y", 2, "pappa slo meg");
    expect(compareBySeverity(hit, fault)).toBeLessThan(0);
    expect(compareBySeverity(fault, hit)).toBeGreaterThan(0);
  });

  it("within one category the oldest comes first, then the id, so the order is total", () => {
    const a = item("b", 10, "jeg vil dø");
    const b = item("a", 10, "vil dø");
    const c = item("c", 5, "jeg vil bare dø");
    expect(bySeverity([a, b, c]).map((q) => q.id)).toEqual(["c", "a", "b"]);
    expect(compareBySeverity(a, a)).toBe(0);
  });

  it("a negated disclosure stays in its category but sorts as low", () => {
    const negated = flagText("pappa slår meg ikke")!;
    expect(negated).toMatchObject({ categories: ["violence"], severity: "low", suggestedAction: "check-in" });
    expect(flagRank(negated)).toBeGreaterThan(flagRank(flagText("pappa drikker hver dag")));
    // The same category without the negation elsewhere in the text wins: high.
    expect(flagText("pappa slår meg ikke lenger, men i går slo han meg")!.severity).toBe("high");
  });

  it("merged flags keep the most urgent severity and action", () => {
    const merged = mergeFlags([flagText("det er min skyld"), flagText("mamma våkner ikke"), null]);
    expect(merged).toMatchObject({ severity: "high", suggestedAction: "call-113-now" });
    expect(merged!.categories[0]).toBe("acute-danger");
  });

  it("drink-driving, an overdose and hunger are high with the right action", () => {
    expect(flagText("pappa kjører bil når han er full")).toMatchObject({ severity: "high", suggestedAction: "call-113-now" });
    expect(flagText("mamma har tatt masse piller")).toMatchObject({ severity: "high", suggestedAction: "call-113-now" });
    expect(flagText("vi har ikke mat hjemme")).toMatchObject({ categories: ["neglect"], severity: "high", suggestedAction: "talk-today" });
    expect(flagText("jeg er alene hjemme hele natta")).toMatchObject({ severity: "high", suggestedAction: "talk-today" });
    expect(flagText("onkel sier det er vår lille hemmelighet")).toMatchObject({ severity: "high", suggestedAction: "talk-today-duty" });
    expect(flagText("onkel sier det er vår lille hemmelighet")!.categories[0]).toBe("adult-secret");
  });
});

type Example = [text: string, category: FlagCategory];

/** One sentence per category in each written form, and the innocent look-alike that must not be flagged. */
const BOKMAL: Example[] = [
  ["pappa puster rart og våkner ikke", "acute-danger"],
  ["jeg vil ikke leve mer", "suicide"],
  ["jeg kutter meg i armen", "self-harm"],
  ["naboen tar på meg", "sexual-abuse"],
  ["stefar slo meg", "violence"],
  ["han sier han skal drepe mamma", "threats"],
  ["treneren sa at jeg ikke får si det til noen", "adult-secret"],
  ["jeg tør ikke gå hjem", "afraid-home"],
  ["jeg har ikke fått mat i dag", "neglect"],
  ["mamma sier at jeg er ubrukelig", "emotional-abuse"],
  ["mamma er full igjen", "substance-home"],
  ["jeg må lage middag fordi mamma sover", "caring"],
  ["de andre i klassen erter meg", "bullying"],
  ["jeg har en hemmelighet", "secrets"],
  ["det er min skyld", "self-blame"],
  ["du er så dum", "insult"],
  ["jeg og Ola var ute", "name"],
];
const NYNORSK: Example[] = [
  ["mor vaknar ikkje", "acute-danger"],
  ["eg vil ikkje leve meir", "suicide"],
  ["eg kuttar meg", "self-harm"],
  ["onkel tek på meg", "sexual-abuse"],
  ["eg blei slått av far", "violence"],
  ["stefar seier han skal drepe meg", "threats"],
  ["onkel seier at det er vår løyndom", "adult-secret"],
  ["eg er redd for å gå heim", "afraid-home"],
  ["eg er svolten heile tida", "neglect"],
  ["far kallar meg stygge ord", "emotional-abuse"],
  ["mor drikk kvar dag", "substance-home"],
  ["eg må passe på veslebror fordi mor er sjuk", "caring"],
  ["eg blir mobba", "bullying"],
  ["eg har ein løyndom", "secrets"],
  ["det er mi skuld", "self-blame"],
  ["du er så teit", "insult"],
  ["eg og Ingrid er venner", "name"],
];
const INNOCENT: string[] = [
  // bokmål
  "mamma våkner tidlig",
  "jeg vil hjem og spise",
  "jeg skar meg på papiret",
  "mamma tok på meg votten",
  "jeg slo pappa i sjakk",
  "broren min dreper meg alltid i fortnite",
  "det er hemmelig hvem som er nissevenn",
  "jeg gruer meg til prøven",
  "jeg er sulten",
  "mamma sier jeg er flink",
  "pappa drikker kaffe",
  "bussen var full",
  "jeg hjalp pappa å lage mat",
  "de andre lo av vitsen",
  "Hva er en hemmelighet?",
  "politiet kom på skolen",
  "Liv er fint",
  "ola nordmann",
  "PER OG PÅL",
  "jeg må høre på musikk",
  // nynorsk
  "mor vaknar tidleg",
  "eg vil heim og ete",
  "far drikk kaffi",
  "eg gler meg til å kome heim",
  "eg slo far i ludo",
  "eg likar å hjelpe mor",
  "kva er ein løyndom",
];

describe("the lists in bokmål and nynorsk", () => {
  it.each(BOKMAL)("bokmål %j → %s", (text, category) => {
    expect(flagText(text)?.categories).toContain(category);
  });
  it.each(NYNORSK)("nynorsk %j → %s", (text, category) => {
    expect(flagText(text)?.categories).toContain(category);
  });
  it("covers every category in both written forms", () => {
    for (const c of FLAG_CATEGORIES) {
      expect(BOKMAL.some(([, k]) => k === c), c).toBe(true);
      expect(NYNORSK.some(([, k]) => k === c), c).toBe(true);
    }
  });
  it.each(INNOCENT)("does not flag the look-alike %j", (text) => {
    expect(flagText(text)).toBeNull();
  });
});

describe("insults, swearing and names", () => {
  it("flags the words of issue examples as insult and name, low priority", () => {
    const flag = flagText("du er dum og stygg, faen ta deg Ola")!;
    expect(flag.categories).toEqual(["insult", "name"]);
    expect(flag.severity).toBe("low");
    expect(flag.suggestedAction).toBe("tidy-words");
    expect(flag.matched).toEqual(expect.arrayContaining(["Ola", "faen"]));
    expect(flagText("Ola")).toMatchObject({ categories: ["name"], suggestedAction: "remove-name", matched: ["Ola"] });
  });

  it("reads masked and misspelled swearing, but not 'høre' as the slur", () => {
    expect(flagText("f*ck")?.categories).toEqual(["insult"]);
    expect(flagText("jævli dumt")?.categories).toEqual(["insult"]);
    expect(flagText("jeg hører på radio")).toBeNull();
    expect(flagText("eg høyrer på radio")).toBeNull();
  });

  it("marks a name only with a capital letter, and an everyday-word name only inside a sentence", () => {
    expect(namesIn("Emma sa at jeg var rar")).toEqual(["Emma"]);
    expect(namesIn("emma sa at jeg var rar")).toEqual([]);
    expect(namesIn("Liv er fint")).toEqual([]);
    expect(namesIn("jeg og Liv leker")).toEqual(["Liv"]);
    expect(namesIn("kan Per komme? Per er snill")).toEqual(["Per"]);
    expect(namesIn("EMMA")).toEqual([]);
  });

  it("a leader's local list is used as given", () => {
    const local = nameList([...FIRST_NAMES, "Tuvalu"], WORD_NAMES);
    expect(namesIn("Tuvalu er her", local)).toEqual(["Tuvalu"]);
    expect(namesIn("Tuvalu er her")).toEqual([]);
  });

  it("every listed word name is also in the name list, and no name is listed twice", () => {
    for (const n of WORD_NAMES) expect(FIRST_NAMES).toContain(n);
    expect(new Set(FIRST_NAMES.map((n) => n.toLowerCase())).size).toBe(FIRST_NAMES.length);
  });
});
