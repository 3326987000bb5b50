/**
 * The tablet's i18n set-up, used instead of ../index.ts by the /join build
 * (vite.config.ts): the same exports, but only bokmål (the default) comes with
 * the page; nynorsk or English, the core strings and every activity's, is
 * fetched as one small chunk when the room turns out to speak it.
 */
import type { Audience, Language } from "../../../../shared/room/types.js";
import { nb } from "../nb.js";
import { safeguardingStrings as sg } from "../safeguarding.js";
import { translator } from "./translator.js";

export { LANGUAGES, speechLang } from "../languages.js";

type Pack = { core: object; safeguarding: object; activities: Record<string, object> };
const loaders: Record<Exclude<Language, "nb">, () => Promise<Pack>> = {
  nn: () => import("virtual:sammen-tablet-pack/nn"),
  en: () => import("virtual:sammen-tablet-pack/en"),
};
const loaded = new Set<Language>(["nb"]);
let wanted: Language = "nb";

export function initI18n(language: Language = "nb") {
  void translator.init({ resources: { nb: { translation: { ...nb, safeguarding: sg.nb } } }, lng: "nb" });
  document.documentElement.lang = "nb";
  setLanguage(language);
  return translator;
}

export function setLanguage(language: Language): void {
  wanted = language;
  if (translator.language === language) return;
  if (loaded.has(language)) return show(language);
  void loaders[language as Exclude<Language, "nb">]().then(
    (pack) => {
      translator.addResourceBundle(language, "translation", { ...pack.core, safeguarding: pack.safeguarding });
      for (const [kind, bundle] of Object.entries(pack.activities)) translator.addResourceBundle(language, "translation", { [kind]: bundle });
      loaded.add(language);
      // The room may have changed its language while the pack was on its way.
      if (wanted === language) show(language);
    },
    // Offline or a failed fetch: the child keeps bokmål rather than a blank page.
    () => undefined,
  );
}

function show(language: Language): void {
  void translator.changeLanguage(language);
  document.documentElement.lang = language;
}

let adultWords: Promise<void> | null = null;

/**
 * A room for adults: fetch the adult wording (../voksne.ts, every language, one small chunk) once.
 * Until it is here, and if it cannot come, the tablet shows the ordinary words.
 */
export function setAudience(audience: Audience): void {
  if (audience !== "voksne" || adultWords) return;
  // A failed fetch (offline) leaves the ordinary words; a later room or a reload tries again.
  adultWords = import("../voksne.js").then(
    ({ voksneStrings }) => {
      for (const [lng, bundle] of Object.entries(voksneStrings)) translator.addResourceBundle(lng, "translation", { voksne: bundle });
    },
    () => void (adultWords = null),
  );
}

/** Activities add their strings per language under their own top-level key (bokmål here; the others come with their pack). */
export function addActivityStrings(kind: string, strings: Partial<Record<Language, object>>): void {
  for (const [lng, bundle] of Object.entries(strings)) translator.addResourceBundle(lng, "translation", { [kind]: bundle });
}
